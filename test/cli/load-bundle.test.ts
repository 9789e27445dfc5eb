/**
 * The loader of the bundled CLI (bin/yuan.js): a CommonJS file run with V8's code cache kept per
 * command, a cache that never changes what runs, and a run that never depends on the cache.
 * Whether V8 takes a cache is seen only in a new process (within one, V8 reuses the script it
 * compiled before and never reads the cache), so those tests load in a child, as the bin does,
 * with the loader `npm run build` made.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../src/cli/boot/load-bundle.js';
import { temporaryFolder } from '../helpers/temp-folders.js';

interface Exports {
  answer: number;
  file: string;
  base: string;
  importPath: () => Promise<{ sep: string }>;
}

/** A bundle like esbuild's: CommonJS, using require, __filename and the loader's import(). */
const BUNDLE = `"use strict";
const { basename } = require('node:path');
exports.answer = 6 * 7;
exports.file = __filename;
exports.base = basename(__dirname);
exports.importPath = () => __yuanImport('node:path');
`;

function setUp(source = BUNDLE) {
  const folder = temporaryFolder('yuan-load-bundle');
  const file = join(folder, 'bundle.cjs');
  writeFileSync(file, source);
  const cache = join(folder, 'code-cache');
  const load = (command: string | undefined = 'validate', env: NodeJS.ProcessEnv = {}) =>
    loadBundle<Exports>(file, { folder: cache, command, env });
  const caches = () => {
    try {
      return readdirSync(cache).sort();
    } catch {
      return [];
    }
  };
  /** Loads in a new process: whether the cache was taken, and what the bundle computed. */
  const loadInChild = (command = 'validate') => {
    const script = `
      const { loadBundle } = require(${JSON.stringify(LOADER)});
      const bundle = loadBundle(${JSON.stringify(file)}, {
        folder: ${JSON.stringify(cache)}, command: ${JSON.stringify(command)}, env: {},
      });
      bundle.saveCodeCache();
      console.log(JSON.stringify({ fromCache: bundle.fromCache, answer: bundle.exports.answer }));`;
    const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(child.stderr).toBe('');
    return JSON.parse(child.stdout) as { fromCache: boolean; answer: number };
  };
  return { folder, file, cache, load, loadInChild, caches };
}

const LOADER = fileURLToPath(new URL('../../dist/cli-bundle/load-bundle.cjs', import.meta.url));

describe('loadBundle', () => {
  it('runs the file as CommonJS, with require, __filename, __dirname and import()', async () => {
    const { file, folder, load } = setUp();
    const bundle = load();
    expect(bundle.exports.answer).toBe(42);
    expect(bundle.exports.file).toBe(file);
    expect(bundle.exports.base).toBe(folder.split('/').pop());
    expect((await bundle.exports.importPath()).sep).toBe('/');
  });

  it('keeps a cache after the first run and compiles from it in the next', () => {
    const { load, loadInChild, caches } = setUp();
    expect(load().fromCache).toBe(false);
    expect(caches()).toEqual([]);
    expect(loadInChild()).toEqual({ fromCache: false, answer: 42 });
    expect(caches()).toHaveLength(1);
    expect(caches()[0]).toMatch(/-validate\.bin$/);
    expect(loadInChild()).toEqual({ fromCache: true, answer: 42 });
    expect(caches()).toHaveLength(1);
  });

  it('keeps one cache per command; anything but a plain word shares `other`', () => {
    const { load, caches } = setUp();
    for (const command of ['validate', 'drill', '--version', '../../etc', undefined]) {
      load(command).saveCodeCache();
    }
    expect(caches().map((name) => name.replace(/^.*-/, ''))).toEqual([
      'drill.bin',
      'other.bin',
      'validate.bin',
    ]);
  });

  it('does not use the cache of another bundle file', () => {
    const { file, loadInChild, caches } = setUp();
    expect(loadInChild()).toEqual({ fromCache: false, answer: 42 });
    // The same length, other code, a later modification time: as a rebuild would write it.
    writeFileSync(file, BUNDLE.replace('6 * 7', '8 * 8'));
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    expect(loadInChild()).toEqual({ fromCache: false, answer: 64 });
    expect(loadInChild()).toEqual({ fromCache: true, answer: 64 });
    expect(caches()).toHaveLength(2);
  });

  it('compiles from source when the cache is damaged, and writes it again', () => {
    const { cache, loadInChild, caches } = setUp();
    loadInChild();
    const path = join(cache, caches()[0]!);
    writeFileSync(path, Buffer.from('not a code cache at all'));
    expect(loadInChild()).toEqual({ fromCache: false, answer: 42 });
    expect(readFileSync(path).toString()).not.toBe('not a code cache at all');
    expect(loadInChild()).toEqual({ fromCache: true, answer: 42 });
  });

  it('runs when the cache cannot be written, and leaves nothing behind', () => {
    const { folder, file } = setUp();
    // A file where the cache folder would be: mkdir fails, as on a read-only install.
    const blocked = join(folder, 'blocked');
    writeFileSync(blocked, '');
    const bundle = loadBundle<Exports>(file, { folder: blocked, command: 'validate', env: {} });
    expect(() => bundle.saveCodeCache()).not.toThrow();
    expect(bundle.exports.answer).toBe(42);
    expect(readdirSync(folder).sort()).toEqual(['blocked', 'bundle.cjs']);
  });

  it('neither reads nor writes a cache with NODE_DISABLE_COMPILE_CACHE, as Node', () => {
    const { load, caches } = setUp();
    load().saveCodeCache();
    const disabled = load('validate', { NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(disabled.fromCache).toBe(false);
    load('drill', { NODE_DISABLE_COMPILE_CACHE: '1' }).saveCodeCache();
    expect(caches()).toHaveLength(1);
  });
});
