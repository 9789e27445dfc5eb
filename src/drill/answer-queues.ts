/**
 * Scripted answers waiting for their decisions (docs/scoring.md, "Scripted answers"):
 * answers are used in order, per decision; each opening of a played decision takes the next one.
 */
import { parseDuration } from '../model/duration.js';
import type { AnswersFile } from '../model/scenario.js';

/** One scripted answer: `option`, `after` ms from the opening; `index` is its place in its file. */
export interface QueuedAnswer {
  decision: string;
  option: string;
  after: number;
  /** 0-based position in the answers file (-1 for an answer replayed from a journal). */
  index: number;
}

/** The queues of scripted answers, one per decision, consumed front first. */
export class AnswerQueues {
  readonly #queues = new Map<string, QueuedAnswer[]>();

  constructor(answers: readonly QueuedAnswer[] = []) {
    for (const answer of answers) {
      const queue = this.#queues.get(answer.decision);
      if (queue) queue.push(answer);
      else this.#queues.set(answer.decision, [answer]);
    }
  }

  /** Takes the next answer for `decision`, or undefined when none is left. */
  take(decision: string): QueuedAnswer | undefined {
    return this.#queues.get(decision)?.shift();
  }

  /** Every answer never taken, in file order. */
  leftovers(): QueuedAnswer[] {
    return [...this.#queues.values()].flat().sort((a, b) => a.index - b.index);
  }
}

/** The answers of a checked answers file, in its order, with their times in milliseconds. */
export function queuedAnswers(file: AnswersFile): QueuedAnswer[] {
  return file.answers.map(({ decision, option, after }, index) => ({
    decision,
    option,
    after: parseDuration(after) ?? 0,
    index,
  }));
}
