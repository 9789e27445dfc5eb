import { describe, expect, it } from 'vitest';
import { formatJson } from '../../../../src/report/findings/json.js';
import { finding, options } from './sample.js';

/** The JSON report, as far as these tests read it. */
interface FindingsJson {
  version: number;
  tool: { name: string; version: string };
  files: {
    file: string;
    errorCount: number;
    warningCount: number;
    findings: { line: number; severity: string }[];
  }[];
  errorCount: number;
  warningCount: number;
}

describe('formatJson', () => {
  const files = [
    {
      file: 'plans/a.yaml',
      text: 'ignored',
      findings: [
        finding({ line: 9, column: 3, endLine: 9, endColumn: 8, severity: 'warning' }),
        finding({ line: 2, column: 5, endLine: 4, endColumn: 1, pointer: '/stages' }),
      ],
    },
    { file: 'plans/clean.yaml', findings: [] },
  ];
  const output = formatJson(files, options());
  const report = JSON.parse(output) as FindingsJson;

  it('writes one JSON document ending with a newline', () => {
    expect(output.endsWith('}\n')).toBe(true);
  });

  it('has totals, the tool, and every file, clean ones included', () => {
    // The totals come last: each file is written as soon as it is checked.
    expect(Object.keys(report)).toEqual(['version', 'tool', 'files', 'errorCount', 'warningCount']);
    expect(report.version).toBe(1);
    expect(report.tool).toEqual({ name: 'yuan', version: '1.2.3' });
    expect(report.errorCount).toBe(1);
    expect(report.warningCount).toBe(1);
    expect(report.files.map((file) => file.file)).toEqual(['plans/a.yaml', 'plans/clean.yaml']);
    expect(report.files[1]).toEqual({
      file: 'plans/clean.yaml',
      errorCount: 0,
      warningCount: 0,
      findings: [],
    });
  });

  it('gives each finding its rule, severity, message, range and pointer, sorted by position', () => {
    const [first, second] = report.files[0]!.findings;
    expect(first).toEqual({
      ruleId: 'ref/stage',
      severity: 'error',
      message: 'no stage named "nowhere"; name one of: shelter',
      line: 2,
      column: 5,
      endLine: 4,
      endColumn: 1,
      pointer: '/stages',
    });
    expect(Object.keys(first!)).toEqual([
      'ruleId',
      'severity',
      'message',
      'line',
      'column',
      'endLine',
      'endColumn',
      'pointer',
    ]);
    expect(second!.line).toBe(9);
    expect(second!.severity).toBe('warning');
    expect(report.files[0]).toMatchObject({ errorCount: 1, warningCount: 1 });
  });

  it('does not depend on the language or colour', () => {
    expect(formatJson(files, options('zh'))).toBe(output);
  });
});
