/** Scenario files beside a plan that name it with `plan:`, for the report's list of scenarios. */
import { readdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { checkDocument, type ReadOptions } from '../../check/index.js';
import type { ScenarioEntry } from '../../report/readiness/index.js';

/** The most files looked at, so a folder of thousands of files does not stall the report. */
const MAX_FILES = 200;

/**
 * Scenario files in the plan's folder (not below it) whose `plan:` resolves to the plan, read and
 * schema-checked like any input (a file over the size limit is skipped like an unreadable one).
 */
export async function scenarioFilesFor(
  planPath: string,
  ctx: ReadOptions,
): Promise<ScenarioEntry[]> {
  const folder = dirname(planPath);
  const names = await readdir(folder).catch(() => [] as string[]);
  const candidates = names
    .filter((name) => /\.ya?ml$/i.test(name) && join(folder, name) !== planPath)
    .sort()
    .slice(0, MAX_FILES);
  const found: ScenarioEntry[] = [];
  for (const name of candidates) {
    const checked = await checkDocument(join(folder, name), ctx);
    const data = checked.document?.data as { id: string; title: string; plan: string } | undefined;
    if (!checked.valid || checked.kind !== 'scenario' || !data) continue;
    if (resolve(folder, data.plan) !== planPath) continue;
    found.push({ id: data.id, title: data.title, file: checked.file });
  }
  return found;
}
