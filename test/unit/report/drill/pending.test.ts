/**
 * Reports of an unfinished drill list the expectations still pending (left out of the score),
 * in every format and both languages; a finished drill has no such section.
 */
import { describe, expect, it } from 'vitest';
import type { DrillScore } from '../../../../src/model/index.js';
import { formatDrillHtml } from '../../../../src/report/drill/html.js';
import { formatDrillJson } from '../../../../src/report/drill/json.js';
import { formatDrillMarkdown } from '../../../../src/report/drill/md.js';
import { formatDrillText } from '../../../../src/report/drill/text.js';
import { en, zh } from '../../../helpers/translate.js';
import { reportInput } from './drill-report-fixture.js';

/** Cut at 3h, in stage act: act-now has not opened yet, spare-decision's stage was not reached. */
const cut = reportInput(12);
const english = { t: en, lang: 'en' } as const;

describe('the report of an unfinished drill', () => {
  it('scores only what has happened: pending expectations weigh nothing yet', () => {
    // go-decision 2 × 1 × 0.5, notify 0, ask 0.5: 1.5 of weight 4 (not 1.5 of 6, as if missed).
    expect(cut.score).toMatchObject({ score: 37.5, totals: { weight: 4, points: 1.5 } });
    expect(cut.score.decisions.map((d) => d.resolution)).not.toContain('never-opened');
    expect(cut.score.pending.map((p) => [p.decision, p.reason])).toEqual([
      ['spare-decision', 'not-opened'],
      ['act-now', 'not-opened'],
    ]);
  });

  it('lists them in the text report, and never says their stage was never reached', () => {
    const text = formatDrillText(cut, english);
    expect(text).toContain('Unfinished: the journal stops at d0 03:00');
    expect(text).toContain('Pending: expected, not scored yet\n');
    expect(text).toContain(
      'The drill is unfinished: these expectations can still be met, so they are left out of the score until the drill goes on (yuan drill --resume).',
    );
    expect(text).toContain(
      '  - act-now (Act now?), aide: expected after inject alarm-inject at d0 01:00; the decision has not opened since (stage act)\n',
    );
    expect(text).toContain('  - spare-decision (Spare), lead: expected after inject alarm-inject');
    expect(text).not.toContain('never reached');
    expect(text).not.toContain('never opened');
  });

  it('says when an expectation waits for an inject still to come', () => {
    const text = formatDrillText(reportInput(2), english);
    expect(text).toContain(
      '  - go-decision (Go? <script>alert(1)</script> & "quoted" \'single\'), lead: expected after inject alarm-inject at d0 01:00, which has not come yet\n',
    );
    expect(text).toContain('No score: no decision of the players was scored');
  });

  it('lists them in Markdown and HTML, escaped', () => {
    const markdown = formatDrillMarkdown(reportInput(2), english);
    expect(markdown).toContain('## Pending: expected, not scored yet\n');
    expect(markdown).toContain('- go-decision (Go? &lt;script&gt;alert(1)');
    const html = formatDrillHtml(reportInput(2), english);
    expect(html).toContain('<h2>Pending: expected, not scored yet</h2>');
    expect(html).toContain('<ul class="pending"><li>go-decision (Go? &lt;script&gt;');
    expect(html).not.toContain('<script>');
  });

  it('lists them in the JSON report', () => {
    const json = JSON.parse(formatDrillJson(cut)) as DrillScore & { finished: boolean };
    expect(json.finished).toBe(false);
    expect(json.pending[1]).toEqual({
      decision: 'act-now',
      role: 'aide',
      inject: 'alarm-inject',
      injectAt: 3_600_000,
      reason: 'not-opened',
      stage: 'act',
      target: 7_200_000,
      weight: 1,
    });
  });

  it('speaks Chinese', () => {
    const text = formatDrillText(reportInput(2), { t: zh, lang: 'zh' });
    expect(text).toContain('待定：有期望但尚未计分');
    expect(text).toContain('演练尚未完成：以下期望仍可能达成');
    expect(text).toContain('lead：注入 alarm-inject（d0 01:00）之后应当决策，该注入尚未下达');
    const cutText = formatDrillText(cut, { t: zh, lang: 'zh' });
    expect(cutText).toContain('此后该决策尚未开启（阶段 act）');
  });
});

describe('the report of a finished drill', () => {
  it('has no pending section and an empty pending list', () => {
    const whole = reportInput();
    expect(whole.score.pending).toEqual([]);
    expect(formatDrillText(whole, english)).not.toContain('Pending');
    expect(formatDrillMarkdown(whole, english)).not.toContain('Pending');
    expect(formatDrillHtml(whole, english)).not.toContain('Pending');
    expect((JSON.parse(formatDrillJson(whole)) as DrillScore).pending).toEqual([]);
  });
});
