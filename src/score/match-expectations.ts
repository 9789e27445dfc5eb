/**
 * Which opening each scenario expectation applies to: the first opening of its decision at or
 * after its inject's time (drill-and-scoring.md, "Scoring"), each opening taken by at most one.
 */
import { durationMs, type Expectation, type Scenario } from '../model/index.js';

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

/**
 * Pairs expectations with openings (given in the order they happened). When two expectations
 * would take the same opening, the earlier one does and the later waits for a later opening,
 * so an exercise that expects a decision twice must see it made twice.
 */
export function matchExpectations(
  openings: readonly OpeningRef[],
  expectations: readonly TimedExpectation[],
): { byOpening: Map<string, TimedExpectation>; unmatched: TimedExpectation[] } {
  const byOpening = new Map<string, TimedExpectation>();
  const unmatched: TimedExpectation[] = [];
  for (const timed of expectations) {
    const match = openings.find(
      (ref) =>
        ref.decision === timed.expectation.decision &&
        ref.at >= timed.at &&
        !byOpening.has(openingKey(ref.decision, ref.opening)),
    );
    if (match) byOpening.set(openingKey(match.decision, match.opening), timed);
    else unmatched.push(timed);
  }
  return { byOpening, unmatched };
}
