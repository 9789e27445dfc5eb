/** `yuan validate` shows progress on a terminal's stderr, and nothing when stderr is piped (cli.md). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { PROGRESS_MIN_FILES, PROGRESS_STEPS } from '../../src/cli/validate/progress-line.js';
import { fakeIo, type FakeIo } from '../helpers/fake-io.js';
import { temporaryFolder } from '../helpers/temp-folders.js';

const PLAN = `yuan: 1
kind: plan
id: mini
title: Mini
stages:
  standby: { title: Standby, phase: preparation, initial: true, on: { alarm: over } }
  over: { title: Over, phase: recovery, final: true }
`;

/** A working folder with `count` plans under plans/; the first `broken` of them fail the schema. */
function corpus(count: number, broken = 0): string {
  const folder = temporaryFolder('yuan-progress');
  mkdirSync(join(folder, 'plans'));
  for (let i = 0; i < count; i++) {
    const text = i < broken ? 'yuan: 1\nkind: plan\n' : PLAN.replace('id: mini', `id: p${i}`);
    writeFileSync(join(folder, 'plans', `p${String(i).padStart(4, '0')}.yaml`), text);
  }
  return folder;
}

/** A process whose stderr is a terminal (or not) while stdout is piped. */
function io(cwd: string, stderrIsTTY: boolean, env: Record<string, string> = {}): FakeIo {
  const fake = fakeIo({ cwd, env });
  fake.stderr.isTTY = stderrIsTTY;
  return fake;
}

/** The texts drawn on the progress line, in order, and what is left after the last `\r`. */
function drawn(stderr: string): { frames: string[]; last: string } {
  const parts = stderr.split('\r');
  return { frames: parts.slice(1, -1).map((part) => part.trimEnd()), last: parts.at(-1)! };
}

describe('yuan validate progress', () => {
  it('counts the files on a terminal stderr and clears the line at the end', async () => {
    const cwd = corpus(30);
    const terminal = io(cwd, true);
    expect(await run(['validate', '--today', '2024-03-10', '--format', 'json'], terminal)).toBe(0);
    const { frames, last } = drawn(terminal.err());
    expect(frames[0]).toBe('checked 1/30 files');
    expect(frames.at(-2)).toBe('checked 30/30 files');
    // The last frame blanks the widest text drawn, and the cursor goes back to the start.
    expect(frames.at(-1)).toBe('');
    expect(terminal.err().endsWith(`\r${' '.repeat('checked 30/30 files'.length)}\r`)).toBe(true);
    expect(last).toBe('');
    // Counts only go up, each drawn once.
    const counts = frames.slice(0, -1).map((frame) => Number(/(\d+)\//.exec(frame)![1]));
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(new Set(counts).size).toBe(counts.length);
    // stdout stays machine-readable.
    expect((JSON.parse(terminal.out()) as { files: unknown[] }).files).toHaveLength(30);
  });

  it('draws nothing when stderr is piped, and stdout is the same as on a terminal', async () => {
    const cwd = corpus(30, 2);
    const piped = io(cwd, false);
    const terminal = io(cwd, true);
    expect(await run(['validate', '--today', '2024-03-10'], piped)).toBe(1);
    expect(await run(['validate', '--today', '2024-03-10'], terminal)).toBe(1);
    expect(piped.err()).toBe('');
    expect(terminal.err()).toContain('checked 30/30 files');
    expect(piped.out()).toContain('p0000.yaml');
    expect(terminal.out()).toBe(piped.out());
  });

  it(`shows nothing for ${PROGRESS_MIN_FILES} files or fewer, even on a terminal`, async () => {
    const terminal = io(corpus(PROGRESS_MIN_FILES), true);
    expect(await run(['validate', '--today', '2024-03-10'], terminal)).toBe(0);
    expect(terminal.err()).toBe('');
    const more = io(corpus(PROGRESS_MIN_FILES + 1), true);
    expect(await run(['validate', '--today', '2024-03-10'], more)).toBe(0);
    expect(more.err()).toContain(
      `checked ${PROGRESS_MIN_FILES + 1}/${PROGRESS_MIN_FILES + 1} files`,
    );
  });

  it('redraws at most once a percent on a long run', async () => {
    const terminal = io(corpus(250), true);
    expect(await run(['validate', '--today', '2024-03-10'], terminal)).toBe(0);
    const { frames } = drawn(terminal.err());
    expect(frames.length - 1).toBeLessThanOrEqual(PROGRESS_STEPS + 1);
    expect(frames.length - 1).toBeGreaterThan(PROGRESS_STEPS / 2);
    expect(frames.at(-2)).toBe('checked 250/250 files');
  });

  it('speaks Chinese and clears the full width of the Chinese text', async () => {
    const terminal = io(corpus(12), true, { LANG: 'zh_CN.UTF-8' });
    expect(await run(['validate', '--today', '2024-03-10'], terminal)).toBe(0);
    const { frames } = drawn(terminal.err());
    expect(frames[0]).toBe('已检查 1/12 个文件');
    expect(frames.at(-2)).toBe('已检查 12/12 个文件');
    const width = stringWidth('已检查 12/12 个文件');
    expect(terminal.err().endsWith(`\r${' '.repeat(width)}\r`)).toBe(true);
  });

  it('clears the line before anything else is said on stderr', async () => {
    const terminal = io(corpus(20), true);
    expect(await run(['validate', '--today', '2024-03-10', '--max-warnings', '0'], terminal)).toBe(
      1,
    );
    expect(terminal.err()).toMatch(
      /checked 20\/20 files\r {19}\ryuan: \d+ warnings, more than --max-warnings 0 allows\n$/,
    );
  });
});
