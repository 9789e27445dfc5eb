/**
 * Messages of the check service (src/check/): what an input is, what is wrong with it against the
 * schema, with the config file or with a journal.
 */
import { defineMessages } from '../catalog.js';

export const checkMessages = defineMessages({
  'check.kind.expected': {
    en: 'this document is {actual} (`kind: {actualKind}`), not {expected}: give a file with `kind: {expectedKind}`',
    zh: '此文档是{actual}（`kind: {actualKind}`），不是{expected}：请提供 `kind: {expectedKind}` 的文件',
  },
  'check.kind.plan': { en: 'a plan', zh: '预案' },
  'check.kind.scenario': { en: 'a scenario', zh: '演练脚本' },
  'check.kind.answers': { en: 'an answers file', zh: '脚本化回答文件' },
  'check.journal.not-a-journal': {
    en: 'this is not a yuan drill journal: its first line must be the start of a drill',
    zh: '这不是 yuan 演练日志：第一行必须是演练的开始',
  },
  'check.journal.corrupt': {
    en: 'the journal is damaged here (cut or edited in the middle): only a torn last line can be ignored',
    zh: '演练日志在此处已损坏（中间被截断或编辑过）：只有最后一行写入不完整时可以忽略',
  },
  'check.journal.torn': {
    en: 'the last line was cut short by a crash and is ignored',
    zh: '最后一行因异常中断而不完整，已忽略',
  },

  // The kind of a document, checked before the schema.
  'check.detect.not-mapping': {
    en: 'a plan or scenario file is a mapping that starts with `yuan: 1` and `kind: plan` (or `kind: scenario`), not {actual}',
    zh: '预案或演练脚本文件应是以 `yuan: 1` 和 `kind: plan`（或 `kind: scenario`）开头的映射，而不是{actual}',
  },
  'check.detect.missing': {
    en: 'this file has no `kind`; write `kind: plan` for a plan or `kind: scenario` for a scenario',
    zh: '此文件没有 `kind`；预案请写 `kind: plan`，演练脚本请写 `kind: scenario`',
  },
  'check.detect.answers': {
    en: 'this looks like an answers file for `yuan drill --answers`: add `kind: answers` (and `plan:` naming its plan) so that `yuan validate` can check it',
    zh: '这似乎是供 `yuan drill --answers` 使用的答案文件：请加上 `kind: answers`（以及指向其预案的 `plan:`），`yuan validate` 才能检查它',
  },
  'check.detect.wrong': {
    en: '`kind: {value}` is not a kind yuan reads; write `kind: plan`, `kind: scenario` or `kind: answers`',
    zh: '`kind: {value}` 不是 yuan 能读取的类型；请写 `kind: plan`、`kind: scenario` 或 `kind: answers`',
  },

  // Schema problems: what is wrong, and what to write instead.
  'check.schema.required': {
    en: '{parent} needs the key `{key}`; add `{key}: …`',
    zh: '{parent}缺少必填键 `{key}`；请添加 `{key}: …`',
  },
  'check.schema.unknown-key': {
    en: 'unknown key `{key}`; the keys allowed here are {allowed}',
    zh: '未知的键 `{key}`；此处允许的键为 {allowed}',
  },
  'check.schema.unknown-key-suggest': {
    en: 'unknown key `{key}`: did you mean `{suggestion}`?',
    zh: '未知的键 `{key}`：是否想写 `{suggestion}`？',
  },
  'check.schema.x-escape': {
    en: ' (keys of your own must start with `x-`)',
    zh: '（自定义的键须以 `x-` 开头）',
  },
  'check.schema.not-allowed': {
    en: 'the key `{key}` is not allowed here; remove it',
    zh: '此处不允许使用键 `{key}`；请删除',
  },
  'check.schema.enum': {
    en: '`{value}` is not allowed here; write one of {allowed}',
    zh: '此处不允许 `{value}`；请写 {allowed} 之一',
  },
  'check.schema.const': {
    en: 'write {allowed} here, not {value}',
    zh: '此处应写 {allowed}，而不是 {value}',
  },
  'check.schema.version': {
    en: 'this is format version 1: write `yuan: 1`, not {value}',
    zh: '格式版本为 1：请写 `yuan: 1`，而不是 {value}',
  },
  'check.schema.type': {
    en: 'expected {expected} here, not {actual}',
    zh: '此处应为{expected}，而不是{actual}',
  },
  'check.schema.transition': {
    en: 'an event leads to a stage id, to `{ goto: <stage>, when: <condition> }`, or to a list of those; not {actual}',
    zh: '事件应指向一个阶段 id、`{ goto: <阶段>, when: <条件> }`，或由它们组成的列表；而不是{actual}',
  },
  'check.schema.condition': {
    en: 'a condition is `{ var: <variable>, eq|ne|gt|gte|lt|lte: <value> }`, `{ all: [...] }`, `{ any: [...] }` or `{ not: {...} }`; not {actual}',
    zh: '条件应为 `{ var: <变量>, eq|ne|gt|gte|lt|lte: <值> }`、`{ all: [...] }`、`{ any: [...] }` 或 `{ not: {...} }`；而不是{actual}',
  },
  'check.schema.comparison': {
    en: 'a comparison holds `var` and exactly one of eq, ne, gt, gte, lt, lte; combine several with `all: [...]`',
    zh: '比较条件只含 `var` 和 eq、ne、gt、gte、lt、lte 中的一个；多个比较请用 `all: [...]` 组合',
  },
  'check.schema.authority': {
    en: '`authority` is `all` or a list of decision ids, not {value}',
    zh: '`authority` 应为 `all` 或决策 id 列表，而不是 {value}',
  },
  'check.schema.id': {
    en: '`{value}` is not a valid id: use lowercase ASCII letters, digits and single hyphens, starting with a letter (e.g. `lockdown-decision`); human text goes in `title`',
    zh: '`{value}` 不是有效的 id：请使用小写英文字母、数字和单个连字符，并以字母开头（如 `lockdown-decision`）；中文名称写在 `title` 中',
  },
  'check.schema.duration': {
    en: '`{value}` is not a duration: write amounts with the units w, d, h, m, s in that order and no spaces (e.g. `1h30m`, `2d`, `45m`)',
    zh: '`{value}` 不是有效的时长：请按 w、d、h、m、s 的顺序写数量和单位，不加空格（如 `1h30m`、`2d`、`45m`）',
  },
  'check.schema.duration-zero': {
    en: 'a zero duration is not allowed here; write a positive one such as `30m`',
    zh: '此处不允许零时长；请写一个正的时长，如 `30m`',
  },
  'check.schema.date': {
    en: '`{value}` is not a date: write YYYY-MM-DD (e.g. `2024-03-10`)',
    zh: '`{value}` 不是有效日期：请写成 YYYY-MM-DD（如 `2024-03-10`）',
  },
  'check.schema.pattern': {
    en: '`{value}` does not match the pattern `{pattern}`',
    zh: '`{value}` 不符合格式 `{pattern}`',
  },
  'check.schema.empty-text': {
    en: 'this text is empty; write something',
    zh: '此处文本为空；请填写内容',
  },
  'check.schema.min-length': {
    en: 'the text needs at least {limit} characters',
    zh: '文本至少需要 {limit} 个字符',
  },
  'check.schema.max-length': {
    en: 'the text may have at most {limit} characters',
    zh: '文本最多 {limit} 个字符',
  },
  'check.schema.empty-list': {
    en: 'the list is empty; give at least one item',
    zh: '列表为空；请至少写一项',
  },
  'check.schema.min-items': {
    en: 'the list needs at least {limit} items',
    zh: '列表至少需要 {limit} 项',
  },
  'check.schema.max-items': {
    en: 'the list may have at most {limit} items',
    zh: '列表最多 {limit} 项',
  },
  'check.schema.empty-map': {
    en: 'this mapping is empty; give at least one entry',
    zh: '此映射为空；请至少写一项',
  },
  'check.schema.min-properties': {
    en: 'this mapping needs at least {limit} keys',
    zh: '此映射至少需要 {limit} 个键',
  },
  'check.schema.max-properties': {
    en: 'this mapping may have at most {limit} keys',
    zh: '此映射最多 {limit} 个键',
  },
  'check.schema.minimum': {
    en: 'write a number of at least {limit} here, not {value}',
    zh: '此处应为不小于 {limit} 的数，而不是 {value}',
  },
  'check.schema.exclusive-minimum': {
    en: 'write a number greater than {limit} here, not {value}',
    zh: '此处应为大于 {limit} 的数，而不是 {value}',
  },
  'check.schema.maximum': {
    en: 'write a number of at most {limit} here, not {value}',
    zh: '此处应为不大于 {limit} 的数，而不是 {value}',
  },
  'check.schema.exclusive-maximum': {
    en: 'write a number less than {limit} here, not {value}',
    zh: '此处应为小于 {limit} 的数，而不是 {value}',
  },
  'check.schema.unique': {
    en: '{value} is already in this list; list each item once',
    zh: '{value} 已在此列表中；每项只列一次',
  },
  'check.schema.several': {
    en: 'this value fits more than one of the accepted forms; make it match exactly one',
    zh: '此值同时符合多种可接受的形式；请使其只符合一种',
  },
  'check.schema.other': {
    en: 'this value does not match the schema (keyword `{keyword}`); see `yuan schema`',
    zh: '此值不符合 schema（关键字 `{keyword}`）；请参阅 `yuan schema`',
  },
  'check.did-you-mean': {
    en: '; did you mean `{suggestion}`?',
    zh: '；是否想写 `{suggestion}`？',
  },

  // The config file, yuan.config.yaml.
  'check.config.invalid': {
    en: 'cannot use the config file {file}:',
    zh: '无法使用配置文件 {file}：',
  },
  'check.config.not-mapping': {
    en: 'the config file is a mapping with the keys `rules`, `maxFileSize` and `today`',
    zh: '配置文件应是含有 `rules`、`maxFileSize`、`today` 等键的映射',
  },
  'check.config.unknown-key': {
    en: 'unknown setting `{name}`; the settings are {known}',
    zh: '未知的设置 `{name}`；可用的设置为 {known}',
  },
  'check.config.rules-not-mapping': {
    en: '`rules` maps rule ids to `off`, `warn` or `error`, e.g. `lifecycle/drill-overdue: off`',
    zh: '`rules` 应把规则 id 映射为 `off`、`warn` 或 `error`，如 `lifecycle/drill-overdue: off`',
  },
  'check.config.unknown-rule': {
    en: 'unknown rule `{name}` (`yuan explain` lists the rules)',
    zh: '未知的规则 `{name}`（`yuan explain` 可列出全部规则）',
  },
  'check.config.bad-setting': {
    en: 'set rule `{rule}` to {allowed}, not `{value}`',
    zh: '规则 `{rule}` 应设为 {allowed}，而不是 `{value}`',
  },
  'check.config.bad-max-file-size': {
    en: '`maxFileSize` is a number of bytes greater than 0 (e.g. 10485760 for 10 MiB), not `{value}`',
    zh: '`maxFileSize` 应为大于 0 的字节数（如 10485760 表示 10 MiB），而不是 `{value}`',
  },
  'check.config.bad-today': {
    en: '`today` is a date written YYYY-MM-DD (e.g. 2024-03-10), not `{value}`',
    zh: '`today` 应为 YYYY-MM-DD 格式的日期（如 2024-03-10），而不是 `{value}`',
  },

  // How the messages name places, types and lists.
  'check.place.document': { en: 'the document', zh: '文档' },
  'check.place.item': { en: 'item {n} of `{list}`', zh: '`{list}` 的第 {n} 项' },
  'check.place.key': { en: '`{key}`', zh: '`{key}` ' },
  'check.type.string': { en: 'text', zh: '文本' },
  'check.type.number': { en: 'a number', zh: '数字' },
  'check.type.integer': { en: 'a whole number', zh: '整数' },
  'check.type.boolean': { en: 'true/false', zh: 'true/false' },
  'check.type.object': { en: 'a mapping (key: value)', zh: '映射（键: 值）' },
  'check.type.array': { en: 'a list', zh: '列表' },
  'check.type.null': { en: 'nothing (null)', zh: '空值（null）' },
  'check.list.or': { en: ' or ', zh: '或' },
  'check.list.comma': { en: ', ', zh: '、' },
});
