import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../../src/report/escape.js';
import { formatDrillMarkdown } from '../../../../src/report/drill/md.js';
import { en, zh } from '../../../helpers/translate.js';
import { reportInput } from './drill-report-fixture.js';

const markdown = formatDrillMarkdown(reportInput(), { t: en, lang: 'en' });
/** The table lines of the section under `heading` (up to the next heading). */
const rows = (heading: string) => {
  const section = markdown.slice(markdown.indexOf(heading) + heading.length);
  const next = section.search(/^#/m);
  return (next === -1 ? section : section.slice(0, next))
    .split('\n')
    .filter((line) => line.startsWith('|'));
};

describe('formatDrillMarkdown', () => {
  it('has the score, its sum and the rating scale', () => {
    expect(markdown).toContain('**Score: 21.4 / 100, rating U (unable to perform)**');
    expect(markdown).toContain('score = 100 × Σ points 1.5 / Σ weight 7 = 21.4');
    expect(markdown).toContain('M: 50 or more, performed with major challenges');
  });

  it('tabulates every scored decision with its arithmetic, then the total', () => {
    const table = rows('## Scored decisions');
    expect(table[0]).toBe(
      '| opened | decision | role | option | outcome | target | latency | credit | timeliness | weight | points |',
    );
    expect(table[1]).toBe(
      '| --- | --- | --- | --- | --- | --- | --- | ---: | ---: | ---: | ---: |',
    );
    expect(table).toHaveLength(2 + 6 + 1);
    expect(table).toContain(
      '| d0 01:00 | go-decision | lead | go | answered late | 1h | 2h (+1h) | 1 | 0.5 | 2 | 1 |',
    );
    expect(table[table.length - 1]).toBe('| total |  |  |  |  |  |  |  |  | 7 | 1.5 |');
  });

  it('has subtotals, the timeline and what went wrong', () => {
    expect(rows('### By phase')).toContain('| warning | 3 | 4 | 1.5 | 37.5 |');
    expect(rows('### By role')).toContain('| aide | 3 | 3 | 0.5 | 16.7 |');
    expect(rows('## Timeline')).toContain('| d0 01:20 | decided | ask = no (No) after 20m |');
    expect(markdown).toMatch(/^1\. go-decision \(Go\? .*\), lead, opened d0 01:00$/m);
    expect(markdown).toContain('   - late by 1h (latency 2h, target 1h)');
    expect(markdown).toContain('     - Suggestion: lead had 2 decisions open at once');
    expect(markdown).toContain('## Void scripted answers');
  });

  it('escapes plan and journal text: no raw HTML, no table breaks', () => {
    expect(markdown).not.toMatch(/<script/i);
    expect(markdown).not.toContain('<co>');
    expect(markdown).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; "quoted"');
    // The two-line inject message stays in one table row.
    expect(markdown).toContain('&amp; "quoted" \'single\'<br>second line of the message |');
  });

  it('escapes Markdown markup', () => {
    expect(escapeMarkdown('a | b *c* _d_ [e](f) `g` # h \\ <i> & j')).toBe(
      'a \\| b \\*c\\* \\_d\\_ \\[e\\](f) \\`g\\` \\# h \\\\ &lt;i&gt; &amp; j',
    );
  });

  it('speaks Chinese', () => {
    const chinese = formatDrillMarkdown(reportInput(), { t: zh, lang: 'zh' });
    expect(chinese).toContain('## 计分决策');
    expect(chinese).toContain('## 问题与改进建议');
  });
});
