import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../../src/compile/compile-plan.js';
import type { Plan } from '../../../src/model/plan.js';

const plan = parse(`
yuan: 1
kind: plan
id: x-community
title: X社区预案
version: 1.0.0
levels: { i: { title: 一级响应 } }
variables: { confirmed-cases: { title: 确诊, initial: 0 } }
stages:
  standby: { title: 常态防控, phase: preparation, initial: true, on: { regional-level-1: warning } }
  warning:
    title: 预警与宣传
    phase: warning
    warning: orange
    expect_duration: 3d
    tasks:
      - { id: post-notices, title: 张贴告示, owner: grid-worker, kind: inform, within: 12h, uses: { leaflet: 103 } }
    decisions:
      - id: lockdown-decision
        title: 是否封闭？
        owner: secretary
        within: 2h
        options:
          - { id: lock-now, title: 立即封闭, goto: lockdown, set: { confirmed-cases: 1 } }
          - { id: wait, title: 等待 }
        timeout: { after: 6h, choose: lock-now }
    on:
      confirmed-case: { goto: lockdown, when: { var: confirmed-cases, gt: 0 } }
    after: [{ in: 14d, goto: standby }]
  lockdown: { title: 封闭管理, phase: response, level: i, on: { no-new-cases-14d: recovery } }
  recovery: { title: 恢复, phase: recovery, final: true }
`) as Plan;

describe('compilePlan', () => {
  const config = compilePlan(plan);

  it('names the machine after the plan and starts in the initial stage', () => {
    expect(config.id).toBe('x-community');
    expect(config.initial).toBe('standby');
    expect(Object.keys(config.states)).toEqual(['standby', 'warning', 'lockdown', 'recovery']);
    expect(config.context).toEqual({ 'confirmed-cases': 0, $decisions: {} });
    expect(config.meta).toEqual({ title: 'X社区预案', version: '1.0.0' });
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
  });

  it('marks final stages and gives them no transitions', () => {
    expect(config.states.recovery).toMatchObject({ type: 'final' });
    expect(config.states.recovery!.on).toBeUndefined();
    expect(config.states.warning!.type).toBeUndefined();
  });

  it('keeps title, phase, level, tasks, decisions and timers in meta, durations in ms', () => {
    expect(config.states.lockdown!.meta).toMatchObject({ level: 'i', levelTitle: '一级响应' });
    expect(config.states.warning!.meta).toEqual({
      title: '预警与宣传',
      phase: 'warning',
      warning: 'orange',
      expectDuration: 259_200_000,
      tasks: [
        {
          id: 'post-notices',
          title: '张贴告示',
          owner: 'grid-worker',
          kind: 'inform',
          within: 43_200_000,
          uses: { leaflet: 103 },
        },
      ],
      decisions: [
        {
          id: 'lockdown-decision',
          title: '是否封闭？',
          owner: 'secretary',
          within: 7_200_000,
          options: [
            { id: 'lock-now', title: '立即封闭', goto: 'lockdown', set: { 'confirmed-cases': 1 } },
            { id: 'wait', title: '等待' },
          ],
          timeout: { after: 21_600_000, choose: 'lock-now' },
        },
      ],
      timers: [
        {
          kind: 'timeout',
          delay: 21_600_000,
          decision: 'lockdown-decision',
          option: 'lock-now',
          goto: 'lockdown',
        },
        { kind: 'after', delay: 1_209_600_000, goto: 'standby' },
      ],
    });
  });

  it('turns events, when, decision options and set into transitions, guards and actions', () => {
    const warning = config.states.warning!;
    expect(warning.on!['confirmed-case']).toEqual([
      { target: 'lockdown', guard: { type: 'when', params: { var: 'confirmed-cases', gt: 0 } } },
    ]);
    expect(warning.on!['lockdown-decision.lock-now']).toEqual([
      {
        target: 'lockdown',
        guard: { type: 'open', params: { decisions: ['lockdown-decision'] } },
        actions: [
          { type: 'answer', params: { decision: 'lockdown-decision', option: 'lock-now' } },
          { type: 'set', params: { 'confirmed-cases': 1 } },
        ],
      },
    ]);
    expect(warning.on!['lockdown-decision.wait']![0]!.target).toBeUndefined();
    expect(warning.entry).toEqual([{ type: 'openDecisions' }]);
    expect(config.states.standby!.on).toEqual({ 'regional-level-1': [{ target: 'warning' }] });
  });

  it('turns after and decision timeouts into after transitions in milliseconds', () => {
    expect(config.states.warning!.after).toEqual({
      '21600000': [
        {
          target: 'lockdown',
          guard: { type: 'open', params: { decisions: ['lockdown-decision'] } },
          actions: [
            {
              type: 'timeout',
              params: {
                decisions: [
                  {
                    decision: 'lockdown-decision',
                    option: 'lock-now',
                    set: { 'confirmed-cases': 1 },
                  },
                ],
              },
            },
          ],
        },
      ],
      '1209600000': [{ target: 'standby' }],
    });
  });

  it('accepts variables from outside with $set', () => {
    expect(config.on).toEqual({ $set: [{ actions: [{ type: 'setVariables' }] }] });
  });
});
