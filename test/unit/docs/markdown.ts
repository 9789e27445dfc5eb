/** Reading the project's Markdown pages in tests: their files, fenced blocks, links and code spans. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The package root, as a folder path. */
export const ROOT = new URL('../../../', import.meta.url).pathname;

/** README.md and every Markdown page under docs/, as paths relative to the root. */
export function projectPages(): string[] {
  const pages: string[] = ['README.md'];
  const walk = (folder: string) => {
    for (const entry of readdirSync(join(ROOT, folder), { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) pages.push(path);
    }
  };
  walk('docs');
  return pages.map((page) => relative(ROOT, join(ROOT, page)));
}

/** The text of a file under the root. */
export function readPage(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

/** A fenced code block: its info string (e.g. `yaml file=plan.yaml`), its text and first line. */
export interface FencedBlock {
  info: string;
  text: string;
  line: number;
}

/** The fenced code blocks of a page, and the page's other lines (prose) with their numbers. */
export function splitPage(markdown: string): {
  blocks: FencedBlock[];
  prose: { text: string; line: number }[];
} {
  const blocks: FencedBlock[] = [];
  const prose: { text: string; line: number }[] = [];
  let open: { fence: string; info: string; line: number; lines: string[] } | undefined;
  markdown.split('\n').forEach((text, index) => {
    const fence = text.match(/^\s*(`{3,}|~{3,})(.*)$/);
    if (open) {
      if (fence && fence[1]!.startsWith(open.fence) && fence[2]!.trim() === '') {
        blocks.push({ info: open.info, text: open.lines.join('\n') + '\n', line: open.line });
        open = undefined;
      } else open.lines.push(text);
    } else if (fence) {
      open = { fence: fence[1]!, info: fence[2]!.trim(), line: index + 1, lines: [] };
    } else prose.push({ text, line: index + 1 });
  });
  return { blocks, prose };
}

/** The files a page spells out as blocks whose info string says `file=NAME`, by name. */
export function exampleFiles(markdown: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const block of splitPage(markdown).blocks) {
    const name = block.info.match(/(?:^|\s)file=(\S+)/)?.[1];
    if (name) files[name] = block.text;
  }
  return files;
}
