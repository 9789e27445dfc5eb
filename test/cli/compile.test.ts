import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import type { PlanMachineConfig } from '../../src/compile/machine-types.js';
import { fakeIo } from '../helpers/fake-io.js';
import { temporaryFolder } from '../helpers/temp-folders.js';

const FIXTURE = new URL('../fixtures/compile/small-plan.yaml', import.meta.url).pathname;
const ROOT = new URL('../../', import.meta.url).pathname;

/** The plan files of the repository (scenario files say `kind: scenario` near the top). */
const repositoryPlans = ['plans', 'examples'].flatMap((folder) =>
  readdirSync(join(ROOT, folder))
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => `${folder}/${name}`),
);

async function brokenPlan(): Promise<string> {
  const folder = temporaryFolder('yuan-compile');
  const text = (await readFile(FIXTURE, 'utf8')).replace('clear: recovery', 'clear: nowhere');
  await writeFile(join(folder, 'broken.yaml'), text);
  return folder;
}

describe('yuan compile', () => {
  it('prints the XState config as JSON by default', async () => {
    const io = fakeIo();
    expect(await run(['compile', FIXTURE], io)).toBe(0);
    const config = JSON.parse(io.out()) as PlanMachineConfig;
    expect(config).toMatchObject({ id: 'small-plan', initial: 'standby' });
    expect(config.states.recovery!.type).toBe('final');
  });

  it('prints a Mermaid state diagram', async () => {
    const io = fakeIo();
    expect(await run(['compile', FIXTURE, '--format', 'mermaid'], io)).toBe(0);
    expect(io.out()).toMatch(/^stateDiagram-v2\n/);
    expect(io.out()).toContain('s_warning --> s_lockdown');
  });

  it('prints Graphviz DOT and renders SVG', async () => {
    const dot = fakeIo();
    expect(await run(['compile', FIXTURE, '--format', 'dot'], dot)).toBe(0);
    expect(dot.out()).toMatch(/^digraph "small-plan" \{/);
    const svg = fakeIo();
    expect(await run(['compile', FIXTURE, '--format', 'svg'], svg)).toBe(0);
    expect(svg.out()).toContain('<svg');
  });

  it('writes to -o FILE', async () => {
    const folder = temporaryFolder('yuan-compile');
    const io = fakeIo({ cwd: folder });
    expect(await run(['compile', FIXTURE, '-o', 'out/plan.mmd', '--format', 'mermaid'], io)).toBe(
      0,
    );
    expect(io.out()).toBe('');
    expect(await readFile(join(folder, 'out/plan.mmd'), 'utf8')).toMatch(/^stateDiagram-v2/);
  });

  it('prints one located line per error and exits 1 for a plan with errors', async () => {
    const folder = await brokenPlan();
    const io = fakeIo({ cwd: folder });
    expect(await run(['compile', 'broken.yaml'], io)).toBe(1);
    expect(io.out()).toBe('');
    const lines = io.err().trim().split('\n');
    expect(lines[0]).toMatch(/^broken\.yaml:36:14 ref\/stage /);
    expect(lines.at(-1)).toContain('yuan validate broken.yaml');
  });

  it('speaks Chinese with --lang zh', async () => {
    const folder = await brokenPlan();
    const io = fakeIo({ cwd: folder });
    expect(await run(['--lang', 'zh', 'compile', 'broken.yaml'], io)).toBe(1);
    expect(io.err()).toContain('个错误');
  });

  it('exits 2 for an unknown format or a missing file', async () => {
    const io = fakeIo();
    expect(await run(['compile', FIXTURE, '--format', 'png'], io)).toBe(2);
    expect(io.err()).toContain('xstate, mermaid, dot, svg');
    const missing = fakeIo();
    expect(await run(['compile', 'no-such-plan.yaml'], missing)).toBe(2);
    expect(missing.err()).toContain('no-such-plan.yaml');
  });

  it.each(repositoryPlans)('checks and compiles %s (or says it is not a plan)', async (file) => {
    const text = await readFile(join(ROOT, file), 'utf8');
    const io = fakeIo({ cwd: ROOT });
    const code = await run(['compile', file, '--format', 'mermaid'], io);
    if (/^kind: plan$/m.test(text)) {
      expect(io.err()).toBe('');
      expect(code).toBe(0);
    } else {
      expect(code).toBe(1);
      expect(io.err()).toContain('not a plan');
    }
  });
});
