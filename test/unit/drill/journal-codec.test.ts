import { describe, expect, it } from 'vitest';
import { decodeJournal, encodeJournalLines } from '../../../src/model/journal-codec.js';
import { changedSince } from '../../../src/drill/journal-replay.js';
import { basePlan, play, scenario } from './engine-fixture.js';

const go = scenario(`  - { id: go-in, at: 0s, message: Go, event: go }`);
const events = await play(basePlan, go, [{ decision: 'pick', option: 'finish', after: '30m' }]);
const text = encodeJournalLines(events);

describe('the journal codec', () => {
  it('writes one JSON event a line and reads the same events back', () => {
    expect(text.split('\n')).toHaveLength(events.length + 1);
    const decoded = decodeJournal(text);
    expect(decoded).toEqual({
      journal: { start: events[0], events, finished: true, wholeBytes: Buffer.byteLength(text) },
    });
  });

  it('ignores a torn last line and says where appending may continue', () => {
    const whole = encodeJournalLines(events.slice(0, 4));
    const torn = `${whole}{"type":"decision-op`;
    const decoded = decodeJournal(torn);
    expect(decoded).toMatchObject({
      journal: {
        events: events.slice(0, 4),
        finished: false,
        tornLine: 5,
        wholeBytes: Buffer.byteLength(whole),
      },
    });
  });

  it('counts bytes, not characters, of Chinese text', () => {
    const withChinese = encodeJournalLines([
      { ...events[0]!, plan: '/预案.yaml' } as (typeof events)[0],
    ]);
    expect(decodeJournal(`${withChinese}{"a`)).toMatchObject({
      journal: { wholeBytes: Buffer.byteLength(withChinese) },
    });
  });

  it('refuses a journal damaged in the middle, naming the line', () => {
    const lines = text.split('\n');
    lines[3] = lines[3]!.slice(0, 10);
    expect(decodeJournal(lines.join('\n'))).toEqual({ problem: { kind: 'corrupt', line: 4 } });
  });

  it('refuses events out of time order, after the end, or of an unknown shape', () => {
    const lines = text.split('\n').slice(0, -1);
    const swapped = [lines[0], lines.at(-2), lines[3], ''].join('\n');
    expect(decodeJournal(swapped)).toEqual({ problem: { kind: 'corrupt', line: 3 } });
    expect(decodeJournal(`${text}${lines[1]}\n`)).toEqual({
      problem: { kind: 'corrupt', line: lines.length + 1 },
    });
    expect(decodeJournal(`${lines[0]}\n{"type":"inject","at":1}\n`)).toEqual({
      problem: { kind: 'corrupt', line: 2 },
    });
  });

  it('refuses what is not a journal', () => {
    for (const other of [
      '',
      'yuan: 1\nkind: plan\n',
      '{"type":"inject","at":0,"inject":"a","message":"m"}\n',
      `${text.replace('"journal":1', '"journal":99')}`,
    ]) {
      expect(decodeJournal(other)).toEqual({ problem: { kind: 'not-a-journal' } });
    }
  });

  it('notices a plan or scenario that changed since the journal was written', () => {
    const start = { ...events[0], scenarioHash: 'sha256:s' } as Parameters<typeof changedSince>[0];
    expect(changedSince(start, { planHash: 'sha256:0', scenarioHash: 'sha256:s' })).toBeUndefined();
    expect(changedSince(start, { planHash: 'sha256:1', scenarioHash: 'sha256:s' })).toBe('plan');
    expect(changedSince(start, { planHash: 'sha256:0', scenarioHash: 'sha256:t' })).toBe(
      'scenario',
    );
  });
});
