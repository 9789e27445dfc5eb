/**
 * `yuan validate` prints each file's findings as soon as the files before it are checked, in the
 * order of their names, and keeps none of them: memory does not grow with the number of files.
 * Through run(argv, io), with an stdout that records each write.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import { toolVersion } from '../../src/cli/version.js';
import { findingsFormatters } from '../../src/report/findings/index.js';
import { rules } from '../../src/lint/rules.js';
import { validatePaths } from '../../src/check/validate-paths.js';
import { fakeIo } from '../helpers/fake-io.js';
import { en } from '../helpers/translate.js';
import { temporaryFolder } from '../helpers/temp-folders.js';

const PLAN = (id: string) => `yuan: 1
kind: plan
id: ${id}
title: Plan ${id}
stages:
  standby: { title: Standby, phase: preparation, initial: true, on: { alarm: over } }
  over: { title: Over, phase: recovery, final: true }
`;

/** Twenty plans, each with a schema error, in a folder; names sort as a-00 ... a-19. */
const folder = temporaryFolder('yuan-validate-streaming');
mkdirSync(join(folder, 'plans'));
for (let i = 0; i < 20; i++) {
  const id = `a-${String(i).padStart(2, '0')}`;
  writeFileSync(join(folder, 'plans', `${id}.yaml`), PLAN(id).replace('final:', 'finall:'));
}

const ARGS = ['validate', '--today', '2026-11-28', 'plans'];

/** A fake process whose stdout keeps each write apart. */
function recordingIo(overrides: Partial<Io['stdout']> = {}) {
  const io = fakeIo({ cwd: folder });
  const writes: string[] = [];
  io.stdout = { ...io.stdout, write: (text: string) => void writes.push(text), ...overrides };
  return { io, writes };
}

describe('yuan validate, file by file', () => {
  it('writes each file with findings on its own, in the order of the names', async () => {
    const { io, writes } = recordingIo();
    expect(await run(ARGS, io)).toBe(1);
    // Twenty file blocks, then the summary.
    expect(writes).toHaveLength(21);
    const named = writes.slice(0, 20).map((text) => /plans\/(a-\d\d)\.yaml/.exec(text)?.[1]);
    expect(named).toEqual(Array.from({ length: 20 }, (_, i) => `a-${String(i).padStart(2, '0')}`));
    expect(writes[20]).toContain('20 problems (20 errors, 0 warnings)');
  });

  it('prints, piece by piece, what each format prints for all the files at once', async () => {
    const { files } = await validatePaths(['plans'], { cwd: folder, t: en, today: '2026-11-28' });
    for (const format of ['stylish', 'json', 'sarif', 'github', 'junit'] as const) {
      const { io, writes } = recordingIo();
      await run([...ARGS, '--format', format], io);
      const whole = findingsFormatters[format](files, {
        t: en,
        lang: 'en',
        color: new Chalk({ level: 0 }),
        rules,
        toolVersion: toolVersion(),
        cwd: folder,
      });
      expect(writes.join(''), format).toBe(whole);
      expect(writes.length, format).toBeGreaterThanOrEqual(format === 'junit' ? 1 : 20);
    }
  });

  it('waits while the reader of its output is behind, and goes on when it catches up', async () => {
    let drain: (() => void) | undefined;
    const { io, writes } = recordingIo({
      write: (text: string) => {
        writes.push(text);
        return writes.length !== 3;
      },
      once: (_event: 'drain', listener: () => void) => {
        drain = listener;
      },
    });
    let finished = false;
    const running = run(ARGS, io).then((code) => {
      finished = true;
      return code;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(writes).toHaveLength(3);
    expect(finished).toBe(false);
    drain!();
    expect(await running).toBe(1);
    expect(writes).toHaveLength(21);
  });

  it('takes the progress line away before it prints findings on the same terminal', async () => {
    const io = fakeIo({ cwd: folder, tty: true });
    const events: string[] = [];
    io.stdout = { ...io.stdout, write: (text: string) => void events.push(`out ${text.length}`) };
    io.stderr = { ...io.stderr, write: (text: string) => void events.push(`err ${text}`) };
    await run(ARGS, io);
    const isDrawn = (event: string) => event.startsWith('err \rchecked');
    const isCleared = (event: string) => /^err \r *\r$/.test(event);
    expect(events.filter(isDrawn).length).toBeGreaterThan(1);
    // Nothing goes to stdout while a progress line is on the screen.
    let onScreen = false;
    for (const event of events) {
      if (isDrawn(event)) onScreen = true;
      if (isCleared(event)) onScreen = false;
      if (event.startsWith('out')) expect(onScreen, event).toBe(false);
    }
  });
});
