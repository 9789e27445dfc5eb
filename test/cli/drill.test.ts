import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import type { DrillEvent, DrillScore, DrillStartEvent } from '../../src/model/index.js';
import { fakeIo } from '../helpers/fake-io.js';
import { temporaryFolder } from '../helpers/temp-folders.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const inRepo = (path: string) => join(root, path);

/** Runs `yuan drill ...args` in a fresh temporary folder. */
async function drill(args: string[], cwd = temporaryFolder('yuan-drill')) {
  const io = fakeIo({ cwd });
  const code = await run(['drill', ...args], io);
  return { code, io, cwd };
}

/** A scripted drill's JSON report. */
async function report(scenario: string, answers: string, extra: string[] = []) {
  const result = await drill([
    inRepo(scenario),
    '--answers',
    inRepo(answers),
    '--report',
    'json',
    ...extra,
  ]);
  expect(result.io.err()).not.toContain('error');
  expect(result.code).toBe(0);
  return JSON.parse(result.io.out()) as DrillScore;
}

describe('yuan drill --answers: every scenario of the repository, with known scores', () => {
  it.each([
    ['plans/x-community-winter-2020.yaml', 'examples/answers/best.yaml', 100, 'P', 'resumed'],
    ['plans/x-community-winter-2020.yaml', 'examples/answers/slow.yaml', 28.8, 'U', 'resumed'],
    [
      'examples/x-community-as-was-2020.yaml',
      'examples/answers/as-was-2020.yaml',
      21.4,
      'U',
      'reopening',
    ],
    [
      'examples/urban-flood-storm.yaml',
      'examples/answers/urban-flood-storm.yaml',
      91.7,
      'P',
      'closed',
    ],
    [
      'examples/school-fire-drill.yaml',
      'examples/answers/school-fire-drill.yaml',
      88.9,
      'S',
      'aftermath',
    ],
  ])('%s with %s scores %s (%s)', async (scenario, answers, score, rating, stage) => {
    const json = await report(scenario, answers);
    expect(json).toMatchObject({ score, rating, finished: true, end: { reason: 'final', stage } });
  });

  it('plays the built-in X community drill when no PLAN or SCENARIO is given', async () => {
    const { code, io } = await drill([
      '--answers',
      inRepo('examples/answers/best.yaml'),
      '--report',
      'json',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({
      plan: { id: 'x-community-epidemic', file: 'plans/x-community-epidemic.yaml' },
      scenario: { id: 'x-community-winter-2020' },
      score: 100,
    });
  });

  it('shows the arithmetic of the slow X community drill, computed by hand', async () => {
    // T 2h, L 3h: τ = 1 − (3 − 2) / (2 × 2) = 0.75; points = w × c × τ. Σ points 3.75 / Σ w 13 = 28.846… → 28.8.
    const json = await report('plans/x-community-winter-2020.yaml', 'examples/answers/slow.yaml');
    const rows = json.decisions.map((d) => [
      d.decision,
      d.option,
      d.outcome,
      d.latency,
      d.target,
      d.credit,
      d.timeliness,
      d.weight,
      d.points,
    ]);
    const H = 3_600_000;
    expect(rows).toEqual([
      ['publicity-channels', 'notices-only', 'answered', 3 * H, 2 * H, 0, 0.75, 1, 0],
      ['activate-response', 'activate', 'answered', 3.5 * H, 2 * H, 1, 0.625, 2, 1.25],
      ['lockdown-decision', 'wait-for-orders', 'answered', 4 * H, 2 * H, 0, 0.5, 1, 0],
      ['close-units', 'close-nonessential', 'answered', 3.5 * H, 2 * H, 1, 0.625, 1, 0.625],
      ['gate-exception', 'gate-ask-leader', 'answered', 1.5 * H, H, 0, 0.75, 2, 0],
      ['medicine-shortage', 'report-and-publish', 'answered', 3 * H, 2 * H, 1, 0.75, 2, 1.5],
      [
        'sick-transport',
        'transport-ask-leader',
        'answered',
        (50 / 60) * H,
        H / 2,
        0,
        1 - (50 - 30) / (2 * 30),
        3,
        0,
      ],
      ['health-pass', 'all-at-once', 'answered', 3 * H, 2 * H, 0.5, 0.75, 1, 0.375],
    ]);
    expect(json.totals).toEqual({ weight: 13, points: 3.75 });
    expect(json.decisions[0]).toMatchObject({ role: 'secretary', openedAt: 9 * H });
  });

  it('writes the journal under .yuan/drills/ by default, one JSON event a line', async () => {
    const { code, cwd, io } = await drill([
      inRepo('plans/x-community-winter-2020.yaml'),
      '--answers',
      inRepo('examples/answers/best.yaml'),
    ]);
    expect(code).toBe(0);
    const [name] = readdirSync(join(cwd, '.yuan/drills'));
    expect(name).toMatch(
      /^x-community-epidemic-x-community-winter-2020-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.jsonl$/,
    );
    expect(io.err()).toContain(`.yuan/drills/${name}`);
    const lines = readFileSync(join(cwd, '.yuan/drills', name!), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as DrillEvent);
    expect(lines[0]).toMatchObject({
      type: 'start',
      planId: 'x-community-epidemic',
      players: ['secretary', 'compound-lead'],
    });
    expect((lines[0] as DrillStartEvent).planHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(lines.at(-1)).toMatchObject({ type: 'end', score: 100, rating: 'P' });
    expect(io.out()).toContain('100.0');
  });

  it('plays a chosen inline scenario of a plan with the roles given', async () => {
    const cwd = temporaryFolder('yuan-drill');
    writeFileSync(join(cwd, 'plan.yaml'), INLINE_PLAN);
    writeFileSync(
      join(cwd, 'answers.yaml'),
      'answers:\n  - { decision: pick, option: good, after: 30m }\n',
    );
    const { code, io } = await drill(
      [
        'plan.yaml',
        '--scenario',
        'second',
        '--role',
        'chief',
        '--answers',
        'answers.yaml',
        '--report',
        'json',
      ],
      cwd,
    );
    expect(io.err()).toContain('journal:');
    expect(code).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({
      scenario: { id: 'second' },
      players: ['chief'],
      score: 100,
    });
  });
});

describe('yuan drill: --min-score', () => {
  const slow = ['plans/x-community-winter-2020.yaml', 'examples/answers/slow.yaml'] as const;

  it('fails below the minimum and passes at or above it', async () => {
    const below = await drill([inRepo(slow[0]), '--answers', inRepo(slow[1]), '--min-score', '30']);
    expect(below.code).toBe(1);
    expect(below.io.err()).toContain('score 28.8 is below --min-score 30');
    const above = await drill([
      inRepo(slow[0]),
      '--answers',
      inRepo(slow[1]),
      '--min-score',
      '28.8',
    ]);
    expect(above.code).toBe(0);
  });

  it('fails when nothing was scored', async () => {
    const cwd = temporaryFolder('yuan-drill');
    writeFileSync(join(cwd, 'plan.yaml'), INLINE_PLAN);
    writeFileSync(join(cwd, 'answers.yaml'), 'answers: []\n');
    const { code, io } = await drill(
      ['plan.yaml', '--role', 'aide', '--answers', 'answers.yaml', '--min-score', '0'],
      cwd,
    );
    expect(code).toBe(1);
    expect(io.err()).toContain('no decision of the players was scored');
  });
});

describe('yuan drill: mistakes', () => {
  it('tells a user without a terminal to use --answers (exit 2)', async () => {
    const { code, io } = await drill([]);
    expect(code).toBe(2);
    expect(io.err()).toContain('use --answers FILE');
  });

  it.each([
    [['--report', 'pdf'], '--report must be one of text, md, html, json'],
    [['--pace', '0'], '--pace must be a number above 0'],
    [['--min-score', '101'], '--min-score must be a number from 0 to 100'],
    [['--journal', 'a.jsonl', '--resume', 'b.jsonl'], 'cannot be used together'],
    [['--resume', 'b.jsonl', '--role', 'director'], '--role cannot be used with --resume'],
  ])('refuses %j (exit 2)', async (args, message) => {
    const { code, io } = await drill([inRepo('plans/x-community-winter-2020.yaml'), ...args]);
    expect(code).toBe(2);
    expect(io.err()).toContain(message);
  });

  it('refuses a role the plan does not have (exit 2)', async () => {
    const args = [
      inRepo('plans/x-community-winter-2020.yaml'),
      '--role',
      'mayor',
      '--answers',
      inRepo('examples/answers/best.yaml'),
    ];
    const { code, io } = await drill(args);
    expect(code).toBe(2);
    expect(io.err()).toContain('the plan has no role mayor');
  });

  it('shows the findings of a plan with errors and does not start (exit 1)', async () => {
    const cwd = temporaryFolder('yuan-drill');
    writeFileSync(join(cwd, 'plan.yaml'), INLINE_PLAN.replace('goto: done', 'goto: nowhere'));
    const { code, io } = await drill(['plan.yaml', '--answers', 'x.yaml'], cwd);
    expect(code).toBe(1);
    expect(io.err()).toContain('ref/stage');
    expect(io.err()).toContain('the drill did not start');
    expect(readdirSync(cwd)).toEqual(['plan.yaml']);
  });

  it('locates each bad entry of an answers file (exit 1)', async () => {
    const cwd = temporaryFolder('yuan-drill');
    writeFileSync(
      join(cwd, 'answers.yaml'),
      'answers:\n  - { decision: nope, option: x, after: 1h }\n  - { decision: health-pass, option: maybe, after: 1h }\n',
    );
    const { code, io } = await drill(
      [inRepo('plans/x-community-winter-2020.yaml'), '--answers', 'answers.yaml'],
      cwd,
    );
    expect(code).toBe(1);
    const err = io.err();
    // The messages of the rule ref/decision, as `yuan validate` gives them.
    expect(err).toMatch(
      /2:17 +error +decision names decision "nope", which the plan does not have/,
    );
    expect(err).toMatch(
      /3:38 +error +option names option "maybe", which decision health-pass does/,
    );
  });

  it('checks the shape of an answers file before its decisions (exit 1)', async () => {
    const cwd = temporaryFolder('yuan-drill');
    writeFileSync(
      join(cwd, 'answers.yaml'),
      'answers:\n  - { decision: nope, option: x, after: 1h }\n  - { decision: health-pass, option: all-at-once, after: soon }\n',
    );
    const { code, io } = await drill(
      [inRepo('plans/x-community-winter-2020.yaml'), '--answers', 'answers.yaml'],
      cwd,
    );
    expect(code).toBe(1);
    expect(io.err()).toMatch(/3:58 +error +`soon` is not a duration.* +schema/);
    expect(io.err()).not.toContain('ref/decision');
  });

  it('reports scripted answers that came after their decision timed out', async () => {
    const cwd = temporaryFolder('yuan-drill');
    const best = readFileSync(inRepo('examples/answers/best.yaml'), 'utf8');
    writeFileSync(
      join(cwd, 'late.yaml'),
      best.replace('option: verify-and-escort, after: 30m', 'option: verify-and-escort, after: 3h'),
    );
    const { code, io } = await drill(
      [inRepo('plans/x-community-winter-2020.yaml'), '--answers', 'late.yaml', '--report', 'json'],
      cwd,
    );
    expect(code).toBe(0);
    const json = JSON.parse(io.out()) as DrillScore;
    expect(json.voidAnswers).toEqual([
      {
        decision: 'gate-exception',
        option: 'verify-and-escort',
        after: 3 * 3_600_000,
        at: json.voidAnswers[0]!.at,
        opening: 1,
        reason: 'after-timeout',
        index: 3,
      },
    ]);
    expect(json.decisions.find((d) => d.decision === 'gate-exception')).toMatchObject({
      outcome: 'timeout',
      points: 0,
      weight: 2,
    });
  });
});

/** A plan with two inline scenarios; `pick` is the chief's, `chore` the aide's (no target). */
const INLINE_PLAN = `yuan: 1
kind: plan
id: inline
title: Inline
review: { last: 2026-01-01, every_months: 12 }
drill: { last: 2026-01-01, every_months: 12 }
roles:
  chief: { title: Chief, function: command, count: 1, deputy: aide, authority: all }
  aide: { title: Aide, function: medical, count: 1, deputy: chief, authority: all }
stages:
  standby:
    title: Standby
    phase: warning
    initial: true
    on: { go: work }
  work:
    title: Work
    phase: response
    tasks:
      - { id: tell, title: Tell, owner: aide, kind: inform, within: 1h }
    decisions:
      - id: pick
        title: Pick
        owner: chief
        within: 1h
        options:
          - { id: good, title: Good, goto: done }
          - { id: bad, title: Bad, goto: done }
  done:
    title: Done
    phase: recovery
    final: true
scenarios:
  - id: first
    title: First
    players: [aide]
    injects:
      - { id: go-in, at: 0s, message: Go, event: go }
  - id: second
    title: Second
    injects:
      - { id: go-in, at: 10m, message: Go, event: go, expect: [{ decision: pick, best: [good] }] }
`;
