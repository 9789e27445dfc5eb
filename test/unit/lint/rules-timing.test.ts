/** timing/*: task deadlines within their stage, timeouts not before the decision's own target. */
import { describe, expect, it } from 'vitest';
import { lintPlanText, places, tokens } from './lint-yaml.js';

const plan = (
  taskWithin: string,
  timeoutAfter: string,
  duration = 'expect_duration: 3d',
) => `yuan: 1
kind: plan
id: p
title: P
stages:
  warning:
    title: Warning
    phase: warning
    ${duration}
    tasks:
      - { id: stock-up, title: Stock up, within: ${taskWithin} }
    decisions:
      - id: lock
        title: Lock?
        owner: r
        within: 2h
        options: [{ id: now, title: Now }]
        timeout: { after: ${timeoutAfter}, choose: now }
`;

describe('timing/task-exceeds-stage', () => {
  it('accepts a task due by the end of its stage, and stages without expect_duration', () => {
    expect(lintPlanText(plan('3d', '6h'), { rule: 'timing/task-exceeds-stage' })).toEqual([]);
    expect(
      lintPlanText(plan('5d', '6h', 'initial: true'), { rule: 'timing/task-exceeds-stage' }),
    ).toEqual([]);
  });

  it('warns on the within of a task due after its stage is expected to end', () => {
    const text = plan('3d1h', '6h');
    const findings = lintPlanText(text, { rule: 'timing/task-exceeds-stage' });
    expect(places(findings)).toEqual(['11:50']);
    expect(tokens(text, findings)).toEqual(['3d1h']);
    expect(findings[0]!.message).toBe(
      "task stock-up is due within 3d1h, but stage warning is expected to last only 3d: shorten within, or lengthen the stage's expect_duration",
    );
  });
});

describe('timing/timeout-before-target', () => {
  it('accepts a timeout equal to or after the target', () => {
    expect(lintPlanText(plan('1d', '2h'), { rule: 'timing/timeout-before-target' })).toEqual([]);
    expect(lintPlanText(plan('1d', '120m'), { rule: 'timing/timeout-before-target' })).toEqual([]);
  });

  it('warns on timeout.after when it comes before within', () => {
    const text = plan('1d', '1h59m');
    const findings = lintPlanText(text, { rule: 'timing/timeout-before-target' });
    expect(places(findings)).toEqual(['18:27']);
    expect(tokens(text, findings)).toEqual(['1h59m']);
    expect(findings[0]!.message).toBe(
      'decision lock times out after 1h59m, before its own target of 2h, so "now" is chosen before the owner\'s deadline: set timeout.after to 2h or more, or shorten within',
    );
  });
});
