/** ref/level: every stage `level` names a level (rules.md, "References"). */
import { pointerOf } from '../../model/pointer.js';
import { keysOf, own, stageEntries } from '../../model/plan-entries.js';
import { fixFor } from '../closest-id.js';
import { defineRule } from '../rule.js';

export const refLevelRule = defineRule({
  id: 'ref/level',
  severity: 'error',
  docs: {
    summary: {
      en: 'every stage level names a level',
      zh: '每个阶段的 level 都指向存在的响应级别',
    },
    explanation: {
      en: 'Response levels (一级 to 四级响应) are declared once under `levels`, most severe first, and each stage names the level it belongs to. A level that is not declared is usually a typo, and the readiness report could not tell which levels the plan covers. Name a declared level, or declare it.',
      zh: '响应级别（一级至四级响应）在 `levels` 下统一声明，最严重的在前，每个阶段写明所属级别。未声明的级别通常是拼写错误，准备度报告也无法判断预案覆盖了哪些级别。请改为已声明的级别，或先声明它。',
    },
    bad: `yuan: 1
kind: plan
id: x-community-epidemic
title: X社区突发公共卫生事件应急预案
review: { last: 2026-06-01, every_months: 12 }
drill: { last: 2026-06-15, every_months: 12 }
levels:
  i: { title: 一级响应（特别重大） }
stages:
  warning: { title: 预警与宣传, phase: warning, initial: true, on: { confirmed-case: lockdown } }
  lockdown:
    title: 封闭管理
    phase: response
    level: one                        # the level is called i
    tasks: [{ id: notify-residents, title: 告知居民封闭管理措施, kind: inform }]
    on: { no-new-cases-14d: recovery }
  recovery: { title: 复工复产与恢复, phase: recovery, final: true }`,
    good: `yuan: 1
kind: plan
id: x-community-epidemic
title: X社区突发公共卫生事件应急预案
review: { last: 2026-06-01, every_months: 12 }
drill: { last: 2026-06-15, every_months: 12 }
levels:
  i: { title: 一级响应（特别重大） }
stages:
  warning: { title: 预警与宣传, phase: warning, initial: true, on: { confirmed-case: lockdown } }
  lockdown:
    title: 封闭管理
    phase: response
    level: i
    tasks: [{ id: notify-residents, title: 告知居民封闭管理措施, kind: inform }]
    on: { no-new-cases-14d: recovery }
  recovery: { title: 复工复产与恢复, phase: recovery, final: true }`,
  },
  messages: {
    missing: {
      en: 'level "{id}" is not one of the plan\'s levels: {fix}',
      zh: '响应级别“{id}”不在预案的 levels 中：{fix}',
    },
    add: {
      en: 'add a level "{id}" under levels, or name an existing one',
      zh: '请在 levels 下添加响应级别“{id}”，或改为已有的级别',
    },
  },
  checkPlan({ plan, t, report }) {
    const levels = keysOf(plan.levels);
    for (const { stage, pointer } of stageEntries(plan)) {
      const level = stage.level;
      if (level === undefined || own(plan.levels, level) !== undefined) continue;
      const fix = fixFor(t, level, levels, t('ref/level.add', { id: level }));
      report(pointerOf(pointer, 'level'), t('ref/level.missing', { id: level, fix }));
    }
  },
});
