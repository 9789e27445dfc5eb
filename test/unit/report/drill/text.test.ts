import { describe, expect, it } from 'vitest';
import { formatDrillText } from '../../../../src/report/drill/text.js';
import { scoreDrill } from '../../../../src/score/score-drill.js';
import { en, zh } from '../../../helpers/translate.js';
import { NASTY, events, plan, reportInput, scenario } from './drill-report-fixture.js';

const text = formatDrillText(reportInput(), { t: en, lang: 'en' });
const lines = text.split('\n');
const line = (start: string) => lines.find((candidate) => candidate.trimStart().startsWith(start));

describe('formatDrillText', () => {
  it('shows the score, the rating with its meaning and the sum behind it', () => {
    expect(text).toContain('Score: 21.4 / 100, rating U (unable to perform)');
    expect(text).toContain('score = 100 × Σ points 1.5 / Σ weight 7 = 21.4');
    expect(text).toContain('P: 90 or more, performed without challenges');
    expect(text).toContain('U: below 50, unable to perform');
  });

  it('shows the arithmetic of every scored decision', () => {
    const columns = (start: string) =>
      line(start)!
        .trim()
        .split(/\s{2,}/);
    expect(columns('d0 01:00  go-decision')).toEqual([
      'd0 01:00',
      'go-decision',
      'lead',
      'go',
      'answered late',
      '1h',
      '2h (+1h)',
      '1',
      '0.5',
      '2',
      '1',
    ]);
    expect(columns('d0 01:00  ask')).toEqual([
      'd0 01:00',
      'ask',
      'aide',
      'no',
      'answered',
      '1h',
      '20m',
      '0.5',
      '1',
      '1',
      '0.5',
    ]);
    expect(columns('d0 03:00  act-now').slice(3, 11)).toEqual([
      '-',
      'timed out (took later)',
      '2h',
      '4h (+2h)',
      '0',
      '0',
      '1',
      '0',
    ]);
    expect(columns('-         spare-decision').slice(4)).toEqual([
      'missed (never opened)',
      '1h',
      '-',
      '0',
      '0',
      '1',
      '0',
    ]);
    expect(columns('total')).toEqual(['total', '7', '1.5']);
    expect(text).toContain('points = weight × credit × timeliness');
  });

  it('shows subtotals by phase and by role', () => {
    expect(line('warning ')!.trim().split(/\s+/)).toEqual(['warning', '3', '4', '1.5', '37.5']);
    expect(line('response ')!.trim().split(/\s+/)).toEqual(['response', '2', '2', '0', '0.0']);
    expect(line('lead ')!.trim().split(/\s+/)).toEqual(['lead', '3', '4', '1', '25.0']);
    expect(line('aide ')!.trim().split(/\s+/)).toEqual(['aide', '3', '3', '0.5', '16.7']);
  });

  it('shows the timeline in scenario time, a multi-line message under its first line', () => {
    const inject = lines.findIndex((candidate) => candidate.includes('alarm-inject: Alarm'));
    expect(lines[inject]).toMatch(/^ {2}d0 01:00 {2}inject {3}alarm-inject: Alarm /);
    expect(lines[inject + 1]).toBe(`${' '.repeat(21)}second line of the message`);
    expect(text).toContain(
      'd0 03:00  default  npc-decision = ok (OK), default for a role nobody plays',
    );
    expect(text).toContain(
      'd0 07:00  timeout  act-now timed out after 4h; the plan took later (Later)',
    );
    expect(text).toContain('d0 08:00  end      the drill ends in done (Done): a final stage');
  });

  it('says what went wrong and suggests a change for each', () => {
    const wrong = text.slice(text.indexOf('What went wrong'));
    expect(wrong).toContain('late by 1h (latency 2h, target 1h)');
    expect(wrong).toContain('lead had 2 decisions open at once and has no deputy');
    expect(wrong).toContain('chose none; the exercise expected all (or some for half credit)');
    expect(wrong).toContain('chose no, acceptable for half credit; the best was yes');
    expect(wrong).toContain('its owner aide lacks the authority to take it alone');
    expect(wrong).toContain('it timed out after 4h (target 2h) and the plan took later');
    expect(wrong).toContain('delegate authority: add act-now to roles.aide.authority');
    expect(wrong).toContain('stage act was left after 5h before anyone decided');
    expect(wrong).toContain(
      'expected after inject alarm-inject, but stage spare was never reached',
    );
    expect(wrong).not.toContain('go-decision lacks');
  });

  it('lists void scripted answers', () => {
    expect(text).toContain(
      'act-now = now after 5h (answer 4 of the file): the decision had timed out',
    );
  });

  it('shows plan text as written', () => {
    expect(text).toContain(`Plan ${NASTY}`);
    expect(text).toContain(`Go? ${NASTY}`);
  });

  it('says when a journal is unfinished', () => {
    const unfinished = formatDrillText(reportInput(12), { t: en, lang: 'en' });
    expect(unfinished).toContain('Unfinished: the journal stops at d0 03:00');
    expect(unfinished).not.toContain('Ended at');
  });

  it('says when nothing was scored', () => {
    const start = events.slice(0, 2);
    const input = {
      ...reportInput(),
      events: start,
      score: scoreDrill(start, { plan, scenario: { ...scenario, injects: [] } }),
    };
    const empty = formatDrillText(input, { t: en, lang: 'en' });
    expect(empty).toContain('No score: no decision of the players was scored');
    expect(empty).toContain('No decision was scored.');
    expect(empty).not.toContain('score = 100');
  });

  it('speaks Chinese, keeping plan text as written and columns aligned', () => {
    const chinese = formatDrillText(reportInput(), { t: zh, lang: 'zh' });
    expect(chinese).toContain('得分：21.4 / 100，评级 U（未能完成）');
    expect(chinese).toContain('问题与改进建议');
    expect(chinese).toContain(`Go? ${NASTY}`);
    const header = chinese.split('\n').find((candidate) => candidate.includes('选择得分  及时性'))!;
    const total = chinese.split('\n').find((candidate) => candidate.startsWith('  合计'))!;
    // 权重 sits above the total weight: display columns, not code points, are aligned.
    expect(total.trimEnd().endsWith('7     1.5')).toBe(true);
    expect(header.trimEnd().endsWith('权重  得分')).toBe(true);
  });
});
