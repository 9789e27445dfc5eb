/**
 * Who may take which decision (authority/escalation, authority/no-deputy, `yuan readiness`).
 *
 * - A role may take a decision on its own when its `authority` is `all` or lists the decision's
 *   id. A role without `authority` may take none: every decision it owns must be escalated.
 * - A deputy counts only when it names another role of the plan (ref/role reports the others).
 * - A role is a single person when its `count` is 1 (the default) and it has no deputy.
 * - A decision is urgent when its `within` is at most 2 hours: such a decision cannot wait for an
 *   absent single person. A decision without `within` is not urgent.
 * - The most decisions open for a role at once is the largest number it owns in one stage, since
 *   all decisions of a stage open when the stage is entered.
 */
import { durationMs } from '../model/duration.js';
import type { Decision, Plan, Role } from '../model/plan.js';
import { pointerOf } from '../model/pointer.js';
import { decisionEntries, own } from '../model/plan-entries.js';
import { mayDecide } from '../model/plan-index.js';

/** A decision due within this long needs an owner who can always be reached: 2 hours. */
export const URGENT_DECISION_MS = 2 * 3_600_000;

/** One decision and its owner's standing. */
export interface DecisionAuthority {
  stage: string;
  decision: Decision;
  pointer: string;
  owner: string;
  /** Undefined when the owner names no role (ref/role reports it). */
  ownerRole?: Role;
  /** The owner may take the decision on its own. */
  authorised: boolean;
  /** Every role that may take it on its own. */
  authorisedRoles: string[];
  withinMs?: number;
  urgent: boolean;
  /** The owner is a single person without a deputy. */
  singlePerson: boolean;
}

/** One role: what it owns, what it must escalate, whether it is a single point of failure. */
export interface RoleAuthority {
  id: string;
  role: Role;
  pointer: string;
  count: number;
  /** The deputy, when it names another role of the plan. */
  deputy?: string;
  authority: string[] | 'all';
  owns: DecisionAuthority[];
  mustEscalate: DecisionAuthority[];
  /** The most decisions this role may face at once, and the first stage where that happens. */
  maxOpenAtOnce: number;
  busiestStage?: string;
  singlePerson: boolean;
  /** A single person who owns an urgent decision. */
  singlePointOfFailure: boolean;
}

/** The deputy of a role when it names another role of the plan. */
export function deputyOf(plan: Plan, id: string): string | undefined {
  const deputy = own(plan.roles, id)?.deputy;
  return deputy !== undefined && deputy !== id && own(plan.roles, deputy) !== undefined
    ? deputy
    : undefined;
}

/** Whether a role is one person without a deputy. */
export function isSinglePerson(plan: Plan, id: string): boolean {
  const role = own(plan.roles, id);
  return role !== undefined && (role.count ?? 1) === 1 && deputyOf(plan, id) === undefined;
}

/** Every decision of the plan with its owner's authority, in document order. */
export function decisionAuthorities(plan: Plan): DecisionAuthority[] {
  const roles = Object.entries(plan.roles ?? {});
  return decisionEntries(plan).map(({ stageId, decision, pointer }) => {
    const ownerRole = own(plan.roles, decision.owner);
    const withinMs = decision.within === undefined ? undefined : durationMs(decision.within);
    return {
      stage: stageId,
      decision,
      pointer,
      owner: decision.owner,
      ...(ownerRole ? { ownerRole } : {}),
      authorised: mayDecide(ownerRole, decision.id),
      authorisedRoles: roles.filter(([, role]) => mayDecide(role, decision.id)).map(([id]) => id),
      ...(withinMs === undefined ? {} : { withinMs }),
      urgent: withinMs !== undefined && withinMs <= URGENT_DECISION_MS,
      singlePerson: isSinglePerson(plan, decision.owner),
    };
  });
}

/** Every role with the decisions it owns and must escalate, in document order. */
export function roleAuthorities(plan: Plan): RoleAuthority[] {
  const decisions = decisionAuthorities(plan);
  return Object.entries(plan.roles ?? {}).map(([id, role]) => {
    const owns = decisions.filter((d) => d.owner === id);
    const perStage = new Map<string, number>();
    for (const d of owns) perStage.set(d.stage, (perStage.get(d.stage) ?? 0) + 1);
    let maxOpenAtOnce = 0;
    let busiestStage: string | undefined;
    for (const [stage, open] of perStage) {
      if (open > maxOpenAtOnce) [maxOpenAtOnce, busiestStage] = [open, stage];
    }
    const deputy = deputyOf(plan, id);
    const singlePerson = isSinglePerson(plan, id);
    return {
      id,
      role,
      pointer: pointerOf('/roles', id),
      count: role.count ?? 1,
      ...(deputy ? { deputy } : {}),
      authority: role.authority ?? [],
      owns,
      mustEscalate: owns.filter((d) => !d.authorised),
      maxOpenAtOnce,
      ...(busiestStage ? { busiestStage } : {}),
      singlePerson,
      singlePointOfFailure: singlePerson && owns.some((d) => d.urgent),
    };
  });
}
