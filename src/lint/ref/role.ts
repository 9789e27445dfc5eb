/** ref/role: every `owner`, `deputy`, `players` entry and demand `per` names a role, or a basis for `per` (rules.md). */
import { pointerOf } from '../../model/pointer.js';
import type { Plan } from '../../model/plan.js';
import { basisOf } from '../../readiness/demand-basis.js';
import { decisionEntries, keysOf, own, taskEntries } from '../../model/plan-entries.js';
import { fixFor } from '../closest-id.js';
import { defineRule, type Report, type RuleTranslate } from '../rule.js';

export const refRoleRule = defineRule({
  id: 'ref/role',
  severity: 'error',
  docs: {
    summary: {
      en: 'every owner, deputy, players entry and demand per names a role (or a basis)',
      zh: '每个 owner、deputy、players 条目和需求的 per 都指向存在的角色（或计算基数）',
    },
    explanation: {
      en: "Tasks and decisions are owned by roles, and a drill asks each decision of whoever plays its owner. An owner that is not a role of the plan means nobody is responsible. Role ids are the keys of `roles`. A demand's `per` may also name a basis: resident (scope.population), household (scope.households) or a site of scope.sites. A role cannot be its own deputy.",
      zh: '任务和决策由角色负责，演练时每个决策都会交给扮演其负责角色的人。负责人不是预案中的角色，就意味着没有人负责。角色 id 是 `roles` 下的键。需求的 `per` 还可以写计算基数：resident（scope.population）、household（scope.households）或 scope.sites 中的场所。角色不能把自己设为副手。',
    },
    bad: `yuan: 1
kind: plan
id: x-community-epidemic
title: X社区突发公共卫生事件应急预案
review: { last: 2026-06-01, every_months: 12 }
drill: { last: 2026-06-15, every_months: 12 }
roles:
  secretary: { title: 社区党委书记, function: command, deputy: directr }
  director: { title: 社区主任, function: command }
stages:
  warning: { title: 预警与宣传, phase: warning, initial: true, on: { confirmed-case: lockdown } }
  lockdown:
    title: 封闭管理
    phase: response
    tasks:
      - { id: notify-residents, title: 告知居民封闭管理措施, kind: inform, owner: grid-workers }
    on: { no-new-cases-14d: recovery }
  recovery: { title: 复工复产与恢复, phase: recovery, final: true }`,
    good: `yuan: 1
kind: plan
id: x-community-epidemic
title: X社区突发公共卫生事件应急预案
review: { last: 2026-06-01, every_months: 12 }
drill: { last: 2026-06-15, every_months: 12 }
roles:
  secretary: { title: 社区党委书记, function: command, deputy: director }
  director: { title: 社区主任, function: command }
  grid-worker: { title: 网格员, function: logistics, count: 39 }
stages:
  warning: { title: 预警与宣传, phase: warning, initial: true, on: { confirmed-case: lockdown } }
  lockdown:
    title: 封闭管理
    phase: response
    tasks:
      - { id: notify-residents, title: 告知居民封闭管理措施, kind: inform, owner: grid-worker }
    on: { no-new-cases-14d: recovery }
  recovery: { title: 复工复产与恢复, phase: recovery, final: true }`,
  },
  messages: {
    missing: {
      en: '{field} names role "{id}", which the plan does not have: {fix}',
      zh: '{field} 引用的角色“{id}”在预案中不存在：{fix}',
    },
    'self-deputy': {
      en: 'role {id} names itself as its deputy: name another role who stands in when {id} is absent',
      zh: '角色 {id} 把自己设为副手（deputy）：请改为在 {id} 缺位时能顶替的另一个角色',
    },
    per: {
      en: 'per names "{id}", which is neither resident, household, a site of scope.sites nor a role: {fix}',
      zh: 'per 中的“{id}”既不是 resident、household、scope.sites 中的场所，也不是角色：{fix}',
    },
    add: {
      en: 'add a role "{id}" under roles, or name an existing one',
      zh: '请在 roles 下添加角色“{id}”，或改为已有的角色',
    },
  },
  checkPlan({ plan, t, report }) {
    const check = (role: string, pointer: string, field: string) =>
      checkRole(plan, role, pointer, field, t, report);
    for (const { task, pointer } of taskEntries(plan)) {
      if (task.owner !== undefined) check(task.owner, pointerOf(pointer, 'owner'), 'owner');
    }
    for (const { decision, pointer } of decisionEntries(plan)) {
      check(decision.owner, pointerOf(pointer, 'owner'), 'owner');
    }
    for (const [id, role] of Object.entries(plan.roles ?? {})) {
      if (role.deputy === undefined) continue;
      const at = pointerOf('/roles', id, 'deputy');
      if (role.deputy === id) report(at, t('ref/role.self-deputy', { id }));
      else check(role.deputy, at, 'deputy');
    }
    const bases = ['resident', 'household', ...keysOf(plan.scope?.sites), ...keysOf(plan.roles)];
    for (const [id, resource] of Object.entries(plan.resources ?? {})) {
      (resource.demand ?? []).forEach((demand, index) => {
        if (basisOf(plan, demand.per) !== undefined) return;
        const fix = fixFor(t, demand.per, bases, t('ref/role.add', { id: demand.per }));
        const at = pointerOf('/resources', id, 'demand', index, 'per');
        report(at, t('ref/role.per', { id: demand.per, fix }));
      });
    }
  },
  checkScenario({ scenario, plan, t, report }) {
    (scenario.players ?? []).forEach((player, index) =>
      checkRole(plan, player, pointerOf('/players', index), 'players', t, report),
    );
  },
});

function checkRole(
  plan: Plan,
  role: string,
  pointer: string,
  field: string,
  t: RuleTranslate<typeof refRoleRule.messages>,
  report: Report,
): void {
  if (own(plan.roles, role) !== undefined) return;
  const fix = fixFor(t, role, keysOf(plan.roles), t('ref/role.add', { id: role }));
  report(pointer, t('ref/role.missing', { field, id: role, fix }));
}
