/** The sentences the text, Markdown and HTML reports share, and that each form uses them. */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/model/index.js';
import {
  buildReadinessReport,
  readinessFormatters,
  type ReadinessReport,
} from '../../../src/report/readiness/index.js';
import {
  gapLabel,
  howTexts,
  moreGapsText,
  resourceLabel,
} from '../../../src/report/readiness/phrases.js';
import { en, zh } from '../../helpers/translate.js';
import { smallPlan } from './small-plan.js';

function finding(line: number): Finding {
  return {
    ruleId: 'readiness/shortfall',
    severity: 'warning',
    message: `gap number ${line}`,
    file: 'small.yaml',
    pointer: '/resources/cot/stock',
    line,
    column: 12,
    endLine: line,
    endColumn: 13,
  };
}

function report(gaps: number): ReadinessReport {
  return buildReadinessReport({
    plan: smallPlan(),
    file: 'small.yaml',
    today: '2026-03-01',
    findings: Array.from({ length: gaps }, (_, index) => finding(100 + index)),
  });
}

describe('gap phrases', () => {
  it('labels a gap with its area, rule and line', () => {
    const [gap] = report(1).gaps;
    expect(gapLabel(gap!, en)).toBe('resources · readiness/shortfall · line 100');
    expect(gapLabel(gap!, zh)).toBe('物资 · readiness/shortfall · 第 100 行');
  });

  it('counts the gaps beyond the ten listed, and says nothing when all are listed', () => {
    expect(moreGapsText(report(10), en)).toBeUndefined();
    expect(moreGapsText(report(12), en)).toBe('2 more: yuan validate small.yaml lists them all.');
    expect(moreGapsText(report(12), zh)).toBe('另有 2 条：yuan validate small.yaml 会全部列出。');
  });

  it.each(['text', 'md', 'html'] as const)('%s lists ten gaps and counts the rest', (format) => {
    const shown = readinessFormatters[format](report(12), { t: en, lang: 'en' });
    expect(shown).toContain('gap number 109');
    expect(shown).not.toContain('gap number 110');
    expect(shown).toContain('2 more: yuan validate small.yaml lists them all.');
  });
});

describe('resource phrases', () => {
  const resources = report(0).resources;
  const byId = (id: string) => resources.find((resource) => resource.id === id)!;

  it('names a resource with its unit when it has one', () => {
    expect(resourceLabel(byId('mask'))).toBe('Mask (pcs)');
    expect(resourceLabel(byId('cot'))).toBe('Small plan cot');
  });

  it('explains a need by each of its demand lines, tasks included', () => {
    expect(howTexts(byId('mask'), en)).toEqual([
      '2 per crew a day × 10 × 12 days of alert, act = 240',
      '0.1 per resident × 1000 during act = 100',
    ]);
    expect(howTexts(byId('cot'), en)).toEqual([
      '1 per gate × 3 during act = 3',
      '4 for task set-up in act',
    ]);
  });
});
