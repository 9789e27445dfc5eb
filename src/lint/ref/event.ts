/** ref/event: every inject `event` is handled by some stage (rules.md, "References"). */
import { pointerOf } from '../../model/pointer.js';
import { stageEntries } from '../../model/plan-entries.js';
import { fixFor } from '../closest-id.js';
import { defineRule } from '../rule.js';

export const refEventRule = defineRule({
  id: 'ref/event',
  severity: 'warning',
  docs: {
    summary: {
      en: 'every inject event is handled by some stage',
      zh: '每个注入的 event 都有阶段处理',
    },
    explanation: {
      en: 'An inject sends its `event` to the plan; a stage reacts to it only if its `on:` lists that event. An event that no stage handles moves nothing in the drill, which is usually a spelling mistake in the scenario or a reaction missing from the plan. It is a warning, not an error, because an exercise may deliberately send noise that the plan should ignore.',
      zh: '注入会把它的 `event` 发送给预案；只有 `on:` 中列出该事件的阶段才会响应。没有任何阶段处理的事件在演练中不会引起任何变化，这通常是演练脚本中的拼写错误，或预案缺少相应的处置。它是警告而非错误，因为演练有时会故意发送预案应当忽略的干扰信息。',
    },
    bad: `yuan: 1
kind: scenario
id: winter-2020
title: 2020年1月疫情初期复盘
plan: ../plans/x-community-epidemic.yaml
injects:
  - id: first-case
    at: 2d
    message: 辖区报告首例确诊病例
    event: first-confirmed-case     # the plan's stages handle confirmed-case`,
    good: `yuan: 1
kind: scenario
id: winter-2020
title: 2020年1月疫情初期复盘
plan: ../plans/x-community-epidemic.yaml
injects:
  - id: first-case
    at: 2d
    message: 辖区报告首例确诊病例
    event: confirmed-case`,
  },
  messages: {
    unhandled: {
      en: 'no stage handles event "{id}", so this inject moves nothing: {fix}',
      zh: '没有任何阶段处理事件“{id}”，此注入不会引起任何变化：{fix}',
    },
    add: {
      en: 'add "{id}: <target stage>" under the on: of the stage that should react to it',
      zh: '请在应当响应它的阶段的 on: 下添加“{id}: <目标阶段>”',
    },
  },
  checkScenario({ scenario, plan, t, report }) {
    const handled = [
      ...new Set(stageEntries(plan).flatMap(({ stage }) => Object.keys(stage.on ?? {}))),
    ];
    scenario.injects.forEach((inject, index) => {
      const event = inject.event;
      if (event === undefined || handled.includes(event)) return;
      const fix = fixFor(t, event, handled, t('ref/event.add', { id: event }));
      report(pointerOf('/injects', index, 'event'), t('ref/event.unhandled', { id: event, fix }));
    });
  },
});
