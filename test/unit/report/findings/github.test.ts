import { describe, expect, it } from 'vitest';
import {
  escapeData,
  escapeProperty,
  formatGithub,
} from '../../../../src/report/findings/github.js';
import { CWD, finding, options } from './sample.js';

describe('formatGithub', () => {
  it('prints one annotation per finding with file, position and rule id as title', () => {
    const output = formatGithub(
      [
        {
          file: `${CWD}/plans/a.yaml`,
          findings: [
            finding({
              file: `${CWD}/plans/a.yaml`,
              line: 3,
              column: 11,
              endLine: 3,
              endColumn: 18,
            }),
            finding({
              file: `${CWD}/plans/a.yaml`,
              line: 1,
              column: 1,
              endLine: 1,
              endColumn: 5,
              severity: 'warning',
              ruleId: 'lifecycle/drill-overdue',
              message: 'no drill on record',
            }),
          ],
        },
      ],
      options(),
    );
    expect(output).toBe(
      '::warning file=plans/a.yaml,line=1,col=1,endLine=1,endColumn=5,' +
        'title=lifecycle/drill-overdue::no drill on record\n' +
        '::error file=plans/a.yaml,line=3,col=11,endLine=3,endColumn=18,' +
        'title=ref/stage::no stage named "nowhere"; name one of: shelter\n',
    );
  });

  it('leaves columns out of a finding that spans lines, as GitHub requires', () => {
    const output = formatGithub(
      [
        {
          file: 'a.yaml',
          findings: [finding({ file: 'a.yaml', line: 2, column: 3, endLine: 5, endColumn: 1 })],
        },
      ],
      options(),
    );
    expect(output.startsWith('::error file=a.yaml,line=2,endLine=5,title=ref/stage::')).toBe(true);
  });

  it('prints nothing when every file is clean', () => {
    expect(formatGithub([{ file: 'a.yaml', findings: [] }], options())).toBe('');
  });

  it('escapes %, CR and LF in the message so one finding stays one command', () => {
    const output = formatGithub(
      [
        {
          file: 'a.yaml',
          findings: [finding({ file: 'a.yaml', message: '100% wrong\r\n::error::injected' })],
        },
      ],
      options(),
    );
    expect(output).toBe(
      '::error file=a.yaml,line=1,col=1,endLine=1,endColumn=2,title=ref/stage::' +
        '100%25 wrong%0D%0A::error::injected\n',
    );
    expect(output.split('\n')).toHaveLength(2);
  });

  it('escapes , and : in properties such as a file name', () => {
    const output = formatGithub(
      [{ file: 'odd,name:50%.yaml', findings: [finding({ file: 'odd,name:50%.yaml' })] }],
      options(),
    );
    expect(output).toContain('::error file=odd%2Cname%3A50%25.yaml,line=1,');
  });
});

describe('escaping of workflow commands', () => {
  it('escapes data as @actions/core does', () => {
    expect(escapeData('a%b\rc\nd:e,f')).toBe('a%25b%0Dc%0Ad:e,f');
  });

  it('escapes properties also on : and ,', () => {
    expect(escapeProperty('a%b\rc\nd:e,f')).toBe('a%25b%0Dc%0Ad%3Ae%2Cf');
  });
});
