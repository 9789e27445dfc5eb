// The real command line: bin/yuan.js itself, run in this process, reporting its peak memory when
// the process exits.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { report } from './child-report.mjs';

const begin = performance.now();
process.on('exit', (code) => report(performance.now() - begin, { code }));
createRequire(import.meta.url)('../../../bin/yuan.js');
