/**
 * The real executable runs the bundled CLI (dist/cli-bundle/, `npm run build`): the files it reads
 * from the package by their place beside the code (package.json, the schema, the templates, the
 * built-in drill) must be found from the bundle too, the lazily loaded commands must load, and
 * `--debug` must map the bundle's stack traces back to src/.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { temporaryFolder } from '../helpers/temp-folders.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Runs `node ARGS` in `cwd`, in English, without colour. */
function node(args: string[], cwd = root, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', NO_COLOR: '1', ...env },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const bin = join(root, 'bin/yuan.js');
/** Runs `node bin/yuan.js ARGS` in `cwd`. */
const yuan = (args: string[], cwd = root) => node([bin, ...args], cwd);

const temporary = () => temporaryFolder('yuan-bin');

describe('bin/yuan.js (the bundled CLI)', () => {
  it('prints the version of package.json', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      version: string;
    };
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

  it('prints the same with --debug, which runs the same bundle', () => {
    const args = [
      'validate',
      '--today',
      '2026-11-28',
      'examples/x-community-as-was.yaml',
      'plans/',
    ];
    const plain = yuan(args);
    expect(plain.code).toBe(0);
    expect(plain.err).toBe('');
    expect(plain.out).toContain('warning');
    expect(yuan([...args, '--debug'])).toEqual(plain);
  });

  it('shows, with --debug, the stack of an internal error in the files of src/', () => {
    // A standard output that throws stands for a bug: nothing a user can do makes one.
    const folder = temporary();
    const refuse = join(folder, 'refuse.cjs');
    writeFileSync(refuse, "process.stdout.write = () => { throw new Error('refused'); };\n");
    const withDebug = node(['--require', refuse, bin, '--version', '--debug']);
    expect(withDebug.code).toBe(2);
    expect(withDebug.err).toContain('internal error: refused');
    expect(withDebug.err).toMatch(/^ {4}at .*[/\\]src[/\\]cli[/\\]main\.ts:\d+:\d+\)$/m);
    const without = node(['--require', refuse, bin, '--version']);
    expect(without.code).toBe(2);
    expect(without.err).not.toContain(' at ');
  });
});
