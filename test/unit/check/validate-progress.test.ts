/** validatePaths tells its caller how far it is: onProgress(done, total) after each file. */
import { describe, expect, it } from 'vitest';
import { validatePaths, type ValidateOptions } from '../../../src/check/validate-paths.js';
import { en } from '../../helpers/translate.js';
import { PLAN, scenarioOf } from './temp-tree.js';
import { temporaryTree, type TemporaryTree } from '../../helpers/temp-folders.js';

let tree: TemporaryTree;

function plans(count: number): Record<string, string> {
  return Object.fromEntries(
    Array.from({ length: count }, (_, i) => [`plans/p${i}.yaml`, PLAN.replace('mini', `p${i}`)]),
  );
}

function options(calls: [number, number][], extra: Partial<ValidateOptions> = {}) {
  return {
    cwd: tree.root,
    t: en,
    today: '2024-03-10',
    rules: [],
    onProgress: (done: number, total: number) => void calls.push([done, total]),
    ...extra,
  };
}

describe('validatePaths onProgress', () => {
  it('counts every checked file once, up to the total, whatever finishes first', async () => {
    tree = temporaryTree({
      ...plans(5),
      'plans/drill.yaml': scenarioOf('p0.yaml'),
      'plans/bad.yaml': '[',
    });
    const calls: [number, number][] = [];
    const result = await validatePaths(['plans'], options(calls, { concurrency: 3 }));
    expect(result.files).toHaveLength(7);
    expect(calls).toEqual([1, 2, 3, 4, 5, 6, 7].map((done) => [done, 7]));
  });

  it('counts only the files of the shard', async () => {
    tree = temporaryTree(plans(12));
    const calls: [number, number][] = [];
    const result = await validatePaths(
      ['plans'],
      options(calls, { shard: { index: 1, total: 3 } }),
    );
    expect(result.files.length).toBeGreaterThan(0);
    expect(result.files.length).toBeLessThan(12);
    expect(calls.at(-1)).toEqual([result.files.length, result.files.length]);
    expect(calls).toHaveLength(result.files.length);
  });

  it('is not called when the PATHs match nothing', async () => {
    tree = temporaryTree(plans(1));
    const calls: [number, number][] = [];
    const result = await validatePaths(['missing/*.yaml'], options(calls));
    expect(result.unmatched).toEqual(['missing/*.yaml']);
    expect(calls).toEqual([]);
  });
});
