import { describe, expect, it } from 'vitest';
import {
  findingsFormatNames,
  findingsFormatters,
  loadFindingsFormatter,
} from '../../../../src/report/findings/index.js';

describe('loadFindingsFormatter', () => {
  it('loads the same formatter as the map holds, for every format', async () => {
    for (const name of findingsFormatNames) {
      expect(await loadFindingsFormatter(name), name).toBe(findingsFormatters[name]);
    }
  });
});
