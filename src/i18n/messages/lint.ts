/**
 * Messages the lint rules share (a rule's own findings are beside it, in src/lint/<group>/<rule>.ts),
 * and those of `yuan explain`.
 */
import { defineMessages } from '../catalog.js';

export const lintMessages = defineMessages({
  // What to write instead of an unknown id (src/lint/closest-id.ts), for every ref/* rule.
  'lint.fix.did-you-mean': { en: 'did you mean "{id}"?', zh: '是否应为“{id}”？' },
  'lint.fix.one-of': { en: 'write one of {list}', zh: '请改为以下之一：{list}' },

  // The phases by name, for lifecycle/phases, readiness/report-deadline and the readiness report.
  'lint.phase.preparation': { en: 'preparation', zh: '应急准备' },
  'lint.phase.warning': { en: 'warning', zh: '预警' },
  'lint.phase.response': { en: 'response', zh: '应急处置' },
  'lint.phase.recovery': { en: 'recovery', zh: '应急恢复' },

  'lint.quantity': { en: '{amount} {unit}', zh: '{amount}{unit}' },
  'lint.list-separator': { en: ', ', zh: '、' },

  // yuan explain
  'lint.severity.error': { en: 'error', zh: '错误' },
  'lint.severity.warning': { en: 'warning', zh: '警告' },
  'lint.explain.description': {
    en: 'explain a check: what it looks for, why, and a bad and a good example; without RULE, list every check',
    zh: '解释一项检查：检查什么、为什么，并给出错误和正确的示例；不带 RULE 时列出所有检查',
  },
  'lint.explain.argument': {
    en: 'rule id, e.g. readiness/shortfall',
    zh: '规则 id，例如 readiness/shortfall',
  },
  'lint.explain.example': {
    en: 'Examples:\n  yuan explain readiness/shortfall\n  yuan explain --lang zh authority/no-deputy\n  yuan explain',
    zh: '示例：\n  yuan explain readiness/shortfall\n  yuan explain --lang en authority/no-deputy\n  yuan explain',
  },
  'lint.explain.severity': { en: 'default severity: {severity}', zh: '默认级别：{severity}' },
  'lint.explain.bad': { en: 'Bad:', zh: '错误示例：' },
  'lint.explain.good': { en: 'Good:', zh: '正确示例：' },
  'lint.explain.list-footer': {
    en: 'Run "yuan explain RULE" for a rule\'s explanation and examples; set severities in yuan.config.yaml.',
    zh: '运行“yuan explain RULE”查看某条规则的说明和示例；可在 yuan.config.yaml 中设置规则级别。',
  },
  'lint.explain.unknown': {
    en: 'unknown rule "{id}": did you mean {suggestion}? Run "yuan explain" to list every rule.',
    zh: '未知规则“{id}”：是否应为 {suggestion}？运行“yuan explain”可列出所有规则。',
  },
  'lint.explain.unknown-bare': {
    en: 'unknown rule "{id}": run "yuan explain" to list every rule.',
    zh: '未知规则“{id}”：运行“yuan explain”可列出所有规则。',
  },
});
