/**
 * `yuan report JOURNAL` end to end through `run(argv, io)`, on journals written by scripted
 * drills of the X community scenario (`yuan drill --answers`), whole, cut short, torn, damaged,
 * edited, or outliving a change to their plan.
 */
import { appendFile, copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import type { DrillScore } from '../../src/model/index.js';
import { fakeIo } from '../helpers/fake-io.js';
import { temporaryFolder } from '../helpers/temp-folders.js';

const root = new URL('../../', import.meta.url).pathname;
let dir: string;
/** The drill's own report of the slow answers, by format, as `yuan drill --report` printed it. */
const printed: Record<string, string> = {};

async function yuan(...argv: string[]) {
  const io = fakeIo({ cwd: dir });
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

/** A copy of the finished journal with its lines changed by `edit`. */
async function journalWith(name: string, edit: (lines: string[]) => string[]): Promise<string> {
  const lines = (await readFile(join(dir, 'slow.jsonl'), 'utf8')).split('\n').slice(0, -1);
  await writeFile(
    join(dir, name),
    edit(lines)
      .map((line) => `${line}\n`)
      .join(''),
  );
  return name;
}

beforeAll(async () => {
  dir = temporaryFolder('yuan-report');
  for (const file of ['x-community-epidemic.yaml', 'x-community-winter-2020.yaml'])
    await copyFile(join(root, 'plans', file), join(dir, file));
  await copyFile(join(root, 'examples/answers/slow.yaml'), join(dir, 'slow.yaml'));
  for (const format of ['text', 'md', 'html', 'json']) {
    const journal = format === 'text' ? 'slow.jsonl' : `slow-${format}.jsonl`;
    const drill = await yuan(
      'drill',
      'x-community-winter-2020.yaml',
      '--answers',
      'slow.yaml',
      '--journal',
      journal,
      '--report',
      format,
    );
    expect(drill.code, drill.err).toBe(0);
    printed[format] = drill.out;
  }
});

describe('yuan report', () => {
  it.each(['text', 'md', 'html', 'json'])(
    'gives the same %s report as the end of the drill',
    async (format) => {
      const journal = format === 'text' ? 'slow.jsonl' : `slow-${format}.jsonl`;
      const report = await yuan('report', journal, '--format', format);
      expect(report).toMatchObject({ code: 0, err: '' });
      expect(report.out).toBe(printed[format]);
    },
  );

  it('shows the arithmetic of the slow answers (score 28.8, U)', async () => {
    const { out } = await yuan('report', 'slow.jsonl');
    expect(out).toContain('score = 100 × Σ points 3.75 / Σ weight 13 = 28.8');
    expect(out).toMatch(
      /activate-response +secretary +activate +answered late +2h +3h30m \(\+1h30m\) +1 +0\.625 +2 +1\.25/,
    );
    expect(out).toContain('Ended at d44 09:00 in stage resumed');
  });

  it('writes the HTML report to -o FILE', async () => {
    const { code, out } = await yuan(
      'report',
      'slow.jsonl',
      '--format',
      'html',
      '-o',
      'out/report.html',
    );
    expect(code).toBe(0);
    expect(out).toBe('');
    const html = await readFile(join(dir, 'out/report.html'), 'utf8');
    expect(html).toContain('class="chart timeline"');
    expect(html).toContain('class="chart latency"');
  });

  it('reports on an unfinished journal', async () => {
    const journal = await journalWith('cut.jsonl', (lines) => lines.slice(0, 12));
    const { code, out, err } = await yuan('report', journal);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toMatch(
      /Unfinished: the journal stops at d\d+ \d\d:\d\d; decisions still open count as missed/,
    );
  });

  it('leaves expectations still to come out of the score of an unfinished journal', async () => {
    // Cut at d1 09:00: the first inject's three expectations are answered, the rest are to come.
    const journal = await journalWith('paused.jsonl', (lines) => lines.slice(0, 12));
    const text = await yuan('report', journal);
    expect(text.out).toContain('Pending: expected, not scored yet\n');
    expect(text.out).toMatch(
      /- close-units \(.+\), secretary: expected after inject feb08-lockdown at d15 09:00, which has not come yet\n/,
    );
    expect(text.out).not.toContain('was never reached');
    const json = JSON.parse(
      (await yuan('report', journal, '--format', 'json')).out,
    ) as DrillScore & {
      finished: boolean;
    };
    expect(json.finished).toBe(false);
    expect(json.decisions.map((decision) => decision.outcome)).toEqual([
      'answered',
      'answered',
      'answered',
    ]);
    expect(json.totals.weight).toBe(4);
    expect(json.pending.map((pending) => pending.decision)).toEqual([
      'close-units',
      'gate-exception',
      'medicine-shortage',
      'sick-transport',
      'health-pass',
    ]);
  });

  it('warns about a torn last line and reports without it', async () => {
    const journal = await journalWith('torn.jsonl', (lines) => lines.slice(0, 12));
    await appendFile(join(dir, journal), '{"type":"decision-ans');
    const cut = await yuan('report', 'cut.jsonl');
    const torn = await yuan('report', journal);
    expect(torn.code).toBe(0);
    expect(torn.err).toBe(
      'yuan: warning: torn.jsonl:13:1: the last line was cut short by a crash and is ignored\n',
    );
    expect(torn.out).toBe(cut.out.replace('Journal: cut.jsonl', 'Journal: torn.jsonl'));
  });

  it('refuses a journal damaged in the middle (exit 2)', async () => {
    const journal = await journalWith('damaged.jsonl', (lines) => [
      ...lines.slice(0, 5),
      lines[5]!.slice(0, 20),
      ...lines.slice(6),
    ]);
    expect(await yuan('report', journal)).toEqual({
      code: 2,
      out: '',
      err: 'yuan: damaged.jsonl:6:1: the journal is damaged here (cut or edited in the middle): only a torn last line can be ignored\n',
    });
  });

  it('refuses a file that is not a journal (exit 2)', async () => {
    expect(await yuan('report', 'slow.yaml')).toEqual({
      code: 2,
      out: '',
      err: 'yuan: slow.yaml:1:1: this is not a yuan drill journal: its first line must be the start of a drill\n',
    });
  });

  it('refuses a journal whose answers were edited (exit 2)', async () => {
    const journal = await journalWith('edited.jsonl', (lines) =>
      lines.map((line) => line.replace('"option":"notices-only"', '"option":"all-channels"')),
    );
    const { code, err } = await yuan('report', journal);
    expect(code).toBe(2);
    expect(err).toMatch(/^yuan: edited\.jsonl does not match a replay of its drill at line \d+/);
  });

  it('refuses a missing journal (exit 2)', async () => {
    const { code, err } = await yuan('report', 'nowhere.jsonl');
    expect(code).toBe(2);
    expect(err).toBe(
      'yuan: nowhere.jsonl:1:1: cannot read the file (ENOENT); check the path and its permissions\n',
    );
  });

  it('refuses an unknown format (exit 2)', async () => {
    const { code, err } = await yuan('report', 'slow.jsonl', '--format', 'pdf');
    expect(code).toBe(2);
    expect(err).toBe('yuan: --format must be one of text, md, html, json, not "pdf"\n');
  });

  it('speaks Chinese', async () => {
    const io = fakeIo({ cwd: dir, env: { LANG: 'zh_CN.UTF-8' } });
    expect(await run(['report', 'slow.jsonl'], io)).toBe(0);
    expect(io.out()).toContain('得分：28.8 / 100，评级 U（未能完成）');
  });

  // Last: it changes the plan that the other tests' journals were written for.
  it('refuses a journal written for another version of the plan (exit 2)', async () => {
    await appendFile(join(dir, 'x-community-epidemic.yaml'), '\n# edited after the drill\n');
    expect(await yuan('report', 'slow.jsonl')).toEqual({
      code: 2,
      out: '',
      err: 'yuan: slow.jsonl was written for another version of the plan x-community-epidemic.yaml: the plan changed since the drill, so its report cannot be made from this plan\n',
    });
  });
});
