/**
 * An open decision carries the target that will score it: the `within` of the scenario
 * expectation that applies to that opening (the scorer's own matching), else the plan's.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { stepWithoutPlayers } from '../../../src/drill/run-drill.js';
import type { Plan, Scenario } from '../../../src/model/index.js';
import { scoreDrill } from '../../../src/score/score-drill.js';
import { basePlan, engineFor, scenario } from './engine-fixture.js';

const H = 3_600_000;
const M = 60_000;

/**
 * `pick` (plan target 1h) opens three times: at 0 under an expectation of 4h, at 1h with no
 * expectation due (the next one comes at 10h), and at 11h under that expectation of 30m.
 */
const threeOpenings = scenario(`  - id: alarm
    at: 0s
    message: Alarm
    event: go
    expect: [{ decision: pick, within: 4h }]
  - id: stand-down
    at: 10h
    message: Stand down
    event: back
    expect: [{ decision: pick, within: 30m, best: [finish] }]
  - { id: again, at: 11h, message: Again, event: go }`);

const answers = [
  { decision: 'pick', option: 'again', after: '1h' },
  { decision: 'pick', option: 'stay', after: '1h' },
  { decision: 'pick', option: 'finish', after: '10m' },
];

describe('the target of an open decision', () => {
  it("is the applying expectation's within, else the plan's, and the score uses the same", () => {
    const engine = engineFor(basePlan, threeOpenings, answers);
    const shown = new Map<string, number | null>();
    while (!engine.finished) {
      for (const open of engine.openDecisions())
        shown.set(`${open.decision}#${open.opening}`, open.target);
      stepWithoutPlayers(engine, Infinity);
    }
    expect([...shown]).toEqual([
      ['pick#1', 4 * H],
      ['pick#2', H],
      ['pick#3', 30 * M],
    ]);
    const score = scoreDrill(engine.events, {
      plan: parse(basePlan) as Plan,
      scenario: parse(threeOpenings) as Scenario,
    });
    expect(score.decisions.map((d) => [`${d.decision}#${d.opening}`, d.target])).toEqual([
      ...shown,
    ]);
  });

  it('leaves the journal with the plan target, as journals always had it', () => {
    const engine = engineFor(basePlan, threeOpenings, answers);
    stepWithoutPlayers(engine, Infinity);
    const opened = engine.events.find((event) => event.type === 'decision-opened');
    expect(opened).toMatchObject({ decision: 'pick', opening: 1, target: H });
    expect(engine.openDecisions()[0]).toMatchObject({ decision: 'pick', target: 4 * H });
  });
});
