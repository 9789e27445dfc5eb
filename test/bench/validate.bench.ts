/**
 * The speed budget of `yuan validate` (issue 6): on generated corpora of 1,000 and 10,000 varied
 * plans, the pipeline in process and the real bin against parsing alone (yaml) and against a plain
 * yaml + ajv validator; peak memory at both sizes; start-up against `node -e 0`. Needs `npm run
 * build` (the children run dist/, as users do). Targets: validation within 2x parse-only, memory
 * flat from 1,000 to 10,000 files, start-up within 2.5x `node -e 0`.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { distinctPlans, writeCorpus } from './validate/corpus.js';
import { best, child, medianSpawn, ROOT, wall, type ChildReport } from './validate/measure.js';

const SIZES = [1_000, 10_000];
const SPAWNS = 15;

const fixed = (value: number, digits = 0) => value.toFixed(digits);
const mib = (kib: number) => `${fixed(kib / 1024)} MiB`;
const verdict = (ok: boolean) => (ok ? 'within target' : 'OVER TARGET');

if (!existsSync(join(ROOT, 'dist/cli/main.js'))) {
  console.log('validate.bench: run `npm run build` first (the benchmark runs the built CLI)');
} else {
  benchValidate();
}

function benchValidate(): void {
  const begin = performance.now();
  const distinct = distinctPlans(1_000);
  console.log(`corpus: 1,000 distinct generated plans in ${fixed(performance.now() - begin)} ms`);
  const rows: {
    size: number;
    parse: ChildReport;
    ajv: ChildReport;
    yuan: ChildReport;
    binMs: number;
    bin: ChildReport;
  }[] = [];
  for (const size of SIZES) {
    const corpus = writeCorpus(size, distinct);
    try {
      const repeat = size <= 1_000 ? 2 : 1;
      const parse = best(repeat, () => child('parse-only.mjs', [corpus.list]));
      const ajv = best(repeat, () => child('ajv-only.mjs', [corpus.list]));
      const yuan = best(repeat, () => child('yuan-pipeline.mjs', [corpus.list]));
      const binMs = wall(['bin/yuan.js', 'validate', '--today', '2025-06-01', corpus.folder]).ms;
      const bin = child('yuan-bin.mjs', ['validate', '--today', '2025-06-01', corpus.folder]);
      rows.push({ size, parse, ajv, yuan, binMs, bin });
      const perFile = (report: ChildReport) => `${fixed(report.ms / size, 2)} ms/file`;
      const rate = (report: ChildReport) => `${fixed((size / report.ms) * 1000)} files/s`;
      console.log(
        `\n${size.toLocaleString('en')} files, ${fixed(corpus.bytes / 1024 / 1024, 1)} MiB:`,
      );
      console.log(
        `  parse only (yaml)          ${fixed(parse.ms)} ms  ${perFile(parse)}  ${rate(parse)}  peak ${mib(parse.maxRssKiB)}`,
      );
      console.log(
        `  yaml + ajv (plain script)  ${fixed(ajv.ms)} ms  ${perFile(ajv)}  ${rate(ajv)}  peak ${mib(ajv.maxRssKiB)}  (schema compiled in ${fixed(ajv.compileMs ?? 0)} ms)`,
      );
      console.log(
        `  yuan validate (in process) ${fixed(yuan.ms)} ms  ${perFile(yuan)}  ${rate(yuan)}  peak ${mib(yuan.maxRssKiB)}`,
      );
      console.log(
        `  yuan validate (real bin)   ${fixed(binMs)} ms wall  peak ${mib(bin.maxRssKiB)}  exit ${bin.code}`,
      );
      console.log(
        `  ratios: yuan/parse ${fixed(yuan.ms / parse.ms, 2)}x  yuan/ajv-script ${fixed(yuan.ms / ajv.ms, 2)}x  bin wall/parse process ${fixed(binMs / parse.wallMs, 2)}x`,
      );
    } finally {
      rmSync(corpus.folder, { recursive: true, force: true });
    }
  }
  const [small, large] = rows;
  if (small && large) {
    const growth = large.bin.maxRssKiB / small.bin.maxRssKiB;
    const pipelineGrowth = large.yuan.maxRssKiB / small.yuan.maxRssKiB;
    console.log(
      `\npeak memory 10,000 vs 1,000 files: bin ${fixed(growth, 2)}x, pipeline ${fixed(pipelineGrowth, 2)}x, parse-only ${fixed(large.parse.maxRssKiB / small.parse.maxRssKiB, 2)}x  -> ${verdict(growth <= 1.5)} (flat: at most 1.5x)`,
    );
    const worst = Math.max(...rows.map((row) => row.yuan.ms / row.parse.ms));
    console.log(
      `validation vs parse-only: worst ${fixed(worst, 2)}x -> ${verdict(worst <= 2)} (at most 2x)`,
    );
  }

  // The project's real plan (32 KB) and a small one (4 KB): start-up with more or less work.
  const node = medianSpawn(['-e', '0'], SPAWNS);
  const version = medianSpawn(['bin/yuan.js', '--version'], SPAWNS);
  const ratio = (ms: number) => `${fixed(ms)} ms (${fixed(ms / node, 2)}x)`;
  console.log(`\nstart-up (median of ${SPAWNS} spawns): node -e 0 ${fixed(node)} ms`);
  console.log(`  yuan --version ${ratio(version)}`);
  let worst = 0;
  for (const plan of ['test/fixtures/schema/plan.yaml', 'plans/x-community-epidemic.yaml']) {
    const one = medianSpawn(['bin/yuan.js', 'validate', '--today', '2025-06-01', plan], SPAWNS);
    worst = Math.max(worst, one / node);
    console.log(`  yuan validate ${plan} ${ratio(one)}`);
  }
  console.log(`start-up: ${verdict(worst <= 2.5)} (at most 2.5x node -e 0)`);
}
