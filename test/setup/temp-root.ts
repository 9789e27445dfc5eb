/**
 * The global setup of the whole run: every temporary file and folder of the run, made by the
 * tests, by the executables they spawn or by anything else that asks the system for one, goes
 * into one folder of its own (TMPDIR, which the test workers inherit). At the end that folder must
 * be empty: the run fails, naming what the tests left behind, and removes it.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What may stay: caches that Node keeps in the temporary folder by itself (22.1 and later). */
const CACHES = new Set(['node-compile-cache']);

export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), 'yuan-test-'));
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    const left = readdirSync(root).filter((name) => !CACHES.has(name));
    rmSync(root, { recursive: true, force: true });
    if (left.length > 0) {
      // Vitest reports an error of a global teardown but does not fail the run for it.
      process.exitCode = 1;
      throw new Error(
        `the tests left ${left.length} temporary file(s) behind: ${left.sort().join(', ')}. ` +
          'Make temporary folders with test/helpers/temp-folders.ts, which removes them.',
      );
    }
  };
}
