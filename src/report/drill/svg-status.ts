/** How charts colour a scored decision: on time, late, or missed (timed out, closed, never opened). */
import type { ScoredDecision } from '../../model/index.js';
import type { DecisionStatus } from '../palette.js';

/** Answered on time, answered late, or not answered at all. */
export function decisionStatus(decision: ScoredDecision): DecisionStatus {
  if (decision.outcome !== 'answered') return 'missed';
  return decision.late ? 'late' : 'on-time';
}
