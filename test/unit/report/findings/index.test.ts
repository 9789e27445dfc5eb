import { describe, expect, it } from 'vitest';
import {
  findingsFormatNames,
  findingsFormatters,
  isFindingsFormatName,
} from '../../../../src/report/findings/index.js';
import { finding, options } from './sample.js';

describe('findingsFormatters', () => {
  it('has a formatter for each --format value, stylish first', () => {
    expect(findingsFormatNames).toEqual(['stylish', 'json', 'sarif', 'github', 'junit']);
    expect(Object.keys(findingsFormatters).sort()).toEqual([...findingsFormatNames].sort());
  });

  it('gives each format the same findings, ending its output with a newline', () => {
    const files = [{ file: 'a.yaml', text: 'goto: x\n', findings: [finding({ file: 'a.yaml' })] }];
    for (const name of findingsFormatNames) {
      const output = findingsFormatters[name](files, options());
      expect(output, name).toContain('ref/stage');
      expect(output.endsWith('\n'), name).toBe(true);
    }
  });

  it('tells format names from other words', () => {
    expect(isFindingsFormatName('sarif')).toBe(true);
    expect(isFindingsFormatName('xml')).toBe(false);
    expect(isFindingsFormatName('toString')).toBe(false);
  });
});
