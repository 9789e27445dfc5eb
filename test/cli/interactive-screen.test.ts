import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { clockText, renderDrillScreen, type DrillScreenView } from '../../src/cli/drill/screen.js';
import type { OpenDecision } from '../../src/drill/open-decision.js';
import type { DrillEvent, Plan } from '../../src/model/index.js';
import { en, zh } from '../helpers/translate.js';

const H = 3_600_000;

const plan = parse(`
yuan: 1
kind: plan
id: screen
title: Screen plan
roles:
  chief: { title: Chief, function: command, contact: "duty phone 110" }
  clerk: { title: Clerk, function: other }
stages:
  calm: { title: Calm, phase: preparation, initial: true, on: { go: alert } }
  alert:
    title: Alert
    phase: warning
    warning: orange
    level: ii
    tasks:
      - { id: post, title: Post notices, owner: chief, within: 12h }
      - { id: count, title: Count people, owner: clerk }
      - { id: sweep, title: Sweep }
    decisions:
      - id: lock
        title: Lock down?
        owner: chief
        within: 2h
        options: [{ id: now, title: Now }, { id: wait, title: Wait }]
        timeout: { after: 6h, choose: now }
  done: { title: Done, phase: recovery, final: true }
`) as Plan;

const events: DrillEvent[] = [
  {
    type: 'start',
    at: 0,
    journal: 1,
    plan: '/p',
    planId: 'screen',
    planHash: 'h',
    scenario: 'sc',
    pace: 60,
    players: ['chief'],
    version: '0',
  },
  { type: 'stage-entered', at: 0, stage: 'calm', phase: 'preparation', from: null, cause: 'start' },
  { type: 'inject', at: H, inject: 'alarm', message: 'Two cases\nreported', event: 'go' },
  { type: 'stage-entered', at: H, stage: 'alert', phase: 'warning', from: 'calm', cause: 'inject' },
];

const lock: OpenDecision = {
  decision: 'lock',
  opening: 1,
  openedAt: H,
  stage: 'alert',
  owner: 'chief',
  player: true,
  target: 2 * H,
  timeoutAt: 7 * H,
  definition: plan.stages.alert!.decisions![0]!,
};

function view(overrides: Partial<DrillScreenView> = {}): DrillScreenView {
  return {
    plan,
    scenario: { id: 'sc', title: 'Scenario', injects: [] },
    events,
    shownUpTo: 0,
    stage: 'alert',
    now: 3 * H + 20 * 60_000,
    open: [lock],
    realMsToTarget: () => -20_000,
    players: ['chief'],
    pace: 60,
    ...overrides,
  };
}

const plain = { t: en, color: new Chalk({ level: 0 }) };

describe('renderDrillScreen', () => {
  it('shows the clock, the stage with its phase, warning and level', () => {
    expect(renderDrillScreen(view(), plain)).toContain(
      'Scenario time d0 03:20 · stage alert (Alert) · warning · orange warning · response level ii',
    );
  });

  it("shows the stage's tasks with owners, contacts and due times", () => {
    const screen = renderDrillScreen(view(), plain);
    expect(screen).toContain('Tasks of this stage\n');
    expect(screen).toContain(
      '  - post: Post notices — chief (duty phone 110), due d0 13:00 (12h)\n',
    );
    expect(screen).toContain('  - count: Count people — clerk\n');
    expect(screen).toContain('  - sweep: Sweep — no owner\n');
  });

  it('shows an open decision past its target in real time', () => {
    expect(renderDrillScreen(view(), plain)).toContain(
      '  1. lock: Lock down? — chief — opened d0 01:00 — target d0 03:00 (2h; 0:20 real late) — times out d0 07:00 (now)',
    );
  });

  it('shows what is new, or else the latest inject', () => {
    const fresh = renderDrillScreen(view(), plain);
    expect(fresh).toContain('What happened\n');
    expect(fresh).toContain('  d0 01:00  inject  alarm: Two cases\n                    reported\n');
    const seen = renderDrillScreen(view({ shownUpTo: events.length }), plain);
    expect(seen).not.toContain('What happened');
    expect(seen).toContain('Latest inject (d0 01:00)\n  alarm: Two cases\n  reported\n');
  });

  it('keeps to the latest news after a long past (a resumed drill)', () => {
    const many: DrillEvent[] = Array.from({ length: 20 }, (_, index) => ({
      type: 'inject',
      at: index * 24 * H,
      inject: `news-${index + 1}`,
      message: 'm',
    }));
    const screen = renderDrillScreen(view({ events: [events[0]!, ...many] }), plain);
    expect(screen).toContain('  … 6 earlier events (yuan report shows them all)\n');
    expect(screen).not.toContain('news-6:');
    // Times of different widths still line up.
    expect(screen).toContain('\n  d6 00:00   inject  news-7: m\n');
    expect(screen).toContain('\n  d19 00:00  inject  news-20: m\n');
  });

  it('colours only when the context says so', () => {
    expect(renderDrillScreen(view(), plain)).not.toContain('\u001B[');
    expect(renderDrillScreen(view(), { t: en, color: new Chalk({ level: 1 }) })).toContain(
      '\u001B[',
    );
  });

  it('speaks Chinese', () => {
    const screen = renderDrillScreen(view(), { t: zh, color: plain.color });
    expect(screen).toContain('演练时间 d0 03:20');
    expect(screen).toContain('本阶段任务');
    expect(screen).toContain('已超时 0:20（真实时间）');
  });
});

describe('clockText', () => {
  it.each([
    [0, '0:00'],
    [999, '0:01'],
    [59_000, '0:59'],
    [61_000, '1:01'],
    [3_600_000 + 5_000, '1:00:05'],
  ])('%d ms is %s', (ms, text) => expect(clockText(ms)).toBe(text));
});
