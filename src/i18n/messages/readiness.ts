/** Messages of the readiness step, in English and Chinese. */
import { defineMessages } from '../catalog.js';

export const readinessMessages = defineMessages({
  'readiness.cli.description': {
    en: 'one page of what a plan needs against what it has: resources, people, coverage, reviews and drills, and the gaps to close first',
    zh: '一页看清预案的需求与现状：物资、人员、覆盖、评审与演练，以及应优先补齐的短板',
  },
  'readiness.cli.plan': { en: 'the plan file', zh: '预案文件' },
  'readiness.cli.format': {
    en: 'output format: text, md, html or json',
    zh: '输出格式：text、md、html 或 json',
  },
  'readiness.cli.today': {
    en: 'the date YYYY-MM-DD the review and drill cycles are measured against (default: today)',
    zh: '衡量评审与演练周期所用的日期 YYYY-MM-DD（默认：今天）',
  },
  'readiness.cli.config': {
    en: 'config file (default: the nearest yuan.config.yaml)',
    zh: '配置文件（默认：最近的 yuan.config.yaml）',
  },
  'readiness.cli.example': {
    en: 'Examples:\n  yuan readiness plans/x-community-epidemic.yaml\n  yuan readiness examples/x-community-as-was.yaml --today 2026-11-28 --format html -o readiness.html',
    zh: '示例：\n  yuan readiness plans/x-community-epidemic.yaml\n  yuan readiness examples/x-community-as-was.yaml --today 2026-11-28 --format html -o readiness.html',
  },
  'readiness.cli.bad-today': {
    en: '--today must be a date written YYYY-MM-DD (e.g. 2024-03-10), not "{value}"',
    zh: '--today 必须是 YYYY-MM-DD 格式的日期（如 2024-03-10），而不是“{value}”',
  },
  'readiness.cli.scenario': {
    en: '{file} is a scenario; readiness is measured on its plan: yuan readiness {plan}',
    zh: '{file} 是演练脚本；准备情况要针对它的预案评估：yuan readiness {plan}',
  },
  'readiness.cli.has-errors': {
    en: '{file} has errors, so its readiness cannot be measured: fix them first',
    zh: '{file} 有错误，无法评估准备情况：请先修正',
  },

  'readiness.title': { en: 'Readiness of {title}', zh: '{title} 准备情况' },
  'readiness.facts': { en: '{file} · plan {id} · on {today}', zh: '{file} · 预案 {id} · {today}' },
  'readiness.fact.population': { en: '{count} people', zh: '{count} 人' },
  'readiness.fact.households': { en: '{count} households', zh: '{count} 户' },
  'readiness.summary': {
    en: 'resources short: {short} of {resources} · single points of failure: {spof} · decisions to escalate: {escalate} · gaps: {gaps}',
    zh: '物资不足：{short}/{resources} 项 · 单点故障：{spof} 个 · 须请示的决策：{escalate} 项 · 短板：{gaps} 条',
  },

  'readiness.section.gaps': { en: 'Most important gaps', zh: '最重要的短板' },
  'readiness.section.resources': { en: 'Resources', zh: '物资' },
  'readiness.section.people': { en: 'People', zh: '人员' },
  'readiness.section.coverage': { en: 'Coverage', zh: '覆盖' },
  'readiness.section.lifecycle': {
    en: 'Reviews, drills and scenarios',
    zh: '评审、演练与演练脚本',
  },

  'readiness.gaps.none': {
    en: 'None: every check passes.',
    zh: '无：所有检查均已通过。',
  },
  'readiness.gaps.more': {
    en: '{count} more: yuan validate {file} lists them all.',
    zh: '另有 {count} 条：yuan validate {file} 会全部列出。',
  },
  'readiness.gap.where': { en: 'line {line}', zh: '第 {line} 行' },
  'readiness.area.coverage': { en: 'coverage', zh: '覆盖' },
  'readiness.area.people': { en: 'people', zh: '人员' },
  'readiness.area.resources': { en: 'resources', zh: '物资' },
  'readiness.area.lifecycle': { en: 'lifecycle', zh: '评审演练' },
  'readiness.area.other': { en: 'other', zh: '其他' },

  'readiness.resources.none': { en: 'The plan lists no resources.', zh: '预案没有列出物资。' },
  'readiness.col.resource': { en: 'resource', zh: '物资' },
  'readiness.col.stock': { en: 'stock', zh: '库存' },
  'readiness.col.need': { en: 'need', zh: '需求' },
  'readiness.col.gap': { en: 'gap', zh: '缺口' },
  'readiness.col.cover': { en: 'days of cover', zh: '可支撑天数' },
  'readiness.col.how': { en: 'how the need is computed', zh: '需求计算' },
  'readiness.term.once': {
    en: '{rate} per {per} × {count} during {stages} = {amount}',
    zh: '{stages} 期间每个 {per} {rate} × {count} = {amount}',
  },
  'readiness.term.daily': {
    en: '{rate} per {per} a day × {count} × {days} days of {stages} = {amount}',
    zh: '{stages} 期间每个 {per} 每天 {rate} × {count} × {days} 天 = {amount}',
  },
  'readiness.term.task': {
    en: '{rate} for task {per} in {stages}',
    zh: '{stages} 阶段任务 {per} 使用 {rate}',
  },
  'readiness.term.none': { en: 'no demand written', zh: '未写需求' },
  'readiness.term.incomplete': {
    en: '(at least: a count or a duration is missing)',
    zh: '（至少：缺少人数/数量或时长）',
  },
  'readiness.unknown.no-count': {
    en: 'the count of {per} is missing: add {field}',
    zh: '缺少 {per} 的数量：请补充 {field}',
  },
  'readiness.unknown.no-duration': {
    en: 'stage {stage} has no expect_duration, so its daily use cannot be counted',
    zh: '阶段 {stage} 没有 expect_duration，无法计算其每日消耗',
  },
  'readiness.cover.peak': {
    en: '{days} days at {perDay} a day ({stage})',
    zh: '按每天 {perDay}（{stage}）可支撑 {days} 天',
  },
  'readiness.cover.stage': {
    en: '{stage}: {perDay} a day for {days} days; the stock lasts {cover} days',
    zh: '{stage}：每天 {perDay}，共 {days} 天；库存可支撑 {cover} 天',
  },
  'readiness.chart.title': {
    en: 'Need against stock, each resource on its own scale',
    zh: '需求与库存对比（每项物资按各自比例）',
  },
  'readiness.chart.need': { en: 'need', zh: '需求' },
  'readiness.chart.stock': { en: 'stock', zh: '库存' },

  'readiness.col.role': { en: 'role', zh: '角色' },
  'readiness.col.count': { en: 'people', zh: '人数' },
  'readiness.col.deputy': { en: 'deputy', zh: '副手（B角）' },
  'readiness.col.authority': { en: 'may decide', zh: '可自行决定' },
  'readiness.col.owns': { en: 'owns', zh: '负责决策' },
  'readiness.col.at-once': { en: 'most open at once', zh: '最多同时待决' },
  'readiness.col.escalate': { en: 'must escalate', zh: '须请示' },
  'readiness.roles.none': { en: 'The plan names no roles.', zh: '预案没有列出角色。' },
  'readiness.authority.all': { en: 'all', zh: '全部' },
  'readiness.none': { en: '—', zh: '—' },
  'readiness.list-separator': { en: '; ', zh: '；' },
  'readiness.colon': { en: ': ', zh: '：' },
  'readiness.at-once.stage': { en: '{count} ({stage})', zh: '{count}（{stage}）' },
  'readiness.decision': {
    en: '{decision} in {stage}{within}{flags}',
    zh: '{decision}（{stage}{within}{flags}）',
  },
  'readiness.decision.within': { en: ', within {within}', zh: '，{within} 内' },
  'readiness.decision.escalate': { en: ', must escalate', zh: '，须请示' },
  'readiness.spof': {
    en: 'Single points of failure: {roles}: one person without a deputy who owns decisions due within 2 hours.',
    zh: '单点故障：{roles}：只有一人且没有副手，却负责须在 2 小时内作出的决策。',
  },
  'readiness.spof.none': { en: 'Single points of failure: none.', zh: '单点故障：无。' },

  'readiness.coverage.phases': { en: 'Phases', zh: '阶段' },
  'readiness.coverage.phase-missing': { en: 'missing', zh: '缺失' },
  'readiness.coverage.levels': { en: 'Response levels', zh: '响应级别' },
  'readiness.coverage.levels.used': {
    en: '{levels}',
    zh: '{levels}',
  },
  'readiness.coverage.levels.unused': {
    en: '; defined but used by no stage: {levels}',
    zh: '；已定义但没有阶段使用：{levels}',
  },
  'readiness.coverage.levels.none': { en: 'none defined', zh: '未定义' },
  'readiness.coverage.inform': { en: 'Information to the public', zh: '面向公众的信息发布' },
  'readiness.coverage.inform.ok': {
    en: 'every response stage has an inform task',
    zh: '每个应急处置阶段都有 inform 任务',
  },
  'readiness.coverage.inform.missing': {
    en: 'no inform task in: {stages}',
    zh: '以下阶段没有 inform 任务：{stages}',
  },
  'readiness.coverage.report': { en: 'Report within 2 hours', zh: '2 小时内报告' },
  'readiness.coverage.report.scope-health': {
    en: 'required in every warning and response stage of a public-health plan',
    zh: '公共卫生预案的每个预警和应急处置阶段都须具备',
  },
  'readiness.coverage.report.scope-other': {
    en: 'required of public-health plans only; shown for reference',
    zh: '仅对公共卫生预案强制；此处仅供参考',
  },
  'readiness.coverage.report.ok': {
    en: '{stage}: {task} within {within}',
    zh: '{stage}：{task}，{within} 内',
  },
  'readiness.coverage.report.late': {
    en: '{stage}: {task} is late ({within})',
    zh: '{stage}：{task} 超时（{within}）',
  },
  'readiness.coverage.report.untimed': {
    en: '{stage}: {task} has no deadline',
    zh: '{stage}：{task} 没有时限',
  },
  'readiness.coverage.report.missing': {
    en: '{stage}: no report task',
    zh: '{stage}：没有报告任务',
  },
  'readiness.coverage.report.no-stages': {
    en: 'no warning or response stage',
    zh: '没有预警或应急处置阶段',
  },
  'readiness.coverage.medical': { en: 'Medical role', zh: '医疗角色' },
  'readiness.coverage.medical.none': { en: 'none', zh: '无' },

  'readiness.lifecycle.review': { en: 'Review', zh: '评审' },
  'readiness.lifecycle.drill': { en: 'Drill', zh: '演练' },
  'readiness.cycle.on-time': {
    en: 'last {last}, every {months} months, next due {due}: on time',
    zh: '最近 {last}，每 {months} 个月一次，下次应在 {due} 前：按期',
  },
  'readiness.cycle.overdue': {
    en: 'last {last}, every {months} months, was due {due}: overdue by {days} days',
    zh: '最近 {last}，每 {months} 个月一次，应在 {due} 前：已逾期 {days} 天',
  },
  'readiness.cycle.none': { en: 'no record: overdue', zh: '没有记录：视为逾期' },
  'readiness.cycle.no-last': {
    en: 'every {months} months, but no date on record: overdue',
    zh: '每 {months} 个月一次，但没有日期记录：视为逾期',
  },
  'readiness.lifecycle.scenarios': { en: 'Scenarios', zh: '演练脚本' },
  'readiness.lifecycle.scenarios.none': {
    en: 'none: write one (yuan init writes one beside a new plan) and drill it',
    zh: '无：请编写一个（yuan init 会在新预案旁写一个）并进行演练',
  },
  'readiness.lifecycle.inline': { en: 'inline', zh: '内嵌' },
});
