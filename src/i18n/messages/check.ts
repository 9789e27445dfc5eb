/** Messages of the check service (src/check/): what an input is, and what is wrong with a journal. */
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
});
