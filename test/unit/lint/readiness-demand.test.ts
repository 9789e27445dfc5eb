/** src/readiness/resource-demand.ts and demand-lines.ts against figures computed by hand. */
import { describe, expect, it } from 'vitest';
import { demandLines } from '../../../src/readiness/demand-lines.js';
import { resourceDemands } from '../../../src/readiness/resource-demand.js';
import type { Plan } from '../../../src/model/index.js';
import { load } from './lint-yaml.js';

const plan = load(`yuan: 1
kind: plan
id: p
title: P
scope: { population: 7308, households: 2100, sites: { checkpoint: 9 } }
roles:
  grid-worker: { title: Grid worker, function: logistics, count: 39 }
  director: { title: Director, function: command }
resources:
  thermometer:
    title: Thermometers
    stock: 13
    demand: [{ rate: 2, per: checkpoint, during: [lockdown, controlled] }]
  mask:
    title: Masks
    stock: 5000
    demand:
      - { rate: 2, per: grid-worker, daily: true, during: [lockdown, response, controlled] }
      - { rate: 1, per: director, daily: true, during: [warning] }
      - { rate: 0.1, per: household, during: [warning] }
  leaflet:
    title: Leaflets
    stock: 100
    demand: [{ rate: 1, per: resident, during: [recovery] }]
stages:
  warning: { title: Warning, phase: warning, expect_duration: 12h, tasks: [{ id: post, title: Post, uses: { leaflet: 103, mask: 10 } }] }
  lockdown: { title: Lockdown, phase: response, expect_duration: 28d }
  controlled: { title: Controlled, phase: response, expect_duration: 2w }
`).data as Plan;

const byId = Object.fromEntries(resourceDemands(plan).map((demand) => [demand.id, demand]));

describe('resource demand', () => {
  it('counts a one-off demand once however many stages it lists', () => {
    // 2 per checkpoint × 9 checkpoints = 18, during lockdown and controlled alike.
    const thermometer = byId.thermometer!;
    expect(thermometer.terms).toHaveLength(1);
    expect(thermometer.terms[0]).toMatchObject({
      amount: 18,
      stages: ['lockdown', 'controlled'],
      count: 9,
      basis: 'site',
    });
    expect([thermometer.need, thermometer.stock, thermometer.gap]).toEqual([18, 13, 5]);
    expect(thermometer.coverDays).toBeUndefined();
  });

  it('multiplies a daily demand by each stage once, a phase naming stages already listed', () => {
    // grid workers: 2 × 39 = 78 a day; lockdown 28 d = 2184, controlled 14 d = 1092 (response adds nothing new).
    // director: 1 × 1 × 0.5 d = 0.5; households: 0.1 × 2100 = 210; the post task uses 10.
    const mask = byId.mask!;
    expect(mask.terms.map((term) => [term.stages, term.days, term.amount])).toEqual([
      [['lockdown'], 28, 2184],
      [['controlled'], 14, 1092],
      [['warning'], 0.5, 0.5],
      [['warning'], undefined, 210],
      [['warning'], undefined, 10],
    ]);
    // 2184 + 1092 + 0.5 + 210 + 10 = 3496.5, rounded up to a whole unit.
    expect([mask.need, mask.gap]).toEqual([3497, 0]);
    // Days of cover: 5000 − one-off 220 = 4780 left; the peak day uses 78, so 4780 / 78 = 61.282051.
    expect(mask.peakPerDay).toBe(78);
    expect(mask.coverDays).toBeCloseTo(61.282051, 5);
    expect(mask.stageUse.map((use) => [use.stage, use.perDay, use.days])).toEqual([
      ['lockdown', 78, 28],
      ['controlled', 78, 14],
      ['warning', 1, 0.5],
    ]);
    expect(mask.stageUse[2]!.coverDays).toBe(4780);
  });

  it('merges the daily parts of one demand into one line of arithmetic', () => {
    const lines = demandLines(byId.mask!);
    expect(lines.map((line) => [line.stages, line.days, line.amount, line.complete])).toEqual([
      [['lockdown', 'controlled'], 42, 3276, true],
      [['warning'], 0.5, 0.5, true],
      [['warning'], 0, 210, true],
      [['warning'], 0, 10, true],
    ]);
  });

  it('needs nothing for a one-off demand during a phase without stages, but counts task uses', () => {
    // recovery has no stage: the 7308 leaflets are never needed; the post task uses 103.
    const leaflet = byId.leaflet!;
    expect(leaflet.terms.map((term) => [term.basis, term.amount])).toEqual([
      ['resident', 0],
      ['task', 103],
    ]);
    expect([leaflet.need, leaflet.gap]).toEqual([103, 3]);
  });

  it('says what is missing instead of guessing: a scope count, a stage duration', () => {
    const partial = load(`yuan: 1
kind: plan
id: p
title: P
resources:
  water:
    title: Water
    stock: 10
    demand:
      - { rate: 3, per: resident, daily: true, during: [a] }
      - { rate: 2, per: helper, daily: true, during: [a, b] }
roles:
  helper: { title: Helper, function: volunteer, count: 2 }
stages:
  a: { title: A, phase: response }
  b: { title: B, phase: response, expect_duration: 36h }
`).data as Plan;
    const [water] = resourceDemands(partial);
    expect(water!.unknowns).toEqual([
      {
        kind: 'no-count',
        per: 'resident',
        field: 'scope.population',
        pointer: '/resources/water/demand/0/per',
      },
      { kind: 'no-duration', stage: 'a', pointer: '/resources/water/demand/0/during/0' },
      { kind: 'no-duration', stage: 'a', pointer: '/resources/water/demand/1/during/0' },
    ]);
    // Only the known part counts: 2 × 2 × 1.5 days = 6.
    expect(water!.need).toBe(6);
    expect(demandLines(water!).map((line) => [line.amount, line.complete])).toEqual([
      [0, false],
      [6, false],
    ]);
  });
});
