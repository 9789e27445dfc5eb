/** Messages of the SVG charts of the HTML drill report (src/report/drill/svg-*.ts), in English and Chinese. */
import { defineMessages } from '../catalog.js';

export const reportChartMessages = defineMessages({
  'report.drill.chart.timeline': {
    en: 'Timeline of injects, stages and decisions against scenario time',
    zh: '注入、阶段与决策随演练时间的时间线',
  },
  'report.drill.chart.latency': {
    en: 'Latency of each scored decision against its target',
    zh: '每项计分决策的用时与目标',
  },
  'report.drill.chart.decision': {
    en: '{decision} ({role}), opened {opened}: {outcome}; latency {latency}, target {target}',
    zh: '{decision}（{role}），开启于 {opened}：{outcome}；用时 {latency}，目标 {target}',
  },
  'report.drill.chart.lane.stages': { en: 'stages', zh: '阶段' },
  'report.drill.chart.lane.injects': { en: 'injects', zh: '注入' },
  'report.drill.chart.legend.on-time': { en: 'on time', zh: '按时' },
  'report.drill.chart.legend.late': { en: 'late', zh: '超时' },
  'report.drill.chart.legend.missed': { en: 'missed or timed out', zh: '错过或超时' },
  'report.drill.chart.legend.target': { en: 'target', zh: '目标' },
  'report.drill.chart.legend.zero': {
    en: 'three times the target (no points)',
    zh: '三倍目标（不得分）',
  },
  'report.drill.chart.bar': {
    en: '{decision} ({role}): latency {latency}, target {target}, points {points} of {weight}',
    zh: '{decision}（{role}）：用时 {latency}，目标 {target}，得分 {points} / {weight}',
  },
});
