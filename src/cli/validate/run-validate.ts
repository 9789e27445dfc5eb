/** The action of `yuan validate`: options, config, the pipeline, the chosen format, the exit code. */
import { rules } from '../../lint/rules.js';
import { countFindings } from '../../report/findings/counts.js';
import { loadFindingsFormat } from '../../report/findings/load-format.js';
import { validatePathsEach } from '../../check/validate-paths.js';
import { FatalError, type CommandContext, type Output } from '../io.js';
import { checkContextOf } from '../read-config.js';
import { toolVersion } from '../version.js';
import type { ProgressLine } from './progress-line.js';
import { parseValidateOptions, type RawValidateOptions } from './validate-options.js';

/**
 * Runs `yuan validate` and returns its exit code (0 clean, 1 errors or too many warnings). Each
 * file's findings are printed as soon as the files before it are checked, and then let go.
 */
export async function runValidate(
  paths: readonly string[],
  raw: RawValidateOptions,
  context: CommandContext,
): Promise<number> {
  const { io, t } = context;
  const options = parseValidateOptions(raw, context);
  const { ctx } = await checkContextOf(context, options);
  const writer = (await loadFindingsFormat(options.format))({
    t,
    lang: context.lang,
    color: context.color,
    rules,
    toolVersion: toolVersion(),
    cwd: io.cwd,
  });
  const progress = await progressOn(context);
  const print = async (text: string) => {
    if (text === '') return;
    // The progress line and the findings share the terminal: the line goes, then comes back.
    if (io.stdout.isTTY) progress.clear();
    await write(io.stdout, text);
  };
  const counts = { errors: 0, warnings: 0 };
  const { unmatched } = await validatePathsEach(
    paths,
    {
      ...ctx,
      ...(options.shard ? { shard: options.shard } : {}),
      onProgress: progress.update,
    },
    async (file) => {
      const own = countFindings(file.findings);
      counts.errors += own.errors;
      counts.warnings += own.warnings;
      await print(writer.file(file));
    },
  ).finally(progress.clear);
  if (unmatched.length > 0) {
    const path = unmatched[0]!;
    throw new FatalError(
      paths.length === 0 ? t('validate.cli.no-plans-folder') : t('validate.cli.no-match', { path }),
    );
  }
  await print(writer.end());
  return exitCode(counts, options.maxWarnings, context);
}

/** Writes, and waits while the reader of a pipe catches up, so that output never piles up here. */
function write(output: Output, text: string): Promise<void> | void {
  if (output.write(text) !== false || !output.once) return;
  return new Promise((resolve) => output.once!('drain', resolve));
}

/** The progress line of stderr; its module is loaded only for a terminal. */
async function progressOn({ io, t }: CommandContext): Promise<ProgressLine> {
  if (!io.stderr.isTTY) return { update() {}, clear() {} };
  const { progressLine } = await import('./progress-line.js');
  return progressLine(io.stderr, t);
}

function exitCode(
  { errors, warnings }: { errors: number; warnings: number },
  maxWarnings: number | undefined,
  { io, t }: CommandContext,
): number {
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr.write(
      `yuan: ${t('validate.cli.too-many-warnings', { count: warnings, max: maxWarnings })}\n`,
    );
    return 1;
  }
  return 0;
}
