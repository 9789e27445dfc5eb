/** The action of `yuan validate`: options, config, the pipeline, the chosen format, the exit code. */
import { rules } from '../../lint/rules.js';
import { loadFindingsFormatter } from '../../report/findings/load-formatter.js';
import { validatePaths, type ValidatedFile } from '../../validate/validate-paths.js';
import { FatalError, type CommandContext } from '../io.js';
import { localDate } from '../local-date.js';
import { readConfig } from '../read-config.js';
import { toolVersion } from '../version.js';
import type { ProgressLine } from './progress-line.js';
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
  const progress = await progressOn(context);
  const result = await validatePaths(paths, {
    cwd: io.cwd,
    t,
    today: options.today ?? config.today ?? localDate(),
    ruleSettings: config.rules,
    ...(maxFileSize !== undefined ? { maxFileSize } : {}),
    ...(options.shard ? { shard: options.shard } : {}),
    onProgress: progress.update,
  }).finally(progress.clear);
  if (result.unmatched.length > 0) {
    const path = result.unmatched[0]!;
    throw new FatalError(
      paths.length === 0 ? t('validate.cli.no-plans-folder') : t('validate.cli.no-match', { path }),
    );
  }
  const format = await loadFindingsFormatter(options.format);
  io.stdout.write(
    format(result.files, {
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

/** The progress line of stderr; its module (and string-width) is loaded only for a terminal. */
async function progressOn({ io, t }: CommandContext): Promise<ProgressLine> {
  if (!io.stderr.isTTY) return { update() {}, clear() {} };
  const { progressLine } = await import('./progress-line.js');
  return progressLine(io.stderr, t);
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
