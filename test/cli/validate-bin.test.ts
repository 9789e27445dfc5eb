/** `yuan validate` through the real executable (needs `npm run build`; `npm test` builds first). */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function yuan(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/yuan.js', 'validate', ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1', LC_ALL: '' },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('bin/yuan.js validate', () => {
  it('exits 1 with a located finding for a broken plan', () => {
    const { code, out, err } = yuan('test/fixtures/bad/schema-typo.yaml');
    expect(err).toBe('');
    expect(code).toBe(1);
    expect(out).toContain('test/fixtures/bad/schema-typo.yaml');
    expect(out).toContain('11:5');
    expect(out).toContain('did you mean `final`');
  });

  it('exits 1 without a stack trace on hostile input', () => {
    const { code, err, out } = yuan(
      'test/fixtures/bad/alias-bomb.yaml',
      'test/fixtures/bad/deep-nesting.yaml',
      'test/fixtures/bad/binary.yaml',
      '--format',
      'github',
    );
    expect(code).toBe(1);
    expect(err).toBe('');
    expect(out.trim().split('\n')).toHaveLength(3);
    expect(out).not.toMatch(/\bat \S+ \(/); // no stack frames
  });

  it('exits 2 with one line on a usage mistake', () => {
    const { code, out, err } = yuan('--format', 'xml');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trimEnd().split('\n')).toHaveLength(1);
  });

  it('exits 0 on a valid plan', () => {
    const { code, err } = yuan('test/fixtures/schema/plan.yaml', '--today', '2024-03-10');
    expect(err).toBe('');
    expect(code).toBe(0);
  });
});
