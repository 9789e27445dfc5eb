/**
 * The plan a scenario file names with `plan:` (rule ref/plan): the path must stay inside the
 * scenario's repository (checked before anything is read, and again after symbolic links are
 * resolved), exist, hold a plan, and that plan must pass the schema before the scenario can be
 * checked against it.
 */
import { realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, sep } from 'node:path';
import type { Translate } from '../i18n/index.js';
import { resolvePlanPath } from '../lint/ref/plan.js';
import { findingAt, type LoadedDocument } from '../load/index.js';
import type { Finding } from '../model/finding.js';
import type { Plan } from '../model/plan.js';
import type { DocumentChecker } from './check-document.js';
import { repositoryRoot } from './repository-root.js';

/** What resolving a scenario's plan needs; `roots` caches repository roots within one run. */
export interface PlanLookup {
  cwd: string;
  t: Translate;
  check: DocumentChecker;
  roots: Map<string, Promise<string | undefined>>;
}

/** The scenario's plan when it can be checked against it, else the ref/plan finding that says why not. */
export async function scenarioPlan(
  document: LoadedDocument,
  reference: string,
  lookup: PlanLookup,
): Promise<{ plan: Plan } | { finding: Finding }> {
  const { t } = lookup;
  const refuse = (message: string) => ({
    finding: findingAt(document, '/plan', 'ref/plan', 'error', message),
  });
  const root = await repositoryRoot(dirname(document.path), lookup.cwd, lookup.roots);
  const { path, inside } = resolvePlanPath(document.path, reference, root);
  if (!inside) return refuse(t('lint.ref-plan.outside', { path: reference }));
  if (!(await stat(path).catch(() => undefined))) {
    return refuse(t('lint.ref-plan.missing', { path: reference }));
  }
  // A link inside the repository may still lead out of it.
  if (!contains(await realpath(root), await realpath(path))) {
    return refuse(t('lint.ref-plan.outside', { path: reference }));
  }
  const checked = await lookup.check(path);
  if (!checked.document) {
    const detail = checked.findings[0]?.message ?? '';
    return refuse(t('validate.plan-ref.unreadable', { path: reference, detail }));
  }
  if (checked.kind !== 'plan') return refuse(t('lint.ref-plan.not-a-plan', { path: reference }));
  if (!checked.valid) {
    const count = checked.findings.filter((finding) => finding.severity === 'error').length;
    return refuse(t('validate.plan-ref.invalid', { path: reference, count, file: checked.file }));
  }
  return { plan: checked.document.data as Plan };
}

function contains(folder: string, path: string): boolean {
  const fromFolder = relative(folder, path);
  return !(fromFolder === '..' || fromFolder.startsWith(`..${sep}`) || isAbsolute(fromFolder));
}
