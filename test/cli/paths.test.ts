import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';
import { temporaryFolder } from '../helpers/temp-folders.js';

const FIXTURE = new URL('../fixtures/compile/small-plan.yaml', import.meta.url).pathname;

describe('yuan paths', () => {
  it('lists the routes with their steps and sums, and the fastest route', async () => {
    const io = fakeIo();
    expect(await run(['paths', FIXTURE], io)).toBe(0);
    const out = io.out();
    expect(out).toContain('To "Recovery" (recovery): 3 route(s)');
    expect(out).toContain('fastest: 0s');
    expect(out).toContain('standby → warning → lockdown → recovery');
    expect(out).toContain('lock → now (timeout 6h)');
    expect(out).toContain('case [cases > 0]');
    expect(out).toContain('Routes (3)');
  });

  it('bounds the listing with --limit and says how many were left out', async () => {
    const io = fakeIo();
    expect(await run(['paths', FIXTURE, '--limit', '1'], io)).toBe(0);
    expect(io.out()).toContain('Routes (first 1 of 3)');
    expect(io.out()).toContain('2 route(s) left out');
    expect(io.out()).not.toMatch(/^\s+2\. /m);
  });

  it('prints JSON for programs, durations in milliseconds', async () => {
    const io = fakeIo();
    expect(await run(['paths', FIXTURE, '--format', 'json'], io)).toBe(0);
    const analysis = JSON.parse(io.out()) as { routes: { steps: { kind: string }[] }[] };
    expect(analysis).toMatchObject({
      plan: 'small-plan',
      initial: 'standby',
      total: '3',
      exact: true,
    });
    expect(analysis.routes).toHaveLength(3);
    const option = analysis.routes[1]!.steps.find((step) => step.kind === 'option');
    expect(option).toMatchObject({
      event: 'lock.now',
      decision: 'lock',
      option: 'now',
      within: 7_200_000,
    });
  });

  it('prints Markdown with plan text escaped', async () => {
    const folder = temporaryFolder('yuan-paths');
    const text = (await readFile(FIXTURE, 'utf8')).replace(
      'title: Recovery',
      'title: "Re|co <script>alert(1)</script> *very*"',
    );
    await writeFile(join(folder, 'plan.yaml'), text);
    const io = fakeIo({ cwd: folder });
    expect(await run(['paths', 'plan.yaml', '--format', 'md'], io)).toBe(0);
    expect(io.out()).toMatch(/^# Routes of/);
    expect(io.out()).toContain('Re\\|co &lt;script&gt;alert(1)&lt;/script&gt; \\*very\\*');
    expect(io.out()).not.toContain('<script>');
  });

  it('speaks Chinese with --lang zh', async () => {
    const io = fakeIo();
    expect(await run(['--lang', 'zh', 'paths', FIXTURE], io)).toBe(0);
    expect(io.out()).toContain('3 条路线');
  });

  it('exits 2 on a bad --limit or --format, 1 on a plan with errors', async () => {
    const bad = fakeIo();
    expect(await run(['paths', FIXTURE, '--limit', '-3'], bad)).toBe(2);
    expect(bad.err()).toContain('--limit');
    expect(await run(['paths', FIXTURE, '--format', 'html'], fakeIo())).toBe(2);
    const folder = temporaryFolder('yuan-paths');
    await writeFile(
      join(folder, 'plan.yaml'),
      (await readFile(FIXTURE, 'utf8')).replace('initial: true', 'initial: false'),
    );
    const io = fakeIo({ cwd: folder });
    expect(await run(['paths', 'plan.yaml'], io)).toBe(1);
    expect(io.err()).toContain('graph/initial');
  });
});
