/**
 * Every message catalog at once: the files of src/i18n/messages/ and each lint rule's own messages.
 * A key is defined once, starts with its file's name (a rule's id), is used somewhere in src/,
 * and its English and Chinese texts have the same placeholders.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/i18n/catalog.js';
import { messages } from '../../../src/i18n/index.js';
import { placeholdersOf } from '../../../src/i18n/placeholders.js';
import { rules } from '../../../src/lint/rules.js';

/**
 * Keys the code builds from a template (`*` is what it fills in, one name without dots), and why
 * a template is right there. A template that is not listed here fails, and so does an entry that
 * no code builds any more.
 */
const BUILT: Record<string, string> = {
  'check.journal.*': 'the kinds of journal damage (src/check/check-journal.ts)',
  'check.kind.*': 'the kinds of document a mismatched input is and should be',
  'check.type.*': 'the JSON types a schema problem names',
  'compile.phase.*': 'the phases, labelling the diagrams',
  'findings.count.*.*':
    'problem, error, warning and file counts, each in a singular and a plural form',
  'findings.severity.*': "a finding's severity (JUnit)",
  'lint.phase.*': 'the phases by name, in findings and the readiness report',
  'lint.severity.*': "a rule's default severity (yuan explain)",
  'paths.never.*': 'why no route takes a transition',
  'readiness.area.*': 'the area a readiness gap belongs to',
  'readiness.col.*': 'the headings of the readiness tables, each table listing its columns',
  'report.drill.cause.*': 'what moved the drill to a stage',
  'report.drill.close.*': 'why a decision closed unanswered',
  'report.drill.end.*': 'why the drill ended',
  'report.drill.kind.*': 'the kinds of journal entries',
  'report.drill.pending.*': 'why a pending item was not handled',
  'report.drill.phase.*': 'the phases, in the drill screen and report',
  'report.drill.problem.*': 'how a decision went wrong',
  'report.drill.rating.*': 'the P/S/M/U ratings of a score',
  'report.drill.resolution.*': 'how a decision was resolved',
  'report.drill.void.*': 'why an answer did not count',
};

const root = new URL('../../../src/', import.meta.url).pathname;
const catalogFolder = join(root, 'i18n', 'messages');

/** Each catalog with the name its keys start with: a file's name, or a rule's id. */
const catalogs: { name: string; file: string; catalog: Catalog }[] = [];
for (const file of readdirSync(catalogFolder)
  .filter((name) => name.endsWith('.ts'))
  .sort()) {
  const exports = (await import(pathToFileURL(join(catalogFolder, file)).href)) as Record<
    string,
    Catalog
  >;
  for (const catalog of Object.values(exports)) {
    catalogs.push({ name: basename(file, '.ts'), file: `src/i18n/messages/${file}`, catalog });
  }
}
for (const rule of rules) {
  catalogs.push({ name: rule.id, file: `rule ${rule.id}`, catalog: rule.messages ?? {} });
}
const definitions = catalogs.flatMap(({ name, file, catalog }) =>
  Object.entries(catalog).map(([key, text]) => ({ name, file, key, text })),
);

/** The TypeScript of src/, the catalog files left out (a key there is a definition, not a use). */
function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return path === catalogFolder ? [] : sources(path);
    return entry.name.endsWith('.ts') ? [readFileSync(path, 'utf8')] : [];
  });
}
const code = sources(root).join('\n');

/** Templates in src/ that start like a key: a catalog's name, a dot, then text with `${…}` in it. */
function builtKeys(): Set<string> {
  const names = [...new Set(catalogs.map(({ name }) => name))].map((name) =>
    name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'),
  );
  const template = new RegExp(`\`((?:${names.join('|')})\\.[^\`]*\\$\\{[^\`]*)\``, 'g');
  return new Set(
    Array.from(code.matchAll(template), ([, text]) => text!.replace(/\$\{[^}]*\}/g, '*')),
  );
}

function pattern(built: string): RegExp {
  const parts = built.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'));
  return new RegExp(`^${parts.join('[\\w-]+')}$`);
}
const builtPatterns = Object.keys(BUILT).map(pattern);

function used(key: string): boolean {
  return (
    [`'${key}'`, `"${key}"`, `\`${key}\``].some((quoted) => code.includes(quoted)) ||
    builtPatterns.some((built) => built.test(key))
  );
}

describe('the message catalogs', () => {
  it('define each key once', () => {
    const files = new Map<string, string[]>();
    for (const { key, file } of definitions) files.set(key, [...(files.get(key) ?? []), file]);
    const twice = [...files].filter(([, where]) => where.length > 1);
    expect(twice).toEqual([]);
  });

  it('are all merged into the lookup, none overwriting another', () => {
    const fileKeys = definitions.filter(({ file }) => file.startsWith('src/'));
    for (const { key, text } of fileKeys) expect(messages[key as keyof typeof messages]).toBe(text);
    expect(Object.keys(messages)).toHaveLength(fileKeys.length);
  });

  it("start every key with its file's name (a rule's id)", () => {
    const astray = definitions.filter(({ name, key }) => !key.startsWith(`${name}.`));
    expect(astray.map(({ file, key }) => `${file}: ${key}`)).toEqual([]);
  });

  it('use the same placeholders in English and Chinese', () => {
    const differ = definitions.filter(({ text }) => {
      const en = placeholdersOf(text.en).sort();
      const zh = placeholdersOf(text.zh).sort();
      return en.join() !== zh.join();
    });
    expect(differ.map(({ key, text }) => ({ key, ...text }))).toEqual([]);
  });

  it('hold only messages that src/ uses', () => {
    expect(definitions.filter(({ key }) => !used(key)).map(({ key }) => key)).toEqual([]);
  });

  it('list every key that src/ builds from a template, and only those', () => {
    expect([...builtKeys()].sort()).toEqual(Object.keys(BUILT).sort());
  });

  it('recognise a built key and tell it from a missing one', () => {
    expect(used('report.drill.kind.inject')).toBe(true);
    expect(used('findings.count.error.one')).toBe(true);
    expect(used('report-command.plan-changed')).toBe(true);
    expect(used('report.drill.no-such-message')).toBe(false);
  });
});
