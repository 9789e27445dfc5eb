/**
 * The layers of src/ are held by dependency-cruiser (.dependency-cruiser.cjs, run by `npm run
 * lint`, which checks the real src/). This shows that its rules catch an import against the flow
 * and a cycle, on a small tree made for the purpose.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { cruise, type IConfiguration, type ICruiseResult } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const config = createRequire(import.meta.url)('../../../.dependency-cruiser.cjs') as IConfiguration;

async function violations(baseDir: string): Promise<string[]> {
  const { options, ...ruleSet } = config;
  // The fixture tree has no tsconfig.json of its own.
  const { tsConfig: _tsConfig, ...fixtureOptions } = options ?? {};
  const { output } = await cruise(['src'], {
    ...fixtureOptions,
    baseDir,
    validate: true,
    ruleSet,
  });
  return (output as ICruiseResult).summary.violations.map(
    (v) => `${v.rule.name}: ${v.from} -> ${v.to}`,
  );
}

describe('the layers of src/', () => {
  it('refuse an import against the flow and a cycle', async () => {
    const found = await violations(
      fileURLToPath(new URL('../../fixtures/layers', import.meta.url)),
    );
    expect(found).toContain('not-in-allowed: src/model/plan.ts -> src/cli/command.ts');
    expect(found).toContain('not-in-allowed: src/compile/stage.ts -> src/lint/rule.ts');
    expect(found.some((line) => line.startsWith('no-circular: '))).toBe(true);
  });
});
