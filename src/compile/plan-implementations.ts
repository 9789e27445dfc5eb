/**
 * The named guards and actions a compiled config refers to (compile-plan.ts explains the design).
 * They read only their params, the context and the event: no plan is needed to run a config.
 */
import { assign, enqueueActions, setup } from 'xstate';
import type { Condition, Scalar } from '../model/plan.js';
import { evaluateCondition } from './evaluate-condition.js';
import type { ClosedDecision, PlanContext, TimedOutChoice } from './machine-types.js';

/** Events a plan machine accepts: plan events, `decision.option`, and `$set` with `values`. */
export interface PlanEvent {
  type: string;
  /** For `$set`: the variables to change. */
  values?: Record<string, Scalar>;
}

/** What the machine emits (`actor.on('timeout', ...)`): a decision closed by its timeout. */
export interface TimeoutEmitted {
  type: 'timeout';
  decision: string;
  option: string;
}

/** Whether any of `decisions` is still open in this visit of the stage. */
function isOpen(context: PlanContext, decisions: readonly string[]): boolean {
  return decisions.some((decision) => !Object.hasOwn(context.$decisions, decision));
}

/** Only plan variables may be set from outside: `$`-names belong to the machine. */
function variablesOnly(values: Record<string, Scalar> | undefined): Record<string, Scalar> {
  return Object.fromEntries(Object.entries(values ?? {}).filter(([key]) => !key.startsWith('$')));
}

/** The guards and actions, in the shape `setup()` takes. */
export function planSetup() {
  return setup({
    types: {
      context: {} as PlanContext,
      events: {} as PlanEvent,
      emitted: {} as TimeoutEmitted,
    },
    guards: {
      when: ({ context }, params: Condition) => evaluateCondition(params, context),
      open: ({ context }, params: { decisions: string[] }) => isOpen(context, params.decisions),
    },
    actions: {
      set: assign((_, params: Record<string, Scalar>) => variablesOnly(params)),
      setVariables: assign(({ event }) => variablesOnly(event.values)),
      openDecisions: assign({ $decisions: () => ({}) }),
      answer: assign(({ context }, params: { decision: string; option: string }) => ({
        $decisions: {
          ...context.$decisions,
          [params.decision]: { option: params.option, by: 'answer' } satisfies ClosedDecision,
        },
      })),
      timeout: enqueueActions(({ context, enqueue }, params: { decisions: TimedOutChoice[] }) => {
        const closing = params.decisions.filter((choice) => isOpen(context, [choice.decision]));
        if (closing.length === 0) return;
        const $decisions = { ...context.$decisions };
        let values: Record<string, Scalar> = {};
        for (const choice of closing) {
          $decisions[choice.decision] = { option: choice.option, by: 'timeout' };
          values = { ...values, ...variablesOnly(choice.set) };
        }
        enqueue.assign({ ...values, $decisions });
        for (const { decision, option } of closing) {
          enqueue.emit({ type: 'timeout', decision, option });
        }
      }),
    },
  });
}

/** The guards and actions alone, for `createMachine(config, planImplementations())` or `.provide()`. */
export function planImplementations() {
  return planSetup().createMachine({ context: { $decisions: {} } }).implementations;
}
