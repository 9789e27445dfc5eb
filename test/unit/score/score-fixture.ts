/** A small plan and event builders for scoring tests. */
import type { DrillEvent, Expectation, Plan, Scenario } from '../../../src/model/index.js';

const H = 3_600_000;
export const HOUR = H;

/** Two played roles (one without authority), one role nobody plays. */
export const plan: Plan = {
  yuan: 1,
  kind: 'plan',
  id: 'score-plan',
  title: 'Score plan',
  roles: {
    chief: { title: 'Chief', function: 'command', authority: ['d1'] },
    aide: { title: 'Aide', function: 'other' },
    ghost: { title: 'Ghost', function: 'other', authority: 'all' },
  },
  stages: {
    s1: {
      title: 'One',
      phase: 'warning',
      initial: true,
      decisions: [
        {
          id: 'd1',
          title: 'D1',
          owner: 'chief',
          within: '1h',
          options: [
            { id: 'a', title: 'A' },
            { id: 'b', title: 'B' },
            { id: 'c', title: 'C' },
          ],
          timeout: { after: '6h', choose: 'a' },
        },
      ],
    },
    s2: {
      title: 'Two',
      phase: 'response',
      decisions: [
        { id: 'd2', title: 'D2', owner: 'aide', within: '2h', options: [{ id: 'x', title: 'X' }] },
        { id: 'd3', title: 'D3', owner: 'ghost', options: [{ id: 'g', title: 'G' }] },
        { id: 'd4', title: 'D4', owner: 'aide', options: [{ id: 'n', title: 'N' }] },
      ],
    },
    end: { title: 'End', phase: 'recovery', final: true },
  },
};

/** A scenario whose injects carry the given expectations, each at the given time. */
export function scenarioWith(...injects: { at: string; expect: Expectation[] }[]): Scenario {
  return {
    id: 'sc',
    title: 'Scenario',
    players: ['chief', 'aide'],
    injects: injects.map((inject, index) => ({ id: `i${index + 1}`, message: 'm', ...inject })),
  };
}

/** The start event of a drill played by chief and aide. */
export function start(players = ['chief', 'aide']): DrillEvent {
  return {
    type: 'start',
    at: 0,
    journal: 1,
    plan: '/p.yaml',
    planId: 'score-plan',
    planHash: 'sha256:0',
    scenario: 'sc',
    pace: 60,
    players,
    version: '0.0.0',
  };
}

const owners: Record<string, { owner: string; stage: string; target: number | null }> = {
  d1: { owner: 'chief', stage: 's1', target: H },
  d2: { owner: 'aide', stage: 's2', target: 2 * H },
  d3: { owner: 'ghost', stage: 's2', target: null },
  d4: { owner: 'aide', stage: 's2', target: null },
};

/** A decision opening. */
export function opened(decision: string, at: number, opening = 1): DrillEvent {
  const { owner, stage, target } = owners[decision]!;
  const player = owner !== 'ghost';
  return {
    type: 'decision-opened',
    at,
    decision,
    opening,
    stage,
    owner,
    player,
    target,
    timeoutAt: null,
  };
}

/** A player's (or default) answer `latency` after an opening at `openedAt`. */
export function answered(
  decision: string,
  option: string,
  openedAt: number,
  latency: number,
  opening = 1,
): DrillEvent {
  const by = owners[decision]!.owner === 'ghost' ? 'default' : 'player';
  return {
    type: 'decision-answered',
    at: openedAt + latency,
    decision,
    opening,
    option,
    latency,
    by,
  };
}

/** A timeout `latency` after an opening. */
export function timedOut(
  decision: string,
  option: string,
  openedAt: number,
  latency: number,
): DrillEvent {
  return {
    type: 'decision-timeout',
    at: openedAt + latency,
    decision,
    opening: 1,
    option,
    latency,
  };
}

/** An unanswered close. */
export function closed(
  decision: string,
  reason: 'stage-left' | 'drill-ended',
  openedAt: number,
  latency: number,
): DrillEvent {
  return { type: 'decision-closed', at: openedAt + latency, decision, opening: 1, reason, latency };
}
