/** schema: the document matches the JSON Schema. Applied by src/check/; this entry documents it. */
import { defineRule } from './rule.js';

export const schemaRule = defineRule({
  id: 'schema',
  severity: 'error',
  docs: {
    summary: {
      en: 'the document matches the JSON Schema',
      zh: '文档符合 JSON Schema',
    },
    explanation: {
      en: 'Every plan and scenario must match schemas/yuan.schema.json (`yuan schema` prints it): the required fields, kebab-case ids, durations such as 2h or 1h30m, the listed values of enums, and no unknown keys except those starting with `x-`, which are free for your own notes. Unknown keys are errors so that a typo such as `ower:` cannot pass unnoticed. With the YAML extension of VS Code the same schema completes and checks plans as you type.',
      zh: '每个预案和演练脚本都必须符合 schemas/yuan.schema.json（可用 `yuan schema` 输出）：必填字段、kebab-case 的 id、2h 或 1h30m 这样的时长、枚举中列出的取值，并且除 `x-` 开头的键（可自由用于备注）外不得有未知的键。未知的键按错误处理，这样 `ower:` 之类的拼写错误就不会被忽略。在 VS Code 中安装 YAML 扩展后，同一份 schema 会在输入时提供补全和检查。',
    },
    bad: `yuan: 1
kind: plan
id: X Community Plan              # ids are kebab-case
title: X社区突发公共卫生事件应急预案
review: { last: 2026-06-01, every_months: 12 }
drill: { last: 2026-06-15, every_months: 12 }
stages:
  warning: { title: 预警与宣传, phase: alert, initial: true, on: { confirmed-case: lockdown } }
  lockdown:
    title: 封闭管理
    phase: response
    tasks:
      - { id: notify-residents, title: 告知居民封闭管理措施, kind: inform, withn: 2h }
    on: { no-new-cases-14d: recovery }
  recovery: { title: 复工复产与恢复, phase: recovery, final: true }`,
    good: `yuan: 1
kind: plan
id: x-community-epidemic
title: X社区突发公共卫生事件应急预案
review: { last: 2026-06-01, every_months: 12 }
drill: { last: 2026-06-15, every_months: 12 }
stages:
  warning: { title: 预警与宣传, phase: warning, initial: true, on: { confirmed-case: lockdown } }
  lockdown:
    title: 封闭管理
    phase: response
    tasks:
      - { id: notify-residents, title: 告知居民封闭管理措施, kind: inform, within: 2h }
    on: { no-new-cases-14d: recovery }
  recovery: { title: 复工复产与恢复, phase: recovery, final: true }`,
  },
});
