/**
 * SARIF 2.1.0, for GitHub code scanning and other static-analysis viewers.
 * Spec: https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
 */
import type { Log, Region, Result } from 'sarif';
import { sortFindings, type Finding } from '../../model/finding.js';
import { artifactLocation, SOURCE_ROOT, sourceRootUri } from './artifact-path.js';
import { ITEMS, jsonStream } from './json-stream.js';
import { sarifRuleTable } from './sarif-rules.js';
import { wholeOutput, type FindingsFormat, type FindingsFormatOptions } from './types.js';

/** The schema every log names; the SARIF validator and editors resolve it. */
export const SARIF_SCHEMA_URI =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** Where people learn about the tool (`tool.driver.informationUri`): the package's registry page. */
export const YUAN_INFORMATION_URI = 'https://www.npmjs.com/package/yuan';

/**
 * One run of the `yuan` driver: one result per finding, every registered rule. The run's `tool`
 * comes after its results, so that results are written as files are checked and a rule id the
 * registry lacks can still get its descriptor (JSON readers do not care about the order of keys).
 */
export const sarifFormat: FindingsFormat = (options) => {
  const table = sarifRuleTable(options.rules, options.t, options.lang);
  const log = (): Log => ({
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: sourceRootUri(options.cwd) } },
        language: options.lang === 'zh' ? 'zh-CN' : 'en-US',
        // The loader counts columns in UTF-16 code units, which is also SARIF's default.
        columnKind: 'utf16CodeUnits',
        results: [ITEMS as unknown as Result],
        tool: {
          driver: {
            name: 'yuan',
            version: options.toolVersion,
            informationUri: YUAN_INFORMATION_URI,
            rules: table.descriptors,
          },
        },
      },
    ],
  });
  const stream = jsonStream(log());
  return {
    file: (file) =>
      sortFindings(file.findings)
        .map((finding) => stream.item(result(finding, table.indexOf(finding.ruleId), options)))
        .join(''),
    end: () => stream.end(log()),
  };
};

/** The whole SARIF log at once. */
export const formatSarif = wholeOutput(sarifFormat);

function result(finding: Finding, ruleIndex: number, options: FindingsFormatOptions): Result {
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: finding.severity === 'error' ? 'error' : 'warning',
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(finding.file, options.cwd),
          ...regionOf(finding),
        },
      },
    ],
  };
}

/** SARIF regions are 1-based with an exclusive end column, as our findings are. */
function regionOf(finding: Finding): { region?: Region } {
  if (!(finding.line >= 1 && finding.column >= 1)) return {};
  const region: Region = { startLine: finding.line, startColumn: finding.column };
  const endsAfterStart =
    finding.endLine > finding.line ||
    (finding.endLine === finding.line && finding.endColumn >= finding.column);
  if (endsAfterStart) {
    region.endLine = finding.endLine;
    region.endColumn = finding.endColumn;
  }
  return { region };
}
