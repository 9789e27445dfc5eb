/** Paths that are not plain files, folders that fight back, and scenarios that try to leave the repository. */
import { execFileSync } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLAN_HEAD, VALID_PLAN } from './hostile-texts.js';
import {
  expectFindings,
  expectInside,
  expectUnreadable,
  validateWithBin,
  type JsonFile,
} from './spawn-yuan.js';
import { temporaryTree } from '../helpers/temp-folders.js';

const folder = temporaryTree({}, 'yuan-paths');
const json = (...paths: string[]) => validateWithBin(['--format', 'json', ...paths], folder.root);
const fileNames = (files: readonly JsonFile[]) => files.map((file) => file.file).sort();

/** A plan missing `stages`: one schema finding on line 1. */
const BROKEN_PLAN = PLAN_HEAD;

describe('paths that are not regular files', () => {
  it('refuses a named pipe without waiting for a writer', () => {
    const fifo = join(folder.root, 'pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    expect(expectUnreadable(json(fifo))).toMatch(/not a regular file/);
  });

  it('refuses /dev/zero instead of reading it forever', () => {
    expect(expectUnreadable(json('/dev/zero'))).toMatch(/not a regular file/);
  });

  it('refuses a folder given with a .yaml name only by what it holds', () => {
    folder.write('folder.yaml/inner.yaml', BROKEN_PLAN);
    const files = expectFindings(json(join(folder.root, 'folder.yaml')));
    expect(fileNames(files)).toEqual(['folder.yaml/inner.yaml']);
  });

  it.runIf(existsSync('/proc/self/mem'))('reports a read error (EIO) as a clear problem', () => {
    expect(expectUnreadable(json('/proc/self/mem'))).toContain('EIO');
  });
});

describe('folders being walked', () => {
  it('ends on symbolic link loops and skips links to devices, pipes and nothing', () => {
    folder.write('loops/plan.yaml', BROKEN_PLAN);
    folder.write('loops/sub/deeper/other.yaml', BROKEN_PLAN);
    symlinkSync('..', join(folder.root, 'loops/sub/up')); // a loop back to the parent
    symlinkSync('.', join(folder.root, 'loops/sub/deeper/self')); // a loop to itself
    symlinkSync('ring-b', join(folder.root, 'loops/ring-a.yaml')); // two links in a ring
    symlinkSync('ring-a.yaml', join(folder.root, 'loops/ring-b'));
    symlinkSync('/dev/zero', join(folder.root, 'loops/zero.yaml'));
    symlinkSync('missing.yaml', join(folder.root, 'loops/broken.yaml'));
    execFileSync('mkfifo', [join(folder.root, 'loops/fifo.yaml')]);
    const files = expectFindings(json('loops'));
    expect(fileNames(files)).toEqual(['loops/plan.yaml', 'loops/sub/deeper/other.yaml']);
    for (const file of files) expectInside(file.findings, BROKEN_PLAN);
  });

  it('checks a folder of 10,000 files, every file once, with located findings', () => {
    const kinds = [BROKEN_PLAN, VALID_PLAN, 'yuan: 1\nkind: plan\nid: [oops\n', 'kind: nonsense\n'];
    for (let i = 0; i < 10_000; i++) {
      folder.write(`many/${String(i % 100).padStart(2, '0')}/p${i}.yaml`, kinds[i % kinds.length]!);
    }
    const files = expectFindings(json('many', '--today', '2024-01-01'));
    expect(files).toHaveLength(10_000);
    expect(new Set(files.map((file) => file.file)).size).toBe(10_000);
    const index = (file: JsonFile) => Number(/p(\d+)\.yaml$/.exec(file.file)![1]);
    for (const file of files) {
      const text = kinds[index(file) % kinds.length]!;
      if (text !== VALID_PLAN) expect(file.findings.length).toBeGreaterThan(0);
      expect(file.findings.filter((finding) => finding.severity === 'error').length > 0).toBe(
        text !== VALID_PLAN,
      );
      expectInside(file.findings, text);
    }
  });
});

describe('files the user may not read', () => {
  it('refuses a file with no read permission, or reads it when running as root', () => {
    const path = folder.write('secret.yaml', BROKEN_PLAN);
    chmodSync(path, 0o000);
    let readable = true;
    try {
      accessSync(path, constants.R_OK);
    } catch {
      readable = false;
    }
    const run = json(path);
    if (readable) {
      // root (as in CI containers) reads any file: then it is checked like any other.
      const [file] = expectFindings(run);
      expect(file!.findings.map((finding) => finding.ruleId)).toEqual(['schema']);
    } else {
      expect(expectUnreadable(run)).toContain('EACCES');
    }
  });

  it('reports a folder it may not list and walks past it, or lists it when running as root', () => {
    folder.write('locked/open.yaml', BROKEN_PLAN);
    folder.write('locked/closed/hidden.yaml', BROKEN_PLAN);
    const closed = join(folder.root, 'locked/closed');
    chmodSync(closed, 0o000);
    try {
      let listable = true;
      try {
        accessSync(closed, constants.R_OK);
      } catch {
        listable = false;
      }
      const files = expectFindings(json('locked'));
      if (listable) {
        // root (as in CI containers) lists any folder: its plans are checked like any other.
        expect(fileNames(files)).toEqual(['locked/closed/hidden.yaml', 'locked/open.yaml']);
      } else {
        expect(fileNames(files)).toEqual(['locked/closed', 'locked/open.yaml']);
        const unlisted = files.find((file) => file.file === 'locked/closed')!;
        expect(unlisted.findings).toMatchObject([{ ruleId: 'file/unreadable', line: 1 }]);
        expect(unlisted.findings[0]!.message).toContain('EACCES');
      }
    } finally {
      chmodSync(closed, 0o755); // so the temp folder can be removed
    }
  });
});

describe("a scenario's plan path may not leave the repository", () => {
  const scenario = (plan: string) =>
    `yuan: 1\nkind: scenario\nid: escape\ntitle: Escape\nplan: ${plan}\ninjects:\n  - { id: alarm, at: 0s, message: Alarm }\n`;
  // The repository is repo/ (it has a .git); outside/ is next to it.
  const repo = join(folder.root, 'repo');
  mkdirSync(join(repo, '.git'), { recursive: true });
  folder.write('outside/plan.yaml', VALID_PLAN);
  folder.write('repo/plans/plan.yaml', VALID_PLAN);

  it.each([
    ['climbs out with ..', '../../outside/plan.yaml'],
    ['climbs far out', '../../../../../../../../../../etc/passwd'],
    ['is absolute', join(folder.root, 'outside/plan.yaml')],
    ['goes through a link that leads out', './link.yaml'],
  ])('refuses a plan path that %s, on the `plan:` line', (_how, plan) => {
    if (plan === './link.yaml' && !existsSync(join(repo, 'scenarios/link.yaml'))) {
      mkdirSync(join(repo, 'scenarios'), { recursive: true });
      symlinkSync(join(folder.root, 'outside/plan.yaml'), join(repo, 'scenarios/link.yaml'));
    }
    const text = scenario(plan);
    const path = folder.write(`repo/scenarios/escape-${plan.length}.yaml`, text);
    const run = validateWithBin(['--format', 'json', path], repo);
    const [file] = expectFindings(run);
    const finding = file!.findings.find((candidate) => candidate.ruleId === 'ref/plan');
    expect(finding, JSON.stringify(file!.findings)).toMatchObject({ line: 5, severity: 'error' });
    expect(finding!.message).toMatch(/outside/);
    expectInside(file!.findings, text);
  });

  it('accepts a plan path that stays inside', () => {
    const path = folder.write('repo/scenarios/inside.yaml', scenario('../plans/plan.yaml'));
    const run = validateWithBin(['--format', 'json', '--today', '2024-01-01', path], repo);
    expect(run.stderr).toBe('');
    const { files } = JSON.parse(run.stdout) as { files: JsonFile[] };
    expect(files[0]!.findings.filter((finding) => finding.ruleId === 'ref/plan')).toEqual([]);
  });
});
