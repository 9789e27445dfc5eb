/** Load, check and compile in one call: what a program that runs plans needs. */
import { compilePlan } from './compile/compile-plan.js';
import { machineFromConfig, type PlanMachine } from './compile/create-plan-machine.js';
import { loadPlan, parsePlan, type LoadPlanOptions, type PlanLoad } from './load-plan.js';
import type { PlanMachineConfig } from './compile/machine-types.js';

/** A checked plan with its machine: `config` and `machine` are there when `plan` is. */
export interface PlanMachineLoad extends PlanLoad {
  config?: PlanMachineConfig;
  machine?: PlanMachine;
}

/** Loads the plan file at `path`, checks it and, when it has no errors, compiles it. */
export async function loadPlanMachine(
  path: string,
  options: LoadPlanOptions = {},
): Promise<PlanMachineLoad> {
  return withMachine(await loadPlan(path, options));
}

/** Parses a plan given as text, checks it and, when it has no errors, compiles it. */
export async function parsePlanMachine(
  text: string,
  options: LoadPlanOptions = {},
): Promise<PlanMachineLoad> {
  return withMachine(await parsePlan(text, options));
}

function withMachine(load: PlanLoad): PlanMachineLoad {
  if (!load.plan) return load;
  const config = compilePlan(load.plan);
  return { ...load, config, machine: machineFromConfig(config) };
}
