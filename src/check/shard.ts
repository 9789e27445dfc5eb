/**
 * `yuan validate --shard K/N`: a CI matrix of N jobs each validates its own share of the files.
 *
 * A file's shard depends on its path alone (a stable hash of the path relative to the working
 * folder, slashes forward, Unicode NFC), never on the other files: adding or removing a plan moves
 * no other plan to another job, and every job of the matrix computes the same split without
 * talking to the others. The hash is 32-bit FNV-1a over the UTF-8 bytes, finished with MurmurHash3's
 * fmix32 so that names differing only in a few digits still spread evenly; the shard is that hash
 * modulo N. Shards are balanced statistically, not exactly: with few files some shard may be empty.
 */
import { isAbsolute, relative, sep } from 'node:path';

/** One share of a split: `index` is 1-based (the K of `K/N`), `total` the number of shares. */
export interface Shard {
  index: number;
  total: number;
}

/** Why a `--shard` value was refused; the command line turns it into a message. */
export type ShardProblem =
  /** Not of the form `K/N` with whole numbers. */
  | { kind: 'format'; value: string }
  /** K and N are numbers, but not 1 <= K <= N (or N is beyond the largest split allowed). */
  | { kind: 'range'; value: string; index: number; total: number };

/** The largest N accepted: far beyond any CI matrix, small enough to catch a typo. */
export const MAX_SHARDS = 1024;

/** Parses `K/N` (1-based K, 1 <= K <= N <= MAX_SHARDS); surrounding spaces are allowed. */
export function parseShard(value: string): { shard: Shard } | { problem: ShardProblem } {
  const match = /^\s*(\d{1,9})\s*\/\s*(\d{1,9})\s*$/.exec(value);
  if (!match) return { problem: { kind: 'format', value } };
  const index = Number(match[1]);
  const total = Number(match[2]);
  if (total < 1 || total > MAX_SHARDS || index < 1 || index > total) {
    return { problem: { kind: 'range', value, index, total } };
  }
  return { shard: { index, total } };
}

/** How paths are turned into the keys that are hashed. */
export interface ShardOptions extends Shard {
  /** Absolute paths are made relative to this folder first (the same in every job). */
  cwd?: string;
}

/** The files of one shard, in their given order; every file falls in exactly one shard of N. */
export function selectShard<T extends string>(files: readonly T[], options: ShardOptions): T[] {
  const { index, total } = options;
  if (!Number.isInteger(total) || total < 1 || !Number.isInteger(index)) {
    throw new RangeError(`shard ${index}/${total} is not a split`);
  }
  if (index < 1 || index > total) throw new RangeError(`shard ${index} is not in 1..${total}`);
  return files.filter((file) => shardOf(file, total, options.cwd) === index);
}

/** The 1-based shard of one path among `total`. */
export function shardOf(path: string, total: number, cwd?: string): number {
  return (hashPath(shardKey(path, cwd)) % total) + 1;
}

/** The normalised relative path that is hashed: forward slashes, NFC, no leading `./`. */
export function shardKey(path: string, cwd?: string): string {
  const relativePath = cwd !== undefined && isAbsolute(path) ? relative(cwd, path) : path;
  return relativePath
    .split(sep)
    .join('/')
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .normalize('NFC');
}

/** 32-bit FNV-1a of the UTF-8 bytes, then fmix32 (an unsigned 32-bit integer). */
export function hashPath(key: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(key)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}
