/**
 * The rule runner: runs the rules of rules.md over a plan or scenario that passed the schema and
 * turns each report into a located finding with the rule's id and default severity. Severity
 * overrides from the config file are applied later, by the validate pipeline.
 */
import { buildStageGraph, type StageGraph } from '../model/stage-graph.js';
import type { Translate } from '../i18n/index.js';
import { findingAt, type LoadedDocument } from '../load/loaded-document.js';
import { pointerOf } from '../model/pointer.js';
import type { Finding } from '../model/finding.js';
import type { Plan } from '../model/plan.js';
import type { AnswersFile, Scenario } from '../model/scenario.js';
import type { Report, Rule } from './rule.js';
import { rules as registeredRules } from './rules.js';

/** What every lint run needs. */
export interface LintOptions {
  t: Translate;
  /** Today as YYYY-MM-DD (from `--today`, else the caller's clock); rules never read the clock. */
  today: string;
  /** The rules to run (default: every registered rule). */
  rules?: readonly Rule[];
}

/** What a plan's rules share: its stage graph, when the caller has built it already. */
export interface PlanLintOptions extends LintOptions {
  /** The plan's stage graph (default: built here, once for all the rules). */
  graph?: StageGraph;
}

/** Options for a scenario: inline scenarios sit under `/scenarios/N` of their plan's document. */
export interface ScenarioLintOptions extends PlanLintOptions {
  /** Prefixed to the rules' pointers, e.g. `/scenarios/0` (default: '' for a scenario file). */
  pointerPrefix?: string;
}

/** Findings of the plan rules (not of its inline scenarios: see lintPlanDocument). */
export function lintPlan(
  document: LoadedDocument,
  plan: Plan,
  options: PlanLintOptions,
): Finding[] {
  const graph = options.graph ?? buildStageGraph(plan);
  return collect(document, '', options, (rule, report) =>
    rule.checkPlan?.({ plan, graph, t: options.t, today: options.today, report }),
  );
}

/** Findings of the scenario rules for one scenario checked against its plan. */
export function lintScenario(
  document: LoadedDocument,
  scenario: Scenario,
  plan: Plan,
  options: ScenarioLintOptions,
): Finding[] {
  const graph = options.graph ?? buildStageGraph(plan);
  return collect(document, options.pointerPrefix ?? '', options, (rule, report) =>
    rule.checkScenario?.({ scenario, plan, graph, t: options.t, today: options.today, report }),
  );
}

/** Findings of a whole plan document: the plan rules, then the scenario rules of each inline scenario. */
export function lintPlanDocument(
  document: LoadedDocument,
  plan: Plan,
  options: LintOptions,
): Finding[] {
  // One graph for the plan rules and every inline scenario: building it is most of a rule's work.
  const graph = buildStageGraph(plan);
  const findings = lintPlan(document, plan, { ...options, graph });
  (plan.scenarios ?? []).forEach((scenario, index) => {
    const pointerPrefix = pointerOf('/scenarios', index);
    findings.push(...lintScenario(document, scenario, plan, { ...options, graph, pointerPrefix }));
  });
  return findings;
}

/** Findings of the rules that check a scripted answers file (`--answers`) against its plan. */
export function lintAnswers(
  document: LoadedDocument,
  answers: AnswersFile,
  plan: Plan,
  options: LintOptions,
): Finding[] {
  return collect(document, '', options, (rule, report) =>
    rule.checkAnswers?.({ answers, plan, t: options.t, today: options.today, report }),
  );
}

function collect(
  document: LoadedDocument,
  prefix: string,
  options: LintOptions,
  check: (rule: Rule, report: Report) => void,
): Finding[] {
  const findings: Finding[] = [];
  for (const rule of options.rules ?? registeredRules) {
    const report: Report = (pointer, message, part = 'value') =>
      findings.push(findingAt(document, prefix + pointer, rule.id, rule.severity, message, part));
    try {
      check(rule, report);
    } catch (error) {
      // A rule that throws is a bug in yuan, never the user's fault: name the rule for the report.
      const detail = error instanceof Error ? error.message : String(error);
      throw new Error(`rule ${rule.id} failed: ${detail}`, { cause: error });
    }
  }
  return findings;
}
