// yuan's validate pipeline in process (built: dist/), on the corpus folder of the listed files:
// read, parse, schema, lint, each file's findings counted and let go, as `yuan validate` does.
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { translator } from '../../../dist/i18n/index.js';
import { validatePathsEach } from '../../../dist/validate/index.js';
import { report } from './child-report.mjs';

const folder = dirname(process.argv[2]);
const begin = performance.now();
let files = 0;
let withErrors = 0;
await validatePathsEach(
  [folder],
  { cwd: process.cwd(), t: translator('en'), today: '2025-06-01' },
  (file) => {
    files++;
    if (file.findings.some((finding) => finding.severity === 'error')) withErrors++;
  },
);
report(performance.now() - begin, { files, withErrors });
