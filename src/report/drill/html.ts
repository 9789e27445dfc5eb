/**
 * The HTML after-action report: one self-contained file (no network, no script, no external font)
 * with the score, an SVG timeline of injects, stages and decisions against scenario time, an SVG
 * chart of each decision's latency against its target, the arithmetic, subtotals and what went
 * wrong. Every text from the plan, the scenario or the journal is escaped.
 */
import { PHASES, formatDuration } from '../../model/index.js';
import { openingTargets } from '../../score/match-expectations.js';
import { decisionTable, subtotalTables, type CellTable } from './decision-table.js';
import { escapeHtml as e } from '../escape.js';
import { DRILL_REPORT_CSS } from './html-style.js';
import type { DrillReportInput, DrillReportOptions } from './types.js';
import { pendingLines } from './pending.js';
import { formatScenarioTime } from './scenario-time.js';
import { drillSummary } from './summary.js';
import { latencySvg } from './svg-latency.js';
import { PHASE_COLORS } from '../palette.js';
import { timelineSvg } from './svg-timeline.js';
import { drillTimeline } from './timeline.js';
import { whatWentWrong } from './what-went-wrong.js';

/** No network, no script, inline style only: the page stays inert even if opened from a mail. */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** The after-action report as one HTML page. */
export function formatDrillHtml(input: DrillReportInput, { t, lang }: DrillReportOptions): string {
  const { events, score, plan } = input;
  const summary = drillSummary(input, t);
  const start = events.find((event) => event.type === 'start');
  const body: string[] = [
    `<h1>${e(summary.heading)}</h1>`,
    `<ul class="facts">${summary.facts.map((fact) => `<li>${e(fact)}</li>`).join('')}</ul>`,
    `<p class="score"><span class="rating rating-${score.rating ?? 'none'}">${e(score.rating ?? '-')}</span>${e(summary.score)}</p>`,
  ];
  if (summary.arithmetic) body.push(`<p class="arithmetic">${e(summary.arithmetic)}</p>`);
  const scale = summary.scale.join(t('report.drill.list-separator'));
  body.push(`<p class="note">${e(t('report.drill.rating-scale', { scale }))}</p>`);

  body.push(
    `<h2>${e(t('report.drill.section.timeline'))}</h2>`,
    `<figure>${timelineSvg(events, score, plan, t)}`,
    `<figcaption class="legend-phases">${PHASES.map(
      (phase) =>
        `<span><i style="background:${PHASE_COLORS[phase].solid}"></i>${e(t(`report.drill.phase.${phase}`))}</span>`,
    ).join('')}</figcaption></figure>`,
    `<p class="note">${e(t('report.drill.section.timeline-note'))}</p>`,
    timelineTable(input, { t, lang }),
  );

  body.push(`<h2>${e(t('report.drill.section.decisions'))}</h2>`);
  if (score.decisions.length === 0) body.push(`<p>${e(t('report.drill.no-decisions'))}</p>`);
  else {
    const subtotals = subtotalTables(score, t);
    body.push(
      `<div class="scroll">${table(decisionTable(score, t), { numbersFrom: 7, total: true, className: 'decisions' })}</div>`,
      `<p class="note">${e(t('report.drill.section.formula'))}</p>`,
      `<h3>${e(t('report.drill.section.latency-chart'))}</h3>`,
      `<figure>${latencySvg(score, t)}</figure>`,
      `<h3>${e(t('report.drill.section.by-phase'))}</h3>`,
      table(subtotals.phase, { numbersFrom: 1, className: 'compact' }),
      `<h3>${e(t('report.drill.section.by-role'))}</h3>`,
      table(subtotals.role, { numbersFrom: 1, className: 'compact' }),
    );
  }

  const pending = pendingLines(score, plan, t);
  if (pending.length > 0)
    body.push(
      `<h2>${e(t('report.drill.section.pending'))}</h2>`,
      `<p class="note">${e(t('report.drill.pending.note'))}</p>`,
      `<ul class="pending">${pending.map((line) => `<li>${e(line)}</li>`).join('')}</ul>`,
    );

  body.push(`<h2>${e(t('report.drill.section.wrong'))}</h2>`, wrongList(input, { t, lang }));
  if (score.voidAnswers.length > 0) {
    const items = score.voidAnswers.map((answer) =>
      t('report.drill.void.item', {
        decision: answer.decision,
        option: answer.option,
        after: formatDuration(answer.after),
        index: answer.index + 1,
        reason: t(`report.drill.void.${answer.reason}`),
      }),
    );
    body.push(
      `<h2>${e(t('report.drill.section.void'))}</h2>`,
      `<ul>${items.map((item) => `<li>${e(item)}</li>`).join('')}</ul>`,
    );
  }
  body.push(
    `<footer>${e(t('report.drill.generated', { version: start?.version ?? '-' }))}</footer>`,
  );

  return [
    '<!doctype html>',
    `<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    `<title>${e(summary.heading)}</title>`,
    `<style>${DRILL_REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function timelineTable(
  { events, plan, scenario }: DrillReportInput,
  { t }: DrillReportOptions,
): string {
  const targets = openingTargets(events, scenario);
  const rows = drillTimeline(events, plan, t, targets).map(
    (entry) =>
      `<tr class="${entry.kind}"><td class="when">${e(formatScenarioTime(entry.at))}</td><td class="kind">${e(t(`report.drill.kind.${entry.kind}`))}</td><td class="message">${e(entry.text)}</td></tr>`,
  );
  const header = [
    t('report.drill.column.time'),
    t('report.drill.column.event'),
    t('report.drill.column.what'),
  ];
  return `<table class="timeline"><thead><tr>${header.map((cell) => `<th>${e(cell)}</th>`).join('')}</tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
}

function wrongList(input: DrillReportInput, { t }: DrillReportOptions): string {
  const wrong = whatWentWrong(input.score, input.plan, t);
  if (wrong.length === 0) return `<p>${e(t('report.drill.nothing-wrong'))}</p>`;
  const items = wrong.map(({ decision, heading, problems }) => {
    const list = problems.map(
      (problem) =>
        `<li class="${problem.kind}">${e(problem.text)}<br><span class="advice">${e(t('report.drill.suggestion', { advice: problem.advice }))}</span></li>`,
    );
    return `<li data-decision="${e(decision.decision)}">${e(heading)}<ul>${list.join('')}</ul></li>`;
  });
  return `<ol class="wrong">${items.join('\n')}</ol>`;
}

/** How a table is laid out: right-aligned columns from `numbersFrom`, a totals row, a class. */
interface TableLayout {
  numbersFrom: number;
  total?: boolean;
  className?: string;
}

/** An HTML table of plain cells, every cell escaped. */
function table({ header, rows }: CellTable, layout: TableLayout): string {
  const cls = (column: number) => (column >= layout.numbersFrom ? ' class="number"' : '');
  const head = header.map((cell, column) => `<th${cls(column)}>${e(cell)}</th>`).join('');
  const body = rows.map((cells, index) => {
    const row = cells.map((cell, column) => `<td${cls(column)}>${e(cell)}</td>`).join('');
    return `<tr${layout.total && index === rows.length - 1 ? ' class="total"' : ''}>${row}</tr>`;
  });
  const open = layout.className ? `<table class="${layout.className}">` : '<table>';
  return `${open}<thead><tr>${head}</tr></thead><tbody>${body.join('\n')}</tbody></table>`;
}
