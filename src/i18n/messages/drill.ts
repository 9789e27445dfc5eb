/** Messages of the drill step, in English and Chinese. */
import { defineMessages } from '../catalog.js';

export const drillMessages = defineMessages({
  // The command `yuan drill` (src/cli/commands/drill.ts, src/cli/drill/).
  'drill.description': {
    en: 'run a scored tabletop drill of a plan: injects on a scenario clock, decisions for the roles you play, a report at the end',
    zh: '对预案进行计分的桌面推演：按演练时钟注入情景，由你扮演的角色作出决策，结束时给出评估报告',
  },
  'drill.argument': {
    en: 'a plan (with scenarios:) or a scenario file (default: the built-in X community drill)',
    zh: '预案（含 scenarios:）或演练脚本文件（默认：内置的 X 社区演练）',
  },
  'drill.option.scenario': {
    en: "which of the plan's scenarios to play (default: the first)",
    zh: '要演练预案中的哪个演练脚本（默认：第一个）',
  },
  'drill.option.role': {
    en: "a role you play; repeat for several (default: the scenario's players, else every role)",
    zh: '你扮演的角色；可重复给出多个（默认：演练脚本的 players，否则为全部角色）',
  },
  'drill.option.answers': {
    en: 'answer from a YAML answers file instead of prompts (for CI and tests)',
    zh: '从 YAML 答案文件作答而不是交互提问（用于 CI 和测试）',
  },
  'drill.option.pace': {
    en: "scenario seconds per real second while a prompt waits (default: the scenario's pace, else 60)",
    zh: '等待作答时每真实秒对应的演练秒数（默认：演练脚本的 pace，否则 60）',
  },
  'drill.option.journal': {
    en: 'write the journal to FILE (default: .yuan/drills/<plan>-<scenario>-<time>.jsonl)',
    zh: '将演练日志写入 FILE（默认：.yuan/drills/<预案>-<脚本>-<时间>.jsonl）',
  },
  'drill.option.resume': {
    en: 'continue the drill of this journal where it stopped',
    zh: '从该演练日志中断处继续演练',
  },
  'drill.option.report': {
    en: 'report format at the end: text, md, html or json',
    zh: '结束时的报告格式：text、md、html 或 json',
  },
  'drill.option.min-score': {
    en: 'exit with code 1 when the score is below N (or when nothing was scored)',
    zh: '得分低于 N（或没有可计分的决策）时以退出码 1 结束',
  },
  'drill.example': {
    en: 'Examples:\n  yuan drill\n  yuan drill plans/x-community-winter-2020.yaml --answers examples/answers/best.yaml --report json\n  yuan drill --resume .yuan/drills/x-community-epidemic-x-community-winter-2020-2026-11-28T09-00-00Z.jsonl',
    zh: '示例：\n  yuan drill\n  yuan drill plans/x-community-winter-2020.yaml --answers examples/answers/best.yaml --report json\n  yuan drill --resume .yuan/drills/x-community-epidemic-x-community-winter-2020-2026-11-28T09-00-00Z.jsonl',
  },
  'drill.journal-and-resume': {
    en: '--journal and --resume cannot be used together: a resumed drill continues its own journal',
    zh: '--journal 与 --resume 不能同时使用：继续的演练会写入原来的日志',
  },
  'drill.resume-fixed': {
    en: '{option} cannot be used with --resume: a resumed drill keeps the scenario, roles and pace of its journal',
    zh: '{option} 不能与 --resume 同时使用：继续的演练沿用日志中的演练脚本、角色和节奏',
  },
  'drill.bad-pace': {
    en: '--pace must be a number above 0 (scenario seconds per real second), not "{value}"',
    zh: '--pace 必须是大于 0 的数（每真实秒对应的演练秒数），而不是“{value}”',
  },
  'drill.bad-min-score': {
    en: '--min-score must be a number from 0 to 100, not "{value}"',
    zh: '--min-score 必须是 0 到 100 之间的数，而不是“{value}”',
  },
  'drill.not-playable': {
    en: '{file} is an answers file: give a plan or a scenario to drill, and the answers with --answers',
    zh: '{file} 是脚本化回答文件：请提供要演练的预案或演练脚本，回答文件用 --answers 指定',
  },
  'drill.other-scenario': {
    en: '--scenario {id} does not match {file}, whose scenario is {actual}',
    zh: '--scenario {id} 与 {file} 不符，该文件的演练脚本是 {actual}',
  },
  'drill.no-scenario': {
    en: 'plan {plan} has no scenarios: give a scenario file (kind: scenario) instead of the plan',
    zh: '预案 {plan} 没有 scenarios：请给出演练脚本文件（kind: scenario）而不是预案',
  },
  'drill.unknown-scenario': {
    en: 'plan {plan} has no scenario {id} (its scenarios: {ids})',
    zh: '预案 {plan} 没有演练脚本 {id}（已有：{ids}）',
  },
  'drill.unknown-role': {
    en: 'the plan has no role {role} (its roles: {roles})',
    zh: '预案中没有角色 {role}（已有角色：{roles}）',
  },
  'drill.refused': {
    en: 'the drill did not start: fix the errors above',
    zh: '演练未开始：请先修正上面的错误',
  },
  'drill.needs-answers': {
    en: 'no terminal to ask the players on: use --answers FILE for a scripted drill',
    zh: '没有可供提问的终端：请使用 --answers FILE 进行脚本化演练',
  },
  'drill.journal-at': { en: 'journal: {file}', zh: '演练日志：{file}' },
  'drill.resuming': {
    en: 'resuming {file} at scenario time {at}',
    zh: '从演练时间 {at} 继续 {file}',
  },
  'drill.quit': {
    en: 'drill stopped; the journal is saved. To continue: {command}',
    zh: '演练已中止，日志已保存。继续演练：{command}',
  },
  'drill.journal.plan-changed': {
    en: '{file} was written for another version of {plan}: the plan changed since, so the drill cannot be resumed',
    zh: '{file} 是针对 {plan} 的另一版本写入的：预案已修改，无法继续该演练',
  },
  'drill.journal.scenario-changed': {
    en: '{file} was written for another version of its scenario: the scenario changed since, so the drill cannot be resumed',
    zh: '{file} 是针对演练脚本的另一版本写入的：演练脚本已修改，无法继续该演练',
  },
  'drill.journal.mismatch': {
    en: '{file} does not match its drill at line {line} (edited, or written by another version of yuan): it cannot be resumed',
    zh: '{file} 第 {line} 行与演练不符（被编辑过，或由其他版本的 yuan 写入），无法继续',
  },
  'drill.journal.exists': {
    en: '{file} already exists: a journal is never overwritten (choose another --journal, or --resume it)',
    zh: '{file} 已存在：演练日志不会被覆盖（请换一个 --journal，或用 --resume 继续）',
  },
  'drill.min-score.below': {
    en: 'score {score} is below --min-score {min}',
    zh: '得分 {score} 低于 --min-score {min}',
  },
  'drill.min-score.no-score': {
    en: 'no decision of the players was scored, so --min-score {min} is not met',
    zh: '没有可计分的玩家决策，因此未达到 --min-score {min}',
  },
});
