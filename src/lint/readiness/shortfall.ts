/** readiness/shortfall: each resource's stock covers its computed demand (rules.md; arithmetic in src/readiness/resource-demand.ts). */
import { formatNumber } from '../../i18n/format-number.js';
import type { Translate } from '../../i18n/index.js';
import { pointerOf } from '../../model/pointer.js';
import { demandLines, type DemandLine } from '../../readiness/demand-lines.js';
import { resourceDemands, type ResourceDemand } from '../../readiness/resource-demand.js';
import type { Rule } from '../rule.js';

export const readinessShortfallRule: Rule = {
  id: 'readiness/shortfall',
  severity: 'warning',
  docs: {
    summary: {
      en: "each resource's stock covers its computed demand (the message gives need, stock and gap)",
      zh: '每种物资的库存都能满足计算出的需求（消息给出需求量、库存和缺口）',
    },
    explanation: {
      en: "In January 2020 the X community faced a month of lockdown with 13 thermometers for its checkpoints and 12 taxis for its sick. A resource's `demand` says how much is needed: `rate` units per `per` (resident, household, a site of scope.sites, or a role's count), during the listed stages or phases. A one-off demand counts once however many stages it lists; a `daily: true` demand is multiplied by each listed stage's `expect_duration` in days. A task's `uses` adds its quantity once. When the total exceeds `stock`, buy the difference, or lower the demand if it was overstated. `yuan readiness` shows the same arithmetic and the days of cover.",
      zh: '2020年1月，X社区面对一个月的封闭管理，卡口只有13支测温枪，送医只有12辆出租车。物资的 `demand` 说明需求：在所列阶段或阶段类别期间，每个 `per`（resident 居民、household 户、scope.sites 中的场所或某角色的人数）需要 `rate` 个单位。一次性需求无论列出几个阶段都只计一次；`daily: true` 的需求按每个所列阶段的 `expect_duration` 天数累计。任务的 `uses` 另计其用量一次。合计超过 `stock` 时，请补足差额；如果需求估计过高，则降低需求。`yuan readiness` 会给出同样的计算过程和可支撑天数。',
    },
    bad: `yuan: 1
kind: plan
id: x-community-epidemic
title: X社区突发公共卫生事件应急预案
review: { last: 2026-06-01, every_months: 12 }
drill: { last: 2026-06-15, every_months: 12 }
scope: { name: A市建国路街道X社区, sites: { checkpoint: 9 } }
resources:
  thermometer:
    title: 测温枪
    unit: 支
    stock: 13                         # 2 per checkpoint x 9 = 18 needed
    demand: [{ rate: 2, per: checkpoint, during: [lockdown] }]
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
scope: { name: A市建国路街道X社区, sites: { checkpoint: 9 } }
resources:
  thermometer:
    title: 测温枪
    unit: 支
    stock: 20
    demand: [{ rate: 2, per: checkpoint, during: [lockdown] }]
stages:
  warning: { title: 预警与宣传, phase: warning, initial: true, on: { confirmed-case: lockdown } }
  lockdown:
    title: 封闭管理
    phase: response
    tasks: [{ id: notify-residents, title: 告知居民封闭管理措施, kind: inform }]
    on: { no-new-cases-14d: recovery }
  recovery: { title: 复工复产与恢复, phase: recovery, final: true }`,
  },
  checkPlan({ plan, t, report }) {
    for (const demand of resourceDemands(plan)) {
      for (const unknown of demand.unknowns) {
        if (unknown.kind === 'no-count')
          report(
            unknown.pointer,
            t('lint.shortfall.no-count', { per: unknown.per, field: unknown.field }),
          );
        else
          report(
            unknown.pointer,
            t('lint.shortfall.no-duration', { title: demand.resource.title, stage: unknown.stage }),
          );
      }
      if (demand.gap > 0) report(pointerOf(demand.pointer, 'stock'), shortfallMessage(demand, t));
    }
  },
};

/** "need 18 支 of 测温枪 (2 per checkpoint × 9 during lockdown), stock 13 支: buy 5 支 more ..." */
export function shortfallMessage(demand: ResourceDemand, t: Translate): string {
  const unit = demand.resource.unit ?? '';
  const quantity = (amount: number) =>
    t('lint.quantity', { amount: formatNumber(amount), unit }).trim();
  const terms = demandLines(demand)
    .filter((line) => line.amount > 0)
    .map((line) => lineText(line, t))
    .join(' + ');
  return t('lint.shortfall.gap', {
    need: quantity(demand.need),
    title: demand.resource.title,
    terms,
    stock: quantity(demand.stock),
    gap: quantity(demand.gap),
  });
}

/** One line of the arithmetic, e.g. "2 per grid-worker a day × 39 × 42 days of lockdown, controlled". */
export function lineText(line: DemandLine, t: Translate): string {
  const { term } = line;
  const stages = line.stages.join(t('lint.list-separator'));
  const rate = formatNumber(term.rate);
  if (term.basis === 'task')
    return t('lint.shortfall.term-task', { rate, task: term.task!, stages });
  const count = formatNumber(term.count ?? 0);
  if (!term.daily) return t('lint.shortfall.term-once', { rate, per: term.per, count, stages });
  const days = formatNumber(line.days);
  return t('lint.shortfall.term-daily', { rate, per: term.per, count, days, stages });
}
