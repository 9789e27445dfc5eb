import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../../src/load/index.js';
import { en } from '../../helpers/translate.js';
import { temporaryFolder } from '../../helpers/temp-folders.js';

const folder = temporaryFolder('yuan-load');
const write = (name: string, content: string | Buffer) => {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
};
const load = (path: string, maxBytes?: number) =>
  loadDocument(path, { t: en, ...(maxBytes ? { limits: { maxBytes } } : {}) });

describe('loadDocument', () => {
  it('loads UTF-8 with a BOM', async () => {
    const { document, findings } = await load(write('bom.yaml', '\uFEFFyuan: 1\n'));
    expect(findings).toEqual([]);
    expect(document?.data).toEqual({ yuan: 1 });
  });

  it('refuses a missing file, a folder and a named pipe without hanging', async () => {
    expect((await load(join(folder, 'nope.yaml'))).findings[0]).toMatchObject({
      ruleId: 'file/unreadable',
    });
    mkdirSync(join(folder, 'dir.yaml'));
    expect((await load(join(folder, 'dir.yaml'))).findings[0]!.message).toContain('folder');
    const fifo = join(folder, 'pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    expect((await load(fifo)).findings[0]!.message).toContain('not a regular file');
    expect((await load('/dev/zero')).findings[0]!.message).toContain('not a regular file');
  });

  it('refuses files over the size limit', async () => {
    const path = write('big.yaml', 'a: ' + 'x'.repeat(100) + '\n');
    expect((await load(path, 50)).findings[0]!.message).toContain('over the limit of 50');
    expect((await load(path, 200)).findings).toEqual([]);
  });

  it('locates NUL bytes and invalid UTF-8', async () => {
    const nul = await load(write('nul.yaml', Buffer.from('a: 1\nb: \u0000\n')));
    expect(nul.findings[0]).toMatchObject({ ruleId: 'file/unreadable', line: 2, column: 4 });
    const latin = await load(write('latin.yaml', Buffer.from([0x61, 0x3a, 0x20, 0xe9, 0x0a])));
    expect(latin.findings[0]).toMatchObject({ ruleId: 'file/unreadable', line: 1, column: 4 });
    expect(latin.findings[0]!.message).toContain('UTF-8');
  });
});
