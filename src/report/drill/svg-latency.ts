/**
 * The HTML report's latency chart: for each scored decision a bar of its latency, a mark at its
 * target and a dashed mark at three times the target (where timeliness reaches zero).
 */
import type { Translate } from '../../i18n/index.js';
import type { DrillScore } from '../../model/index.js';
import { formatNumber } from '../../i18n/format-number.js';
import { formatMaybeDuration } from './decision-table.js';
import { escapeHtml as e } from '../escape.js';
import { round, timeScale } from './svg-scale.js';
import { STATUS_COLORS, type DecisionStatus } from '../palette.js';
import { decisionStatus } from './svg-status.js';

const WIDTH = 960;
const RIGHT = WIDTH - 150;
/** Width of one character of a label at the chart's 12 px font (ids are ASCII). */
const CHAR = 6.8;
const TOP = 40;
const ROW = 26;

/** The latency chart as an `<svg>` element. */
export function latencySvg(score: DrillScore, t: Translate): string {
  const decisions = score.decisions;
  const longest = Math.max(
    0,
    ...decisions.flatMap((decision) => [decision.latency ?? 0, 3 * (decision.target ?? 0)]),
  );
  // The bars start after the longest label, so no label runs into them.
  const labels = decisions.map((decision) => `${decision.decision} (${decision.role})`);
  const left = Math.round(
    Math.min(RIGHT / 2, Math.max(120, 16 + CHAR * Math.max(0, ...labels.map((l) => l.length)))),
  );
  const scale = timeScale(longest, left, RIGHT);
  const height = TOP + decisions.length * ROW + 30;
  const bottom = height - 24;
  const title = t('chart.latency');
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart latency" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${e(title)}">`,
    `<title>${e(title)}</title>`,
    legend(t),
  ];
  for (const tick of scale.ticks(8)) {
    const x = scale.x(tick);
    parts.push(
      `<line class="grid" x1="${x}" y1="${TOP - 4}" x2="${x}" y2="${bottom}"/>`,
      `<text class="tick" x="${x}" y="${bottom + 16}" text-anchor="middle">${e(formatMaybeDuration(tick))}</text>`,
    );
  }
  decisions.forEach((decision, index) => {
    const y = TOP + index * ROW;
    const status = decisionStatus(decision);
    const tip = t('chart.bar', {
      decision: decision.decision,
      role: decision.role,
      latency: formatMaybeDuration(decision.latency),
      target: formatMaybeDuration(decision.target),
      points: formatNumber(decision.points),
      weight: formatNumber(decision.weight),
    });
    parts.push(
      `<g class="bar ${status}" data-decision="${e(decision.decision)}"><title>${e(tip)}</title>`,
      `<text class="lane" x="8" y="${y + 15}">${e(labels[index]!)}</text>`,
    );
    const ends = [left];
    if (decision.latency !== null) {
      const width = Math.max(2, scale.x(decision.latency) - left);
      ends.push(left + width);
      parts.push(
        `<rect x="${left}" y="${y + 5}" width="${round(width)}" height="14" fill="${STATUS_COLORS[status]}"/>`,
      );
    }
    if (decision.target !== null) {
      const target = scale.x(decision.target);
      const zero = scale.x(3 * decision.target);
      ends.push(zero);
      parts.push(
        `<line class="zero" x1="${zero}" y1="${y + 2}" x2="${zero}" y2="${y + 22}"/>`,
        `<line class="target" x1="${target}" y1="${y + 1}" x2="${target}" y2="${y + 23}"/>`,
      );
    }
    const value =
      decision.openedAt === null
        ? t('report.drill.resolution.never-opened')
        : `${formatMaybeDuration(decision.latency)} / ${formatMaybeDuration(decision.target)} · ${formatNumber(decision.points)}/${formatNumber(decision.weight)}`;
    parts.push(
      `<text class="value" x="${round(Math.max(...ends) + 6)}" y="${y + 16}">${e(value)}</text>`,
      '</g>',
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
}

/** Colour keys of the bars and the two marks. */
function legend(t: Translate): string {
  const statuses: [DecisionStatus, string][] = [
    ['on-time', t('chart.legend.on-time')],
    ['late', t('chart.legend.late')],
    ['missed', t('chart.legend.missed')],
  ];
  const items = statuses.map(
    ([status, text], index) =>
      `<rect x="${8 + index * 150}" y="8" width="14" height="14" fill="${STATUS_COLORS[status]}"/><text x="${28 + index * 150}" y="20">${e(text)}</text>`,
  );
  items.push(
    `<line class="target" x1="${470}" y1="6" x2="${470}" y2="24"/><text x="478" y="20">${e(t('chart.legend.target'))}</text>`,
    `<line class="zero" x1="${580}" y1="6" x2="${580}" y2="24"/><text x="588" y="20">${e(t('chart.legend.zero'))}</text>`,
  );
  return `<g class="legend">${items.join('')}</g>`;
}
