/** Messages of the lint step, in English and Chinese. Each finding says what is wrong and what to change. */
import { defineMessages } from '../catalog.js';

export const lintMessages = defineMessages({
  // What to write instead of an unknown id (src/lint/closest-id.ts).
  'lint.fix.did-you-mean': { en: 'did you mean "{id}"?', zh: '是否应为“{id}”？' },
  'lint.fix.one-of': { en: 'write one of {list}', zh: '请改为以下之一：{list}' },
  'lint.fix.add-stage': {
    en: 'add a stage "{id}" under stages, or name an existing one',
    zh: '请在 stages 下添加阶段“{id}”，或改为已有的阶段',
  },
  'lint.fix.add-role': {
    en: 'add a role "{id}" under roles, or name an existing one',
    zh: '请在 roles 下添加角色“{id}”，或改为已有的角色',
  },
  'lint.fix.add-resource': {
    en: 'add a resource "{id}" under resources (with its stock), or name an existing one',
    zh: '请在 resources 下添加物资“{id}”（并写明库存），或改为已有的物资',
  },
  'lint.fix.add-variable': {
    en: 'declare it under variables, e.g. {id}: { initial: 0 }',
    zh: '请在 variables 下声明它，例如 {id}: { initial: 0 }',
  },
  'lint.fix.add-level': {
    en: 'add a level "{id}" under levels, or name an existing one',
    zh: '请在 levels 下添加响应级别“{id}”，或改为已有的级别',
  },
  'lint.fix.add-decision': {
    en: 'add a decision with id: {id} to a stage, or name an existing one',
    zh: '请在某个阶段中添加 id 为 {id} 的决策，或改为已有的决策',
  },
  'lint.fix.add-option': {
    en: 'add an option with id: {id} to decision {decision}, or name an existing one',
    zh: '请为决策 {decision} 添加 id 为 {id} 的选项，或改为已有的选项',
  },
  'lint.fix.add-on': {
    en: 'add "{id}: <target stage>" under the on: of the stage that should react to it',
    zh: '请在应当响应它的阶段的 on: 下添加“{id}: <目标阶段>”',
  },

  'lint.ref-stage.missing': {
    en: '{field} names stage "{id}", which the plan does not have: {fix}',
    zh: '{field} 引用的阶段“{id}”在预案中不存在：{fix}',
  },
  'lint.ref-stage.during': {
    en: 'during names "{id}", which is neither a stage nor a phase: {fix}',
    zh: 'during 中的“{id}”既不是阶段，也不是阶段类别（phase）：{fix}',
  },
  'lint.ref-role.missing': {
    en: '{field} names role "{id}", which the plan does not have: {fix}',
    zh: '{field} 引用的角色“{id}”在预案中不存在：{fix}',
  },
  'lint.ref-role.self-deputy': {
    en: 'role {id} names itself as its deputy: name another role who stands in when {id} is absent',
    zh: '角色 {id} 把自己设为副手（deputy）：请改为在 {id} 缺位时能顶替的另一个角色',
  },
  'lint.ref-role.per': {
    en: 'per names "{id}", which is neither resident, household, a site of scope.sites nor a role: {fix}',
    zh: 'per 中的“{id}”既不是 resident、household、scope.sites 中的场所，也不是角色：{fix}',
  },
  'lint.ref-resource.missing': {
    en: 'uses names resource "{id}", which the plan does not have: {fix}',
    zh: 'uses 引用的物资“{id}”在预案中不存在：{fix}',
  },
  'lint.ref-variable.missing': {
    en: '{field} names variable "{id}", which the plan does not declare: {fix}',
    zh: '{field} 引用的变量“{id}”在预案中未声明：{fix}',
  },
  'lint.ref-level.missing': {
    en: 'level "{id}" is not one of the plan\'s levels: {fix}',
    zh: '响应级别“{id}”不在预案的 levels 中：{fix}',
  },
  'lint.ref-decision.missing': {
    en: '{field} names decision "{id}", which the plan does not have: {fix}',
    zh: '{field} 引用的决策“{id}”在预案中不存在：{fix}',
  },
  'lint.ref-decision.option': {
    en: '{field} names option "{id}", which decision {decision} does not offer: {fix}',
    zh: '{field} 引用的选项“{id}”不是决策 {decision} 的选项：{fix}',
  },
  'lint.ref-event.unhandled': {
    en: 'no stage handles event "{id}", so this inject moves nothing: {fix}',
    zh: '没有任何阶段处理事件“{id}”，此注入不会引起任何变化：{fix}',
  },
  'lint.ref-plan.missing': {
    en: 'plan "{path}" does not exist: write the path of the plan file, relative to this scenario',
    zh: '预案“{path}”不存在：请写出预案文件相对于本演练脚本的路径',
  },
  'lint.ref-plan.outside': {
    en: 'plan "{path}" lies outside the repository that holds this scenario: keep the plan and its scenarios in one repository',
    zh: '预案“{path}”位于本演练脚本所在仓库之外：请把预案与其演练脚本放在同一仓库中',
  },
  'lint.ref-plan.not-a-plan': {
    en: 'plan "{path}" is not a plan (its kind is not plan): point plan: at a file with kind: plan',
    zh: '“{path}”不是预案（其 kind 不是 plan）：请让 plan: 指向 kind: plan 的文件',
  },

  'lint.id-duplicate.task': {
    en: 'task id "{id}" is already used in stage {stage}: give this task an id of its own',
    zh: '任务 id“{id}”已在阶段 {stage} 中使用：请为此任务另起一个 id',
  },
  'lint.id-duplicate.decision': {
    en: 'decision id "{id}" is already used in stage {stage}: authority lists and scenarios name decisions by id, so give this one an id of its own',
    zh: '决策 id“{id}”已在阶段 {stage} 中使用：职权（authority）和演练脚本都按 id 引用决策，请为此决策另起一个 id',
  },
  'lint.id-duplicate.option': {
    en: 'option id "{id}" appears twice in decision {decision}: give each option an id of its own',
    zh: '选项 id“{id}”在决策 {decision} 中出现了两次：请为每个选项使用不同的 id',
  },
  'lint.id-duplicate.inject': {
    en: 'inject id "{id}" is already used by an earlier inject of this scenario: give each inject an id of its own',
    zh: '注入 id“{id}”已被本演练脚本中前面的注入使用：请为每个注入使用不同的 id',
  },
  'lint.id-duplicate.scenario': {
    en: 'scenario id "{id}" is already used by an earlier scenario of this plan: give each scenario an id of its own (--scenario picks one by id)',
    zh: '演练脚本 id“{id}”已被本预案中前面的演练脚本使用：请为每个演练脚本使用不同的 id（--scenario 按 id 选择）',
  },

  'lint.phase.preparation': { en: 'preparation', zh: '应急准备' },
  'lint.phase.warning': { en: 'warning', zh: '预警' },
  'lint.phase.response': { en: 'response', zh: '应急处置' },
  'lint.phase.recovery': { en: 'recovery', zh: '应急恢复' },
  'lint.phases.missing': {
    en: 'the plan has no stage in the {name} phase: add a stage with phase: {phase}, so the plan covers warning, response and recovery',
    zh: '预案没有“{name}”阶段：请添加一个 phase: {phase} 的阶段，使预案覆盖预警、应急处置和应急恢复',
  },

  'lint.review-overdue.none': {
    en: 'the plan has no review on record: review it and add review: { last: YYYY-MM-DD, every_months: 12 }',
    zh: '预案没有评审记录：请评审预案并添加 review: { last: YYYY-MM-DD, every_months: 12 }',
  },
  'lint.review-overdue.no-last': {
    en: 'review has no last date, so no review is on record: review the plan and add last: YYYY-MM-DD',
    zh: 'review 没有 last 日期，即没有评审记录：请评审预案并添加 last: YYYY-MM-DD',
  },
  'lint.review-overdue.overdue': {
    en: 'the plan was last reviewed on {last}; every {months} months makes the next review due on {due}, before today ({today}): review the plan and update review.last',
    zh: '预案最近一次评审为 {last}，按每 {months} 个月一次，下次评审应在 {due} 前完成，已早于今天（{today}）：请评审预案并更新 review.last',
  },
  'lint.drill-overdue.none': {
    en: 'the plan has no drill on record: hold a drill (yuan drill) and add drill: { last: YYYY-MM-DD, every_months: 12 }',
    zh: '预案没有演练记录：请组织一次演练（yuan drill）并添加 drill: { last: YYYY-MM-DD, every_months: 12 }',
  },
  'lint.drill-overdue.no-last': {
    en: 'drill has no last date, so no drill is on record: hold a drill and add last: YYYY-MM-DD',
    zh: 'drill 没有 last 日期，即没有演练记录：请组织演练并添加 last: YYYY-MM-DD',
  },
  'lint.drill-overdue.overdue': {
    en: 'the plan was last drilled on {last}; every {months} months makes the next drill due on {due}, before today ({today}): hold a drill and update drill.last',
    zh: '预案最近一次演练为 {last}，按每 {months} 个月一次，下次演练应在 {due} 前进行，已早于今天（{today}）：请组织演练并更新 drill.last',
  },

  'lint.escalation.others': {
    en: '{owner} owns decision {decision} but has no authority to take it, so in an emergency it waits for someone higher up: add {decision} to roles.{owner}.authority, or make a role that has the authority the owner ({roles})',
    zh: '{owner} 负责决策 {decision}，却没有作出该决策的职权，紧急时只能层层请示：请把 {decision} 加入 roles.{owner}.authority，或改由有此职权的角色负责（{roles}）',
  },
  'lint.escalation.nobody': {
    en: '{owner} owns decision {decision} but has no authority to take it (no role of the plan has), so in an emergency it waits for someone higher up: add {decision} to roles.{owner}.authority',
    zh: '{owner} 负责决策 {decision}，却没有作出该决策的职权（预案中没有任何角色拥有此职权），紧急时只能层层请示：请把 {decision} 加入 roles.{owner}.authority',
  },
  'lint.no-deputy.single': {
    en: 'decision {decision} is due within {within}, but its owner {owner} is one person with no deputy: name a deputy (roles.{owner}.deputy) or give the role more people, so the decision is taken when {owner} is away',
    zh: '决策 {decision} 须在 {within} 内作出，而负责人 {owner} 只有一人且没有副手：请指定副手（roles.{owner}.deputy）或增加该角色人数，确保 {owner} 不在时也能及时决策',
  },

  'lint.quantity': { en: '{amount} {unit}', zh: '{amount}{unit}' },
  'lint.list-separator': { en: ', ', zh: '、' },
  'lint.shortfall.gap': {
    en: 'need {need} of {title} ({terms}), stock {stock}: buy {gap} more or lower the demand',
    zh: '需要{title} {need}（{terms}），库存 {stock}：请再采购 {gap} 或降低需求',
  },
  'lint.shortfall.term-once': {
    en: '{rate} per {per} × {count} during {stages}',
    zh: '在 {stages} 期间每个 {per} {rate} × {count}',
  },
  'lint.shortfall.term-daily': {
    en: '{rate} per {per} a day × {count} × {days} days of {stages}',
    zh: '在 {stages} 期间每个 {per} 每天 {rate} × {count} × {days} 天',
  },
  'lint.shortfall.term-task': {
    en: '{rate} for task {task} in {stages}',
    zh: '{stages} 阶段的任务 {task} 使用 {rate}',
  },
  'lint.shortfall.no-count': {
    en: 'the demand per {per} cannot be computed because {field} is missing: add {field} to the plan',
    zh: '无法计算按 {per} 的需求，因为缺少 {field}：请在预案中补充 {field}',
  },
  'lint.shortfall.no-duration': {
    en: '{title} is needed daily during stage {stage}, which has no expect_duration, so the need cannot be computed: add expect_duration to stage {stage} (e.g. 14d)',
    zh: '{title}在阶段 {stage} 中按天消耗，但该阶段没有 expect_duration，无法计算需求：请为阶段 {stage} 添加 expect_duration（例如 14d）',
  },
  'lint.medical-role.missing': {
    en: 'this public-health plan has no role with function: medical: add the health station or clinic that screens, refers and treats people as a role with function: medical',
    zh: '本公共卫生预案没有 function: medical 的角色：请把负责筛查、转诊和救治的卫生服务站或诊所添加为 function: medical 的角色',
  },
  'lint.inform-public.missing': {
    en: 'response stage {stage} has no task of kind inform: add a task with kind: inform that tells residents what is happening and what to do',
    zh: '应急处置阶段 {stage} 没有 kind: inform 的任务：请添加一个 kind: inform 的任务，告诉居民发生了什么、应当怎么做',
  },
  'lint.report-deadline.missing': {
    en: '{phase} stage {stage} of this public-health plan has no report task: add a task with kind: report and within: 2h (the public-health emergency regulations require a report within 2 hours)',
    zh: '本公共卫生预案的{phase}阶段 {stage} 没有报告任务：请添加 kind: report 且 within: 2h 的任务（《突发公共卫生事件应急条例》要求 2 小时内报告）',
  },
  'lint.report-deadline.late': {
    en: 'report task {task} is due within {within}, later than the 2-hour limit of the public-health emergency regulations: set within: 2h or less',
    zh: '报告任务 {task} 的时限为 {within}，超过《突发公共卫生事件应急条例》规定的 2 小时：请改为 within: 2h 或更短',
  },
  'lint.report-deadline.untimed': {
    en: 'report task {task} has no deadline: add within: 2h (the public-health emergency regulations require a report within 2 hours)',
    zh: '报告任务 {task} 没有时限：请添加 within: 2h（《突发公共卫生事件应急条例》要求 2 小时内报告）',
  },
  'lint.task-exceeds-stage.late': {
    en: "task {task} is due within {within}, but stage {stage} is expected to last only {duration}: shorten within, or lengthen the stage's expect_duration",
    zh: '任务 {task} 的时限为 {within}，而阶段 {stage} 预计只持续 {duration}：请缩短 within，或延长该阶段的 expect_duration',
  },
  'lint.timeout-before-target.early': {
    en: 'decision {decision} times out after {after}, before its own target of {within}, so "{choose}" is chosen before the owner\'s deadline: set timeout.after to {within} or more, or shorten within',
    zh: '决策 {decision} 在 {after} 后超时，早于其自身时限 {within}，负责人尚未到期限就会被自动选择“{choose}”：请把 timeout.after 设为 {within} 或更长，或缩短 within',
  },
  'lint.unreachable-expectation.stage': {
    en: "decision {decision} belongs to stage {stage}, which cannot be reached from the scenario's start ({start}), so this expectation can never be met: start the scenario earlier or expect another decision",
    zh: '决策 {decision} 属于阶段 {stage}，而从演练起点（{start}）无法到达该阶段，此预期永远无法实现：请把演练起点提前，或改为预期其他决策',
  },

  // yuan explain
  'lint.severity.error': { en: 'error', zh: '错误' },
  'lint.severity.warning': { en: 'warning', zh: '警告' },
  'lint.explain.description': {
    en: 'explain a check: what it looks for, why, and a bad and a good example; without RULE, list every check',
    zh: '解释一项检查：检查什么、为什么，并给出错误和正确的示例；不带 RULE 时列出所有检查',
  },
  'lint.explain.argument': {
    en: 'rule id, e.g. readiness/shortfall',
    zh: '规则 id，例如 readiness/shortfall',
  },
  'lint.explain.example': {
    en: 'Examples:\n  yuan explain readiness/shortfall\n  yuan explain --lang zh authority/no-deputy\n  yuan explain',
    zh: '示例：\n  yuan explain readiness/shortfall\n  yuan explain --lang en authority/no-deputy\n  yuan explain',
  },
  'lint.explain.severity': { en: 'default severity: {severity}', zh: '默认级别：{severity}' },
  'lint.explain.bad': { en: 'Bad:', zh: '错误示例：' },
  'lint.explain.good': { en: 'Good:', zh: '正确示例：' },
  'lint.explain.list-footer': {
    en: 'Run "yuan explain RULE" for a rule\'s explanation and examples; set severities in yuan.config.yaml.',
    zh: '运行“yuan explain RULE”查看某条规则的说明和示例；可在 yuan.config.yaml 中设置规则级别。',
  },
  'lint.explain.unknown': {
    en: 'unknown rule "{id}": did you mean {suggestion}? Run "yuan explain" to list every rule.',
    zh: '未知规则“{id}”：是否应为 {suggestion}？运行“yuan explain”可列出所有规则。',
  },
  'lint.explain.unknown-bare': {
    en: 'unknown rule "{id}": run "yuan explain" to list every rule.',
    zh: '未知规则“{id}”：运行“yuan explain”可列出所有规则。',
  },
});
