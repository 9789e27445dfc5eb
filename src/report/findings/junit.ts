/**
 * JUnit XML for CI test reports: one test suite, one test case per checked file. A file with
 * errors fails, and its `<failure>` lists them; warnings never fail a test case (as they do not
 * fail `yuan validate` without `--max-warnings`) and are listed in the case's `<system-out>`.
 */
import { sortFindings, type Finding } from '../../model/finding.js';
import { relativeToCwd } from './artifact-path.js';
import { sayCount } from './counts.js';
import {
  wholeOutput,
  type FileReport,
  type FindingsFormat,
  type FindingsFormatOptions,
} from './types.js';
import { escapeXmlAttribute as attr, escapeXmlText as text } from '../escape.js';

const SUITE = 'yuan validate';

/**
 * `<testsuites>` holding one `<testsuite>` with a `<testcase>` per file. The totals open the
 * document, so unlike the other formats this one keeps every test case (as text, the findings
 * themselves let go) until the last file.
 */
export const junitFormat: FindingsFormat = (options) => {
  const cases: string[] = [];
  let failures = 0;
  return {
    file(file) {
      if (file.findings.some((finding) => finding.severity === 'error')) failures++;
      cases.push(testCase(file, options));
      return '';
    },
    end() {
      const counts = `tests="${cases.length}" failures="${failures}" errors="0"`;
      return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="${SUITE}" ${counts}>`,
        `  <testsuite name="${SUITE}" ${counts} skipped="0">`,
        ...cases,
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n');
    },
  };
};

/** The whole JUnit document at once. */
export const formatJunit = wholeOutput(junitFormat);

function testCase(file: FileReport, options: FindingsFormatOptions): string {
  const name = attr(relativeToCwd(file.file, options.cwd));
  const findings = sortFindings(file.findings);
  const errors = findings.filter((finding) => finding.severity === 'error');
  const warnings = findings.filter((finding) => finding.severity === 'warning');
  const open = `    <testcase classname="yuan.validate" name="${name}" file="${name}"`;
  if (findings.length === 0) return `${open} />`;
  const lines = [`${open}>`];
  if (errors.length > 0) {
    const message = attr(sayCount(options.t, 'error', errors.length));
    lines.push(
      `      <failure type="error" message="${message}">${text(listing(errors, options))}</failure>`,
    );
  }
  if (warnings.length > 0) {
    lines.push(`      <system-out>${text(listing(warnings, options))}</system-out>`);
  }
  lines.push('    </testcase>');
  return lines.join('\n');
}

/** One line per finding: `line:column severity message [rule-id]`. */
function listing(findings: Finding[], options: FindingsFormatOptions): string {
  return findings
    .map((finding) => {
      const severity = options.t(`findings.severity.${finding.severity}`);
      return `${finding.line}:${finding.column} ${severity} ${finding.message} [${finding.ruleId}]`;
    })
    .join('\n');
}
