/** Runs one plan rule on YAML text and collects what it reports. */
import { parse } from 'yaml';
import { buildStageGraph } from '../../../../src/model/stage-graph.js';
import type { Rule } from '../../../../src/lint/rule.js';
import type { Plan } from '../../../../src/model/plan.js';
import { en } from '../../../helpers/translate.js';

/** A reported finding, before the runner places it. */
export interface Reported {
  pointer: string;
  message: string;
  part: 'key' | 'value' | undefined;
}

/** A plan document around a `stages:` fragment (the form the rule docs use). */
export function planText(fragment: string): string {
  return `yuan: 1\nkind: plan\nid: test-plan\ntitle: Test\n${fragment}`;
}

/** What `rule` reports on the plan written in `text`. */
export function checkRule(rule: Rule, text: string): Reported[] {
  const plan = parse(text) as Plan;
  const found: Reported[] = [];
  rule.checkPlan!({
    plan,
    graph: buildStageGraph(plan),
    t: en,
    today: '2024-01-01',
    report: (pointer, message, part) => found.push({ pointer, message, part }),
  });
  return found;
}
