/** authority/escalation: a decision's owner has the authority to take it (rules.md). */
import { pointerOf } from '../../model/pointer.js';
import { decisionAuthorities } from '../../readiness/authority.js';
import { defineRule } from '../rule.js';

export const authorityEscalationRule = defineRule({
  id: 'authority/escalation',
  severity: 'warning',
  docs: {
    summary: {
      en: "a decision's owner has the authority to take it",
      zh: '决策的负责人拥有作出该决策的职权',
    },
    explanation: {
      en: 'In early 2020 front-line community staff owned decisions they had no authority to take, so every one of them waited for instructions from above while the situation moved on: "no discretion at the front line". A role\'s `authority` lists the decisions it may take on its own (or is `all`). When a decision\'s owner lacks that authority, the decision must be escalated, and the plan should say so before the emergency does. Delegate the authority to the owner, or make a role that has it the owner.',
      zh: '2020年初，一线社区工作人员负责的决策往往超出其职权，每一项都要等待上级指示，而形势不等人：这就是“一线没有自主权”。角色的 `authority` 列出它可以自行作出的决策（或写 `all`）。决策负责人没有相应职权时，决策就必须上报请示，预案应当在突发事件到来之前把这一点暴露出来。请把职权授予负责人，或改由有此职权的角色负责。',
    },
    bad: `yuan: 1
kind: plan
id: x-community-epidemic
title: X社区突发公共卫生事件应急预案
review: { last: 2026-06-01, every_months: 12 }
drill: { last: 2026-06-15, every_months: 12 }
roles:
  grid-worker: { title: 网格员, function: logistics, count: 39 }
stages:
  warning: { title: 预警与宣传, phase: warning, initial: true, on: { confirmed-case: lockdown } }
  lockdown:
    title: 封闭管理
    phase: response
    tasks: [{ id: notify-residents, title: 告知居民封闭管理措施, kind: inform }]
    decisions:
      - id: admit-visitor
        title: 是否放行外来人员？
        owner: grid-worker            # no authority to decide this
        options: [{ id: admit, title: 放行 }, { id: refuse, title: 劝返 }]
    on: { no-new-cases-14d: recovery }
  recovery: { title: 复工复产与恢复, phase: recovery, final: true }`,
    good: `yuan: 1
kind: plan
id: x-community-epidemic
title: X社区突发公共卫生事件应急预案
review: { last: 2026-06-01, every_months: 12 }
drill: { last: 2026-06-15, every_months: 12 }
roles:
  grid-worker: { title: 网格员, function: logistics, count: 39, authority: [admit-visitor] }
stages:
  warning: { title: 预警与宣传, phase: warning, initial: true, on: { confirmed-case: lockdown } }
  lockdown:
    title: 封闭管理
    phase: response
    tasks: [{ id: notify-residents, title: 告知居民封闭管理措施, kind: inform }]
    decisions:
      - id: admit-visitor
        title: 是否放行外来人员？
        owner: grid-worker
        options: [{ id: admit, title: 放行 }, { id: refuse, title: 劝返 }]
    on: { no-new-cases-14d: recovery }
  recovery: { title: 复工复产与恢复, phase: recovery, final: true }`,
  },
  messages: {
    others: {
      en: '{owner} owns decision {decision} but has no authority to take it, so in an emergency it waits for someone higher up: add {decision} to roles.{owner}.authority, or make a role that has the authority the owner ({roles})',
      zh: '{owner} 负责决策 {decision}，却没有作出该决策的职权，紧急时只能层层请示：请把 {decision} 加入 roles.{owner}.authority，或改由有此职权的角色负责（{roles}）',
    },
    nobody: {
      en: '{owner} owns decision {decision} but has no authority to take it (no role of the plan has), so in an emergency it waits for someone higher up: add {decision} to roles.{owner}.authority',
      zh: '{owner} 负责决策 {decision}，却没有作出该决策的职权（预案中没有任何角色拥有此职权），紧急时只能层层请示：请把 {decision} 加入 roles.{owner}.authority',
    },
  },
  checkPlan({ plan, t, report }) {
    for (const entry of decisionAuthorities(plan)) {
      if (entry.authorised || entry.ownerRole === undefined) continue; // ref/role reports unknown owners
      const params = { owner: entry.owner, decision: entry.decision.id };
      const message =
        entry.authorisedRoles.length === 0
          ? t('authority/escalation.nobody', params)
          : t('authority/escalation.others', {
              ...params,
              roles: entry.authorisedRoles.join(', '),
            });
      report(pointerOf(entry.pointer, 'owner'), message);
    }
  },
});
