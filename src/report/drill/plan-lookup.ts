/** Titles of a plan's stages, decisions and options, for reports that show ids beside their text. */
import type { Plan } from '../../model/index.js';
import { findDecision } from '../../model/plan-index.js';

/** The decision's title, or its id when the plan no longer has it. */
export function decisionTitle(plan: Plan, id: string): string {
  return findDecision(plan, id)?.title ?? id;
}

/** The option's title, or its id. */
export function optionTitle(plan: Plan, decision: string, option: string): string {
  return findDecision(plan, decision)?.options.find((item) => item.id === option)?.title ?? option;
}

/** The stage's title, or its id. */
export function stageTitle(plan: Plan, stage: string): string {
  return Object.hasOwn(plan.stages, stage) ? (plan.stages[stage]?.title ?? stage) : stage;
}

/** The role's title, or its id. */
export function roleTitle(plan: Plan, role: string): string {
  const roles = plan.roles ?? {};
  return Object.hasOwn(roles, role) ? (roles[role]?.title ?? role) : role;
}
