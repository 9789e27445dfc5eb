/**
 * A plan from a file or a string, checked the way `yuan validate` checks it (reading, schema,
 * lint rules), ready to compile. Problems are findings; the plan is given only when none is an error.
 */
import { resolve } from 'node:path';
import { translator, type Lang, type Translate } from '../i18n/index.js';
import { lintPlanDocument } from '../lint/lint-document.js';
import type { Rule } from '../lint/rule.js';
import { findingAt, parseText, type LoadedDocument } from '../load/index.js';
import { sortFindings, type Finding } from '../model/finding.js';
import type { Plan } from '../model/plan.js';
import { applyRuleSettings, checkDocument, checkSchema, type RuleSettings } from './index.js';

/** How to load and check a plan. Every field is optional. */
export interface LoadPlanOptions {
  /** Language of the findings (default English); ignored when `t` is given. */
  lang?: Lang;
  t?: Translate;
  /** Folder that relative paths and shown file names are relative to (default: the working folder). */
  cwd?: string;
  /** The name findings show for a plan given as text (default `plan.yaml`). */
  file?: string;
  /** Today as YYYY-MM-DD for the overdue checks (default: the current date). */
  today?: string;
  /** Rule severities, as in `yuan.config.yaml` (`off`, `warn`, `error`). */
  ruleSettings?: RuleSettings;
  /** The lint rules to run (default: all). */
  rules?: readonly Rule[];
  /** Largest file read, in bytes (default 5 MiB). */
  maxFileSize?: number;
}

/** A checked plan: `plan` is there when no finding is an error. */
export interface PlanLoad {
  plan?: Plan;
  document?: LoadedDocument;
  /** Every finding, sorted by position; warnings do not stop a plan. */
  findings: Finding[];
}

/** Reads, parses, schema-checks and lints the plan file at `path`. */
export async function loadPlan(path: string, options: LoadPlanOptions = {}): Promise<PlanLoad> {
  const t = options.t ?? translator(options.lang ?? 'en');
  const cwd = options.cwd ?? resolve('.');
  const checked = await checkDocument(resolve(cwd, path), {
    cwd,
    t,
    ...(options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {}),
  });
  const { document } = checked;
  return finish(document, checked.kind, checked.findings, { ...options, t });
}

/** Parses, schema-checks and lints a plan given as YAML (or JSON) text. */
export function parsePlan(text: string, options: LoadPlanOptions = {}): PlanLoad {
  const t = options.t ?? translator(options.lang ?? 'en');
  const parsed = parseText(text, { file: options.file ?? 'plan.yaml', t });
  if (!parsed.document) return finish(undefined, undefined, parsed.findings, { ...options, t });
  const schema = checkSchema(parsed.document, t);
  const findings = [...parsed.findings, ...schema.findings];
  return finish(parsed.document, schema.kind, findings, { ...options, t });
}

function finish(
  document: LoadedDocument | undefined,
  kind: string | undefined,
  found: readonly Finding[],
  options: LoadPlanOptions & { t: Translate },
): PlanLoad {
  const findings = [...found];
  const schemaValid = document !== undefined && kind !== undefined && findings.length === 0;
  if (document && kind !== undefined && kind !== 'plan') {
    findings.push(
      findingAt(document, '/kind', 'schema', 'error', options.t('compile.not-a-plan', { kind })),
    );
  } else if (schemaValid) {
    const today = options.today ?? new Date().toISOString().slice(0, 10);
    const lintOptions = { t: options.t, today, ...(options.rules ? { rules: options.rules } : {}) };
    findings.push(...lintPlanDocument(document, document.data as Plan, lintOptions));
  }
  const settled = sortFindings(applyRuleSettings(findings, options.ruleSettings ?? {}));
  const ok =
    schemaValid && kind === 'plan' && !settled.some((finding) => finding.severity === 'error');
  return {
    ...(ok ? { plan: document.data as Plan } : {}),
    ...(document ? { document } : {}),
    findings: settled,
  };
}
