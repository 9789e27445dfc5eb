/**
 * The HTML drill report in a real browser (Debian's headless Chromium; .ci/run installs it): the
 * charts are drawn, and markup in plan and journal text stays text and never runs. Skipped, with
 * a message, where Chromium is not installed (failed in CI: test/helpers/tools.ts).
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { formatDrillHtml } from '../../src/report/drill/html.js';
import { scoreDrill } from '../../src/score/score-drill.js';
import { temporaryFolder } from '../helpers/temp-folders.js';
import { CHROMIUM, describeWith } from '../helpers/tools.js';
import { en } from '../helpers/translate.js';
import { events, plan, reportInput, scenario } from '../unit/report/drill/drill-report-fixture.js';
import { runChromium } from './run-chromium.js';

/** Script that would mark the page if it ever ran: in a title, a message and a file name. */
const ATTACK = `<script>document.title='pwned'</script><img src=x onerror="document.title='pwned'">`;

let dir: string;
let page: string;
/** The DOM as Chromium built it from the page (after any script would have run). */
let dom: string;

describeWith(CHROMIUM, 'the HTML drill report in headless Chromium', (chromiumPath) => {
  const chromium = (...args: string[]) => runChromium(chromiumPath, dir, args);

  beforeAll(async () => {
    dir = temporaryFolder('yuan-browser');
    const attacked = { ...plan, title: `Plan ${ATTACK}` };
    const journal = events.map((event) =>
      event.type === 'inject' ? { ...event, message: `${event.message} ${ATTACK}` } : event,
    );
    const input = {
      ...reportInput(),
      plan: attacked,
      events: journal,
      score: scoreDrill(journal, { plan: attacked, scenario }),
      planFile: `plans/${ATTACK}.yaml`,
    };
    page = join(dir, 'report.html');
    await writeFile(page, formatDrillHtml(input, { t: en, lang: 'en' }));
    dom = chromium('--dump-dom', `file://${page}`);
  });

  it('draws both charts with a mark for every decision', () => {
    expect(dom.match(/<svg [^>]*class="chart timeline"/g)).toHaveLength(1);
    expect(dom.match(/<svg [^>]*class="chart latency"/g)).toHaveLength(1);
    expect(dom.match(/<g class="bar /g)).toHaveLength(6);
    expect(dom.match(/<g class="stage"/g)).toHaveLength(4);
    expect(dom.match(/<g class="inject"/g)).toHaveLength(2);
  });

  it('keeps markup from the plan and the journal as text: nothing runs', () => {
    // The title the page set for itself, untouched by any script.
    expect(dom).toMatch(/<title>After-action report: Plan &lt;script&gt;document\.title='pwned'/);
    expect(dom).not.toContain('<title>pwned</title>');
    // The browser's own DOM holds no script or img element, only their text.
    expect(dom).not.toMatch(/<script|<img/i);
    expect(dom).toContain(
      `&lt;script&gt;document.title='pwned'&lt;/script&gt;&lt;img src=x onerror="document.title='pwned'"&gt;`,
    );
  });

  it('renders a screenshot', async () => {
    const shot = join(dir, 'report.png');
    chromium(
      '--hide-scrollbars',
      '--window-size=1100,2200',
      `--screenshot=${shot}`,
      `file://${page}`,
    );
    const png = await readFile(shot);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect((await stat(shot)).size).toBeGreaterThan(20_000);
  });
});
