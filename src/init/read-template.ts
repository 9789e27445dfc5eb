/** Reading a template's YAML sources from the package (they ship in `templates/`). */
import { readFile } from 'node:fs/promises';
import type { TemplateName } from './template-catalog.js';

/** Where the templates ship: `templates/` at the package root, beside `src/` and `dist/`. */
export const TEMPLATES_URL = new URL('../../templates/', import.meta.url);

/** The plan and scenario sources of one template, placeholders unfilled. */
export interface TemplateSources {
  plan: string;
  scenario: string;
}

/** Reads a template's two YAML files. */
export async function readTemplateSources(name: TemplateName): Promise<TemplateSources> {
  const folder = new URL(`${name}/`, TEMPLATES_URL);
  const [plan, scenario] = await Promise.all([
    readFile(new URL('plan.yaml', folder), 'utf8'),
    readFile(new URL('scenario.yaml', folder), 'utf8'),
  ]);
  return { plan, scenario };
}
