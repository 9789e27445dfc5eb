/** id/duplicate: task, decision and option ids within a plan, inject and scenario ids. */
import { describe, expect, it } from 'vitest';
import { lintPlanText, lintScenarioText, places, tokens } from './lint-yaml.js';

const plan = (task: string, decision: string, option: string, scenario: string) => `yuan: 1
kind: plan
id: p
title: P
stages:
  a:
    title: A
    phase: warning
    tasks: [{ id: post, title: Post }]
    decisions:
      - { id: lock, title: Lock?, owner: r, options: [{ id: now, title: Now }, { id: wait, title: Wait }] }
  b:
    title: B
    phase: response
    tasks: [{ id: ${task}, title: Post again }]
    decisions:
      - { id: ${decision}, title: Again?, owner: r, options: [{ id: wait, title: W }, { id: ${option}, title: X }] }
scenarios:
  - { id: one, title: One, injects: [{ id: i, at: 0s, message: M }] }
  - { id: ${scenario}, title: Two, injects: [{ id: i, at: 0s, message: M }] }
`;

describe('id/duplicate', () => {
  it('accepts distinct ids, and the same option id in two decisions', () => {
    expect(
      lintPlanText(plan('post-again', 'reopen', 'now', 'two'), { rule: 'id/duplicate' }),
    ).toEqual([]);
  });

  it('reports a second task, decision, option and scenario with an id already used', () => {
    const text = plan('post', 'lock', 'wait', 'one');
    const findings = lintPlanText(text, { rule: 'id/duplicate' });
    expect(places(findings)).toEqual(['15:19', '17:15', '17:86', '20:11']);
    expect(tokens(text, findings)).toEqual(['post', 'lock', 'wait', 'one']);
    expect(findings.map((f) => f.severity)).toEqual(['error', 'error', 'error', 'error']);
    expect(findings[0]!.message).toBe(
      'task id "post" is already used in stage a: give this task an id of its own',
    );
    expect(findings[1]!.message).toContain('decision id "lock" is already used in stage a');
    expect(findings[2]!.message).toContain('option id "wait" appears twice in decision lock');
    expect(findings[3]!.message).toContain('scenario id "one" is already used');
  });

  it('reports a repeated inject id in a scenario file', () => {
    const scenario = `yuan: 1
kind: scenario
id: s
title: S
plan: plan.yaml
injects:
  - { id: alert, at: 0s, message: M }
  - { id: alert, at: 1h, message: N }
`;
    const planText = plan('post-again', 'reopen', 'now', 'two');
    const findings = lintScenarioText(scenario, planText, { rule: 'id/duplicate' });
    expect(places(findings)).toEqual(['8:11']);
    expect(findings[0]!.message).toContain('inject id "alert" is already used');
  });

  it('places inline scenario findings under /scenarios/N', () => {
    const text = plan('post-again', 'reopen', 'now', 'two').replace(
      'injects: [{ id: i, at: 0s, message: M }] }\n  - { id: two',
      'injects: [{ id: i, at: 0s, message: M }, { id: i, at: 1s, message: N }] }\n  - { id: two',
    );
    const findings = lintPlanText(text, { rule: 'id/duplicate' });
    expect(findings.map((f) => f.pointer)).toEqual(['/scenarios/0/injects/1/id']);
    expect(places(findings)).toEqual(['19:75']);
    expect(tokens(text, findings)).toEqual(['i']);
  });
});
