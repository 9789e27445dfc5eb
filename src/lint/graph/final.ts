/** `graph/final`: at least one stage is `final`, and a final stage has no way out. */
import { formatDuration } from '../../model/duration.js';
import type { StageEdge } from '../../model/stage-graph.js';
import { defineRule, type RuleTranslate } from '../rule.js';

export const graphFinalRule = defineRule({
  id: 'graph/final',
  severity: 'error',
  docs: {
    summary: {
      en: 'at least one stage is final, and a final stage has no way out',
      zh: '至少有一个阶段标记为 final，且终止阶段没有出路',
    },
    explanation: {
      en: 'A plan must say when the emergency is over: mark the stage that ends it (usually recovery) with `final: true`. Reaching a final stage ends the machine and the drill, so transitions written in a final stage would never happen; remove them, or drop `final: true` if the stage really goes on.',
      zh: '预案必须说明应急何时结束：请把结束的阶段（通常是应急恢复）标记为 `final: true`。到达终止阶段后状态机和演练都会结束，所以写在终止阶段里的转移永远不会发生；请删除它们，或者如果该阶段确实还要继续，就去掉 `final: true`。',
    },
    bad: `yuan: 1
kind: plan
id: x-community-epidemic
title: X社区突发公共卫生事件应急预案
review: { last: 2026-06-01, every_months: 12 }
drill: { last: 2026-06-15, every_months: 12 }
stages:
  warning: { title: 预警与宣传, phase: warning, initial: true, on: { confirmed-case: lockdown } }
  lockdown:
    title: 封闭管理
    phase: response
    tasks: [{ id: notify-residents, title: 告知居民封闭管理措施, kind: inform }]
    on: { no-new-cases-14d: recovery }
  recovery:
    title: 复工复产与恢复
    phase: recovery
    final: true
    on: { confirmed-case: lockdown }  # a final stage has no way out`,
    good: `yuan: 1
kind: plan
id: x-community-epidemic
title: X社区突发公共卫生事件应急预案
review: { last: 2026-06-01, every_months: 12 }
drill: { last: 2026-06-15, every_months: 12 }
stages:
  warning: { title: 预警与宣传, phase: warning, initial: true, on: { confirmed-case: lockdown } }
  lockdown:
    title: 封闭管理
    phase: response
    tasks: [{ id: notify-residents, title: 告知居民封闭管理措施, kind: inform }]
    on: { no-new-cases-14d: recovery }
  recovery:
    title: 复工复产与恢复
    phase: recovery
    final: true`,
  },
  messages: {
    none: {
      en: 'no stage is marked `final: true`: add `final: true` to the stage that ends the plan (usually the recovery stage)',
      zh: '没有标记 `final: true` 的阶段：请在预案结束的阶段（通常是应急恢复阶段）加上 `final: true`',
    },
    'way-out': {
      en: 'final stage "{stage}" ends the plan, so {exit} never happens: remove it, or remove `final: true` from the stage',
      zh: '终止阶段“{stage}”意味着预案结束，因此{exit}永远不会发生：请删除它，或去掉该阶段的 `final: true`',
    },
    'exit-event': { en: 'event "{event}"', zh: '事件“{event}”' },
    'exit-option': {
      en: 'option "{option}" of decision "{decision}"',
      zh: '决策“{decision}”的选项“{option}”',
    },
    'exit-after': { en: '`after: {delay}`', zh: '`after: {delay}`' },
    'exit-timeout': {
      en: 'the timeout of decision "{decision}"',
      zh: '决策“{decision}”的超时',
    },
  },
  checkPlan({ graph, t, report }) {
    if (graph.finals.length === 0) {
      report('/stages', t('graph/final.none'), 'key');
      return;
    }
    const finals = new Set(graph.finals);
    for (const edge of [...graph.edges, ...graph.dangling]) {
      if (!finals.has(edge.from)) continue;
      report(
        edge.pointer,
        t('graph/final.way-out', { stage: edge.from, exit: describeExit(edge, t) }),
      );
    }
  },
});

/** "event "x"", "option "o" of decision "d"", "`after: 14d`" or "the timeout of decision "d"". */
function describeExit(edge: StageEdge, t: RuleTranslate<typeof graphFinalRule.messages>): string {
  switch (edge.kind) {
    case 'event':
      return t('graph/final.exit-event', { event: edge.event ?? '' });
    case 'option':
      return t('graph/final.exit-option', {
        decision: edge.decision ?? '',
        option: edge.option ?? '',
      });
    case 'after':
      return t('graph/final.exit-after', { delay: formatDuration(edge.delay ?? 0) });
    case 'timeout':
      return t('graph/final.exit-timeout', { decision: edge.decision ?? '' });
  }
}
