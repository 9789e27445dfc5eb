/** Messages of `yuan report`, in English and Chinese. */
import { defineMessages } from '../catalog.js';

export const reportCommandMessages = defineMessages({
  // `yuan report` (src/cli/commands/report.ts, report-journal.ts).
  'report-command.description': {
    en: 'the after-action report of a drill, from its journal',
    zh: '根据演练日志生成演练评估报告',
  },
  'report-command.journal': {
    en: 'the drill journal (.jsonl) that yuan drill wrote',
    zh: 'yuan drill 写下的演练日志（.jsonl）',
  },
  'report-command.format': {
    en: 'text, md (Markdown), html (one self-contained page) or json',
    zh: 'text、md（Markdown）、html（单个自包含网页）或 json',
  },
  'report-command.example': {
    en: 'Examples:\n  yuan report .yuan/drills/x-community-epidemic.jsonl\n  yuan report drill.jsonl --format html -o report.html',
    zh: '示例：\n  yuan report .yuan/drills/x-community-epidemic.jsonl\n  yuan report drill.jsonl --format html -o report.html',
  },
  'report-command.plan-changed': {
    en: '{file} was written for another version of the plan {document}: the plan changed since the drill, so its report cannot be made from this plan',
    zh: '{file} 是针对预案 {document} 的另一版本写入的：演练之后预案已修改，无法据此生成报告',
  },
  'report-command.scenario-changed': {
    en: '{file} was written for another version of the scenario {document}: the scenario changed since the drill, so its report cannot be made from it',
    zh: '{file} 是针对演练脚本 {document} 的另一版本写入的：演练之后脚本已修改，无法据此生成报告',
  },
  'report-command.no-scenario': {
    en: '{file} names the scenario {scenario}, which the plan {plan} does not have',
    zh: '{file} 所记录的演练脚本 {scenario} 不在预案 {plan} 中',
  },
  'report-command.unreadable': {
    en: 'cannot load {file}: {detail}',
    zh: '无法载入 {file}：{detail}',
  },
  'report-command.mismatch': {
    en: '{file} does not match a replay of its drill at line {line} (edited, or written by another version of yuan)',
    zh: '{file} 第 {line} 行与演练重放不符（被编辑过，或由其他版本的 yuan 写入）',
  },
  'report-command.replay-failed': {
    en: '{file} cannot be replayed ({detail}): it was edited, or written by another version of yuan',
    zh: '{file} 无法重放（{detail}）：它被编辑过，或由其他版本的 yuan 写入',
  },
});
