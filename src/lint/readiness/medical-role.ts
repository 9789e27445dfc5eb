/** readiness/medical-role: a public-health plan has a role whose function is medical (rules.md). */
import { analyseCoverage } from '../../readiness/coverage.js';
import { defineRule } from '../rule.js';

export const readinessMedicalRoleRule = defineRule({
  id: 'readiness/medical-role',
  severity: 'warning',
  docs: {
    summary: {
      en: 'a public-health plan has a role whose function is medical',
      zh: '公共卫生类预案中有 function 为 medical 的角色',
    },
    explanation: {
      en: "In an epidemic, screening, referral, home-quarantine checks and the care of the sick are medical work. The X community's plan of January 2020 gave them to nobody, although a community health-service station was in reach. A plan whose `hazard.category` is `public-health` needs at least one role with `function: medical`, such as the health-service station or a clinic, so that tasks and decisions can be given to it.",
      zh: '疫情中，筛查、转诊、居家隔离检查和病人救治都是医疗工作。2020年1月X社区的预案没有把这些工作交给任何人，尽管社区卫生服务站近在咫尺。`hazard.category` 为 `public-health` 的预案至少需要一个 `function: medical` 的角色，例如社区卫生服务站或诊所，以便把任务和决策交给它。',
    },
    bad: `yuan: 1
kind: plan
id: x-community-epidemic
title: X社区突发公共卫生事件应急预案
review: { last: 2026-06-01, every_months: 12 }
drill: { last: 2026-06-15, every_months: 12 }
hazard: { category: public-health, type: epidemic }
roles:
  secretary: { title: 社区党委书记, function: command }
  grid-worker: { title: 网格员, function: logistics, count: 39 }
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
    good: `yuan: 1
kind: plan
id: x-community-epidemic
title: X社区突发公共卫生事件应急预案
review: { last: 2026-06-01, every_months: 12 }
drill: { last: 2026-06-15, every_months: 12 }
hazard: { category: public-health, type: epidemic }
roles:
  secretary: { title: 社区党委书记, function: command }
  grid-worker: { title: 网格员, function: logistics, count: 39 }
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
      en: 'this public-health plan has no role with function: medical: add the health station or clinic that screens, refers and treats people as a role with function: medical',
      zh: '本公共卫生预案没有 function: medical 的角色：请把负责筛查、转诊和救治的卫生服务站或诊所添加为 function: medical 的角色',
    },
  },
  checkPlan({ plan, t, report }) {
    const coverage = analyseCoverage(plan);
    if (!coverage.publicHealth || coverage.medicalRoles.length > 0) return;
    report(plan.roles === undefined ? '' : '/roles', t('readiness/medical-role.missing'), 'key');
  },
});
