/** A temporary folder per test file, removed afterwards (hostile files can be megabytes). */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

/** A fresh folder under the system's temp folder, and a writer of files relative to it. */
export function tempFolder(prefix: string) {
  const root = mkdtempSync(join(tmpdir(), `yuan-${prefix}-`));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  return {
    root,
    /** Writes `content` at `name` (folders created) and returns the absolute path. */
    write(name: string, content: string | Buffer): string {
      const path = join(root, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
      return path;
    },
  };
}
