/** scenario/unreachable-expectation: an expected decision lives in a stage reachable from the scenario's start (rules.md). */
import { reachableFrom } from '../../model/graph-search.js';
import { pointerOf } from '../../model/pointer.js';
import { decisionEntries, own } from '../../model/plan-entries.js';
import { defineRule } from '../rule.js';

export const scenarioUnreachableExpectationRule = defineRule({
  id: 'scenario/unreachable-expectation',
  severity: 'warning',
  docs: {
    summary: {
      en: "an expected decision lives in a stage reachable from the scenario's start",
      zh: '演练预期的决策所在阶段能从演练起点到达',
    },
    explanation: {
      en: "A decision opens only when its stage is entered. If no way through the plan (events, decision options, `after` delays, timeouts) leads from the scenario's `start` (by default the plan's initial stage) to the stage that holds an expected decision, the decision can never open: the players score zero on it whatever they do. Start the scenario at an earlier stage, expect a decision that the exercise can reach, or add the missing transition to the plan.",
      zh: '决策只有在进入其所在阶段时才会开启。如果从演练的 `start`（默认为预案的初始阶段）出发，经由事件、决策选项、`after` 延时或超时都无法到达预期决策所在的阶段，这个决策就永远不会开启：无论参演人员怎么做，这一项都得零分。请把演练起点提前、改为预期可以到达的决策，或在预案中补上缺少的转换。',
    },
    bad: `yuan: 1
kind: scenario
id: winter-2020
title: 2020年1月疫情初期复盘
plan: ../plans/x-community-epidemic.yaml
start: lockdown                   # from lockdown the plan never comes back to screening
injects:
  - id: regional-alert
    at: 0s
    message: 自治区启动一级响应
    event: regional-level-1
    expect: [{ decision: lockdown-decision, best: [lock-now] }]   # lives in stage screening`,
    good: `yuan: 1
kind: scenario
id: winter-2020
title: 2020年1月疫情初期复盘
plan: ../plans/x-community-epidemic.yaml
start: standby
injects:
  - id: regional-alert
    at: 0s
    message: 自治区启动一级响应
    event: regional-level-1
    expect: [{ decision: lockdown-decision, best: [lock-now] }]`,
  },
  messages: {
    stage: {
      en: "decision {decision} belongs to stage {stage}, which cannot be reached from the scenario's start ({start}), so this expectation can never be met: start the scenario earlier or expect another decision",
      zh: '决策 {decision} 属于阶段 {stage}，而从演练起点（{start}）无法到达该阶段，此预期永远无法实现：请把演练起点提前，或改为预期其他决策',
    },
  },
  checkScenario({ scenario, plan, graph, t, report }) {
    const start = scenario.start ?? (graph.initial.length === 1 ? graph.initial[0] : undefined);
    // No start, or one that names no stage: graph/initial and ref/stage say so.
    if (start === undefined || own(plan.stages, start) === undefined) return;
    const reachable = reachableFrom(graph, [start]);
    const stageOf = new Map<string, string>();
    for (const { decision, stageId } of decisionEntries(plan)) {
      if (!stageOf.has(decision.id)) stageOf.set(decision.id, stageId);
    }
    scenario.injects.forEach((inject, i) =>
      (inject.expect ?? []).forEach((expectation, j) => {
        const stage = stageOf.get(expectation.decision);
        if (stage === undefined || reachable.has(stage)) return; // ref/decision reports unknown decisions
        const params = { decision: expectation.decision, stage, start };
        const at = pointerOf('/injects', i, 'expect', j, 'decision');
        report(at, t('scenario/unreachable-expectation.stage', params));
      }),
    );
  },
});
