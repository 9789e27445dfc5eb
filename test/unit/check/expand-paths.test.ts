import { describe, expect, it } from 'vitest';
import { expandPaths } from '../../../src/check/expand-paths.js';
import { yamlFilesUnder } from '../../../src/check/yaml-files-under.js';
import { temporaryTree, type TemporaryTree } from '../../helpers/temp-folders.js';

let tree: TemporaryTree;

const relative = (files: string[]) => files.map((file) => file.slice(tree.root.length + 1));

describe('expandPaths', () => {
  it('walks folders for *.yaml and *.yml, skipping node_modules, hidden folders and files, and the config', async () => {
    tree = temporaryTree({
      'plans/a.yaml': 'a',
      'plans/b.YML': 'b',
      'plans/notes.md': 'no',
      'plans/deep/c.yml': 'c',
      'plans/node_modules/d.yaml': 'no',
      'plans/.hidden/e.yaml': 'no',
      'plans/.f.yaml': 'no',
      'plans/yuan.config.yaml': 'no',
    });
    const { files, unmatched } = await expandPaths(['plans'], tree.root);
    expect(relative(files)).toEqual(['plans/a.yaml', 'plans/b.YML', 'plans/deep/c.yml']);
    expect(unmatched).toEqual([]);
  });

  it('takes a named file as it is, whatever its extension, and lists each file once', async () => {
    tree = temporaryTree({ 'plans/a.yaml': 'a', 'plan.txt': 't' });
    const { files } = await expandPaths(['plan.txt', 'plans', 'plans/a.yaml'], tree.root);
    expect(relative(files)).toEqual(['plan.txt', 'plans/a.yaml']);
  });

  it('expands globs to YAML files outside node_modules and hidden folders', async () => {
    tree = temporaryTree({
      'examples/flood.yaml': 'a',
      'examples/fire/drill.yml': 'b',
      'examples/readme.md': 'no',
      'examples/node_modules/x.yaml': 'no',
      'examples/.cache/y.yaml': 'no',
    });
    const { files } = await expandPaths(['examples/**/*'], tree.root);
    expect(relative(files)).toEqual(['examples/fire/drill.yml', 'examples/flood.yaml']);
  });

  it('reports each PATH that matches nothing', async () => {
    tree = temporaryTree({ 'plans/a.yaml': 'a', 'empty/': '' });
    const { files, unmatched } = await expandPaths(
      ['plans', 'missing.yaml', 'empty', 'nothing/*.yaml'],
      tree.root,
    );
    expect(relative(files)).toEqual(['plans/a.yaml']);
    expect(unmatched).toEqual(['missing.yaml', 'empty', 'nothing/*.yaml']);
  });

  it('follows symbolic links to folders but ends on a link loop', async () => {
    tree = temporaryTree({
      'plans/a.yaml': 'a',
      'plans/loop': '-> ..',
      'plans/self': '-> .',
      'other/b.yaml': 'b',
      'plans/linked': '-> ../other',
      'plans/broken.yaml': '-> ../nowhere.yaml',
    });
    const files = relative(await yamlFilesUnder(tree.path('plans')));
    // Each real folder is visited once: b.yaml is found through one of the two links to it.
    expect(files.filter((file) => file.endsWith('/a.yaml'))).toEqual(['plans/a.yaml']);
    expect(files.filter((file) => file.endsWith('/b.yaml'))).toHaveLength(1);
    expect(files).toHaveLength(2);
  });
});
