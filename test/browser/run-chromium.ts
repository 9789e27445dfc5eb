/** Headless Chromium, with its profile and its temporary files in a folder of the test's. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Runs `chromium` headless with `args`; its profile and temporary files go to `folder`. Returns stdout. */
export function runChromium(
  chromium: string,
  folder: string,
  args: readonly string[],
  timeout?: number,
): string {
  return execFileSync(
    chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      `--user-data-dir=${join(folder, 'profile')}`,
      ...args,
    ],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      env: { ...process.env, TMPDIR: folder },
      ...(timeout === undefined ? {} : { timeout }),
    },
  );
}
