/** `graph/trap`: from every reachable stage some final stage is reachable. */
import { pointerOf } from '../../model/pointer.js';
import { deadEnds, reachableFrom, reaching } from '../../model/graph-search.js';
import { defineRule } from '../rule.js';

export const graphTrapRule = defineRule({
  id: 'graph/trap',
  severity: 'error',
  docs: {
    summary: {
      en: 'from every reachable stage some final stage is reachable',
      zh: '从每个可到达的阶段出发，都能到达某个终止阶段',
    },
    explanation: {
      en: 'A trap is a group of stages that lead only to each other: once the plan enters them it can never reach recovery, however the decisions are taken. A typical cause is a loop between warning and response with no exit towards recovery. Add a transition from the trapped stages towards a final stage. Stages without any way out are reported by `graph/dead-end` instead, and a `goto` that names no stage by `ref/stage`.',
      zh: '陷阱是一组只能互相转移的阶段：预案一旦进入其中，无论怎样决策都无法到达恢复阶段。常见原因是预警与处置之间形成循环却没有通往恢复的出口。请从被困的阶段添加一条通往终止阶段的转移。完全没有出路的阶段由 `graph/dead-end` 报告，指向不存在阶段的 `goto` 由 `ref/stage` 报告。',
    },
    bad: `yuan: 1
kind: plan
id: x-community-epidemic
title: X社区突发公共卫生事件应急预案
review: { last: 2026-06-01, every_months: 12 }
drill: { last: 2026-06-15, every_months: 12 }
stages:
  warning:
    title: 预警与宣传
    phase: warning
    initial: true
    on: { confirmed-case: lockdown, all-clear: recovery }
  lockdown:
    title: 封闭管理
    phase: response
    tasks: [{ id: notify-residents, title: 告知居民封闭管理措施, kind: inform }]
    on: { stay-home-order: home-quarantine }
  home-quarantine:                    # lockdown <-> home-quarantine only
    title: 居家隔离
    phase: response
    tasks: [{ id: notify-quarantine, title: 告知居民居家隔离要求, kind: inform }]
    on: { partial-lift: lockdown }
  recovery: { title: 复工复产与恢复, phase: recovery, final: true }`,
    good: `yuan: 1
kind: plan
id: x-community-epidemic
title: X社区突发公共卫生事件应急预案
review: { last: 2026-06-01, every_months: 12 }
drill: { last: 2026-06-15, every_months: 12 }
stages:
  warning:
    title: 预警与宣传
    phase: warning
    initial: true
    on: { confirmed-case: lockdown, all-clear: recovery }
  lockdown:
    title: 封闭管理
    phase: response
    tasks: [{ id: notify-residents, title: 告知居民封闭管理措施, kind: inform }]
    on: { stay-home-order: home-quarantine }
  home-quarantine:
    title: 居家隔离
    phase: response
    tasks: [{ id: notify-quarantine, title: 告知居民居家隔离要求, kind: inform }]
    on: { partial-lift: lockdown, no-new-cases-14d: recovery }
  recovery: { title: 复工复产与恢复, phase: recovery, final: true }`,
  },
  messages: {
    stage: {
      en: 'no final stage can be reached from stage "{stage}" (its ways out lead only to {stages}, which are trapped too): add a transition that leads towards a final stage such as "{final}"',
      zh: '从阶段“{stage}”无法到达任何终止阶段（它只能通往同样被困的 {stages}）：请添加一条通往终止阶段（如“{final}”）的转移',
    },
  },
  checkPlan({ graph, t, report }) {
    // Without a start or an end, graph/initial or graph/final speaks instead.
    if (graph.initial.length === 0 || graph.finals.length === 0) return;
    const reached = reachableFrom(graph, graph.initial);
    // A dangling goto may be meant to reach a final stage: count it as doing so (ref/stage speaks).
    const withDangling = new Set([...graph.finals, ...graph.dangling.map((edge) => edge.from)]);
    const escapes = reaching(graph, withDangling);
    const dead = new Set(deadEnds(graph));
    for (const stage of graph.stages) {
      if (!reached.has(stage) || escapes.has(stage) || dead.has(stage)) continue;
      // Its direct successors are trapped too; naming a few is enough to find the loop.
      const next = [...new Set((graph.outgoing.get(stage) ?? []).map((edge) => edge.to))].filter(
        (other) => other !== stage,
      );
      const shown = next.slice(0, 5).map((other) => `"${other}"`);
      if (next.length > shown.length) shown.push('…');
      report(
        pointerOf('/stages', stage),
        t('graph/trap.stage', {
          stage,
          stages: shown.join(', '),
          final: graph.finals[0]!,
        }),
        'key',
      );
    }
  },
});
