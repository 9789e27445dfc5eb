/** lifecycle/review-overdue: the plan has a review record that is not overdue (rules.md). */
import { cycleStatus } from '../../readiness/lifecycle.js';
import { defineRule } from '../rule.js';
import { reportCycle } from './report-cycle.js';

export const lifecycleReviewOverdueRule = defineRule({
  id: 'lifecycle/review-overdue',
  severity: 'warning',
  docs: {
    summary: {
      en: 'the plan has a review record, and review.last + review.every_months is not before today',
      zh: '预案有评审记录，且 review.last 加 review.every_months 不早于今天',
    },
    explanation: {
      en: 'A plan describes a community as it was when it was written: people, phone numbers, stocks and rules change. Emergency plans are to be reviewed on a fixed cycle and after every emergency or drill. `review.last` is the date of the last review and `review.every_months` the cycle; the next review is due that many months after `last`. A plan with no review on record counts as overdue. Review the plan, then update `review.last`. Use `--today YYYY-MM-DD` for reproducible CI runs.',
      zh: '预案描述的是编写时的社区：人员、电话、物资和规定都会变化。应急预案应按固定周期评审，并在每次突发事件或演练后评审。`review.last` 是最近一次评审日期，`review.every_months` 是评审周期；下次评审应在 `last` 之后这么多个月内完成。没有评审记录的预案视为逾期。请评审预案，然后更新 `review.last`。在 CI 中可用 `--today YYYY-MM-DD` 固定日期。',
    },
    bad: `yuan: 1
kind: plan
id: x-community-epidemic
title: X社区突发公共卫生事件应急预案
review: { last: 2019-03-10, every_months: 12 }   # due 2020-03-10, long past
drill: { last: 2026-06-15, every_months: 12 }
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
      en: 'the plan has no review on record: review it and add review: { last: YYYY-MM-DD, every_months: 12 }',
      zh: '预案没有评审记录：请评审预案并添加 review: { last: YYYY-MM-DD, every_months: 12 }',
    },
    'no-last': {
      en: 'review has no last date, so no review is on record: review the plan and add last: YYYY-MM-DD',
      zh: 'review 没有 last 日期，即没有评审记录：请评审预案并添加 last: YYYY-MM-DD',
    },
    overdue: {
      en: 'the plan was last reviewed on {last}; every {months} months makes the next review due on {due}, before today ({today}): review the plan and update review.last',
      zh: '预案最近一次评审为 {last}，按每 {months} 个月一次，下次评审应在 {due} 前完成，已早于今天（{today}）：请评审预案并更新 review.last',
    },
  },
  checkPlan({ plan, today, t, report }) {
    reportCycle(cycleStatus('review', plan.review, today), today, report, {
      none: () => t('lifecycle/review-overdue.none'),
      noLast: () => t('lifecycle/review-overdue.no-last'),
      overdue: (params) => t('lifecycle/review-overdue.overdue', params),
    });
  },
});
