import { describe, expect, it } from 'vitest';
import {
  findingsFormatNames,
  findingsFormatters,
  loadFindingsFormat,
} from '../../../../src/report/findings/index.js';
import { wholeOutput } from '../../../../src/report/findings/types.js';
import { finding, options } from './sample.js';

describe('loadFindingsFormat', () => {
  const files = [
    { file: 'a.yaml', text: 'goto: x\n', findings: [finding({ file: 'a.yaml' })] },
    { file: 'b.yaml', findings: [] },
    { file: 'c.yaml', findings: [finding({ file: 'c.yaml', severity: 'warning' })] },
  ];

  it('loads the format whose output, file by file, is what the whole formatter prints', async () => {
    for (const name of findingsFormatNames) {
      const format = await loadFindingsFormat(name);
      const writer = format(options());
      const pieces = files.map((file) => writer.file(file));
      const output = pieces.join('') + writer.end();
      expect(output, name).toBe(findingsFormatters[name](files, options()));
      expect(wholeOutput(format)([], options()), name).toBe(
        findingsFormatters[name]([], options()),
      );
    }
  });

  it('writes a file as soon as it is given, except JUnit, whose totals open the document', async () => {
    for (const name of findingsFormatNames) {
      const writer = (await loadFindingsFormat(name))(options());
      const first = writer.file(files[0]!);
      if (name === 'junit') expect(first, name).toBe('');
      else expect(first, name).toContain('ref/stage');
    }
  });
});
