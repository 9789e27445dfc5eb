/**
 * `yuan drill` in a real pseudo-terminal: the built bin runs the built-in drill inside tmux; the
 * test reads the screen with capture-pane, answers one prompt with send-keys, presses Ctrl-C, and
 * checks the resume command and the journal. Needs `npm run build` first (npm test does it) and
 * Debian's tmux (`apt-get install -y tmux`; .ci/run installs it); without tmux it is skipped
 * (failed in CI: test/helpers/tools.ts).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as pause } from 'node:timers/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { temporaryFolder } from '../helpers/temp-folders.js';
import { TMUX, describeWith } from '../helpers/tools.js';

const root = new URL('../../', import.meta.url).pathname;
const bin = join(root, 'bin/yuan.js');
/** A private tmux server (its socket in the test's folder), so no one else's sessions are touched. */
const server: { socket?: string } = {};

function tmux(...args: string[]): string {
  return execFileSync('tmux', ['-S', server.socket!, ...args], { encoding: 'utf8' });
}

/** The pane's text, wrapped lines joined. */
function screen(): string {
  return tmux('capture-pane', '-p', '-J', '-t', 'drill');
}

/** Polls the screen until `expected` shows (at most `tries` looks, 100 ms apart). */
async function waitFor(expected: string | RegExp, tries = 300): Promise<string> {
  let text = '';
  for (let attempt = 0; attempt < tries; attempt++) {
    text = screen();
    if (typeof expected === 'string' ? text.includes(expected) : expected.test(text)) return text;
    await pause(100);
  }
  throw new Error(`the terminal never showed ${String(expected)}; it shows:\n${text}`);
}

describeWith(TMUX, 'yuan drill in a terminal (tmux)', () => {
  let dir: string;

  beforeAll(() => {
    dir = temporaryFolder('yuan-tmux');
    server.socket = join(dir, 'tmux.sock');
    tmux(
      '-f',
      '/dev/null',
      'new-session',
      '-d',
      '-s',
      'drill',
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
      `node '${bin}' drill --journal drill.jsonl; echo "EXIT=$?"; exec sleep 3600`,
    );
  });

  afterAll(() => {
    if (server.socket) spawnSync('tmux', ['-S', server.socket, 'kill-server']);
  });

  it('shows the drill, takes an answer, and pauses on Ctrl-C with the resume command', async () => {
    const first = await waitFor('? [secretary] publicity-channels:');
    expect(first).toMatch(/Scenario time d0 09:00 · stage alert \(.+\) · warning · orange warning/);
    expect(first).toContain('Open decisions');
    expect(first).toMatch(
      /1\. publicity-channels: .+ — secretary — opened d0 09:00 — target d0 11:00/,
    );
    expect(first).toMatch(/⏱ \d:\d\d real left to the 2h target/);
    expect(first).toContain('❯ 1. all-channels');

    tmux('send-keys', '-t', 'drill', 'Down');
    await waitFor('❯ 2. notices-only');
    tmux('send-keys', '-t', 'drill', 'Enter');
    const second = await waitFor('? [secretary] activate-response:');
    expect(second).toMatch(/decided\s+publicity-channels = notices-only/);

    tmux('send-keys', '-t', 'drill', 'C-c');
    const paused = await waitFor('EXIT=');
    expect(paused).toContain('EXIT=2');
    expect(paused).toContain('--resume drill.jsonl');

    const journal = await readFile(join(dir, 'drill.jsonl'), 'utf8');
    const answered = journal
      .split('\n')
      .filter((line) => line.includes('"type":"decision-answered"'))
      .map((line) => JSON.parse(line) as { decision: string; option: string; by: string });
    expect(answered).toContainEqual(
      expect.objectContaining({
        decision: 'publicity-channels',
        option: 'notices-only',
        by: 'player',
      }),
    );
    expect(journal).not.toContain('"type":"end"');
  });
});
