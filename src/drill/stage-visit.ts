/**
 * The engine's bookkeeping of the current stage: which decisions are open (they open when the
 * stage is entered and close on answer, timeout or exit), which timers can still do something,
 * and the drill events that record it all.
 */
import type { PlanMachineConfig, TimerMeta } from '../compile/index.js';
import type {
  AnswerSource,
  DecisionCloseReason,
  DrillEvent,
  StageCause,
  VoidReason,
} from '../model/index.js';
import {
  effectiveTarget,
  ExpectationMatcher,
  timedExpectations,
} from '../score/match-expectations.js';
import type { AnswerQueues } from './answer-queues.js';
import type { DrillSetup } from './drill-setup.js';
import type { OpenDecision } from './open-decision.js';

/** The current stage of a drill and its open decisions. */
export class StageVisit {
  readonly #setup: DrillSetup;
  readonly #queues: AnswerQueues;
  readonly #emit: (event: DrillEvent) => void;
  readonly #players: ReadonlySet<string>;
  readonly #openings = new Map<string, number>();
  /** The scorer's matching, fed every opening as it happens: it gives each opening its target. */
  readonly #expectations: ExpectationMatcher;
  /** Open decisions by id, in opening order (a decision is open at most once at a time). */
  readonly #open = new Map<string, OpenDecision>();
  #stage = '';
  #enteredAt = 0;
  /** The stage's timers in firing order (compiled meta, ms); equal delays fire together. */
  #timers: readonly TimerMeta[] = [];
  readonly #config: PlanMachineConfig;

  constructor(setup: DrillSetup, queues: AnswerQueues, emit: (event: DrillEvent) => void) {
    this.#setup = setup;
    this.#queues = queues;
    this.#emit = emit;
    this.#players = new Set(setup.players);
    this.#expectations = new ExpectationMatcher(timedExpectations(setup.scenario));
    // The compiled config's meta has every duration in ms already: no parsing per visit.
    this.#config = setup.machine.config as unknown as PlanMachineConfig;
  }

  /** The current stage id. */
  get stage(): string {
    return this.#stage;
  }

  /** Every open decision (played or not), in opening order. */
  open(): OpenDecision[] {
    return [...this.#open.values()];
  }

  /** Open decisions as they are (no copy), in opening order. */
  openValues(): IterableIterator<OpenDecision> {
    return this.#open.values();
  }

  /** How many decisions are open. */
  get openCount(): number {
    return this.#open.size;
  }

  /** The open decision for this opening, if it is still open. */
  find(decision: string, opening: number): OpenDecision | undefined {
    const open = this.#open.get(decision);
    return open?.opening === opening ? open : undefined;
  }

  /** Leaves the current stage (its open decisions close) and enters `stage`, opening its decisions. */
  enter(stage: string, cause: StageCause, at: number): void {
    this.closeAll('stage-left', at);
    const definition = this.#setup.plan.stages[stage];
    if (!definition) throw new Error(`the machine entered ${stage}, which the plan does not have`);
    const from = cause === 'start' ? null : this.#stage;
    this.#emit({ type: 'stage-entered', at, stage, phase: definition.phase, from, cause });
    this.#stage = stage;
    this.#enteredAt = at;
    const meta = this.#config.states[stage]?.meta;
    this.#timers = meta?.timers ?? [];
    (definition.decisions ?? []).forEach((decision, index) => {
      const compiled = meta?.decisions[index];
      const opening = (this.#openings.get(decision.id) ?? 0) + 1;
      this.#openings.set(decision.id, opening);
      const player = this.#players.has(decision.owner);
      const timeoutAt = compiled?.timeout ? at + compiled.timeout.after : null;
      const planTarget = compiled?.within ?? null;
      const owner = decision.owner;
      const fields = {
        decision: decision.id,
        opening,
        stage,
        owner,
        player,
        target: planTarget,
        timeoutAt,
      };
      // The journal keeps the plan's target (as ever); the open decision carries the one that
      // scores it, so the countdown and the score agree.
      this.#emit({ type: 'decision-opened', at, ...fields });
      const timed = this.#expectations.open({ decision: decision.id, opening, at });
      const target = effectiveTarget(timed, planTarget);
      const open: OpenDecision = { ...fields, target, openedAt: at, definition: decision };
      const scripted = player ? this.#queues.take(decision.id) : undefined;
      this.#open.set(decision.id, scripted ? { ...open, scripted } : open);
    });
  }

  /** Records an answer (by a player or by default) and closes the decision. */
  answered(open: OpenDecision, option: string, by: AnswerSource, at: number): void {
    this.#open.delete(open.decision);
    const { decision, opening } = open;
    this.#emit({
      type: 'decision-answered',
      at,
      decision,
      opening,
      option,
      latency: at - open.openedAt,
      by,
    });
  }

  /** Records a decision the machine closed by its timeout. */
  timedOut(decision: string, option: string, at: number): void {
    const open = this.#open.get(decision);
    if (!open) return;
    this.#open.delete(decision);
    const latency = at - open.openedAt;
    this.#emit({ type: 'decision-timeout', at, decision, opening: open.opening, option, latency });
    this.#voidScripted(open, 'after-timeout', at);
  }

  /** Closes every open decision unanswered. */
  closeAll(reason: DecisionCloseReason, at: number): void {
    for (const open of this.#open.values()) {
      const { decision, opening } = open;
      this.#emit({
        type: 'decision-closed',
        at,
        decision,
        opening,
        reason,
        latency: at - open.openedAt,
      });
      this.#voidScripted(open, reason, at);
    }
    this.#open.clear();
  }

  /** Whether one of these timed-out choices leads to `stage` (the timeout moved the plan). */
  leadsTo(choices: readonly { decision: string; option: string }[], stage: string): boolean {
    const decisions = this.#setup.plan.stages[this.#stage]?.decisions ?? [];
    return choices.some(({ decision, option }) =>
      decisions.some(
        (candidate) =>
          candidate.id === decision &&
          candidate.options.some((o) => o.id === option && o.goto === stage),
      ),
    );
  }

  /**
   * When the next timer of this stage that can still do something falls due: timers sharing a
   * delay act together if one is an `after` or a timeout of a decision still open.
   */
  nextTimer(now: number): number | undefined {
    for (const timer of this.#timers) {
      const due = this.#enteredAt + timer.delay;
      if (due <= now) continue;
      const acts =
        timer.kind === 'after' ||
        (timer.option !== undefined &&
          timer.decision !== undefined &&
          this.#open.has(timer.decision));
      // Timers come shortest delay first, so the first that acts is the next.
      if (acts) return due;
    }
    return undefined;
  }

  #voidScripted(open: OpenDecision, reason: VoidReason, at: number): void {
    if (!open.scripted) return;
    const { decision, option, after, index } = open.scripted;
    this.#emit({
      type: 'answer-void',
      at,
      decision,
      opening: open.opening,
      option,
      after,
      reason,
      index,
    });
  }
}
