/** Messages of the validate step, in English and Chinese. */
import { defineMessages } from '../catalog.js';

export const validateMessages = defineMessages({
  // The kind of a document, checked before the schema.
  'validate.kind.not-mapping': {
    en: 'a plan or scenario file is a mapping that starts with `yuan: 1` and `kind: plan` (or `kind: scenario`), not {actual}',
    zh: '预案或演练脚本文件应是以 `yuan: 1` 和 `kind: plan`（或 `kind: scenario`）开头的映射，而不是{actual}',
  },
  'validate.kind.missing': {
    en: 'this file has no `kind`; write `kind: plan` for a plan or `kind: scenario` for a scenario',
    zh: '此文件没有 `kind`；预案请写 `kind: plan`，演练脚本请写 `kind: scenario`',
  },
  'validate.kind.answers': {
    en: 'this looks like an answers file for `yuan drill --answers`: add `kind: answers` (and `plan:` naming its plan) so that `yuan validate` can check it',
    zh: '这似乎是供 `yuan drill --answers` 使用的答案文件：请加上 `kind: answers`（以及指向其预案的 `plan:`），`yuan validate` 才能检查它',
  },
  'validate.kind.wrong': {
    en: '`kind: {value}` is not a kind yuan reads; write `kind: plan`, `kind: scenario` or `kind: answers`',
    zh: '`kind: {value}` 不是 yuan 能读取的类型；请写 `kind: plan`、`kind: scenario` 或 `kind: answers`',
  },

  // Schema problems: what is wrong, and what to write instead.
  'validate.schema.required': {
    en: '{parent} needs the key `{key}`; add `{key}: …`',
    zh: '{parent}缺少必填键 `{key}`；请添加 `{key}: …`',
  },
  'validate.schema.unknown-key': {
    en: 'unknown key `{key}`; the keys allowed here are {allowed}',
    zh: '未知的键 `{key}`；此处允许的键为 {allowed}',
  },
  'validate.schema.unknown-key-suggest': {
    en: 'unknown key `{key}`: did you mean `{suggestion}`?',
    zh: '未知的键 `{key}`：是否想写 `{suggestion}`？',
  },
  'validate.schema.x-escape': {
    en: ' (keys of your own must start with `x-`)',
    zh: '（自定义的键须以 `x-` 开头）',
  },
  'validate.schema.not-allowed': {
    en: 'the key `{key}` is not allowed here; remove it',
    zh: '此处不允许使用键 `{key}`；请删除',
  },
  'validate.schema.enum': {
    en: '`{value}` is not allowed here; write one of {allowed}',
    zh: '此处不允许 `{value}`；请写 {allowed} 之一',
  },
  'validate.schema.const': {
    en: 'write {allowed} here, not {value}',
    zh: '此处应写 {allowed}，而不是 {value}',
  },
  'validate.schema.version': {
    en: 'this is format version 1: write `yuan: 1`, not {value}',
    zh: '格式版本为 1：请写 `yuan: 1`，而不是 {value}',
  },
  'validate.schema.type': {
    en: 'expected {expected} here, not {actual}',
    zh: '此处应为{expected}，而不是{actual}',
  },
  'validate.schema.transition': {
    en: 'an event leads to a stage id, to `{ goto: <stage>, when: <condition> }`, or to a list of those; not {actual}',
    zh: '事件应指向一个阶段 id、`{ goto: <阶段>, when: <条件> }`，或由它们组成的列表；而不是{actual}',
  },
  'validate.schema.condition': {
    en: 'a condition is `{ var: <variable>, eq|ne|gt|gte|lt|lte: <value> }`, `{ all: [...] }`, `{ any: [...] }` or `{ not: {...} }`; not {actual}',
    zh: '条件应为 `{ var: <变量>, eq|ne|gt|gte|lt|lte: <值> }`、`{ all: [...] }`、`{ any: [...] }` 或 `{ not: {...} }`；而不是{actual}',
  },
  'validate.schema.comparison': {
    en: 'a comparison holds `var` and exactly one of eq, ne, gt, gte, lt, lte; combine several with `all: [...]`',
    zh: '比较条件只含 `var` 和 eq、ne、gt、gte、lt、lte 中的一个；多个比较请用 `all: [...]` 组合',
  },
  'validate.schema.authority': {
    en: '`authority` is `all` or a list of decision ids, not {value}',
    zh: '`authority` 应为 `all` 或决策 id 列表，而不是 {value}',
  },
  'validate.schema.id': {
    en: '`{value}` is not a valid id: use lowercase ASCII letters, digits and single hyphens, starting with a letter (e.g. `lockdown-decision`); human text goes in `title`',
    zh: '`{value}` 不是有效的 id：请使用小写英文字母、数字和单个连字符，并以字母开头（如 `lockdown-decision`）；中文名称写在 `title` 中',
  },
  'validate.schema.duration': {
    en: '`{value}` is not a duration: write amounts with the units w, d, h, m, s in that order and no spaces (e.g. `1h30m`, `2d`, `45m`)',
    zh: '`{value}` 不是有效的时长：请按 w、d、h、m、s 的顺序写数量和单位，不加空格（如 `1h30m`、`2d`、`45m`）',
  },
  'validate.schema.duration-zero': {
    en: 'a zero duration is not allowed here; write a positive one such as `30m`',
    zh: '此处不允许零时长；请写一个正的时长，如 `30m`',
  },
  'validate.schema.date': {
    en: '`{value}` is not a date: write YYYY-MM-DD (e.g. `2024-03-10`)',
    zh: '`{value}` 不是有效日期：请写成 YYYY-MM-DD（如 `2024-03-10`）',
  },
  'validate.schema.pattern': {
    en: '`{value}` does not match the pattern `{pattern}`',
    zh: '`{value}` 不符合格式 `{pattern}`',
  },
  'validate.schema.empty-text': {
    en: 'this text is empty; write something',
    zh: '此处文本为空；请填写内容',
  },
  'validate.schema.min-length': {
    en: 'the text needs at least {limit} characters',
    zh: '文本至少需要 {limit} 个字符',
  },
  'validate.schema.max-length': {
    en: 'the text may have at most {limit} characters',
    zh: '文本最多 {limit} 个字符',
  },
  'validate.schema.empty-list': {
    en: 'the list is empty; give at least one item',
    zh: '列表为空；请至少写一项',
  },
  'validate.schema.min-items': {
    en: 'the list needs at least {limit} items',
    zh: '列表至少需要 {limit} 项',
  },
  'validate.schema.max-items': {
    en: 'the list may have at most {limit} items',
    zh: '列表最多 {limit} 项',
  },
  'validate.schema.empty-map': {
    en: 'this mapping is empty; give at least one entry',
    zh: '此映射为空；请至少写一项',
  },
  'validate.schema.min-properties': {
    en: 'this mapping needs at least {limit} keys',
    zh: '此映射至少需要 {limit} 个键',
  },
  'validate.schema.max-properties': {
    en: 'this mapping may have at most {limit} keys',
    zh: '此映射最多 {limit} 个键',
  },
  'validate.schema.minimum': {
    en: 'write a number of at least {limit} here, not {value}',
    zh: '此处应为不小于 {limit} 的数，而不是 {value}',
  },
  'validate.schema.exclusive-minimum': {
    en: 'write a number greater than {limit} here, not {value}',
    zh: '此处应为大于 {limit} 的数，而不是 {value}',
  },
  'validate.schema.maximum': {
    en: 'write a number of at most {limit} here, not {value}',
    zh: '此处应为不大于 {limit} 的数，而不是 {value}',
  },
  'validate.schema.exclusive-maximum': {
    en: 'write a number less than {limit} here, not {value}',
    zh: '此处应为小于 {limit} 的数，而不是 {value}',
  },
  'validate.schema.unique': {
    en: '{value} is already in this list; list each item once',
    zh: '{value} 已在此列表中；每项只列一次',
  },
  'validate.schema.several': {
    en: 'this value fits more than one of the accepted forms; make it match exactly one',
    zh: '此值同时符合多种可接受的形式；请使其只符合一种',
  },
  'validate.schema.other': {
    en: 'this value does not match the schema (keyword `{keyword}`); see `yuan schema`',
    zh: '此值不符合 schema（关键字 `{keyword}`）；请参阅 `yuan schema`',
  },
  'validate.did-you-mean': {
    en: '; did you mean `{suggestion}`?',
    zh: '；是否想写 `{suggestion}`？',
  },

  // A scenario's plan (rule ref/plan), beside the lint.ref-plan.* messages.

  // The config file, yuan.config.yaml.
  'validate.config.invalid': {
    en: 'cannot use the config file {file}:',
    zh: '无法使用配置文件 {file}：',
  },
  'validate.config.not-mapping': {
    en: 'the config file is a mapping with the keys `rules`, `maxFileSize` and `today`',
    zh: '配置文件应是含有 `rules`、`maxFileSize`、`today` 等键的映射',
  },
  'validate.config.unknown-key': {
    en: 'unknown setting `{name}`; the settings are {known}',
    zh: '未知的设置 `{name}`；可用的设置为 {known}',
  },
  'validate.config.rules-not-mapping': {
    en: '`rules` maps rule ids to `off`, `warn` or `error`, e.g. `lifecycle/drill-overdue: off`',
    zh: '`rules` 应把规则 id 映射为 `off`、`warn` 或 `error`，如 `lifecycle/drill-overdue: off`',
  },
  'validate.config.unknown-rule': {
    en: 'unknown rule `{name}` (`yuan explain` lists the rules)',
    zh: '未知的规则 `{name}`（`yuan explain` 可列出全部规则）',
  },
  'validate.config.bad-setting': {
    en: 'set rule `{rule}` to {allowed}, not `{value}`',
    zh: '规则 `{rule}` 应设为 {allowed}，而不是 `{value}`',
  },
  'validate.config.bad-max-file-size': {
    en: '`maxFileSize` is a number of bytes greater than 0 (e.g. 10485760 for 10 MiB), not `{value}`',
    zh: '`maxFileSize` 应为大于 0 的字节数（如 10485760 表示 10 MiB），而不是 `{value}`',
  },
  'validate.config.bad-today': {
    en: '`today` is a date written YYYY-MM-DD (e.g. 2024-03-10), not `{value}`',
    zh: '`today` 应为 YYYY-MM-DD 格式的日期（如 2024-03-10），而不是 `{value}`',
  },

  // The command line of `yuan validate`.
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

  // How the messages name places, types and lists.
  'validate.place.document': { en: 'the document', zh: '文档' },
  'validate.place.item': { en: 'item {n} of `{list}`', zh: '`{list}` 的第 {n} 项' },
  'validate.place.key': { en: '`{key}`', zh: '`{key}` ' },
  'validate.type.string': { en: 'text', zh: '文本' },
  'validate.type.number': { en: 'a number', zh: '数字' },
  'validate.type.integer': { en: 'a whole number', zh: '整数' },
  'validate.type.boolean': { en: 'true/false', zh: 'true/false' },
  'validate.type.object': { en: 'a mapping (key: value)', zh: '映射（键: 值）' },
  'validate.type.array': { en: 'a list', zh: '列表' },
  'validate.type.null': { en: 'nothing (null)', zh: '空值（null）' },
  'validate.list.or': { en: ' or ', zh: '或' },
  'validate.list.comma': { en: ', ', zh: '、' },
});
