import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findingsFormatNames } from '../../../../src/report/findings/index.js';

const root = new URL('../../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(read('.pre-commit-hooks.yaml')) as Record<string, unknown>[];
  const hook = hooks.find((entry) => entry.id === 'yuan-validate')!;

  it('declares the yuan-validate hook as a node hook passing file names', () => {
    expect(hook).toMatchObject({
      entry: 'yuan validate',
      language: 'node',
      pass_filenames: true,
    });
    expect(typeof hook.name).toBe('string');
  });

  it('runs the executable that package.json declares', () => {
    const bin = (JSON.parse(read('package.json')) as { bin: Record<string, string> }).bin;
    expect(Object.keys(bin)).toContain(String(hook.entry).split(' ')[0]);
  });

  it('matches YAML files only', () => {
    const files = new RegExp(String(hook.files));
    expect(['plans/a.yaml', 'b.yml'].every((name) => files.test(name))).toBe(true);
    expect(['a.json', 'a.yaml.bak', 'yaml'].some((name) => files.test(name))).toBe(false);
  });
});

describe('docs/ci.md', () => {
  const doc = read('docs/ci.md');
  const yamlBlocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!);

  it('has YAML examples that parse', () => {
    expect(yamlBlocks.length).toBeGreaterThanOrEqual(4);
    for (const block of yamlBlocks) expect((): unknown => parse(block), block).not.toThrow();
  });

  it('shows a workflow with annotations and a SARIF upload', () => {
    const workflow = parse(yamlBlocks[0]!) as {
      jobs: Record<string, { steps: { run?: string; uses?: string }[] }>;
    };
    const steps = Object.values(workflow.jobs)[0]!.steps;
    expect(
      steps.some(
        (step) => step.run?.includes('yuan validate') && step.run.includes('--format github'),
      ),
    ).toBe(true);
    expect(steps.some((step) => step.run?.includes('--format sarif'))).toBe(true);
    expect(steps.some((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'))).toBe(
      true,
    );
  });

  it('names only the output formats yuan has', () => {
    const named = [...doc.matchAll(/--format (\w+)/g)].map((match) => match[1]);
    for (const name of named) expect(findingsFormatNames).toContain(name);
  });
});
