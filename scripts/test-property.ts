/**
 * The large property run (`npm run test:property`): the property tests of test/property with many
 * more cases than `npm test` gives them. YUAN_PROPERTY_RUNS sets the cases per property (default
 * 1000); YUAN_PROPERTY_SEED replays a failure; other arguments go to vitest.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const runs = process.env.YUAN_PROPERTY_RUNS ?? '1000';
console.log(`property tests with ${runs} cases each (YUAN_PROPERTY_RUNS)`);
const result = spawnSync(
  process.execPath,
  [vitest, 'run', 'test/property', '--testTimeout=0', ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, YUAN_PROPERTY_RUNS: runs } },
);
process.exitCode = result.status ?? 1;
