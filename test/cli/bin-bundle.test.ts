/**
 * The real executable runs the bundled CLI (dist/cli-bundle/, `npm run build`): the files it reads
 * from the package by their place beside the code (package.json, the schema, the templates, the
 * built-in drill) must be found from the bundle too, and the lazily loaded commands must load.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { temporaryFolder } from '../helpers/temp-folders.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Runs `node bin/yuan.js ARGS` in `cwd`, in English, without colour. */
function yuan(args: string[], cwd = root, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [join(root, 'bin/yuan.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', NO_COLOR: '1', ...env },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const temporary = () => temporaryFolder('yuan-bin');

describe('bin/yuan.js (the bundled CLI)', () => {
  it('prints the version of package.json', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(yuan(['--version'])).toEqual({ code: 0, out: `${version}\n`, err: '' });
  });

  it('prints the schema that ships in schemas/', () => {
    const schema = readFileSync(join(root, 'schemas/yuan.schema.json'), 'utf8');
    expect(yuan(['schema'])).toEqual({ code: 0, out: schema, err: '' });
  });

  it('writes a plan from a template of templates/', () => {
    const cwd = temporary();
    const { code, err } = yuan(
      ['init', '--template', 'flood', '--yes', '--today', '2026-11-28'],
      cwd,
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(readdirSync(cwd).length).toBeGreaterThan(0);
  });

  it('plays the built-in drill of plans/ when no plan is named', () => {
    const answers = join(root, 'examples/answers/best.yaml');
    const { code, out } = yuan(['drill', '--answers', answers, '--report', 'json'], temporary());
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      scenario: { id: 'x-community-winter-2020' },
      score: 100,
    });
  });

  it('prints the same with its code cache, without one, and unbundled (--debug)', () => {
    const args = [
      'validate',
      '--today',
      '2026-11-28',
      'examples/x-community-as-was.yaml',
      'plans/',
    ];
    const first = yuan(args);
    expect(first.code).toBe(0);
    expect(first.err).toBe('');
    expect(first.out).toContain('warning');
    // The first run kept a cache (unless an earlier one did): this one compiles from it.
    expect(yuan(args)).toEqual(first);
    expect(yuan(args, root, { NODE_DISABLE_COMPILE_CACHE: '1' })).toEqual(first);
    expect(yuan([...args, '--debug'])).toEqual(first);
  });
});
