/** The plans the diagram tests draw: every plan of plans/ and examples/, and a hostile one. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Plan } from '../../../src/model/plan.js';

const ROOT = new URL('../../../', import.meta.url).pathname;
const read = (path: string) => parse(readFileSync(join(ROOT, path), 'utf8')) as Plan;

/** A plan whose titles hold markup, quotes and line breaks. */
export const hostile = read('test/fixtures/compile/hostile-plan.yaml');

/** [path, plan] of every repository plan, then ['hostile', hostile]. */
export const plans: [string, Plan][] = ['plans', 'examples']
  .flatMap((folder) => readdirSync(join(ROOT, folder)).map((name) => `${folder}/${name}`))
  .filter((path) => /\.ya?ml$/.test(path))
  .map((path) => [path, read(path)] as [string, Plan])
  .filter(([, plan]) => plan.kind === 'plan');
plans.push(['hostile', hostile]);

/** Text with its runs of white space made one space, as a diagram shows it. */
export const folded = (text: string) => text.replace(/\s+/g, ' ').trim();
