/** The rule runner: located findings with rule id and default severity, pointer prefixes, robustness. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../../helpers/translate.js';
import { lintPlan, lintPlanDocument, lintScenario } from '../../../src/lint/lint-document.js';
import { parseText } from '../../../src/load/index.js';
import type { Rule } from '../../../src/lint/rule.js';
import type { Plan, Scenario } from '../../../src/model/index.js';
import { lintPlanText, load, places } from './lint-yaml.js';

const docs = {
  summary: { en: 's', zh: 's' },
  explanation: { en: 'e', zh: 'e' },
  bad: 'b',
  good: 'g',
};
const plan = `yuan: 1
kind: plan
id: p
title: P
stages:
  a: { title: A, phase: warning }
`;

describe('lintPlan', () => {
  it('places each report with the rule id and default severity', () => {
    const rule: Rule = {
      id: 'test/rule',
      severity: 'warning',
      docs,
      checkPlan: ({ report }) => {
        report('/stages/a/phase', 'value');
        report('/stages/a', 'key', 'key');
      },
    };
    const document = load(plan);
    const findings = lintPlan(document, document.data as Plan, {
      t: en,
      today: '2026-01-01',
      rules: [rule],
    });
    expect(findings.map((f) => [f.ruleId, f.severity, f.message, f.pointer])).toEqual([
      ['test/rule', 'warning', 'value', '/stages/a/phase'],
      ['test/rule', 'warning', 'key', '/stages/a'],
    ]);
    expect(places(findings)).toEqual(['6:25', '6:3']);
    expect(findings[0]).toMatchObject({ file: 'plan.yaml', endLine: 6, endColumn: 32 });
  });

  it('passes today through to the rules', () => {
    let seen = '';
    const rule: Rule = {
      id: 'test/today',
      severity: 'error',
      docs,
      checkPlan: ({ today }) => void (seen = today),
    };
    const document = load(plan);
    lintPlan(document, document.data as Plan, { t: en, today: '2031-02-03', rules: [rule] });
    expect(seen).toBe('2031-02-03');
  });

  it('builds the stage graph once and gives the same one to every rule and inline scenario', () => {
    const seen: object[] = [];
    const rule = (id: string): Rule => ({
      id,
      severity: 'warning',
      docs,
      checkPlan: ({ graph }) => void seen.push(graph),
      checkScenario: ({ graph }) => void seen.push(graph),
    });
    const text = `${plan}scenarios:
  - { id: one, title: One, injects: [{ id: i, at: 0s, message: M }] }
  - { id: two, title: Two, injects: [{ id: i, at: 0s, message: M }] }
`;
    const document = load(text);
    const options = { t: en, today: '2026-01-01', rules: [rule('test/a'), rule('test/b')] };
    lintPlanDocument(document, document.data as Plan, options);
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(1);
    expect(seen[0]).toMatchObject({ stages: ['a'], initial: [], finals: [] });
  });

  it('names the rule when a rule throws (a bug in yuan, not a finding)', () => {
    const rule: Rule = {
      id: 'test/broken',
      severity: 'error',
      docs,
      checkPlan: () => {
        throw new Error('boom');
      },
    };
    const document = load(plan);
    expect(() =>
      lintPlan(document, document.data as Plan, { t: en, today: '2026-01-01', rules: [rule] }),
    ).toThrow('rule test/broken failed: boom');
  });
});

describe('lintScenario', () => {
  it('prefixes pointers for a scenario inline in a plan', () => {
    const text = `${plan}scenarios:
  - { id: s, title: S, injects: [{ id: i, at: 0s, message: M, event: nothing }] }
`;
    const document = load(text);
    const data = document.data as Plan;
    const rule: Rule = {
      id: 'test/s',
      severity: 'error',
      docs,
      checkScenario: ({ report }) => report('/injects/0/event', 'x'),
    };
    const findings = lintScenario(document, data.scenarios![0] as Scenario, data, {
      t: en,
      today: '2026-01-01',
      rules: [rule],
      pointerPrefix: '/scenarios/0',
    });
    expect(findings.map((f) => f.pointer)).toEqual(['/scenarios/0/injects/0/event']);
    expect(places(findings)).toEqual(['8:70']);
  });
});

describe('the registered rules on whole documents', () => {
  it('never throw on the emptiest data, even below what the schema allows', () => {
    const text =
      'yuan: 1\nkind: plan\nid: p\ntitle: P\nstages: {}\nscenarios: [{ id: s, title: S, injects: [] }]\n';
    const { document } = parseText(text, { file: 'plan.yaml', t: en });
    const findings = lintPlanDocument(document!, document!.data as Plan, {
      t: en,
      today: '2026-01-01',
    });
    expect(findings.map((f) => f.ruleId)).toContain('lifecycle/phases');
  });

  it('find nothing in a plan that meets every rule', () => {
    const text = readFileSync(
      new URL('../../fixtures/lint/clean-plan.yaml', import.meta.url),
      'utf8',
    );
    expect(lintPlanText(text)).toEqual([]);
  });

  it('lint inline scenarios with the plan, under /scenarios/N', () => {
    const text = `${plan}scenarios:
  - { id: s, title: S, start: b, injects: [{ id: i, at: 0s, message: M }] }
`;
    const findings = lintPlanText(text, { rule: 'ref/stage' });
    expect(findings.map((f) => f.pointer)).toEqual(['/scenarios/0/start']);
  });

  it('never throw on odd but valid plans: empty maps and lists, an id named like an Object member', () => {
    // `constructor` is a valid id; a plain-object lookup would find Object.prototype.constructor.
    const text = `yuan: 1
kind: plan
id: p
title: P
scope: {}
levels: {}
variables: {}
roles: {}
resources:
  x: { title: X, stock: 0, demand: [] }
  y: { title: Y, stock: 0, demand: [{ rate: 1, per: constructor, daily: true, during: [constructor] }] }
stages:
  constructor:
    title: C
    phase: response
    level: constructor
    tasks: []
    decisions: []
    on: {}
    after: []
  b:
    title: B
    phase: recovery
    tasks: [{ id: t, title: T, owner: constructor, uses: { constructor: 1 } }]
    on: { e: { goto: constructor, when: { var: constructor, eq: 1 } } }
scenarios: []
`;
    const findings = lintPlanText(text).filter((f) => f.ruleId.startsWith('ref/'));
    expect(findings.map((f) => `${f.ruleId} ${f.pointer}`)).toEqual([
      'ref/role /stages/b/tasks/0/owner',
      'ref/role /resources/y/demand/0/per',
      'ref/resource /stages/b/tasks/0/uses/constructor',
      'ref/variable /stages/b/on/e/when/var',
      'ref/level /stages/constructor/level',
    ]);
  });
});
