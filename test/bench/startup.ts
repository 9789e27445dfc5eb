/**
 * Start-up of `yuan validate` on one plan against `node -e 0` (issue 6: at most 2.5x). Spawns the
 * two alternately, so that the noise of a shared machine falls on both alike, and prints medians
 * and their ratio. Needs `npm run build`. Usage: `npx tsx test/bench/startup.ts [spawns] [plan]`.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const spawns = Number(process.argv[2] ?? 21);
const plan = process.argv[3] ?? 'plans/x-community-epidemic.yaml';

const commands: Record<string, string[]> = {
  'node -e 0': ['-e', '0'],
  'yuan --version': ['bin/yuan.js', '--version'],
  [`yuan validate ${plan}`]: ['bin/yuan.js', 'validate', plan, '--today', '2026-11-28'],
};

/** Wall time (ms) of one spawn of `node ARGS`, output discarded. */
function wall(args: readonly string[]): number {
  const begin = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
  if (result.status === null) throw new Error(`node ${args.join(' ')} was killed`);
  return performance.now() - begin;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const times = new Map<string, number[]>(Object.keys(commands).map((name) => [name, []]));
for (const args of Object.values(commands)) wall(args); // warm the file cache
for (let i = 0; i < spawns; i++) {
  for (const [name, args] of Object.entries(commands)) times.get(name)!.push(wall(args));
}

const base = median(times.get('node -e 0')!);
console.log(`start-up, median of ${spawns} alternating spawns (Node ${process.versions.node}):`);
for (const [name, walls] of times) {
  const ms = median(walls);
  console.log(`  ${name.padEnd(52)} ${ms.toFixed(0).padStart(5)} ms  ${(ms / base).toFixed(2)}x`);
}
