/**
 * Two projects, both run by `npm test` (`vitest run`): `unit`, fast and in-process, and `slow`, the
 * tests that spawn the built executable, drive tmux or Chromium, feed hostile files, or try many
 * generated cases. `npx vitest run --project unit` runs the fast ones alone.
 */
import { defineConfig } from 'vitest/config';

/** The slow project's files. */
const SLOW = [
  'test/hostile/**/*.test.ts',
  'test/property/**/*.test.ts',
  'test/browser/**/*.test.ts',
  'test/cli/interactive-tmux.test.ts',
  'test/cli/drill-kill.test.ts',
  'test/cli/validate-bin.test.ts',
  'test/cli/bin-bundle.test.ts',
  'test/cli/package-untouched.test.ts',
];

/** Removes the folders of test/helpers/temp-folders.ts, in both projects. */
const setupFiles = ['test/setup/remove-temp-folders.ts'];

export default defineConfig({
  test: {
    // Runs once for the whole run, whichever projects it holds.
    globalSetup: ['test/setup/temp-root.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          setupFiles,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          include: ['test/**/*.test.ts'],
          exclude: [...SLOW, 'test/bench/**', 'node_modules/**'],
        },
      },
      {
        test: {
          name: 'slow',
          include: SLOW,
          setupFiles,
          // Longer than the hang guard of the spawned executable (test/hostile/spawn-yuan.ts): a
          // busy machine makes a child process slow, and the guard should say so, not the runner.
          testTimeout: 600_000,
          hookTimeout: 600_000,
          globalSetup: ['test/setup/fresh-build.ts'],
        },
      },
    ],
  },
});
