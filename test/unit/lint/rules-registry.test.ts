/** The registry: every rule of rules.md, in its order, with its default severity, its file and its docs. */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../../../src/lint/rules.js';

/** rules.md, in order, with the default severities it gives. */
const RULES_MD: [string, 'error' | 'warning'][] = [
  ['yaml/syntax', 'error'],
  ['yaml/duplicate-key', 'error'],
  ['yaml/alias-limit', 'error'],
  ['file/unreadable', 'error'],
  ['schema', 'error'],
  ['ref/stage', 'error'],
  ['ref/role', 'error'],
  ['ref/resource', 'error'],
  ['ref/variable', 'error'],
  ['ref/level', 'error'],
  ['ref/decision', 'error'],
  ['ref/event', 'warning'],
  ['ref/plan', 'error'],
  ['id/duplicate', 'error'],
  ['graph/initial', 'error'],
  ['graph/final', 'error'],
  ['graph/unreachable', 'error'],
  ['graph/dead-end', 'error'],
  ['graph/trap', 'error'],
  ['lifecycle/phases', 'warning'],
  ['lifecycle/review-overdue', 'warning'],
  ['lifecycle/drill-overdue', 'warning'],
  ['authority/escalation', 'warning'],
  ['authority/no-deputy', 'warning'],
  ['readiness/shortfall', 'warning'],
  ['readiness/medical-role', 'warning'],
  ['readiness/inform-public', 'warning'],
  ['readiness/report-deadline', 'warning'],
  ['timing/task-exceeds-stage', 'warning'],
  ['timing/timeout-before-target', 'warning'],
  ['scenario/unreachable-expectation', 'warning'],
];

describe('the rule registry', () => {
  it('lists every rule of rules.md, in its order, with its default severity', () => {
    expect(rules.map((rule) => [rule.id, rule.severity])).toEqual(RULES_MD);
  });

  it.each(rules.map((rule) => [rule.id, rule] as const))(
    '%s lives in the file named after its id',
    (id) => {
      expect(existsSync(new URL(`../../../src/lint/${id}.ts`, import.meta.url))).toBe(true);
    },
  );

  it.each(rules.map((rule) => [rule.id, rule] as const))(
    '%s has docs in both languages and two examples',
    (_, rule) => {
      for (const text of [rule.docs.summary, rule.docs.explanation]) {
        expect(text.en.trim()).not.toBe('');
        expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
      }
      expect(rule.docs.bad.trim()).not.toBe('');
      expect(rule.docs.good.trim()).not.toBe('');
      expect(rule.docs.good).not.toBe(rule.docs.bad);
    },
  );

  it.each(rules.map((rule) => [rule.id, rule] as const))(
    '%s has a summary in the style of the others: lower-case, plain, no final stop',
    (_, { docs: { summary } }) => {
      expect(summary.en[0]).toBe(summary.en[0]!.toLowerCase());
      for (const text of [summary.en, summary.zh]) {
        expect(text).not.toContain('`');
        expect(text).not.toMatch(/[.。]$/);
        expect(text).toBe(text.trim());
      }
    },
  );

  it('gives the reading rules no check: the loader and the schema check apply them', () => {
    const reading = rules.filter(
      (rule) => !rule.checkPlan && !rule.checkScenario && !rule.checkAnswers,
    );
    expect(reading.map((rule) => rule.id)).toEqual([
      'yaml/syntax',
      'yaml/duplicate-key',
      'yaml/alias-limit',
      'file/unreadable',
      'schema',
      'ref/plan',
    ]);
  });
});
