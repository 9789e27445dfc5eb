/** What a drill engine is built from, and the machine a drill runs. */
import { compilePlan, machineFromConfig, type PlanMachine } from '../compile/index.js';
import type { DrillStartEvent, Plan, Scenario } from '../model/index.js';
import type { QueuedAnswer } from './answer-queues.js';

/** The start event's description of the drill, less what the engine fills in itself. */
export type DrillStartInfo = Omit<DrillStartEvent, 'type' | 'at' | 'journal' | 'players' | 'pace'>;

/** Everything a drill depends on; the same setup always gives the same events. */
export interface DrillSetup {
  plan: Plan;
  scenario: Scenario;
  /** The plan's machine starting at the scenario's start stage ({@link drillMachine}). */
  machine: PlanMachine;
  /** Roles answered by people; every other role takes its decisions' defaults at once. */
  players: readonly string[];
  /** Scenario seconds per real second while a prompt waits. */
  pace: number;
  start: DrillStartInfo;
  /** Scripted answers, in file order (journal answers first when resuming). */
  answers?: readonly QueuedAnswer[];
  /** Stage entries after which a runaway drill is cut (default 1000). */
  maxStageEntries?: number;
}

/** The plan's machine, starting at `start` (default: the plan's initial stage). Reusable. */
export function drillMachine(plan: Plan, start?: string): PlanMachine {
  const config = compilePlan(plan);
  return machineFromConfig(start === undefined ? config : { ...config, initial: start });
}

/** The roles a drill's players hold: chosen ones, else the scenario's `players`, else every role. */
export function playersOf(plan: Plan, scenario: Scenario, chosen?: readonly string[]): string[] {
  if (chosen && chosen.length > 0) return [...chosen];
  return [...(scenario.players ?? Object.keys(plan.roles ?? {}))];
}
