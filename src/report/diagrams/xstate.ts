/**
 * `yuan compile --format xstate`: the machine config as JSON (plan-format.md, "The compiled
 * machine"), for `createMachine` with the package's implementations, or Stately's editor.
 */
import type { Plan } from '../../model/plan.js';
import { compilePlan } from '../../compile/compile-plan.js';

/** The machine config of a plan, pretty-printed JSON. */
export function formatXstate(plan: Plan): string {
  return `${JSON.stringify(compilePlan(plan), null, 2)}\n`;
}
