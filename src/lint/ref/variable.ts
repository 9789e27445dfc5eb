/** ref/variable: every `when.var` and `set` key names a variable (rules.md, "References"). */
import type { Plan } from '../../model/plan.js';
import { parentPointer, pointerOf } from '../../model/pointer.js';
import { decisionEntries, keysOf, own, variableReads } from '../../model/plan-entries.js';
import { fixFor } from '../closest-id.js';
import { defineRule, type Report, type RuleTranslate } from '../rule.js';

export const refVariableRule = defineRule({
  id: 'ref/variable',
  severity: 'error',
  docs: {
    summary: {
      en: 'every when.var and set key names a variable',
      zh: '每个 when.var 和 set 的键都指向已声明的变量',
    },
    explanation: {
      en: 'Variables hold the facts that conditions test, such as the number of confirmed cases. They are declared under `variables` with an initial value; decision options and scenario injects change them with `set`, and `when` conditions read them with `var`. A condition on an undeclared variable never holds, so its transition never happens. Correct the name, or declare the variable.',
      zh: '变量记录条件要判断的事实，例如确诊病例数。变量在 `variables` 下声明并给出初始值；决策选项和演练注入用 `set` 修改变量，`when` 条件用 `var` 读取变量。对未声明变量的条件永远不成立，相应的转换也就永远不会发生。请更正名称，或声明该变量。',
    },
    bad: `yuan: 1
kind: plan
id: x-community-epidemic
title: X社区突发公共卫生事件应急预案
review: { last: 2026-06-01, every_months: 12 }
drill: { last: 2026-06-15, every_months: 12 }
variables:
  confirmed-cases: { title: 辖区确诊病例数, initial: 0 }
stages:
  warning:
    title: 预警与宣传
    phase: warning
    initial: true
    on:
      confirmed-case: { goto: lockdown, when: { var: cases, gt: 0 } }
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
variables:
  confirmed-cases: { title: 辖区确诊病例数, initial: 0 }
stages:
  warning:
    title: 预警与宣传
    phase: warning
    initial: true
    on:
      confirmed-case: { goto: lockdown, when: { var: confirmed-cases, gt: 0 } }
  lockdown:
    title: 封闭管理
    phase: response
    tasks: [{ id: notify-residents, title: 告知居民封闭管理措施, kind: inform }]
    on: { no-new-cases-14d: recovery }
  recovery: { title: 复工复产与恢复, phase: recovery, final: true }`,
  },
  messages: {
    missing: {
      en: '{field} names variable "{id}", which the plan does not declare: {fix}',
      zh: '{field} 引用的变量“{id}”在预案中未声明：{fix}',
    },
    add: {
      en: 'declare it under variables, e.g. {id}: { initial: 0 }',
      zh: '请在 variables 下声明它，例如 {id}: { initial: 0 }',
    },
  },
  checkPlan({ plan, graph, t, report }) {
    for (const edge of [...graph.edges, ...graph.dangling]) {
      if (edge.kind !== 'event' || edge.when === undefined) continue;
      // The edge points at its goto; the condition is its sibling.
      const at = pointerOf(parentPointer(edge.pointer), 'when');
      for (const read of variableReads(edge.when, at)) {
        checkVariable(plan, read.variable, read.pointer, 'when.var', 'value', t, report);
      }
    }
    for (const { decision, pointer } of decisionEntries(plan)) {
      decision.options.forEach((option, index) => {
        for (const name of keysOf(option.set)) {
          const at = pointerOf(pointer, 'options', index, 'set', name);
          checkVariable(plan, name, at, 'set', 'key', t, report);
        }
      });
    }
  },
  checkScenario({ scenario, plan, t, report }) {
    scenario.injects.forEach((inject, index) => {
      for (const name of keysOf(inject.set)) {
        const at = pointerOf('/injects', index, 'set', name);
        checkVariable(plan, name, at, 'set', 'key', t, report);
      }
    });
  },
});

function checkVariable(
  plan: Plan,
  name: string,
  pointer: string,
  field: string,
  part: 'key' | 'value',
  t: RuleTranslate<typeof refVariableRule.messages>,
  report: Report,
): void {
  if (own(plan.variables, name) !== undefined) return;
  const fix = fixFor(t, name, keysOf(plan.variables), t('ref/variable.add', { id: name }));
  report(pointer, t('ref/variable.missing', { field, id: name, fix }), part);
}
