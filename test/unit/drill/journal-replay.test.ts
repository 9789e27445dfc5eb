import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { QueuedAnswer } from '../../../src/drill/answer-queues.js';
import { DrillEngine } from '../../../src/drill/drill-engine.js';
import { drillMachine } from '../../../src/drill/drill-setup.js';
import {
  journalFollower,
  JournalMismatchError,
  resumedAnswers,
} from '../../../src/drill/journal-replay.js';
import type { Prompter } from '../../../src/drill/prompter.js';
import { runDrill } from '../../../src/drill/run-drill.js';
import { durationMs, type DrillEvent, type Plan, type Scenario } from '../../../src/model/index.js';
import { basePlan, engineWith, scenario as scenarioText } from './engine-fixture.js';
import { FakeRealClock } from './fake-real-clock.js';

const read = (path: string): unknown =>
  parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'));
const plan = read('plans/x-community-epidemic.yaml') as Plan;
const scenario = read('plans/x-community-winter-2020.yaml') as Scenario;
const machine = drillMachine(plan, scenario.start);

function fileAnswers(path: string): QueuedAnswer[] {
  const { answers } = read(path) as {
    answers: { decision: string; option: string; after: string }[];
  };
  return answers.map((answer, index) => ({ ...answer, after: durationMs(answer.after), index }));
}

/** Plays the X community drill with scripted answers; with a journal prefix, resumes from it. */
async function drill(
  answers: QueuedAnswer[],
  prefix?: readonly DrillEvent[],
): Promise<DrillEvent[]> {
  const start = {
    plan: '/p.yaml',
    planId: plan.id,
    planHash: 'sha256:0',
    scenario: scenario.id,
    version: '0',
  };
  const queued = prefix ? resumedAnswers(prefix, answers) : answers;
  const engine = new DrillEngine({
    plan,
    scenario,
    machine,
    players: scenario.players!,
    pace: 60,
    start,
    answers: queued,
  });
  engine.start();
  const follower = journalFollower(prefix ?? []);
  const written: DrillEvent[] = [...(prefix ?? [])];
  await runDrill(engine, {
    pace: 60,
    record: (events) => void written.push(...follower.follow(events)),
  });
  follower.done();
  return written;
}

describe('resuming a drill from its journal', () => {
  it.each(['examples/answers/best.yaml', 'examples/answers/slow.yaml'])(
    'gives the uninterrupted events from every cut of the journal (%s)',
    async (path) => {
      const answers = fileAnswers(path);
      const whole = await drill(answers);
      for (let cut = 1; cut < whole.length; cut++) {
        expect(await drill(answers, whole.slice(0, cut))).toEqual(whole);
      }
    },
  );

  it('replays void answers where they were, and skips file answers the journal used', async () => {
    const answers = fileAnswers('examples/answers/best.yaml').map((answer) =>
      answer.decision === 'gate-exception' ? { ...answer, after: durationMs('3h') } : answer,
    );
    const whole = await drill(answers);
    expect(whole.filter((event) => event.type === 'answer-void')).toHaveLength(1);
    const cut = whole.findIndex((event) => event.type === 'answer-void') + 1;
    expect(await drill(answers, whole.slice(0, cut))).toEqual(whole);
  });

  it('refuses a journal that the replay does not reproduce', async () => {
    const answers = fileAnswers('examples/answers/best.yaml');
    const whole = await drill(answers);
    const edited = whole.map((event) =>
      event.type === 'inject' && event.inject === 'jan29-handbook'
        ? { ...event, message: 'x' }
        : event,
    );
    await expect(drill(answers, edited.slice(0, 20))).rejects.toBeInstanceOf(JournalMismatchError);
  });

  it('resumes an interactive drill: journal answers replay, then the player is asked again', async () => {
    const plan2h = basePlan.replace('after: 2h', 'after: 5h');
    const go = scenarioText(
      `  - { id: go-in, at: 0s, message: Go, event: go }\n  - { id: note, at: 3h, message: Note }`,
    );
    /** A player who answers `again`, then `finish`, after the given real times. */
    const player = (clock: FakeRealClock, turns: [string, number][]): Prompter => ({
      ask: (open) => {
        const [option, realMs] = turns.shift()!;
        clock.advance(realMs);
        return Promise.resolve({
          kind: 'answer',
          decision: 'pick',
          opening: open[0]!.opening,
          option,
        });
      },
    });
    const firstClock = new FakeRealClock();
    const original = engineWith(plan2h, go, []);
    const prompter = player(firstClock, [
      ['again', 20_000],
      ['finish', 40_000],
    ]);
    await runDrill(original, { prompter, clock: firstClock, pace: 60 });
    const whole = [...original.events];
    expect(whole.at(-1)).toMatchObject({ type: 'end', reason: 'final', at: 60 * 60_000 });

    // Killed right after the first answer: replay it, then ask only for the second.
    const cut =
      whole.findIndex((event) => event.type === 'decision-answered' && event.by === 'player') + 1;
    const prefix = whole.slice(0, cut);
    expect(resumedAnswers(prefix)).toEqual([
      { decision: 'pick', option: 'again', after: 20 * 60_000, index: -1 },
    ]);
    const clock = new FakeRealClock();
    const resumed = engineWith(plan2h, go, resumedAnswers(prefix));
    const follower = journalFollower(prefix);
    const written = [...prefix];
    await runDrill(resumed, {
      prompter: player(clock, [['finish', 40_000]]),
      clock,
      pace: 60,
      promptFrom: prefix.at(-1)!.at,
      record: (events) => void written.push(...follower.follow(events)),
    });
    follower.done();
    expect(written).toEqual(whole);
  });
});
