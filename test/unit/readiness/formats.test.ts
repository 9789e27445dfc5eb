/** The four forms of the report: what each shows, and that plan text never becomes markup. */
import { describe, expect, it } from 'vitest';
import {
  buildReadinessReport,
  readinessFormatters,
  type ReadinessReport,
} from '../../../src/report/readiness/index.js';
import { en, zh } from '../../helpers/translate.js';
import { smallPlan } from './small-plan.js';

const HOSTILE = '<script>alert(1)</script> | *x* [a](javascript:b) &amp;';

function report(title = 'Small plan'): ReadinessReport {
  return buildReadinessReport({
    plan: smallPlan(title),
    file: 'small.yaml',
    today: '2026-03-01',
    findings: [
      {
        ruleId: 'readiness/shortfall',
        severity: 'warning',
        message: `need 7 of ${title} cot, stock 5: buy 2 more`,
        file: 'small.yaml',
        pointer: '/resources/cot/stock',
        line: 30,
        column: 12,
        endLine: 30,
        endColumn: 13,
      },
    ],
  });
}

describe('text', () => {
  const text = readinessFormatters.text(report(), { t: en, lang: 'en' });

  it('shows the arithmetic, the days of cover, the people and the lifecycle', () => {
    expect(text).toContain('Readiness of Small plan');
    expect(text).toContain(
      'resources short: 2 of 3 · single points of failure: 1 · decisions to escalate: 2 · gaps: 1',
    );
    expect(text).toContain('2 per crew a day × 10 × 12 days of alert, act = 240');
    expect(text).toContain('0.1 per resident × 1000 during act = 100');
    expect(text).toContain('4 for task set-up in act');
    expect(text).toContain('20 days at 20 a day (alert)');
    expect(text).toContain('0.0833 days at 1200 a day (act)');
    expect(text).toContain(
      'owns: ask in act, within 30m, must escalate; route in act, within 4h, must escalate',
    );
    expect(text).toContain('Single points of failure: chief');
    expect(text).toContain('no inform task in: act');
    expect(text).toContain('alert: report-up is late (3h)');
    expect(text).toContain('act: no report task');
    expect(text).toContain('defined but used by no stage: ii');
    expect(text).toContain('was due 2026-01-15: overdue by 45 days');
    expect(text).toMatch(
      /1\. resources · readiness\/shortfall · line 30\n\s+need 7 of Small plan cot/,
    );
  });

  it('speaks Chinese', () => {
    const chinese = readinessFormatters.text(report(), { t: zh, lang: 'zh' });
    expect(chinese).toContain('Small plan 准备情况');
    expect(chinese).toContain('单点故障：chief');
  });

  it('uses the style it is given, and none by default', () => {
    const styled = readinessFormatters.text(report(), {
      t: en,
      lang: 'en',
      style: { heading: (s) => `#${s}#`, bad: (s) => `!${s}!`, good: (s) => s, muted: (s) => s },
    });
    expect(styled).toContain('#Resources#');
    expect(styled).toMatch(/!\s+Water \(L\)/);
    expect(text).not.toContain('#Resources#');
  });
});

describe('markdown', () => {
  it('escapes plan text so it stays text', () => {
    const md = readinessFormatters.md(report(HOSTILE), { t: en, lang: 'en' });
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script&gt;');
    expect(md).toContain('\\| \\*x\\* \\[a\\](javascript:b) &amp;amp;');
    expect(md).toContain('| resource | stock | need | gap | days of cover |');
    expect(md).toMatch(/\| .*cot \| 5 \| 7 \| \*\*2\*\* \|/);
  });
});

describe('html', () => {
  const page = readinessFormatters.html(report(HOSTILE), { t: en, lang: 'en' });

  it('is one self-contained page: no script, nothing from the network', () => {
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).not.toMatch(/<script|<link|<img|src=|url\(/i);
    expect(page.match(/https?:\/\/[^"]*/g)).toEqual(['http://www.w3.org/2000/svg']);
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it('escapes every piece of plan text', () => {
    expect(page).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt; | *x* [a](javascript:b) &amp;amp;',
    );
  });

  it('draws need against stock on each resource scale', () => {
    // cot: need 7 fills the 550-pixel bar, stock 5 is 5/7 of it and marked short.
    expect(page).toMatch(
      /<rect class="need" x="260" y="\d+" width="550" height="13"><title>need: 7<\/title>/,
    );
    expect(page).toMatch(
      /<rect class="stock short" x="260" y="\d+" width="392.9" height="13"><title>stock: 5<\/title>/,
    );
    // mask: stock 500 fills the bar, need 340 is 340/500 of it.
    expect(page).toMatch(
      /<rect class="need" x="260" y="\d+" width="374" height="13"><title>need: 340<\/title>/,
    );
    expect(page).toMatch(
      /<rect class="stock" x="260" y="\d+" width="550" height="13"><title>stock: 500<\/title>/,
    );
  });
});

describe('json', () => {
  it('is the report data with a version', () => {
    const data = JSON.parse(
      readinessFormatters.json(report(), { t: en, lang: 'en' }),
    ) as ReadinessReport & {
      version: number;
    };
    expect(data.version).toBe(1);
    expect(data.resources.map((r) => [r.id, r.gap])).toEqual([
      ['mask', 0],
      ['cot', 2],
      ['water', 11900],
    ]);
    expect(data.people.singlePointsOfFailure).toEqual(['chief']);
    expect(data.gaps).toHaveLength(1);
  });
});
