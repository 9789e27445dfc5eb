/** Messages of the interactive drill screen and prompt, in English and Chinese. */
import { defineMessages } from '../catalog.js';

export const drillScreenMessages = defineMessages({
  // The interactive drill screen and prompt (src/cli/drill/screen.ts, interactive-*.ts).
  'drill-screen.clock': { en: 'Scenario time {time}', zh: '演练时间 {time}' },
  'drill-screen.stage': { en: 'stage {stage} ({title})', zh: '阶段 {stage}（{title}）' },
  'drill-screen.warning': { en: '{level} warning', zh: '{level}色预警' },
  'drill-screen.level': { en: 'response level {level}', zh: '响应等级 {level}' },
  'drill-screen.players': {
    en: 'You play: {players} · pace {pace} (1 real second = {pace} scenario seconds)',
    zh: '你扮演：{players} · 节奏 {pace}（真实 1 秒 = 演练 {pace} 秒）',
  },
  'drill-screen.since': { en: 'What happened', zh: '最新情况' },
  'drill-screen.earlier': {
    en: '… {count} earlier events (yuan report shows them all)',
    zh: '……更早的 {count} 条记录（yuan report 可查看全部）',
  },
  'drill-screen.last-inject': { en: 'Latest inject ({time})', zh: '最近的注入（{time}）' },
  'drill-screen.tasks': { en: 'Tasks of this stage', zh: '本阶段任务' },
  'drill-screen.no-owner': { en: 'no owner', zh: '未指定负责人' },
  'drill-screen.due': { en: ', due {time} ({within})', zh: '，{time} 前完成（{within}）' },
  'drill-screen.open': { en: 'Open decisions', zh: '待决策事项' },
  'drill-screen.opened': { en: 'opened {time}', zh: '开启于 {time}' },
  'drill-screen.target': {
    en: 'target {time} ({within}; {countdown})',
    zh: '目标 {time}（{within}；{countdown}）',
  },
  'drill-screen.timeout': {
    en: 'times out {time} ({option})',
    zh: '{time} 超时（自动选择 {option}）',
  },
  'drill-screen.left': { en: '{time} real left', zh: '真实时间剩 {time}' },
  'drill-screen.late': { en: '{time} real late', zh: '已超时 {time}（真实时间）' },
  'drill-screen.prompt': {
    en: '[{owner}] {decision}: {title}',
    zh: '【{owner}】{decision}：{title}',
  },
  'drill-screen.status': {
    en: '⏱ {countdown} to the {within} target · scenario time {time}',
    zh: '⏱ 距 {within} 目标：{countdown} · 演练时间 {time}',
  },
  'drill-screen.status-no-target': {
    en: '⏱ no target · scenario time {time}',
    zh: '⏱ 无目标时间 · 演练时间 {time}',
  },
  'drill-screen.keys': {
    en: '↑↓ choose · 1-9 jump · Enter decide · Ctrl-C pause (resume later)',
    zh: '↑↓ 选择 · 1-9 跳转 · 回车 决策 · Ctrl-C 暂停（稍后可继续）',
  },
});
