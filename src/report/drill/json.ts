/**
 * The JSON drill report: stable, for machines (drill-and-scoring.md, "Report"). Its fields
 * `score`, `rating` and `decisions` (with `decision`, `role`, `option`, `outcome`, `openedAt`,
 * `latency`, `target`, `credit`, `timeliness`, `weight`, `points`) are a public contract.
 * `finished` says whether the journal has its end; `pending` lists the expectations an unfinished
 * drill has not scored yet (docs/drill.md, "Scoring choices").
 * Wall-clock times are left out so that the same drill always gives the same report.
 */
import type { DrillEndEvent, DrillEvent } from '../../model/index.js';
import type { DrillReportInput } from './types.js';

/** Version of the JSON report's shape; raised only when a field changes meaning or goes away. */
export const DRILL_JSON_REPORT_VERSION = 1;

/** The JSON report of a drill, two-space indented, ending with a newline. */
export function formatDrillJson(input: DrillReportInput): string {
  const { events, score, plan, scenario } = input;
  const start = events.find((event) => event.type === 'start');
  const end = findEnd(events);
  const report = {
    report: 'yuan-drill',
    version: DRILL_JSON_REPORT_VERSION,
    plan: { id: plan.id, title: plan.title, file: input.planFile, hash: start?.planHash ?? null },
    scenario: { id: scenario.id, title: scenario.title },
    players: start?.players ?? [],
    pace: start?.pace ?? null,
    toolVersion: start?.version ?? null,
    finished: end !== undefined,
    end: end ? { reason: end.reason, at: end.at, stage: end.stage } : null,
    score: score.score,
    rating: score.rating,
    totals: score.totals,
    decisions: score.decisions,
    byPhase: score.byPhase,
    byRole: score.byRole,
    voidAnswers: score.voidAnswers,
    pending: score.pending,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

function findEnd(events: readonly DrillEvent[]): DrillEndEvent | undefined {
  const last = events[events.length - 1];
  return last?.type === 'end' ? last : undefined;
}
