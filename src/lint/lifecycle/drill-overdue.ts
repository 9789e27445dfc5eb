/** lifecycle/drill-overdue: the plan has a drill record that is not overdue (rules.md). */
import { cycleStatus } from '../../readiness/lifecycle.js';
import { defineRule } from '../rule.js';
import { reportCycle } from './report-cycle.js';

export const lifecycleDrillOverdueRule = defineRule({
  id: 'lifecycle/drill-overdue',
  severity: 'warning',
  docs: {
    summary: {
      en: 'the plan has a drill record, and drill.last + drill.every_months is not before today',
      zh: '预案有演练记录，且 drill.last 加 drill.every_months 不早于今天',
    },
    explanation: {
      en: "A plan that has never been exercised is a plan nobody knows: in January 2020 the X community had no drill on record, so its staff met the plan's decisions for the first time in the emergency itself. `drill.last` is the date of the last drill and `drill.every_months` the cycle; the next drill is due that many months after `last`. No drill on record counts as overdue. Hold a drill (`yuan drill` runs a tabletop one), then update `drill.last`.",
      zh: '从未演练过的预案，就是没有人熟悉的预案：2020年1月，X社区没有任何演练记录，工作人员在突发事件中才第一次面对预案中的决策。`drill.last` 是最近一次演练日期，`drill.every_months` 是演练周期；下次演练应在 `last` 之后这么多个月内进行。没有演练记录视为逾期。请组织一次演练（`yuan drill` 可进行桌面推演），然后更新 `drill.last`。',
    },
    bad: `yuan: 1
kind: plan
id: x-community-epidemic
title: X社区突发公共卫生事件应急预案
review: { last: 2026-06-01, every_months: 12 }
# no drill on record
stages:
  warning: { title: 预警与宣传, phase: warning, initial: true, on: { confirmed-case: lockdown } }
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
      en: 'the plan has no drill on record: hold a drill (yuan drill) and add drill: { last: YYYY-MM-DD, every_months: 12 }',
      zh: '预案没有演练记录：请组织一次演练（yuan drill）并添加 drill: { last: YYYY-MM-DD, every_months: 12 }',
    },
    'no-last': {
      en: 'drill has no last date, so no drill is on record: hold a drill and add last: YYYY-MM-DD',
      zh: 'drill 没有 last 日期，即没有演练记录：请组织演练并添加 last: YYYY-MM-DD',
    },
    overdue: {
      en: 'the plan was last drilled on {last}; every {months} months makes the next drill due on {due}, before today ({today}): hold a drill and update drill.last',
      zh: '预案最近一次演练为 {last}，按每 {months} 个月一次，下次演练应在 {due} 前进行，已早于今天（{today}）：请组织演练并更新 drill.last',
    },
  },
  checkPlan({ plan, today, t, report }) {
    reportCycle(cycleStatus('drill', plan.drill, today), today, report, {
      none: () => t('lifecycle/drill-overdue.none'),
      noLast: () => t('lifecycle/drill-overdue.no-last'),
      overdue: (params) => t('lifecycle/drill-overdue.overdue', params),
    });
  },
});
