/**
 * id/duplicate: ids are unique where they must be (rules.md, "References").
 *
 * Task and decision ids are unique across the whole plan (authority lists, scenarios and reports
 * name them without their stage); option ids within their decision (a drill answer is
 * `decision.option`, so two decisions may both offer `wait`); inject ids within a scenario; and the
 * ids of the scenarios inline in a plan (`--scenario` picks one by id). Map keys (stages, roles,
 * resources...) need no check: the loader refuses a duplicate key.
 */
import { pointerOf } from '../../model/pointer.js';
import { decisionEntries, taskEntries } from '../../model/plan-entries.js';
import { defineRule } from '../rule.js';

export const idDuplicateRule = defineRule({
  id: 'id/duplicate',
  severity: 'error',
  docs: {
    summary: {
      en: 'task, decision and option ids are unique within a plan, inject ids within a scenario',
      zh: '任务、决策和选项的 id 在预案内唯一，注入的 id 在演练脚本内唯一',
    },
    explanation: {
      en: "Ids name things elsewhere: a role's authority and a scenario's expectations name decisions, a drill answer names an option of its decision, the report names tasks and injects. Two things with one id make those references ambiguous. Task and decision ids must be unique in the whole plan, option ids within their decision, inject ids within their scenario, and the scenarios of a plan must have different ids. Give the second one an id of its own.",
      zh: 'id 用于在别处引用：角色的职权和演练脚本的预期引用决策，演练回答引用决策中的选项，报告引用任务和注入。两个对象共用一个 id，这些引用就会产生歧义。任务和决策的 id 在整个预案内必须唯一，选项 id 在所属决策内唯一，注入 id 在所属演练脚本内唯一，同一预案中的演练脚本 id 也必须不同。请为后出现的那个另起一个 id。',
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
      - { id: notify-residents, title: 在小区出入口张贴封闭管理告示, kind: inform }
      - { id: notify-residents, title: 通过微信群告知封闭管理措施, kind: inform }
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
      - { id: notify-at-gates, title: 在小区出入口张贴封闭管理告示, kind: inform }
      - { id: notify-by-wechat, title: 通过微信群告知封闭管理措施, kind: inform }
    on: { no-new-cases-14d: recovery }
  recovery: { title: 复工复产与恢复, phase: recovery, final: true }`,
  },
  messages: {
    task: {
      en: 'task id "{id}" is already used in stage {stage}: give this task an id of its own',
      zh: '任务 id“{id}”已在阶段 {stage} 中使用：请为此任务另起一个 id',
    },
    decision: {
      en: 'decision id "{id}" is already used in stage {stage}: authority lists and scenarios name decisions by id, so give this one an id of its own',
      zh: '决策 id“{id}”已在阶段 {stage} 中使用：职权（authority）和演练脚本都按 id 引用决策，请为此决策另起一个 id',
    },
    option: {
      en: 'option id "{id}" appears twice in decision {decision}: give each option an id of its own',
      zh: '选项 id“{id}”在决策 {decision} 中出现了两次：请为每个选项使用不同的 id',
    },
    inject: {
      en: 'inject id "{id}" is already used by an earlier inject of this scenario: give each inject an id of its own',
      zh: '注入 id“{id}”已被本演练脚本中前面的注入使用：请为每个注入使用不同的 id',
    },
    scenario: {
      en: 'scenario id "{id}" is already used by an earlier scenario of this plan: give each scenario an id of its own (--scenario picks one by id)',
      zh: '演练脚本 id“{id}”已被本预案中前面的演练脚本使用：请为每个演练脚本使用不同的 id（--scenario 按 id 选择）',
    },
  },
  checkPlan({ plan, t, report }) {
    const tasks = new Map<string, string>();
    for (const { task, stageId, pointer } of taskEntries(plan)) {
      const first = tasks.get(task.id);
      if (first === undefined) tasks.set(task.id, stageId);
      else report(pointerOf(pointer, 'id'), t('id/duplicate.task', { id: task.id, stage: first }));
    }
    const decisions = new Map<string, string>();
    for (const { decision, stageId, pointer } of decisionEntries(plan)) {
      const first = decisions.get(decision.id);
      if (first === undefined) decisions.set(decision.id, stageId);
      else
        report(
          pointerOf(pointer, 'id'),
          t('id/duplicate.decision', { id: decision.id, stage: first }),
        );
      const options = new Set<string>();
      decision.options.forEach((option, index) => {
        if (!options.has(option.id)) return void options.add(option.id);
        const message = t('id/duplicate.option', { id: option.id, decision: decision.id });
        report(pointerOf(pointer, 'options', index, 'id'), message);
      });
    }
    const scenarios = new Set<string>();
    (plan.scenarios ?? []).forEach((scenario, index) => {
      if (!scenarios.has(scenario.id)) return void scenarios.add(scenario.id);
      report(pointerOf('/scenarios', index, 'id'), t('id/duplicate.scenario', { id: scenario.id }));
    });
  },
  checkScenario({ scenario, t, report }) {
    const injects = new Set<string>();
    scenario.injects.forEach((inject, index) => {
      if (!injects.has(inject.id)) return void injects.add(inject.id);
      report(pointerOf('/injects', index, 'id'), t('id/duplicate.inject', { id: inject.id }));
    });
  },
});
