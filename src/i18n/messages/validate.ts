/** Messages of the `yuan validate` command line (what it checks is in check.ts), in English and Chinese. */
import { defineMessages } from '../catalog.js';

export const validateMessages = defineMessages({
  'validate.cli.description': {
    en: 'check plan and scenario files: the schema, references, the stage graph, lifecycle and readiness',
    zh: '检查预案与演练脚本文件：schema、引用、阶段图、生命周期与准备情况',
  },
  'validate.cli.paths': {
    en: 'files, folders (searched for *.yaml and *.yml) or globs (default: plans/)',
    zh: '文件、文件夹（查找其中的 *.yaml 和 *.yml）或通配符（默认：plans/）',
  },
  'validate.cli.format': {
    en: 'output format: stylish, json, sarif, github or junit',
    zh: '输出格式：stylish、json、sarif、github 或 junit',
  },
  'validate.cli.max-warnings': {
    en: 'fail (exit code 1) when there are more than N warnings',
    zh: '警告超过 N 条时视为失败（退出码 1）',
  },
  'validate.cli.today': {
    en: 'the date YYYY-MM-DD the overdue checks take as today (for reproducible CI runs)',
    zh: '逾期检查所用的“今天”，格式 YYYY-MM-DD（便于 CI 结果可重现）',
  },
  'validate.cli.config': {
    en: 'the config file (default: the nearest yuan.config.yaml at or above the working folder)',
    zh: '配置文件（默认：当前文件夹或其上层最近的 yuan.config.yaml）',
  },
  'validate.cli.max-file-size': {
    en: 'refuse files larger than this many bytes (default 5242880, i.e. 5 MiB)',
    zh: '拒绝读取大于此字节数的文件（默认 5242880，即 5 MiB）',
  },
  'validate.cli.example': {
    en: 'Examples:\n  yuan validate                         # every plan under plans/\n  yuan validate plans/flood.yaml --lang zh\n  yuan validate "examples/**/*.yaml" --format github --max-warnings 0\n  yuan validate --format sarif > yuan.sarif\n  yuan validate plans --shard 2/4           # the second of four CI jobs',
    zh: '示例：\n  yuan validate                         # 检查 plans/ 下的全部预案\n  yuan validate plans/flood.yaml --lang zh\n  yuan validate "examples/**/*.yaml" --format github --max-warnings 0\n  yuan validate --format sarif > yuan.sarif\n  yuan validate plans --shard 2/4           # 四个并行 CI 任务中的第二个',
  },
  'validate.cli.bad-count': {
    en: '{option} must be a whole number of 0 or more, not "{value}"',
    zh: '{option} 必须是不小于 0 的整数，而不是“{value}”',
  },
  'validate.cli.bad-size': {
    en: '--max-file-size must be a whole number of bytes greater than 0, not "{value}"',
    zh: '--max-file-size 必须是大于 0 的整数字节数，而不是“{value}”',
  },
  'validate.cli.shard': {
    en: "check only share K of N of the files (1-based), for a CI matrix of N jobs; the split depends on each file's path alone",
    zh: '只检查 N 份中的第 K 份文件（从 1 开始），供 N 个并行的 CI 任务使用；划分只取决于各文件的路径',
  },
  'validate.cli.bad-shard': {
    en: '--shard must be K/N with whole numbers 1 <= K <= N <= {max} (e.g. 2/4), not "{value}"',
    zh: '--shard 必须写成 K/N，且为整数 1 <= K <= N <= {max}（如 2/4），而不是“{value}”',
  },
  'validate.cli.bad-today': {
    en: '--today must be a date written YYYY-MM-DD (e.g. 2024-03-10), not "{value}"',
    zh: '--today 必须是 YYYY-MM-DD 格式的日期（如 2024-03-10），而不是“{value}”',
  },
  'validate.cli.no-match': {
    en: 'no plan or scenario file matches {path}; name .yaml files, folders or globs',
    zh: '没有与 {path} 匹配的预案或演练脚本文件；请指定 .yaml 文件、文件夹或通配符',
  },
  'validate.cli.no-plans-folder': {
    en: 'there is no plans/ folder with YAML files here; name the files to check, e.g. yuan validate my-plan.yaml',
    zh: '此处没有含 YAML 文件的 plans/ 文件夹；请指定要检查的文件，如 yuan validate my-plan.yaml',
  },
  'validate.cli.too-many-warnings': {
    en: '{count} warnings, more than --max-warnings {max} allows',
    zh: '共 {count} 条警告，超过 --max-warnings {max} 的上限',
  },
  'validate.cli.progress': {
    en: 'checked {done}/{total} files',
    zh: '已检查 {done}/{total} 个文件',
  },
});
