/** Messages of the SVG charts of the HTML drill report (src/report/drill/svg-*.ts), in English and Chinese. */
import { defineMessages } from '../catalog.js';

export const chartMessages = defineMessages({
  'chart.timeline': {
    en: 'Timeline of injects, stages and decisions against scenario time',
    zh: '注入、阶段与决策随演练时间的时间线',
  },
  'chart.latency': {
    en: 'Latency of each scored decision against its target',
    zh: '每项计分决策的用时与目标',
  },
  'chart.decision': {
    en: '{decision} ({role}), opened {opened}: {outcome}; latency {latency}, target {target}',
    zh: '{decision}（{role}），开启于 {opened}：{outcome}；用时 {latency}，目标 {target}',
  },
  'chart.lane.stages': { en: 'stages', zh: '阶段' },
  'chart.lane.injects': { en: 'injects', zh: '注入' },
  'chart.legend.on-time': { en: 'on time', zh: '按时' },
  'chart.legend.late': { en: 'late', zh: '超时' },
  'chart.legend.missed': { en: 'missed or timed out', zh: '错过或超时' },
  'chart.legend.target': { en: 'target', zh: '目标' },
  'chart.legend.zero': {
    en: 'three times the target (no points)',
    zh: '三倍目标（不得分）',
  },
  'chart.bar': {
    en: '{decision} ({role}): latency {latency}, target {target}, points {points} of {weight}',
    zh: '{decision}（{role}）：用时 {latency}，目标 {target}，得分 {points} / {weight}',
  },
});
