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
    bad: `stages:
  standby:
    title: 常态防控
     phase: preparation        # one space too many`,
    good: `stages:
  standby:
    title: 常态防控
    phase: preparation`,
  },
});
