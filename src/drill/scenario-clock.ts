/**
 * The scenario clock: XState's `Clock` whose timers fire only when the drill engine moves time
 * (drill-and-scoring.md, "The engine is pure"). Timers due at the same time fire in the order
 * they were set, so a drill is the same every time it is played.
 */
import type { ActorOptions, AnyActorLogic } from 'xstate';

/** XState's clock interface (not exported by name). */
type Clock = NonNullable<ActorOptions<AnyActorLogic>['clock']>;

interface Timer {
  due: number;
  sequence: number;
  fire: () => void;
}

/** Scenario time in milliseconds since the drill's start, moved only by its owner. */
export class ScenarioClock implements Clock {
  #now = 0;
  #sequence = 0;
  readonly #timers = new Map<number, Timer>();

  /** The current scenario time. */
  now(): number {
    return this.#now;
  }

  setTimeout(fn: (...args: unknown[]) => void, timeout: number): number {
    const id = this.#sequence++;
    this.#timers.set(id, { due: this.#now + timeout, sequence: id, fire: () => fn() });
    return id;
  }

  clearTimeout(id: unknown): void {
    this.#timers.delete(id as number);
  }

  /** When the earliest timer falls due, or undefined when none is set. */
  nextDue(): number | undefined {
    return this.#earliest()?.due;
  }

  /** Fires the earliest timer if it is due at or before `limit`, moving time to it; false if none. */
  fireNext(limit: number): boolean {
    const timer = this.#earliest();
    if (!timer || timer.due > limit) return false;
    this.#timers.delete(timer.sequence);
    this.#now = Math.max(this.#now, timer.due);
    timer.fire();
    return true;
  }

  /** Moves time forward to `time` (never back); timers due on the way must have been fired. */
  moveTo(time: number): void {
    if (time > this.#now) this.#now = time;
  }

  #earliest(): Timer | undefined {
    let earliest: Timer | undefined;
    for (const timer of this.#timers.values()) {
      if (!earliest || timer.due < earliest.due) earliest = timer;
    }
    return earliest;
  }
}
