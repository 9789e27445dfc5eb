/** authority/no-deputy: a decision due within 2h is not owned by a single person without a deputy (rules.md). */
import { pointerOf } from '../../model/pointer.js';
import { decisionAuthorities } from '../../readiness/authority.js';
import { defineRule } from '../rule.js';

export const authorityNoDeputyRule = defineRule({
  id: 'authority/no-deputy',
  severity: 'warning',
  docs: {
    summary: {
      en: 'a decision due within 2h has an owner that is not a single person without a deputy',
      zh: '须在 2 小时内作出的决策，其负责人不能是没有副手的单独一人',
    },
    explanation: {
      en: 'When every urgent decision waits for one leader, that leader is the bottleneck and the single point of failure: asleep, ill, in a meeting or in quarantine, and nothing is decided. A role is a single person when its `count` is 1 (the default) and it has no `deputy`. For each decision with a target (`within`) of 2 hours or less, name a deputy for its owner, give the role more than one person, or give the decision to a role that has them. The deputy should also hold the authority for the decision (see authority/escalation).',
      zh: '所有紧急决策都等一位领导拍板时，这位领导就是瓶颈，也是单点故障：睡着了、病了、在开会或被隔离，就什么都决定不了。角色的 `count` 为 1（默认值）且没有 `deputy` 时，即为单独一人。对每个时限（`within`）不超过 2 小时的决策，请为其负责人指定副手、增加该角色人数，或改由有多人的角色负责。副手也应拥有该决策的职权（见 authority/escalation）。',
    },
    bad: `yuan: 1
kind: plan
id: x-community-epidemic
title: X社区突发公共卫生事件应急预案
review: { last: 2026-06-01, every_months: 12 }
drill: { last: 2026-06-15, every_months: 12 }
roles:
  secretary: { title: 社区党委书记, function: command, authority: all }   # no deputy
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
  lockdown:
    title: 封闭管理
    phase: response
    tasks: [{ id: notify-residents, title: 告知居民封闭管理措施, kind: inform }]
    on: { no-new-cases-14d: recovery }
  recovery: { title: 复工复产与恢复, phase: recovery, final: true }`,
  },
  messages: {
    single: {
      en: 'decision {decision} is due within {within}, but its owner {owner} is one person with no deputy: name a deputy (roles.{owner}.deputy) or give the role more people, so the decision is taken when {owner} is away',
      zh: '决策 {decision} 须在 {within} 内作出，而负责人 {owner} 只有一人且没有副手：请指定副手（roles.{owner}.deputy）或增加该角色人数，确保 {owner} 不在时也能及时决策',
    },
  },
  checkPlan({ plan, t, report }) {
    for (const entry of decisionAuthorities(plan)) {
      if (!entry.urgent || !entry.singlePerson) continue;
      const params = {
        decision: entry.decision.id,
        within: entry.decision.within!,
        owner: entry.owner,
      };
      report(pointerOf(entry.pointer, 'owner'), t('authority/no-deputy.single', params));
    }
  },
});
