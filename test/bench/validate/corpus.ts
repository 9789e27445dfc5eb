/**
 * The benchmark's corpus: varied plans in a temporary folder. 1,000 distinct plans come from the
 * property tests' generator (fixed seed: the same corpus every run), stringified in several YAML
 * layouts; every 50th file is one of the project's real plans (30 KB each); every 20th has a typo
 * (a schema error); larger corpora repeat the distinct plans under new ids.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { Draw } from '../../property/arbitraries/draw.js';
import { planText } from '../../property/arbitraries/mutators.js';
import { validPlan } from '../../property/arbitraries/plan-arbitrary.js';

const REAL_PLANS = [
  'plans/x-community-epidemic.yaml',
  'examples/urban-flood.yaml',
  'examples/school-fire.yaml',
];

/** The distinct plan texts the corpora are made of. */
export function distinctPlans(count: number): string[] {
  const plans = fc.sample(fc.tuple(validPlan, fc.gen()), { numRuns: count, seed: 20_200_124 });
  return plans.map(([plan, g]) => planText(new Draw(g), plan));
}

/** A corpus of `size` files in a new temporary folder; returns the folder and the file list. */
export function writeCorpus(size: number, distinct: readonly string[]) {
  const folder = mkdtempSync(join(tmpdir(), `yuan-bench-${size}-`));
  const real = REAL_PLANS.map((path) =>
    readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'),
  );
  const files: string[] = [];
  let bytes = 0;
  for (let i = 0; i < size; i++) {
    let text =
      i % 50 === 49
        ? real[i % real.length]!
        : distinct[i % distinct.length]!.replace(/^id: (.*)$/m, `id: $1-n${i}`);
    if (i % 20 === 7) text = text.replace(/\bphase:/, 'phse:');
    // Ten files a folder, as a repository of many plans is laid out.
    const path = join(
      folder,
      `region-${String(Math.floor(i / 10)).padStart(4, '0')}`,
      `plan-${i}.yaml`,
    );
    if (i % 10 === 0) mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
    files.push(path);
    bytes += Buffer.byteLength(text);
  }
  const list = join(folder, 'files.txt');
  writeFileSync(list, `${files.join('\n')}\n`);
  return { folder, files, list, bytes };
}
