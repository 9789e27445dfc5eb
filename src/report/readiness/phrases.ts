/** The report's sentences, shared by the text, Markdown and HTML forms (plan text is shown as written). */
import type { Translate } from '../../i18n/index.js';
import { formatNumber } from '../../i18n/format-number.js';
import type { CycleStatus, DemandUnknown } from '../../readiness/index.js';
import type {
  DemandLineReadiness,
  Gap,
  OwnedDecision,
  ReadinessReport,
  ReportStatus,
  ResourceReadiness,
} from './readiness-report.js';

/** The items of a list, joined the way the language joins them. */
export function list(items: readonly string[], t: Translate): string {
  return items.length === 0 ? t('readiness.none') : items.join(t('lint.list-separator'));
}

/** "2 per checkpoint × 9 during lockdown = 18". */
export function lineText(line: DemandLineReadiness, t: Translate): string {
  const stages = list(line.stages, t);
  const rate = formatNumber(line.rate);
  const amount = formatNumber(line.amount);
  const text =
    line.basis === 'task'
      ? t('readiness.term.task', { rate, per: line.per, stages })
      : t(line.daily ? 'readiness.term.daily' : 'readiness.term.once', {
          rate,
          per: line.per,
          count: formatNumber(line.count ?? 0),
          days: formatNumber(line.days ?? 0),
          stages,
          amount,
        });
  return line.complete ? text : `${text} ${t('readiness.term.incomplete')}`;
}

/** Why part of a need could not be computed. */
export function unknownText(unknown: DemandUnknown, t: Translate): string {
  return unknown.kind === 'no-count'
    ? t('readiness.unknown.no-count', { per: unknown.per, field: unknown.field })
    : t('readiness.unknown.no-duration', { stage: unknown.stage });
}

/** Days of cover at the busiest stage, or '' for a resource without daily use. */
export function coverText(resource: ResourceReadiness, t: Translate): string {
  if (resource.coverDays === undefined || resource.peakPerDay === undefined) return '';
  const peak = resource.daily.find((use) => use.perDay === resource.peakPerDay);
  return t('readiness.cover.peak', {
    days: formatNumber(resource.coverDays),
    perDay: formatNumber(resource.peakPerDay),
    stage: peak?.stage ?? '',
  });
}

/** Each stage's daily use and how long the stock lasts at it; none when every stage uses the same. */
export function dailyTexts(resource: ResourceReadiness, t: Translate): string[] {
  if (new Set(resource.daily.map((use) => use.perDay)).size < 2) return [];
  return resource.daily.map((use) =>
    t('readiness.cover.stage', {
      stage: use.stage,
      perDay: formatNumber(use.perDay),
      days: use.days === undefined ? '?' : formatNumber(use.days),
      cover: formatNumber(use.coverDays),
    }),
  );
}

/** Longer items (that hold commas themselves) joined with a semicolon. */
export function longList(items: readonly string[], t: Translate): string {
  return items.length === 0 ? t('readiness.none') : items.join(t('readiness.list-separator'));
}

/** A quantity with its unit, e.g. "18 支". */
export function quantity(amount: number, unit: string | undefined, t: Translate): string {
  return t('lint.quantity', { amount: formatNumber(amount), unit: unit ?? '' }).trim();
}

/** Where a review or drill cycle stands. */
export function cycleText(status: CycleStatus, t: Translate): string {
  if (status.record === 'none') return t('readiness.cycle.none');
  if (status.record === 'no-last')
    return t('readiness.cycle.no-last', { months: status.everyMonths ?? 0 });
  const params = { last: status.last!, months: status.everyMonths!, due: status.due! };
  return status.overdue
    ? t('readiness.cycle.overdue', { ...params, days: status.daysOverdue ?? 0 })
    : t('readiness.cycle.on-time', params);
}

/** "lockdown-decision in screening, within 2h, must escalate". */
export function decisionText(owned: OwnedDecision, t: Translate): string {
  return t('readiness.decision', {
    decision: owned.id,
    stage: owned.stage,
    within: owned.within ? t('readiness.decision.within', { within: owned.within }) : '',
    flags: owned.authorised ? '' : t('readiness.decision.escalate'),
  });
}

/** How one stage meets the 2-hour report limit. */
export function reportText(report: ReportStatus, t: Translate): string {
  const { stage, task = '', within = '' } = report;
  if (report.status === 'ok') return t('readiness.coverage.report.ok', { stage, task, within });
  if (report.status === 'missing') return t('readiness.coverage.report.missing', { stage });
  return within
    ? t('readiness.coverage.report.late', { stage, task, within })
    : t('readiness.coverage.report.untimed', { stage, task });
}

/** The plan's identity line: file, id, day, and the counts of its scope. */
export function factsText(report: ReadinessReport, t: Translate): string {
  const { plan } = report;
  const facts = [t('readiness.facts', { file: plan.file, id: plan.id, today: report.today })];
  if (plan.scope.name) facts.push(plan.scope.name);
  if (plan.scope.population !== undefined)
    facts.push(t('readiness.fact.population', { count: plan.scope.population }));
  if (plan.scope.households !== undefined)
    facts.push(t('readiness.fact.households', { count: plan.scope.households }));
  return facts.join(' · ');
}

/** The one-line summary: shortfalls, single points of failure, escalations, gaps. */
export function summaryText(report: ReadinessReport, t: Translate): string {
  return t('readiness.summary', {
    short: report.resources.filter((r) => r.gap > 0).length,
    resources: report.resources.length,
    spof: report.people.singlePointsOfFailure.length,
    escalate: report.people.roles.reduce((sum, role) => sum + role.mustEscalate.length, 0),
    gaps: report.gaps.length,
  });
}

/** The most gaps listed in full; the rest are counted. */
export const GAPS_SHOWN = 10;

/** A gap's kind: "resources · readiness/shortfall · line 12". */
export function gapLabel(gap: Gap, t: Translate): string {
  const where = t('readiness.gap.where', { line: gap.line });
  return `${t(`readiness.area.${gap.area}`)} · ${gap.ruleId} · ${where}`;
}

/** The line that counts the gaps beyond {@link GAPS_SHOWN}, or undefined when all are listed. */
export function moreGapsText(report: ReadinessReport, t: Translate): string | undefined {
  const more = report.gaps.length - GAPS_SHOWN;
  return more > 0 ? t('readiness.gaps.more', { count: more, file: report.plan.file }) : undefined;
}

/** A resource's title with its unit: "体温计 (支)". */
export function resourceLabel(resource: ResourceReadiness): string {
  return `${resource.title}${resource.unit ? ` (${resource.unit})` : ''}`;
}

/** How a resource's need was reckoned: its demand lines, what could not be counted, its daily use. */
export function howTexts(resource: ResourceReadiness, t: Translate): string[] {
  return [
    ...resource.lines.map((line) => lineText(line, t)),
    ...resource.unknowns.map((unknown) => unknownText(unknown, t)),
    ...dailyTexts(resource, t),
  ];
}
