/**
 * A small drill with one of each thing a report shows: a late but right answer, a wrong option,
 * an acceptable one, an owner without authority, a timeout, a stage left, a decision never
 * opened, a default answer for a role nobody plays, a void scripted answer. Its titles and
 * messages carry markup, ampersands and quotes, to prove every format escapes them.
 */
import type { DrillEvent, Plan, Scenario } from '../../../../src/model/index.js';
import type { DrillReportInput } from '../../../../src/report/drill/index.js';
import { drillFinished, scoreDrill } from '../../../../src/score/score-drill.js';

export const H = 3_600_000;
export const M = 60_000;
export const NASTY = `<script>alert(1)</script> & "quoted" 'single'`;

export const plan: Plan = {
  yuan: 1,
  kind: 'plan',
  id: 'report-plan',
  title: `Plan ${NASTY}`,
  roles: {
    lead: { title: `Lead ${NASTY}`, function: 'command', authority: ['go-decision', 'notify'] },
    aide: { title: 'Aide', function: 'other', contact: `tel <b>110</b> & "desk"` },
    ghost: { title: 'Ghost', function: 'other', authority: 'all' },
  },
  stages: {
    calm: { title: `Calm ${NASTY}`, phase: 'preparation', initial: true, on: { alarm: 'alert' } },
    alert: {
      title: 'Alert',
      phase: 'warning',
      decisions: [
        {
          id: 'go-decision',
          title: `Go? ${NASTY}`,
          owner: 'lead',
          within: '1h',
          options: [
            { id: 'go', title: `Go ${NASTY}`, goto: 'act' },
            { id: 'hold', title: 'Hold' },
          ],
        },
        {
          id: 'notify',
          title: 'Notify whom?',
          owner: 'lead',
          within: '30m',
          options: [
            { id: 'all', title: 'All' },
            { id: 'some', title: 'Some' },
            { id: 'none', title: 'None' },
          ],
        },
        {
          id: 'ask',
          title: 'Ask upward?',
          owner: 'aide',
          within: '1h',
          options: [
            { id: 'yes', title: 'Yes' },
            { id: 'no', title: 'No' },
          ],
        },
      ],
    },
    act: {
      title: 'Act',
      phase: 'response',
      decisions: [
        { id: 'npc-decision', title: 'NPC', owner: 'ghost', options: [{ id: 'ok', title: 'OK' }] },
        {
          id: 'act-now',
          title: 'Act now?',
          owner: 'aide',
          within: '2h',
          options: [
            { id: 'now', title: 'Now' },
            { id: 'later', title: 'Later' },
          ],
          timeout: { after: '4h', choose: 'later' },
        },
        {
          id: 'report-up',
          title: 'Report up?',
          owner: 'aide',
          within: '1h',
          options: [{ id: 'send', title: 'Send' }],
        },
      ],
      after: [{ in: '5h', goto: 'done' }],
    },
    spare: {
      title: 'Spare',
      phase: 'recovery',
      decisions: [
        {
          id: 'spare-decision',
          title: 'Spare',
          owner: 'lead',
          within: '1h',
          options: [{ id: 'x', title: 'X' }],
        },
      ],
    },
    done: { title: 'Done', phase: 'recovery', final: true },
  },
};

export const scenario: Scenario = {
  id: 'report-scenario',
  title: `Scenario ${NASTY}`,
  players: ['lead', 'aide'],
  injects: [
    {
      id: 'alarm-inject',
      at: '1h',
      message: `Alarm ${NASTY}\nsecond line of the message`,
      event: 'alarm',
      expect: [
        { decision: 'go-decision', best: ['go'], within: '1h', weight: 2 },
        { decision: 'notify', best: ['all'], acceptable: ['some'] },
        { decision: 'ask', best: ['yes'], acceptable: ['no'] },
        { decision: 'spare-decision', best: ['x'] },
        { decision: 'act-now', best: ['now'] },
      ],
    },
    {
      id: 'news-inject',
      at: '5h',
      message: `News ${NASTY}`,
    },
  ],
};

const opened = (
  at: number,
  decision: string,
  stage: string,
  owner: string,
  target: number | null,
  player = true,
  timeoutAt: number | null = null,
): DrillEvent => ({
  type: 'decision-opened',
  at,
  decision,
  opening: 1,
  stage,
  owner,
  player,
  target,
  timeoutAt,
});

const answered = (at: number, decision: string, option: string, latency: number): DrillEvent => ({
  type: 'decision-answered',
  at,
  decision,
  opening: 1,
  option,
  latency,
  by: decision === 'npc-decision' ? 'default' : 'player',
});

/** The journal of the drill, from start to end. */
export const events: DrillEvent[] = [
  {
    type: 'start',
    at: 0,
    journal: 1,
    plan: '/plans/report "plan" & <co>.yaml',
    planId: 'report-plan',
    planHash: 'sha256:abc',
    scenario: 'report-scenario',
    pace: 60,
    players: ['lead', 'aide'],
    version: '0.1.0',
    startedAt: '2026-01-02T03:04:05.000Z',
  },
  { type: 'stage-entered', at: 0, stage: 'calm', phase: 'preparation', from: null, cause: 'start' },
  {
    type: 'inject',
    at: H,
    inject: 'alarm-inject',
    message: scenario.injects[0]!.message,
    event: 'alarm',
  },
  { type: 'stage-entered', at: H, stage: 'alert', phase: 'warning', from: 'calm', cause: 'inject' },
  opened(H, 'go-decision', 'alert', 'lead', H),
  opened(H, 'notify', 'alert', 'lead', 30 * M),
  opened(H, 'ask', 'alert', 'aide', H),
  answered(H + 20 * M, 'ask', 'no', 20 * M),
  answered(H + 30 * M, 'notify', 'none', 30 * M),
  answered(3 * H, 'go-decision', 'go', 2 * H),
  {
    type: 'stage-entered',
    at: 3 * H,
    stage: 'act',
    phase: 'response',
    from: 'alert',
    cause: 'answer',
  },
  opened(3 * H, 'npc-decision', 'act', 'ghost', null, false),
  answered(3 * H, 'npc-decision', 'ok', 0),
  opened(3 * H, 'act-now', 'act', 'aide', 2 * H, true, 7 * H),
  opened(3 * H, 'report-up', 'act', 'aide', H),
  { type: 'inject', at: 5 * H, inject: 'news-inject', message: scenario.injects[1]!.message },
  {
    type: 'decision-timeout',
    at: 7 * H,
    decision: 'act-now',
    opening: 1,
    option: 'later',
    latency: 4 * H,
  },
  {
    type: 'answer-void',
    at: 7 * H,
    decision: 'act-now',
    opening: 1,
    option: 'now',
    after: 5 * H,
    reason: 'after-timeout',
    index: 3,
  },
  {
    type: 'decision-closed',
    at: 8 * H,
    decision: 'report-up',
    opening: 1,
    reason: 'stage-left',
    latency: 5 * H,
  },
  {
    type: 'stage-entered',
    at: 8 * H,
    stage: 'done',
    phase: 'recovery',
    from: 'act',
    cause: 'after',
  },
  { type: 'end', at: 8 * H, reason: 'final', stage: 'done', score: 21.4, rating: 'U' },
];

/**
 * The report input of the whole drill, or of its first `count` events (an unfinished journal,
 * scored as `yuan report` scores one).
 */
export function reportInput(count = events.length): DrillReportInput {
  const slice = events.slice(0, count);
  return {
    events: slice,
    score: scoreDrill(slice, { plan, scenario, finished: drillFinished(slice) }),
    plan,
    scenario,
    planFile: 'plans/report "plan" & <co>.yaml',
    journalFile: '.yuan/drills/a&b.jsonl',
  };
}
