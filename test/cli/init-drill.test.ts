/**
 * What `yuan init --yes` writes can be drilled at once: `yuan drill <scenario> --answers FILE`
 * plays each template's scenario to its final stage with a full score.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { TEMPLATE_NAMES } from '../../src/init/index.js';
import { formatDuration } from '../../src/model/index.js';
import { fakeIo } from '../helpers/fake-io.js';
import { TEMPLATE_ANSWERS } from '../unit/init/template-drills.js';
import { temporaryFolder } from '../helpers/temp-folders.js';

describe.each(TEMPLATE_NAMES)('yuan init --template %s, then yuan drill', (template) => {
  it('drills the written scenario with scripted answers to a full score', async () => {
    const cwd = temporaryFolder('yuan-init-drill');
    expect(
      await run(
        ['init', '--yes', '--template', template, '--today', '2026-11-28'],
        fakeIo({ cwd }),
      ),
    ).toBe(0);
    const answers = TEMPLATE_ANSWERS[template]
      .map(
        (a) =>
          `  - { decision: ${a.decision}, option: ${a.option}, after: ${formatDuration(a.after)} }`,
      )
      .join('\n');
    await writeFile(join(cwd, 'answers.yaml'), `answers:\n${answers}\n`);
    const io = fakeIo({ cwd });
    const argv = [
      'drill',
      `${template}-scenario.yaml`,
      '--answers',
      'answers.yaml',
      '--report',
      'json',
    ];
    expect(await run([...argv, '--journal', 'drill.jsonl'], io)).toBe(0);
    const report = JSON.parse(io.out()) as { score: number; decisions: { outcome: string }[] };
    expect(report.score).toBe(100);
    expect(report.decisions.map((d) => d.outcome)).toEqual(
      TEMPLATE_ANSWERS[template].map(() => 'answered'),
    );
  });
});
