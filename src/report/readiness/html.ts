/**
 * The readiness report as one self-contained HTML page: inline style and SVG, no script, nothing
 * from the network (a Content-Security-Policy says so), every piece of plan text escaped.
 */
import { formatNumber } from '../../i18n/format-number.js';
import type { Translate } from '../../i18n/index.js';
import { escapeHtml as html } from '../escape.js';
import type { ReadinessFormatOptions } from './format-options.js';
import { READINESS_CSS } from './html-style.js';
import { coverageHtml, lifecycleHtml, peopleHtml } from './html-sections.js';
import {
  coverText,
  factsText,
  gapLabel,
  GAPS_SHOWN,
  howTexts,
  moreGapsText,
  resourceLabel,
  summaryText,
} from './phrases.js';
import type { ReadinessReport } from './readiness-report.js';
import { needStockChart } from './svg-need-stock.js';

/** The report as an HTML document. */
export function formatReadinessHtml(
  report: ReadinessReport,
  { t, lang }: ReadinessFormatOptions,
): string {
  const title = t('readiness.title', { title: report.plan.title });
  return [
    '<!doctype html>',
    `<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${html(title)}</title>`,
    `<style>${READINESS_CSS}</style>`,
    '</head>',
    '<body><main>',
    `<h1>${html(title)}</h1>`,
    `<p class="facts">${html(factsText(report, t))}</p>`,
    `<p class="summary">${html(summaryText(report, t))}</p>`,
    `<h2>${html(t('readiness.section.gaps'))}</h2>`,
    gapsHtml(report, t),
    `<h2>${html(t('readiness.section.resources'))}</h2>`,
    resourcesHtml(report, t),
    `<h2>${html(t('readiness.section.people'))}</h2>`,
    peopleHtml(report, t),
    `<h2>${html(t('readiness.section.coverage'))}</h2>`,
    coverageHtml(report, t),
    `<h2>${html(t('readiness.section.lifecycle'))}</h2>`,
    lifecycleHtml(report, t),
    '<footer>yuan readiness</footer>',
    '</main></body>',
    '</html>',
    '',
  ].join('\n');
}

function gapsHtml(report: ReadinessReport, t: Translate): string {
  if (report.gaps.length === 0) return `<p class="ok">${html(t('readiness.gaps.none'))}</p>`;
  const items = report.gaps
    .slice(0, GAPS_SHOWN)
    .map(
      (gap) =>
        `<li class="${gap.severity}"><span class="kind">${html(gapLabel(gap, t))}</span>${html(gap.message)}</li>`,
    );
  const more = moreGapsText(report, t);
  const tail = more === undefined ? '' : `<p>${html(more)}</p>`;
  return `<ol class="gaps">${items.join('')}</ol>${tail}`;
}

function resourcesHtml(report: ReadinessReport, t: Translate): string {
  if (report.resources.length === 0) return `<p>${html(t('readiness.resources.none'))}</p>`;
  const number = (value: string) => `<td class="number">${html(value)}</td>`;
  const head = (['resource', 'stock', 'need', 'gap', 'cover', 'how'] as const)
    .map(
      (key, index) =>
        `<th${index >= 1 && index <= 3 ? ' class="number"' : ''}>${html(t(`readiness.col.${key}`))}</th>`,
    )
    .join('');
  const rows = report.resources.map((r) => {
    const how = howTexts(r, t);
    return (
      `<tr${r.gap > 0 ? ' class="row-bad"' : ''}>` +
      `<td>${html(resourceLabel(r))}</td>` +
      number(formatNumber(r.stock)) +
      number(formatNumber(r.need)) +
      (r.gap > 0
        ? `<td class="number bad">${html(formatNumber(r.gap))}</td>`
        : number(t('readiness.none'))) +
      `<td>${html(coverText(r, t))}</td>` +
      `<td class="how">${how.length > 0 ? how.map(html).join('<br>') : html(t('readiness.term.none'))}</td>` +
      '</tr>'
    );
  });
  return (
    `<figure>${needStockChart(report.resources, t)}</figure>` +
    `<table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`
  );
}
