import { describe, expect, it } from 'vitest';
import type { OpenDecision } from '../../../src/drill/open-decision.js';
import type { PromptContext, PromptResult, Prompter } from '../../../src/drill/prompter.js';
import { runDrill } from '../../../src/drill/run-drill.js';
import type { DrillEvent } from '../../../src/model/index.js';
import { basePlan, brief, engineFor, scenario } from './engine-fixture.js';
import { FakeRealClock } from './fake-real-clock.js';

const H = 3_600_000;
const M = 60_000;

type Turn = (
  open: readonly OpenDecision[],
  context: PromptContext,
) => PromptResult | Promise<PromptResult>;

/** A prompter that plays the given turns in order and fails on any question beyond them. */
function scriptedPrompter(turns: Turn[]): Prompter {
  return {
    ask: async (open, context) => {
      const turn = turns.shift();
      if (!turn) throw new Error(`unexpected question: ${open.map((d) => d.decision).join(', ')}`);
      return turn(open, context);
    },
  };
}

const go = scenario(
  `  - { id: go-in, at: 0s, message: Go, event: go }\n  - { id: note, at: 1h, message: Note }`,
);

describe('runDrill with a prompter', () => {
  it('times an answer on the real clock at the drill pace', async () => {
    const clock = new FakeRealClock();
    const engine = engineFor(basePlan, go);
    const prompter = scriptedPrompter([
      (open, context) => {
        expect(open.map((d) => [d.decision, d.openedAt])).toEqual([['pick', 0]]);
        expect(context.realMsToTarget(open[0]!)).toBe(60_000);
        clock.advance(30_000); // 30 real seconds = 30 scenario minutes at pace 60
        expect(context.scenarioNow()).toBe(30 * M);
        return { kind: 'answer', decision: 'pick', opening: 1, option: 'finish' };
      },
    ]);
    expect(await runDrill(engine, { prompter, clock, pace: 60 })).toBe('finished');
    expect(
      engine.events.find((e) => e.type === 'decision-answered' && e.by === 'player'),
    ).toMatchObject({
      at: 30 * M,
      latency: 30 * M,
    });
  });

  it('interrupts a prompt when an inject falls due and asks again with the original opening time', async () => {
    const clock = new FakeRealClock();
    const engine = engineFor(basePlan, go);
    const prompter = scriptedPrompter([
      (_open, context) => {
        expect(context.due).toBe(H);
        const interrupted = new Promise<PromptResult>((resolve) =>
          context.signal.addEventListener('abort', () => resolve({ kind: 'interrupted' })),
        );
        clock.advance(60_000); // one scenario hour: the note falls due
        return interrupted;
      },
      (open, context) => {
        expect(context.shownAt).toBe(H);
        expect(open[0]).toMatchObject({ decision: 'pick', opening: 1, openedAt: 0 });
        clock.advance(10_000);
        return { kind: 'answer', decision: 'pick', opening: 1, option: 'finish' };
      },
    ]);
    await runDrill(engine, { prompter, clock, pace: 60 });
    expect(brief(engine.events).slice(-4)).toEqual([
      `inject:note@${H}`,
      `answer:pick=finish(player)@${H + 10 * M}`,
      `stage:done(answer)@${H + 10 * M}`,
      `end:final@${H + 10 * M}`,
    ]);
  });

  it('records every event before showing a prompt, and stops on quit without an end', async () => {
    const clock = new FakeRealClock();
    const engine = engineFor(basePlan, go);
    const recorded: DrillEvent[] = [];
    const prompter = scriptedPrompter([
      () => {
        expect(recorded.map((e) => e.type)).toContain('decision-opened');
        return { kind: 'quit' };
      },
    ]);
    const status = await runDrill(engine, {
      prompter,
      clock,
      pace: 60,
      record: (e) => void recorded.push(...e),
    });
    expect(status).toBe('quit');
    expect(recorded).toEqual(engine.events);
    expect(recorded.at(-1)?.type).not.toBe('end');
  });

  it('counts an answer that races the deadline as given at the deadline, after what fell due', async () => {
    const clock = new FakeRealClock();
    const engine = engineFor(
      basePlan,
      scenario(
        `  - { id: go-in, at: 0s, message: Go, event: go }\n  - { id: halt, at: 1h, message: S, event: stop }`,
      ),
    );
    const prompter = scriptedPrompter([
      () => {
        clock.advance(90_000); // past the deadline, but resolved before the abort was noticed
        return { kind: 'answer', decision: 'pick', opening: 1, option: 'stay' };
      },
    ]);
    await runDrill(engine, { prompter, clock, pace: 60 });
    expect(brief(engine.events).slice(-4)).toEqual([
      `inject:halt@${H}`,
      `close:pick(stage-left)@${H}`,
      `stage:done(inject)@${H}`,
      `end:final@${H}`,
    ]);
  });

  it('does not ask before promptFrom (a resumed journal is replayed first)', async () => {
    const clock = new FakeRealClock();
    const engine = engineFor(basePlan, go);
    const prompter = scriptedPrompter([
      (_open, context) => {
        expect(context.shownAt).toBe(H);
        return { kind: 'answer', decision: 'pick', opening: 1, option: 'finish' };
      },
    ]);
    await runDrill(engine, { prompter, clock, pace: 60, promptFrom: H });
    expect(engine.events.at(-1)).toMatchObject({ type: 'end', at: H });
  });
});
