/** ref/resource: every task `uses` key names a resource (rules.md, "References"). */
import { pointerOf } from '../../model/pointer.js';
import { keysOf, own, taskEntries } from '../../model/plan-entries.js';
import { fixFor } from '../closest-id.js';
import { defineRule } from '../rule.js';

export const refResourceRule = defineRule({
  id: 'ref/resource',
  severity: 'error',
  docs: {
    summary: {
      en: 'every task uses key names a resource',
      zh: '任务 uses 中的每个键都指向存在的物资',
    },
    explanation: {
      en: "A task's `uses` says which resources it draws from the stock and how much. Each key must be a resource of the plan (a key of `resources`), otherwise the need is counted nowhere and the readiness check cannot see a shortfall. Correct the spelling, or add the resource with its stock.",
      zh: '任务的 `uses` 说明它从库存中动用哪些物资、用多少。每个键都必须是预案中的物资（`resources` 下的键），否则这部分需求不会被计入，准备度检查也就发现不了缺口。请更正拼写，或添加该物资及其库存。',
    },
    bad: `yuan: 1
kind: plan
id: x-community-epidemic
title: X社区突发公共卫生事件应急预案
review: { last: 2026-06-01, every_months: 12 }
drill: { last: 2026-06-15, every_months: 12 }
resources:
  leaflet: { title: 防控告示, unit: 张, stock: 200 }
stages:
  warning: { title: 预警与宣传, phase: warning, initial: true, on: { confirmed-case: lockdown } }
  lockdown:
    title: 封闭管理
    phase: response
    tasks:
      - { id: post-notices, title: 张贴封闭管理告示, kind: inform, uses: { leaflets: 103 } }
    on: { no-new-cases-14d: recovery }
  recovery: { title: 复工复产与恢复, phase: recovery, final: true }`,
    good: `yuan: 1
kind: plan
id: x-community-epidemic
title: X社区突发公共卫生事件应急预案
review: { last: 2026-06-01, every_months: 12 }
drill: { last: 2026-06-15, every_months: 12 }
resources:
  leaflet: { title: 防控告示, unit: 张, stock: 200 }
stages:
  warning: { title: 预警与宣传, phase: warning, initial: true, on: { confirmed-case: lockdown } }
  lockdown:
    title: 封闭管理
    phase: response
    tasks:
      - { id: post-notices, title: 张贴封闭管理告示, kind: inform, uses: { leaflet: 103 } }
    on: { no-new-cases-14d: recovery }
  recovery: { title: 复工复产与恢复, phase: recovery, final: true }`,
  },
  messages: {
    missing: {
      en: 'uses names resource "{id}", which the plan does not have: {fix}',
      zh: 'uses 引用的物资“{id}”在预案中不存在：{fix}',
    },
    add: {
      en: 'add a resource "{id}" under resources (with its stock), or name an existing one',
      zh: '请在 resources 下添加物资“{id}”（并写明库存），或改为已有的物资',
    },
  },
  checkPlan({ plan, t, report }) {
    const resources = keysOf(plan.resources);
    for (const { task, pointer } of taskEntries(plan)) {
      for (const id of keysOf(task.uses)) {
        if (own(plan.resources, id) !== undefined) continue;
        const fix = fixFor(t, id, resources, t('ref/resource.add', { id }));
        report(pointerOf(pointer, 'uses', id), t('ref/resource.missing', { id, fix }), 'key');
      }
    }
  },
});
