/** readiness/*: stock against demand, a medical role, public information and the 2-hour report. */
import { describe, expect, it } from 'vitest';
import { lintPlanText, places, tokens } from './lint-yaml.js';

const head = `yuan: 1
kind: plan
id: p
title: P
`;

describe('readiness/shortfall', () => {
  const plan = (
    stock: number,
    extra = '',
  ) => `${head}scope: { population: 1000, sites: { checkpoint: 9 } }
roles:
  grid-worker: { title: Grid worker, function: logistics, count: 39 }
resources:
  thermometer:
    title: 测温枪
    unit: 支
    stock: ${stock}
    demand: [{ rate: 2, per: checkpoint, during: [lockdown, controlled] }]
  mask:
    title: Masks
    stock: 3000
    demand:
      - { rate: 2, per: grid-worker, daily: true, during: [lockdown, controlled] }
stages:
  lockdown:
    title: Lockdown
    phase: response
    expect_duration: 28d
    tasks: [{ id: screen, title: Screen, uses: { thermometer: 1 } }]
  controlled: { title: Controlled, phase: response, expect_duration: 14d${extra} }
`;

  it('accepts a stock that covers the demand (one-off once, daily per day of each stage)', () => {
    // thermometers 2 × 9 + 1 = 19; masks 2 × 39 × (28 + 14) = 3276 > 3000 would warn, so check only thermometers.
    const findings = lintPlanText(plan(19), { rule: 'readiness/shortfall' });
    expect(findings.map((f) => f.pointer)).toEqual(['/resources/mask/stock']);
  });

  it('warns on the stock with need, arithmetic, stock and gap', () => {
    const text = plan(13);
    const findings = lintPlanText(text, { rule: 'readiness/shortfall' });
    expect(places(findings)).toEqual(['12:12', '16:12']);
    expect(tokens(text, findings)).toEqual(['13', '3000']);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.message).toBe(
      'need 19 支 of 测温枪 (2 per checkpoint × 9 during lockdown, controlled + 1 for task screen in lockdown), stock 13 支: buy 6 支 more or lower the demand',
    );
    expect(findings[1]!.message).toBe(
      'need 3276 of Masks (2 per grid-worker a day × 39 × 42 days of lockdown, controlled), stock 3000: buy 276 more or lower the demand',
    );
  });

  it('speaks Chinese', () => {
    const [finding] = lintPlanText(plan(13), { rule: 'readiness/shortfall', lang: 'zh' });
    expect(finding!.message).toBe(
      '需要测温枪 19支（在 lockdown、controlled 期间每个 checkpoint 2 × 9 + lockdown 阶段的任务 screen 使用 1），库存 13支：请再采购 6支 或降低需求',
    );
  });

  it('says which stage lacks the expect_duration a daily demand needs', () => {
    const text = plan(19)
      .replace('    expect_duration: 28d\n', '')
      .replace('during: [lockdown, controlled] }\n', 'during: [response] }\n');
    const findings = lintPlanText(text, { rule: 'readiness/shortfall' });
    expect(findings.map((f) => f.pointer)).toEqual(['/resources/mask/demand/0/during/0']);
    expect(tokens(text, findings)).toEqual(['response']);
    expect(findings[0]!.message).toContain(
      'Masks is needed daily during stage lockdown, which has no expect_duration',
    );
  });

  it('says which scope count a demand per resident needs', () => {
    const text = plan(19)
      .replace('population: 1000, ', '')
      .replace('{ rate: 2, per: grid-worker, daily: true', '{ rate: 1, per: resident, daily: true');
    const findings = lintPlanText(text, { rule: 'readiness/shortfall' });
    expect(findings.map((f) => f.pointer)).toEqual(['/resources/mask/demand/0/per']);
    expect(findings[0]!.message).toBe(
      'the demand per resident cannot be computed because scope.population is missing: add scope.population to the plan',
    );
  });
});

describe('readiness/medical-role', () => {
  const plan = (category: string, clinic: string) => `${head}hazard: { category: ${category} }
roles:
  lead: { title: Lead, function: command }
  clinic: { title: Clinic, function: ${clinic} }
stages:
  a: { title: A, phase: response }
`;

  it('accepts a public-health plan with a medical role, and other plans without one', () => {
    expect(
      lintPlanText(plan('public-health', 'medical'), { rule: 'readiness/medical-role' }),
    ).toEqual([]);
    expect(lintPlanText(plan('natural', 'other'), { rule: 'readiness/medical-role' })).toEqual([]);
  });

  it('warns on the roles key of a public-health plan without one', () => {
    const findings = lintPlanText(plan('public-health', 'logistics'), {
      rule: 'readiness/medical-role',
    });
    expect(places(findings)).toEqual(['6:1']);
    expect(findings[0]!.message).toContain(
      'this public-health plan has no role with function: medical',
    );
  });
});

describe('readiness/inform-public', () => {
  const plan = (kind: string) => `${head}stages:
  a: { title: A, phase: warning }
  lockdown:
    title: Lockdown
    phase: response
    tasks: [{ id: tell, title: Tell residents, kind: ${kind} }]
`;

  it('accepts response stages with an inform task', () => {
    expect(lintPlanText(plan('inform'), { rule: 'readiness/inform-public' })).toEqual([]);
  });

  it('warns on the stage key of a response stage without one (other phases are not checked)', () => {
    const findings = lintPlanText(plan('screen'), { rule: 'readiness/inform-public' });
    expect(places(findings)).toEqual(['7:3']);
    expect(findings[0]!.message).toBe(
      'response stage lockdown has no task of kind inform: add a task with kind: inform that tells residents what is happening and what to do',
    );
  });
});

describe('readiness/report-deadline', () => {
  const plan = (category: string, task: string) => `${head}hazard: { category: ${category} }
stages:
  standby: { title: Standby, phase: preparation }
  warning:
    title: Warning
    phase: warning
    tasks:
      - { id: tell, title: Tell, kind: inform, within: 1h }
      ${task}
  lockdown:
    title: Lockdown
    phase: response
    tasks: [{ id: report-daily, title: Report, kind: report, within: 2h }]
`;

  it('accepts report tasks due within 2h in every warning and response stage', () => {
    const task = '- { id: report, title: Report, kind: report, within: 90m }';
    expect(
      lintPlanText(plan('public-health', task), { rule: 'readiness/report-deadline' }),
    ).toEqual([]);
  });

  it('checks public-health plans only', () => {
    const task = '- { id: other, title: Other, kind: other }';
    expect(lintPlanText(plan('natural', task), { rule: 'readiness/report-deadline' })).toEqual([]);
  });

  it('warns on the stage key when a stage has no report task', () => {
    const text = plan('public-health', '- { id: other, title: Other, kind: other }');
    const findings = lintPlanText(text, { rule: 'readiness/report-deadline' });
    expect(places(findings)).toEqual(['8:3']);
    expect(findings[0]!.message).toContain(
      'warning stage warning of this public-health plan has no report task',
    );
  });

  it('warns on within when the report is due later than 2h', () => {
    const text = plan('public-health', '- { id: report, title: Report, kind: report, within: 1d }');
    const findings = lintPlanText(text, { rule: 'readiness/report-deadline' });
    expect(places(findings)).toEqual(['13:60']);
    expect(tokens(text, findings)).toEqual(['1d']);
    expect(findings[0]!.message).toContain(
      'report task report is due within 1d, later than the 2-hour limit',
    );
  });

  it('warns on the task when the report has no deadline', () => {
    const text = plan('public-health', '- { id: report, title: Report, kind: report }');
    const findings = lintPlanText(text, { rule: 'readiness/report-deadline' });
    expect(places(findings)).toEqual(['13:9']);
    expect(findings[0]!.message).toContain('report task report has no deadline: add within: 2h');
  });
});
