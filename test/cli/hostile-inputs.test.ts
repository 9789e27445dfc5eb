/**
 * Every command refuses the same hostile inputs the same way, because every input goes through
 * the one check service: a pipe, a device, a folder or a missing file is said in the same words,
 * at once (never a wait on a pipe or an endless read of a device), without a stack trace — whether
 * it is the plan given, an answers file, a journal, or the plan a journal names.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_JOURNAL_BYTES } from '../../src/check/index.js';
import { run } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';
import { temporaryFolder } from '../helpers/temp-folders.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const PLAN = join(ROOT, 'plans/x-community-winter-2020.yaml');
const folder = temporaryFolder('yuan-hostile-inputs');
const fifo = join(folder, 'input.fifo');
execFileSync('mkfifo', [fifo]);
mkdirSync(join(folder, 'a-folder'));

/** A journal whose start names `plan` as the plan it was drilled on. */
function journalNaming(plan: string, name: string): string {
  const start = {
    type: 'start',
    at: 0,
    journal: 1,
    plan,
    planId: 'x-community-epidemic',
    planHash: 'sha256:0',
    scenario: 'x-community-winter-2020',
    version: '0.1.0',
    startedAt: '2026-12-04T00:00:00.000Z',
    pace: 30,
    players: ['secretary'],
  };
  writeFileSync(join(folder, name), `${JSON.stringify(start)}\n`);
  return name;
}

const HOSTILE: [string, string, string][] = [
  ['a named pipe with no writer', fifo, 'not a regular file'],
  ['/dev/zero', '/dev/zero', 'not a regular file'],
  ['a folder', join(folder, 'a-folder'), 'is a folder'],
  ['a missing file', join(folder, 'missing.yaml'), 'ENOENT'],
];

/** Each command with the hostile file in one of its places, and the exit code it answers. */
const COMMANDS: [string, (file: string, label: string) => string[], number][] = [
  ['validate FILE', (file) => ['validate', file], 1],
  ['compile FILE', (file) => ['compile', file], 2],
  ['paths FILE', (file) => ['paths', file], 2],
  ['readiness FILE', (file) => ['readiness', file], 2],
  ['drill FILE', (file) => ['drill', file, '--answers', 'none.yaml'], 1],
  ['drill PLAN --answers FILE', (file) => ['drill', PLAN, '--answers', file], 1],
  ['drill --resume FILE', (file) => ['drill', '--resume', file], 2],
  ['report FILE', (file) => ['report', file], 2],
  [
    'drill --resume JOURNAL naming FILE',
    (file, label) => ['drill', '--resume', journalNaming(file, `${label}-resume.jsonl`)],
    2,
  ],
  [
    'report JOURNAL naming FILE',
    (file, label) => ['report', journalNaming(file, `${label}-report.jsonl`)],
    2,
  ],
];

describe.each(HOSTILE)('%s', (label, file, cause) => {
  // validate takes folders (walked) and globs (a missing one matches nothing): see its own tests.
  const commands = /folder|missing/.test(label)
    ? COMMANDS.filter(([command]) => command !== 'validate FILE')
    : COMMANDS;
  it.each(commands)('%s: refused in the same words', async (_command, argv, exitCode) => {
    const io = fakeIo({ cwd: folder });
    const code = await run(argv(file, `j${label.replace(/\W+/g, '-')}`), io);
    const said = io.out() + io.err();
    expect(code).toBe(exitCode);
    expect(said).toContain(cause);
    expect(said).not.toMatch(/^\s+at /m);
  });
});

it('leaves the journals it was given as they were', () => {
  expect(readFileSync(join(folder, 'ja-folder-resume.jsonl'), 'utf8')).toContain('"type":"start"');
});

describe.each([
  ['report', (journal: string) => ['report', journal]],
  ['drill --resume', (journal: string) => ['drill', '--resume', journal]],
])('%s', (_command, argv) => {
  it('refuses a journal over 64 MiB without reading it', async () => {
    const huge = join(folder, 'huge.jsonl');
    writeFileSync(huge, '');
    // Sparse: its size says over the limit without writing 64 MiB.
    truncateSync(huge, MAX_JOURNAL_BYTES + 1);
    const io = fakeIo({ cwd: folder });
    expect(await run(argv('huge.jsonl'), io)).toBe(2);
    expect(io.err()).toContain(`over the limit of ${MAX_JOURNAL_BYTES}`);
    expect(io.err().trim().split('\n')).toHaveLength(1);
  });
});
