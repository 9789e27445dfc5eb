/** The end of a drill: its report on stdout, and the exit code `--min-score` asks for. */
import type { DrillEvent } from '../../model/index.js';
import { formatDrillReport } from '../../report/drill/index.js';
import { drillFinished, scoreDrill } from '../../score/score-drill.js';
import type { CommandContext } from '../io.js';
import type { DrillInputs } from './drill-inputs.js';
import type { DrillOptions } from './drill-options.js';

/**
 * Prints the report and returns 0, or 1 when `--min-score N` is given and the score is below N.
 * A drill without a score (no decision of the players was scored) fails any `--min-score`:
 * a CI gate must not pass a drill that measured nothing.
 */
export function printDrillReport(
  events: readonly DrillEvent[],
  inputs: DrillInputs,
  options: Pick<DrillOptions, 'report' | 'minScore'>,
  journalFile: string,
  context: CommandContext,
): number {
  const { io, t, lang } = context;
  const { plan, scenario, planFile } = inputs;
  const score = scoreDrill(events, { plan, scenario, finished: drillFinished(events) });
  const input = { events, score, plan, scenario, planFile, journalFile };
  io.stdout.write(formatDrillReport(options.report, input, { t, lang }));
  if (options.minScore === undefined) return 0;
  if (score.score === null) {
    io.stderr.write(`yuan: ${t('drill.min-score.no-score', { min: options.minScore })}\n`);
    return 1;
  }
  if (score.score < options.minScore) {
    io.stderr.write(
      `yuan: ${t('drill.min-score.below', { score: score.score.toFixed(1), min: options.minScore })}\n`,
    );
    return 1;
  }
  return 0;
}
