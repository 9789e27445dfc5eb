/**
 * The drill journal's text form (drill-and-scoring.md, "Journal"): JSON Lines, one event a line,
 * the start event first. Pure: the file writer lives in src/cli/drill/.
 */
import { DRILL_JOURNAL_VERSION, type DrillEvent, type DrillStartEvent } from './index.js';
import { isDrillEvent } from './journal-event-shape.js';

/** One journal line, newline included. */
export function encodeJournalLine(event: DrillEvent): string {
  return `${JSON.stringify(event)}\n`;
}

/** Many journal lines, for one write. */
export function encodeJournalLines(events: readonly DrillEvent[]): string {
  return events.map(encodeJournalLine).join('');
}

/** A journal read back. */
export interface DecodedJournal {
  start: DrillStartEvent;
  /** Every whole event, the start first. */
  events: DrillEvent[];
  /** Whether the last event is `end`. */
  finished: boolean;
  /** The 1-based number of a torn last line that was ignored (a write cut short by a crash). */
  tornLine?: number;
  /** Bytes of the whole lines: where appending may continue (a torn line is cut off). */
  wholeBytes: number;
}

/** Why a text is not a usable journal. */
export type JournalProblem =
  /** The first line is not a start event of a journal version this tool reads (or the file is empty). */
  | { kind: 'not-a-journal' }
  /** Line `line` is broken, out of order or not an event: the journal was damaged in the middle. */
  | { kind: 'corrupt'; line: number };

/**
 * Reads a journal. The last line may be torn (no newline, not whole): it is ignored and
 * `tornLine` says so. Any other damage is a problem, never an exception.
 */
export function decodeJournal(
  text: string,
): { journal: DecodedJournal } | { problem: JournalProblem } {
  const lines = text.split('\n');
  // Text ending in a newline splits into a last empty string; anything else there is torn.
  const tail = lines.pop() ?? '';
  const tornLine = tail === '' ? undefined : lines.length + 1;
  const events: DrillEvent[] = [];
  for (const [index, line] of lines.entries()) {
    const event = parseEvent(line);
    const previous = events[events.length - 1];
    const fits =
      event !== undefined &&
      (index === 0
        ? event.type === 'start' && event.journal === DRILL_JOURNAL_VERSION
        : event.type !== 'start' && previous!.type !== 'end' && event.at >= previous!.at);
    if (!fits)
      return {
        problem: index === 0 ? { kind: 'not-a-journal' } : { kind: 'corrupt', line: index + 1 },
      };
    events.push(event);
  }
  const start = events[0];
  if (start?.type !== 'start') return { problem: { kind: 'not-a-journal' } };
  const wholeBytes = Buffer.byteLength(text) - Buffer.byteLength(tail);
  return {
    journal: {
      start,
      events,
      finished: events[events.length - 1]!.type === 'end',
      ...(tornLine !== undefined ? { tornLine } : {}),
      wholeBytes,
    },
  };
}

function parseEvent(line: string): DrillEvent | undefined {
  try {
    const value: unknown = JSON.parse(line);
    return isDrillEvent(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
