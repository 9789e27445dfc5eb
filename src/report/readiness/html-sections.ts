/** The people, coverage and lifecycle sections of the HTML page. */
import type { Translate } from '../../i18n/index.js';
import { escapeHtml as html } from '../escape.js';
import { cycleText, decisionText, list, reportText } from './phrases.js';
import type { ReadinessReport } from './readiness-report.js';
import { atOnceText, authorityText, levelsText } from './text-sections.js';

/** Roles as a table, with the decisions each owns; single points of failure below. */
export function peopleHtml(report: ReadinessReport, t: Translate): string {
  const { roles, singlePointsOfFailure: spof } = report.people;
  if (roles.length === 0) return `<p>${html(t('readiness.roles.none'))}</p>`;
  const keys = ['role', 'count', 'deputy', 'authority', 'owns', 'at-once', 'escalate'] as const;
  const head = keys
    .map(
      (key) =>
        `<th${key === 'count' ? ' class="number"' : ''}>${html(t(`readiness.col.${key}`))}</th>`,
    )
    .join('');
  const rows = roles.map((role) => {
    const bad = role.singlePointOfFailure || role.mustEscalate.length > 0;
    const owns = role.owns.map((owned) => html(decisionText(owned, t))).join('<br>');
    return (
      `<tr${bad ? ' class="row-bad"' : ''}>` +
      `<td><code>${html(role.id)}</code> ${html(role.title)}</td>` +
      `<td class="number">${role.count}</td>` +
      `<td>${html(role.deputy ?? t('readiness.none'))}</td>` +
      `<td>${html(authorityText(role, t))}</td>` +
      `<td>${owns || html(t('readiness.none'))}</td>` +
      `<td>${html(atOnceText(role, t))}</td>` +
      `<td${role.mustEscalate.length > 0 ? ' class="bad"' : ''}>${html(list(role.mustEscalate, t))}</td>` +
      '</tr>'
    );
  });
  const spofText =
    spof.length === 0
      ? `<p class="ok">${html(t('readiness.spof.none'))}</p>`
      : `<p class="bad">${html(t('readiness.spof', { roles: list(spof, t) }))}</p>`;
  return `<table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>${spofText}`;
}

/** Phases, levels, information and report tasks, the medical role, as a definition list. */
export function coverageHtml(report: ReadinessReport, t: Translate): string {
  const { coverage: c } = report;
  const phases = c.phases
    .map(({ phase, stages }) => {
      const text = `${t(`lint.phase.${phase}`)}${t('readiness.colon')}${stages.length > 0 ? list(stages, t) : t('readiness.coverage.phase-missing')}`;
      return c.missingPhases.includes(phase)
        ? `<span class="bad">${html(text)}</span>`
        : html(text);
    })
    .join(' · ');
  const inform =
    c.stagesWithoutInform.length === 0
      ? `<span class="ok">${html(t('readiness.coverage.inform.ok'))}</span>`
      : `<span class="bad">${html(t('readiness.coverage.inform.missing', { stages: list(c.stagesWithoutInform, t) }))}</span>`;
  const reports =
    c.reports.length === 0
      ? html(t('readiness.coverage.report.no-stages'))
      : c.reports
          .map((r) => {
            const text = html(reportText(r, t));
            return r.status !== 'ok' && c.publicHealth ? `<span class="bad">${text}</span>` : text;
          })
          .join('<br>');
  const scope = c.publicHealth
    ? 'readiness.coverage.report.scope-health'
    : 'readiness.coverage.report.scope-other';
  const medical =
    c.medicalRoles.length > 0
      ? html(list(c.medicalRoles, t))
      : `<span${c.publicHealth ? ' class="bad"' : ''}>${html(t('readiness.coverage.medical.none'))}</span>`;
  return definitions([
    [t('readiness.coverage.phases'), phases],
    [t('readiness.coverage.levels'), html(levelsText(report, t))],
    [t('readiness.coverage.inform'), inform],
    [`${t('readiness.coverage.report')} (${t(scope)})`, reports],
    [t('readiness.coverage.medical'), medical],
  ]);
}

/** Review and drill cycles and the scenarios, as a definition list. */
export function lifecycleHtml(report: ReadinessReport, t: Translate): string {
  const { review, drill, scenarios } = report.lifecycle;
  const cycle = (status: typeof review) =>
    `<span class="${status.overdue ? 'bad' : 'ok'}">${html(cycleText(status, t))}</span>`;
  const scenarioText =
    scenarios.length === 0
      ? `<span class="bad">${html(t('readiness.lifecycle.scenarios.none'))}</span>`
      : scenarios
          .map((s) => html(`${s.id} ${s.title} (${s.file ?? t('readiness.lifecycle.inline')})`))
          .join('<br>');
  return definitions([
    [t('readiness.lifecycle.review'), cycle(review)],
    [t('readiness.lifecycle.drill'), cycle(drill)],
    [t('readiness.lifecycle.scenarios'), scenarioText],
  ]);
}

/** A definition list of (label, already escaped HTML) pairs; labels are escaped here. */
function definitions(items: readonly (readonly [string, string])[]): string {
  return `<dl>${items.map(([label, value]) => `<dt>${html(label)}</dt><dd>${value}</dd>`).join('')}</dl>`;
}
