/**
 * Files a command is given besides plans (a drill journal for `yuan report` and `--resume`) are
 * read only when they are regular files of bounded size: a pipe, a device or a folder is a
 * one-line error (exit 2) at once, never a wait or an endless read.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { MAX_JOURNAL_BYTES } from '../../src/check/index.js';
import { fakeIo } from '../helpers/fake-io.js';
import { temporaryFolder } from '../helpers/temp-folders.js';

const folder = temporaryFolder('yuan-given-files');

const fifo = join(folder, 'journal.fifo');
execFileSync('mkfifo', [fifo]);
const huge = join(folder, 'huge.jsonl');
writeFileSync(huge, '');
// Sparse: its size says over the limit without writing 64 MiB.
truncateSync(huge, MAX_JOURNAL_BYTES + 1);
mkdirSync(join(folder, 'a-folder'));

async function yuan(args: string[]) {
  const io = fakeIo({ cwd: folder });
  const code = await run(args, io);
  return { code, err: io.err(), out: io.out() };
}

describe.each([
  ['yuan report', (journal: string) => ['report', journal]],
  ['yuan drill --resume', (journal: string) => ['drill', '--resume', journal]],
])('%s refuses a journal that is not a regular file of bounded size', (_command, args) => {
  it.each([
    ['a named pipe with no writer', fifo, 'not a regular file'],
    ['/dev/zero', '/dev/zero', 'not a regular file'],
    ['a folder', 'a-folder', 'is a folder'],
    ['a file over 64 MiB', 'huge.jsonl', `over the limit of ${MAX_JOURNAL_BYTES}`],
    ['a missing file', 'missing.jsonl', 'ENOENT'],
  ])('%s', async (_what, journal, cause) => {
    const { code, err, out } = await yuan(args(journal));
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(cause);
    expect(err.trim().split('\n')).toHaveLength(1);
  });
});
