/** The readiness report for the terminal: sections of aligned columns, the arithmetic under each resource. */
import { formatNumber } from '../../i18n/format-number.js';
import type { PlainMessageKey, Translate } from '../../i18n/index.js';
import { alignColumns } from '../drill/text-table.js';
import { PLAIN_STYLE, type ReadinessFormatOptions, type TextStyle } from './format-options.js';
import {
  coverText,
  dailyTexts,
  factsText,
  gapLabel,
  GAPS_SHOWN,
  lineText,
  moreGapsText,
  resourceLabel,
  summaryText,
  unknownText,
} from './phrases.js';
import type { ReadinessReport } from './readiness-report.js';
import { coverageLines, lifecycleLines, peopleLines } from './text-sections.js';

/** The report as terminal text. */
export function formatReadinessText(
  report: ReadinessReport,
  options: ReadinessFormatOptions,
): string {
  const { t } = options;
  const style = options.style ?? PLAIN_STYLE;
  const section = (key: PlainMessageKey) => ['', style.heading(t(key))];
  return [
    style.heading(t('readiness.title', { title: report.plan.title })),
    factsText(report, t),
    summaryText(report, t),
    ...section('readiness.section.gaps'),
    ...gapLines(report, t, style),
    ...section('readiness.section.resources'),
    ...resourceLines(report, t, style),
    ...section('readiness.section.people'),
    ...peopleLines(report, t, style),
    ...section('readiness.section.coverage'),
    ...coverageLines(report, t, style),
    ...section('readiness.section.lifecycle'),
    ...lifecycleLines(report, t, style),
    '',
  ].join('\n');
}

function gapLines(report: ReadinessReport, t: Translate, style: TextStyle): string[] {
  if (report.gaps.length === 0) return [`  ${style.good(t('readiness.gaps.none'))}`];
  const lines = report.gaps.slice(0, GAPS_SHOWN).flatMap((gap, index) => {
    const severity = gap.severity === 'error' ? style.bad : style.muted;
    const label = severity(gapLabel(gap, t));
    return [`  ${String(index + 1).padStart(2)}. ${label}`, `      ${gap.message}`];
  });
  const more = moreGapsText(report, t);
  if (more !== undefined) lines.push(`  ${more}`);
  return lines;
}

function resourceLines(report: ReadinessReport, t: Translate, style: TextStyle): string[] {
  if (report.resources.length === 0) return [`  ${t('readiness.resources.none')}`];
  const header = ['resource', 'stock', 'need', 'gap', 'cover'] as const;
  const rows = [header.map((key) => t(`readiness.col.${key}`))];
  for (const resource of report.resources) {
    rows.push([
      resourceLabel(resource),
      formatNumber(resource.stock),
      formatNumber(resource.need),
      resource.gap > 0 ? formatNumber(resource.gap) : t('readiness.none'),
      coverText(resource, t),
    ]);
  }
  const [head, ...body] = alignColumns(rows, '  ');
  const lines = [style.muted(head!)];
  report.resources.forEach((resource, index) => {
    const row = body[index]!;
    lines.push(resource.gap > 0 ? style.bad(row) : row);
    for (const line of resource.lines) lines.push(`      ${lineText(line, t)}`);
    for (const unknown of resource.unknowns) lines.push(`      ${unknownText(unknown, t)}`);
    for (const text of dailyTexts(resource, t)) lines.push(`      ${style.muted(text)}`);
  });
  return lines;
}
