import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../../src/report/escape.js';
import { formatDrillHtml } from '../../../../src/report/drill/html.js';
import { en, zh } from '../../../helpers/translate.js';
import { reportInput } from './drill-report-fixture.js';

const html = formatDrillHtml(reportInput(), { t: en, lang: 'en' });
const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
const count = (pattern: RegExp) => (html.match(pattern) ?? []).length;

describe('formatDrillHtml', () => {
  it('is one page in the report language', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(formatDrillHtml(reportInput(), { t: zh, lang: 'zh' })).toContain('<html lang="zh-CN">');
  });

  it('needs nothing from the network and runs no script', () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|\bsrc=|\bhref=/i);
    const urls = html.match(/https?:\/\/[^\s"'<>]+/g) ?? [];
    expect(new Set(urls)).toEqual(new Set(['http://www.w3.org/2000/svg']));
    expect(html).toContain(
      `content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`,
    );
  });

  it('escapes every text from the plan, the scenario and the journal', () => {
    expect(html).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; &#39;single&#39;',
    );
    expect(html).not.toContain('"quoted"');
    expect(html).not.toContain("'single'");
    expect(html).toContain('plans/report &quot;plan&quot; &amp; &lt;co&gt;.yaml');
    expect(html).toContain('.yuan/drills/a&amp;b.jsonl');
    // Nothing but the entities themselves uses a bare ampersand.
    expect(html.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
  });

  it('draws the timeline and the latency chart as well-formed inline SVG', () => {
    expect(svgs).toHaveLength(2);
    for (const svg of svgs) expect(XMLValidator.validate(svg)).toBe(true);
    const [timeline, latency] = svgs as [string, string];
    expect(timeline).toContain('class="chart timeline"');
    expect(timeline.match(/<g class="stage"/g)).toHaveLength(4);
    expect(timeline.match(/<g class="inject"/g)).toHaveLength(2);
    expect(timeline.match(/<g class="decision /g)).toHaveLength(5);
    expect(timeline).toContain('<g class="decision late" data-decision="go-decision">');
    expect(latency).toContain('class="chart latency"');
    expect(latency.match(/<g class="bar /g)).toHaveLength(6);
    expect(latency.match(/<line class="target"/g)).toHaveLength(6 + 1);
    expect(latency).toContain('<g class="bar missed" data-decision="act-now">');
    expect(latency).toContain('<g class="bar on-time" data-decision="ask">');
  });

  it('puts each bar and target mark where scenario time says', () => {
    const [, latency] = svgs as [string, string];
    // Axis from 0 to 6h (the longest of latencies and three times the targets) over 159..810 px:
    // the bars start after the longest label, "spare-decision (lead)" (16 + 21 × 6.8 px).
    const bar = latency.slice(latency.indexOf('data-decision="go-decision"'));
    expect(bar).toMatch(/<rect x="159" y="\d+" width="217"/);
    expect(bar).toMatch(/<line class="target" x1="267.5"/);
    expect(bar).toMatch(/<line class="zero" x1="484.5"/);
  });

  it('has the arithmetic, the subtotals and what went wrong', () => {
    expect(html).toContain('score = 100 × Σ points 1.5 / Σ weight 7 = 21.4');
    expect(html).toContain('<span class="rating rating-U">U</span>');
    expect(html).toContain(
      '<tr><td>d0 01:00</td><td>go-decision</td><td>lead</td><td>go</td><td>answered late</td><td>1h</td><td>2h (+1h)</td><td class="number">1</td><td class="number">0.5</td><td class="number">2</td><td class="number">1</td></tr>',
    );
    expect(html).toContain('<tr class="total"><td>total</td>');
    expect(html).toContain(
      '<td>warning</td><td class="number">3</td><td class="number">4</td><td class="number">1.5</td><td class="number">37.5</td>',
    );
    expect(count(/<li data-decision=/g)).toBe(6);
    expect(html).toContain(
      '<li class="late">late by 1h (latency 2h, target 1h)<br><span class="advice">',
    );
    expect(html).toContain('Void scripted answers');
  });

  it('escapes all five characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
