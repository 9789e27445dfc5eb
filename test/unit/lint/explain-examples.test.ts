/**
 * The examples `yuan explain RULE` shows are whole documents, and mean what they say: through the
 * pipeline of `yuan validate`, a rule's bad example gives findings of that rule and of no other,
 * its good example no finding at all. A scenario example names the built-in plan as
 * `../plans/x-community-epidemic.yaml`; the file/unreadable example is saved in GBK, as it says.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateFiles } from '../../../src/check/validate-paths.js';
import { rules } from '../../../src/lint/rules.js';
import { encodeGbk } from '../../helpers/gbk.js';
import { temporaryTree } from '../../helpers/temp-folders.js';
import { en } from '../../helpers/translate.js';

/** The day the examples are checked on: their review and drill records are current then. */
const TODAY = '2026-11-28';

const BUILT_IN_PLAN = readFileSync(
  new URL('../../../plans/x-community-epidemic.yaml', import.meta.url),
  'utf8',
);

/** `rule: message` of each finding of the example, checked as examples/example.yaml. */
async function findingsOf(example: string | Uint8Array): Promise<string[]> {
  const tree = temporaryTree(
    { 'plans/x-community-epidemic.yaml': BUILT_IN_PLAN, 'examples/example.yaml': example },
    'yuan-explain-example',
  );
  const files = await validateFiles([tree.path('examples/example.yaml')], {
    cwd: tree.root,
    t: en,
    today: TODAY,
  });
  return files.flatMap((file) => file.findings.map((f) => `${f.ruleId}: ${f.message}`));
}

describe.each(rules.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  it('has a bad example that gives its findings and no other', async () => {
    const bad = id === 'file/unreadable' ? encodeGbk(rule.docs.bad) : rule.docs.bad;
    const findings = await findingsOf(bad);
    expect(findings).not.toEqual([]);
    expect(findings.filter((finding) => !finding.startsWith(`${id}: `))).toEqual([]);
  });

  it('has a good example that gives no finding', async () => {
    expect(await findingsOf(rule.docs.good)).toEqual([]);
  });
});
