/**
 * A plan machine running as an XState actor on the scenario clock, reporting what each event
 * did: the stages entered (including re-entries, `reenter: true`) and the decisions that timed out.
 */
import { createActor, type Actor, type InspectionEvent } from 'xstate';
import type { PlanEvent, PlanMachine, TimeoutEmitted } from '../compile/index.js';
import { ScenarioClock } from './scenario-clock.js';

/** What one event did to the machine. */
export interface StepEffects {
  /** Decisions closed by their timeout, in the machine's order. */
  timeouts: { decision: string; option: string }[];
  /** Stages entered, in order. */
  entered: string[];
}

/** One run of a plan machine, driven only through `send` and `fireTimer`. */
export class PlanActor {
  readonly clock = new ScenarioClock();
  readonly #actor: Actor<PlanMachine>;
  #effects: StepEffects = { timeouts: [], entered: [] };

  constructor(machine: PlanMachine) {
    this.#actor = createActor(machine, {
      clock: this.clock,
      inspect: (event) => this.#inspect(event),
    });
    this.#actor.on('timeout', ({ decision, option }: TimeoutEmitted) =>
      this.#effects.timeouts.push({ decision, option }),
    );
  }

  /** Starts the machine in its initial stage. */
  start(): void {
    this.#collect(() => this.#actor.start());
  }

  /** Sends a plan event, `decision.option` or `$set`, and reports what it did. */
  send(event: PlanEvent): StepEffects {
    return this.#collect(() => this.#actor.send(event));
  }

  /** Fires the earliest timer due at or before `limit`; undefined when there is none. */
  fireTimer(limit: number): StepEffects | undefined {
    let fired = false;
    const effects = this.#collect(() => (fired = this.clock.fireNext(limit)));
    return fired ? effects : undefined;
  }

  /** The current stage. */
  get stage(): string {
    return this.#actor.getSnapshot().value;
  }

  /** The plan variables and the decisions closed in this visit of the stage. */
  get context() {
    return this.#actor.getSnapshot().context;
  }

  /** Stops the actor (its timers are cleared). */
  stop(): void {
    this.#actor.stop();
  }

  #collect(run: () => void): StepEffects {
    this.#effects = { timeouts: [], entered: [] };
    run();
    return this.#effects;
  }

  #inspect(event: InspectionEvent): void {
    if (event.type !== '@xstate.microstep') return;
    for (const transition of event._transitions) {
      const target = transition.target?.[0];
      if (target && (target !== transition.source || transition.reenter)) {
        this.#effects.entered.push(target.key);
      }
    }
  }
}
