/** yaml/alias-limit: alias expansion stays under the limit. Applied by the loader; this entry documents it. */
import { defineRule } from '../rule.js';

export const yamlAliasLimitRule = defineRule({
  id: 'yaml/alias-limit',
  severity: 'error',
  docs: {
    summary: {
      en: 'alias expansion stays under the limit (an alias bomb is refused, quickly)',
      zh: '别名展开不超过上限（别名炸弹会被迅速拒绝）',
    },
    explanation: {
      en: 'YAML anchors (`&name`) and aliases (`*name`) let a value be reused. Aliases of aliases grow exponentially: a file of a few lines can expand to billions of values (a "billion laughs" attack) and exhaust memory. yuan counts alias expansions while reading and refuses a file that exceeds the limit. A plan rarely needs aliases at all; write the values out, or use fewer nested aliases.',
      zh: 'YAML 的锚点（`&name`）和别名（`*name`）可以复用一个值。别名套别名会呈指数增长：几行文字就能展开成数十亿个值（“billion laughs”攻击），耗尽内存。yuan 在读取时统计别名展开次数，超过上限就拒绝该文件。预案很少需要别名；请直接写出各个值，或减少别名嵌套。',
    },
    bad: `yuan: 1
kind: plan
id: x-community-epidemic
title: X社区突发公共卫生事件应急预案
review: { last: 2026-06-01, every_months: 12 }
drill: { last: 2026-06-15, every_months: 12 }
x-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]
x-b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
x-c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
x-d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]
stages:
  warning: { title: 预警与宣传, phase: warning, initial: true, on: { confirmed-case: lockdown } }
  lockdown:
    title: 封闭管理
    phase: response
    tasks: [{ id: notify-residents, title: 告知居民封闭管理措施, kind: inform }]
    on: { no-new-cases-14d: recovery }
  recovery: { title: 复工复产与恢复, phase: recovery, final: true }`,
    good: `yuan: 1
kind: plan
id: x-community-epidemic
title: X社区突发公共卫生事件应急预案
review: { last: 2026-06-01, every_months: 12 }
drill: { last: 2026-06-15, every_months: 12 }
x-note: write values out instead of nesting aliases
stages:
  warning: { title: 预警与宣传, phase: warning, initial: true, on: { confirmed-case: lockdown } }
  lockdown:
    title: 封闭管理
    phase: response
    tasks: [{ id: notify-residents, title: 告知居民封闭管理措施, kind: inform }]
    on: { no-new-cases-14d: recovery }
  recovery: { title: 复工复产与恢复, phase: recovery, final: true }`,
  },
});
