/**
 * test/helpers/temp-folders.ts with the hooks of test/setup/remove-temp-folders.ts: a test's
 * folders go when it ends, a file's when the file ends, and all of them live in the run's own
 * temporary folder (test/setup/temp-root.ts), which the run checks is empty at the end.
 */
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryFolder, temporaryTree } from '../helpers/temp-folders.js';

const ofFile = temporaryFolder('yuan-file-level');
let ofTest: string | undefined;

describe('temporary folders', () => {
  it('are made in the run’s own temporary folder, named after their label', () => {
    ofTest = temporaryFolder('yuan-test-level');
    expect(existsSync(ofTest)).toBe(true);
    expect(basename(dirname(ofTest))).toMatch(/^yuan-test-/);
    expect(dirname(ofTest)).toBe(tmpdir());
    expect(basename(ofTest)).toMatch(/^yuan-test-level-/);
  });

  it('made in a test are gone after it; made outside one, stay until the file ends', () => {
    expect(ofTest).toBeDefined();
    expect(existsSync(ofTest!)).toBe(false);
    expect(existsSync(ofFile)).toBe(true);
  });

  it('can hold files, folders and symbolic links', () => {
    const tree = temporaryTree({ 'a/b.yaml': 'x: 1\n', 'empty/': '', 'link.yaml': '-> a/b.yaml' });
    expect(readFileSync(tree.path('link.yaml'), 'utf8')).toBe('x: 1\n');
    expect(existsSync(tree.path('empty'))).toBe(true);
    expect(readFileSync(tree.write('c/d.txt', 'd'), 'utf8')).toBe('d');
  });
});
