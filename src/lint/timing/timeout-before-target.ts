/** timing/timeout-before-target: a decision's timeout.after is not shorter than its within (rules.md). */
import { pointerOf } from '../../model/pointer.js';
import { durationMs } from '../../model/duration.js';
import { decisionEntries } from '../../model/plan-entries.js';
import { defineRule } from '../rule.js';

export const timingTimeoutBeforeTargetRule = defineRule({
  id: 'timing/timeout-before-target',
  severity: 'warning',
  docs: {
    summary: {
      en: "a decision's timeout.after is not shorter than its within",
      zh: '决策的 timeout.after 不短于其 within',
    },
    explanation: {
      en: "`within` is the plan's own target for taking a decision; `timeout` says what happens when nobody has decided after `timeout.after`: the option `timeout.choose` is taken. A timeout shorter than the target takes the decision away from its owner before the owner's own deadline, so the target is meaningless. Set `timeout.after` to at least `within` (a timeout is a safety net after the target is missed), or shorten `within`.",
      zh: '`within` 是预案为该决策设定的时限；`timeout` 规定经过 `timeout.after` 仍无人决策时的处理：自动采取 `timeout.choose` 选项。超时短于时限，负责人还没到自己的期限决策就被自动作出，时限也就失去意义。请把 `timeout.after` 设为不短于 `within`（超时是错过时限之后的兜底），或缩短 `within`。',
    },
    bad: `yuan: 1
kind: plan
id: x-community-epidemic
title: X社区突发公共卫生事件应急预案
review: { last: 2026-06-01, every_months: 12 }
drill: { last: 2026-06-15, every_months: 12 }
roles:
  secretary: { title: 社区党委书记, function: command, authority: all, deputy: director }
  director: { title: 社区主任, function: command, authority: all }
stages:
  warning:
    title: 预警与宣传
    phase: warning
    initial: true
    on: { confirmed-case: lockdown }
    decisions:
      - id: lockdown-decision
        title: 是否对辖区小区实施封闭管理？
        owner: secretary
        within: 2h
        options:
          - { id: lock-now, title: 立即封闭管理, goto: lockdown }
          - { id: wait, title: 等待街道通知 }
        timeout: { after: 1h, choose: lock-now }   # before the 2h target
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
roles:
  secretary: { title: 社区党委书记, function: command, authority: all, deputy: director }
  director: { title: 社区主任, function: command, authority: all }
stages:
  warning:
    title: 预警与宣传
    phase: warning
    initial: true
    on: { confirmed-case: lockdown }
    decisions:
      - id: lockdown-decision
        title: 是否对辖区小区实施封闭管理？
        owner: secretary
        within: 2h
        options:
          - { id: lock-now, title: 立即封闭管理, goto: lockdown }
          - { id: wait, title: 等待街道通知 }
        timeout: { after: 6h, choose: lock-now }
  lockdown:
    title: 封闭管理
    phase: response
    tasks: [{ id: notify-residents, title: 告知居民封闭管理措施, kind: inform }]
    on: { no-new-cases-14d: recovery }
  recovery: { title: 复工复产与恢复, phase: recovery, final: true }`,
  },
  messages: {
    early: {
      en: 'decision {decision} times out after {after}, before its own target of {within}, so "{choose}" is chosen before the owner\'s deadline: set timeout.after to {within} or more, or shorten within',
      zh: '决策 {decision} 在 {after} 后超时，早于其自身时限 {within}，负责人尚未到期限就会被自动选择“{choose}”：请把 timeout.after 设为 {within} 或更长，或缩短 within',
    },
  },
  checkPlan({ plan, t, report }) {
    for (const { decision, pointer } of decisionEntries(plan)) {
      const { within, timeout } = decision;
      if (within === undefined || timeout === undefined) continue;
      if (durationMs(timeout.after) >= durationMs(within)) continue;
      const params = {
        decision: decision.id,
        after: timeout.after,
        within,
        choose: timeout.choose,
      };
      report(
        pointerOf(pointer, 'timeout', 'after'),
        t('timing/timeout-before-target.early', params),
      );
    }
  },
});
