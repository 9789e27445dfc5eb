/**
 * The library's way to load a plan: from a file or a string, checked exactly as `yuan validate`
 * checks it (the check service), ready to compile. Problems are findings; the plan is given only
 * when none is an error.
 */
import { resolve } from 'node:path';
import { checkFile, checkRead, textRead, type CheckedInput } from './check/check-file.js';
import type { RuleSettings } from './check/rule-settings.js';
import { translator, type Lang, type Translate } from './i18n/index.js';
import type { Rule } from './lint/rule.js';
import type { LoadedDocument } from './load/index.js';
import type { Finding } from './model/finding.js';
import { localDate } from './model/local-date.js';
import type { Plan } from './model/plan.js';

/** How to load and check a plan. Every field is optional. */
export interface LoadPlanOptions {
  /** Language of the findings (default English); ignored when `t` is given. */
  lang?: Lang;
  t?: Translate;
  /** Folder that relative paths and shown file names are relative to (default: the working folder). */
  cwd?: string;
  /** The name findings show for a plan given as text (default `plan.yaml`). */
  file?: string;
  /** Today as YYYY-MM-DD for the overdue checks (default: the local date now). */
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
  const ctx = contextOf(options);
  return planLoad(await checkFile(resolve(ctx.cwd, path), { kind: 'plan', ctx }));
}

/** Parses, schema-checks and lints a plan given as YAML (or JSON) text. */
export async function parsePlan(text: string, options: LoadPlanOptions = {}): Promise<PlanLoad> {
  const ctx = contextOf(options);
  const file = options.file ?? 'plan.yaml';
  return planLoad(
    await checkRead(resolve(ctx.cwd, file), textRead(text, file), { kind: 'plan', ctx }),
  );
}

function contextOf(options: LoadPlanOptions) {
  const { ruleSettings, rules, maxFileSize } = options;
  return {
    t: options.t ?? translator(options.lang ?? 'en'),
    cwd: options.cwd ?? resolve('.'),
    today: options.today ?? localDate(new Date()),
    ...(ruleSettings ? { ruleSettings } : {}),
    ...(rules ? { rules } : {}),
    ...(maxFileSize !== undefined ? { maxFileSize } : {}),
  };
}

function planLoad({ document, loaded, findings }: CheckedInput<Plan>): PlanLoad {
  return {
    ...(document ? { plan: document } : {}),
    ...(loaded ? { document: loaded } : {}),
    findings,
  };
}
