/** yaml/duplicate-key: no mapping repeats a key. Applied by the loader; this entry documents it. */
import { defineRule } from '../rule.js';

export const yamlDuplicateKeyRule = defineRule({
  id: 'yaml/duplicate-key',
  severity: 'error',
  docs: {
    summary: { en: 'no mapping repeats a key', zh: '同一映射中没有重复的键' },
    explanation: {
      en: 'Most YAML readers silently keep the last of two equal keys, so a stage, role or resource written twice loses the first copy without a word. yuan refuses the file instead and points at the second key. Merge the two entries, or rename one of them.',
      zh: '大多数 YAML 解析器遇到两个相同的键时会默默保留后一个，于是写了两遍的阶段、角色或物资，前一份会悄无声息地丢失。yuan 会拒绝这样的文件，并指出第二个键的位置。请合并这两项，或给其中一项改名。',
    },
    bad: `yuan: 1
kind: plan
id: x-community-epidemic
title: X社区突发公共卫生事件应急预案
review: { last: 2026-06-01, every_months: 12 }
drill: { last: 2026-06-15, every_months: 12 }
roles:
  secretary: { title: 社区党委书记, function: command }
  secretary: { title: 社区主任, function: command }
stages:
  warning: { title: 预警与宣传, phase: warning, initial: true, on: { confirmed-case: lockdown } }
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
  secretary: { title: 社区党委书记, function: command }
  director: { title: 社区主任, function: command }
stages:
  warning: { title: 预警与宣传, phase: warning, initial: true, on: { confirmed-case: lockdown } }
  lockdown:
    title: 封闭管理
    phase: response
    tasks: [{ id: notify-residents, title: 告知居民封闭管理措施, kind: inform }]
    on: { no-new-cases-14d: recovery }
  recovery: { title: 复工复产与恢复, phase: recovery, final: true }`,
  },
});
