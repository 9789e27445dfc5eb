/** The shape of a check of rules.md: its id, default severity, documentation and check functions. */
import type { StageGraph } from '../model/stage-graph.js';
import type { Translate } from '../i18n/index.js';
import type { RuleInfo } from '../model/rule-docs.js';
import type { Plan } from '../model/plan.js';
import type { AnswersFile, Scenario } from '../model/scenario.js';

export type { RuleDocs } from '../model/rule-docs.js';

/** Places a finding of the running rule on a pointer of the document being checked. */
export type Report = (pointer: string, message: string, part?: 'key' | 'value') => void;

/** What a rule sees of a plan that passed the schema. */
export interface PlanRuleContext {
  plan: Plan;
  /** The plan's stage graph, built once for all the rules. */
  graph: StageGraph;
  t: Translate;
  /** Today as YYYY-MM-DD (`--today`, else the real date), for the overdue checks. */
  today: string;
  report: Report;
}

/** What a rule sees of a scenario that passed the schema, with the plan it names. Pointers are relative to the scenario. */
export interface ScenarioRuleContext {
  scenario: Scenario;
  plan: Plan;
  /** The plan's stage graph, built once for all the rules. */
  graph: StageGraph;
  t: Translate;
  today: string;
  report: Report;
}

/** What a rule sees of a scripted answers file (`--answers`), with the plan it answers. */
export interface AnswersRuleContext {
  answers: AnswersFile;
  plan: Plan;
  t: Translate;
  today: string;
  report: Report;
}

/** One check of rules.md. Rules that the loader or the schema check apply have no check function. */
export interface Rule extends RuleInfo {
  checkPlan?(context: PlanRuleContext): void;
  checkScenario?(context: ScenarioRuleContext): void;
  /** Checks a scripted answers file against its plan (ref/decision). */
  checkAnswers?(context: AnswersRuleContext): void;
}
