/** `graph/unreachable`: every stage is reachable from the initial stage. */
import { pointerOf } from '../../model/pointer.js';
import { reachableFrom } from '../../model/graph-search.js';
import { defineRule } from '../rule.js';

export const graphUnreachableRule = defineRule({
  id: 'graph/unreachable',
  severity: 'error',
  docs: {
    summary: {
      en: 'every stage is reachable from the initial stage',
      zh: '每个阶段都能从初始阶段到达',
    },
    explanation: {
      en: 'A stage that no event, decision option, `after` or timeout leads to can never happen: its tasks and decisions are never carried out, and a drill never visits it. Usually a transition was forgotten or points at the wrong stage. Lead a transition to it from a stage that is reached, or remove it. Guards (`when`) are not evaluated: a stage counts as reachable if some transition leads to it.',
      zh: '没有任何事件、决策选项、`after` 或超时通往的阶段永远不会发生：其中的任务和决策不会被执行，演练也不会经过它。通常是漏写了转移，或转移指向了错误的阶段。请从可到达的阶段引一条转移到它，或删除它。此检查不计算条件（`when`）：只要有转移通往它，就算可到达。',
    },
    bad: `yuan: 1
kind: plan
id: x-community-epidemic
title: X社区突发公共卫生事件应急预案
review: { last: 2026-06-01, every_months: 12 }
drill: { last: 2026-06-15, every_months: 12 }
stages:
  warning: { title: 预警与宣传, phase: warning, initial: true, on: { all-clear: recovery } }
  lockdown:                           # nothing leads here
    title: 封闭管理
    phase: response
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
    stage: {
      en: 'stage "{stage}" cannot be reached from the initial stage "{initial}": lead a transition to it from a reachable stage (an `on` event, a decision option\'s `goto` or an `after`), or remove the stage',
      zh: '从初始阶段“{initial}”无法到达阶段“{stage}”：请从可到达的阶段引一条转移到它（`on` 事件、决策选项的 `goto` 或 `after`），或删除该阶段',
    },
  },
  checkPlan({ graph, t, report }) {
    // With no initial stage, graph/initial speaks; several initial stages are all starts here.
    if (graph.initial.length === 0) return;
    const reached = reachableFrom(graph, graph.initial);
    for (const stage of graph.stages) {
      if (reached.has(stage)) continue;
      report(
        pointerOf('/stages', stage),
        t('graph/unreachable.stage', { stage, initial: graph.initial[0]! }),
        'key',
      );
    }
  },
});
