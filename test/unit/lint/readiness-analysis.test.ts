/** src/readiness/authority.ts, coverage.ts and lifecycle.ts against hand-worked plans and dates. */
import { describe, expect, it } from 'vitest';
import { roleAuthorities, decisionAuthorities } from '../../../src/readiness/authority.js';
import { analyseCoverage } from '../../../src/readiness/coverage.js';
import {
  addMonths,
  analyseLifecycle,
  cycleStatus,
  daysBetween,
} from '../../../src/readiness/lifecycle.js';
import type { Plan } from '../../../src/model/index.js';
import { load } from './lint-yaml.js';

const plan = load(`yuan: 1
kind: plan
id: p
title: P
hazard: { category: public-health }
levels: { i: { title: I }, ii: { title: II } }
roles:
  secretary: { title: S, function: command, authority: [lock] }
  director: { title: D, function: command, authority: all, deputy: director }
  worker: { title: W, function: logistics, count: 39, deputy: nobody }
  clinic: { title: C, function: medical, count: 3 }
stages:
  warning:
    title: Warning
    phase: warning
    tasks: [{ id: r1, title: R, kind: report, within: 6h }, { id: r2, title: R, kind: report }]
    decisions:
      - { id: lock, title: L, owner: secretary, within: 2h, options: [{ id: o, title: O }] }
      - { id: publicity, title: P, owner: secretary, within: 1h, options: [{ id: o, title: O }] }
      - { id: transport, title: T, owner: worker, within: 30m, options: [{ id: o, title: O }] }
  lockdown:
    title: Lockdown
    phase: response
    level: i
    tasks: [{ id: r3, title: R, kind: report, within: 2h }, { id: tell, title: T, kind: inform }]
    decisions:
      - { id: reopen, title: R, owner: director, within: 2h, options: [{ id: o, title: O }] }
  controlled: { title: Controlled, phase: response, level: i }
`).data as Plan;

describe('authority', () => {
  it('tells for each decision whether its owner may take it, who may, and whether it is urgent', () => {
    expect(
      decisionAuthorities(plan).map((d) => [
        d.decision.id,
        d.authorised,
        d.authorisedRoles,
        d.urgent,
        d.singlePerson,
      ]),
    ).toEqual([
      ['lock', true, ['secretary', 'director'], true, true],
      ['publicity', false, ['director'], true, true],
      ['transport', false, ['director'], true, false],
      // director names itself as deputy, which does not count.
      ['reopen', true, ['director'], true, true],
    ]);
  });

  it('gives each role its decisions, what it must escalate, the most open at once and single points of failure', () => {
    const roles = roleAuthorities(plan);
    expect(
      roles.map((r) => [
        r.id,
        r.count,
        r.deputy ?? null,
        r.owns.map((d) => d.decision.id),
        r.mustEscalate.map((d) => d.decision.id),
        r.maxOpenAtOnce,
        r.busiestStage ?? null,
        r.singlePointOfFailure,
      ]),
    ).toEqual([
      ['secretary', 1, null, ['lock', 'publicity'], ['publicity'], 2, 'warning', true],
      ['director', 1, null, ['reopen'], [], 1, 'lockdown', true],
      ['worker', 39, null, ['transport'], ['transport'], 1, 'warning', false],
      ['clinic', 3, null, [], [], 0, null, false],
    ]);
  });
});

describe('coverage', () => {
  const coverage = analyseCoverage(plan);

  it('lists stages by phase, the phases missing, and the levels used', () => {
    expect(coverage.publicHealth).toBe(true);
    expect(coverage.stagesByPhase).toEqual({
      preparation: [],
      warning: ['warning'],
      response: ['lockdown', 'controlled'],
      recovery: [],
    });
    expect(coverage.missingPhases).toEqual(['recovery']);
    expect(coverage.levels).toEqual({ defined: ['i', 'ii'], used: ['i'], unused: ['ii'] });
    expect(coverage.medicalRoles).toEqual(['clinic']);
  });

  it('finds response stages without an inform task', () => {
    expect(coverage.uninformedStages.map((s) => s.id)).toEqual(['controlled']);
  });

  it('rates each warning and response stage against the 2-hour report, naming the nearest report task', () => {
    expect(
      coverage.reportDeadlines.map((r) => [r.stage.id, r.status, r.task?.task.id ?? null]),
    ).toEqual([
      ['warning', 'late', 'r1'],
      ['lockdown', 'ok', 'r3'],
      ['controlled', 'missing', null],
    ]);
  });
});

describe('lifecycle', () => {
  it('adds calendar months, clamping to the end of shorter months and leap years', () => {
    expect(addMonths('2020-03-10', 12)).toBe('2021-03-10');
    expect(addMonths('2020-01-31', 1)).toBe('2020-02-29');
    expect(addMonths('2021-01-31', 1)).toBe('2021-02-28');
    expect(addMonths('2019-11-30', 3)).toBe('2020-02-29');
    expect(addMonths('2019-12-15', 1)).toBe('2020-01-15');
    expect(addMonths('2019-08-31', 18)).toBe('2021-02-28');
  });

  it('is overdue only after the due date, counting the days', () => {
    expect(cycleStatus('drill', { last: '2019-11-01', every_months: 12 }, '2020-11-01')).toEqual({
      field: 'drill',
      record: 'dated',
      last: '2019-11-01',
      everyMonths: 12,
      due: '2020-11-01',
      overdue: false,
    });
    expect(
      cycleStatus('drill', { last: '2019-11-01', every_months: 12 }, '2021-01-01'),
    ).toMatchObject({
      overdue: true,
      daysOverdue: 61,
    });
    expect(daysBetween('2020-02-28', '2020-03-01')).toBe(2);
  });

  it('counts a missing record, or one without last, as overdue', () => {
    const lifecycle = analyseLifecycle(plan, '2026-01-15');
    expect(lifecycle.review).toEqual({ field: 'review', record: 'none', overdue: true });
    expect(cycleStatus('review', { every_months: 6 }, '2026-01-15')).toEqual({
      field: 'review',
      record: 'no-last',
      everyMonths: 6,
      overdue: true,
    });
    expect(lifecycle.scenarios).toEqual([]);
  });
});
