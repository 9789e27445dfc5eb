/** The action of `yuan paths`: check the plan, analyse its routes, print them in the chosen format. */
import { UsageError, type CommandContext } from '../io.js';
import { loadValidPlan } from './load-valid-plan.js';

/** The formats of `yuan paths --format`. */
export const PATHS_FORMATS = ['text', 'md', 'json'] as const;
/** One paths format. */
export type PathsFormat = (typeof PATHS_FORMATS)[number];

/** The options as commander gives them. */
export interface RawPathsOptions {
  format: string;
  limit: string;
}

/** Runs `yuan paths` and returns its exit code (0 printed, 1 the plan has errors). */
export async function runPaths(
  path: string,
  raw: RawPathsOptions,
  context: CommandContext,
): Promise<number> {
  const { t, io } = context;
  const format = raw.format as PathsFormat;
  if (!PATHS_FORMATS.includes(format)) {
    const choices = PATHS_FORMATS.join(', ');
    throw new UsageError(t('cli.bad-choice', { option: '--format', choices, value: raw.format }));
  }
  const limit = Number(raw.limit);
  if (!/^\d+$/.test(raw.limit) || !Number.isSafeInteger(limit)) {
    throw new UsageError(t('cli.bad-number', { option: '--limit', value: raw.limit }));
  }
  const plan = await loadValidPlan(path, context);
  if (typeof plan === 'number') return plan;
  const { analyseRoutes } = await import('../../compile/route-analysis.js');
  const analysis = analyseRoutes(plan, limit);
  // A valid plan has exactly one initial stage (graph/initial), unless the config turned it off.
  if (!analysis) {
    io.stderr.write(`yuan: ${t('paths.no-initial')}\n`);
    return 1;
  }
  const formats = {
    text: async () => (await import('../../report/paths/text.js')).formatPathsText(analysis, t),
    md: async () => (await import('../../report/paths/md.js')).formatPathsMarkdown(analysis, t),
    json: async () => (await import('../../report/paths/json.js')).formatPathsJson(analysis, t),
  };
  io.stdout.write(await formats[format]());
  return 0;
}
