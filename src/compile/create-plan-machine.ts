/** A ready XState machine: the compiled config with its guard and action implementations. */
import type { Plan } from '../model/plan.js';
import { compilePlan } from './compile-plan.js';
import type { PlanMachineConfig } from './machine-types.js';
import { planSetup } from './plan-implementations.js';

/** The XState machine of a compiled config (for a config read back from JSON). */
export function machineFromConfig(config: PlanMachineConfig) {
  // The config is plain JSON that names only planSetup's guards and actions.
  return planSetup().createMachine(config);
}

/** The XState machine of a valid plan: `createActor(createPlanMachine(plan), { clock })`. */
export function createPlanMachine(plan: Plan) {
  return machineFromConfig(compilePlan(plan));
}

/** The type of a plan's machine. */
export type PlanMachine = ReturnType<typeof machineFromConfig>;
