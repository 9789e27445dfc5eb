/** The people, coverage and lifecycle sections of the terminal report. */
import type { Translate } from '../../i18n/index.js';
import { alignColumns } from '../drill/text-table.js';
import type { TextStyle } from './format-options.js';
import { cycleText, decisionText, list, longList, reportText } from './phrases.js';
import type { ReadinessReport, RoleReadiness } from './readiness-report.js';

/** Each role's people, deputy and authority, the decisions it owns; single points of failure. */
export function peopleLines(report: ReadinessReport, t: Translate, style: TextStyle): string[] {
  const { roles } = report.people;
  if (roles.length === 0) return [`  ${t('readiness.roles.none')}`];
  const header = ['role', 'count', 'deputy', 'authority', 'at-once', 'escalate'] as const;
  const rows = [header.map((key) => t(`readiness.col.${key}`))];
  for (const role of roles) {
    rows.push([
      `${role.id} ${role.title}`,
      String(role.count),
      role.deputy ?? t('readiness.none'),
      authorityText(role, t),
      atOnceText(role, t),
      list(role.mustEscalate, t),
    ]);
  }
  const [head, ...body] = alignColumns(rows, '  ');
  const lines = [style.muted(head!)];
  roles.forEach((role, index) => {
    const row = body[index]!;
    lines.push(role.singlePointOfFailure || role.mustEscalate.length > 0 ? style.bad(row) : row);
    if (role.owns.length > 0) {
      const owns = role.owns.map((owned) => decisionText(owned, t));
      lines.push(`      ${t('readiness.col.owns')}${t('readiness.colon')}${longList(owns, t)}`);
    }
  });
  const spof = report.people.singlePointsOfFailure;
  lines.push(
    '',
    spof.length === 0
      ? `  ${t('readiness.spof.none')}`
      : `  ${style.bad(t('readiness.spof', { roles: list(spof, t) }))}`,
  );
  return lines;
}

/** What a role may decide on its own. */
export function authorityText(role: RoleReadiness, t: Translate): string {
  return role.authority === 'all' ? t('readiness.authority.all') : list(role.authority, t);
}

/** The most decisions open for a role at once, and where. */
export function atOnceText(role: RoleReadiness, t: Translate): string {
  if (role.maxOpenAtOnce === 0 || role.busiestStage === undefined) return '0';
  return t('readiness.at-once.stage', { count: role.maxOpenAtOnce, stage: role.busiestStage });
}

/** Phases, response levels, information and report tasks, the medical role. */
export function coverageLines(report: ReadinessReport, t: Translate, style: TextStyle): string[] {
  const { coverage } = report;
  const phases = coverage.phases.map(({ phase, stages }) => {
    const text = `${t(`lint.phase.${phase}`)}${t('readiness.colon')}${stages.length > 0 ? list(stages, t) : t('readiness.coverage.phase-missing')}`;
    return coverage.missingPhases.includes(phase) ? style.bad(text) : text;
  });
  const inform =
    coverage.stagesWithoutInform.length === 0
      ? t('readiness.coverage.inform.ok')
      : style.bad(
          t('readiness.coverage.inform.missing', { stages: list(coverage.stagesWithoutInform, t) }),
        );
  const reports =
    coverage.reports.length === 0
      ? [t('readiness.coverage.report.no-stages')]
      : coverage.reports.map((r) => {
          const text = reportText(r, t);
          return r.status !== 'ok' && coverage.publicHealth ? style.bad(text) : text;
        });
  const scope = coverage.publicHealth
    ? 'readiness.coverage.report.scope-health'
    : 'readiness.coverage.report.scope-other';
  const medical =
    coverage.medicalRoles.length > 0
      ? list(coverage.medicalRoles, t)
      : t('readiness.coverage.medical.none');
  return [
    `  ${t('readiness.coverage.phases')}${t('readiness.colon')}${phases.join(' · ')}`,
    `  ${t('readiness.coverage.levels')}${t('readiness.colon')}${levelsText(report, t)}`,
    `  ${t('readiness.coverage.inform')}${t('readiness.colon')}${inform}`,
    `  ${t('readiness.coverage.report')} (${t(scope)})${t('readiness.colon').trimEnd()}`,
    ...reports.map((text) => `      ${text}`),
    `  ${t('readiness.coverage.medical')}${t('readiness.colon')}${coverage.medicalRoles.length === 0 && coverage.publicHealth ? style.bad(medical) : medical}`,
  ];
}

/** The response levels the stages use, and the defined ones no stage uses. */
export function levelsText(report: ReadinessReport, t: Translate): string {
  const { levels } = report.coverage;
  if (levels.defined.length === 0) return t('readiness.coverage.levels.none');
  const used = t('readiness.coverage.levels.used', { levels: list(levels.used, t) });
  return levels.unused.length === 0
    ? used
    : used + t('readiness.coverage.levels.unused', { levels: list(levels.unused, t) });
}

/** Review and drill against their cycles; the scenarios that drill the plan. */
export function lifecycleLines(report: ReadinessReport, t: Translate, style: TextStyle): string[] {
  const { review, drill, scenarios } = report.lifecycle;
  const cycle = (status: typeof review) =>
    status.overdue ? style.bad(cycleText(status, t)) : cycleText(status, t);
  const scenarioTexts = scenarios.map(
    (s) => `${s.id} ${s.title} (${s.file ?? t('readiness.lifecycle.inline')})`,
  );
  return [
    `  ${t('readiness.lifecycle.review')}${t('readiness.colon')}${cycle(review)}`,
    `  ${t('readiness.lifecycle.drill')}${t('readiness.colon')}${cycle(drill)}`,
    `  ${t('readiness.lifecycle.scenarios')}${t('readiness.colon')}${scenarios.length === 0 ? style.bad(t('readiness.lifecycle.scenarios.none')) : ''}`,
    ...scenarioTexts.map((text) => `      ${text}`),
  ].map((line) => line.trimEnd());
}
