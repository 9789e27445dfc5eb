/** `graph/dead-end`: every non-final stage has a way out. */
import { pointerOf } from '../../model/pointer.js';
import { deadEnds } from '../../model/graph-search.js';
import { defineRule } from '../rule.js';

export const graphDeadEndRule = defineRule({
  id: 'graph/dead-end',
  severity: 'error',
  docs: {
    summary: {
      en: 'every non-final stage has a way out (an event, a decision option, an after, a timeout)',
      zh: '每个非终止阶段都有出路（事件、决策选项、after 或超时）',
    },
    explanation: {
      en: 'A stage that is not final but that nothing leads out of would hold the plan forever: the response never ends, and a drill stops there. Say what ends the stage: an `on` event (such as an all-clear from the authorities), a decision option with a `goto`, an `after` delay, or a decision `timeout` whose chosen option has a `goto`. A transition back to the same stage does not count. If the stage really ends the plan, mark it `final: true`.',
      zh: '一个不是终止阶段、却没有任何出路的阶段会让预案永远停在那里：应急处置永远不会结束，演练也会停在那里。请写明该阶段如何结束：`on` 事件（如上级解除通知）、带 `goto` 的决策选项、`after` 时限，或所选选项带 `goto` 的决策 `timeout`。回到本阶段的转移不算出路。如果该阶段确实是预案的结束，请标记为 `final: true`。',
    },
    bad: `yuan: 1
kind: plan
id: x-community-epidemic
title: X社区突发公共卫生事件应急预案
review: { last: 2026-06-01, every_months: 12 }
drill: { last: 2026-06-15, every_months: 12 }
stages:
  warning:
    title: 预警与宣传
    phase: warning
    initial: true
    on: { confirmed-case: lockdown, all-clear: recovery }
  lockdown:                           # no way out
    title: 封闭管理
    phase: response
    tasks: [{ id: notify-residents, title: 告知居民封闭管理措施, kind: inform }]
  recovery: { title: 复工复产与恢复, phase: recovery, final: true }`,
    good: `yuan: 1
kind: plan
id: x-community-epidemic
title: X社区突发公共卫生事件应急预案
review: { last: 2026-06-01, every_months: 12 }
drill: { last: 2026-06-15, every_months: 12 }
stages:
  warning:
    title: 预警与宣传
    phase: warning
    initial: true
    on: { confirmed-case: lockdown, all-clear: recovery }
  lockdown:
    title: 封闭管理
    phase: response
    tasks: [{ id: notify-residents, title: 告知居民封闭管理措施, kind: inform }]
    on: { no-new-cases-14d: recovery }
  recovery: { title: 复工复产与恢复, phase: recovery, final: true }`,
  },
  messages: {
    stage: {
      en: 'stage "{stage}" has no way out and is not final: add an `on` event, a decision option with a `goto`, an `after` or a decision `timeout` that leads to another stage, or mark it `final: true`',
      zh: '阶段“{stage}”没有出路，也不是终止阶段：请添加通往其他阶段的 `on` 事件、带 `goto` 的决策选项、`after` 或决策 `timeout`，或将其标记为 `final: true`',
    },
  },
  checkPlan({ graph, t, report }) {
    for (const stage of deadEnds(graph)) {
      report(pointerOf('/stages', stage), t('graph/dead-end.stage', { stage }), 'key');
    }
  },
});
