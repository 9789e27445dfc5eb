import { readFileSync } from 'node:fs';
import { Ajv2020, type AnySchemaObject } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { formatSarif, SARIF_SCHEMA_URI } from '../../../../src/report/findings/sarif.js';
import { CWD, finding, options, sampleRules } from './sample.js';

// The fixture is a verbatim copy of the SARIF 2.1.0 schema we were given. That copy declares
// draft 2020-12 (the OASIS original says draft-07); it uses no keyword whose meaning differs
// between the two drafts, so the 2020-12 validator checks exactly what the original would.
const schema = JSON.parse(
  readFileSync(new URL('../../../fixtures/sarif-2.1.0.json', import.meta.url), 'utf8'),
) as AnySchemaObject;
const ajv = new Ajv2020({ allErrors: true, strictTypes: false });
formats.default(ajv);
const validateSarif = ajv.compile(schema);

function expectValid(log: unknown): void {
  const valid = validateSarif(log);
  expect(validateSarif.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
}

const files = [
  {
    file: 'plans/a.yaml',
    findings: [
      finding({ line: 3, column: 11, endLine: 3, endColumn: 18 }),
      finding({
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        severity: 'warning',
        ruleId: 'lifecycle/drill-overdue',
        message: 'no drill on record',
      }),
    ],
  },
  { file: 'plans/clean.yaml', findings: [] },
  {
    file: 'examples/洪水 预案#1.yaml',
    findings: [finding({ file: 'examples/洪水 预案#1.yaml', ruleId: 'yaml/syntax', line: 2 })],
  },
  {
    file: '../outside/b.yaml',
    findings: [
      finding({ file: '../outside/b.yaml', line: 7, column: 2, endLine: 9, endColumn: 4 }),
    ],
  },
];

describe('formatSarif', () => {
  const output = formatSarif(files, options());
  const log = JSON.parse(output) as Log;
  const run = log.runs[0]!;
  const results = run.results!;
  const rules = run.tool.driver.rules!;

  it('is valid against the SARIF 2.1.0 schema', () => {
    expectValid(log);
    expectValid(JSON.parse(formatSarif(files, options('zh'))));
    expectValid(JSON.parse(formatSarif([], options())));
  });

  it('fails the schema check when the output breaks it (the check can fail)', () => {
    const broken = structuredClone(log);
    (broken.runs[0]!.results![0] as { level: string }).level = 'fatal';
    expect(validateSarif(broken)).toBe(false);
  });

  it('names the tool, its version and the schema', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe(SARIF_SCHEMA_URI);
    expect(run.tool.driver).toMatchObject({ name: 'yuan', version: '1.2.3' });
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//);
  });

  it('describes every registered rule from its docs, in the user language', () => {
    expect(rules[0]).toMatchObject({
      id: 'ref/stage',
      shortDescription: { text: 'goto names a stage' },
      fullDescription: { text: 'A goto must name a stage.' },
      defaultConfiguration: { level: 'error' },
    });
    expect(rules[0]!.help!.text).toContain('goto: nowhere');
    expect(rules[0]!.help!.text).toContain('goto: shelter');
    expect(rules[0]!.help!.markdown).toContain('```yaml\ngoto: nowhere\n```');
    expect(rules[1]!.defaultConfiguration!.level).toBe('warning');
    const zhRules = (JSON.parse(formatSarif(files, options('zh'))) as Log).runs[0]!.tool.driver
      .rules!;
    expect(zhRules[0]!.shortDescription!.text).toBe('goto 指向已定义的阶段');
    expect(zhRules[0]!.help!.text).toContain('错误写法：');
  });

  it('gives every result a ruleIndex that points at its rule, adding unknown rule ids', () => {
    expect(results).toHaveLength(4);
    for (const result of results) {
      expect(rules[result.ruleIndex!]!.id).toBe(result.ruleId);
    }
    expect(rules.slice(0, sampleRules.length).map((rule) => rule.id)).toEqual(
      sampleRules.map((rule) => rule.id),
    );
    expect(rules.filter((rule) => rule.id === 'yaml/syntax')).toHaveLength(1);
  });

  it('places results relative to the working folder with a region', () => {
    const [first, second] = results;
    expect(first).toMatchObject({ ruleId: 'lifecycle/drill-overdue', level: 'warning' });
    expect(second!.level).toBe('error');
    expect(second!.message.text).toBe('no stage named "nowhere"; name one of: shelter');
    expect(second!.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'plans/a.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 11, endLine: 3, endColumn: 18 },
    });
    expect(run.originalUriBaseIds!['%SRCROOT%']!.uri).toBe(`file://${CWD}/`);
  });

  it('percent-encodes names and gives files outside the working folder absolute URIs', () => {
    const encoded = results[2]!.locations![0]!.physicalLocation!.artifactLocation!;
    expect(encoded).toEqual({
      uri: 'examples/%E6%B4%AA%E6%B0%B4%20%E9%A2%84%E6%A1%88%231.yaml',
      uriBaseId: '%SRCROOT%',
    });
    const outside = results[3]!.locations![0]!.physicalLocation!;
    expect(outside.artifactLocation).toEqual({ uri: 'file:///work/outside/b.yaml' });
    expect(outside.region).toEqual({ startLine: 7, startColumn: 2, endLine: 9, endColumn: 4 });
  });
});
