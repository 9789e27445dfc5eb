import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { formatJunit } from '../../../../src/report/findings/junit.js';
import { CWD, finding, options } from './sample.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseAttributeValue: false,
  parseTagValue: false,
  htmlEntities: true,
  isArray: (name) => name === 'testcase',
});

/** A JUnit report as the parser reads it. */
interface Junit {
  testsuites: {
    tests: string;
    failures: string;
    testsuite: { name: string; testcase: TestCase[] };
  };
}
interface TestCase {
  name: string;
  failure?: { type: string; message: string; '#text': string };
  'system-out'?: string;
}

const hostile = 'uses <b> & "quotes" \'too\'\u0000\u001b';

const files = [
  {
    file: `${CWD}/plans/a.yaml`,
    findings: [
      finding({ line: 7, column: 2, message: hostile }),
      finding({ line: 3, column: 11 }),
      finding({
        line: 1,
        severity: 'warning',
        ruleId: 'lifecycle/drill-overdue',
        message: 'no drill on record',
      }),
    ],
  },
  {
    file: 'plans/warned.yaml',
    findings: [finding({ severity: 'warning', ruleId: 'lifecycle/drill-overdue', message: 'w' })],
  },
  { file: 'plans/clean & "odd".yaml', findings: [] },
];

describe('formatJunit', () => {
  const output = formatJunit(files, options());
  const parsed = parser.parse(output) as Junit;
  const suite = parsed.testsuites.testsuite;
  const cases = suite.testcase;

  it('is well-formed XML 1.0', () => {
    expect(XMLValidator.validate(output)).toBe(true);
    expect(output.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(XMLValidator.validate(formatJunit([], options()))).toBe(true);
  });

  it('has one test suite with one test case per file, failing the files with errors', () => {
    expect(suite).toMatchObject({ name: 'yuan validate', tests: '3', failures: '1', errors: '0' });
    expect(parsed.testsuites).toMatchObject({ tests: '3', failures: '1' });
    expect(cases.map((testCase) => testCase.name)).toEqual([
      'plans/a.yaml',
      'plans/warned.yaml',
      'plans/clean & "odd".yaml',
    ]);
  });

  it('lists the errors of a file in its failure, sorted, with rule ids', () => {
    const failure = cases[0]!.failure!;
    expect(failure.type).toBe('error');
    expect(failure.message).toBe('2 errors');
    expect(failure['#text']).toBe(
      '3:11 error no stage named "nowhere"; name one of: shelter [ref/stage]\n' +
        `7:2 error uses <b> & "quotes" 'too'\ufffd\ufffd [ref/stage]`,
    );
  });

  it('lists warnings in system-out without failing the test case', () => {
    expect(cases[0]!['system-out']).toBe(
      '1:1 warning no drill on record [lifecycle/drill-overdue]',
    );
    expect(cases[1]!.failure).toBeUndefined();
    expect(cases[1]!['system-out']).toBe('1:1 warning w [lifecycle/drill-overdue]');
    expect(cases[2]!.failure).toBeUndefined();
    expect(cases[2]!['system-out']).toBeUndefined();
  });

  it('speaks the user language in the failure text', () => {
    const chinese = parser.parse(formatJunit(files, options('zh'))) as Junit;
    const failure = chinese.testsuites.testsuite.testcase[0]!.failure!;
    expect(failure.message).toBe('2 个错误');
    expect(failure['#text']).toContain('3:11 错误 ');
  });
});
