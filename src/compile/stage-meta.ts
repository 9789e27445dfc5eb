/** The `meta` of a compiled state: what a drill shows and scores about a stage. */
import { parseDuration } from '../model/duration.js';
import type { Decision, Plan, Stage, Task } from '../model/plan.js';
import type { DecisionMeta, StageMeta, TaskMeta, TimerMeta } from './machine-types.js';
import { stageTimers, type StageTimer } from '../model/stage-timers.js';

/** The meta of one stage: title, phase, level, tasks, decisions and timers, durations in ms. */
export function stageMeta(plan: Plan, id: string, stage: Stage): StageMeta {
  const levelTitle =
    stage.level !== undefined && plan.levels && Object.hasOwn(plan.levels, stage.level)
      ? plan.levels[stage.level]!.title
      : undefined;
  const expectDuration = ms(stage.expect_duration);
  return {
    title: stage.title,
    phase: stage.phase,
    ...(stage.level !== undefined ? { level: stage.level } : {}),
    ...(levelTitle !== undefined ? { levelTitle } : {}),
    ...(stage.warning !== undefined ? { warning: stage.warning } : {}),
    ...(expectDuration !== undefined ? { expectDuration } : {}),
    ...(stage.description !== undefined ? { description: stage.description } : {}),
    tasks: (stage.tasks ?? []).map(taskMeta),
    decisions: (stage.decisions ?? []).map(decisionMeta),
    timers: stageTimers(id, stage).flatMap((group) => group.timers.map(timerMeta)),
  };
}

function taskMeta(task: Task): TaskMeta {
  const within = ms(task.within);
  return {
    id: task.id,
    title: task.title,
    ...(task.owner !== undefined ? { owner: task.owner } : {}),
    ...(task.kind !== undefined ? { kind: task.kind } : {}),
    ...(within !== undefined ? { within } : {}),
    ...(task.uses !== undefined ? { uses: { ...task.uses } } : {}),
    ...(task.description !== undefined ? { description: task.description } : {}),
  };
}

function decisionMeta(decision: Decision): DecisionMeta {
  const within = ms(decision.within);
  const after = ms(decision.timeout?.after);
  return {
    id: decision.id,
    title: decision.title,
    owner: decision.owner,
    ...(within !== undefined ? { within } : {}),
    options: decision.options.map((option) => ({
      id: option.id,
      title: option.title,
      ...(option.goto !== undefined ? { goto: option.goto } : {}),
      ...(option.set !== undefined ? { set: { ...option.set } } : {}),
    })),
    ...(decision.timeout && after !== undefined
      ? { timeout: { after, choose: decision.timeout.choose } }
      : {}),
    ...(decision.description !== undefined ? { description: decision.description } : {}),
  };
}

function timerMeta(timer: StageTimer): TimerMeta {
  if (timer.kind === 'after') return { kind: 'after', delay: timer.delay, goto: timer.goto };
  return {
    kind: 'timeout',
    delay: timer.delay,
    decision: timer.decision,
    ...(timer.option !== undefined ? { option: timer.option } : {}),
    ...(timer.goto !== undefined ? { goto: timer.goto } : {}),
  };
}

function ms(text: string | undefined): number | undefined {
  return text === undefined ? undefined : parseDuration(text);
}
