/**
 * Start-up of `yuan --version` and of `yuan validate` on one plan against `node -e 0` (issue 6: at
 * most 2.5x). Spawns them in turn, round after round, so that the noise of a shared machine falls
 * on all alike, and prints medians and ratios. Needs `npm run build`. Usage:
 * `npx tsx test/bench/startup.ts [spawns] [plan...]` (default: 21 rounds, a 4 KB and a 32 KB plan).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const spawns = Number(process.argv[2] ?? 21);
const plans = process.argv.slice(3);
if (plans.length === 0)
  plans.push('test/fixtures/schema/plan.yaml', 'plans/x-community-epidemic.yaml');

const commands: Record<string, string[]> = {
  'node -e 0': ['-e', '0'],
  'yuan --version': ['bin/yuan.js', '--version'],
};
for (const plan of plans) {
  commands[`yuan validate ${plan}`] = ['bin/yuan.js', 'validate', plan, '--today', '2026-11-28'];
}

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

// The ratio of medians, and the median of each round's own ratio (less moved by a busy spell).
const node = times.get('node -e 0')!;
const base = median(node);
console.log(`start-up, median of ${spawns} rounds of spawns (Node ${process.versions.node}):`);
for (const [name, walls] of times) {
  const ms = median(walls);
  const paired = median(walls.map((one, round) => one / node[round]!));
  console.log(
    `  ${name.padEnd(52)} ${ms.toFixed(0).padStart(5)} ms  ${(ms / base).toFixed(2)}x` +
      `  (per round ${paired.toFixed(2)}x)`,
  );
}
