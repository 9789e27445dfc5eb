/** The shape of a check of rules.md: its id, default severity, documentation, messages and checks. */
import type { StageGraph } from '../model/stage-graph.js';
import type { Catalog } from '../i18n/catalog.js';
import { withMessages, type Translate, type Translator } from '../i18n/index.js';
import type { RuleInfo } from '../model/rule-docs.js';
import type { Plan } from '../model/plan.js';
import type { AnswersFile, Scenario } from '../model/scenario.js';

export type { RuleDocs } from '../model/rule-docs.js';

/** Places a finding of the running rule on a pointer of the document being checked. */
export type Report = (pointer: string, message: string, part?: 'key' | 'value') => void;

/** What a rule sees of a plan that passed the schema. */
export interface PlanRuleContext<T extends Translate = Translate> {
  plan: Plan;
  /** The plan's stage graph, built once for all the rules. */
  graph: StageGraph;
  t: T;
  /** Today as YYYY-MM-DD (`--today`, else the real date), for the overdue checks. */
  today: string;
  report: Report;
}

/** What a rule sees of a scenario that passed the schema, with the plan it names. Pointers are relative to the scenario. */
export interface ScenarioRuleContext<T extends Translate = Translate> {
  scenario: Scenario;
  plan: Plan;
  /** The plan's stage graph, built once for all the rules. */
  graph: StageGraph;
  t: T;
  today: string;
  report: Report;
}

/** What a rule sees of a scripted answers file (`--answers`), with the plan it answers. */
export interface AnswersRuleContext<T extends Translate = Translate> {
  answers: AnswersFile;
  plan: Plan;
  t: T;
  today: string;
  report: Report;
}

/** One check of rules.md. Rules that the loader or the schema check apply have no check function. */
export interface Rule extends RuleInfo {
  /** The messages of the rule's findings, keyed `<rule id>.<name>` (see defineRule). */
  messages?: Catalog;
  checkPlan?: (context: PlanRuleContext) => void;
  checkScenario?: (context: ScenarioRuleContext) => void;
  /** Checks a scripted answers file against its plan (ref/decision). */
  checkAnswers?: (context: AnswersRuleContext) => void;
}

/** A rule's own messages as the catalog knows them: `outside` of `ref/plan` is `ref/plan.outside`. */
export type RuleMessages<Id extends string, Messages extends Catalog> = {
  [Name in keyof Messages & string as `${Id}.${Name}`]: Messages[Name];
};

/**
 * The `t` of a rule: its own messages (`typeof rule.messages`, for the helpers of a rule file),
 * then every shared catalog. Two call signatures rather than one over the merged catalogs: comparing
 * translators over all ~600 messages cost each rule file some 50 ms of type checking.
 */
export type RuleTranslate<Own extends Catalog> = Translator<Own> & Translate;

/** A rule as written in its file: its messages by name, beside its explanation. */
export interface RuleDefinition<Id extends string, Messages extends Catalog> extends RuleInfo {
  id: Id;
  /** What the rule's findings say, by name; its checks look them up as `t('<id>.<name>')`. */
  messages?: Messages;
  checkPlan?: (context: PlanRuleContext<RuleTranslate<RuleMessages<Id, Messages>>>) => void;
  checkScenario?: (context: ScenarioRuleContext<RuleTranslate<RuleMessages<Id, Messages>>>) => void;
  checkAnswers?: (context: AnswersRuleContext<RuleTranslate<RuleMessages<Id, Messages>>>) => void;
}

/** A rule whose messages are known to the type checker (the check service speaks for ref/plan). */
export type DefinedRule<Id extends string, Messages extends Catalog> = Omit<Rule, 'messages'> & {
  id: Id;
  messages: RuleMessages<Id, Messages>;
};

/**
 * A rule whose checks find its own messages: each check is given the caller's `t` extended with
 * them, so the runner, tests and programs pass the plain `t` of every catalog.
 */
export function defineRule<
  const Id extends string,
  const Messages extends Catalog = Record<never, never>,
>(definition: RuleDefinition<Id, Messages>): DefinedRule<Id, Messages> {
  const { messages: own, checkPlan, checkScenario, checkAnswers, ...info } = definition;
  const messages = Object.fromEntries(
    Object.entries(own ?? {}).map(([name, text]) => [`${info.id}.${name}`, text]),
  ) as RuleMessages<Id, Messages>;
  const speak = (t: Translate) => withMessages(t, messages);
  return {
    ...info,
    messages,
    ...(checkPlan && { checkPlan: (context) => checkPlan({ ...context, t: speak(context.t) }) }),
    ...(checkScenario && {
      checkScenario: (context) => checkScenario({ ...context, t: speak(context.t) }),
    }),
    ...(checkAnswers && {
      checkAnswers: (context) => checkAnswers({ ...context, t: speak(context.t) }),
    }),
  };
}
