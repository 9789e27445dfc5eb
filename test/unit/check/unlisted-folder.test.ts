/**
 * A folder that cannot be listed during a walk is a file/unreadable finding, not a silent gap.
 * The walk is given a lister that fails for chosen folders (as root, CI's usual user, permissions
 * never stop a listing); one test also tries real permissions and checks whichever outcome the
 * system gives.
 */
import { chmodSync, readdirSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { validatePaths, type ValidateOptions } from '../../../src/check/validate-paths.js';
import { yamlFilesUnder, type ListFolder } from '../../../src/check/yaml-files-under.js';
import { temporaryTree, type TemporaryTree } from '../../helpers/temp-folders.js';
import { en, zh } from '../../helpers/translate.js';
import { PLAN } from './temp-tree.js';

/** A lister that fails with the given error code for the given folders, and lists the others. */
function refusing(refusals: Record<string, string>): ListFolder {
  return async (folder) => {
    const code = refusals[folder];
    if (code) throw Object.assign(new Error(`${code}, scandir`), { code });
    return readdir(folder, { withFileTypes: true });
  };
}

let tree: TemporaryTree;

function options(extra: Partial<ValidateOptions> = {}): ValidateOptions {
  return { cwd: tree.root, t: en, today: '2024-03-10', rules: [], ...extra };
}

const BROKEN = PLAN.replace('phase: recovery', 'phase: recover');

describe('a folder that cannot be listed', () => {
  it('is told by the walk, which goes on with the rest of the tree', async () => {
    tree = temporaryTree({
      'plans/a.yaml': PLAN,
      'plans/locked/b.yaml': PLAN,
      'plans/z/c.yaml': PLAN,
    });
    const list = refusing({ [tree.path('plans/locked')]: 'EACCES' });
    const unlisted: unknown[] = [];
    const files = await yamlFilesUnder(tree.path('plans'), (folder) => unlisted.push(folder), list);
    expect(files.sort()).toEqual([tree.path('plans/a.yaml'), tree.path('plans/z/c.yaml')]);
    expect(unlisted).toEqual([{ path: tree.path('plans/locked'), cause: 'EACCES' }]);
  });

  it('that vanished since it was found holds nothing, and is not told', async () => {
    tree = temporaryTree({ 'plans/a.yaml': PLAN, 'plans/gone/b.yaml': PLAN });
    const list = refusing({ [tree.path('plans/gone')]: 'ENOENT' });
    const unlisted: unknown[] = [];
    await yamlFilesUnder(tree.path('plans'), (folder) => unlisted.push(folder), list);
    expect(unlisted).toEqual([]);
  });

  it('is a file/unreadable finding on the folder, among the files checked', async () => {
    tree = temporaryTree({
      'plans/a.yaml': BROKEN,
      'plans/locked/b.yaml': PLAN,
      'plans/m.yaml': PLAN,
    });
    const listFolder = refusing({ [tree.path('plans/locked')]: 'EIO' });
    const { files, unmatched } = await validatePaths(['plans'], options({ listFolder }));
    expect(unmatched).toEqual([]);
    expect(files.map((file) => [file.file, file.findings.map((f) => f.ruleId)])).toEqual([
      ['plans/a.yaml', ['schema']],
      ['plans/locked', ['file/unreadable']],
      ['plans/m.yaml', []],
    ]);
    expect(files[1]!.findings[0]).toMatchObject({ severity: 'error', line: 1, column: 1 });
    expect(files[1]!.findings[0]!.message).toBe(
      'cannot list this folder (EIO), so the plans in it were not checked; check its permissions',
    );
  });

  it('named as the PATH is a finding too, not a PATH that matched nothing', async () => {
    tree = temporaryTree({ 'locked/b.yaml': PLAN });
    const listFolder = refusing({ [tree.path('locked')]: 'EACCES' });
    const { files, unmatched } = await validatePaths(['locked'], options({ t: zh, listFolder }));
    expect(unmatched).toEqual([]);
    expect(files).toMatchObject([{ file: 'locked', findings: [{ ruleId: 'file/unreadable' }] }]);
    expect(files[0]!.findings[0]!.message).toContain('无法列出此文件夹');
  });

  it('is reported by exactly one shard', async () => {
    tree = temporaryTree({ 'plans/a.yaml': PLAN, 'plans/locked/b.yaml': PLAN });
    const listFolder = refusing({ [tree.path('plans/locked')]: 'EACCES' });
    const reported = [];
    for (const index of [1, 2, 3]) {
      const shard = { index, total: 3 };
      const { files } = await validatePaths(['plans'], options({ shard, listFolder }));
      reported.push(...files.filter((file) => file.file === 'plans/locked'));
    }
    expect(reported).toHaveLength(1);
  });

  it('with real permissions: a finding, or (as root, who may list it) its plans checked', async () => {
    tree = temporaryTree({ 'plans/open.yaml': PLAN, 'plans/closed/hidden.yaml': BROKEN });
    chmodSync(tree.path('plans/closed'), 0o000);
    try {
      const listable = canList(tree.path('plans/closed'));
      const { files } = await validatePaths(['plans'], options());
      const names = files.map((file) => file.file);
      if (listable) {
        expect(names).toEqual(['plans/closed/hidden.yaml', 'plans/open.yaml']);
      } else {
        expect(names).toEqual(['plans/closed', 'plans/open.yaml']);
        expect(files[0]!.findings[0]!.message).toContain('EACCES');
      }
    } finally {
      chmodSync(tree.path('plans/closed'), 0o755); // so the temporary folder can be removed
    }
  });
});

function canList(folder: string): boolean {
  try {
    readdirSync(folder);
    return true;
  } catch {
    return false;
  }
}
