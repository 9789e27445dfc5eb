/**
 * README.md and the pages under docs/ stand alone for a person who clones the repository: no
 * relative link and no path in backticks leaves the repository or names a file that is not there.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, projectPages, readPage, splitPage } from './markdown.js';

/** Top-level folders that a clone does not hold until it is built or run (.gitignore). */
const NOT_IN_A_CLONE = new Set(['node_modules', 'dist', 'coverage', '.yuan']);

/** A reference to a file made by a page: where, what it says, and whether it must exist. */
interface Reference {
  line: number;
  target: string;
  kind: 'link' | 'code';
}

/** Markdown links, reference definitions and HTML href/src attributes, outside code. */
function links(text: string): string[] {
  const found: string[] = [];
  const prose = text.replace(/`[^`]*`/g, '');
  for (const match of prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    found.push(match[1]!);
  }
  const definition = prose.match(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/);
  if (definition) found.push(definition[1]!);
  for (const match of prose.matchAll(/\b(?:href|src)="([^"]+)"/g)) found.push(match[1]!);
  return found;
}

/** Code spans that are a path and nothing else: no spaces, no placeholders or globs. */
function codePaths(text: string): string[] {
  return [...text.matchAll(/`([^`\s]+)`/g)]
    .map((match) => match[1]!.replace(/:\d+(?::\d+)?$/, ''))
    .filter((span) => span.includes('/') && !/[<>*{}$|?=@,;()[\]]|^[a-z]+:|^-/.test(span));
}

function references(markdown: string): Reference[] {
  return splitPage(markdown).prose.flatMap(({ text, line }) => [
    ...links(text).map((target) => ({ line, target, kind: 'link' as const })),
    ...codePaths(text).map((target) => ({ line, target, kind: 'code' as const })),
  ]);
}

/** What is wrong with a reference of `page`, or undefined when it is fine. */
function problem(page: string, { target, kind }: Reference): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) return undefined;
  const path = decodeURIComponent(target.replace(/[?#].*$/, ''));
  if (path === '') return undefined;
  const fromPage = resolve(ROOT, dirname(page), path);
  const inside = (file: string) => {
    const rel = relative(ROOT, file);
    return !rel.startsWith('..') && !isAbsolute(rel);
  };
  if (kind === 'link') {
    if (path.startsWith('/') || !inside(fromPage)) return 'leaves the repository';
    if (existsSync(fromPage)) return undefined;
    return 'names no file';
  }
  // An absolute path in backticks is about the system (`/dev/zero`), never a file of ours.
  if (path.startsWith('/')) return undefined;
  if (!inside(fromPage)) return 'leaves the repository';
  // A path in backticks is written from the page's folder or from the repository's root; it is
  // checked when it starts in a folder or file the repository has.
  const first = path.replace(/^\.\//, '').split('/')[0]!;
  const fromRoot = join(ROOT, path);
  if (path.startsWith('../') || path.startsWith('./')) {
    return existsSync(fromPage) ? undefined : 'names no file';
  }
  if (NOT_IN_A_CLONE.has(first) || !existsSync(join(ROOT, first))) return undefined;
  return existsSync(fromRoot) || existsSync(fromPage) ? undefined : 'names no file';
}

describe('the pages of the project', () => {
  const pages = projectPages();

  it('include the README and the docs', () => {
    expect(pages).toContain('README.md');
    expect(pages).toContain('docs/format.md');
  });

  it.each(pages)('%s: links and paths stay in the repository and name files it has', (page) => {
    const markdown = readPage(page);
    const wrong = references(markdown).flatMap((reference) => {
      const why = problem(page, reference);
      return why ? [`${page}:${reference.line}: ${reference.target} ${why}`] : [];
    });
    // Also in code blocks and plain text: that folder is beside the repository, not in it.
    const shared = markdown
      .split('\n')
      .flatMap((text, index) =>
        text.includes('../shared') ? [`${page}:${index + 1}: mentions ../shared`] : [],
      );
    expect([...wrong, ...shared]).toEqual([]);
  });
});

describe('the link check itself', () => {
  it('finds links, definitions and paths, and judges them', () => {
    const page = [
      'See [the format](format.md#plan), [gone](missing.md), [web](https://example.org).',
      '[ref]: ../../outside.md',
      'Run `npx yuan validate plans/` on `plans/x-community-epidemic.yaml`, not `plans/nope.yaml`,',
      'nor `../shared/design/rules.md`; `examples/*.yaml`, `dist/cli-bundle/yuan.cjs`, `/dev/zero`',
      'and [a folder](../plans/) are fine; [this](/etc/passwd) is not.',
      '```sh',
      'cat ../anything',
      '```',
    ].join('\n');
    const judged = references(page).map((reference) => [
      reference.target,
      problem('docs/page.md', reference) ?? 'ok',
    ]);
    expect(judged).toEqual([
      ['format.md#plan', 'ok'],
      ['missing.md', 'names no file'],
      ['https://example.org', 'ok'],
      ['../../outside.md', 'leaves the repository'],
      ['plans/x-community-epidemic.yaml', 'ok'],
      ['plans/nope.yaml', 'names no file'],
      ['../shared/design/rules.md', 'names no file'],
      ['dist/cli-bundle/yuan.cjs', 'ok'],
      ['/dev/zero', 'ok'],
      ['../plans/', 'ok'],
      ['/etc/passwd', 'leaves the repository'],
    ]);
  });
});
