/** lifecycle/*: phases covered, review and drill not overdue against an injected today. */
import { describe, expect, it } from 'vitest';
import { lintPlanText, places, tokens } from './lint-yaml.js';

const plan = (records: string, stages = allPhases) => `yuan: 1
kind: plan
id: p
title: P
${records}stages:
${stages}`;
const allPhases = `  a: { title: A, phase: warning }
  b: { title: B, phase: response }
  c: { title: C, phase: recovery }
`;
const records = `review: { last: 2025-03-10, every_months: 12 }
drill: { last: 2025-01-31, every_months: 1 }
`;

describe('lifecycle/phases', () => {
  it('accepts a plan with warning, response and recovery stages', () => {
    expect(lintPlanText(plan(records), { rule: 'lifecycle/phases' })).toEqual([]);
  });

  it('warns once per missing phase, on the stages key', () => {
    const text = plan(
      records,
      '  a: { title: A, phase: preparation }\n  b: { title: B, phase: response }\n',
    );
    const findings = lintPlanText(text, { rule: 'lifecycle/phases' });
    expect(places(findings)).toEqual(['7:1', '7:1']);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.message).toBe(
      'the plan has no stage in the warning phase: add a stage with phase: warning, so the plan covers warning, response and recovery',
    );
    expect(findings[1]!.message).toContain('phase: recovery');
  });

  it('names the phase in Chinese', () => {
    const text = plan(
      records,
      '  b: { title: B, phase: response }\n  c: { title: C, phase: recovery }\n',
    );
    const [finding] = lintPlanText(text, { rule: 'lifecycle/phases', lang: 'zh' });
    expect(finding!.message).toContain('预案没有“预警”阶段');
  });
});

describe('lifecycle/review-overdue', () => {
  it('accepts a review that is due today or later', () => {
    expect(
      lintPlanText(plan(records), { rule: 'lifecycle/review-overdue', today: '2026-03-10' }),
    ).toEqual([]);
  });

  it('warns on review.last the day after the review fell due', () => {
    const text = plan(records);
    const findings = lintPlanText(text, { rule: 'lifecycle/review-overdue', today: '2026-03-11' });
    expect(places(findings)).toEqual(['5:17']);
    expect(tokens(text, findings)).toEqual(['2025-03-10']);
    expect(findings[0]!.message).toBe(
      'the plan was last reviewed on 2025-03-10; every 12 months makes the next review due on 2026-03-10, before today (2026-03-11): review the plan and update review.last',
    );
  });

  it('counts a plan without a review record as overdue', () => {
    const findings = lintPlanText(plan(''), { rule: 'lifecycle/review-overdue' });
    expect(places(findings)).toEqual(['1:1']);
    expect(findings[0]!.message).toContain('the plan has no review on record');
  });

  it('counts a review record without last as overdue, on the review key', () => {
    const text = plan('review: { every_months: 12 }\n');
    const findings = lintPlanText(text, { rule: 'lifecycle/review-overdue' });
    expect(places(findings)).toEqual(['5:1']);
    expect(findings[0]!.message).toContain('review has no last date');
  });
});

describe('lifecycle/drill-overdue', () => {
  it('accepts a drill within its cycle (a month from 31 January ends on 28 February)', () => {
    expect(
      lintPlanText(plan(records), { rule: 'lifecycle/drill-overdue', today: '2025-02-28' }),
    ).toEqual([]);
  });

  it('warns when the drill cycle has run out', () => {
    const text = plan(records);
    const findings = lintPlanText(text, { rule: 'lifecycle/drill-overdue', today: '2025-03-01' });
    expect(places(findings)).toEqual(['6:16']);
    expect(findings[0]!.message).toContain(
      'next drill due on 2025-02-28, before today (2025-03-01)',
    );
  });

  it('counts no drill on record as overdue', () => {
    const text = plan('review: { last: 2025-03-10, every_months: 12 }\n');
    const findings = lintPlanText(text, { rule: 'lifecycle/drill-overdue' });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('the plan has no drill on record: hold a drill');
  });
});
