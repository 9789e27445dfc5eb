/**
 * What `yuan drill` plays: a plan (with one of its inline scenarios) or a scenario file (with the
 * plan it names), checked by the check service exactly as `yuan validate` checks them, with
 * yuan.config.yaml's rule settings, maxFileSize and today. Errors stop the drill.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFile, planLookup, type CheckContext, type CheckedInput } from '../../check/index.js';
import type { Plan, Scenario } from '../../model/index.js';
import { UsageError, type CommandContext } from '../io.js';

/** The package's own drill, played when no PLAN or SCENARIO is given. */
export const BUILTIN_SCENARIO = fileURLToPath(
  new URL('../../../plans/x-community-winter-2020.yaml', import.meta.url),
);

/** A checked plan and scenario, with the hashes a journal records. */
export interface DrillInputs {
  plan: Plan;
  /** Absolute path of the plan file. */
  planPath: string;
  /** The plan file as shown to the user. */
  planFile: string;
  planHash: string;
  scenario: Scenario;
  /** Absolute path of the scenario file, when the scenario has its own file. */
  scenarioPath?: string;
  scenarioHash?: string;
}

/** The inputs of a drill, or the checked files when any has an error (exit 1). */
export async function loadDrillInputs(
  target: string | undefined,
  scenarioId: string | undefined,
  commandCtx: CheckContext,
  context: CommandContext,
): Promise<{ inputs: DrillInputs } | { files: CheckedInput<unknown>[] }> {
  const path = target === undefined ? BUILTIN_SCENARIO : resolve(commandCtx.cwd, target);
  // The built-in drill is checked from its own package, so it is never "outside the repository".
  const cwd = target === undefined ? resolve(dirname(BUILTIN_SCENARIO), '..') : commandCtx.cwd;
  const ctx = { ...commandCtx, cwd, plans: planLookup({ ...commandCtx, cwd }) };
  const first = await checkFile(path, { ctx });
  if (first.kind === 'answers') {
    throw new UsageError(context.t('drill.not-playable', { file: first.file }));
  }
  const files: CheckedInput<unknown>[] = [first];
  const scenarioData = first.kind === 'scenario' ? (first.loaded?.data as Scenario) : undefined;
  const planPath = scenarioData ? resolve(dirname(path), scenarioData.plan ?? '') : path;
  // A scenario whose plan cannot be used says so itself; else the plan's own findings count too.
  if (scenarioData && !first.findings.some((finding) => finding.ruleId === 'ref/plan')) {
    files.unshift(await checkFile(planPath, { kind: 'plan', ctx }));
  }
  const [planChecked] = files;
  if (files.some((file) => file.document === undefined) || !planChecked) return { files };
  const plan = planChecked.document as Plan;
  const scenario = scenarioData ?? inlineScenario(plan, scenarioId, context);
  if (scenarioData && scenarioId !== undefined && scenarioId !== scenario.id) {
    throw new UsageError(
      context.t('drill.other-scenario', { id: scenarioId, file: first.file, actual: scenario.id }),
    );
  }
  return {
    inputs: {
      plan,
      planPath,
      planFile: planChecked.file,
      planHash: planChecked.sha256!,
      scenario,
      ...(scenarioData ? { scenarioPath: path, scenarioHash: first.sha256! } : {}),
    },
  };
}

function inlineScenario(plan: Plan, id: string | undefined, { t }: CommandContext): Scenario {
  const scenarios = plan.scenarios ?? [];
  const scenario =
    id === undefined ? scenarios[0] : scenarios.find((candidate) => candidate.id === id);
  if (scenario) return scenario;
  if (id === undefined) throw new UsageError(t('drill.no-scenario', { plan: plan.id }));
  const ids = scenarios.map((candidate) => candidate.id).join(', ') || '-';
  throw new UsageError(t('drill.unknown-scenario', { id, plan: plan.id, ids }));
}
