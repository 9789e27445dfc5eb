/** Spawning the benchmark's child processes and reading what they report. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** What a child reports: milliseconds of its work, its peak RSS, and its own extras. */
export interface ChildReport {
  ms: number;
  maxRssKiB: number;
  /** Wall time of the whole process, start-up included. */
  wallMs: number;
  [extra: string]: number;
}

/** Runs `node SCRIPT ARGS` (a child of this folder, or any path) and returns its report. */
export function child(script: string, args: readonly string[]): ChildReport {
  const path = script.includes('/') ? script : fileURLToPath(new URL(script, import.meta.url));
  const begin = performance.now();
  const result = spawnSync(process.execPath, [path, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = performance.now() - begin;
  const line = /^BENCH (.*)$/m.exec(result.stderr ?? '');
  if (!line)
    throw new Error(`${script} reported nothing (exit ${result.status}): ${result.stderr}`);
  const reported = JSON.parse(line[1]!) as Omit<ChildReport, 'wallMs'>;
  return { ...reported, wallMs } as ChildReport;
}

/** The best of `times` runs (the least disturbed by the rest of the machine). */
export function best(times: number, run: () => ChildReport): ChildReport {
  const runs = Array.from({ length: times }, run);
  return runs.reduce((a, b) => (b.ms < a.ms ? b : a));
}

/** Median wall time (ms) of `times` spawns of `node ARGS`, output discarded. */
export function medianSpawn(args: readonly string[], times: number): number {
  const walls: number[] = [];
  for (let i = 0; i < times; i++) {
    const begin = performance.now();
    const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
    walls.push(performance.now() - begin);
    if (result.status === null) throw new Error(`node ${args.join(' ')} was killed`);
  }
  walls.sort((a, b) => a - b);
  return walls[Math.floor(walls.length / 2)]!;
}

/** Wall time (ms) of one spawn of `node ARGS`, output discarded. */
export function wall(args: readonly string[]): { ms: number; code: number | null } {
  const begin = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
  return { ms: performance.now() - begin, code: result.status };
}
