/** Messages of the init step, in English and Chinese. */
import { defineMessages } from '../catalog.js';

export const initMessages = defineMessages({
  'init.description': {
    en: 'write a starting plan and a drill scenario from a hazard template, asking a few questions',
    zh: '根据灾种模板编写初始预案和演练脚本（会询问几个问题）',
  },
  'init.example': {
    en: 'Examples:\n  yuan init plans\n  yuan init plans --template flood --yes --name "X社区" --population 8000 --households 2800 --team-size 30\n  yuan init . --template epidemic --yes --site checkpoint=12 --stock thermometer=30',
    zh: '示例：\n  yuan init plans\n  yuan init plans --template flood --yes --name "X社区" --population 8000 --households 2800 --team-size 30\n  yuan init . --template epidemic --yes --site checkpoint=12 --stock thermometer=30',
  },
  'init.option.template': {
    en: 'hazard template: {choices}',
    zh: '灾种模板：{choices}',
  },
  'init.option.name': { en: 'name of the place the plan is for', zh: '预案适用的地方名称' },
  'init.option.population': {
    en: 'people the plan covers (residents, or people on site)',
    zh: '预案覆盖的人数（常住人口或在场人数）',
  },
  'init.option.households': { en: 'households the plan covers', zh: '预案覆盖的户数' },
  'init.option.team-size': { en: 'size of the response team', zh: '应急队伍人数' },
  'init.option.site': {
    en: 'a count of places under scope.sites, e.g. checkpoint=9 (repeatable)',
    zh: 'scope.sites 中某类场所的数量，如 checkpoint=9（可重复）',
  },
  'init.option.stock': {
    en: 'what you hold of a resource, e.g. thermometer=13 (repeatable; default: the computed need)',
    zh: '某项物资的现有库存，如 thermometer=13（可重复；默认为计算出的需求量）',
  },
  'init.option.today': {
    en: 'the date YYYY-MM-DD written as the last review and drill (default: today)',
    zh: '写入为最近一次评审和演练的日期 YYYY-MM-DD（默认：今天）',
  },
  'init.option.force': { en: 'overwrite files that already exist', zh: '覆盖已存在的文件' },
  'init.option.yes': {
    en: 'ask nothing: take the flags and the template defaults (for scripts)',
    zh: '不提问：使用命令行参数和模板默认值（供脚本使用）',
  },
  'init.template.epidemic': {
    en: 'epidemic: community public-health emergency (2-hour reporting, closure)',
    zh: 'epidemic：社区突发公共卫生事件（2小时报告、封闭管理）',
  },
  'init.template.flood': {
    en: 'flood: urban flooding and waterlogging (rainstorm warning signals, evacuation)',
    zh: 'flood：城市内涝（暴雨预警信号、转移避险）',
  },
  'init.template.fire': {
    en: 'fire: fire in a school or building (evacuation, headcount)',
    zh: 'fire：学校或建筑火灾（疏散、清点人数）',
  },
  'init.template.earthquake': {
    en: 'earthquake: township or community (response levels by magnitude, shelters)',
    zh: 'earthquake：乡镇或社区地震（按震级分级响应、避难场所）',
  },
  'init.template.chemical': {
    en: 'chemical: hazardous-chemical leak at a plant (shutdown, 1-hour reporting, neighbours)',
    zh: 'chemical：企业危险化学品泄漏（紧急停车、1小时报告、周边群众）',
  },
  'init.team.epidemic': { en: 'grid workers (community staff)', zh: '网格员（社区工作人员）' },
  'init.team.flood': { en: 'flood rescue team members', zh: '防汛抢险队员' },
  'init.team.fire': { en: 'stairway evacuation guides', zh: '楼梯口疏散引导员' },
  'init.team.earthquake': { en: 'rescue team members', zh: '基层应急救援队员' },
  'init.team.chemical': { en: 'plant emergency team members', zh: '企业应急救援队员' },
  'init.site.checkpoint': {
    en: 'checkpoints (entrances with temperature checks)',
    zh: '测温点（小区出入口）',
  },
  'init.site.building': { en: 'residential buildings', zh: '楼栋' },
  'init.site.low-point': {
    en: 'low-lying points that flood (underpasses, low courtyards)',
    zh: '易涝积水点（下穿通道、低洼小区）',
  },
  'init.site.basement': {
    en: 'basement and underground garage entrances',
    zh: '地下车库与地下空间出入口',
  },
  'init.site.at-risk-resident': {
    en: 'residents of the danger zone to evacuate',
    zh: '危险区需转移群众人数',
  },
  'init.site.classroom': { en: 'classes', zh: '教学班' },
  'init.site.floor': { en: 'floors of the teaching building', zh: '教学楼楼层' },
  'init.site.stairway': { en: 'evacuation stairways', zh: '疏散楼梯' },
  'init.site.shelter': { en: 'emergency shelters', zh: '应急避难场所' },
  'init.site.old-building': {
    en: 'old buildings to inspect after a quake',
    zh: '震后需排查的老旧房屋（栋）',
  },
  'init.site.displaced': {
    en: 'people expected to need shelter (a planning assumption)',
    zh: '预计需集中安置的人数（规划假设）',
  },
  'init.site.tank-area': { en: 'tank areas', zh: '储罐区' },
  'init.site.workshop': { en: 'production workshops', zh: '生产车间' },
  'init.ask.template': { en: 'Which hazard is the plan for?', zh: '预案针对哪类突发事件？' },
  'init.ask.name': { en: 'Name of the place', zh: '地方名称' },
  'init.ask.population': {
    en: 'People the plan covers (residents, or people on site)',
    zh: '预案覆盖的人数（常住人口或在场人数）',
  },
  'init.ask.households': { en: 'Households', zh: '户数' },
  'init.ask.team-size': { en: 'Response team: {team}', zh: '应急队伍：{team}' },
  'init.ask.site': { en: 'How many: {site}', zh: '数量：{site}' },
  'init.ask.stock': {
    en: 'In stock: {title} ({unit}); the plan needs {need}',
    zh: '现有库存：{title}（{unit}）；预案需要 {need}',
  },
  'init.bad-count': {
    en: '{option} must be a whole number of at least {min}, not "{value}"',
    zh: '{option} 必须是不小于 {min} 的整数，而不是“{value}”',
  },
  'init.bad-amount': {
    en: '{option} must be a number of at least 0, not "{value}"',
    zh: '{option} 必须是不小于 0 的数，而不是“{value}”',
  },
  'init.bad-pair': {
    en: '{option} takes ID=N (e.g. {example}), not "{value}"',
    zh: '{option} 的格式是 ID=N（如 {example}），而不是“{value}”',
  },
  'init.unknown-id': {
    en: '{option}: the {template} template has no "{id}"; it has {ids}',
    zh: '{option}：{template} 模板中没有“{id}”；可用的有 {ids}',
  },
  'init.bad-name': {
    en: '{option} must be 1 to {max} characters, without line breaks or control characters',
    zh: '{option} 必须是 1 到 {max} 个字符，且不含换行或控制字符',
  },
  'init.bad-today': {
    en: '--today must be a date written YYYY-MM-DD (e.g. 2024-03-10), not "{value}"',
    zh: '--today 必须是 YYYY-MM-DD 格式的日期（如 2024-03-10），而不是“{value}”',
  },
  'init.needs-terminal': {
    en: 'yuan init asks questions, but this is not a terminal: pass --yes to take the template defaults and the flags (--template, --name, --population, --households, --team-size, --site, --stock)',
    zh: 'yuan init 需要提问，但当前不是终端：请加 --yes，使用模板默认值和命令行参数（--template、--name、--population、--households、--team-size、--site、--stock）',
  },
  'init.exists': {
    en: '{file} already exists; pass --force to overwrite it',
    zh: '{file} 已存在；如需覆盖请加 --force',
  },
  'init.interrupted': {
    en: 'init interrupted before anything was written',
    zh: 'init 已中断，未写入任何文件',
  },
  'init.cannot-write': { en: 'cannot write {file} ({cause})', zh: '无法写入 {file}（{cause}）' },
  'init.wrote': { en: 'Wrote {title}:', zh: '已写入{title}：' },
  'init.wrote.plan': { en: 'the plan', zh: '预案' },
  'init.wrote.scenario': { en: 'a tabletop drill of it', zh: '桌面推演脚本' },
  'init.short': {
    en: 'Below the need: {resources}. `yuan readiness` shows what to buy.',
    zh: '低于需求量的物资：{resources}。`yuan readiness` 会列出需要补充的数量。',
  },
  'init.next': { en: 'Next:', zh: '下一步：' },
  'init.next.validate': { en: 'check both files', zh: '检查两个文件' },
  'init.next.readiness': { en: 'needs, people and gaps', zh: '物资、人员与短板' },
  'init.next.drill': { en: 'hold the drill', zh: '开始演练' },
});
