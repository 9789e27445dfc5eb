/** How each opening of a decision ended, read from a drill's events. */
import type { DrillEvent } from '../model/index.js';
import { openingKey } from './match-expectations.js';

/** The end of one opening: answered (with the option), timed out, or closed unanswered. */
export type OpeningResolution =
  | { resolution: 'answered' | 'timeout'; option: string; latency: number }
  | { resolution: 'stage-left' | 'drill-ended'; latency: number };

/**
 * The resolution of every opening, by {@link openingKey}. An opening still open at the last
 * event (a journal cut short) counts as ended by the drill at that time.
 */
export function resolveOpenings(events: readonly DrillEvent[]): Map<string, OpeningResolution> {
  const resolutions = new Map<string, OpeningResolution>();
  const lastAt = events.length > 0 ? events[events.length - 1]!.at : 0;
  for (const event of events) {
    const resolution = resolutionOf(event, lastAt);
    // Only opening events yield a resolution, and each of them names its decision and opening.
    if (resolution) {
      const { decision, opening } = event as { decision: string; opening: number };
      resolutions.set(openingKey(decision, opening), resolution);
    }
  }
  return resolutions;
}

function resolutionOf(event: DrillEvent, lastAt: number): OpeningResolution | undefined {
  switch (event.type) {
    case 'decision-opened':
      return { resolution: 'drill-ended', latency: lastAt - event.at };
    case 'decision-answered':
      return { resolution: 'answered', option: event.option, latency: event.latency };
    case 'decision-timeout':
      return { resolution: 'timeout', option: event.option, latency: event.latency };
    case 'decision-closed':
      return { resolution: event.reason, latency: event.latency };
    default:
      return undefined;
  }
}
