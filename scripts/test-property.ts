/**
 * The large property run (`npm run test:property`): the property tests of test/property with many
 * more cases than `npm test` gives them, and a fresh seed each time (printed, to repeat a run), so
 * that large runs explore cases the fixed seed of `npm test` never tries. YUAN_PROPERTY_RUNS sets
 * the cases per property (default 1000); YUAN_PROPERTY_SEED a seed; other arguments go to vitest.
 */
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const runs = process.env.YUAN_PROPERTY_RUNS ?? '1000';
const seed = process.env.YUAN_PROPERTY_SEED ?? String(randomInt(2 ** 31));
console.log(
  `property tests with ${runs} cases each (YUAN_PROPERTY_RUNS), seed ${seed} (YUAN_PROPERTY_SEED)`,
);
const result = spawnSync(
  process.execPath,
  [
    vitest,
    'run',
    '--project',
    'slow',
    'test/property',
    '--testTimeout=0',
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit', env: { ...process.env, YUAN_PROPERTY_RUNS: runs, YUAN_PROPERTY_SEED: seed } },
);
process.exitCode = result.status ?? 1;
