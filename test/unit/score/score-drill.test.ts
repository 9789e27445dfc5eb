import { describe, expect, it } from 'vitest';
import type { DrillEvent, Expectation } from '../../../src/model/index.js';
import { scoreDrill } from '../../../src/score/score-drill.js';
import {
  HOUR,
  answered,
  closed,
  opened,
  plan,
  scenarioWith,
  start,
  timedOut,
} from './score-fixture.js';

const expectD1: Expectation = { decision: 'd1', best: ['a'], acceptable: ['b'], within: '1h' };

/** One d1 opening at 0 resolved by `then`, scored against `expectation` (inject at 0s). */
function scoreD1(then: DrillEvent[], expectation: Expectation = expectD1) {
  const events = [start(), opened('d1', 0), ...then];
  return scoreDrill(events, { plan, scenario: scenarioWith({ at: '0s', expect: [expectation] }) });
}

describe('scoreDrill, one decision', () => {
  it.each([
    // case, events after the opening, credit, timeliness, points, outcome, score
    ['on time, best', [answered('d1', 'a', 0, HOUR / 2)], 1, 1, 1, 'answered', 100],
    ['exactly at the target', [answered('d1', 'a', 0, HOUR)], 1, 1, 1, 'answered', 100],
    [
      'late by half the target',
      [answered('d1', 'a', 0, 1.5 * HOUR)],
      1,
      0.75,
      0.75,
      'answered',
      75,
    ],
    ['late by the target', [answered('d1', 'a', 0, 2 * HOUR)], 1, 0.5, 0.5, 'answered', 50],
    ['three times late', [answered('d1', 'a', 0, 3 * HOUR)], 1, 0, 0, 'answered', 0],
    ['beyond three times late', [answered('d1', 'a', 0, 5 * HOUR)], 1, 0, 0, 'answered', 0],
    ['acceptable', [answered('d1', 'b', 0, HOUR)], 0.5, 1, 0.5, 'answered', 50],
    ['acceptable and late', [answered('d1', 'b', 0, 2 * HOUR)], 0.5, 0.5, 0.25, 'answered', 25],
    ['wrong option', [answered('d1', 'c', 0, 10_000)], 0, 1, 0, 'answered', 0],
    ['timed out', [timedOut('d1', 'a', 0, 6 * HOUR)], 0, 0, 0, 'timeout', 0],
    ['stage left', [closed('d1', 'stage-left', 0, HOUR / 4)], 0, 0, 0, 'missed', 0],
    ['drill ended', [closed('d1', 'drill-ended', 0, 7 * HOUR)], 0, 0, 0, 'missed', 0],
    ['journal cut short (still open)', [], 0, 0, 0, 'missed', 0],
  ] as const)('%s', (_case, then, credit, timeliness, points, outcome, score) => {
    const result = scoreD1([...then]);
    expect(result.decisions).toHaveLength(1);
    expect(result.decisions[0]).toMatchObject({
      decision: 'd1',
      role: 'chief',
      credit,
      timeliness,
      points,
      outcome,
      weight: 1,
    });
    expect(result.score).toBe(score);
  });

  it('keeps the weight of a missed decision', () => {
    const result = scoreD1([closed('d1', 'stage-left', 0, HOUR)], { ...expectD1, weight: 3 });
    expect(result.totals).toEqual({ weight: 3, points: 0 });
    expect(result.decisions[0]).toMatchObject({
      resolution: 'stage-left',
      option: null,
      latency: HOUR,
    });
  });

  it('shows a timeout with no option chosen and the option the timeout took', () => {
    const [decision] = scoreD1([timedOut('d1', 'a', 0, 6 * HOUR)]).decisions;
    expect(decision).toMatchObject({
      option: null,
      timeoutOption: 'a',
      latency: 6 * HOUR,
      target: HOUR,
    });
  });

  it('marks late answers, and only answers', () => {
    expect(scoreD1([answered('d1', 'a', 0, 2 * HOUR)]).decisions[0]!.late).toBe(true);
    expect(scoreD1([answered('d1', 'a', 0, HOUR)]).decisions[0]!.late).toBe(false);
    expect(scoreD1([timedOut('d1', 'a', 0, 6 * HOUR)]).decisions[0]!.late).toBe(false);
  });

  it("takes the expectation's target over the plan's", () => {
    const result = scoreD1([answered('d1', 'a', 0, 2 * HOUR)], { ...expectD1, within: '4h' });
    expect(result.decisions[0]).toMatchObject({ target: 4 * HOUR, timeliness: 1 });
  });

  it('gives any option full credit without an expectation, against the plan target', () => {
    const events = [start(), opened('d1', 0), answered('d1', 'c', 0, 1.5 * HOUR)];
    const result = scoreDrill(events, { plan, scenario: scenarioWith() });
    expect(result.decisions[0]).toMatchObject({
      credit: 1,
      target: HOUR,
      timeliness: 0.75,
      inject: null,
    });
    expect(result.score).toBe(75);
  });

  it('gives any option full credit when the expectation names no option', () => {
    const result = scoreD1([answered('d1', 'c', 0, HOUR)], { decision: 'd1', weight: 2 });
    expect(result.decisions[0]).toMatchObject({ credit: 1, weight: 2, points: 2 });
  });

  it('counts a decision without any target as on time', () => {
    const events = [start(), opened('d4', 0), answered('d4', 'n', 0, 100 * HOUR)];
    const result = scoreDrill(events, { plan, scenario: scenarioWith() });
    expect(result.decisions[0]).toMatchObject({ target: null, timeliness: 1, points: 1 });
  });
});

describe('scoreDrill, the drill as a whole', () => {
  it('scores an expected decision that never opened as missed, with its weight', () => {
    const scenario = scenarioWith({ at: '1h', expect: [{ decision: 'd2', weight: 2 }] });
    const result = scoreDrill([start(), opened('d1', 0), answered('d1', 'a', 0, HOUR)], {
      plan,
      scenario,
    });
    expect(result.decisions.map((d) => [d.decision, d.resolution, d.weight, d.points])).toEqual([
      ['d1', 'answered', 1, 1],
      ['d2', 'never-opened', 2, 0],
    ]);
    expect(result.decisions[1]).toMatchObject({
      openedAt: null,
      latency: null,
      target: 2 * HOUR,
      stage: 's2',
      phase: 'response',
      inject: 'i1',
    });
    expect(result.score).toBe(33.3);
    expect(result.rating).toBe('U');
  });

  it('does not score decisions of roles nobody plays, opened or expected', () => {
    const scenario = scenarioWith({ at: '0s', expect: [{ decision: 'd3', weight: 5 }] });
    const events = [start(), opened('d3', 0), answered('d3', 'g', 0, 0)];
    const result = scoreDrill(events, { plan, scenario });
    expect(result.decisions).toEqual([]);
    const never = scoreDrill([start()], { plan, scenario });
    expect(never.decisions).toEqual([]);
  });

  it('has no score and no rating when no decision is scored', () => {
    const result = scoreDrill([start()], { plan, scenario: scenarioWith() });
    expect(result).toMatchObject({ score: null, rating: null, totals: { weight: 0, points: 0 } });
    expect(result.byRole).toEqual({});
  });

  it('applies an expectation to the first opening at or after its inject', () => {
    const scenario = scenarioWith({ at: '2h', expect: [{ ...expectD1, weight: 2 }] });
    const events = [
      start(),
      opened('d1', 0, 1),
      answered('d1', 'c', 0, HOUR, 1),
      opened('d1', 2 * HOUR, 2),
      answered('d1', 'c', 2 * HOUR, HOUR, 2),
    ];
    const result = scoreDrill(events, { plan, scenario });
    expect(result.decisions.map((d) => [d.opening, d.inject, d.credit, d.weight])).toEqual([
      [1, null, 1, 1],
      [2, 'i1', 0, 2],
    ]);
    expect(result.score).toBe(33.3);
  });

  it('lets two expectations of one decision take two openings, the later missing if there is none', () => {
    const scenario = scenarioWith(
      { at: '0s', expect: [expectD1] },
      { at: '0s', expect: [{ decision: 'd1', weight: 3 }] },
    );
    const events = [start(), opened('d1', 0), answered('d1', 'a', 0, HOUR)];
    const result = scoreDrill(events, { plan, scenario });
    expect(result.decisions.map((d) => [d.resolution, d.inject, d.points])).toEqual([
      ['answered', 'i1', 1],
      ['never-opened', 'i2', 0],
    ]);
    expect(result.score).toBe(25);
  });

  it('weighs decisions and rounds to one decimal', () => {
    const scenario = scenarioWith({
      at: '0s',
      expect: [
        { ...expectD1, weight: 2 },
        { decision: 'd2', within: '1h' },
      ],
    });
    const events = [
      start(),
      opened('d1', 0),
      answered('d1', 'b', 0, HOUR), // 2 × 0.5 × 1 = 1
      opened('d2', HOUR),
      answered('d2', 'x', HOUR, 2 * HOUR), // 1 × 1 × 0.5 = 0.5
    ];
    const result = scoreDrill(events, { plan, scenario });
    expect(result.totals).toEqual({ weight: 3, points: 1.5 });
    expect(result.score).toBe(50);
    expect(result.rating).toBe('M');
    expect(result.byPhase).toEqual({
      warning: { weight: 2, points: 1, decisions: 1, score: 50 },
      response: { weight: 1, points: 0.5, decisions: 1, score: 50 },
    });
    expect(Object.keys(result.byRole)).toEqual(['chief', 'aide']);
  });

  it('flags decisions whose owner lacks the authority', () => {
    const events = [start(), opened('d1', 0), opened('d2', 0)];
    const result = scoreDrill(events, { plan, scenario: scenarioWith() });
    expect(result.decisions.map((d) => [d.decision, d.escalation])).toEqual([
      ['d1', false],
      ['d2', true],
    ]);
  });

  it('lists void answers', () => {
    const events: DrillEvent[] = [
      start(),
      {
        type: 'answer-void',
        at: 5,
        decision: 'd1',
        opening: 1,
        option: 'a',
        after: 7,
        reason: 'after-timeout',
        index: 0,
      },
    ];
    expect(scoreDrill(events, { plan, scenario: scenarioWith() }).voidAnswers).toEqual([
      {
        decision: 'd1',
        option: 'a',
        after: 7,
        at: 5,
        opening: 1,
        reason: 'after-timeout',
        index: 0,
      },
    ]);
  });
});
