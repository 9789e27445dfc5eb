/** yaml/syntax: the file parses as YAML. Applied by the loader (src/load/parse-text.ts); this entry documents it. */
import { defineRule } from '../rule.js';

export const yamlSyntaxRule = defineRule({
  id: 'yaml/syntax',
  severity: 'error',
  docs: {
    summary: {
      en: 'the file parses as YAML (message from the parser, at its position)',
      zh: '文件能被解析为 YAML（消息来自解析器，位于出错位置）',
    },
    explanation: {
      en: 'Nothing else can be checked until the file is YAML. The usual causes are indentation that mixes levels, a tab used for indentation, a colon followed by no space, an unclosed quote or bracket, and several documents in one file (a plan or scenario is exactly one document: no `---` between two). The finding is placed where the parser stopped; the mistake is often on the line before.',
      zh: '文件不是合法的 YAML，其他检查都无从进行。常见原因有：缩进层级混乱、用 Tab 缩进、冒号后缺少空格、引号或括号未闭合，以及一个文件中有多个文档（预案或演练脚本只能是一个文档：不要用 `---` 分隔两个文档）。问题标注在解析器停下的位置，真正的错误常常在上一行。',
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
     phase: warning               # one space too many
    initial: true
    on: { confirmed-case: lockdown }
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
    on: { confirmed-case: lockdown }
  lockdown:
    title: 封闭管理
    phase: response
    tasks: [{ id: notify-residents, title: 告知居民封闭管理措施, kind: inform }]
    on: { no-new-cases-14d: recovery }
  recovery: { title: 复工复产与恢复, phase: recovery, final: true }`,
  },
});
