// Baseline 1: read each file and parse it with the yaml package, nothing else.
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { fileList, report } from './child-report.mjs';

const files = fileList();
const begin = performance.now();
let documents = 0;
for (const file of files) {
  try {
    if (parse(readFileSync(file, 'utf8')) !== undefined) documents++;
  } catch {
    // A broken file costs its parse like any other.
  }
}
report(performance.now() - begin, { documents });
