/** The head of an after-action report: what was drilled, how it ended, the score and its sum. */
import type { Translate } from '../../i18n/index.js';
import type { DrillEndEvent, DrillEvent, Rating } from '../../model/index.js';
import { formatNumber } from '../../i18n/format-number.js';
import type { DrillReportInput } from './types.js';
import { stageTitle } from './plan-lookup.js';
import { formatScenarioTime } from './scenario-time.js';

/** The ratings from best to worst, with the lowest score of each (drill-and-scoring.md). */
export const RATING_SCALE: readonly { rating: Rating; from: number }[] = [
  { rating: 'P', from: 90 },
  { rating: 'S', from: 70 },
  { rating: 'M', from: 50 },
  { rating: 'U', from: 0 },
];

/** The report's head as plain lines (not escaped). */
export interface DrillSummary {
  heading: string;
  facts: string[];
  /** Whether the journal has its end event. */
  finished: boolean;
  score: string;
  /** `100 × Σ points / Σ weight = score`, when there is a score. */
  arithmetic?: string;
  /** The HSEEP scale, one line per rating. */
  scale: string[];
}

/** Summarises a drill for the head of a report. */
export function drillSummary(input: DrillReportInput, t: Translate): DrillSummary {
  const { events, score, plan, scenario } = input;
  const start = events.find((event) => event.type === 'start');
  const end = lastEnd(events);
  const players = start?.players ?? [];
  const facts = [
    t('report.drill.fact.plan', { title: plan.title, id: plan.id, file: input.planFile }),
    t('report.drill.fact.scenario', { title: scenario.title, id: scenario.id }),
    t('report.drill.fact.players', {
      players: players.length > 0 ? players.join(', ') : t('report.drill.fact.nobody'),
      pace: start?.pace ?? '-',
    }),
  ];
  if (input.journalFile) facts.push(t('report.drill.fact.journal', { file: input.journalFile }));
  if (start?.startedAt) facts.push(t('report.drill.fact.started', { time: start.startedAt }));
  const lastAt = events[events.length - 1]?.at ?? 0;
  facts.push(
    end
      ? t('report.drill.fact.ended', {
          time: formatScenarioTime(end.at),
          stage: end.stage,
          title: stageTitle(plan, end.stage),
          reason: t(`report.drill.end.${end.reason}`),
        })
      : t('report.drill.fact.unfinished', { time: formatScenarioTime(lastAt) }),
  );
  const summary: DrillSummary = {
    heading: t('report.drill.heading', { plan: plan.title, scenario: scenario.title }),
    facts,
    finished: end !== undefined,
    score:
      score.score === null || score.rating === null
        ? t('report.drill.no-score')
        : t('report.drill.score', {
            score: score.score.toFixed(1),
            rating: score.rating,
            meaning: t(`report.drill.rating.${score.rating}`),
          }),
    scale: RATING_SCALE.map(({ rating, from }) =>
      t(from > 0 ? 'report.drill.scale' : 'report.drill.scale-lowest', {
        rating,
        from,
        meaning: t(`report.drill.rating.${rating}`),
      }),
    ),
  };
  if (score.score !== null)
    summary.arithmetic = t('report.drill.arithmetic', {
      points: formatNumber(score.totals.points),
      weight: formatNumber(score.totals.weight),
      score: score.score.toFixed(1),
    });
  return summary;
}

function lastEnd(events: readonly DrillEvent[]): DrillEndEvent | undefined {
  const last = events[events.length - 1];
  return last?.type === 'end' ? last : undefined;
}
