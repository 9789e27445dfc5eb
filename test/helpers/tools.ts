/**
 * Programs some tests drive (Debian's chromium and tmux). Where one is missing its tests are
 * skipped, with a message that says how to install it; in CI (CI set, as .ci/run does) they fail
 * instead, so that a CI run never passes without them.
 */
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { describe, it } from 'vitest';

/** A program looked up on PATH. */
export interface Tool {
  name: string;
  /** Its absolute path, when installed. */
  path: string | undefined;
  /** How to install it. */
  install: string;
}

/** The first of `names` found on PATH. */
export function findTool(name: string, names: readonly string[], install: string): Tool {
  const folders = (process.env.PATH ?? '').split(delimiter).filter((folder) => folder !== '');
  for (const candidate of names) {
    for (const folder of folders) {
      const path = join(folder, candidate);
      if (existsSync(path)) return { name, path, install };
    }
  }
  return { name, path: undefined, install };
}

export const CHROMIUM = findTool(
  'chromium',
  ['chromium', 'chromium-browser'],
  'apt-get install -y chromium',
);
export const TMUX = findTool('tmux', ['tmux'], 'apt-get install -y tmux');

/** True in CI: the CI variable is set to anything but `false` or `0`. */
export function inCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.CI?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== 'false' && value !== '0';
}

/**
 * `describe(title, body)` when `tool` is installed. Without it: one skipped test saying how to
 * install it, or, in CI, one failing test.
 */
export function describeWith(tool: Tool, title: string, body: (path: string) => void): void {
  const path = tool.path;
  if (path !== undefined) {
    describe(title, () => body(path));
  } else if (inCi()) {
    describe(title, () => {
      it(`needs ${tool.name}`, () => {
        throw new Error(
          `${tool.name} is not installed, and CI must run these tests (${tool.install})`,
        );
      });
    });
  } else {
    describe(title, () => {
      it.skip(`skipped: ${tool.name} is not installed (${tool.install})`, () => {});
    });
  }
}
