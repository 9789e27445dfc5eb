import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { formatStylish } from '../../../../src/report/findings/stylish.js';
import type { FileReport } from '../../../../src/report/findings/index.js';
import { finding, options } from './sample.js';

const planText = [
  'stages:',
  '  - id: start',
  '    goto: nowhere',
  '\tnote:\tshelter',
  '  - name: 名称: 社区防控',
].join('\n');

const files: FileReport[] = [
  {
    file: 'plans/a.yaml',
    text: planText,
    findings: [
      finding({ line: 5, column: 15, endLine: 5, endColumn: 19, message: 'wide' }),
      finding({ line: 3, column: 11, endLine: 3, endColumn: 18 }),
      finding({
        line: 4,
        column: 8,
        endLine: 4,
        endColumn: 15,
        severity: 'warning',
        ruleId: 'lifecycle/drill-overdue',
        message: 'no drill on record',
      }),
    ],
  },
  { file: 'plans/clean.yaml', text: 'stages: []\n', findings: [] },
  {
    file: 'plans/b.yaml',
    findings: [finding({ file: 'plans/b.yaml', ruleId: 'file/unreadable', message: 'gone' })],
  },
];

/** The source line and caret line printed under the finding at `position`. */
function frameAfter(output: string, position: string): { source: string; marker: string } {
  const lines = output.split('\n');
  const at = lines.findIndex((line) => line.trimStart().startsWith(`${position} `));
  const source = lines[at + 1]!;
  const marker = lines[at + 2]!;
  return { source, marker };
}

describe('formatStylish', () => {
  const output = formatStylish(files, options());

  it('groups findings under their file, sorted by position, and skips clean files', () => {
    expect(output).toContain('\nplans/a.yaml\n');
    expect(output).toContain('\nplans/b.yaml\n');
    expect(output).not.toContain('clean.yaml');
    const order = ['3:11', '4:8', '5:15'].map((position) => output.indexOf(`  ${position} `));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(output).toMatch(
      /^ {2}3:11 {2}error {4}no stage named "nowhere"; name one of: shelter {2}ref\/stage$/m,
    );
    expect(output).toMatch(
      /^ {2}4:8 {3}warning {2}no drill on record {2}lifecycle\/drill-overdue$/m,
    );
  });

  it('shows the source line with a caret under the column (ASCII)', () => {
    const { source, marker } = frameAfter(output, '3:11');
    expect(source).toBe('    3 |     goto: nowhere');
    expect(marker).toBe('      |           ^^^^^^^');
    expect(source.slice(marker.indexOf('^'))).toBe('nowhere');
  });

  it('lines the caret up after a tab', () => {
    const { source, marker } = frameAfter(output, '4:8');
    expect(source.slice(marker.indexOf('^'))).toBe('shelter');
  });

  it('lines the caret up after wide CJK characters', () => {
    const { source, marker } = frameAfter(output, '5:15');
    const caret = marker.indexOf('^');
    const cellsBefore = stringWidth(source.slice(0, source.indexOf('社区防控')));
    expect(caret).toBe(cellsBefore);
    expect(marker.slice(caret)).toBe('^'.repeat(8));
  });

  it('prints no source line for a file without text', () => {
    const block = output.slice(output.indexOf('plans/b.yaml'));
    expect(block).toMatch(/1:1 {2}error {2}gone {2}file\/unreadable\n\n/);
  });

  it('ends with a summary line that counts errors and warnings', () => {
    expect(output.endsWith('\n✖ 4 problems (3 errors, 1 warning)\n')).toBe(true);
  });

  it('speaks Chinese, keeping the columns aligned by display width', () => {
    const chinese = formatStylish(files, options('zh'));
    expect(chinese.endsWith('\n✖ 共 4 个问题（3 个错误，1 个警告）\n')).toBe(true);
    expect(chinese).toMatch(/^ {2}3:11 {2}错误 {2}no stage named/m);
    expect(chinese).toMatch(/^ {2}4:8 {3}警告 {2}no drill on record/m);
  });

  it('says the singular in English', () => {
    const one = formatStylish([{ file: 'x.yaml', findings: [finding({})] }], options());
    expect(one.endsWith('✖ 1 problem (1 error, 0 warnings)\n')).toBe(true);
  });

  it('prints only a success line when every file is clean', () => {
    const clean = [{ file: 'a.yaml', findings: [] }];
    expect(formatStylish(clean, options())).toBe('✔ 1 file checked, no problems found\n');
    expect(formatStylish([...clean, ...clean], options('zh'))).toBe(
      '✔ 已检查 2 个文件，未发现问题\n',
    );
  });

  it('uses no escape codes without colour, and only the given Chalk for colour', () => {
    expect(output).not.toContain('\u001b');
    const coloured = formatStylish(files, options('en', { color: new Chalk({ level: 1 }) }));
    expect(coloured).toContain('\u001b[31merror\u001b[39m');
    expect(coloured).toContain('\u001b[33mwarning\u001b[39m');
    // eslint-disable-next-line no-control-regex
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(output);
  });

  it('never lets a message or a source line send terminal escapes', () => {
    const hostile = formatStylish(
      [
        {
          file: 'evil\u001b]0;x\u0007.yaml',
          text: 'key: \u001b[2Jvalue',
          findings: [
            finding({ file: 'evil\u001b]0;x\u0007.yaml', message: 'bad\u001b[2J\nsecond line' }),
          ],
        },
      ],
      options(),
    );
    expect(hostile).not.toContain('\u001b');
    expect(hostile).toContain('bad\ufffd[2J second line');
    expect(hostile).toContain('| key: \ufffd[2Jvalue\n');
  });

  it('copes with more findings in a file than a spread call takes arguments', () => {
    const many = Array.from({ length: 150_000 }, (_, index) => finding({ line: index + 1 }));
    const huge = formatStylish([{ file: 'plans/a.yaml', findings: many }], options());
    expect(huge).toContain('\n  150000:1  error  ');
    expect(huge.endsWith('✖ 150000 problems (150000 errors, 0 warnings)\n')).toBe(true);
  });

  it('shows no source line for a finding placed in another file', () => {
    const elsewhere = formatStylish(
      [
        {
          file: 'scenario.yaml',
          text: 'plan: ./plan.yaml',
          findings: [finding({ file: 'plan.yaml' })],
        },
      ],
      options(),
    );
    expect(elsewhere).not.toContain('|');
  });
});
