/** Messages of `yuan paths` and its route formats (src/report/paths/), in English and Chinese. */
import { defineMessages } from '../catalog.js';

export const pathsMessages = defineMessages({
  'paths.description': {
    en: 'every route from the initial stage to each final stage, with the decisions taken and the summed targets and delays, and the fastest route to each final stage',
    zh: '列出从初始阶段到每个终止阶段的所有路线，包括所作决策、目标时限与延时之和，以及到达每个终止阶段的最快路线',
  },
  'paths.plan': { en: 'the plan file (YAML)', zh: '预案文件（YAML）' },
  'paths.format': { en: 'output format: text, md or json', zh: '输出格式：text、md 或 json' },
  'paths.limit': {
    en: 'list at most N routes (default 50); all routes are still counted',
    zh: '最多列出 N 条路线（默认 50）；所有路线仍会计数',
  },
  'paths.example': {
    en: 'Examples:\n  yuan paths plans/x-community-epidemic.yaml\n  yuan paths plans/x-community-epidemic.yaml --format md --limit 10 > ROUTES.md',
    zh: '示例：\n  yuan paths plans/x-community-epidemic.yaml\n  yuan paths plans/x-community-epidemic.yaml --format md --limit 10 > ROUTES.md',
  },
  'paths.heading': {
    en: 'Routes of "{title}" ({plan}) from the initial stage "{initial}"',
    zh: '预案“{title}”（{plan}）从初始阶段“{initial}”出发的路线',
  },
  'paths.final': {
    en: 'To "{title}" ({final}): {count} route(s)',
    zh: '到达“{title}”（{final}）：{count} 条路线',
  },
  'paths.unreached': {
    en: 'no route reaches this final stage',
    zh: '没有路线能到达此终止阶段',
  },
  'paths.fastest': {
    en: 'fastest: {time} (decision targets {targets}, delays {delays})',
    zh: '最快：{time}（决策时限 {targets}，延时 {delays}）',
  },
  'paths.listed': {
    en: 'Routes (first {listed} of {total})',
    zh: '路线（共 {total} 条，列出前 {listed} 条）',
  },
  'paths.all-listed': { en: 'Routes ({total})', zh: '路线（共 {total} 条）' },
  'paths.at-least': { en: 'at least {count}', zh: '至少 {count}' },
  'paths.left-out': {
    en: '{count} route(s) left out: use --limit N to list more',
    zh: '还有 {count} 条路线未列出：用 --limit N 列出更多',
  },
  'paths.route-sums': {
    en: 'decision targets {targets} · delays {delays} · total {time}',
    zh: '决策时限 {targets} · 延时 {delays} · 合计 {time}',
  },
  'paths.via': { en: 'via', zh: '经由' },
  'paths.never': {
    en: 'Transitions no route can take',
    zh: '任何路线都不会经过的转移',
  },
  'paths.never.shadowed': {
    en: 'never fires: an earlier `after` or timeout of the stage always leaves first',
    zh: '永远不会触发：该阶段更早的 `after` 或超时总会先离开',
  },
  'paths.never.unsatisfiable': {
    en: 'its `when` can never hold (given the entries listed before it)',
    zh: '其 `when` 条件永远不会成立（考虑到排在它前面的条目）',
  },
  'paths.weights': {
    en: 'Fastest = least total time, counting a decision option as its target (`within`), an `after` or a timeout as its delay, and an event as 0.',
    zh: '最快 = 总时间最少：决策选项按其时限（`within`）计，`after` 与超时按其延时计，事件按 0 计。',
  },
  'paths.column.final': { en: 'Final stage', zh: '终止阶段' },
  'paths.column.routes': { en: 'Routes', zh: '路线数' },
  'paths.column.fastest': { en: 'Fastest', zh: '最快' },
  'paths.column.stages': { en: 'Stages', zh: '阶段' },
  'paths.column.steps': { en: 'Steps', zh: '步骤' },
  'paths.column.targets': { en: 'Decision targets', zh: '决策时限' },
  'paths.column.delays': { en: 'Delays', zh: '延时' },
  'paths.column.transition': { en: 'Transition', zh: '转移' },
  'paths.column.reason': { en: 'Why', zh: '原因' },
  'paths.no-initial': {
    en: 'the plan has no single initial stage, so it has no routes',
    zh: '预案没有唯一的初始阶段，因此没有路线',
  },
});
