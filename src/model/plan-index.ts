/**
 * Looking things up in a plan by id: one index of its decisions, and whether a role may take a
 * decision on its own. Every step asks here (rules, readiness, scoring, reports), so the answers
 * cannot disagree. Ids are unique within a plan (rule id/duplicate); with duplicates the first wins.
 */
import { decisionEntries, own } from './plan-entries.js';
import type { Decision, Phase, Plan, Role } from './plan.js';

/** A decision with the stage it belongs to and that stage's phase. */
export interface PlacedDecision {
  decision: Decision;
  stage: string;
  phase: Phase;
}

/** Every decision of a plan by id, in document order. */
export function indexDecisions(plan: Plan): Map<string, PlacedDecision> {
  const index = new Map<string, PlacedDecision>();
  for (const { decision, stageId, stage } of decisionEntries(plan)) {
    if (!index.has(decision.id))
      index.set(decision.id, { decision, stage: stageId, phase: stage.phase });
  }
  return index;
}

/** The decision with this id, in any stage. */
export function findDecision(plan: Plan, id: string): Decision | undefined {
  for (const { decision } of decisionEntries(plan)) if (decision.id === id) return decision;
  return undefined;
}

/**
 * Whether a role may take a decision on its own: its `authority` is `all` or lists the decision
 * (a role without `authority` has none, as the rule authority/escalation says).
 */
export function mayDecide(role: Role | undefined, decisionId: string): boolean {
  if (role?.authority === undefined) return false;
  return role.authority === 'all' || role.authority.includes(decisionId);
}

/** Whether the owner of a decision must escalate it: its role may not decide it alone. */
export function needsEscalation(plan: Plan, owner: string, decisionId: string): boolean {
  return !mayDecide(own(plan.roles, owner), decisionId);
}
