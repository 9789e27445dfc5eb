/**
 * Whatever the file holds, `yuan validate`'s pipeline returns findings and never throws, and every
 * finding lies inside the file: plans broken by mutations, random text and random bytes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brokenFile } from './arbitraries/mutators.js';
import { validPlan } from './arbitraries/plan-arbitrary.js';
import { assertProperty } from '../helpers/property-runs.js';
import {
  decoded,
  errorsOf,
  expectPositionsInside,
  propertyFolder,
  validateContent,
} from './support/validate-text.js';

const folder = propertyFolder();

/** YAML-ish text: lines made of the characters that matter to a YAML parser. */
const yamlish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'yuan: 1',
        'kind: plan',
        'kind: scenario',
        'stages:',
        '  s0:',
        '- ',
        '? ',
        ': ',
      ),
      fc.string({ unit: fc.constantFrom(...' :-[]{},&*!|>\'"#%@`?\t\n\r\\abcé预'), maxLength: 20 }),
    ),
    { maxLength: 30 },
  )
  .map((lines) => lines.join('\n'));

describe('validate on any file', () => {
  it('reports a broken plan with findings inside the file, and never throws', async () => {
    await assertProperty(
      fc.asyncProperty(
        validPlan.chain((plan) => brokenFile(plan)),
        async ({ content }) => {
          const file = await validateContent(folder, 'broken.yaml', content);
          expectPositionsInside(file.findings, decoded(content));
        },
      ),
      120,
    );
  });

  it('places every finding of random YAML-ish text inside it', async () => {
    await assertProperty(
      fc.asyncProperty(yamlish, async (text) => {
        const file = await validateContent(folder, 'text.yaml', text);
        expectPositionsInside(file.findings, text);
        // Text that is not even a plan is never accepted silently.
        if (!/kind: (plan|scenario)/.test(text)) expect(errorsOf(file).length).toBeGreaterThan(0);
      }),
      150,
    );
  });

  it('refuses random bytes with findings inside them', async () => {
    await assertProperty(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        const file = await validateContent(folder, 'bytes.yaml', bytes);
        expectPositionsInside(file.findings, decoded(bytes));
        expect(errorsOf(file).length).toBeGreaterThan(0);
      }),
      150,
    );
  });
});
