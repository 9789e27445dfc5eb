/**
 * What `yuan drill` plays: a plan (with one of its inline scenarios) or a scenario file (with the
 * plan it names), checked exactly as `yuan validate` checks them, with yuan.config.yaml's rule
 * settings, maxFileSize and today. Errors stop the drill.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plan, Scenario } from '../../model/index.js';
import { checkDocument } from '../../check/check-document.js';
import { validateFiles, type ValidatedFile } from '../../check/validate-paths.js';
import { FatalError, UsageError, type CommandContext } from '../io.js';
import { localDate } from '../local-date.js';
import { readConfig } from '../read-config.js';

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
  context: CommandContext,
): Promise<{ inputs: DrillInputs } | { files: ValidatedFile[] }> {
  const { io, t } = context;
  const path = target === undefined ? BUILTIN_SCENARIO : resolve(io.cwd, target);
  // The built-in drill is checked from its own package, so it is never "outside the repository".
  const cwd = target === undefined ? resolve(dirname(BUILTIN_SCENARIO), '..') : io.cwd;
  // The config counts as for validate; drill has no --today: the config's today, else the clock.
  const config = await readConfig(undefined, context);
  const options = {
    cwd,
    t,
    today: config.today ?? localDate(),
    ruleSettings: config.rules,
    ...(config.maxFileSize !== undefined ? { maxFileSize: config.maxFileSize } : {}),
  };
  const first = await checkDocument(path, options);
  if (!first.valid || !first.document || (first.kind !== 'plan' && first.kind !== 'scenario')) {
    return { files: await validateFiles([path], options) };
  }
  const data = first.document.data as Plan | Scenario;
  const planPath =
    first.kind === 'plan' ? path : resolve(dirname(path), (data as Scenario).plan ?? '');
  if (first.kind === 'scenario') {
    // A scenario whose plan cannot be found says so itself; the missing plan adds nothing.
    const own = await validateFiles([path], options);
    if (own.some((file) => file.findings.some((finding) => finding.ruleId === 'ref/plan'))) {
      return { files: own };
    }
  }
  const files = await validateFiles(first.kind === 'plan' ? [path] : [planPath, path], options);
  if (files.some((file) => file.findings.some((finding) => finding.severity === 'error'))) {
    return { files };
  }
  const plan =
    first.kind === 'plan'
      ? (data as Plan)
      : ((await checkDocument(planPath, options)).document!.data as Plan);
  const scenario =
    first.kind === 'plan' ? inlineScenario(plan, scenarioId, context) : (data as Scenario);
  if (first.kind === 'scenario' && scenarioId !== undefined && scenarioId !== scenario.id) {
    throw new UsageError(
      t('drill.other-scenario', { id: scenarioId, file: first.file, actual: scenario.id }),
    );
  }
  const planFile = files.find((file) => resolve(cwd, file.file) === planPath)?.file ?? planPath;
  return {
    inputs: {
      plan,
      planPath,
      planFile,
      planHash: await hashFile(planPath, context),
      scenario,
      ...(first.kind === 'scenario'
        ? { scenarioPath: path, scenarioHash: await hashFile(path, context) }
        : {}),
    },
  };
}

/** `sha256:<hex>` of a file's bytes. */
export async function hashFile(path: string, { t }: Pick<CommandContext, 't'>): Promise<string> {
  try {
    return `sha256:${createHash('sha256')
      .update(await readFile(path))
      .digest('hex')}`;
  } catch (error) {
    const cause = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new FatalError(t('drill.cannot-read', { file: path, cause }));
  }
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
