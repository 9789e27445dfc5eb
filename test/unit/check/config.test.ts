import { describe, expect, it } from 'vitest';
import { checkFile } from '../../../src/check/check-file.js';
import { findConfig } from '../../../src/check/find-config.js';
import { parseConfig } from '../../../src/check/parse-config.js';
import { en, zh } from '../../helpers/translate.js';
import { temporaryTree, type TemporaryTree } from '../../helpers/temp-folders.js';

const ruleIds = ['schema', 'graph/trap', 'lifecycle/drill-overdue'];
const parse = (text: string, t = en) => parseConfig(text, { file: 'yuan.config.yaml', t, ruleIds });

let tree: TemporaryTree | undefined;

describe('parseConfig', () => {
  it('reads rule settings, maxFileSize and today', () => {
    const result = parse(
      'rules:\n  lifecycle/drill-overdue: off\n  graph/trap: warn\n  schema: error\nmaxFileSize: 1048576\ntoday: 2024-03-10\n',
    );
    expect(result).toEqual({
      value: {
        rules: { 'lifecycle/drill-overdue': 'off', 'graph/trap': 'warn', schema: 'error' },
        maxFileSize: 1048576,
        today: '2024-03-10',
      },
      errors: [],
    });
  });

  it('takes an empty file or one with only comments as no settings', () => {
    expect(parse('')).toEqual({ value: { rules: {} }, errors: [] });
    expect(parse('# nothing yet\n')).toEqual({ value: { rules: {} }, errors: [] });
  });

  it('names an unknown rule on its line, with the closest rule id', () => {
    const { errors } = parse('rules:\n  graph/trapp: off\n');
    expect(errors).toMatchObject([{ file: 'yuan.config.yaml', line: 2, column: 3 }]);
    expect(errors[0]!.message).toContain('unknown rule `graph/trapp`');
    expect(errors[0]!.message).toContain('did you mean `graph/trap`');
  });

  it('names a bad setting with the settings allowed', () => {
    const { errors } = parse('rules:\n  schema: warning\n');
    expect(errors).toMatchObject([{ line: 2, column: 11 }]);
    expect(errors[0]!.message).toBe('set rule `schema` to `off`, `warn` or `error`, not `warning`');
  });

  it('names an unknown setting, with the closest one', () => {
    const { errors } = parse('maxFilesize: 10\n');
    expect(errors).toMatchObject([{ line: 1, column: 1 }]);
    expect(errors[0]!.message).toContain('did you mean `maxFileSize`');
  });

  it.each([
    ['maxFileSize: 0\n', '`maxFileSize`'],
    ['maxFileSize: big\n', '`maxFileSize`'],
    ['today: 2024-02-30\n', '`today`'],
    ['today: tomorrow\n', '`today`'],
    ['rules: [schema]\n', '`rules` maps rule ids'],
    ['- rules\n', 'a mapping'],
  ])('refuses %j', (text, fragment) => {
    const { errors } = parse(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain(fragment);
    expect(errors[0]!.line).toBe(1);
  });

  it('reports YAML mistakes of the config file itself', () => {
    const { errors } = parse('rules:\n  schema: off\n  schema: warn\n');
    expect(errors).toMatchObject([{ ruleId: 'yaml/duplicate-key', line: 3 }]);
  });

  it('speaks Chinese', () => {
    const { errors } = parse('rules:\n  graph/trapp: off\n', zh);
    expect(errors[0]!.message).toContain('未知的规则');
  });
});

describe('findConfig and the config input', () => {
  it('finds the nearest yuan.config.yaml at or above the working folder', () => {
    tree = temporaryTree({
      'yuan.config.yaml': 'rules: {}\n',
      'team/yuan.config.yaml': 'rules: {}\n',
      'team/plans/deep/': '',
      'other/': '',
    });
    expect(findConfig(tree.path('team/plans/deep'))).toBe(tree.path('team/yuan.config.yaml'));
    expect(findConfig(tree.path('other'))).toBe(tree.path('yuan.config.yaml'));
  });

  it('loads a config with its name relative to the working folder', async () => {
    tree = temporaryTree({ 'yuan.config.yaml': 'rules:\n  nope: off\n' });
    const ctx = { cwd: tree.root, t: en };
    const checked = await checkFile(tree.path('yuan.config.yaml'), { kind: 'config', ctx });
    expect(checked.document).toBeUndefined();
    expect(checked.findings).toMatchObject([{ file: 'yuan.config.yaml', line: 2 }]);
  });

  it('reports a config file that cannot be read as an error of the config', async () => {
    tree = temporaryTree({});
    const ctx = { cwd: tree.root, t: en };
    const { findings } = await checkFile(tree.path('missing.yaml'), { kind: 'config', ctx });
    expect(findings).toMatchObject([{ ruleId: 'file/unreadable', file: 'missing.yaml' }]);
  });
});
