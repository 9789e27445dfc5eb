/**
 * Expectations no opening took (drill-and-scoring.md, "Scoring"; docs/drill.md, "Scoring
 * choices"): in a finished drill they were missed and keep their weight; in an unfinished one
 * they can still be met, so they are pending and left out of the score.
 */
import {
  durationMs,
  type PendingExpectation,
  type Plan,
  type ScoredDecision,
} from '../model/index.js';
import { needsEscalation, type PlacedDecision } from '../model/plan-index.js';
import { effectiveTarget, type TimedExpectation } from './match-expectations.js';

/** A finished drill's expectation that no opening took: missed, with its weight. */
export function scoreNeverOpened(
  timed: TimedExpectation,
  where: PlacedDecision,
  plan: Plan,
): ScoredDecision {
  const { expectation } = timed;
  return {
    decision: expectation.decision,
    role: where.decision.owner,
    option: null,
    outcome: 'missed',
    resolution: 'never-opened',
    openedAt: null,
    latency: null,
    target: unopenedTarget(timed, where),
    credit: 0,
    timeliness: 0,
    weight: expectation.weight ?? 1,
    points: 0,
    opening: null,
    stage: where.stage,
    phase: where.phase,
    late: false,
    inject: timed.inject,
    best: expectation.best ?? [],
    acceptable: expectation.acceptable ?? [],
    timeoutOption: null,
    escalation: needsEscalation(plan, where.decision.owner, expectation.decision),
  };
}

/** An unfinished drill's expectation that no opening took yet: pending, not scored. */
export function pendingExpectation(
  timed: TimedExpectation,
  where: PlacedDecision,
  delivered: boolean,
): PendingExpectation {
  return {
    decision: timed.expectation.decision,
    role: where.decision.owner,
    inject: timed.inject,
    injectAt: timed.at,
    reason: delivered ? 'not-opened' : 'not-delivered',
    stage: where.stage,
    target: unopenedTarget(timed, where),
    weight: timed.expectation.weight ?? 1,
  };
}

/** The target of an expectation no opening took: its `within`, else the plan decision's. */
function unopenedTarget(timed: TimedExpectation, where: PlacedDecision): number | null {
  const own = where.decision.within;
  return effectiveTarget(timed, own === undefined ? null : durationMs(own));
}
