/** The action of `yuan validate`: options, config, the pipeline, the chosen format, the exit code. */
import { rules } from '../../lint/rules.js';
import type { Finding } from '../../model/finding.js';
import { findingsFormatters } from '../../report/findings/index.js';
import { findConfig, loadConfig } from '../../validate/find-config.js';
import type { YuanConfig } from '../../validate/parse-config.js';
import { READING_RULE_IDS } from '../../validate/rule-settings.js';
import { validatePaths, type ValidatedFile } from '../../validate/validate-paths.js';
import { FatalError, type CommandContext } from '../io.js';
import { toolVersion } from '../version.js';
import { resolve } from 'node:path';
import { parseValidateOptions, type RawValidateOptions } from './validate-options.js';

/** Runs `yuan validate` and returns its exit code (0 clean, 1 errors or too many warnings). */
export async function runValidate(
  paths: readonly string[],
  raw: RawValidateOptions,
  context: CommandContext,
): Promise<number> {
  const { io, t } = context;
  const options = parseValidateOptions(raw, context);
  const config = await readConfig(options.config, context);
  const maxFileSize = options.maxFileSize ?? config.maxFileSize;
  const result = await validatePaths(paths, {
    cwd: io.cwd,
    t,
    today: options.today ?? config.today ?? localToday(),
    ruleSettings: config.rules,
    ...(maxFileSize !== undefined ? { maxFileSize } : {}),
    ...(options.shard ? { shard: options.shard } : {}),
  });
  if (result.unmatched.length > 0) {
    const path = result.unmatched[0]!;
    throw new FatalError(
      paths.length === 0 ? t('validate.cli.no-plans-folder') : t('validate.cli.no-match', { path }),
    );
  }
  io.stdout.write(
    findingsFormatters[options.format](result.files, {
      t,
      lang: context.lang,
      color: context.color,
      rules,
      toolVersion: toolVersion(),
      cwd: io.cwd,
    }),
  );
  return exitCode(result.files, options.maxWarnings, context);
}

/** The config from `--config FILE`, else the nearest yuan.config.yaml, else none; unusable config -> exit 2. */
async function readConfig(
  explicit: string | undefined,
  { io, t }: CommandContext,
): Promise<YuanConfig> {
  const path = explicit !== undefined ? resolve(io.cwd, explicit) : await findConfig(io.cwd);
  if (path === undefined) return { rules: {} };
  const ruleIds = [...new Set([...READING_RULE_IDS, ...rules.map((rule) => rule.id)])];
  const { value, errors } = await loadConfig(path, { cwd: io.cwd, t, ruleIds });
  if (errors.length === 0) return value;
  const lines = errors.map(located);
  throw new FatalError(
    lines.length === 1
      ? lines[0]!
      : [
          t('validate.config.invalid', { file: errors[0]!.file }),
          ...lines.map((line) => `  ${line}`),
        ].join('\n'),
  );
}

function located(finding: Finding): string {
  return `${finding.file}:${finding.line}:${finding.column}: ${finding.message}`;
}

function exitCode(
  files: readonly ValidatedFile[],
  maxWarnings: number | undefined,
  { io, t }: CommandContext,
): number {
  const all = files.flatMap((file) => file.findings);
  const errors = all.filter((finding) => finding.severity === 'error').length;
  const warnings = all.length - errors;
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr.write(
      `yuan: ${t('validate.cli.too-many-warnings', { count: warnings, max: maxWarnings })}\n`,
    );
    return 1;
  }
  return 0;
}

/** Today in the local calendar, for the overdue checks when neither --today nor the config fixes it. */
function localToday(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
