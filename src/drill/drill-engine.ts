/**
 * The pure drill engine (drill-and-scoring.md, "The engine is pure"): a plan machine, a scenario
 * and answers in, drill events out. It owns no terminal, file or real clock; scenario time moves
 * only through `advanceTo` and `answer`. At one scenario time, delayed transitions fire first,
 * then injects in file order, then answers.
 */
import { durationMs, type DrillEndReason, type DrillEvent, type Inject } from '../model/index.js';
import { DRILL_JOURNAL_VERSION } from '../model/index.js';
import { scoreDrill } from '../score/score-drill.js';
import { AnswerQueues } from './answer-queues.js';
import type { DrillSetup } from './drill-setup.js';
import type { OpenDecision, ScriptedStep } from './open-decision.js';
import { PlanActor, type StepEffects } from './plan-actor.js';
import { StageVisit } from './stage-visit.js';

const DEFAULT_MAX_STAGE_ENTRIES = 1000;

/** One drill in progress. Build it, `start()` it, then move time and answer until `finished`. */
export class DrillEngine {
  readonly #setup: DrillSetup;
  readonly #actor: PlanActor;
  readonly #injects: { inject: Inject; at: number }[];
  readonly #queues: AnswerQueues;
  readonly #events: DrillEvent[] = [];
  readonly #visit: StageVisit;
  #nextInject = 0;
  #taken = 0;
  #stageEntries = 0;
  #finished = false;

  constructor(setup: DrillSetup) {
    this.#setup = setup;
    this.#actor = new PlanActor(setup.machine);
    this.#queues = new AnswerQueues(setup.answers);
    this.#visit = new StageVisit(setup, this.#queues, (event) => this.#emit(event));
    const timed = setup.scenario.injects.map((inject) => ({ inject, at: durationMs(inject.at) }));
    // A stable sort: injects due at the same time keep their file order.
    this.#injects = timed.sort((a, b) => a.at - b.at);
  }

  /** Emits the start event and enters the start stage (answering unplayed decisions at once). */
  start(): void {
    const { start, players, pace } = this.#setup;
    this.#emit({
      type: 'start',
      at: 0,
      journal: DRILL_JOURNAL_VERSION,
      ...start,
      pace,
      players: [...players],
    });
    this.#actor.start();
    this.#enter(this.#actor.stage, 'start');
    this.#settle();
  }

  /** The current scenario time. */
  get now(): number {
    return this.#actor.clock.now();
  }

  /** The current stage. */
  get stage(): string {
    return this.#visit.stage;
  }

  /** Whether the drill has ended (its last event is `end`). */
  get finished(): boolean {
    return this.#finished;
  }

  /** Every event so far. */
  get events(): readonly DrillEvent[] {
    return this.#events;
  }

  /** The events since the last call (what the journal and the screen have not seen yet). */
  takeEvents(): DrillEvent[] {
    const fresh = this.#events.slice(this.#taken);
    this.#taken = this.#events.length;
    return fresh;
  }

  /** The plan variables now. */
  variables(): Record<string, unknown> {
    const { $decisions: _closed, ...variables } = this.#actor.context;
    return variables;
  }

  /** The players' decisions open now, in the order they opened. */
  openDecisions(): OpenDecision[] {
    return this.#visit.open().filter((open) => open.player);
  }

  /** When the next inject or effective delayed transition falls due; undefined when none will. */
  nextDue(): number | undefined {
    const inject = this.#injects[this.#nextInject]?.at;
    const timer = this.#visit.nextTimer(this.now);
    if (inject === undefined) return timer;
    return timer === undefined ? inject : Math.min(inject, timer);
  }

  /** The earliest scripted answer bound to an open decision, if any. */
  nextScripted(): ScriptedStep | undefined {
    let next: ScriptedStep | undefined;
    for (const open of this.#visit.openValues()) {
      if (!open.player || !open.scripted) continue;
      const at = open.openedAt + open.scripted.after;
      if (!next || at < next.at) {
        next = { decision: open.decision, opening: open.opening, option: open.scripted.option, at };
      }
    }
    return next;
  }

  /** Moves scenario time to `time`, firing delayed transitions and delivering injects due by then. */
  advanceTo(time: number): void {
    while (!this.#finished) {
      const inject = this.#injects[this.#nextInject];
      const timerDue = this.#actor.clock.nextDue();
      if (timerDue !== undefined && timerDue <= time && (!inject || timerDue <= inject.at)) {
        const effects = this.#actor.fireTimer(time);
        if (effects) this.#apply(effects, 'timer');
      } else if (inject && inject.at <= time) {
        this.#nextInject++;
        this.#deliver(inject.inject, inject.at);
      } else {
        break;
      }
      this.#settle();
    }
    if (!this.#finished) this.#actor.clock.moveTo(time);
  }

  /**
   * Answers an open player decision at `at` (default: now), after everything due by then.
   * Returns false when that opening had closed by then (the answer is not used).
   */
  answer(decision: string, opening: number, option: string, at = this.now): boolean {
    this.advanceTo(at);
    const open = this.#visit.find(decision, opening);
    if (this.#finished || !open) return false;
    if (!open.definition.options.some((candidate) => candidate.id === option)) {
      throw new Error(`${option} is not an option of ${decision}`);
    }
    this.#visit.answered(open, option, 'player', this.now);
    this.#apply(this.#actor.send({ type: `${decision}.${option}` }), 'answer');
    this.#settle();
    return true;
  }

  /** Ends the drill now: open decisions close unanswered, unused scripted answers are void. */
  end(reason: DrillEndReason = 'exhausted'): void {
    if (this.#finished) return;
    this.#visit.closeAll('drill-ended', this.now);
    for (const answer of this.#queues.leftovers()) {
      const { decision, option, after, index } = answer;
      this.#emit({
        type: 'answer-void',
        at: this.now,
        decision,
        opening: null,
        option,
        after,
        reason: 'never-opened',
        index,
      });
    }
    this.#finished = true;
    this.#actor.stop();
    const { score, rating } = scoreDrill(this.#events, this.#setup);
    this.#emit({ type: 'end', at: this.now, reason, stage: this.stage, score, rating });
  }

  #deliver(inject: Inject, at: number): void {
    this.#actor.clock.moveTo(at);
    this.#emit({
      type: 'inject',
      at,
      inject: inject.id,
      message: inject.message,
      ...(inject.event !== undefined ? { event: inject.event } : {}),
      ...(inject.set !== undefined ? { set: { ...inject.set } } : {}),
    });
    // The inject's `set` comes before its event, so the event's `when` sees the new values.
    if (inject.set) this.#actor.send({ type: '$set', values: inject.set });
    if (inject.event !== undefined) this.#apply(this.#actor.send({ type: inject.event }), 'inject');
  }

  /** Turns what the machine did into events: timeouts first, then the stages entered. */
  #apply(effects: StepEffects, cause: 'timer' | 'inject' | 'answer'): void {
    for (const { decision, option } of effects.timeouts)
      this.#visit.timedOut(decision, option, this.now);
    const timedOutMove = effects.timeouts.length > 0 && cause === 'timer';
    for (const stage of effects.entered) {
      if (this.#finished) return;
      const moved = timedOutMove && this.#visit.leadsTo(effects.timeouts, stage);
      this.#enter(stage, cause === 'timer' ? (moved ? 'timeout' : 'after') : cause);
    }
  }

  #enter(stage: string, cause: 'start' | 'inject' | 'answer' | 'timeout' | 'after'): void {
    this.#stageEntries++;
    this.#visit.enter(stage, cause, this.now);
    if (this.#setup.plan.stages[stage]?.final === true) this.end('final');
    else if (this.#stageEntries >= (this.#setup.maxStageEntries ?? DEFAULT_MAX_STAGE_ENTRIES))
      this.end('limit');
  }

  /** Answers unplayed decisions at once, then ends the drill if nothing more can happen. */
  #settle(): void {
    let pending = this.#firstUnplayed();
    while (pending && !this.#finished) {
      const option = defaultOption(pending);
      this.#visit.answered(pending, option, 'default', this.now);
      this.#apply(this.#actor.send({ type: `${pending.decision}.${option}` }), 'answer');
      pending = this.#firstUnplayed();
    }
    if (!this.#finished && this.#visit.openCount === 0 && this.nextDue() === undefined) {
      this.end('exhausted');
    }
  }

  #firstUnplayed(): OpenDecision | undefined {
    for (const open of this.#visit.openValues()) if (!open.player) return open;
    return undefined;
  }

  #emit(event: DrillEvent): void {
    this.#events.push(event);
  }
}

/** What a role nobody plays answers: its timeout's choice, else the first option. */
function defaultOption({ definition }: OpenDecision): string {
  const chosen = definition.options.find((option) => option.id === definition.timeout?.choose);
  return (chosen ?? definition.options[0]!).id;
}
