/** The timeline of a drill: one line of text per journal event, in scenario time. */
import type { Translate } from '../../i18n/index.js';
import { formatDuration, type DrillEvent, type Plan } from '../../model/index.js';
import { openingKey } from '../../score/match-expectations.js';
import { decisionTitle, optionTitle, stageTitle } from './plan-lookup.js';

/** What a timeline line is about; reports mark each kind differently. */
export type TimelineKind =
  'stage' | 'inject' | 'opened' | 'answered' | 'default' | 'timeout' | 'closed' | 'void' | 'end';

/** One line of the timeline: when, what kind, and its text (plain, not escaped). */
export interface TimelineEntry {
  at: number;
  kind: TimelineKind;
  text: string;
}

/** Targets of openings by `openingKey` (`openingTargets`): an expectation's `within` wins. */
export type OpeningTargets = ReadonlyMap<string, number | null>;

/**
 * Every event of the journal but its start, described in the report's language. An opening
 * shows its target from `targets` when there (the one it is scored by), else the journal's.
 */
export function drillTimeline(
  events: readonly DrillEvent[],
  plan: Plan,
  t: Translate,
  targets: OpeningTargets = new Map(),
): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const event of events) {
    const entry = describe(event, plan, t, targets);
    if (entry) entries.push({ at: event.at, ...entry });
  }
  return entries;
}

function describe(
  event: DrillEvent,
  plan: Plan,
  t: Translate,
  targets: OpeningTargets,
): Omit<TimelineEntry, 'at'> | undefined {
  switch (event.type) {
    case 'start':
      return undefined;
    case 'stage-entered': {
      const params = {
        stage: event.stage,
        title: stageTitle(plan, event.stage),
        phase: t(`report.drill.phase.${event.phase}`),
      };
      return event.from === null
        ? { kind: 'stage', text: t('report.drill.timeline.start-stage', params) }
        : {
            kind: 'stage',
            text: t('report.drill.timeline.stage', {
              ...params,
              from: event.from,
              cause: t(`report.drill.cause.${event.cause}`),
            }),
          };
    }
    case 'inject':
      return {
        kind: 'inject',
        text: t('report.drill.timeline.inject', { inject: event.inject, message: event.message }),
      };
    case 'decision-opened': {
      const key = openingKey(event.decision, event.opening);
      const scored = targets.get(key);
      const target = scored === undefined ? event.target : scored;
      return {
        kind: 'opened',
        text: t(
          event.player ? 'report.drill.timeline.opened' : 'report.drill.timeline.opened-npc',
          {
            decision: event.decision,
            title: decisionTitle(plan, event.decision),
            owner: event.owner,
            target: target === null ? '-' : formatDuration(target),
          },
        ),
      };
    }
    case 'decision-answered':
      return {
        kind: event.by === 'player' ? 'answered' : 'default',
        text: t(
          event.by === 'player'
            ? 'report.drill.timeline.answered'
            : 'report.drill.timeline.default',
          {
            decision: event.decision,
            option: event.option,
            title: optionTitle(plan, event.decision, event.option),
            latency: formatDuration(event.latency),
          },
        ),
      };
    case 'decision-timeout':
      return {
        kind: 'timeout',
        text: t('report.drill.timeline.timeout', {
          decision: event.decision,
          option: event.option,
          title: optionTitle(plan, event.decision, event.option),
          latency: formatDuration(event.latency),
        }),
      };
    case 'decision-closed':
      return {
        kind: 'closed',
        text: t('report.drill.timeline.closed', {
          decision: event.decision,
          latency: formatDuration(event.latency),
          reason: t(`report.drill.close.${event.reason}`),
        }),
      };
    case 'answer-void':
      return {
        kind: 'void',
        text: t('report.drill.timeline.void', {
          decision: event.decision,
          option: event.option,
          after: formatDuration(event.after),
          reason: t(`report.drill.void.${event.reason}`),
        }),
      };
    case 'end':
      return {
        kind: 'end',
        text: t('report.drill.timeline.end', {
          stage: event.stage,
          title: stageTitle(plan, event.stage),
          reason: t(`report.drill.end.${event.reason}`),
        }),
      };
  }
}
