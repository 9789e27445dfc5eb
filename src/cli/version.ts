/** The tool's version, read from package.json next to the code (works from src/ and dist/). */
import { readFileSync } from 'node:fs';

/** The `version` of yuan's package.json. */
export function toolVersion(): string {
  const url = new URL('../../package.json', import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
}
