/** ref/decision: `authority`, scenario `expect`, answers and `timeout.choose` name real decisions and options (rules.md). */
import { pointerOf } from '../../model/pointer.js';
import type { Decision, Plan } from '../../model/plan.js';
import { indexDecisions, type PlacedDecision } from '../../model/plan-index.js';
import { decisionEntries } from '../../model/plan-entries.js';
import { fixFor } from '../closest-id.js';
import { defineRule, type Report, type RuleTranslate } from '../rule.js';

export const refDecisionRule = defineRule({
  id: 'ref/decision',
  severity: 'error',
  docs: {
    summary: {
      en: 'authority, scenario expect.decision, answers and timeout.choose name real decisions and options',
      zh: 'authority、演练脚本的 expect.decision、脚本化回答和 timeout.choose 都指向存在的决策和选项',
    },
    explanation: {
      en: "Decisions are named by their `id` wherever they are referred to: in a role's `authority` (what it may decide on its own), in a scenario's `expect` (what the exercise expects, with its `best` and `acceptable` options), in a scripted answers file, and in a decision's own `timeout.choose` (the option taken when nobody decides in time). A misspelt decision gives a role no authority at all, and a misspelt option makes a timeout or a score meaningless. Name a decision of the plan and an option of that decision.",
      zh: '凡是引用决策的地方都使用决策的 `id`：角色的 `authority`（可自行决定的事项）、演练脚本的 `expect`（演练期望的决策及其 `best`、`acceptable` 选项）、脚本化回答文件，以及决策自身的 `timeout.choose`（无人按时决策时采取的选项）。决策名写错，角色就没有任何职权；选项名写错，超时处理和评分就失去意义。请写预案中存在的决策，以及该决策的选项。',
    },
    bad: `yuan: 1
kind: plan
id: x-community-epidemic
title: X社区突发公共卫生事件应急预案
review: { last: 2026-06-01, every_months: 12 }
drill: { last: 2026-06-15, every_months: 12 }
roles:
  secretary: { title: 社区党委书记, function: command, authority: all }
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
        options:
          - { id: lock-now, title: 立即封闭管理, goto: lockdown }
          - { id: wait, title: 等待街道通知 }
        timeout: { after: 6h, choose: lock }   # the options are lock-now and wait
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
  secretary: { title: 社区党委书记, function: command, authority: all }
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
    missing: {
      en: '{field} names decision "{id}", which the plan does not have: {fix}',
      zh: '{field} 引用的决策“{id}”在预案中不存在：{fix}',
    },
    option: {
      en: '{field} names option "{id}", which decision {decision} does not offer: {fix}',
      zh: '{field} 引用的选项“{id}”不是决策 {decision} 的选项：{fix}',
    },
    add: {
      en: 'add a decision with id: {id} to a stage, or name an existing one',
      zh: '请在某个阶段中添加 id 为 {id} 的决策，或改为已有的决策',
    },
    'add-option': {
      en: 'add an option with id: {id} to decision {decision}, or name an existing one',
      zh: '请为决策 {decision} 添加 id 为 {id} 的选项，或改为已有的选项',
    },
  },
  checkPlan({ plan, t, report }) {
    const refs = new DecisionRefs(plan, t, report);
    for (const [id, role] of Object.entries(plan.roles ?? {})) {
      if (!Array.isArray(role.authority)) continue;
      role.authority.forEach((decision, index) =>
        refs.decision(decision, pointerOf('/roles', id, 'authority', index), 'authority'),
      );
    }
    for (const { decision, pointer } of decisionEntries(plan)) {
      if (decision.timeout === undefined) continue;
      const at = pointerOf(pointer, 'timeout', 'choose');
      refs.option(decision, decision.timeout.choose, at, 'timeout.choose');
    }
  },
  checkScenario({ scenario, plan, t, report }) {
    const refs = new DecisionRefs(plan, t, report);
    scenario.injects.forEach((inject, i) =>
      (inject.expect ?? []).forEach((expectation, j) => {
        const at = pointerOf('/injects', i, 'expect', j);
        const decision = refs.decision(expectation.decision, pointerOf(at, 'decision'), 'expect');
        if (decision === undefined) return;
        for (const field of ['best', 'acceptable'] as const) {
          (expectation[field] ?? []).forEach((option, k) =>
            refs.option(decision, option, pointerOf(at, field, k), field),
          );
        }
      }),
    );
  },
  checkAnswers({ answers, plan, t, report }) {
    const refs = new DecisionRefs(plan, t, report);
    answers.answers.forEach((answer, index) => {
      const at = pointerOf('/answers', index);
      const decision = refs.decision(answer.decision, pointerOf(at, 'decision'), 'decision');
      if (decision !== undefined)
        refs.option(decision, answer.option, pointerOf(at, 'option'), 'option');
    });
  },
});

/** Looks decisions and options up by id and reports the ones that do not exist. */
class DecisionRefs {
  private readonly decisions: Map<string, PlacedDecision>;

  constructor(
    plan: Plan,
    private readonly t: RuleTranslate<typeof refDecisionRule.messages>,
    private readonly report: Report,
  ) {
    this.decisions = indexDecisions(plan);
  }

  /** The decision with this id, or undefined after reporting that it does not exist. */
  decision(id: string, pointer: string, field: string): Decision | undefined {
    const placed = this.decisions.get(id);
    if (placed !== undefined) return placed.decision;
    const ids = [...this.decisions.keys()];
    const fix = fixFor(this.t, id, ids, this.t('ref/decision.add', { id }));
    this.report(pointer, this.t('ref/decision.missing', { field, id, fix }));
    return undefined;
  }

  /** Reports an option id that the decision does not offer. */
  option(decision: Decision, id: string, pointer: string, field: string): void {
    const ids = decision.options.map((option) => option.id);
    if (ids.includes(id)) return;
    const fix = fixFor(
      this.t,
      id,
      ids,
      this.t('ref/decision.add-option', { id, decision: decision.id }),
    );
    this.report(pointer, this.t('ref/decision.option', { field, id, decision: decision.id, fix }));
  }
}
