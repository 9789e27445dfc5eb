/** Runs the real `yuan validate` pipeline (src/check) on text, through a file, as the CLI does. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Finding } from '../../../src/model/finding.js';
import { validateFiles, type ValidatedFile } from '../../../src/check/index.js';
import { temporaryFolder } from '../../helpers/temp-folders.js';
import { en } from '../../helpers/translate.js';

/** A folder for one test file's generated documents, removed at the end. */
export function propertyFolder(): string {
  return temporaryFolder('yuan-property');
}

/** Writes `content` to `name` in `folder` and validates that one file; the pipeline must not throw. */
export async function validateContent(
  folder: string,
  name: string,
  content: string | Uint8Array,
): Promise<ValidatedFile> {
  const path = join(folder, name);
  writeFileSync(path, content);
  const files = await validateFiles([path], { cwd: folder, t: en, today: '2025-06-01' });
  expect(files).toHaveLength(1);
  return files[0]!;
}

/** The errors of a validated file. */
export const errorsOf = (file: ValidatedFile): Finding[] =>
  file.findings.filter((finding) => finding.severity === 'error');

/**
 * Asserts every finding lies inside the text the loader saw: 1 <= line <= number of lines,
 * 1 <= column <= length of the line + 1 (UTF-16 units, as the loader counts), and the end is not
 * before the start and also inside the file.
 */
export function expectPositionsInside(findings: readonly Finding[], text: string): void {
  const lines = text.split('\n');
  const inside = (line: number, column: number) =>
    Number.isInteger(line) &&
    Number.isInteger(column) &&
    line >= 1 &&
    line <= lines.length &&
    column >= 1 &&
    column <= lines[line - 1]!.length + 1;
  for (const finding of findings) {
    const where = `${finding.ruleId} at ${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn} (${finding.pointer}) of ${lines.length} lines: ${finding.message}`;
    expect(inside(finding.line, finding.column), where).toBe(true);
    expect(inside(finding.endLine, finding.endColumn), where).toBe(true);
    const ordered =
      finding.endLine > finding.line ||
      (finding.endLine === finding.line && finding.endColumn >= finding.column);
    expect(ordered, where).toBe(true);
  }
}

/** The text as the loader decodes the bytes (invalid UTF-8 becomes U+FFFD, a BOM is dropped). */
export function decoded(content: string | Uint8Array): string {
  const text = typeof content === 'string' ? content : new TextDecoder('utf-8').decode(content);
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}
