/** The slow project's check that dist/ is not older than src/ (test/setup/fresh-build.ts). */
import { utimesSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { temporaryTree } from '../helpers/temp-folders.js';
import { staleBuild } from './fresh-build.js';

/** A repository with a source file and a build, the build made `builtAfter` seconds after it. */
function repository(builtAfter: number) {
  const tree = temporaryTree({
    'src/cli/main.ts': 'export {};\n',
    'dist/cli/main.js': 'export {};\n',
    'dist/cli-bundle/yuan.cjs': '\n',
  });
  const source = new Date('2026-01-01T00:00:00Z');
  const built = new Date(source.getTime() + builtAfter * 1000);
  utimesSync(tree.path('src/cli/main.ts'), source, source);
  utimesSync(tree.path('dist/cli/main.js'), built, built);
  utimesSync(tree.path('dist/cli-bundle/yuan.cjs'), built, built);
  return tree;
}

describe('the build check', () => {
  it('passes a build made after the last change to src/', () => {
    expect(staleBuild(repository(60).root)).toBeUndefined();
  });

  it('names the source file changed since the build', () => {
    expect(staleBuild(repository(-60).root)).toBe(
      'dist/ is older than src/: run npm run build (src/cli/main.ts changed since)',
    );
  });

  it('asks for a build when there is none', () => {
    const tree = temporaryTree({ 'src/index.ts': 'export {};\n' });
    expect(staleBuild(tree.root)).toBe('dist/ is missing: run npm run build');
  });
});
