import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { listRoutes, ROUTE_COUNT_CAP } from '../../../src/compile/list-routes.js';
import { analyseRoutes } from '../../../src/compile/route-analysis.js';
import { routeGraph } from '../../../src/compile/route-edges.js';
import { buildStageGraph } from '../../../src/model/stage-graph.js';
import type { Plan, Stage } from '../../../src/model/plan.js';
import { generatePlan } from '../../bench/compile-generate-plan.js';
import { assertProperty } from '../../helpers/property-runs.js';

const HOUR = 3_600_000;

const plan = parse(`
yuan: 1
kind: plan
id: p
title: P
variables: { n: { initial: 0 } }
stages:
  standby: { title: S, phase: preparation, initial: true, on: { alert: warning, quake: response } }
  warning:
    title: W
    phase: warning
    decisions:
      - id: lock
        title: Lock?
        owner: boss
        within: 2h
        options: [{ id: now, title: Now, goto: response }, { id: wait, title: Wait }]
        timeout: { after: 6h, choose: now }
    after: [{ in: 1d, goto: recovery }, { in: 2d, goto: standby }]
    on:
      odd: [{ goto: recovery, when: { all: [{ var: n, gt: 1 }, { var: n, lt: 0 }] } }]
  response: { title: R, phase: response, on: { done: recovery } }
  recovery: { title: C, phase: recovery, final: true }
`) as Plan;

describe('analyseRoutes', () => {
  const analysis = analyseRoutes(plan)!;

  it('lists every simple route with its steps and sums', () => {
    expect(analysis.routes.map((route) => route.stages.join(' '))).toEqual([
      'standby warning response recovery',
      'standby warning response recovery',
      'standby warning recovery',
      'standby response recovery',
    ]);
    const [byOption, byTimeout, byAfter] = analysis.routes;
    expect(byOption).toMatchObject({ targets: 2 * HOUR, delays: 0, time: 2 * HOUR });
    expect(byAfter).toMatchObject({ targets: 0, delays: 24 * HOUR });
    expect(byTimeout!.steps.map((step) => step.kind)).toEqual(['event', 'timeout', 'event']);
    expect(byTimeout).toMatchObject({ targets: 0, delays: 6 * HOUR });
    expect(analysis).toMatchObject({ total: '4', exact: true, leftOut: '0' });
  });

  it('finds the fastest route to each final stage', () => {
    expect(analysis.finals).toHaveLength(1);
    expect(analysis.finals[0]).toMatchObject({ final: 'recovery', count: '4' });
    expect(analysis.finals[0]!.fastest!.stages).toEqual(['standby', 'response', 'recovery']);
    expect(analysis.finals[0]!.fastest!.time).toBe(0);
  });

  it('leaves out timers that never fire and guards that never hold, saying why', () => {
    expect(analysis.never.map(({ edge, reason }) => [edge.kind, edge.to, reason])).toEqual([
      ['event', 'recovery', 'unsatisfiable'],
      ['after', 'standby', 'shadowed'],
    ]);
  });

  it('bounds the listing by the limit and still counts every route', () => {
    const limited = analyseRoutes(plan, 1)!;
    expect(limited.routes).toHaveLength(1);
    expect(limited).toMatchObject({ total: '4', leftOut: '3', exact: true });
  });

  it('counts routes of a large acyclic plan without listing them', () => {
    const big = analyseRoutes(generatePlan(60), 50)!;
    expect(big.routes).toHaveLength(50);
    expect(big.exact).toBe(true);
    // Beyond 2^53: counted exactly all the same.
    expect(BigInt(big.total)).toBeGreaterThan(2n ** 53n);
    expect(BigInt(big.leftOut)).toBe(BigInt(big.total) - 50n);
    // Beyond the cap: a lower bound.
    const huge = analyseRoutes(generatePlan(200), 50)!;
    expect(huge).toMatchObject({ exact: false, total: String(ROUTE_COUNT_CAP) });
  });

  it('says "at least" when a cyclic plan has more routes than the search budget', () => {
    const routes = routeGraph(buildStageGraph(generatePlan(40, { cycles: true })))!;
    const listing = listRoutes(routes, 10, 5_000);
    expect(listing.routes).toHaveLength(10);
    expect(listing.exact).toBe(false);
    expect(listing.total).toBeGreaterThanOrEqual(10n);
  });
});

/** Random small plans: stage i may lead to any stage by events, options, afters and timeouts. */
const arbitraryPlan = fc.integer({ min: 2, max: 6 }).chain((count) =>
  fc
    .array(
      fc.record({
        from: fc.nat(count - 2),
        to: fc.nat(count - 1),
        kind: fc.constantFrom('event', 'option', 'after', 'timeout'),
        hours: fc.integer({ min: 1, max: 48 }),
      }),
      { maxLength: 14 },
    )
    .map((edges) => planOf(count, edges)),
);

function planOf(
  count: number,
  edges: { from: number; to: number; kind: string; hours: number }[],
): Plan {
  const stages: Record<string, Stage> = {};
  for (let i = 0; i < count; i++) {
    stages[`s-${i}`] = { title: `S${i}`, phase: 'response', ...(i === 0 ? { initial: true } : {}) };
  }
  stages[`s-${count - 1}`]!.final = true;
  edges.forEach(({ from, to, kind, hours }, index) => {
    const stage = stages[`s-${from}`]!;
    const goto = `s-${to}`;
    if (kind === 'event') stage.on = { ...stage.on, [`e-${index}`]: goto };
    if (kind === 'after') stage.after = [...(stage.after ?? []), { in: `${hours}h`, goto }];
    if (kind === 'option' || kind === 'timeout') {
      const options = [
        { id: 'go', title: 'Go', goto },
        { id: 'stay', title: 'Stay' },
      ];
      const timeout = kind === 'timeout' ? { timeout: { after: `${hours}h`, choose: 'go' } } : {};
      stage.decisions = [
        ...(stage.decisions ?? []),
        { id: `d-${index}`, title: 'D', owner: 'x', within: `${hours}h`, options, ...timeout },
      ];
    }
  });
  return { yuan: 1, kind: 'plan', id: 'random', title: 'Random', stages };
}

describe('route analysis on random plans', () => {
  it('agrees with listing every route: counts, and the fastest time is the least route time', async () => {
    await assertProperty(
      fc.property(arbitraryPlan, (random) => {
        const analysis = analyseRoutes(random, 100_000)!;
        expect(analysis.exact).toBe(true);
        expect(analysis.routes).toHaveLength(Number(analysis.total));
        for (const final of analysis.finals) {
          const times = analysis.routes
            .filter((route) => route.final === final.final)
            .map((route) => route.time);
          expect(times).toHaveLength(Number(final.count));
          if (times.length === 0) expect(final.fastest).toBeUndefined();
          else expect(final.fastest!.time).toBe(Math.min(...times));
        }
        for (const route of analysis.routes)
          expect(new Set(route.stages).size).toBe(route.stages.length);
      }),
      300,
    );
  });
});
