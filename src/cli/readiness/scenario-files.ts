/** Scenario files beside a plan that name it with `plan:`, for the report's list of scenarios. */
import { readdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Translate } from '../../i18n/index.js';
import { DEFAULT_LIMITS, parseText, readSource } from '../../load/index.js';
import type { ScenarioEntry } from '../../report/readiness/index.js';
import { displayName } from '../../check/display-name.js';

/** The most files looked at, so a folder of thousands of files does not stall the report. */
const MAX_FILES = 200;

/**
 * Scenario files in the plan's folder (not below it) whose `plan:` resolves to the plan; a file
 * over `maxBytes` (the config's maxFileSize) is skipped like an unreadable one.
 */
export async function scenarioFilesFor(
  planPath: string,
  cwd: string,
  t: Translate,
  maxBytes: number = DEFAULT_LIMITS.maxBytes,
): Promise<ScenarioEntry[]> {
  const folder = dirname(planPath);
  const names = await readdir(folder).catch(() => [] as string[]);
  const candidates = names
    .filter((name) => /\.ya?ml$/i.test(name) && join(folder, name) !== planPath)
    .sort()
    .slice(0, MAX_FILES);
  const found: ScenarioEntry[] = [];
  for (const name of candidates) {
    const path = join(folder, name);
    const file = displayName(path, cwd);
    const source = await readSource(path, file, maxBytes, t);
    if ('finding' in source) continue;
    const data = parseText(source.text, { file, path, t }).document?.data;
    if (!isScenarioOf(data, folder, planPath)) continue;
    found.push({ id: data.id, title: data.title, file });
  }
  return found;
}

function isScenarioOf(
  data: unknown,
  folder: string,
  planPath: string,
): data is { id: string; title: string; plan: string } {
  if (typeof data !== 'object' || data === null) return false;
  const { kind, id, title, plan } = data as Record<string, unknown>;
  return (
    kind === 'scenario' &&
    typeof id === 'string' &&
    typeof title === 'string' &&
    typeof plan === 'string' &&
    resolve(folder, plan) === planPath
  );
}
