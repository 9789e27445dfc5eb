import { describe, expect, it } from 'vitest';
import {
  hashPath,
  MAX_SHARDS,
  parseShard,
  selectShard,
  shardKey,
  shardOf,
} from '../../../src/check/shard.js';

/** Plan paths of the shape a large repository has: folders by region, numbered files. */
const corpus = Array.from(
  { length: 10_000 },
  (_, i) => `plans/region-${i % 37}/district-${i % 11}/plan-${String(i).padStart(5, '0')}.yaml`,
);

const split = (files: readonly string[], total: number) =>
  Array.from({ length: total }, (_, k) => selectShard(files, { index: k + 1, total }));

describe('parseShard', () => {
  it('reads K/N with 1-based K', () => {
    expect(parseShard('1/1')).toEqual({ shard: { index: 1, total: 1 } });
    expect(parseShard('3/4')).toEqual({ shard: { index: 3, total: 4 } });
    expect(parseShard(' 2 / 8 ')).toEqual({ shard: { index: 2, total: 8 } });
    expect(parseShard(`${MAX_SHARDS}/${MAX_SHARDS}`)).toMatchObject({
      shard: { index: MAX_SHARDS },
    });
  });

  it.each(['', '3', '1/', '/4', 'a/b', '1/2/3', '-1/4', '1.5/4', '1/4x', '0x1/4', '1e2/4'])(
    'refuses %j as not K/N',
    (value) => {
      expect(parseShard(value)).toEqual({ problem: { kind: 'format', value } });
    },
  );

  it.each([
    ['0/4', 0, 4],
    ['5/4', 5, 4],
    ['1/0', 1, 0],
    ['0/0', 0, 0],
    [`1/${MAX_SHARDS + 1}`, 1, MAX_SHARDS + 1],
  ])('refuses %j as out of range', (value, index, total) => {
    expect(parseShard(value)).toEqual({ problem: { kind: 'range', value, index, total } });
  });
});

describe('selectShard', () => {
  it.each([1, 2, 3, 4, 7, 16])('puts every file in exactly one of %i shards', (total) => {
    const shards = split(corpus, total);
    expect(shards.flat().sort()).toEqual([...corpus].sort());
    expect(new Set(shards.flat()).size).toBe(corpus.length);
  });

  it('is deterministic and keeps the given order', () => {
    const once = selectShard(corpus, { index: 2, total: 5 });
    expect(selectShard(corpus, { index: 2, total: 5 })).toEqual(once);
    const reversed = selectShard([...corpus].reverse(), { index: 2, total: 5 });
    expect(reversed).toEqual([...once].reverse());
  });

  it('moves no file when others are added or removed', () => {
    const before = selectShard(corpus.slice(0, 5_000), { index: 3, total: 4 });
    const after = selectShard(corpus, { index: 3, total: 4 });
    expect(after.slice(0, before.length)).toEqual(before);
    const fewer = selectShard(corpus.slice(2_000), { index: 3, total: 4 });
    expect(fewer).toEqual(after.filter((file) => corpus.indexOf(file) >= 2_000));
  });

  it.each([2, 4, 8, 16, 32])('balances 10,000 files over %i shards like a fair draw', (total) => {
    // A hash split is a random draw: each size is binomial. Five standard deviations is a bound
    // a fair split practically never exceeds and a biased hash (e.g. by file-name length) does.
    const mean = corpus.length / total;
    const deviation = Math.sqrt(mean * (1 - 1 / total));
    for (const shard of split(corpus, total)) {
      expect(Math.abs(shard.length - mean)).toBeLessThan(5 * deviation);
    }
  });

  it('spreads names that differ only in one digit', () => {
    const names = Array.from({ length: 100 }, (_, i) => `p${i}.yaml`);
    const sizes = split(names, 4).map((shard) => shard.length);
    expect(Math.min(...sizes)).toBeGreaterThan(10);
  });

  it('gives the same shard for an absolute path and its relative form', () => {
    const cwd = '/work/repo';
    for (const file of corpus.slice(0, 200)) {
      expect(shardOf(`${cwd}/${file}`, 7, cwd)).toBe(shardOf(file, 7));
      expect(shardOf(`./${file}`, 7)).toBe(shardOf(file, 7));
    }
    const absolute = corpus.slice(0, 200).map((file) => `${cwd}/${file}`);
    const relativeShard = selectShard(corpus.slice(0, 200), { index: 1, total: 3 });
    expect(selectShard(absolute, { index: 1, total: 3, cwd })).toEqual(
      relativeShard.map((file) => `${cwd}/${file}`),
    );
  });

  it('hashes Unicode names in their composed form', () => {
    expect(shardKey('plans/cafe\u0301.yaml')).toBe('plans/caf\u00e9.yaml');
    expect(hashPath(shardKey('预案/社区.yaml'))).toBe(hashPath('预案/社区.yaml'));
  });

  it('keeps the hash stable across versions (jobs of one matrix may run different builds)', () => {
    expect([hashPath(''), hashPath('plans/a.yaml'), hashPath('plans/b.yaml')]).toEqual([
      2872998923, 2439916496, 2958278821,
    ]);
  });

  it('refuses a shard that is not in the split', () => {
    expect(() => selectShard(corpus, { index: 0, total: 4 })).toThrow(RangeError);
    expect(() => selectShard(corpus, { index: 5, total: 4 })).toThrow(RangeError);
    expect(() => selectShard(corpus, { index: 1, total: 0 })).toThrow(RangeError);
  });
});
