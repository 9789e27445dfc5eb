// The real command line (dist/cli/main.js, as bin/yuan.js runs it), reporting its peak memory.
import { performance } from 'node:perf_hooks';
import { run } from '../../../dist/cli/main.js';
import { processIo } from '../../../dist/cli/process-io.js';
import { report } from './child-report.mjs';

const begin = performance.now();
const code = await run(process.argv.slice(2), processIo());
report(performance.now() - begin, { code });
