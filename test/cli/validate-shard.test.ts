import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';
import { temporaryFolder } from '../helpers/temp-folders.js';

/** A folder of small plans, each with one warning-free error so every checked file shows up in JSON. */
function corpus(count: number): string {
  const folder = temporaryFolder('yuan-shard');
  mkdirSync(join(folder, 'plans'));
  for (let i = 0; i < count; i++) {
    writeFileSync(join(folder, 'plans', `plan-${i}.yaml`), `yuan: 1\nkind: plan\nid: p${i}\n`);
  }
  return folder;
}

async function filesOfShard(cwd: string, shard: string): Promise<string[]> {
  const io = fakeIo({ cwd });
  expect(await run(['validate', 'plans', '--format', 'json', '--shard', shard], io)).toBe(1);
  return (JSON.parse(io.out()) as { files: { file: string }[] }).files.map((f) => f.file);
}

describe('yuan validate --shard', () => {
  it('splits the files so that every file is checked by exactly one of N jobs', async () => {
    const cwd = corpus(30);
    const shards = await Promise.all(['1/3', '2/3', '3/3'].map((s) => filesOfShard(cwd, s)));
    const all = shards.flat().sort();
    expect(all).toHaveLength(30);
    expect(new Set(all).size).toBe(30);
    expect(shards.every((files) => files.length < 30)).toBe(true);
    expect(await filesOfShard(cwd, '2/3')).toEqual(shards[1]);
  });

  it('refuses a malformed share with a usage error', async () => {
    const cwd = corpus(1);
    for (const bad of ['0/3', '4/3', 'a/b', '3']) {
      const io = fakeIo({ cwd });
      expect(await run(['validate', '--shard', bad], io)).toBe(2);
      expect(io.err()).toContain('--shard must be K/N');
    }
  });
});
