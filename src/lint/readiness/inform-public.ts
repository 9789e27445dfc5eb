/** readiness/inform-public: every response-phase stage has a task of kind inform (rules.md). */
import { analyseCoverage } from '../../readiness/coverage.js';
import { defineRule } from '../rule.js';

export const readinessInformPublicRule = defineRule({
  id: 'readiness/inform-public',
  severity: 'warning',
  docs: {
    summary: {
      en: 'every response-phase stage has a task of kind inform',
      zh: '每个应急处置阶段都有 kind 为 inform 的任务',
    },
    explanation: {
      en: 'People who do not know what is happening fill the silence with rumour, crowd the office and ignore the rules they were never told. In each response-phase stage someone must tell residents what is happening, what is asked of them and where to get help: give the stage a task with `kind: inform`, with an owner and a deadline.',
      zh: '居民不了解情况，就会用谣言填补空白，挤到社区办公室，也不会遵守从未被告知的规定。每个应急处置阶段都必须有人告诉居民发生了什么、需要他们做什么、到哪里求助：请为该阶段添加一个 `kind: inform` 的任务，并写明负责人和时限。',
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
    tasks:
      - { id: close-gates, title: 关闭小区次要出入口, kind: screen }
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
    tasks:
      - { id: close-gates, title: 关闭小区次要出入口, kind: screen }
      - { id: notify-residents, title: 通过微信群和广播告知封闭管理措施, kind: inform }
    on: { no-new-cases-14d: recovery }
  recovery: { title: 复工复产与恢复, phase: recovery, final: true }`,
  },
  messages: {
    missing: {
      en: 'response stage {stage} has no task of kind inform: add a task with kind: inform that tells residents what is happening and what to do',
      zh: '应急处置阶段 {stage} 没有 kind: inform 的任务：请添加一个 kind: inform 的任务，告诉居民发生了什么、应当怎么做',
    },
  },
  checkPlan({ plan, t, report }) {
    for (const stage of analyseCoverage(plan).uninformedStages) {
      report(stage.pointer, t('readiness/inform-public.missing', { stage: stage.id }), 'key');
    }
  },
});
