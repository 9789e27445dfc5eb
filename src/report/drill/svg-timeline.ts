/**
 * The HTML report's timeline chart: stages as coloured bands by phase, injects as markers and
 * each scored decision as a bar from its opening to its answer, against scenario time. Inline
 * SVG; every text from the plan or journal is escaped; hovering shows details through `<title>`.
 */
import type { Translate } from '../../i18n/index.js';
import type { DrillEvent, DrillScore, Phase, Plan } from '../../model/index.js';
import { formatMaybeDuration, outcomeLabel } from './decision-table.js';
import { escapeHtml as e } from '../escape.js';
import { stageTitle } from './plan-lookup.js';
import { formatScenarioTime } from './scenario-time.js';
import { PHASE_COLORS, STATUS_COLORS } from '../palette.js';
import { decisionStatus } from './svg-status.js';
import { round, timeScale } from './svg-scale.js';

const WIDTH = 960;
const LEFT = 160;
const RIGHT = WIDTH - 24;
const STAGE_Y = 12;
const INJECT_Y = 52;
const ROWS_Y = 88;
const ROW = 20;

interface StageSpan {
  stage: string;
  phase: Phase;
  from: number;
  to: number;
}

/** The timeline chart as an `<svg>` element. */
export function timelineSvg(
  events: readonly DrillEvent[],
  score: DrillScore,
  plan: Plan,
  t: Translate,
): string {
  const lastAt = events[events.length - 1]?.at ?? 0;
  const decisions = score.decisions.filter((decision) => decision.openedAt !== null);
  const height = ROWS_Y + decisions.length * ROW + 36;
  const scale = timeScale(lastAt, LEFT, RIGHT);
  const title = t('chart.timeline');
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart timeline" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${e(title)}">`,
    `<title>${e(title)}</title>`,
  ];
  const axisBottom = height - 28;
  for (const tick of scale.ticks(8)) {
    const x = scale.x(tick);
    parts.push(
      `<line class="grid" x1="${x}" y1="${STAGE_Y}" x2="${x}" y2="${axisBottom}"/>`,
      `<text class="tick" x="${x}" y="${axisBottom + 16}" text-anchor="middle">${e(formatScenarioTime(tick))}</text>`,
    );
  }
  parts.push(
    label(t('chart.lane.stages'), STAGE_Y + 17),
    label(t('chart.lane.injects'), INJECT_Y + 14),
  );
  for (const span of stageSpans(events, lastAt)) {
    const x = scale.x(span.from);
    const width = Math.max(2, scale.x(span.to) - x);
    const tip = `${formatScenarioTime(span.from)}–${formatScenarioTime(span.to)} ${span.stage} (${stageTitle(plan, span.stage)}), ${t(`report.drill.phase.${span.phase}`)}`;
    parts.push(
      `<g class="stage" data-stage="${e(span.stage)}"><title>${e(tip)}</title>`,
      `<rect x="${x}" y="${STAGE_Y}" width="${round(width)}" height="26" fill="${PHASE_COLORS[span.phase].solid}"/>`,
      width > span.stage.length * 7 + 8
        ? `<text x="${round(x + 4)}" y="${STAGE_Y + 17}">${e(span.stage)}</text>`
        : '',
      '</g>',
    );
  }
  for (const event of events) {
    if (event.type !== 'inject') continue;
    const x = scale.x(event.at);
    const tip = `${formatScenarioTime(event.at)} ${event.inject}: ${event.message}`;
    parts.push(
      `<g class="inject" data-inject="${e(event.inject)}"><title>${e(tip)}</title>`,
      `<line x1="${x}" y1="${INJECT_Y}" x2="${x}" y2="${INJECT_Y + 22}"/>`,
      `<circle cx="${x}" cy="${INJECT_Y + 4}" r="5"/></g>`,
    );
  }
  decisions.forEach((decision, index) => {
    const y = ROWS_Y + index * ROW;
    const from = decision.openedAt ?? 0;
    const x = scale.x(from);
    const width = Math.max(3, scale.x(from + (decision.latency ?? 0)) - x);
    const status = decisionStatus(decision);
    const tip = t('chart.decision', {
      decision: decision.decision,
      role: decision.role,
      opened: formatScenarioTime(from),
      outcome: `${decision.option ?? '-'}, ${outcomeLabel(decision, t)}`,
      latency: formatMaybeDuration(decision.latency),
      target: formatMaybeDuration(decision.target),
    });
    parts.push(
      label(decision.decision, y + 13),
      `<g class="decision ${status}" data-decision="${e(decision.decision)}"><title>${e(tip)}</title>`,
      `<rect x="${x}" y="${y + 3}" width="${round(width)}" height="13" rx="2" fill="${STATUS_COLORS[status]}"/>`,
      // A dot at the opening keeps a decision of minutes visible on a chart of weeks.
      `<circle cx="${x}" cy="${y + 9.5}" r="4" fill="${STATUS_COLORS[status]}"/></g>`,
    );
  });
  parts.push('</svg>');
  return parts.filter((part) => part !== '').join('\n');
}

function label(text: string, y: number): string {
  return `<text class="lane" x="8" y="${y}">${e(text)}</text>`;
}

/** Each stage's stay, from entering it to entering the next (or the last event). */
function stageSpans(events: readonly DrillEvent[], lastAt: number): StageSpan[] {
  const spans: StageSpan[] = [];
  for (const event of events) {
    if (event.type !== 'stage-entered') continue;
    const previous = spans[spans.length - 1];
    if (previous) previous.to = event.at;
    spans.push({ stage: event.stage, phase: event.phase, from: event.at, to: lastAt });
  }
  return spans;
}
