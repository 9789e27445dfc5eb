/**
 * A run of yuan never writes into its own package: an installed package may be read-only or
 * shared by several users, and the compiled code Node 22 may keep goes to the OS's temporary
 * folder. The package's files (those package.json ships, with dist/ built by `npm run build`) are
 * copied to a temporary folder; commands run from there must leave every file and folder of the
 * copy as it was (the drill runs in another working folder, where its journal goes).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { temporaryFolder } from '../helpers/temp-folders.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Each file and folder under `folder` (node_modules left out) with its size and modification time. */
function listing(
  folder: string,
  into = new Map<string, string>(),
  prefix = '',
): Map<string, string> {
  for (const name of readdirSync(folder)) {
    if (prefix === '' && name === 'node_modules') continue;
    const path = join(folder, name);
    const stat = lstatSync(path);
    into.set(`${prefix}${name}`, `${stat.size} ${stat.mtimeMs}`);
    if (stat.isDirectory()) listing(path, into, `${prefix}${name}/`);
  }
  return into;
}

describe('the package folder after a run', () => {
  let temporary: string;
  let pkg: string;
  let work: string;

  beforeAll(() => {
    temporary = temporaryFolder('yuan-untouched');
    pkg = join(temporary, 'yuan');
    work = join(temporary, 'work');
    mkdirSync(work);
    const { files } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      files: string[];
    };
    for (const name of [...files, 'package.json']) {
      cpSync(join(root, name), join(pkg, name), { recursive: true });
    }
    // The dependencies as an install has them beside the package (not compared).
    symlinkSync(join(root, 'node_modules'), join(pkg, 'node_modules'), 'dir');
  });

  /** Runs the copy's `bin/yuan.js ARGS` in `cwd`, in English. */
  function yuan(cwd: string, ...args: string[]) {
    const result = spawnSync(process.execPath, [join(pkg, 'bin/yuan.js'), ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', NO_COLOR: '1' },
    });
    return { code: result.status, err: result.stderr };
  }

  it('is as it was after a usage error, a validation and a drill', () => {
    const before = listing(pkg);
    expect(before.has('dist/cli-bundle/yuan.cjs')).toBe(true);

    const typo = yuan(work, 'valdate');
    expect(typo.code).toBe(2);
    expect(typo.err).toContain('validate');
    expect(yuan(pkg, 'validate', 'plans', '--today', '2026-11-28').code).toBe(0);
    const answers = join(pkg, 'examples/answers/best.yaml');
    expect(yuan(work, 'drill', '--answers', answers, '--report', 'json').code).toBe(0);
    expect(yuan(work, '--version', '--debug').code).toBe(0);

    expect(listing(pkg)).toEqual(before);
  });
});
