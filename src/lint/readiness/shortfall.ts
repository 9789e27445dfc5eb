/** readiness/shortfall: each resource's stock covers its computed demand (rules.md; arithmetic in src/readiness/resource-demand.ts). */
import { formatNumber } from '../../i18n/format-number.js';
import { pointerOf } from '../../model/pointer.js';
import { demandLines, type DemandLine } from '../../readiness/demand-lines.js';
import { resourceDemands, type ResourceDemand } from '../../readiness/resource-demand.js';
import { defineRule, type RuleTranslate } from '../rule.js';

export const readinessShortfallRule = defineRule({
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
  messages: {
    gap: {
      en: 'need {need} of {title} ({terms}), stock {stock}: buy {gap} more or lower the demand',
      zh: '需要{title} {need}（{terms}），库存 {stock}：请再采购 {gap} 或降低需求',
    },
    'term-once': {
      en: '{rate} per {per} × {count} during {stages}',
      zh: '在 {stages} 期间每个 {per} {rate} × {count}',
    },
    'term-daily': {
      en: '{rate} per {per} a day × {count} × {days} days of {stages}',
      zh: '在 {stages} 期间每个 {per} 每天 {rate} × {count} × {days} 天',
    },
    'term-task': {
      en: '{rate} for task {task} in {stages}',
      zh: '{stages} 阶段的任务 {task} 使用 {rate}',
    },
    'no-count': {
      en: 'the demand per {per} cannot be computed because {field} is missing: add {field} to the plan',
      zh: '无法计算按 {per} 的需求，因为缺少 {field}：请在预案中补充 {field}',
    },
    'no-duration': {
      en: '{title} is needed daily during stage {stage}, which has no expect_duration, so the need cannot be computed: add expect_duration to stage {stage} (e.g. 14d)',
      zh: '{title}在阶段 {stage} 中按天消耗，但该阶段没有 expect_duration，无法计算需求：请为阶段 {stage} 添加 expect_duration（例如 14d）',
    },
  },
  checkPlan({ plan, t, report }) {
    for (const demand of resourceDemands(plan)) {
      for (const unknown of demand.unknowns) {
        if (unknown.kind === 'no-count')
          report(
            unknown.pointer,
            t('readiness/shortfall.no-count', { per: unknown.per, field: unknown.field }),
          );
        else
          report(
            unknown.pointer,
            t('readiness/shortfall.no-duration', {
              title: demand.resource.title,
              stage: unknown.stage,
            }),
          );
      }
      if (demand.gap > 0) report(pointerOf(demand.pointer, 'stock'), shortfallMessage(demand, t));
    }
  },
});

type ShortfallTranslate = RuleTranslate<typeof readinessShortfallRule.messages>;

/** "need 18 支 of 测温枪 (2 per checkpoint × 9 during lockdown), stock 13 支: buy 5 支 more ..." */
export function shortfallMessage(demand: ResourceDemand, t: ShortfallTranslate): string {
  const unit = demand.resource.unit ?? '';
  const quantity = (amount: number) =>
    t('lint.quantity', { amount: formatNumber(amount), unit }).trim();
  const terms = demandLines(demand)
    .filter((line) => line.amount > 0)
    .map((line) => lineText(line, t))
    .join(' + ');
  return t('readiness/shortfall.gap', {
    need: quantity(demand.need),
    title: demand.resource.title,
    terms,
    stock: quantity(demand.stock),
    gap: quantity(demand.gap),
  });
}

/** One line of the arithmetic, e.g. "2 per grid-worker a day × 39 × 42 days of lockdown, controlled". */
export function lineText(line: DemandLine, t: ShortfallTranslate): string {
  const { term } = line;
  const stages = line.stages.join(t('lint.list-separator'));
  const rate = formatNumber(term.rate);
  if (term.basis === 'task')
    return t('readiness/shortfall.term-task', { rate, task: term.task!, stages });
  const count = formatNumber(term.count ?? 0);
  if (!term.daily)
    return t('readiness/shortfall.term-once', { rate, per: term.per, count, stages });
  const days = formatNumber(line.days);
  return t('readiness/shortfall.term-daily', { rate, per: term.per, count, days, stages });
}
