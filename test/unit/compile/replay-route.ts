/**
 * Replays a route of the analysis on the compiled machine with XState's simulated clock: the
 * guards of each event are satisfied by setting variables first (`$set`), each timer is waited
 * for after answering, with an option that keeps the stage, every decision whose timeout would
 * otherwise leave first.
 */
import { createActor, SimulatedClock } from 'xstate';
import type { PlanMachine } from '../../../src/compile/create-plan-machine.js';
import type { Route } from '../../../src/compile/route-analysis.js';
import { satisfyConditions } from '../../../src/compile/satisfy-conditions.js';
import { firingOrder, stageTimers } from '../../../src/model/stage-timers.js';
import type { Plan } from '../../../src/model/plan.js';

/** Where the replay ended, and why it stopped early if it did. */
export interface Replay {
  stages: string[];
  status: string;
  problem?: string;
}

/** Replays `route` on a fresh actor of `machine`, the machine of `plan`. */
export function replayRoute(plan: Plan, machine: PlanMachine, route: Route): Replay {
  const clock = new SimulatedClock();
  const actor = createActor(machine, { clock }).start();
  const stage = () => String(actor.getSnapshot().value);
  const stages = [stage()];
  for (const step of route.steps) {
    if (stage() !== step.from)
      return { stages, status: 'wrong-stage', problem: `${stage()} is not ${step.from}` };
    if (step.kind === 'event') {
      const solved = satisfyConditions(step.when ? [step.when] : [], step.unless ?? []);
      if (solved.status !== 'satisfiable')
        return { stages, status: solved.status, problem: step.event! };
      actor.send({ type: '$set', values: solved.values });
      actor.send({ type: step.event! });
    } else if (step.kind === 'option') {
      actor.send({ type: step.event! });
    } else {
      keepEarlierTimeoutsFromLeaving(
        plan,
        step.from,
        step.delay!,
        step.kind === 'timeout' ? step.decision : undefined,
        (type) => actor.send({ type }),
      );
      clock.increment(step.delay!);
    }
    stages.push(stage());
  }
  return { stages, status: actor.getSnapshot().status };
}

/** Answers, with an option without goto, each decision whose timeout fires no later than `delay` and would leave. */
function keepEarlierTimeoutsFromLeaving(
  plan: Plan,
  stageId: string,
  delay: number,
  own: string | undefined,
  send: (type: string) => void,
): void {
  const stage = plan.stages[stageId]!;
  for (const timer of firingOrder(stageTimers(stageId, stage))) {
    if (timer.delay > delay) break;
    if (timer.kind !== 'timeout' || timer.goto === undefined || timer.decision === own) continue;
    const decision = stage.decisions!.find((candidate) => candidate.id === timer.decision)!;
    const staying = decision.options.find((option) => option.goto === undefined);
    if (staying) send(`${decision.id}.${staying.id}`);
  }
}
