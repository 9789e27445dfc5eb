/**
 * Scoring a drill that has not ended (a paused or cut journal): expectations whose decision has
 * not opened for them yet are pending, not missed; a finished drill scores as ever.
 */
import { describe, expect, it } from 'vitest';
import type { DrillEvent } from '../../../src/model/index.js';
import { drillFinished, scoreDrill } from '../../../src/score/score-drill.js';
import { HOUR, answered, opened, plan, scenarioWith, start } from './score-fixture.js';

/** d1 expected at 0s (met on time), d2 (weight 2) expected after i2 at 1h, d3 (nobody plays) too. */
const scenario = scenarioWith(
  { at: '0s', expect: [{ decision: 'd1', best: ['a'] }] },
  {
    at: '1h',
    expect: [
      { decision: 'd2', weight: 2, within: '3h' },
      { decision: 'd3', weight: 5 },
    ],
  },
);

const inject = (id: string, at: number): DrillEvent => ({
  type: 'inject',
  at,
  inject: id,
  message: 'm',
});
const d1Met = [start(), inject('i1', 0), opened('d1', 0), answered('d1', 'a', 0, HOUR / 2)];

describe('scoreDrill on an unfinished drill', () => {
  it('leaves out an expectation whose inject has not come yet, and lists it as pending', () => {
    const result = scoreDrill(d1Met, { plan, scenario, finished: false });
    expect(result.decisions.map((d) => d.decision)).toEqual(['d1']);
    expect(result).toMatchObject({ score: 100, rating: 'P', totals: { weight: 1, points: 1 } });
    expect(result.pending).toEqual([
      {
        decision: 'd2',
        role: 'aide',
        inject: 'i2',
        injectAt: HOUR,
        reason: 'not-delivered',
        stage: 's2',
        target: 3 * HOUR,
        weight: 2,
      },
    ]);
    expect(result.byRole).not.toHaveProperty('aide');
  });

  it('keeps an expectation pending once its inject came but its decision has not opened yet', () => {
    const events = [...d1Met, inject('i2', HOUR)];
    const result = scoreDrill(events, { plan, scenario, finished: false });
    expect(result.score).toBe(100);
    expect(result.pending.map((p) => [p.decision, p.reason])).toEqual([['d2', 'not-opened']]);
  });

  it('scores the expectation as soon as its decision opens, and nothing is pending then', () => {
    const events = [
      ...d1Met,
      inject('i2', HOUR),
      opened('d2', HOUR),
      answered('d2', 'x', HOUR, HOUR),
    ];
    const result = scoreDrill(events, { plan, scenario, finished: false });
    expect(result.pending).toEqual([]);
    expect(result.decisions.map((d) => [d.decision, d.target, d.weight, d.points])).toEqual([
      ['d1', HOUR, 1, 1],
      ['d2', 3 * HOUR, 2, 2],
    ]);
  });

  it('still counts a decision open when the journal stops as missed (docs/drill.md)', () => {
    const events = [...d1Met, inject('i2', HOUR), opened('d2', HOUR), inject('i3', 2 * HOUR)];
    const result = scoreDrill(events, { plan, scenario, finished: false });
    expect(result.pending).toEqual([]);
    expect(result.decisions[1]).toMatchObject({
      decision: 'd2',
      resolution: 'drill-ended',
      latency: HOUR,
      points: 0,
      weight: 2,
    });
  });
});

describe('scoreDrill on a finished drill', () => {
  it('scores an expectation that no opening took as missed, exactly as before', () => {
    const events: DrillEvent[] = [
      ...d1Met,
      { type: 'end', at: HOUR / 2, reason: 'final', stage: 'end', score: 33.3, rating: 'U' },
    ];
    // Told so, or by default (the engine scores a drill just before its end event).
    for (const context of [
      { plan, scenario, finished: true },
      { plan, scenario },
    ]) {
      const result = scoreDrill(events, context);
      expect(result.pending).toEqual([]);
      expect(result.decisions.map((d) => [d.decision, d.resolution, d.weight])).toEqual([
        ['d1', 'answered', 1],
        ['d2', 'never-opened', 2],
      ]);
      expect(result.score).toBe(33.3);
    }
  });
});

describe('drillFinished', () => {
  it('is true only when the last event is the end', () => {
    const end: DrillEvent = {
      type: 'end',
      at: 0,
      reason: 'exhausted',
      stage: 's1',
      score: null,
      rating: null,
    };
    expect(drillFinished([start(), end])).toBe(true);
    expect(drillFinished(d1Met)).toBe(false);
    expect(drillFinished([])).toBe(false);
  });
});
