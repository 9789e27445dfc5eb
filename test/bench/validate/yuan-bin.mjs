// The real command line as bin/yuan.js runs it (the bundle, through its loader and code cache),
// reporting its peak memory.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { report } from './child-report.mjs';

const begin = performance.now();
const dist = new URL('../../../dist/cli-bundle/', import.meta.url);
const { loadBundle } = createRequire(import.meta.url)(
  fileURLToPath(new URL('load-bundle.cjs', dist)),
);
const cli = loadBundle(fileURLToPath(new URL('yuan.cjs', dist)), {
  folder: fileURLToPath(new URL('code-cache/', dist)),
  command: process.argv[2],
  env: process.env,
});
const code = await cli.exports.run(process.argv.slice(2), cli.exports.processIo());
cli.saveCodeCache();
report(performance.now() - begin, { code });
