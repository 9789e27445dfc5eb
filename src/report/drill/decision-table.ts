/**
 * The arithmetic of a drill's score as table cells (drill-and-scoring.md, "Scoring"): every
 * scored decision with its target, latency, credit, timeliness, weight and points, then subtotals.
 * Text and Markdown lay the same cells out; plain strings, not escaped.
 */
import { formatNumber } from '../../i18n/format-number.js';
import type { Translate } from '../../i18n/index.js';
import {
  formatDuration,
  PHASES,
  type DrillScore,
  type ScoreSubtotal,
  type ScoredDecision,
} from '../../model/index.js';
import { formatScenarioTime } from './scenario-time.js';

/** A table: its header and rows of cells. */
export interface CellTable {
  header: string[];
  rows: string[][];
}

/** A scenario duration, or `-` when there is none. */
export function formatMaybeDuration(ms: number | null): string {
  return ms === null ? '-' : formatDuration(ms);
}

/** One row per scored decision, then the totals row. */
export function decisionTable(score: DrillScore, t: Translate): CellTable {
  const header = [
    t('report.drill.column.opened'),
    t('report.drill.column.decision'),
    t('report.drill.column.role'),
    t('report.drill.column.option'),
    t('report.drill.column.outcome'),
    t('report.drill.column.target'),
    t('report.drill.column.latency'),
    t('report.drill.column.credit'),
    t('report.drill.column.timeliness'),
    t('report.drill.column.weight'),
    t('report.drill.column.points'),
  ];
  const rows = score.decisions.map((decision) => decisionRow(decision, t));
  rows.push([
    t('report.drill.total'),
    ...Array<string>(8).fill(''),
    formatNumber(score.totals.weight),
    formatNumber(score.totals.points),
  ]);
  return { header, rows };
}

/** The cells of one scored decision. */
export function decisionRow(decision: ScoredDecision, t: Translate): string[] {
  return [
    decision.openedAt === null ? '-' : formatScenarioTime(decision.openedAt),
    decision.decision,
    decision.role,
    decision.option ?? '-',
    outcomeLabel(decision, t),
    formatMaybeDuration(decision.target),
    latencyCell(decision),
    formatNumber(decision.credit),
    formatNumber(decision.timeliness),
    formatNumber(decision.weight),
    formatNumber(decision.points),
  ];
}

/** What became of the decision, with the option a timeout took. */
export function outcomeLabel(decision: ScoredDecision, t: Translate): string {
  if (decision.resolution === 'timeout')
    return t('report.drill.resolution.timeout', { option: decision.timeoutOption ?? '-' });
  if (decision.resolution === 'answered' && decision.late) return t('report.drill.resolution.late');
  return t(`report.drill.resolution.${decision.resolution}`);
}

/** The latency, with how far past the target it was (`4h (+2h)`). */
function latencyCell(decision: ScoredDecision): string {
  const { latency, target } = decision;
  if (latency === null) return '-';
  if (target === null || latency <= target) return formatDuration(latency);
  return `${formatDuration(latency)} (+${formatDuration(latency - target)})`;
}

/** Subtotals by phase (in the order of the phases) and by role (in the order of the score). */
export function subtotalTables(
  score: DrillScore,
  t: Translate,
): { phase: CellTable; role: CellTable } {
  const columns = [
    t('report.drill.column.decisions'),
    t('report.drill.column.weight'),
    t('report.drill.column.points'),
    t('report.drill.column.score'),
  ];
  const cells = (sum: ScoreSubtotal) => [
    String(sum.decisions),
    formatNumber(sum.weight),
    formatNumber(sum.points),
    sum.score.toFixed(1),
  ];
  const phaseRows = PHASES.flatMap((phase) => {
    const sum = score.byPhase[phase];
    return sum ? [[t(`report.drill.phase.${phase}`), ...cells(sum)]] : [];
  });
  const roleRows = Object.entries(score.byRole).map(([role, sum]) => [role, ...cells(sum)]);
  return {
    phase: { header: [t('report.drill.column.phase'), ...columns], rows: phaseRows },
    role: { header: [t('report.drill.column.role'), ...columns], rows: roleRows },
  };
}
