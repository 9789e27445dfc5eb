/** `graph/initial`: exactly one stage is `initial`. */
import { pointerOf } from '../../model/pointer.js';
import { defineRule } from '../rule.js';

export const graphInitialRule = defineRule({
  id: 'graph/initial',
  severity: 'error',
  docs: {
    summary: {
      en: 'exactly one stage is initial',
      zh: '有且只有一个阶段标记为 initial',
    },
    explanation: {
      en: 'A plan is a state machine: it must know where it starts. Mark the stage that holds in normal times (usually the preparation stage) with `initial: true`, and no other. A drill starts there unless its scenario names another `start`.',
      zh: '预案是一个状态机，必须知道从哪里开始。请把常态下所处的阶段（通常是应急准备阶段）标记为 `initial: true`，且只标记这一个。演练从这里开始，除非演练脚本另行指定 `start`。',
    },
    bad: `yuan: 1
kind: plan
id: x-community-epidemic
title: X社区突发公共卫生事件应急预案
review: { last: 2026-06-01, every_months: 12 }
drill: { last: 2026-06-15, every_months: 12 }
stages:
  warning: { title: 预警与宣传, phase: warning, initial: true, on: { confirmed-case: lockdown } }
  lockdown:
    title: 封闭管理
    phase: response
    initial: true                     # a second initial stage
    tasks: [{ id: notify-residents, title: 告知居民封闭管理措施, kind: inform }]
    on: { no-new-cases-14d: recovery }
  recovery: { title: 复工复产与恢复, phase: recovery, final: true }`,
    good: `yuan: 1
kind: plan
id: x-community-epidemic
title: X社区突发公共卫生事件应急预案
review: { last: 2026-06-01, every_months: 12 }
drill: { last: 2026-06-15, every_months: 12 }
stages:
  warning: { title: 预警与宣传, phase: warning, initial: true, on: { confirmed-case: lockdown } }
  lockdown:
    title: 封闭管理
    phase: response
    tasks: [{ id: notify-residents, title: 告知居民封闭管理措施, kind: inform }]
    on: { no-new-cases-14d: recovery }
  recovery: { title: 复工复产与恢复, phase: recovery, final: true }`,
  },
  messages: {
    none: {
      en: 'no stage is marked `initial: true`: add `initial: true` to the stage the plan starts in (usually the preparation stage)',
      zh: '没有标记 `initial: true` 的阶段：请在预案开始的阶段（通常是应急准备阶段）加上 `initial: true`',
    },
    many: {
      en: 'stage "{stage}" is initial, but so is "{first}": a plan starts in exactly one stage; remove `initial: true` from all stages but one',
      zh: '阶段“{stage}”被标记为初始阶段，但“{first}”也是：预案只能从一个阶段开始；请只保留一个阶段的 `initial: true`',
    },
  },
  checkPlan({ graph, t, report }) {
    const { initial } = graph;
    if (initial.length === 0) {
      report('/stages', t('graph/initial.none'), 'key');
      return;
    }
    const [first, ...others] = initial;
    for (const stage of others) {
      report(
        pointerOf('/stages', stage, 'initial'),
        t('graph/initial.many', { stage, first: first! }),
        'key',
      );
    }
  },
});
