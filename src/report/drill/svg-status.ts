/** How charts colour a scored decision: on time, late, or missed (timed out, closed, never opened). */
import type { ScoredDecision } from '../../model/index.js';

/** A scored decision's status in the charts. */
export type DecisionStatus = 'on-time' | 'late' | 'missed';

/** Bar colours by status (green, amber, red; distinguishable in grey too). */
export const STATUS_COLOR: Record<DecisionStatus, string> = {
  'on-time': '#2e7d4f',
  late: '#e08a00',
  missed: '#b3261e',
};

/** Answered on time, answered late, or not answered at all. */
export function decisionStatus(decision: ScoredDecision): DecisionStatus {
  if (decision.outcome !== 'answered') return 'missed';
  return decision.late ? 'late' : 'on-time';
}
