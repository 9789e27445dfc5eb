/** Messages of the drill step, in English and Chinese. */
import { defineMessages } from '../catalog.js';

export const drillMessages = defineMessages({
  // The interim text report (src/report/drill/text.ts).
  'drill.report.heading': { en: 'Drill: {plan} / {scenario}', zh: '演练：{plan} / {scenario}' },
  'drill.report.score': {
    en: 'Score: {score} ({rating}: {meaning})',
    zh: '得分：{score}（{rating}：{meaning}）',
  },
  'drill.report.no-score': {
    en: 'No score: no decision of the players was scored.',
    zh: '无得分：没有需要计分的玩家决策。',
  },
  'drill.report.rating.P': { en: 'performed without challenges', zh: '顺利完成' },
  'drill.report.rating.S': { en: 'performed with some challenges', zh: '完成但存在一些问题' },
  'drill.report.rating.M': { en: 'performed with major challenges', zh: '完成但存在重大问题' },
  'drill.report.rating.U': { en: 'unable to perform', zh: '未能完成' },
  'drill.report.column.decision': { en: 'decision', zh: '决策' },
  'drill.report.column.role': { en: 'role', zh: '角色' },
  'drill.report.column.option': { en: 'option', zh: '选项' },
  'drill.report.column.outcome': { en: 'outcome', zh: '结果' },
  'drill.report.column.opened': { en: 'opened', zh: '开启时间' },
  'drill.report.column.latency': { en: 'latency', zh: '用时' },
  'drill.report.column.target': { en: 'target', zh: '目标' },
  'drill.report.column.credit': { en: 'credit', zh: '选择得分' },
  'drill.report.column.timeliness': { en: 'timeliness', zh: '及时性' },
  'drill.report.column.weight': { en: 'weight', zh: '权重' },
  'drill.report.column.points': { en: 'points', zh: '得分' },
  'drill.report.resolution.answered': { en: 'answered', zh: '已决策' },
  'drill.report.resolution.timeout': { en: 'timed out', zh: '超时' },
  'drill.report.resolution.stage-left': { en: 'missed (stage left)', zh: '错过（已离开阶段）' },
  'drill.report.resolution.drill-ended': { en: 'missed (drill ended)', zh: '错过（演练结束）' },
  'drill.report.resolution.never-opened': { en: 'missed (never opened)', zh: '错过（从未开启）' },
  'drill.report.void': {
    en: 'Void answer: {decision} = {option} after {after} ({reason})',
    zh: '无效答案：{decision} = {option}，用时 {after}（{reason}）',
  },
  'drill.report.void.after-timeout': { en: 'the decision had timed out', zh: '决策已超时' },
  'drill.report.void.stage-left': { en: 'its stage had been left', zh: '所在阶段已结束' },
  'drill.report.void.drill-ended': { en: 'the drill had ended', zh: '演练已结束' },
  'drill.report.void.never-opened': {
    en: 'the decision never opened for it',
    zh: '该决策未再开启',
  },
});
