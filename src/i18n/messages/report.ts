/** Messages of drill after-action reports (src/report/drill/), in English and Chinese. */
import { defineMessages } from '../catalog.js';

export const reportMessages = defineMessages({
  'report.drill.heading': {
    en: 'After-action report: {plan} / {scenario}',
    zh: '演练评估报告：{plan} / {scenario}',
  },
  'report.drill.fact.plan': {
    en: 'Plan: {title} ({id}), {file}',
    zh: '预案：{title}（{id}），{file}',
  },
  'report.drill.fact.scenario': { en: 'Scenario: {title} ({id})', zh: '演练脚本：{title}（{id}）' },
  'report.drill.fact.players': {
    en: 'Players: {players}; pace {pace} (scenario seconds per real second while a prompt waits)',
    zh: '参演角色：{players}；节奏 {pace}（等待作答时每真实秒对应的演练秒数）',
  },
  'report.drill.fact.nobody': { en: 'nobody', zh: '无' },
  'report.drill.fact.journal': { en: 'Journal: {file}', zh: '演练日志：{file}' },
  'report.drill.fact.started': { en: 'Started: {time}', zh: '开始时间：{time}' },
  'report.drill.fact.ended': {
    en: 'Ended at {time} in stage {stage} ({title}): {reason}',
    zh: '于 {time} 在阶段 {stage}（{title}）结束：{reason}',
  },
  'report.drill.fact.unfinished': {
    en: 'Unfinished: the journal stops at {time}; decisions still open count as missed',
    zh: '演练未完成：日志止于 {time}；仍未决策的事项按错过计',
  },
  'report.drill.end.final': { en: 'a final stage', zh: '到达终态阶段' },
  'report.drill.end.exhausted': {
    en: 'every inject delivered, nothing more could happen',
    zh: '所有注入已下达，不会再有变化',
  },
  'report.drill.end.limit': {
    en: 'cut short: the plan looped without end',
    zh: '被中止：预案出现无休止的循环',
  },
  'report.drill.score': {
    en: 'Score: {score} / 100, rating {rating} ({meaning})',
    zh: '得分：{score} / 100，评级 {rating}（{meaning}）',
  },
  'report.drill.no-score': {
    en: 'No score: no decision of the players was scored',
    zh: '无得分：没有需要计分的参演角色决策',
  },
  'report.drill.arithmetic': {
    en: 'score = 100 × Σ points {points} / Σ weight {weight} = {score}',
    zh: '得分 = 100 × 得分合计 {points} / 权重合计 {weight} = {score}',
  },
  'report.drill.scale': {
    en: '{rating}: {from} or more, {meaning}',
    zh: '{rating}：{from} 分及以上，{meaning}',
  },
  'report.drill.scale-lowest': {
    en: '{rating}: below 50, {meaning}',
    zh: '{rating}：低于 50 分，{meaning}',
  },
  'report.drill.rating.P': { en: 'performed without challenges', zh: '顺利完成，无明显问题' },
  'report.drill.rating.S': { en: 'performed with some challenges', zh: '完成，但存在一些问题' },
  'report.drill.rating.M': { en: 'performed with major challenges', zh: '完成，但存在重大问题' },
  'report.drill.rating.U': { en: 'unable to perform', zh: '未能完成' },
  'report.drill.rating-scale': { en: 'Rating (HSEEP): {scale}', zh: '评级（HSEEP）：{scale}' },
  'report.drill.list-separator': { en: '; ', zh: '；' },
  'report.drill.section.timeline': { en: 'Timeline', zh: '时间线' },
  'report.drill.section.timeline-note': {
    en: 'Scenario time: d1 09:00 is 1 day 9 hours after the start (at: 1d9h in the scenario).',
    zh: '演练时间：d1 09:00 表示开始后 1 天 9 小时（即演练脚本中的 at: 1d9h）。',
  },
  'report.drill.section.decisions': { en: 'Scored decisions', zh: '计分决策' },
  'report.drill.section.formula': {
    en: 'credit: 1 best, 0.5 acceptable, 0 other (1 for any option when nothing is expected); timeliness: 1 if latency ≤ target, else max(0, 1 − (latency − target) / (2 × target)); points = weight × credit × timeliness',
    zh: '选择得分：最佳 1，可接受 0.5，其他 0（未设期望时任一选项得 1）；及时性：用时 ≤ 目标时为 1，否则为 max(0, 1 − (用时 − 目标) / (2 × 目标))；得分 = 权重 × 选择得分 × 及时性',
  },
  'report.drill.section.latency-chart': {
    en: 'Latency against target',
    zh: '决策用时与目标',
  },
  'report.drill.section.by-phase': { en: 'By phase', zh: '按阶段类别' },
  'report.drill.section.by-role': { en: 'By role', zh: '按角色' },
  'report.drill.section.wrong': { en: 'What went wrong', zh: '问题与改进建议' },
  'report.drill.section.void': { en: 'Void scripted answers', zh: '无效的脚本答案' },
  'report.drill.section.pending': {
    en: 'Pending: expected, not scored yet',
    zh: '待定：有期望但尚未计分',
  },
  'report.drill.pending.note': {
    en: 'The drill is unfinished: these expectations can still be met, so they are left out of the score until the drill goes on (yuan drill --resume).',
    zh: '演练尚未完成：以下期望仍可能达成，因此在继续演练（yuan drill --resume）之前不计入得分。',
  },
  'report.drill.pending.not-delivered': {
    en: '{decision} ({title}), {role}: expected after inject {inject} at {time}, which has not come yet',
    zh: '{decision}（{title}），{role}：注入 {inject}（{time}）之后应当决策，该注入尚未下达',
  },
  'report.drill.pending.not-opened': {
    en: '{decision} ({title}), {role}: expected after inject {inject} at {time}; the decision has not opened since (stage {stage})',
    zh: '{decision}（{title}），{role}：注入 {inject}（{time}）之后应当决策；此后该决策尚未开启（阶段 {stage}）',
  },
  'report.drill.nothing-wrong': {
    en: 'Nothing: every scored decision was right and on time.',
    zh: '无：所有计分决策都正确且及时。',
  },
  'report.drill.no-decisions': { en: 'No decision was scored.', zh: '没有计分的决策。' },
  'report.drill.total': { en: 'total', zh: '合计' },
  'report.drill.column.time': { en: 'time', zh: '时间' },
  'report.drill.column.event': { en: 'event', zh: '事件' },
  'report.drill.column.what': { en: 'what happened', zh: '经过' },
  'report.drill.column.opened': { en: 'opened', zh: '开启' },
  'report.drill.column.decision': { en: 'decision', zh: '决策' },
  'report.drill.column.role': { en: 'role', zh: '角色' },
  'report.drill.column.option': { en: 'option', zh: '选项' },
  'report.drill.column.outcome': { en: 'outcome', zh: '结果' },
  'report.drill.column.target': { en: 'target', zh: '目标' },
  'report.drill.column.latency': { en: 'latency', zh: '用时' },
  'report.drill.column.credit': { en: 'credit', zh: '选择得分' },
  'report.drill.column.timeliness': { en: 'timeliness', zh: '及时性' },
  'report.drill.column.weight': { en: 'weight', zh: '权重' },
  'report.drill.column.points': { en: 'points', zh: '得分' },
  'report.drill.column.decisions': { en: 'decisions', zh: '决策数' },
  'report.drill.column.score': { en: 'score', zh: '分数' },
  'report.drill.column.phase': { en: 'phase', zh: '阶段类别' },
  'report.drill.phase.preparation': { en: 'preparation', zh: '应急准备' },
  'report.drill.phase.warning': { en: 'warning', zh: '预警' },
  'report.drill.phase.response': { en: 'response', zh: '应急处置' },
  'report.drill.phase.recovery': { en: 'recovery', zh: '应急恢复' },
  'report.drill.kind.stage': { en: 'stage', zh: '阶段' },
  'report.drill.kind.inject': { en: 'inject', zh: '注入' },
  'report.drill.kind.opened': { en: 'opens', zh: '待决策' },
  'report.drill.kind.answered': { en: 'decided', zh: '已决策' },
  'report.drill.kind.default': { en: 'default', zh: '默认' },
  'report.drill.kind.timeout': { en: 'timeout', zh: '超时' },
  'report.drill.kind.closed': { en: 'closed', zh: '关闭' },
  'report.drill.kind.void': { en: 'void', zh: '无效' },
  'report.drill.kind.end': { en: 'end', zh: '结束' },
  'report.drill.cause.start': { en: 'the start', zh: '开始' },
  'report.drill.cause.inject': { en: 'an inject', zh: '注入事件' },
  'report.drill.cause.answer': { en: 'a decision', zh: '决策' },
  'report.drill.cause.timeout': { en: 'a decision timeout', zh: '决策超时' },
  'report.drill.cause.after': { en: 'time in the stage', zh: '阶段时限' },
  'report.drill.timeline.start-stage': {
    en: 'starts in {stage} ({title}), {phase}',
    zh: '从阶段 {stage}（{title}）开始，{phase}',
  },
  'report.drill.timeline.stage': {
    en: '{from} → {stage} ({title}), {phase}, after {cause}',
    zh: '{from} → {stage}（{title}），{phase}，原因：{cause}',
  },
  'report.drill.timeline.inject': { en: '{inject}: {message}', zh: '{inject}：{message}' },
  'report.drill.timeline.opened': {
    en: '{decision} ({title}) for {owner}, target {target}',
    zh: '{decision}（{title}）由 {owner} 决策，目标 {target}',
  },
  'report.drill.timeline.opened-npc': {
    en: '{decision} ({title}) for {owner} (not played)',
    zh: '{decision}（{title}）由 {owner} 决策（非参演角色）',
  },
  'report.drill.timeline.answered': {
    en: '{decision} = {option} ({title}) after {latency}',
    zh: '{decision} = {option}（{title}），用时 {latency}',
  },
  'report.drill.timeline.default': {
    en: '{decision} = {option} ({title}), default for a role nobody plays',
    zh: '{decision} = {option}（{title}），非参演角色取默认选项',
  },
  'report.drill.timeline.timeout': {
    en: '{decision} timed out after {latency}; the plan took {option} ({title})',
    zh: '{decision} 在 {latency} 后超时；预案自动选择 {option}（{title}）',
  },
  'report.drill.timeline.closed': {
    en: '{decision} closed unanswered after {latency}: {reason}',
    zh: '{decision} 在 {latency} 后未决策即关闭：{reason}',
  },
  'report.drill.timeline.void': {
    en: 'scripted answer {decision} = {option} after {after} is void: {reason}',
    zh: '脚本答案 {decision} = {option}（用时 {after}）无效：{reason}',
  },
  'report.drill.timeline.end': {
    en: 'the drill ends in {stage} ({title}): {reason}',
    zh: '演练在阶段 {stage}（{title}）结束：{reason}',
  },
  'report.drill.close.stage-left': { en: 'its stage was left', zh: '所在阶段已结束' },
  'report.drill.close.drill-ended': { en: 'the drill ended', zh: '演练已结束' },
  'report.drill.void.after-timeout': { en: 'the decision had timed out', zh: '决策已超时' },
  'report.drill.void.stage-left': { en: 'its stage had been left', zh: '所在阶段已结束' },
  'report.drill.void.drill-ended': { en: 'the drill had ended', zh: '演练已结束' },
  'report.drill.void.never-opened': {
    en: 'the decision never opened for it',
    zh: '该决策未再开启',
  },
  'report.drill.void.item': {
    en: '{decision} = {option} after {after} (answer {index} of the file): {reason}',
    zh: '{decision} = {option}，用时 {after}（答案文件第 {index} 条）：{reason}',
  },
  'report.drill.resolution.answered': { en: 'answered', zh: '已决策' },
  'report.drill.resolution.late': { en: 'answered late', zh: '决策晚于目标' },
  'report.drill.resolution.timeout': {
    en: 'timed out (took {option})',
    zh: '超时（自动选择 {option}）',
  },
  'report.drill.resolution.stage-left': { en: 'missed (stage left)', zh: '错过（阶段已结束）' },
  'report.drill.resolution.drill-ended': { en: 'missed (drill ended)', zh: '错过（演练结束）' },
  'report.drill.resolution.never-opened': { en: 'missed (never opened)', zh: '错过（从未开启）' },
  'report.drill.went-wrong.item': {
    en: '{decision} ({title}), {role}, opened {opened}',
    zh: '{decision}（{title}），{role}，开启于 {opened}',
  },
  'report.drill.went-wrong.never-opened-item': {
    en: '{decision} ({title}), {role}, never opened',
    zh: '{decision}（{title}），{role}，从未开启',
  },
  'report.drill.expected-or-acceptable': {
    en: '{best} (or {acceptable} for half credit)',
    zh: '{best}（选 {acceptable} 得一半分）',
  },
  'report.drill.suggestion': { en: 'Suggestion: {advice}', zh: '建议：{advice}' },
  'report.drill.problem.late': {
    en: 'late by {by} (latency {latency}, target {target})',
    zh: '晚了 {by}（用时 {latency}，目标 {target}）',
  },
  'report.drill.problem.timeout': {
    en: 'nobody decided: it timed out after {latency} (target {target}) and the plan took {option}',
    zh: '无人决策：{latency} 后超时（目标 {target}），预案自动选择 {option}',
  },
  'report.drill.problem.wrong-option': {
    en: 'chose {option}; the exercise expected {expected}',
    zh: '选择了 {option}；演练期望 {expected}',
  },
  'report.drill.problem.acceptable': {
    en: 'chose {option}, acceptable for half credit; the best was {best}',
    zh: '选择了 {option}，可接受（得一半分）；最佳为 {best}',
  },
  'report.drill.problem.stage-left': {
    en: 'missed: stage {stage} was left after {latency} before anyone decided',
    zh: '错过：阶段 {stage} 在 {latency} 后结束，仍无人决策',
  },
  'report.drill.problem.drill-ended': {
    en: 'missed: still open when the drill ended, after {latency}',
    zh: '错过：演练结束时（{latency} 后）仍未决策',
  },
  'report.drill.problem.never-opened': {
    en: 'missed: expected after inject {inject}, but stage {stage} was never reached',
    zh: '错过：注入 {inject} 之后应当决策，但从未进入阶段 {stage}',
  },
  'report.drill.problem.authority': {
    en: 'its owner {role} lacks the authority to take it alone (roles.{role}.authority): in a real event it must be escalated',
    zh: '负责角色 {role} 没有单独决策的权限（roles.{role}.authority）：真实事件中需要层层请示',
  },
  'report.drill.advice.delegate-authority': {
    en: 'delegate authority: add {decision} to roles.{role}.authority, so the front line need not wait for a superior',
    zh: '下放权限：把 {decision} 加入 roles.{role}.authority，一线不必等待上级批示',
  },
  'report.drill.advice.authority': {
    en: 'add {decision} to roles.{role}.authority, or make a role that holds that authority the owner',
    zh: '把 {decision} 加入 roles.{role}.authority，或改由有此权限的角色负责',
  },
  'report.drill.advice.use-deputy': {
    en: '{role} had {count} decisions open at once: let the deputy {deputy} take some of them',
    zh: '{role} 同时有 {count} 项待决策：让 AB 角 {deputy} 分担其中一部分',
  },
  'report.drill.advice.add-deputy': {
    en: '{role} had {count} decisions open at once and has no deputy: add one (roles.{role}.deputy) and delegate some of them',
    zh: '{role} 同时有 {count} 项待决策且没有 AB 角：增设一名（roles.{role}.deputy）并分担一部分决策',
  },
  'report.drill.advice.pre-approve': {
    en: 'pre-approve {option} as a standing instruction with its trigger, so {role} can decide at once',
    zh: '把 {option} 写成有明确触发条件的预先授权，让 {role} 能立即决策',
  },
  'report.drill.advice.criteria': {
    en: 'write the criteria for choosing {expected} into the decision’s description and rehearse them with {role}',
    zh: '把选择 {expected} 的判断依据写进该决策的说明，并与 {role} 一起演练',
  },
  'report.drill.advice.prefer-best': {
    en: 'make {best} the plan’s first choice and say in the decision’s description when it applies',
    zh: '把 {best} 作为预案的首选，并在决策说明中写明适用条件',
  },
  'report.drill.advice.never-opened': {
    en: 'check how the plan reaches {stage} (yuan paths): an earlier choice or a missing transition kept the drill away from it',
    zh: '检查预案如何进入 {stage}（yuan paths）：之前的选择或缺少的转移使演练没有到达该阶段',
  },
  'report.drill.generated': { en: 'Written by yuan {version}', zh: '由 yuan {version} 生成' },
});
