/**
 * Every message of the drill and report catalogs is used somewhere in src/: written out in full,
 * or built from a template such as `report.drill.kind.${entry.kind}`. A message nothing shows
 * is dead weight that translators would still keep up to date.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drillMessages } from '../../../src/i18n/messages/drill.js';
import { drillScreenMessages } from '../../../src/i18n/messages/drill-screen.js';
import { findingsMessages } from '../../../src/i18n/messages/findings.js';
import { reportChartMessages } from '../../../src/i18n/messages/report-charts.js';
import { reportCommandMessages } from '../../../src/i18n/messages/report-command.js';
import { reportMessages } from '../../../src/i18n/messages/report.js';

const src = new URL('../../../src/', import.meta.url).pathname;
const catalogs = join(src, 'i18n', 'messages');

/** The TypeScript of src/, the catalogs left out (a key there is a definition, not a use). */
function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return path === catalogs ? [] : sources(path);
    return entry.name.endsWith('.ts') ? [readFileSync(path, 'utf8')] : [];
  });
}

const code = sources(src).join('\n');

/** Keys built from templates with a dotted literal start, as patterns (`${…}` is one id). */
const built = [...code.matchAll(/`([a-z][a-z0-9-]*\.[a-z0-9.-]*\$\{[^`]*)`/g)].map(
  ([, template]) =>
    new RegExp(
      `^${template!
        .split(/\$\{[^}]*\}/)
        .map((part) => part.replace(/[.]/g, '\\.'))
        .join('[A-Za-z0-9_-]+')}$`,
    ),
);

function used(key: string): boolean {
  return code.includes(`'${key}'`) || built.some((pattern) => pattern.test(key));
}

describe('the drill and report catalogs', () => {
  it.each([
    ['drill', drillMessages],
    ['report', reportMessages],
    ['report charts', reportChartMessages],
    ['report command', reportCommandMessages],
    ['drill screen', drillScreenMessages],
    ['findings', findingsMessages],
  ])('hold only messages that src/ uses (%s)', (_name, messages) => {
    expect(Object.keys(messages).filter((key) => !used(key))).toEqual([]);
  });

  it('recognise keys built from templates', () => {
    expect(used('report.drill.kind.inject')).toBe(true);
    expect(used('report.drill.command.plan-changed')).toBe(true);
    expect(used('report.findings.count.error.one')).toBe(true);
    expect(used('report.drill.no-such-message')).toBe(false);
  });
});
