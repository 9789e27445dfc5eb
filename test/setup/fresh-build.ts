/**
 * The global setup of the slow project, whose tests spawn the real executable (bin/yuan.js runs
 * what `npm run build` wrote in dist/): a build older than the sources would test yesterday's
 * code, so the run stops at once and says what to do.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** What the executable runs: the bundle, and the modules `--debug` loads. */
const BUILT = ['dist/cli-bundle/yuan.cjs', 'dist/cli/main.js'];

export default function setup(): void {
  const problem = staleBuild(ROOT);
  if (problem !== undefined) throw new Error(problem);
}

/** Why the build in `root` cannot be tested (missing, or older than a source), if it cannot. */
export function staleBuild(root: string): string | undefined {
  const built = BUILT.map((name) => statSync(join(root, name), { throwIfNoEntry: false }));
  if (built.some((stats) => stats === undefined)) return 'dist/ is missing: run npm run build';
  const builtAt = Math.min(...built.map((stats) => stats!.mtimeMs));
  const newer = newestFile(join(root, 'src'));
  if (newer.mtimeMs > builtAt) {
    return `dist/ is older than src/: run npm run build (${relative(root, newer.path)} changed since)`;
  }
  return undefined;
}

/** The most recently modified file under `folder`. */
function newestFile(folder: string): { path: string; mtimeMs: number } {
  let newest = { path: folder, mtimeMs: 0 };
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const { mtimeMs } = statSync(path);
    if (mtimeMs > newest.mtimeMs) newest = { path, mtimeMs };
  }
  return newest;
}
