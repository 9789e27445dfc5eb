import { appendFileSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { runDrillCommand } from '../../src/cli/drill/run-drill-command.js';
import type { CommandContext } from '../../src/cli/io.js';
import type { Prompter } from '../../src/drill/prompter.js';
import type { DrillScore } from '../../src/model/index.js';
import { en } from '../helpers/translate.js';
import { fakeIo } from '../helpers/fake-io.js';
import { FakeRealClock } from '../unit/drill/fake-real-clock.js';
import { Chalk } from 'chalk';
import { temporaryFolder } from '../helpers/temp-folders.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** A folder holding a copy of the X community plan, its scenario and the slow answers. */
function workspace(): string {
  const cwd = temporaryFolder('yuan-resume');
  copyFileSync(
    join(root, 'plans/x-community-epidemic.yaml'),
    join(cwd, 'x-community-epidemic.yaml'),
  );
  copyFileSync(join(root, 'plans/x-community-winter-2020.yaml'), join(cwd, 'scenario.yaml'));
  copyFileSync(join(root, 'examples/answers/slow.yaml'), join(cwd, 'slow.yaml'));
  return cwd;
}

async function yuan(cwd: string, ...args: string[]) {
  const io = fakeIo({ cwd });
  const code = await run(args, io);
  return { code, out: io.out(), err: io.err() };
}

/** The uninterrupted drill: its journal's text and its JSON report. */
async function uninterrupted(cwd: string) {
  const result = await yuan(
    cwd,
    'drill',
    'scenario.yaml',
    '--answers',
    'slow.yaml',
    '--journal',
    'whole.jsonl',
    '--report',
    'json',
  );
  expect(result.code).toBe(0);
  return { journal: readFileSync(join(cwd, 'whole.jsonl'), 'utf8'), report: result.out };
}

/** The first `count` lines of a journal, as a crash would leave them. */
function cut(journal: string, count: number): string {
  return journal
    .split('\n')
    .slice(0, count)
    .map((line) => `${line}\n`)
    .join('');
}

describe('yuan drill --resume', () => {
  it('continues a journal cut anywhere and gives the journal and report of an uninterrupted drill', async () => {
    const cwd = workspace();
    const whole = await uninterrupted(cwd);
    const lines = whole.journal.trimEnd().split('\n');
    const firstAnswer = lines.findIndex((line) => line.includes('"by":"player"')) + 1;
    for (const count of [1, 2, firstAnswer, firstAnswer + 1, lines.length - 1]) {
      writeFileSync(join(cwd, 'cut.jsonl'), cut(whole.journal, count));
      const resumed = await yuan(
        cwd,
        'drill',
        '--resume',
        'cut.jsonl',
        '--answers',
        'slow.yaml',
        '--report',
        'json',
      );
      expect(resumed.err).toContain('resuming cut.jsonl');
      expect(resumed.code).toBe(0);
      expect(resumed.out).toBe(whole.report);
      expect(readFileSync(join(cwd, 'cut.jsonl'), 'utf8')).toBe(whole.journal);
    }
  });

  it('ignores a torn last line with a warning and cuts it off', async () => {
    const cwd = workspace();
    const whole = await uninterrupted(cwd);
    writeFileSync(join(cwd, 'torn.jsonl'), `${cut(whole.journal, 12)}{"type":"decision-ans`);
    const resumed = await yuan(
      cwd,
      'drill',
      '--resume',
      'torn.jsonl',
      '--answers',
      'slow.yaml',
      '--report',
      'json',
    );
    expect(resumed.err).toContain(
      'warning: torn.jsonl:13:1: the last line was cut short by a crash and is ignored',
    );
    expect(resumed.out).toBe(whole.report);
    expect(readFileSync(join(cwd, 'torn.jsonl'), 'utf8')).toBe(whole.journal);
  });

  it('prints the report of a finished journal', async () => {
    const cwd = workspace();
    const whole = await uninterrupted(cwd);
    const again = await yuan(cwd, 'drill', '--resume', 'whole.jsonl', '--report', 'json');
    expect(again.code).toBe(0);
    expect(again.out).toBe(whole.report);
  });

  it('refuses a journal written for another version of the plan (exit 2)', async () => {
    const cwd = workspace();
    const whole = await uninterrupted(cwd);
    writeFileSync(join(cwd, 'cut.jsonl'), cut(whole.journal, 10));
    appendFileSync(join(cwd, 'x-community-epidemic.yaml'), '# edited\n');
    const resumed = await yuan(cwd, 'drill', '--resume', 'cut.jsonl', '--answers', 'slow.yaml');
    expect(resumed.code).toBe(2);
    expect(resumed.err).toMatch(
      /cut\.jsonl was written for another version of .*x-community-epidemic\.yaml/,
    );
    expect(readFileSync(join(cwd, 'cut.jsonl'), 'utf8')).toBe(cut(whole.journal, 10));
  });

  it('refuses a journal damaged in the middle, or a file that is not a journal (exit 2)', async () => {
    const cwd = workspace();
    const whole = await uninterrupted(cwd);
    const lines = whole.journal.split('\n');
    lines[5] = lines[5]!.slice(0, 20);
    writeFileSync(join(cwd, 'broken.jsonl'), lines.join('\n'));
    const broken = await yuan(cwd, 'drill', '--resume', 'broken.jsonl', '--answers', 'slow.yaml');
    expect(broken.code).toBe(2);
    expect(broken.err).toContain('broken.jsonl:6:1: the journal is damaged here');
    const other = await yuan(cwd, 'drill', '--resume', 'slow.yaml');
    expect(other.code).toBe(2);
    expect(other.err).toContain('slow.yaml:1:1: this is not a yuan drill journal');
  });

  it('refuses a journal whose events the drill does not reproduce (exit 2)', async () => {
    const cwd = workspace();
    const whole = await uninterrupted(cwd);
    writeFileSync(
      join(cwd, 'edited.jsonl'),
      cut(whole.journal, 8).replace('"latency":10800000', '"latency":10800001'),
    );
    const edited = await yuan(cwd, 'drill', '--resume', 'edited.jsonl', '--answers', 'slow.yaml');
    expect(edited.code).toBe(2);
    expect(edited.err).toContain('edited.jsonl does not match its drill at line');
  });
});

describe('yuan drill with a prompter (the interactive path, faked)', () => {
  const context = (cwd: string): CommandContext => ({
    io: fakeIo({ cwd }),
    lang: 'en',
    t: en,
    color: new Chalk({ level: 0 }),
    debug: false,
  });

  it('times answers on the real clock, and a quit leaves a journal that --resume finishes', async () => {
    const cwd = workspace();
    const clock = new FakeRealClock();
    let asked = 0;
    // The first decision is answered 90 real seconds after it opened (pace 30: 45 scenario minutes); then quit.
    const prompter: Prompter = {
      ask: (open) => {
        if (asked++ > 0) return Promise.resolve({ kind: 'quit' });
        clock.advance(90_000);
        return Promise.resolve({
          kind: 'answer',
          decision: open[0]!.decision,
          opening: open[0]!.opening,
          option: 'all-channels',
        });
      },
    };
    const first = context(cwd);
    const code = await runDrillCommand(
      'scenario.yaml',
      { report: 'json', journal: 'j.jsonl' },
      first,
      { prompter: () => prompter, clock },
    );
    expect(code).toBe(2);
    expect((first.io as ReturnType<typeof fakeIo>).err()).toContain(
      'To continue: npx yuan drill --resume j.jsonl',
    );
    const answered = readFileSync(join(cwd, 'j.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.includes('"by":"player"'));
    expect(answered).toHaveLength(1);
    expect(JSON.parse(answered[0]!)).toMatchObject({
      decision: 'publicity-channels',
      option: 'all-channels',
      latency: 45 * 60_000,
    });

    // The journal's answer counts as used: slow.yaml's first answer (publicity-channels) is skipped.
    const resumed = await yuan(
      cwd,
      'drill',
      '--resume',
      'j.jsonl',
      '--answers',
      'slow.yaml',
      '--report',
      'json',
    );
    expect(resumed.code).toBe(0);
    const json = JSON.parse(resumed.out) as DrillScore;
    expect(json.decisions[0]).toMatchObject({
      decision: 'publicity-channels',
      option: 'all-channels',
      latency: 45 * 60_000,
      points: 1,
    });
    expect(json.decisions[1]).toMatchObject({
      decision: 'activate-response',
      option: 'activate',
      latency: 3.5 * 3_600_000,
    });
  });
});
