/** Temporary folder trees for the pipeline tests. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A folder with the given files (path -> content; `-> target` makes a symbolic link, a path ending in / a folder). */
export interface TempTree {
  root: string;
  path(...parts: string[]): string;
  remove(): void;
}

/** Creates the files under a fresh temporary folder. */
export function tempTree(files: Record<string, string | Uint8Array>): TempTree {
  const root = mkdtempSync(join(tmpdir(), 'yuan-validate-'));
  for (const [path, content] of Object.entries(files)) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    if (path.endsWith('/')) {
      mkdirSync(target, { recursive: true });
    } else if (typeof content === 'string' && content.startsWith('->')) {
      symlinkSync(content.slice(2).trim(), target);
    } else {
      writeFileSync(target, content);
    }
  }
  return {
    root,
    path: (...parts) => join(root, ...parts),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** A plan that passes the schema (the lint rules are not run by these tests unless they say so). */
export const PLAN = `yuan: 1
kind: plan
id: mini
title: Mini
stages:
  standby:
    title: Standby
    phase: preparation
    initial: true
    on: { alarm: over }
  over:
    title: Over
    phase: recovery
    final: true
`;

/** A scenario of PLAN, naming its plan by `plan`. */
export function scenarioOf(plan: string, id = 'drill'): string {
  return `yuan: 1
kind: scenario
id: ${id}
title: Drill
plan: ${plan}
injects:
  - id: alarm
    at: 0s
    message: The alarm sounds
    event: alarm
`;
}
