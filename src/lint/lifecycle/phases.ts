/** lifecycle/phases: the plan has a stage in each of the phases warning, response and recovery (rules.md). */
import { analyseCoverage } from '../../readiness/coverage.js';
import { defineRule } from '../rule.js';

export const lifecyclePhasesRule = defineRule({
  id: 'lifecycle/phases',
  severity: 'warning',
  docs: {
    summary: {
      en: 'the plan has at least one stage in each of the phases warning, response and recovery',
      zh: '预案在预警、应急处置和应急恢复三个阶段类别中各至少有一个阶段',
    },
    explanation: {
      en: 'An emergency runs through the phases of the process–purpose model: preparation (应急准备), warning (预警), response (应急处置, where lockdown lives) and recovery (应急恢复). A plan that jumps from normal times straight into lockdown has nothing to say while a warning could still buy time, and a plan without recovery never says how life returns to normal. Add a stage for each missing phase.',
      zh: '突发事件按过程—目的模型经历几个阶段：应急准备、预警、应急处置（封闭管理属于此阶段）和应急恢复。从常态直接跳到封闭管理的预案，在预警尚能争取时间时无所作为；没有恢复阶段的预案，则从不说明如何恢复正常。请为缺少的每个阶段类别添加阶段。',
    },
    bad: `yuan: 1
kind: plan
id: x-community-epidemic
title: X社区突发公共卫生事件应急预案
review: { last: 2026-06-01, every_months: 12 }
drill: { last: 2026-06-15, every_months: 12 }
stages:                               # no stage in the warning phase
  lockdown:
    title: 封闭管理
    phase: response
    initial: true
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
    missing: {
      en: 'the plan has no stage in the {name} phase: add a stage with phase: {phase}, so the plan covers warning, response and recovery',
      zh: '预案没有“{name}”阶段：请添加一个 phase: {phase} 的阶段，使预案覆盖预警、应急处置和应急恢复',
    },
  },
  checkPlan({ plan, t, report }) {
    for (const phase of analyseCoverage(plan).missingPhases) {
      const name = t(`lint.phase.${phase}`);
      report('/stages', t('lifecycle/phases.missing', { name, phase }), 'key');
    }
  },
});
