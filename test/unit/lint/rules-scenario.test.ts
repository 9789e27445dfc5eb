/** scenario/unreachable-expectation: an expected decision must be able to open from the scenario's start. */
import { describe, expect, it } from 'vitest';
import { lintScenarioText, places, tokens } from './lint-yaml.js';

const plan = `yuan: 1
kind: plan
id: p
title: P
stages:
  standby: { title: Standby, phase: preparation, initial: true, on: { alert: warning } }
  warning:
    title: Warning
    phase: warning
    decisions:
      - { id: lock, title: Lock?, owner: r, options: [{ id: now, title: Now, goto: lockdown }] }
  lockdown:
    title: Lockdown
    phase: response
    decisions:
      - { id: reopen, title: Reopen?, owner: r, options: [{ id: yes-now, title: Now }] }
    after: [{ in: 14d, goto: recovery }]
  recovery: { title: Recovery, phase: recovery, final: true }
`;
const scenario = (start: string) => `yuan: 1
kind: scenario
id: s
title: S
plan: plan.yaml
${start}injects:
  - id: alert
    at: 0s
    message: M
    event: alert
    expect: [{ decision: lock }, { decision: reopen }]
  - { id: quiet, at: 1d, message: Nothing happens }
`;

describe('scenario/unreachable-expectation', () => {
  it("accepts expectations reachable from the plan's initial stage", () => {
    expect(
      lintScenarioText(scenario(''), plan, { rule: 'scenario/unreachable-expectation' }),
    ).toEqual([]);
  });

  it('warns on an expected decision whose stage the start cannot reach', () => {
    const text = scenario('start: lockdown\n');
    const findings = lintScenarioText(text, plan, { rule: 'scenario/unreachable-expectation' });
    expect(places(findings)).toEqual(['12:26']);
    expect(tokens(text, findings)).toEqual(['lock']);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.message).toBe(
      "decision lock belongs to stage warning, which cannot be reached from the scenario's start (lockdown), so this expectation can never be met: start the scenario earlier or expect another decision",
    );
  });

  it('leaves unknown starts and decisions to ref/stage and ref/decision', () => {
    const text = scenario('start: nowhere\n');
    expect(lintScenarioText(text, plan, { rule: 'scenario/unreachable-expectation' })).toEqual([]);
    const unknown = scenario('').replace('{ decision: lock }', '{ decision: unknown }');
    expect(lintScenarioText(unknown, plan, { rule: 'scenario/unreachable-expectation' })).toEqual(
      [],
    );
  });
});
