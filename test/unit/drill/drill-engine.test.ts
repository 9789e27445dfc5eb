import { describe, expect, it } from 'vitest';
import { basePlan, brief, engineFor, play, scenario } from './engine-fixture.js';

const H = 3_600_000;
const M = 60_000;
const go = scenario(`  - { id: go-in, at: 0s, message: Go, event: go }`);
const opened = ['open:pick#1@0', 'open:auto#1@0', 'open:auto-timeout#1@0'];
const defaults = ['answer:auto=first(default)@0', 'answer:auto-timeout=second(default)@0'];

describe('the drill engine: decisions', () => {
  it('opens decisions on stage entry and answers unplayed roles at once with their default', async () => {
    const events = await play(basePlan, go, [{ decision: 'pick', option: 'finish', after: '30m' }]);
    expect(brief(events)).toEqual([
      'stage:standby(start)@0',
      'inject:go-in@0',
      'stage:work(inject)@0',
      ...opened,
      ...defaults,
      `answer:pick=finish(player)@${30 * M}`,
      `stage:done(answer)@${30 * M}`,
      `end:final@${30 * M}`,
    ]);
    expect(events.find((e) => e.type === 'decision-opened' && e.decision === 'pick')).toMatchObject(
      {
        owner: 'chief',
        player: true,
        target: H,
        timeoutAt: 2 * H,
        stage: 'work',
      },
    );
  });

  it('closes a decision by its timeout, and a later scripted answer is void', async () => {
    const events = await play(basePlan, go, [{ decision: 'pick', option: 'finish', after: '2h' }]);
    expect(brief(events).slice(-3)).toEqual([
      `timeout:pick=stay@${2 * H}`,
      `void:pick=finish(after-timeout)@${2 * H}`,
      `end:exhausted@${2 * H}`,
    ]);
  });

  it('closes open decisions when their stage is left; their scripted answers are void', async () => {
    const injects = `  - { id: go-in, at: 0s, message: Go, event: go }\n  - { id: halt, at: 30m, message: Stop, event: stop }`;
    const events = await play(basePlan, scenario(injects), [
      { decision: 'pick', option: 'stay', after: '1h' },
    ]);
    expect(brief(events).slice(-5)).toEqual([
      `inject:halt@${30 * M}`,
      `close:pick(stage-left)@${30 * M}`,
      `void:pick=stay(stage-left)@${30 * M}`,
      `stage:done(inject)@${30 * M}`,
      `end:final@${30 * M}`,
    ]);
  });

  it('gives the second scripted answer of a decision to its second opening', async () => {
    const answers = [
      { decision: 'pick', option: 'again', after: '10m' },
      { decision: 'pick', option: 'finish', after: '20m' },
    ];
    const events = await play(basePlan, go, answers);
    expect(brief(events).slice(8)).toEqual([
      `answer:pick=again(player)@${10 * M}`,
      `stage:work(answer)@${10 * M}`,
      `open:pick#2@${10 * M}`,
      `open:auto#2@${10 * M}`,
      `open:auto-timeout#2@${10 * M}`,
      `answer:auto=first(default)@${10 * M}`,
      `answer:auto-timeout=second(default)@${10 * M}`,
      `answer:pick=finish(player)@${30 * M}`,
      `stage:done(answer)@${30 * M}`,
      `end:final@${30 * M}`,
    ]);
  });

  it('ends when nothing is open or due, ignoring timeouts of answered decisions', async () => {
    const events = await play(basePlan, go, [{ decision: 'pick', option: 'stay', after: '10m' }]);
    expect(brief(events).slice(-2)).toEqual([
      `answer:pick=stay(player)@${10 * M}`,
      `end:exhausted@${10 * M}`,
    ]);
  });

  it('closes decisions still open at the end, and reports answers never used', async () => {
    const noTimeout = basePlan.replace('        timeout: { after: 2h, choose: stay }\n', '');
    const events = await play(noTimeout, go, [{ decision: 'auto', option: 'second', after: '1m' }]);
    expect(brief(events).slice(-3)).toEqual([
      'close:pick(drill-ended)@0',
      'void:auto=second(never-opened)@0',
      'end:exhausted@0',
    ]);
  });
});

const timed = `
yuan: 1
kind: plan
id: timed
title: Timed
variables:
  n: { initial: 0 }
roles:
  chief: { title: Chief, function: command }
stages:
  a:
    title: A
    phase: preparation
    initial: true
    after: [{ in: 1h, goto: b }]
    on: { ping: c, check: { goto: done, when: { var: n, gt: 0 } } }
  b:
    title: B
    phase: warning
    on: { ping: done, pong: c }
  c:
    title: C
    phase: response
    on: { ping: done, pong: b }
  done:
    title: Done
    phase: recovery
    final: true
`;

describe('the drill engine: ordering at one scenario time', () => {
  it('fires delayed transitions before injects', async () => {
    const events = await play(
      timed,
      scenario(`  - { id: ping-in, at: 1h, message: Ping, event: ping }`),
    );
    expect(brief(events)).toEqual([
      'stage:a(start)@0',
      `stage:b(after)@${H}`,
      `inject:ping-in@${H}`,
      `stage:done(inject)@${H}`,
      `end:final@${H}`,
    ]);
  });

  it('delivers injects in time order, then file order at equal times', async () => {
    const injects = [
      '  - { id: late-ping, at: 2h, message: P, event: ping }',
      '  - { id: first-pong, at: 2h, message: P, event: pong }',
      '  - { id: early, at: 30m, message: E }',
    ].join('\n');
    const events = await play(timed, scenario(injects));
    expect(brief(events)).toEqual([
      'stage:a(start)@0',
      `inject:early@${30 * M}`,
      `stage:b(after)@${H}`,
      `inject:late-ping@${2 * H}`,
      `stage:done(inject)@${2 * H}`,
      `end:final@${2 * H}`,
    ]);
  });

  it("applies an inject's set before its event", async () => {
    const events = await play(
      timed,
      scenario(`  - { id: case, at: 10m, message: C, set: { n: 1 }, event: check }`),
    );
    expect(brief(events).slice(-2)).toEqual([
      `stage:done(inject)@${10 * M}`,
      `end:final@${10 * M}`,
    ]);
    expect(events[2]).toMatchObject({ type: 'inject', set: { n: 1 }, event: 'check' });
  });

  it('takes answers after timeouts due at the same time', async () => {
    const events = await play(basePlan, go, [{ decision: 'pick', option: 'finish', after: '2h' }]);
    const types = events.filter((e) => e.at === 2 * H).map((e) => e.type);
    expect(types).toEqual(['decision-timeout', 'answer-void', 'end']);
  });

  it('cuts a drill that loops forever', async () => {
    const loop = timed.replace(
      'phase: warning\n    on: { ping: done, pong: c }',
      'phase: warning\n    after: [{ in: 1h, goto: a }]',
    );
    const events = await play(loop, scenario('  - { id: quiet, at: 0s, message: Q }'), [], 10);
    expect(events.at(-1)).toMatchObject({ type: 'end', reason: 'limit', at: 9 * H });
    expect(events.filter((e) => e.type === 'stage-entered')).toHaveLength(10);
  });
});

describe('the drill engine: surface', () => {
  it('tells what is open, what is scripted and what is due next', () => {
    const engine = engineFor(basePlan, go, [{ decision: 'pick', option: 'stay', after: '45m' }]);
    expect(engine.nextDue()).toBe(0);
    engine.advanceTo(0);
    expect(
      engine.openDecisions().map((open) => [open.decision, open.opening, open.openedAt]),
    ).toEqual([['pick', 1, 0]]);
    expect(engine.nextDue()).toBe(2 * H);
    expect(engine.nextScripted()).toEqual({
      decision: 'pick',
      opening: 1,
      option: 'stay',
      at: 45 * M,
    });
    expect(engine.answer('pick', 1, 'stay', 45 * M)).toBe(true);
    expect(engine.finished).toBe(true);
  });

  it('refuses an answer for an opening that has closed', () => {
    const engine = engineFor(basePlan, go);
    engine.advanceTo(0);
    expect(engine.answer('pick', 1, 'finish', 3 * H)).toBe(false);
    expect(brief(engine.events).slice(-2)).toEqual([
      `timeout:pick=stay@${2 * H}`,
      `end:exhausted@${2 * H}`,
    ]);
  });

  it('hands out each event once', () => {
    const engine = engineFor(basePlan, go);
    const first = engine.takeEvents();
    engine.advanceTo(0);
    const second = engine.takeEvents();
    expect([...first, ...second]).toEqual(engine.events);
    expect(engine.takeEvents()).toEqual([]);
  });
});
