import { parse } from 'yaml';
import { createActor, SimulatedClock } from 'xstate';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../../src/compile/compile-plan.js';
import { createPlanMachine, machineFromConfig } from '../../../src/compile/create-plan-machine.js';
import type { PlanMachineConfig } from '../../../src/compile/machine-types.js';
import type { Plan } from '../../../src/model/plan.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const plan = parse(`
yuan: 1
kind: plan
id: drill-plan
title: Drill plan
variables:
  cases: { initial: 0 }
  locked: { initial: false }
stages:
  standby:
    title: Standby
    phase: preparation
    initial: true
    on: { alert: warning }
  warning:
    title: Warning
    phase: warning
    decisions:
      - id: lock
        title: Lock down?
        owner: boss
        within: 2h
        options:
          - { id: now, title: Now, goto: lockdown, set: { locked: true } }
          - { id: wait, title: Wait }
        timeout: { after: 6h, choose: now }
    on:
      case: [{ goto: lockdown, when: { var: cases, gt: 0 } }]
    after: [{ in: 14d, goto: standby }]
  lockdown:
    title: Lockdown
    phase: response
    on: { clear: recovery }
    after: [{ in: 28d, goto: recovery }]
  recovery: { title: Recovery, phase: recovery, final: true }
`) as Plan;

function start(source: Plan = plan) {
  const clock = new SimulatedClock();
  const actor = createActor(createPlanMachine(source), { clock });
  const timeouts: unknown[] = [];
  actor.on('timeout', (event) => timeouts.push(event));
  actor.start();
  const stage = () => actor.getSnapshot().value;
  const context = () => actor.getSnapshot().context;
  return { actor, clock, stage, context, timeouts };
}

describe('a compiled plan machine', () => {
  it('starts in the initial stage with the variables as context', () => {
    const { stage, context } = start();
    expect(stage()).toBe('standby');
    expect(context()).toEqual({ cases: 0, locked: false, $decisions: {} });
  });

  it('follows plan events and ignores events the stage does not handle', () => {
    const { actor, stage } = start();
    actor.send({ type: 'clear' });
    expect(stage()).toBe('standby');
    actor.send({ type: 'alert' });
    expect(stage()).toBe('warning');
  });

  it('takes a guarded transition only when its when holds, with variables set by $set', () => {
    const { actor, stage, context } = start();
    actor.send({ type: 'alert' });
    actor.send({ type: 'case' });
    expect(stage()).toBe('warning');
    actor.send({ type: '$set', values: { cases: 2 } });
    expect(context().cases).toBe(2);
    actor.send({ type: 'case' });
    expect(stage()).toBe('lockdown');
  });

  it('answers a decision with d.o: goto and set apply', () => {
    const { actor, stage, context } = start();
    actor.send({ type: 'alert' });
    actor.send({ type: 'lock.now' });
    expect(stage()).toBe('lockdown');
    expect(context().locked).toBe(true);
  });

  it('keeps the stage for an option without goto, and takes one answer per visit', () => {
    const { actor, stage, context } = start();
    actor.send({ type: 'alert' });
    actor.send({ type: 'lock.wait' });
    expect(stage()).toBe('warning');
    expect(context().$decisions).toEqual({ lock: { option: 'wait', by: 'answer' } });
    actor.send({ type: 'lock.now' });
    expect(stage()).toBe('warning');
    expect(context().locked).toBe(false);
  });

  it('fires a decision timeout at its time, choosing its option', () => {
    const { actor, clock, stage, context, timeouts } = start();
    actor.send({ type: 'alert' });
    clock.increment(6 * HOUR - 1);
    expect(stage()).toBe('warning');
    expect(timeouts).toEqual([]);
    clock.increment(1);
    expect(stage()).toBe('lockdown');
    expect(context().locked).toBe(true);
    expect(timeouts).toEqual([{ type: 'timeout', decision: 'lock', option: 'now' }]);
  });

  it('does not fire the timeout of a decision already answered', () => {
    const { actor, clock, stage, timeouts } = start();
    actor.send({ type: 'alert' });
    clock.increment(HOUR);
    actor.send({ type: 'lock.wait' });
    clock.increment(6 * HOUR);
    expect(stage()).toBe('warning');
    expect(timeouts).toEqual([]);
  });

  it('moves on after an after delay and reopens decisions on the next visit', () => {
    const { actor, clock, stage, context, timeouts } = start();
    actor.send({ type: 'alert' });
    actor.send({ type: 'lock.wait' });
    clock.increment(14 * DAY);
    expect(stage()).toBe('standby');
    actor.send({ type: 'alert' });
    expect(context().$decisions).toEqual({});
    clock.increment(6 * HOUR);
    expect(stage()).toBe('lockdown');
    expect(timeouts).toHaveLength(1);
  });

  it('cancels the timers of a stage that is left', () => {
    const { actor, clock, stage, timeouts } = start();
    actor.send({ type: 'alert' });
    clock.increment(HOUR);
    actor.send({ type: 'lock.now' });
    clock.increment(6 * HOUR);
    expect(stage()).toBe('lockdown');
    expect(timeouts).toEqual([]);
  });

  it('ends in a final stage', () => {
    const { actor, clock, stage } = start();
    actor.send({ type: 'alert' });
    actor.send({ type: 'lock.now' });
    clock.increment(28 * DAY);
    expect(stage()).toBe('recovery');
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('times out every open decision of a shared delay, the first goto deciding the move', () => {
    const shared = structuredClone(plan);
    shared.stages.warning!.decisions!.unshift({
      id: 'inform',
      title: 'Inform?',
      owner: 'boss',
      options: [{ id: 'yes', title: 'Yes', set: { cases: 9 } }],
      timeout: { after: '6h', choose: 'yes' },
    });
    const { actor, clock, stage, context, timeouts } = start(shared);
    actor.send({ type: 'alert' });
    clock.increment(6 * HOUR);
    expect(stage()).toBe('lockdown');
    expect(context()).toMatchObject({ cases: 9, locked: true });
    expect(timeouts).toEqual([
      { type: 'timeout', decision: 'inform', option: 'yes' },
      { type: 'timeout', decision: 'lock', option: 'now' },
    ]);
  });

  it('enters a stage again on a goto to itself', () => {
    const again = structuredClone(plan);
    again.stages.warning!.decisions![0]!.options[1]!.goto = 'warning';
    const { actor, clock, stage, context } = start(again);
    actor.send({ type: 'alert' });
    clock.increment(5 * HOUR);
    actor.send({ type: 'lock.wait' });
    expect(stage()).toBe('warning');
    expect(context().$decisions).toEqual({});
    clock.increment(5 * HOUR);
    expect(stage()).toBe('warning');
    clock.increment(HOUR);
    expect(stage()).toBe('lockdown');
  });

  it('runs the same from its config read back from JSON', () => {
    const config = JSON.parse(JSON.stringify(compilePlan(plan))) as PlanMachineConfig;
    const clock = new SimulatedClock();
    const actor = createActor(machineFromConfig(config), { clock }).start();
    actor.send({ type: 'alert' });
    clock.increment(6 * HOUR);
    expect(actor.getSnapshot().value).toBe('lockdown');
    expect(actor.getSnapshot().context.locked).toBe(true);
  });
});
