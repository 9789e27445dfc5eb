/** Where each decision of a plan lives, and whether its owner may take it alone. */
import type { Decision, Phase, Plan } from '../model/index.js';

/** A decision with its stage and phase. */
export interface PlacedDecision {
  decision: Decision;
  stage: string;
  phase: Phase;
}

/** Every decision of a plan by id (ids are unique within a plan: rule id/duplicate). */
export function indexDecisions(plan: Plan): Map<string, PlacedDecision> {
  const index = new Map<string, PlacedDecision>();
  for (const [stage, definition] of Object.entries(plan.stages)) {
    for (const decision of definition.decisions ?? []) {
      if (!index.has(decision.id))
        index.set(decision.id, { decision, stage, phase: definition.phase });
    }
  }
  return index;
}

/**
 * Whether the owner must escalate: its role lists neither `all` nor this decision under
 * `authority` (a role without `authority` has none, as the lint rule authority/escalation says).
 */
export function needsEscalation(plan: Plan, owner: string, decision: string): boolean {
  const authority = plan.roles?.[owner]?.authority;
  if (authority === 'all') return false;
  return !(authority ?? []).includes(decision);
}
