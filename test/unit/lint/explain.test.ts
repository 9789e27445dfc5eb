/** `yuan explain [RULE]` through run(argv, io), in English and Chinese. */
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/main.js';
import { rules } from '../../../src/lint/rules.js';
import { fakeIo } from '../../helpers/fake-io.js';

describe('yuan explain RULE', () => {
  it('prints id, default severity, summary, explanation and both examples as written', async () => {
    const io = fakeIo();
    expect(await run(['explain', 'readiness/shortfall'], io)).toBe(0);
    const out = io.out();
    expect(out.split('\n').slice(0, 4)).toEqual([
      'readiness/shortfall',
      'default severity: warning',
      '',
      "each resource's stock covers its computed demand (the message gives need, stock and gap)",
    ]);
    expect(out).toContain('13 thermometers');
    expect(out).toContain('Bad:\n    yuan: 1\n    kind: plan\n');
    expect(out).toContain('        stock: 13 ');
    expect(out).toContain('Good:\n    yuan: 1\n    kind: plan\n');
    expect(out).toContain('        stock: 20\n');
    expect(io.err()).toBe('');
  });

  it('speaks Chinese with --lang zh or a zh locale, keeping the examples as written', async () => {
    for (const [argv, env] of [
      [['--lang', 'zh', 'explain', 'authority/no-deputy'], {}],
      [['explain', 'authority/no-deputy'], { LANG: 'zh_CN.UTF-8' }],
    ] as const) {
      const io = fakeIo({ env });
      expect(await run(argv, io)).toBe(0);
      expect(io.out()).toContain('默认级别：警告');
      expect(io.out()).toContain('须在 2 小时内作出的决策');
      expect(io.out()).toContain('错误示例：\n    yuan: 1\n');
      expect(io.out()).toContain('\n      secretary: { title: 社区党委书记');
      expect(io.out()).toContain('正确示例：');
    }
  });

  it('refuses an unknown rule with exit 2 and suggests the closest id', async () => {
    const io = fakeIo();
    expect(await run(['explain', 'readiness/shortfal'], io)).toBe(2);
    expect(io.err()).toBe(
      'yuan: unknown rule "readiness/shortfal": did you mean readiness/shortfall? Run "yuan explain" to list every rule.\n',
    );
    expect(io.out()).toBe('');
  });

  it('finds the rule from the last part of its id, and says so in Chinese', async () => {
    const io = fakeIo();
    expect(await run(['--lang', 'zh', 'explain', 'no-deputy'], io)).toBe(2);
    expect(io.err()).toContain('是否应为 authority/no-deputy？');
    const none = fakeIo();
    expect(await run(['explain', 'completely-different'], none)).toBe(2);
    expect(none.err()).toBe(
      'yuan: unknown rule "completely-different": run "yuan explain" to list every rule.\n',
    );
  });
});

describe('yuan explain', () => {
  it('lists every rule with its severity and summary, in the order of rules.md', async () => {
    const io = fakeIo();
    expect(await run(['explain'], io)).toBe(0);
    const lines = io.out().trimEnd().split('\n');
    expect(lines).toHaveLength(rules.length + 2);
    expect(lines[0]).toMatch(/^yaml\/syntax {2,}error {4}the file parses as YAML/);
    expect(lines[25]).toMatch(
      /^readiness\/medical-role {2,}warning {2}a public-health plan has a role/,
    );
    expect(lines.at(-1)).toContain('yuan explain RULE');
    // Columns line up: every severity starts at the same place.
    const starts = lines
      .slice(0, rules.length)
      .map((line) => line.search(/(error|warning) {2,}\S/));
    expect(new Set(starts).size).toBe(1);
  });

  it('lists in Chinese', async () => {
    const io = fakeIo({ env: { LANG: 'zh_CN.UTF-8' } });
    expect(await run(['explain'], io)).toBe(0);
    expect(io.out()).toContain('readiness/inform-public');
    expect(io.out()).toMatch(
      /readiness\/inform-public +警告 {2}每个应急处置阶段都有 kind 为 inform 的任务/,
    );
  });

  it('shows an example in --help', async () => {
    const io = fakeIo();
    expect(await run(['explain', '--help'], io)).toBe(0);
    expect(io.out()).toContain('Usage: yuan explain [options] [rule]');
    expect(io.out()).toContain('Examples:\n  yuan explain readiness/shortfall');
  });
});
