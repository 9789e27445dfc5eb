/** Messages of the stage graph rules and route analysis, in English and Chinese. */
import { defineMessages } from '../catalog.js';

export const graphMessages = defineMessages({
  'graph.initial.none': {
    en: 'no stage is marked `initial: true`: add `initial: true` to the stage the plan starts in (usually the preparation stage)',
    zh: '没有标记 `initial: true` 的阶段：请在预案开始的阶段（通常是应急准备阶段）加上 `initial: true`',
  },
  'graph.initial.many': {
    en: 'stage "{stage}" is initial, but so is "{first}": a plan starts in exactly one stage; remove `initial: true` from all stages but one',
    zh: '阶段“{stage}”被标记为初始阶段，但“{first}”也是：预案只能从一个阶段开始；请只保留一个阶段的 `initial: true`',
  },
  'graph.final.none': {
    en: 'no stage is marked `final: true`: add `final: true` to the stage that ends the plan (usually the recovery stage)',
    zh: '没有标记 `final: true` 的阶段：请在预案结束的阶段（通常是应急恢复阶段）加上 `final: true`',
  },
  'graph.final.way-out': {
    en: 'final stage "{stage}" ends the plan, so {exit} never happens: remove it, or remove `final: true` from the stage',
    zh: '终止阶段“{stage}”意味着预案结束，因此{exit}永远不会发生：请删除它，或去掉该阶段的 `final: true`',
  },
  'graph.unreachable': {
    en: 'stage "{stage}" cannot be reached from the initial stage "{initial}": lead a transition to it from a reachable stage (an `on` event, a decision option\'s `goto` or an `after`), or remove the stage',
    zh: '从初始阶段“{initial}”无法到达阶段“{stage}”：请从可到达的阶段引一条转移到它（`on` 事件、决策选项的 `goto` 或 `after`），或删除该阶段',
  },
  'graph.dead-end': {
    en: 'stage "{stage}" has no way out and is not final: add an `on` event, a decision option with a `goto`, an `after` or a decision `timeout` that leads to another stage, or mark it `final: true`',
    zh: '阶段“{stage}”没有出路，也不是终止阶段：请添加通往其他阶段的 `on` 事件、带 `goto` 的决策选项、`after` 或决策 `timeout`，或将其标记为 `final: true`',
  },
  'graph.trap': {
    en: 'no final stage can be reached from stage "{stage}" (its ways out lead only to {stages}, which are trapped too): add a transition that leads towards a final stage such as "{final}"',
    zh: '从阶段“{stage}”无法到达任何终止阶段（它只能通往同样被困的 {stages}）：请添加一条通往终止阶段（如“{final}”）的转移',
  },
  'graph.exit.event': { en: 'event "{event}"', zh: '事件“{event}”' },
  'graph.exit.option': {
    en: 'option "{option}" of decision "{decision}"',
    zh: '决策“{decision}”的选项“{option}”',
  },
  'graph.exit.after': { en: '`after: {delay}`', zh: '`after: {delay}`' },
  'graph.exit.timeout': {
    en: 'the timeout of decision "{decision}"',
    zh: '决策“{decision}”的超时',
  },
});
