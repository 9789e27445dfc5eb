/**
 * The plan a scenario file names with `plan:` (rule ref/plan): the path must stay inside the
 * scenario's repository (checked before anything is read, and again after symbolic links are
 * resolved), exist, hold a plan, and that plan must pass the schema before the scenario can be
 * checked against it.
 */
import { realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, sep } from 'node:path';
import { withMessages } from '../i18n/index.js';
import { refPlanRule, resolvePlanPath } from '../lint/ref/plan.js';
import { findingAt, type LoadedDocument } from '../load/index.js';
import type { Finding } from '../model/finding.js';
import type { Plan } from '../model/plan.js';
import { checkDocument, type ReadOptions } from './check-document.js';
import { repositoryRoot } from './repository-root.js';

/** What a scenario needs of the file its `plan:` names: the plan, or why it cannot have it. */
export type PlanStatus =
  { plan: Plan } | { unreadable: string } | { notAPlan: true } | { invalid: number; file: string };

/**
 * Looks up plans for scenarios within one run. A plan is read once however many scenarios name it,
 * as long as it stays among the `maxPlans` plans used last (scenarios usually sit next to their
 * plan, and files are checked in sorted order), so memory does not grow with the repository.
 */
export interface PlanLookup extends ReadOptions {
  /** What scenarios need of each plan, the least recently used first. */
  plans: Map<string, Promise<PlanStatus>>;
  maxPlans: number;
  roots: Map<string, Promise<string | undefined>>;
}

/** How many plans a lookup keeps by default: far more than scenarios share at a time, far fewer than a repository holds. */
export const MAX_CACHED_PLANS = 256;

/** A lookup whose caches live as long as it does (one run of `yuan validate`). */
export function planLookup(
  { cwd, t, maxFileSize }: ReadOptions,
  maxPlans = MAX_CACHED_PLANS,
): PlanLookup {
  return {
    cwd,
    t,
    ...(maxFileSize !== undefined ? { maxFileSize } : {}),
    plans: new Map(),
    maxPlans,
    roots: new Map(),
  };
}

/** The scenario's plan when it can be checked against it, else the ref/plan finding that says why not. */
export async function scenarioPlan(
  document: LoadedDocument,
  reference: string,
  lookup: PlanLookup,
): Promise<{ plan: Plan } | { finding: Finding }> {
  const t = withMessages(lookup.t, refPlanRule.messages);
  const refuse = (message: string) => ({
    finding: findingAt(document, '/plan', 'ref/plan', 'error', message),
  });
  const root = await repositoryRoot(dirname(document.path), lookup.cwd, lookup.roots);
  const { path, inside } = resolvePlanPath(document.path, reference, root);
  if (!inside) return refuse(t('ref/plan.outside', { path: reference }));
  if (!(await stat(path).catch(() => undefined))) {
    return refuse(t('ref/plan.missing', { path: reference }));
  }
  // A link inside the repository may still lead out of it.
  if (!contains(await realpath(root), await realpath(path))) {
    return refuse(t('ref/plan.outside', { path: reference }));
  }
  const found = await cachedPlan(path, lookup);
  if ('plan' in found) return found;
  if ('unreadable' in found) {
    return refuse(t('ref/plan.unreadable', { path: reference, detail: found.unreadable }));
  }
  if ('notAPlan' in found) return refuse(t('ref/plan.not-a-plan', { path: reference }));
  return refuse(t('ref/plan.invalid', { path: reference, count: found.invalid, file: found.file }));
}

/** The plan's status from the cache (now the most recently used), read when absent. */
function cachedPlan(path: string, lookup: PlanLookup): Promise<PlanStatus> {
  const { plans } = lookup;
  const status = plans.get(path) ?? readPlan(path, lookup);
  plans.delete(path);
  plans.set(path, status);
  // A Map iterates in insertion order: its first key is the least recently used plan.
  if (plans.size > lookup.maxPlans) plans.delete(plans.keys().next().value!);
  return status;
}

/** Reads a plan and keeps only what scenarios need of it (its data), not its text or positions. */
async function readPlan(path: string, options: ReadOptions): Promise<PlanStatus> {
  const checked = await checkDocument(path, options);
  if (!checked.document) return { unreadable: checked.findings[0]?.message ?? '' };
  if (checked.kind !== 'plan') return { notAPlan: true };
  if (!checked.valid) {
    const errors = checked.findings.filter((finding) => finding.severity === 'error').length;
    return { invalid: errors, file: checked.file };
  }
  return { plan: checked.document.data as Plan };
}

function contains(folder: string, path: string): boolean {
  const fromFolder = relative(folder, path);
  return !(fromFolder === '..' || fromFolder.startsWith(`..${sep}`) || isAbsolute(fromFolder));
}
