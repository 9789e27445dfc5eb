/**
 * Which opening each scenario expectation applies to: the first opening of its decision at or
 * after its inject's time (drill-and-scoring.md, "Scoring"), each opening taken by at most one.
 * The scorer and the drill engine both match through {@link ExpectationMatcher}, so the target a
 * player is shown is the target the score uses.
 */
import { durationMs, type DrillEvent, type Expectation, type Scenario } from '../model/index.js';

/** An expectation with the inject that carries it and that inject's time. */
export interface TimedExpectation {
  expectation: Expectation;
  inject: string;
  at: number;
}

/** A decision's opening as scoring sees it. */
export interface OpeningRef {
  decision: string;
  opening: number;
  at: number;
}

/** The expectations of a scenario in delivery order: by inject time, then file order. */
export function timedExpectations(scenario: Scenario): TimedExpectation[] {
  const timed = scenario.injects.flatMap((inject) =>
    (inject.expect ?? []).map((expectation) => ({
      expectation,
      inject: inject.id,
      at: durationMs(inject.at),
    })),
  );
  // Array.prototype.sort is stable, so equal times keep file order.
  return timed.sort((a, b) => a.at - b.at);
}

/** The key of one opening of one decision. */
export function openingKey(decision: string, opening: number): string {
  return `${decision}#${opening}`;
}

/** Target T of an opening: its expectation's `within`, else the plan's target (ms or null). */
export function effectiveTarget(
  timed: TimedExpectation | undefined,
  planTarget: number | null,
): number | null {
  const within = timed?.expectation.within;
  return within === undefined ? planTarget : durationMs(within);
}

/**
 * Matches openings to expectations one opening at a time, in the order the openings happen.
 * An opening takes the earliest expectation of its decision still waiting whose inject time has
 * come; the later ones wait for later openings, so an exercise that expects a decision twice must
 * see it made twice. A match never changes once made, so the engine can ask as each decision
 * opens, and the scorer gets the same answer from the whole journal.
 */
export class ExpectationMatcher {
  readonly #expectations: readonly TimedExpectation[];
  /** Per decision, the expectations in delivery order, and how many of them are taken. */
  readonly #byDecision = new Map<string, { queue: TimedExpectation[]; taken: number }>();
  readonly #matched = new Set<TimedExpectation>();

  /** @param expectations in delivery order ({@link timedExpectations}). */
  constructor(expectations: readonly TimedExpectation[]) {
    this.#expectations = expectations;
    for (const timed of expectations) {
      const decision = timed.expectation.decision;
      const entry = this.#byDecision.get(decision) ?? { queue: [], taken: 0 };
      entry.queue.push(timed);
      this.#byDecision.set(decision, entry);
    }
  }

  /** The expectation that applies to this opening (the next one must come later), if any. */
  open(ref: OpeningRef): TimedExpectation | undefined {
    const entry = this.#byDecision.get(ref.decision);
    const next = entry?.queue[entry.taken];
    // Expectations wait in time order: if the earliest waiting one is not due, none is.
    if (!entry || !next || next.at > ref.at) return undefined;
    entry.taken++;
    this.#matched.add(next);
    return next;
  }

  /** The expectations no opening has taken so far, in delivery order. */
  unmatched(): TimedExpectation[] {
    return this.#expectations.filter((timed) => !this.#matched.has(timed));
  }
}

/** Pairs expectations with openings (given in the order they happened), by {@link openingKey}. */
export function matchExpectations(
  openings: readonly OpeningRef[],
  expectations: readonly TimedExpectation[],
): { byOpening: Map<string, TimedExpectation>; unmatched: TimedExpectation[] } {
  const matcher = new ExpectationMatcher(expectations);
  const byOpening = new Map<string, TimedExpectation>();
  for (const ref of openings) {
    const timed = matcher.open(ref);
    if (timed) byOpening.set(openingKey(ref.decision, ref.opening), timed);
  }
  return { byOpening, unmatched: matcher.unmatched() };
}

/**
 * The target of every opening in a drill's events, by {@link openingKey}: what scores it, where
 * the journal's `decision-opened` keeps the plan's target.
 */
export function openingTargets(
  events: readonly DrillEvent[],
  scenario: Scenario,
): Map<string, number | null> {
  const matcher = new ExpectationMatcher(timedExpectations(scenario));
  const targets = new Map<string, number | null>();
  for (const event of events) {
    if (event.type !== 'decision-opened') continue;
    const key = openingKey(event.decision, event.opening);
    targets.set(key, effectiveTarget(matcher.open(event), event.target));
  }
  return targets;
}
