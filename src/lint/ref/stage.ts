/** ref/stage: every `goto`, `start`, `during` entry and `after` target names a stage (rules.md, "References"). */
import { PHASES } from '../../model/plan.js';
import { pointerOf } from '../../model/pointer.js';
import { resolveDuring } from '../../readiness/demand-basis.js';
import { keysOf, own } from '../../model/plan-entries.js';
import { fixFor } from '../closest-id.js';
import { defineRule } from '../rule.js';

export const refStageRule = defineRule({
  id: 'ref/stage',
  severity: 'error',
  docs: {
    summary: {
      en: 'every goto, start, during entry and after target names a stage',
      zh: '每个 goto、start、during 条目和 after 目标都指向存在的阶段',
    },
    explanation: {
      en: 'A transition to a stage that does not exist cannot be compiled or drilled: the plan would stop at the worst moment. Stage ids are the keys of `stages`; `during` (in a resource demand) may also name a phase: preparation, warning, response or recovery. Correct the spelling, or add the missing stage.',
      zh: '转向一个不存在的阶段的转换无法编译，也无法演练：预案会在最关键的时候中断。阶段 id 是 `stages` 下的键；资源需求的 `during` 还可以写阶段类别：preparation、warning、response 或 recovery。请更正拼写，或补充缺少的阶段。',
    },
    bad: `yuan: 1
kind: plan
id: x-community-epidemic
title: X社区突发公共卫生事件应急预案
review: { last: 2026-06-01, every_months: 12 }
drill: { last: 2026-06-15, every_months: 12 }
stages:
  warning:
    title: 预警与宣传
    phase: warning
    initial: true
    on: { confirmed-case: lockdown, all-clear: recovry }   # no stage is called recovry
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
  warning:
    title: 预警与宣传
    phase: warning
    initial: true
    on: { confirmed-case: lockdown, all-clear: recovery }
  lockdown:
    title: 封闭管理
    phase: response
    tasks: [{ id: notify-residents, title: 告知居民封闭管理措施, kind: inform }]
    on: { no-new-cases-14d: recovery }
  recovery: { title: 复工复产与恢复, phase: recovery, final: true }`,
  },
  messages: {
    missing: {
      en: '{field} names stage "{id}", which the plan does not have: {fix}',
      zh: '{field} 引用的阶段“{id}”在预案中不存在：{fix}',
    },
    during: {
      en: 'during names "{id}", which is neither a stage nor a phase: {fix}',
      zh: 'during 中的“{id}”既不是阶段，也不是阶段类别（phase）：{fix}',
    },
    add: {
      en: 'add a stage "{id}" under stages, or name an existing one',
      zh: '请在 stages 下添加阶段“{id}”，或改为已有的阶段',
    },
  },
  checkPlan({ plan, graph, t, report }) {
    const stages = keysOf(plan.stages);
    const fix = (id: string) => fixFor(t, id, stages, t('ref/stage.add', { id }));
    // Dangling edges name no stage; a timeout's edge repeats its option's goto, reported there.
    for (const edge of graph.dangling) {
      if (edge.kind === 'timeout') continue;
      const field =
        edge.kind === 'event' ? `on.${edge.event}` : edge.kind === 'after' ? 'after' : 'goto';
      report(edge.pointer, t('ref/stage.missing', { field, id: edge.to, fix: fix(edge.to) }));
    }
    const stagesAndPhases = [...stages, ...PHASES.filter((phase) => !stages.includes(phase))];
    for (const [id, resource] of Object.entries(plan.resources ?? {})) {
      (resource.demand ?? []).forEach((demand, index) => {
        for (const entry of resolveDuring(plan, demand.during)) {
          if (entry.kind !== 'unknown') continue;
          const at = pointerOf('/resources', id, 'demand', index, 'during', entry.index);
          const fixText = fixFor(t, entry.entry, stagesAndPhases, fix(entry.entry));
          report(at, t('ref/stage.during', { id: entry.entry, fix: fixText }));
        }
      });
    }
  },
  checkScenario({ scenario, plan, t, report }) {
    const start = scenario.start;
    if (start === undefined || own(plan.stages, start) !== undefined) return;
    const fix = fixFor(t, start, keysOf(plan.stages), t('ref/stage.add', { id: start }));
    report('/start', t('ref/stage.missing', { field: 'start', id: start, fix }));
  },
});
