/** The readiness report as Markdown (CommonMark and GitHub): every piece of plan text escaped. */
import { formatNumber } from '../../i18n/format-number.js';
import type { Translate } from '../../i18n/index.js';
import { escapeMarkdown as md } from '../escape.js';
import type { ReadinessFormatOptions } from './format-options.js';
import {
  coverText,
  cycleText,
  decisionText,
  factsText,
  GAPS_SHOWN,
  howTexts,
  list,
  longList,
  moreGapsText,
  reportText,
  resourceLabel,
  summaryText,
} from './phrases.js';
import type { ReadinessReport } from './readiness-report.js';
import { atOnceText, authorityText, levelsText } from './text-sections.js';

/** The report as a Markdown document. */
export function formatReadinessMarkdown(
  report: ReadinessReport,
  { t }: ReadinessFormatOptions,
): string {
  return [
    `# ${md(t('readiness.title', { title: report.plan.title }))}`,
    '',
    md(factsText(report, t)),
    '',
    md(summaryText(report, t)),
    '',
    `## ${t('readiness.section.gaps')}`,
    '',
    ...gaps(report, t),
    '',
    `## ${t('readiness.section.resources')}`,
    '',
    ...resources(report, t),
    '',
    `## ${t('readiness.section.people')}`,
    '',
    ...people(report, t),
    '',
    `## ${t('readiness.section.coverage')}`,
    '',
    ...coverage(report, t),
    '',
    `## ${t('readiness.section.lifecycle')}`,
    '',
    ...lifecycle(report, t),
    '',
  ].join('\n');
}

function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: number[],
): string[] {
  const align = header.map((_, index) => (numeric.includes(index) ? '---:' : '---'));
  return [header, align, ...rows].map((cells) => `| ${cells.join(' | ')} |`);
}

function gaps(report: ReadinessReport, t: Translate): string[] {
  if (report.gaps.length === 0) return [md(t('readiness.gaps.none'))];
  const lines = report.gaps.slice(0, GAPS_SHOWN).map((gap, index) => {
    const where = t('readiness.gap.where', { line: gap.line });
    return `${index + 1}. **${md(t(`readiness.area.${gap.area}`))}** · \`${gap.ruleId}\` · ${md(where)}${t('readiness.colon')}${md(gap.message)}`;
  });
  const more = moreGapsText(report, t);
  if (more !== undefined) lines.push('', md(more));
  return lines;
}

function resources(report: ReadinessReport, t: Translate): string[] {
  if (report.resources.length === 0) return [md(t('readiness.resources.none'))];
  const header = ['resource', 'stock', 'need', 'gap', 'cover'] as const;
  const rows = report.resources.map((r) => [
    md(resourceLabel(r)),
    formatNumber(r.stock),
    formatNumber(r.need),
    r.gap > 0 ? `**${formatNumber(r.gap)}**` : t('readiness.none'),
    md(coverText(r, t)),
  ]);
  const how = report.resources.map((r) => {
    const parts = howTexts(r, t);
    return `- **${md(r.title)}**${t('readiness.colon')}${md(parts.length > 0 ? parts.join('; ') : t('readiness.term.none'))}`;
  });
  return [
    ...table(
      header.map((key) => t(`readiness.col.${key}`)),
      rows,
      [1, 2, 3],
    ),
    '',
    `${t('readiness.col.how')}${t('readiness.colon').trimEnd()}`,
    '',
    ...how,
  ];
}

function people(report: ReadinessReport, t: Translate): string[] {
  const { roles, singlePointsOfFailure: spof } = report.people;
  if (roles.length === 0) return [md(t('readiness.roles.none'))];
  const header = ['role', 'count', 'deputy', 'authority', 'at-once', 'escalate'] as const;
  const rows = roles.map((role) => [
    md(`${role.id} ${role.title}`),
    String(role.count),
    md(role.deputy ?? t('readiness.none')),
    md(authorityText(role, t)),
    md(atOnceText(role, t)),
    role.mustEscalate.length > 0 ? `**${md(list(role.mustEscalate, t))}**` : t('readiness.none'),
  ]);
  const owns = roles
    .filter((role) => role.owns.length > 0)
    .map(
      (role) =>
        `- **${md(role.id)}** ${md(t('readiness.col.owns'))}${t('readiness.colon')}${md(
          longList(
            role.owns.map((o) => decisionText(o, t)),
            t,
          ),
        )}`,
    );
  const spofLine =
    spof.length === 0
      ? md(t('readiness.spof.none'))
      : `**${md(t('readiness.spof', { roles: list(spof, t) }))}**`;
  return [
    ...table(
      header.map((key) => t(`readiness.col.${key}`)),
      rows,
      [1],
    ),
    '',
    ...owns,
    '',
    spofLine,
  ];
}

function coverage(report: ReadinessReport, t: Translate): string[] {
  const { coverage: c } = report;
  const phases = c.phases.map(
    ({ phase, stages }) =>
      `${t(`lint.phase.${phase}`)}${t('readiness.colon')}${stages.length > 0 ? list(stages, t) : t('readiness.coverage.phase-missing')}`,
  );
  const scope = c.publicHealth
    ? 'readiness.coverage.report.scope-health'
    : 'readiness.coverage.report.scope-other';
  const reports =
    c.reports.length === 0
      ? t('readiness.coverage.report.no-stages')
      : c.reports.map((r) => reportText(r, t)).join('; ');
  const inform =
    c.stagesWithoutInform.length === 0
      ? t('readiness.coverage.inform.ok')
      : t('readiness.coverage.inform.missing', { stages: list(c.stagesWithoutInform, t) });
  const item = (label: string, text: string) =>
    `- **${md(label)}**${t('readiness.colon')}${md(text)}`;
  return [
    item(t('readiness.coverage.phases'), phases.join(' · ')),
    item(t('readiness.coverage.levels'), levelsText(report, t)),
    item(t('readiness.coverage.inform'), inform),
    item(`${t('readiness.coverage.report')} (${t(scope)})`, reports),
    item(
      t('readiness.coverage.medical'),
      c.medicalRoles.length > 0 ? list(c.medicalRoles, t) : t('readiness.coverage.medical.none'),
    ),
  ];
}

function lifecycle(report: ReadinessReport, t: Translate): string[] {
  const { review, drill, scenarios } = report.lifecycle;
  const item = (label: string, text: string) =>
    `- **${md(label)}**${t('readiness.colon')}${md(text)}`;
  const scenarioText =
    scenarios.length === 0
      ? t('readiness.lifecycle.scenarios.none')
      : scenarios
          .map((s) => `${s.id} ${s.title} (${s.file ?? t('readiness.lifecycle.inline')})`)
          .join('; ');
  return [
    item(t('readiness.lifecycle.review'), cycleText(review, t)),
    item(t('readiness.lifecycle.drill'), cycleText(drill, t)),
    item(t('readiness.lifecycle.scenarios'), scenarioText),
  ];
}
