/** docs/validate.md lists every rule of `yuan explain`, with its default severity, and no other. */
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/main.js';
import { fakeIo } from '../../helpers/fake-io.js';
import { readPage } from './markdown.js';

describe('the checks of docs/validate.md', () => {
  it('are the rules of `yuan explain`, with their default severities', async () => {
    const io = fakeIo();
    expect(await run(['explain'], io)).toBe(0);
    const rules = [...io.out().matchAll(/^(\S+)\s+(error|warning)\s/gm)].map(
      ([, id, severity]) => `\`${id}\` [${severity}]`,
    );
    expect(rules.length).toBeGreaterThan(20);
    const documented = [...readPage('docs/validate.md').matchAll(/^\| (`\S+` \[\w+\]) \|/gm)].map(
      ([, rule]) => rule,
    );
    expect(
      documented,
      'the tables of docs/validate.md, "The checks", list every rule of `yuan explain` in its order',
    ).toEqual(rules);
  });
});
