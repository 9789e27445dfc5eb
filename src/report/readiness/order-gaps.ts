/**
 * The plan's findings as a list of gaps, most important first. The order is a judgement, written
 * down here once: a response without medical care, or whose urgent decisions hang on one absent
 * person, fails people first; then what is short, largest shortfall (as a share of the need)
 * first; then decisions that must wait for someone higher up; then what the public and the
 * authorities are not told; then the phases, drills and reviews that keep a plan alive; then the
 * rest (timing, references), in file order. The first gap of each kind comes before any second
 * one, so a short list still names every kind of problem the plan has.
 */
import { pointerOf } from '../../model/pointer.js';
import type { Finding } from '../../model/finding.js';
import type { Gap, GapArea, ResourceReadiness } from './readiness-report.js';

const RANK: Record<string, { rank: number; area: GapArea }> = {
  'readiness/medical-role': { rank: 1, area: 'coverage' },
  'authority/no-deputy': { rank: 2, area: 'people' },
  'readiness/shortfall': { rank: 3, area: 'resources' },
  'authority/escalation': { rank: 4, area: 'people' },
  'readiness/inform-public': { rank: 5, area: 'coverage' },
  'readiness/report-deadline': { rank: 6, area: 'coverage' },
  'lifecycle/phases': { rank: 7, area: 'coverage' },
  'lifecycle/drill-overdue': { rank: 8, area: 'lifecycle' },
  'lifecycle/review-overdue': { rank: 9, area: 'lifecycle' },
};
const OTHER = { rank: 10, area: 'other' as const };

/** The findings as gaps: errors first, then by the order above; shortfalls by their share of the need. */
export function orderGaps(
  findings: readonly Finding[],
  resources: readonly ResourceReadiness[],
): Gap[] {
  const shortShare = new Map(
    resources.map((r) => [pointerOf('/resources', r.id, 'stock'), r.need > 0 ? r.gap / r.need : 0]),
  );
  const ranked = findings.map((finding) => ({
    finding,
    ...(RANK[finding.ruleId] ?? OTHER),
    share: shortShare.get(finding.pointer) ?? 0,
  }));
  ranked.sort(
    (a, b) =>
      severityRank(a.finding) - severityRank(b.finding) ||
      a.rank - b.rank ||
      b.share - a.share ||
      a.finding.line - b.finding.line ||
      a.finding.column - b.finding.column,
  );
  // Round robin over rule ids: the n-th finding of a rule goes after the (n-1)-th of every rule.
  const seen = new Map<string, number>();
  const rounds = ranked.map((entry) => {
    const round = seen.get(entry.finding.ruleId) ?? 0;
    seen.set(entry.finding.ruleId, round + 1);
    return { ...entry, round };
  });
  rounds.sort((a, b) => severityRank(a.finding) - severityRank(b.finding) || a.round - b.round);
  return rounds.map(({ finding, area }) => ({
    ruleId: finding.ruleId,
    severity: finding.severity,
    area,
    message: finding.message,
    line: finding.line,
    column: finding.column,
    pointer: finding.pointer,
  }));
}

function severityRank(finding: Finding): number {
  return finding.severity === 'error' ? 0 : 1;
}
