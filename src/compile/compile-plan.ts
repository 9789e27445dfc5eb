/**
 * Plan -> XState v5 machine config, as plain JSON (plan-format.md, "The compiled machine").
 *
 * One state per stage, same id; plan events are event types; answering decision `d` with option
 * `o` is the event `d.o`; `when` is the guard `when`, `set` the action `set`; `after` and decision
 * timeouts are `after` transitions keyed by milliseconds. The config names only the guards and
 * actions of plan-implementations.ts.
 *
 * Decisions and timeouts. The context keeps `$decisions`: the decisions closed in the current
 * visit of the stage (decision id -> `{ option, by: 'answer' | 'timeout' }`). Entering a stage
 * that has decisions runs `openDecisions`, which empties it. A `d.o` transition is guarded by
 * `open` (d is not in `$decisions`) and records the answer with `answer`, so a decision is
 * answered at most once per visit. A timeout is an `after` transition guarded by `open`; its
 * `timeout` action records the timed-out choice, applies the chosen option's `set` and emits a
 * `timeout` event (`actor.on('timeout', ...)`). Once a decision is answered its guard is false,
 * so its timeout does not fire. Timers sharing a delay fire together (stage-timers.ts): every
 * decision of the group that is still open times out, and the first of them whose option has a
 * `goto` (else the first `after` of the group) decides where the machine goes.
 *
 * Variables change through options' `set` and through the event `$set` (`{ type: '$set',
 * values: { id: value } }`), which a drill sends for an inject's `set` before its event.
 * A `goto` back to the stage itself enters it again (`reenter: true`).
 */
import type { Decision, GuardedTarget, Plan, Stage, Transition } from '../model/plan.js';
import type {
  ActionRef,
  PlanMachineConfig,
  StateConfig,
  TimedOutChoice,
  TransitionConfig,
} from './machine-types.js';
import { stageMeta } from './stage-meta.js';
import { stageTimers, type StageTimer, type TimeoutTimer } from '../model/stage-timers.js';

/** The event type that sets variables: `{ type: '$set', values }`. */
export const SET_VARIABLES_EVENT = '$set';

/** Compiles a valid plan into its machine config (plain JSON). */
export function compilePlan(plan: Plan): PlanMachineConfig {
  const entries = Object.entries(plan.stages);
  const initial = entries.find(([, stage]) => stage.initial === true)?.[0] ?? entries[0]?.[0];
  const variables = Object.entries(plan.variables ?? {}).map(
    ([id, variable]) => [id, variable.initial] as const,
  );
  return {
    id: plan.id,
    initial: initial ?? '',
    context: { ...Object.fromEntries(variables), $decisions: {} },
    meta: { title: plan.title, ...(plan.version !== undefined ? { version: plan.version } : {}) },
    on: { [SET_VARIABLES_EVENT]: [{ actions: [{ type: 'setVariables' }] }] },
    states: Object.fromEntries(entries.map(([id, stage]) => [id, stateConfig(plan, id, stage)])),
  };
}

function stateConfig(plan: Plan, id: string, stage: Stage): StateConfig {
  const meta = stageMeta(plan, id, stage);
  const state: StateConfig = {
    ...(stage.final === true ? { type: 'final' as const } : {}),
    description: stage.description ? `${stage.title}\n\n${stage.description}` : stage.title,
    meta,
  };
  // A final stage ends the machine: nothing in it can happen (graph/final says so).
  if (stage.final === true) return state;
  const decisions = stage.decisions ?? [];
  if (decisions.length > 0) state.entry = [{ type: 'openDecisions' }];
  const to = (target: string): Pick<TransitionConfig, 'target' | 'reenter'> =>
    target === id ? { target, reenter: true } : { target };

  const on: Record<string, TransitionConfig[]> = {};
  for (const [event, transition] of Object.entries(stage.on ?? {})) {
    on[event] = guardedTargets(transition).map(({ goto, when }) => ({
      ...to(goto),
      ...(when ? { guard: { type: 'when' as const, params: when } } : {}),
    }));
  }
  for (const decision of decisions) {
    for (const option of decision.options) {
      const actions: ActionRef[] = [
        { type: 'answer', params: { decision: decision.id, option: option.id } },
      ];
      if (option.set) actions.push({ type: 'set', params: { ...option.set } });
      on[`${decision.id}.${option.id}`] = [
        {
          ...(option.goto !== undefined ? to(option.goto) : {}),
          guard: { type: 'open', params: { decisions: [decision.id] } },
          actions,
        },
      ];
    }
  }
  if (Object.keys(on).length > 0) state.on = on;

  const after: Record<string, TransitionConfig[]> = {};
  for (const group of stageTimers(id, stage)) {
    after[String(group.delay)] = timerTransitions(group.timers, decisions, to);
  }
  if (Object.keys(after).length > 0) state.after = after;
  return state;
}

/** An `on` value as the list of guarded targets it stands for. */
function guardedTargets(transition: Transition): GuardedTarget[] {
  if (typeof transition === 'string') return [{ goto: transition }];
  return Array.isArray(transition) ? transition : [transition];
}

/** The transitions of timers that share one delay (see the file header). */
function timerTransitions(
  timers: readonly StageTimer[],
  decisions: readonly Decision[],
  to: (target: string) => Pick<TransitionConfig, 'target' | 'reenter'>,
): TransitionConfig[] {
  const timeouts = timers.filter(
    (timer): timer is TimeoutTimer & { option: string } =>
      timer.kind === 'timeout' && timer.option !== undefined,
  );
  const expire = (upTo: number): ActionRef[] =>
    timeouts.length === 0
      ? []
      : [
          {
            type: 'timeout',
            params: { decisions: timeouts.slice(0, upTo).map(choiceOf(decisions)) },
          },
        ];
  const transitions: TransitionConfig[] = [];
  timeouts.forEach((timer, index) => {
    if (timer.goto === undefined) return;
    transitions.push({
      ...to(timer.goto),
      guard: { type: 'open', params: { decisions: [timer.decision] } },
      actions: expire(index + 1),
    });
  });
  const after = timers.find((timer) => timer.kind === 'after');
  if (after) {
    const actions = expire(timeouts.length);
    transitions.push({ ...to(after.goto), ...(actions.length > 0 ? { actions } : {}) });
  } else if (timeouts.some((timer) => timer.goto === undefined)) {
    // Reached only when no timeout with a goto was open: the others stay in the stage.
    const staying = timeouts.filter((timer) => timer.goto === undefined);
    transitions.push({
      guard: { type: 'open', params: { decisions: staying.map((timer) => timer.decision) } },
      actions: expire(timeouts.length),
    });
  }
  return transitions;
}

function choiceOf(decisions: readonly Decision[]) {
  return (timer: TimeoutTimer & { option: string }): TimedOutChoice => {
    const decision = decisions.find((candidate) => candidate.id === timer.decision);
    const set = decision?.options.find((option) => option.id === timer.option)?.set;
    return { decision: timer.decision, option: timer.option, ...(set ? { set: { ...set } } : {}) };
  };
}
