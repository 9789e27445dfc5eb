/** `npm run bench`: runs every `*.bench.ts` of this folder, one after the other, in one process. */
import { readdirSync } from 'node:fs';

const folder = new URL('./', import.meta.url);
for (const name of readdirSync(folder)
  .filter((file) => file.endsWith('.bench.ts'))
  .sort()) {
  console.log(`# ${name}`);
  await import(new URL(name, folder).href);
}
