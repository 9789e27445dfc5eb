/** readiness/report-deadline: warning and response stages of a public-health plan have a report task due within 2h (rules.md). */
import { pointerOf } from '../../model/pointer.js';
import { analyseCoverage } from '../../readiness/coverage.js';
import { defineRule } from '../rule.js';

export const readinessReportDeadlineRule = defineRule({
  id: 'readiness/report-deadline',
  severity: 'warning',
  docs: {
    summary: {
      en: 'every warning- or response-phase stage of a public-health plan has a report task due within 2h',
      zh: '公共卫生类预案的每个预警或应急处置阶段都有 2 小时内完成的报告任务',
    },
    explanation: {
      en: "China's Regulations on Public Health Emergencies (突发公共卫生事件应急条例, art. 20) require the units that discover a public-health emergency to report it to the health authority within 2 hours. In a public-health plan, every stage of the warning and response phases therefore needs a task with `kind: report` and `within: 2h` or less, owned by someone: a report task without `within`, or due later, does not meet the limit.",
      zh: '《突发公共卫生事件应急条例》第二十条要求发现突发公共卫生事件的单位在 2 小时内向卫生行政主管部门报告。因此，公共卫生类预案中每个预警和应急处置阶段都需要一个 `kind: report`、`within` 不超过 2h 且有负责人的任务：没有 `within` 或时限更长的报告任务都不满足这一要求。',
    },
    bad: `yuan: 1
kind: plan
id: x-community-epidemic
title: X社区突发公共卫生事件应急预案
review: { last: 2026-06-01, every_months: 12 }
drill: { last: 2026-06-15, every_months: 12 }
hazard: { category: public-health, type: epidemic }
roles:
  clinic: { title: 社区卫生服务站, function: medical, count: 3 }
stages:
  warning:
    title: 预警与宣传
    phase: warning
    initial: true
    tasks:
      - { id: report-fever, title: 向街道和卫生院报告发热人员, kind: report, within: 1d }
    on: { confirmed-case: lockdown }
  lockdown:
    title: 封闭管理
    phase: response
    tasks:
      - { id: notify-residents, title: 告知居民封闭管理措施, kind: inform }
      - { id: report-cases, title: 每日向街道报告新增病例, kind: report, within: 2h }
    on: { no-new-cases-14d: recovery }
  recovery: { title: 复工复产与恢复, phase: recovery, final: true }`,
    good: `yuan: 1
kind: plan
id: x-community-epidemic
title: X社区突发公共卫生事件应急预案
review: { last: 2026-06-01, every_months: 12 }
drill: { last: 2026-06-15, every_months: 12 }
hazard: { category: public-health, type: epidemic }
roles:
  clinic: { title: 社区卫生服务站, function: medical, count: 3 }
stages:
  warning:
    title: 预警与宣传
    phase: warning
    initial: true
    tasks:
      - { id: report-fever, title: 向街道和卫生院报告发热人员, kind: report, within: 2h }
    on: { confirmed-case: lockdown }
  lockdown:
    title: 封闭管理
    phase: response
    tasks:
      - { id: notify-residents, title: 告知居民封闭管理措施, kind: inform }
      - { id: report-cases, title: 每日向街道报告新增病例, kind: report, within: 2h }
    on: { no-new-cases-14d: recovery }
  recovery: { title: 复工复产与恢复, phase: recovery, final: true }`,
  },
  messages: {
    missing: {
      en: '{phase} stage {stage} of this public-health plan has no report task: add a task with kind: report and within: 2h (the public-health emergency regulations require a report within 2 hours)',
      zh: '本公共卫生预案的{phase}阶段 {stage} 没有报告任务：请添加 kind: report 且 within: 2h 的任务（《突发公共卫生事件应急条例》要求 2 小时内报告）',
    },
    late: {
      en: 'report task {task} is due within {within}, later than the 2-hour limit of the public-health emergency regulations: set within: 2h or less',
      zh: '报告任务 {task} 的时限为 {within}，超过《突发公共卫生事件应急条例》规定的 2 小时：请改为 within: 2h 或更短',
    },
    untimed: {
      en: 'report task {task} has no deadline: add within: 2h (the public-health emergency regulations require a report within 2 hours)',
      zh: '报告任务 {task} 没有时限：请添加 within: 2h（《突发公共卫生事件应急条例》要求 2 小时内报告）',
    },
  },
  checkPlan({ plan, t, report }) {
    const coverage = analyseCoverage(plan);
    if (!coverage.publicHealth) return;
    for (const { stage, status, task } of coverage.reportDeadlines) {
      if (status === 'ok') continue;
      if (status === 'missing' || task === undefined) {
        const phase = t(`lint.phase.${stage.stage.phase}`);
        report(
          stage.pointer,
          t('readiness/report-deadline.missing', { phase, stage: stage.id }),
          'key',
        );
      } else if (task.task.within === undefined) {
        report(task.pointer, t('readiness/report-deadline.untimed', { task: task.task.id }));
      } else {
        const params = { task: task.task.id, within: task.task.within };
        report(pointerOf(task.pointer, 'within'), t('readiness/report-deadline.late', params));
      }
    }
  },
});
