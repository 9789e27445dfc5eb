/**
 * Hostile inputs go through the real executable (`npm run build` first; `npm test` builds), in a
 * child process with a capped heap and a hang guard, so a crash, a runaway allocation or a hang
 * shows up as what it is instead of taking the test runner down with it.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/** The repository root (where bin/yuan.js lives). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A hang guard, not a performance assertion: every case here finishes in seconds on an idle
 * machine, and in far less than this on a shared and busy one (the slow project's test timeout is
 * longer still).
 */
export const HANG_GUARD_MS = 300_000;

/** The heap given to node: a hostile file must not need more than this to be refused. */
export const HEAP_CAP_MB = 256;

/** What one run of the bin did. */
export interface BinRun {
  /** The exit code, or null when the process was killed (the hang guard, a fatal signal). */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `node --max-old-space-size=… bin/yuan.js validate ARGS` in `cwd`, in English, without colour. */
export function validateWithBin(args: readonly string[], cwd = ROOT): BinRun {
  const result = spawnSync(
    process.execPath,
    [`--max-old-space-size=${HEAP_CAP_MB}`, `${ROOT}bin/yuan.js`, 'validate', ...args],
    {
      cwd,
      encoding: 'utf8',
      timeout: HANG_GUARD_MS,
      killSignal: 'SIGKILL',
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', NO_COLOR: '1', FORCE_COLOR: '' },
    },
  );
  return {
    code: result.status,
    signal: result.signal,
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? '',
  };
}

/** One finding as `--format json` prints it. */
export interface JsonFinding {
  ruleId: string;
  severity: 'error' | 'warning';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  pointer: string;
}

/** One file as `--format json` prints it. */
export interface JsonFile {
  file: string;
  findings: JsonFinding[];
}

/** Asserts the run ended on its own with exit 1 or 2, with no crash, stack trace or fatal error. */
export function expectHandled(run: BinRun, code: 1 | 2): void {
  const both = `${run.stdout}\n${run.stderr}`;
  expect(run.signal, `killed by ${run.signal} (hang guard or crash)`).toBeNull();
  expect(both).not.toMatch(/FATAL ERROR|heap out of memory|Maximum call stack size/);
  expect(both, 'a stack trace').not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(run.stderr).not.toMatch(/internal error/i);
  expect(run.code).toBe(code);
}

/** Asserts exit 1 and returns the files of the JSON report (the run must have used `--format json`). */
export function expectFindings(run: BinRun): JsonFile[] {
  expectHandled(run, 1);
  expect(run.stderr).toBe('');
  return (JSON.parse(run.stdout) as { files: JsonFile[] }).files;
}

/** Asserts exit 2 with one clear line on stderr (`yuan: …`) and nothing on stdout. */
export function expectOneLineError(run: BinRun): string {
  expectHandled(run, 2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^yuan: [^\n]+\n$/);
  return run.stderr;
}

/**
 * Asserts a file that cannot be read was refused either way cli.md and rules.md allow: a
 * `file/unreadable` finding (exit 1) or a one-line error naming it (exit 2). Returns the message.
 */
export function expectUnreadable(run: BinRun): string {
  if (run.code === 2) return expectOneLineError(run);
  const [file] = expectFindings(run);
  const finding = file!.findings.find((candidate) => candidate.ruleId === 'file/unreadable');
  expect(finding, 'a file/unreadable finding').toBeDefined();
  expect(finding).toMatchObject({ line: 1, column: 1 });
  return finding!.message;
}

/**
 * Asserts every finding sits inside `text`: 1 <= line <= lines, 1 <= column <= line length + 1
 * (columns count UTF-16 code units, as the loader's line counter does).
 */
export function expectInside(findings: readonly JsonFinding[], text: string): void {
  const lines = text.split('\n');
  for (const finding of findings) {
    expect(finding.line).toBeGreaterThanOrEqual(1);
    expect(finding.line).toBeLessThanOrEqual(lines.length);
    expect(finding.column).toBeGreaterThanOrEqual(1);
    expect(finding.column).toBeLessThanOrEqual(lines[finding.line - 1]!.length + 1);
  }
}

/** The only finding of the only file of a report. */
export function onlyFinding(files: readonly JsonFile[]): JsonFinding {
  expect(files).toHaveLength(1);
  expect(files[0]!.findings).toHaveLength(1);
  return files[0]!.findings[0]!;
}
