/** The report's figures against values worked out by hand on a small plan. */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/model/index.js';
import { buildReadinessReport } from '../../../src/report/readiness/index.js';
import { smallPlan } from './small-plan.js';

const report = () =>
  buildReadinessReport({
    plan: smallPlan(),
    file: 'small.yaml',
    today: '2026-03-01',
    findings: [],
    scenarioFiles: [{ id: 'drill-1', title: 'Drill one', file: 'small-drill.yaml' }],
  });

describe('resources', () => {
  it('adds daily demands over each stage (2 × 10 crew × (2 + 10) days) to one-off ones (0.1 × 1000)', () => {
    const mask = report().resources.find((r) => r.id === 'mask')!;
    expect(mask).toMatchObject({ stock: 500, need: 340, gap: 0, coverDays: 20, peakPerDay: 20 });
    expect(mask.lines).toEqual([
      {
        rate: 2,
        per: 'crew',
        basis: 'role',
        count: 10,
        daily: true,
        days: 12,
        stages: ['alert', 'act'],
        amount: 240,
        complete: true,
      },
      {
        rate: 0.1,
        per: 'resident',
        basis: 'resident',
        count: 1000,
        daily: false,
        stages: ['act'],
        amount: 100,
        complete: true,
      },
    ]);
    // 500 stock − 100 one-off = 400 left, at 20 a day in either stage: 20 days.
    expect(mask.daily).toEqual([
      { stage: 'alert', perDay: 20, days: 2, coverDays: 20 },
      { stage: 'act', perDay: 20, days: 10, coverDays: 20 },
    ]);
  });

  it("counts a task's uses once with the demand (1 per gate × 3 + 4 for set-up = 7, stock 5: gap 2)", () => {
    const cot = report().resources.find((r) => r.id === 'cot')!;
    expect(cot).toMatchObject({ need: 7, stock: 5, gap: 2 });
    expect(cot.lines.map((l) => [l.per, l.basis, l.amount])).toEqual([
      ['gate', 'site', 3],
      ['set-up', 'task', 4],
    ]);
    expect(cot.coverDays).toBeUndefined();
  });

  it('gives the days of cover of a short daily stock (100 L at 3 × 400 a day)', () => {
    const water = report().resources.find((r) => r.id === 'water')!;
    expect(water).toMatchObject({ need: 12000, gap: 11900, peakPerDay: 1200 });
    expect(water.coverDays).toBeCloseTo(100 / 1200, 5);
  });
});

describe('people', () => {
  it('gives each role its deputy, authority, decisions, most open at once and escalations', () => {
    const roles = Object.fromEntries(report().people.roles.map((r) => [r.id, r]));
    expect(roles.chief).toMatchObject({
      count: 1,
      authority: ['go'],
      maxOpenAtOnce: 1,
      busiestStage: 'alert',
      mustEscalate: [],
      singlePerson: true,
      singlePointOfFailure: true,
    });
    expect(roles.chief!.deputy).toBeUndefined();
    expect(roles.chief!.owns).toEqual([
      { id: 'go', title: 'Go?', stage: 'alert', within: '1h', urgent: true, authorised: true },
    ]);
    expect(roles['deputy-chief']).toMatchObject({
      deputy: 'chief',
      authority: 'all',
      maxOpenAtOnce: 0,
      singlePerson: false,
    });
    expect(roles.crew).toMatchObject({
      count: 10,
      authority: [],
      maxOpenAtOnce: 2,
      busiestStage: 'act',
      mustEscalate: ['ask', 'route'],
      singlePointOfFailure: false,
    });
    expect(report().people.singlePointsOfFailure).toEqual(['chief']);
  });
});

describe('coverage and lifecycle', () => {
  it('lists phases, levels, stages without inform, report timeliness and the medical role', () => {
    expect(report().coverage).toEqual({
      publicHealth: true,
      phases: [
        { phase: 'preparation', stages: ['idle'] },
        { phase: 'warning', stages: ['alert'] },
        { phase: 'response', stages: ['act'] },
        { phase: 'recovery', stages: ['after'] },
      ],
      missingPhases: [],
      levels: { defined: ['i', 'ii'], used: ['i'], unused: ['ii'] },
      stagesWithoutInform: ['act'],
      reports: [
        { stage: 'alert', phase: 'warning', status: 'late', task: 'report-up', within: '3h' },
        { stage: 'act', phase: 'response', status: 'missing' },
      ],
      medicalRoles: ['nurse'],
    });
  });

  it('measures review and drill against their cycles and lists the scenarios', () => {
    const { lifecycle } = report();
    // 2025-01-15 + 12 months = 2026-01-15; to 2026-03-01 is 16 + 28 + 1 = 45 days.
    expect(lifecycle.review).toMatchObject({
      record: 'dated',
      due: '2026-01-15',
      overdue: true,
      daysOverdue: 45,
    });
    expect(lifecycle.drill).toMatchObject({ record: 'no-last', everyMonths: 6, overdue: true });
    expect(lifecycle.scenarios).toEqual([
      { id: 'drill-1', title: 'Drill one', file: 'small-drill.yaml' },
    ]);
  });
});

describe('gaps', () => {
  const finding = (
    ruleId: string,
    line: number,
    pointer = '',
    severity: Finding['severity'] = 'warning',
  ): Finding => ({
    ruleId,
    severity,
    message: `${ruleId} at ${line}`,
    file: 'small.yaml',
    pointer,
    line,
    column: 1,
    endLine: line,
    endColumn: 2,
  });

  it('puts errors first, then the first gap of each kind in order of importance, then the repeats', () => {
    const gaps = buildReadinessReport({
      plan: smallPlan(),
      file: 'small.yaml',
      today: '2026-03-01',
      findings: [
        finding('timing/task-exceeds-stage', 3),
        finding('lifecycle/review-overdue', 5),
        finding('readiness/shortfall', 20, '/resources/cot/stock'),
        finding('readiness/shortfall', 25, '/resources/water/stock'),
        finding('authority/no-deputy', 40),
        finding('authority/escalation', 50),
        finding('authority/escalation', 55),
        finding('readiness/inform-public', 60),
        finding('ref/stage', 70, '', 'error'),
      ],
    }).gaps;
    expect(gaps.map((g) => `${g.ruleId}@${g.line}`)).toEqual([
      'ref/stage@70',
      'authority/no-deputy@40',
      'readiness/shortfall@25', // water: 11900 of 12000 short, before cot's 2 of 7
      'authority/escalation@50',
      'readiness/inform-public@60',
      'lifecycle/review-overdue@5',
      'timing/task-exceeds-stage@3',
      'readiness/shortfall@20',
      'authority/escalation@55',
    ]);
    expect(gaps[1]).toMatchObject({ area: 'people', message: 'authority/no-deputy at 40' });
    expect(gaps.find((g) => g.ruleId.startsWith('timing'))!.area).toBe('other');
  });
});
