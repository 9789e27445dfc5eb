/** The lint rules of a YAML input that passed the schema: a plan alone, a scenario or answers with their plan. */
import { lintAnswers, lintPlanDocument, lintScenario } from '../lint/lint-document.js';
import type { Rule } from '../lint/rule.js';
import { rules as registeredRules } from '../lint/rules.js';
import type { Finding } from '../model/finding.js';
import type { Plan } from '../model/plan.js';
import type { AnswersFile, Scenario } from '../model/scenario.js';
import type { CheckedDocument } from './check-document.js';
import type { CheckContext } from './input-types.js';
import { planLookup, scenarioPlan } from './scenario-plan.js';

/**
 * The findings of the rules for a checked document (none when it did not pass the schema). Only a
 * plan lookup waits: a plan's rules run straight after parsing, so syntax trees do not pile up.
 */
export async function lintDocument(
  checked: CheckedDocument,
  ctx: CheckContext,
): Promise<Finding[]> {
  const { document, kind } = checked;
  if (!document || !checked.valid) return [];
  const options = { t: ctx.t, today: ctx.today, rules: activeRules(ctx) };
  if (kind === 'plan') return lintPlanDocument(document, document.data as Plan, options);
  const data = document.data as Scenario | AnswersFile;
  let plan = kind === 'answers' ? ctx.plan : undefined;
  if (plan === undefined) {
    // A scenario must name its plan; answers are checked against theirs when they name one.
    if (kind === 'answers' && data.plan === undefined) return [];
    const found = await scenarioPlan(document, data.plan ?? '', ctx.plans ?? planLookup(ctx));
    if ('finding' in found) return [found.finding];
    plan = found.plan;
  }
  if (kind === 'answers') return lintAnswers(document, data as AnswersFile, plan, options);
  return lintScenario(document, data as Scenario, plan, options);
}

/** The rules to run: a rule that the config turns off need not run at all. */
export function activeRules(ctx: CheckContext): readonly Rule[] {
  const settings = ctx.ruleSettings ?? {};
  return (ctx.rules ?? registeredRules).filter((rule) => settings[rule.id] !== 'off');
}
