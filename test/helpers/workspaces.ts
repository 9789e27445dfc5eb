/** Temporary working folders for end-to-end tests, each removed after its test. */
import { afterEach } from 'vitest';
import { tempTree, type TempTree } from '../unit/check/temp-tree.js';

/** A maker of working folders holding the given files (path -> text), removed after each test. */
export function workspaces(): (files: Record<string, string>) => string {
  const made: TempTree[] = [];
  afterEach(() => {
    for (const tree of made.splice(0)) tree.remove();
  });
  return (files) => {
    const tree = tempTree(files);
    made.push(tree);
    return tree.root;
  };
}
