/** Messages of the command line itself, in English and Chinese. */
import { defineMessages } from '../catalog.js';

export const cliMessages = defineMessages({
  'cli.warning': { en: 'warning', zh: '警告' },
  'cli.description': {
    en: 'yuan (预案): write emergency plans as YAML, check them, and rehearse them as scored tabletop drills',
    zh: 'yuan（预案）：用 YAML 编写应急预案，检查预案，并以计分的桌面推演进行演练',
  },
  'cli.option.version': { en: 'print the version', zh: '显示版本号' },
  'cli.option.help': { en: 'show help for a command', zh: '显示命令帮助' },
  'cli.option.lang': {
    en: 'language of messages: zh or en (default: from LC_ALL/LANG)',
    zh: '消息语言：zh 或 en（默认取自 LC_ALL/LANG）',
  },
  'cli.option.debug': {
    en: 'show stack traces of internal errors',
    zh: '显示内部错误的堆栈信息',
  },
  'cli.option.output': {
    en: 'write to FILE instead of standard output',
    zh: '写入文件而不是标准输出',
  },
  'cli.internal-error': {
    en: 'internal error: {detail}. This is a bug in yuan; run again with --debug and report it.',
    zh: '内部错误：{detail}。这是 yuan 的缺陷；请加 --debug 重新运行并报告。',
  },
  'cli.bad-choice': {
    en: '{option} must be one of {choices}, not "{value}"',
    zh: '{option} 只能是 {choices} 之一，而不是“{value}”',
  },
  'cli.bad-number': {
    en: '{option} must be a number, not "{value}"',
    zh: '{option} 必须是数字，而不是“{value}”',
  },
  // Commander's own usage errors (src/cli/usage-errors.ts).
  'cli.usage.unknown-option': {
    en: 'unknown option "{option}": run "{help}" to list the options.',
    zh: '未知选项“{option}”：运行“{help}”查看所有选项。',
  },
  'cli.usage.unknown-option-suggest': {
    en: 'unknown option "{option}": did you mean {candidates}? Run "{help}" to list the options.',
    zh: '未知选项“{option}”：是否想写 {candidates}？运行“{help}”查看所有选项。',
  },
  'cli.usage.unknown-command': {
    en: 'unknown command "{command}": run "yuan --help" to list the commands.',
    zh: '未知命令“{command}”：运行“yuan --help”查看所有命令。',
  },
  'cli.usage.unknown-command-suggest': {
    en: 'unknown command "{command}": did you mean {candidates}? Run "yuan --help" to list the commands.',
    zh: '未知命令“{command}”：是否想写 {candidates}？运行“yuan --help”查看所有命令。',
  },
  'cli.usage.missing-argument': {
    en: 'missing the argument <{argument}>. Run "{help}" for usage and an example.',
    zh: '缺少参数 <{argument}>。运行“{help}”查看用法和示例。',
  },
  'cli.usage.option-missing-value': {
    en: 'the option {option} needs a value. Run "{help}" for usage and an example.',
    zh: '选项 {option} 需要一个值。运行“{help}”查看用法和示例。',
  },
  'cli.usage.excess-arguments': {
    en: 'too many arguments: {command} takes at most {expected}, got {received}. Run "{help}" for usage and an example.',
    zh: '参数过多：{command} 最多接受 {expected} 个参数，实际给了 {received} 个。运行“{help}”查看用法和示例。',
  },
  'cli.usage.no-arguments': {
    en: 'too many arguments: {command} takes none, got {received}. Run "{help}" for usage and an example.',
    zh: '参数过多：{command} 不接受参数，实际给了 {received} 个。运行“{help}”查看用法和示例。',
  },
  'cli.usage.or': { en: ' or ', zh: ' 或 ' },
  'cli.cannot-write': {
    en: 'cannot write {file} ({cause})',
    zh: '无法写入 {file}（{cause}）',
  },
  'cli.schema.description': {
    en: 'print the JSON Schema of plans and scenarios, for editors and other tools',
    zh: '输出预案与演练脚本的 JSON Schema，供编辑器和其他工具使用',
  },
  'cli.schema.example': {
    en: 'Example:\n  yuan schema -o yuan.schema.json',
    zh: '示例：\n  yuan schema -o yuan.schema.json',
  },
});
