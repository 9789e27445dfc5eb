/** Messages of the command line itself, in English and Chinese. */
import { defineMessages } from '../catalog.js';

export const cliMessages = defineMessages({
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
