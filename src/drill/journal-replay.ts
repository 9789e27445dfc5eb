/**
 * Resuming a drill from its journal: the answers the journal used become scripted answers, so
 * the engine replays the drill to where it stopped and regenerates the same events; the runner
 * then carries on. Answers of an answers file that the journal already used are skipped.
 */
import type { DrillEvent, DrillStartEvent } from '../model/index.js';
import type { QueuedAnswer } from './answer-queues.js';
import type { DrillStartInfo } from './drill-setup.js';

/**
 * The answers a journal consumed, in order: each player's answer (at its latency) and each void
 * scripted answer (so the replay voids it at the same point). Unused leftovers are not consumed.
 */
export function journalAnswers(events: readonly DrillEvent[]): QueuedAnswer[] {
  const answers: QueuedAnswer[] = [];
  for (const event of events) {
    if (event.type === 'decision-answered' && event.by === 'player') {
      answers.push({
        decision: event.decision,
        option: event.option,
        after: event.latency,
        index: -1,
      });
    } else if (event.type === 'answer-void' && event.reason !== 'never-opened') {
      const { decision, option, after, index } = event;
      answers.push({ decision, option, after, index });
    }
  }
  return answers;
}

/** The scripted answers to resume with: the journal's, then the file's that it has not used. */
export function resumedAnswers(
  events: readonly DrillEvent[],
  file: readonly QueuedAnswer[] = [],
): QueuedAnswer[] {
  const replayed = journalAnswers(events);
  const used = new Map<string, number>();
  for (const answer of replayed) used.set(answer.decision, (used.get(answer.decision) ?? 0) + 1);
  const rest = file.filter((answer) => {
    const count = used.get(answer.decision) ?? 0;
    if (count === 0) return true;
    used.set(answer.decision, count - 1);
    return false;
  });
  return [...replayed, ...rest];
}

/** The replayed drill did not give the journal's events: the journal was edited or damaged. */
export class JournalMismatchError extends Error {
  override name = 'JournalMismatchError';
  constructor(
    /** 1-based journal line that differs. */
    readonly line: number,
  ) {
    super(`the replayed drill differs from the journal at line ${line}`);
  }
}

/**
 * Checks replayed events against the journal and passes on only those beyond it.
 * Call `done()` when the drill stopped, to be sure the whole journal was replayed.
 */
export function journalFollower(journal: readonly DrillEvent[]): {
  follow(events: readonly DrillEvent[]): DrillEvent[];
  done(): void;
} {
  let position = 0;
  return {
    follow(events) {
      const fresh: DrillEvent[] = [];
      for (const event of events) {
        if (position < journal.length) {
          if (JSON.stringify(event) !== JSON.stringify(journal[position]))
            throw new JournalMismatchError(position + 1);
          position++;
        } else {
          fresh.push(event);
        }
      }
      return fresh;
    },
    done() {
      if (position < journal.length) throw new JournalMismatchError(position + 1);
    },
  };
}

/** Which document changed since the journal was written: `plan`, `scenario`, or undefined. */
export function changedSince(
  start: DrillStartEvent,
  now: { planHash: string; scenarioHash?: string },
): 'plan' | 'scenario' | undefined {
  if (start.planHash !== now.planHash) return 'plan';
  if (start.scenarioHash !== now.scenarioHash) return 'scenario';
  return undefined;
}

/** The journal's start event as the engine takes it back, so a replay writes the same first line. */
export function startInfoOf(event: DrillStartEvent): DrillStartInfo {
  const {
    type: _type,
    at: _at,
    journal: _journal,
    players: _players,
    pace: _pace,
    ...info
  } = event;
  return info;
}
