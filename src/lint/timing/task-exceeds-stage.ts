/** timing/task-exceeds-stage: no task is due later than its stage's expect_duration (rules.md). */
import { pointerOf } from '../../model/pointer.js';
import { durationMs } from '../../model/duration.js';
import { taskEntries } from '../../model/plan-entries.js';
import { defineRule } from '../rule.js';

export const timingTaskExceedsStageRule = defineRule({
  id: 'timing/task-exceeds-stage',
  severity: 'warning',
  docs: {
    summary: {
      en: "no task is due later than its stage's expect_duration",
      zh: '任务的时限不晚于所在阶段的 expect_duration',
    },
    explanation: {
      en: "A task's `within` counts from the moment its stage is entered; the stage's `expect_duration` is how long the plan expects to stay in it. A task due after the stage is expected to end will, as planned, never be done in time: either the deadline or the expected duration is wrong. Shorten the task's `within`, lengthen the stage's `expect_duration`, or move the task to the stage where it belongs. Stages without `expect_duration` are not checked.",
      zh: '任务的 `within` 从进入所在阶段时开始计时；阶段的 `expect_duration` 是预案预计在该阶段停留的时长。截止时间晚于阶段预计结束时间的任务，按计划永远无法按时完成：要么时限写错了，要么预计时长写错了。请缩短任务的 `within`、延长阶段的 `expect_duration`，或把任务移到它应属的阶段。没有 `expect_duration` 的阶段不做此项检查。',
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
    expect_duration: 3d
    tasks:
      - { id: stock-up, title: 采购防疫物资, kind: supply, within: 5d }   # the stage lasts 3d
    on: { confirmed-case: lockdown }
  lockdown:
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
  warning:
    title: 预警与宣传
    phase: warning
    initial: true
    expect_duration: 3d
    tasks:
      - { id: stock-up, title: 采购防疫物资, kind: supply, within: 2d }
    on: { confirmed-case: lockdown }
  lockdown:
    title: 封闭管理
    phase: response
    tasks: [{ id: notify-residents, title: 告知居民封闭管理措施, kind: inform }]
    on: { no-new-cases-14d: recovery }
  recovery: { title: 复工复产与恢复, phase: recovery, final: true }`,
  },
  messages: {
    late: {
      en: "task {task} is due within {within}, but stage {stage} is expected to last only {duration}: shorten within, or lengthen the stage's expect_duration",
      zh: '任务 {task} 的时限为 {within}，而阶段 {stage} 预计只持续 {duration}：请缩短 within，或延长该阶段的 expect_duration',
    },
  },
  checkPlan({ plan, t, report }) {
    for (const { stageId, stage, task, pointer } of taskEntries(plan)) {
      const duration = stage.expect_duration;
      if (task.within === undefined || duration === undefined) continue;
      if (durationMs(task.within) <= durationMs(duration)) continue;
      const params = { task: task.id, within: task.within, stage: stageId, duration };
      report(pointerOf(pointer, 'within'), t('timing/task-exceeds-stage.late', params));
    }
  },
});
