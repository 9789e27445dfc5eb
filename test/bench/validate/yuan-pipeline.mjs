// yuan's validate pipeline in process (built: dist/), on the listed files: read, parse, schema, lint.
import { performance } from 'node:perf_hooks';
import { translator } from '../../../dist/i18n/index.js';
import { validateFiles } from '../../../dist/validate/index.js';
import { fileList, report } from './child-report.mjs';

const files = fileList();
const begin = performance.now();
const checked = await validateFiles(files, {
  cwd: process.cwd(),
  t: translator('en'),
  today: '2025-06-01',
});
const errors = checked.filter((file) => file.findings.some((f) => f.severity === 'error')).length;
report(performance.now() - begin, { files: checked.length, withErrors: errors });
