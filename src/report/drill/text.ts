/**
 * An interim text report: the score, the rating and the arithmetic of every scored decision.
 * The reports engineer replaces it with the full after-action report (timeline, subtotals, advice).
 */
import { formatDuration, type ScoredDecision } from '../../model/index.js';
import type { DrillReportInput, DrillReportOptions } from './index.js';

/** The score, rating and one line per scored decision, as plain text. */
export function formatDrillText(input: DrillReportInput, { t }: DrillReportOptions): string {
  const { score, plan, scenario } = input;
  const lines = [t('drill.report.heading', { plan: plan.title, scenario: scenario.title })];
  lines.push(
    score.score === null || score.rating === null
      ? t('drill.report.no-score')
      : t('drill.report.score', {
          score: score.score.toFixed(1),
          rating: score.rating,
          meaning: t(`drill.report.rating.${score.rating}`),
        }),
  );
  if (score.decisions.length > 0) {
    const header = [
      t('drill.report.column.decision'),
      t('drill.report.column.role'),
      t('drill.report.column.option'),
      t('drill.report.column.outcome'),
      t('drill.report.column.opened'),
      t('drill.report.column.latency'),
      t('drill.report.column.target'),
      t('drill.report.column.credit'),
      t('drill.report.column.timeliness'),
      t('drill.report.column.weight'),
      t('drill.report.column.points'),
    ];
    const rows = score.decisions.map((decision) => row(decision, input, { t }));
    lines.push('', ...table([header, ...rows]));
  }
  for (const answer of score.voidAnswers) {
    lines.push(
      t('drill.report.void', {
        decision: answer.decision,
        option: answer.option,
        after: formatDuration(answer.after),
        reason: t(`drill.report.void.${answer.reason}`),
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}

function row(
  decision: ScoredDecision,
  _input: DrillReportInput,
  { t }: Pick<DrillReportOptions, 't'>,
): string[] {
  const time = (ms: number | null) => (ms === null ? '-' : formatDuration(ms));
  return [
    decision.decision,
    decision.role,
    decision.option ?? '-',
    t(`drill.report.resolution.${decision.resolution}`),
    time(decision.openedAt),
    time(decision.latency),
    time(decision.target),
    decision.credit.toFixed(1),
    decision.timeliness.toFixed(2),
    String(decision.weight),
    decision.points.toFixed(2),
  ];
}

/** Left-aligned columns separated by two spaces (widths by code points; good enough for ASCII ids). */
function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) =>
    Math.max(...rows.map((cells) => [...(cells[column] ?? '')].length)),
  );
  return rows.map((cells) =>
    cells
      .map((cell, column) => cell + ' '.repeat(widths[column]! - [...cell].length))
      .join('  ')
      .trimEnd(),
  );
}
