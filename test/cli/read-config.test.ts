/** The config file and today's date as every plan-checking command reads them (src/cli/read-config.ts, local-date.ts). */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localDate } from '../../src/model/local-date.js';
import { run } from '../../src/cli/main.js';
import { configRuleIds } from '../../src/check/index.js';
import { readConfig } from '../../src/cli/read-config.js';
import { FatalError } from '../../src/cli/io.js';
import { fakeIo } from '../helpers/fake-io.js';
import { workspace } from '../helpers/temp-folders.js';
import { en } from '../helpers/translate.js';

const PLAN = `yuan: 1
kind: plan
id: mini
title: Mini
stages:
  standby: { title: Standby, phase: preparation, initial: true, on: { alarm: over } }
  over: { title: Over, phase: recovery, final: true }
`;
const BROKEN_CONFIG = 'rules:\n  schema: loud\ntoday: soon\n';
const BROKEN_CONFIG_LINES = [
  'yuan: cannot use the config file yuan.config.yaml:',
  '  yuan.config.yaml:2:11: set rule `schema` to `off`, `warn` or `error`, not `loud`',
  '  yuan.config.yaml:3:8: `today` is a date written YYYY-MM-DD (e.g. 2024-03-10), not `soon`',
];

describe('a config with problems is refused the same way by every command', () => {
  it.each([
    ['validate', ['validate']],
    ['readiness', ['readiness', 'plans/mini.yaml']],
    ['drill', ['drill', 'plans/mini.yaml']],
  ])('%s lists every problem with its line, exit 2', async (_name, argv) => {
    const cwd = workspace({ 'plans/mini.yaml': PLAN, 'yuan.config.yaml': BROKEN_CONFIG });
    const io = fakeIo({ cwd });
    expect(await run(argv, io)).toBe(2);
    expect(io.out()).toBe('');
    expect(io.err().trimEnd().split('\n')).toEqual(BROKEN_CONFIG_LINES);
  });
});

describe('readConfig', () => {
  it('finds the nearest config above the working folder and reads its settings', async () => {
    const cwd = workspace({
      'yuan.config.yaml': 'rules:\n  graph/dead-end: warn\ntoday: 2024-03-10\n',
      'team/plans/.keep': '',
    });
    const io = fakeIo({ cwd: join(cwd, 'team', 'plans') });
    const config = await readConfig(undefined, { io, t: en });
    expect(config.rules).toEqual({ 'graph/dead-end': 'warn' });
    expect(config.today).toBe('2024-03-10');
  });

  it('reads the file named by --config, relative to the working folder, and no config as none', async () => {
    const cwd = workspace({ 'settings.yaml': 'rules:\n  schema: off\n' });
    const io = fakeIo({ cwd });
    expect((await readConfig('settings.yaml', { io, t: en })).rules).toEqual({ schema: 'off' });
    const empty = workspace({ 'plans/.keep': '' });
    expect(await readConfig(undefined, { io: fakeIo({ cwd: empty }), t: en })).toEqual({
      rules: {},
    });
  });

  it('throws one located line for a single problem', async () => {
    const cwd = workspace({ 'yuan.config.yaml': 'rules:\n  schema: loud\n' });
    const reading = readConfig(undefined, { io: fakeIo({ cwd }), t: en });
    await expect(reading).rejects.toBeInstanceOf(FatalError);
    await expect(reading).rejects.toThrow(/^yuan\.config\.yaml:2:11: set rule `schema`/);
  });

  it('accepts the reading rules and every lint rule as rule ids', () => {
    const ids = configRuleIds();
    expect(ids).toEqual(
      expect.arrayContaining(['schema', 'yaml/syntax', 'ref/plan', 'graph/initial']),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('localDate', () => {
  it('writes the local calendar date of a moment as YYYY-MM-DD', () => {
    expect(localDate(new Date(2024, 0, 5, 23, 59))).toBe('2024-01-05');
    expect(localDate(new Date(2026, 10, 28, 0, 0))).toBe('2026-11-28');
  });

  it('defaults to now', () => {
    expect(localDate()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
