/** Subtotals of a drill's score by phase and by role. */
import type { Phase, ScoreSubtotal, ScoredDecision } from '../model/index.js';
import { percentage } from './formula.js';

/** Sums weight and points of the decisions grouped by `key`, in first-seen order. */
export function subtotals<K extends string>(
  decisions: readonly ScoredDecision[],
  key: (decision: ScoredDecision) => K,
): Partial<Record<K, ScoreSubtotal>> {
  const sums = new Map<K, { weight: number; points: number; decisions: number }>();
  for (const decision of decisions) {
    const sum = sums.get(key(decision)) ?? { weight: 0, points: 0, decisions: 0 };
    sum.weight += decision.weight;
    sum.points += decision.points;
    sum.decisions += 1;
    sums.set(key(decision), sum);
  }
  const result: Partial<Record<K, ScoreSubtotal>> = {};
  for (const [group, sum] of sums) {
    result[group] = { ...sum, score: percentage(sum.points, sum.weight) ?? 0 };
  }
  return result;
}

/** Subtotals by phase, in the order the phases first have a scored decision. */
export function byPhase(
  decisions: readonly ScoredDecision[],
): Partial<Record<Phase, ScoreSubtotal>> {
  return subtotals(decisions, (decision) => decision.phase);
}

/** Subtotals by owner role. */
export function byRole(decisions: readonly ScoredDecision[]): Record<string, ScoreSubtotal> {
  return subtotals(decisions, (decision) => decision.role) as Record<string, ScoreSubtotal>;
}
