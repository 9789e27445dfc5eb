/**
 * A drill killed with SIGKILL after its first answer, then resumed, gives the report of a drill
 * never interrupted. The built bin runs in a tmux pseudo-terminal; the test answers the first
 * prompt, waits until the journal holds that answer (so the kill point is fixed by the journal,
 * not by timing), kills the process, resumes it with `--answers`, and compares with the same
 * answers played by the engine in one go. Needs `npm run build` (npm test does it) and tmux
 * (skipped without it, failed in CI: test/helpers/tools.ts).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as pause } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toolVersion } from '../../src/cli/version.js';
import { DrillEngine } from '../../src/drill/drill-engine.js';
import { drillMachine } from '../../src/drill/drill-setup.js';
import { runDrill } from '../../src/drill/run-drill.js';
import { durationMs, type DrillEvent, type Plan, type Scenario } from '../../src/model/index.js';
import { formatDrillJson } from '../../src/report/drill/json.js';
import { scoreDrill } from '../../src/score/score-drill.js';
import { temporaryFolder } from '../helpers/temp-folders.js';
import { TMUX, describeWith } from '../helpers/tools.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/yuan.js');
/** A private tmux server, its socket in the test's folder, so no one else's sessions are touched. */
const server: { socket?: string } = {};
const tmux = (...args: string[]) =>
  execFileSync('tmux', ['-S', server.socket!, ...args], { encoding: 'utf8' });

/** Polls until `ready()` gives a value (at most `tries` looks, 100 ms apart). */
async function until<T>(what: string, ready: () => T | undefined, tries = 300): Promise<T> {
  for (let attempt = 0; attempt < tries; attempt++) {
    const value = ready();
    if (value !== undefined) return value;
    await pause(100);
  }
  throw new Error(`gave up waiting for ${what}`);
}

const lines = (path: string): DrillEvent[] =>
  existsSync(path)
    ? readFileSync(path, 'utf8')
        .split('\n')
        .filter((line) => line.endsWith('}'))
        .map((line) => JSON.parse(line) as DrillEvent)
    : [];

describeWith(TMUX, 'a drill killed with SIGKILL and resumed', () => {
  const dir = temporaryFolder('yuan-kill');
  server.socket = join(dir, 'tmux.sock');
  afterAll(() => {
    spawnSync('tmux', ['-S', server.socket!, 'kill-server']);
  });

  it('gives the report of a drill never interrupted', async () => {
    copyFileSync(
      join(root, 'plans/x-community-epidemic.yaml'),
      join(dir, 'x-community-epidemic.yaml'),
    );
    copyFileSync(join(root, 'plans/x-community-winter-2020.yaml'), join(dir, 'scenario.yaml'));
    copyFileSync(join(root, 'examples/answers/best.yaml'), join(dir, 'best.yaml'));
    const journal = join(dir, 'drill.jsonl');

    // `exec`, so the pane's process is yuan itself.
    tmux(
      '-f',
      '/dev/null',
      'new-session',
      '-d',
      '-s',
      'kill',
      '-x',
      '160',
      '-y',
      '60',
      '-c',
      dir,
      'env',
      'LANG=en_US.UTF-8',
      'NO_COLOR=1',
      'TERM=xterm-256color',
      'sh',
      '-c',
      `exec node '${bin}' drill scenario.yaml --journal drill.jsonl`,
    );
    const pid = Number(tmux('list-panes', '-t', 'kill', '-F', '#{pane_pid}').trim());
    await until('the first prompt', () => {
      const screen = tmux('capture-pane', '-p', '-J', '-t', 'kill');
      return screen.includes('publicity-channels') && screen.includes('❯') ? screen : undefined;
    });
    tmux('send-keys', '-t', 'kill', 'Enter'); // the first option: all-channels
    const answer = await until('the answer in the journal', () =>
      lines(journal).find((event) => event.type === 'decision-answered' && event.by === 'player'),
    );
    process.kill(pid, 'SIGKILL');
    await until('the process to die', () => (isAlive(pid) ? undefined : true));

    const killed = lines(journal);
    expect(killed.at(-1)?.type).not.toBe('end');
    expect(
      killed.filter((event) => event.type === 'decision-answered' && event.by === 'player'),
    ).toHaveLength(1);
    expect(answer).toMatchObject({ decision: 'publicity-channels', option: 'all-channels' });

    const resumed = spawnSync(
      'node',
      [bin, 'drill', '--resume', 'drill.jsonl', '--answers', 'best.yaml', '--report', 'json'],
      {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1' },
      },
    );
    expect(resumed.stderr).toContain('resuming drill.jsonl');
    expect(resumed.status).toBe(0);

    // The same answers, the first at the latency the player took, played in one go.
    const whole = await neverInterrupted(
      dir,
      killed[0] as Extract<DrillEvent, { type: 'start' }>,
      answer.type === 'decision-answered' ? answer.latency : 0,
    );
    expect(JSON.parse(resumed.stdout)).toEqual(JSON.parse(whole.report));
    expect(lines(journal).slice(1)).toEqual(whole.events.slice(1));
    expect(lines(journal)[0]).toEqual(killed[0]);
  });
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The drill played by the engine without a stop: the player's first answer, then best.yaml's. */
async function neverInterrupted(
  dir: string,
  start: Extract<DrillEvent, { type: 'start' }>,
  latency: number,
) {
  const read = (name: string): unknown => parse(readFileSync(join(dir, name), 'utf8'));
  const plan = read('x-community-epidemic.yaml') as Plan;
  const scenario = read('scenario.yaml') as Scenario;
  const best = (
    read('best.yaml') as { answers: { decision: string; option: string; after: string }[] }
  ).answers;
  const answers = best.map((entry, index) => ({ ...entry, after: durationMs(entry.after), index }));
  answers[0] = { ...answers[0]!, after: latency, index: -1 };
  const { type: _t, at: _a, journal: _j, players, pace, ...info } = start;
  const engine = new DrillEngine({
    plan,
    scenario,
    machine: drillMachine(plan, scenario.start),
    players,
    pace,
    start: info,
    answers,
  });
  engine.start();
  await runDrill(engine, { pace });
  const score = scoreDrill(engine.events, { plan, scenario });
  const input = {
    events: engine.events,
    score,
    plan,
    scenario,
    planFile: 'x-community-epidemic.yaml',
  };
  expect(start.version).toBe(toolVersion());
  return { events: [...engine.events], report: formatDrillJson(input) };
}
