/**
 * The HTML report's chart: for each resource a bar for its need and one for its stock, on the
 * resource's own scale (units differ: litres, tents, vehicles), so a shortfall shows as a stock bar
 * shorter than the need bar. Inline SVG, no script, all text escaped.
 */
import type { Translate } from '../../i18n/index.js';
import { escapeHtml as html } from '../escape.js';
import { formatNumber } from '../../i18n/format-number.js';
import type { ResourceReadiness } from './readiness-report.js';

const WIDTH = 900;
const LABEL = 250;
const BAR_LEFT = LABEL + 10;
const BAR_RIGHT = WIDTH - 90;
const ROW = 40;
const BAR = 13;
const TOP = 8;
const MAX_LABEL_CHARS = 22;

/** The need-against-stock chart of the resources, or '' when there are none. */
export function needStockChart(resources: readonly ResourceReadiness[], t: Translate): string {
  if (resources.length === 0) return '';
  const height = TOP * 2 + ROW * resources.length;
  const title = html(t('readiness.chart.title'));
  const rows = resources.map((resource, index) => row(resource, TOP + index * ROW, t)).join('');
  return (
    `<svg class="chart" role="img" viewBox="0 0 ${WIDTH} ${height}" xmlns="http://www.w3.org/2000/svg">` +
    `<title>${title}</title>${rows}</svg>`
  );
}

function row(resource: ResourceReadiness, y: number, t: Translate): string {
  const max = Math.max(resource.need, resource.stock);
  const length = (value: number) => (max > 0 ? ((BAR_RIGHT - BAR_LEFT) * value) / max : 0);
  const short = resource.gap > 0;
  const label = shorten(`${resource.title}${resource.unit ? ` (${resource.unit})` : ''}`);
  const bar = (value: number, top: number, kind: string, name: string) => {
    const w = round(length(value));
    return (
      `<rect class="${kind}" x="${BAR_LEFT}" y="${top}" width="${w}" height="${BAR}">` +
      `<title>${html(`${name}: ${formatNumber(value)}`)}</title></rect>` +
      `<text class="value" x="${round(BAR_LEFT + w + 6)}" y="${top + BAR - 2}">` +
      `${html(name)} ${html(formatNumber(value))}</text>`
    );
  };
  return (
    `<g class="resource${short ? ' short' : ''}">` +
    `<text class="label" x="${LABEL}" y="${y + BAR + 4}" text-anchor="end">${html(label)}` +
    `<title>${html(resource.title)}</title></text>` +
    bar(resource.need, y, 'need', t('readiness.chart.need')) +
    bar(resource.stock, y + BAR + 3, short ? 'stock short' : 'stock', t('readiness.chart.stock')) +
    '</g>'
  );
}

/** A label cut to fit the label column (by characters, not UTF-16 units), with an ellipsis. */
function shorten(text: string): string {
  const characters = [...text];
  return characters.length <= MAX_LABEL_CHARS
    ? text
    : `${characters.slice(0, MAX_LABEL_CHARS - 1).join('')}…`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
