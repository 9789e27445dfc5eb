/** Messages of the compile step, in English and Chinese. */
import { defineMessages } from '../catalog.js';

export const compileMessages = defineMessages({
  'compile.label.after': { en: 'after {delay}', zh: '{delay}后' },
  'compile.label.timeout': {
    en: '{decision} → {option} (timeout {delay})',
    zh: '{decision} → {option}（{delay}超时）',
  },
  'compile.label.otherwise': { en: 'otherwise', zh: '否则' },
  'compile.label.never': { en: '(never fires)', zh: '（不会触发）' },
  'compile.phase.preparation': { en: 'Preparation (应急准备)', zh: '应急准备' },
  'compile.phase.warning': { en: 'Warning (预警)', zh: '预警' },
  'compile.phase.response': { en: 'Response (应急处置)', zh: '应急处置' },
  'compile.phase.recovery': { en: 'Recovery (应急恢复)', zh: '应急恢复' },
  'compile.cli.description': {
    en: 'the plan as an XState machine config (JSON, for XState and Stately) or as a diagram (Mermaid, Graphviz DOT, SVG)',
    zh: '把预案输出为 XState 状态机配置（JSON，可用于 XState 和 Stately）或流程图（Mermaid、Graphviz DOT、SVG）',
  },
  'compile.cli.plan': { en: 'the plan file (YAML)', zh: '预案文件（YAML）' },
  'compile.cli.format': {
    en: 'output format: xstate, mermaid, dot or svg',
    zh: '输出格式：xstate、mermaid、dot 或 svg',
  },
  'compile.cli.example': {
    en: 'Examples:\n  yuan compile plans/x-community-epidemic.yaml -o machine.json\n  yuan compile plans/x-community-epidemic.yaml --format mermaid\n  yuan compile plans/x-community-epidemic.yaml --format svg -o plan.svg',
    zh: '示例：\n  yuan compile plans/x-community-epidemic.yaml -o machine.json\n  yuan compile plans/x-community-epidemic.yaml --format mermaid\n  yuan compile plans/x-community-epidemic.yaml --format svg -o plan.svg',
  },
  'compile.cli.has-errors': {
    en: '{file} has {count} error(s): fix them (`yuan validate {file}` explains each) and run the command again',
    zh: '{file} 有 {count} 个错误：请先修正（`yuan validate {file}` 会逐条说明），再重新运行此命令',
  },
});
