/**
 * Mermaid text rendered by Mermaid's browser bundle in headless Chromium: every repository plan
 * draws, and hostile text shows as text and adds no script. Skipped, with a message, where
 * Chromium is not installed (failed in CI: test/helpers/tools.ts).
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { expect, it } from 'vitest';
import { formatMermaid } from '../../src/report/diagrams/mermaid.js';
import { temporaryFolder } from '../helpers/temp-folders.js';
import { CHROMIUM, describeWith } from '../helpers/tools.js';
import { zh } from '../helpers/translate.js';
import { folded, hostile, plans } from '../unit/compile/diagram-plans.js';
import { runChromium } from './run-chromium.js';

describeWith(CHROMIUM, 'mermaid output, rendered by Mermaid in headless Chromium', (chromium) => {
  it('renders every plan; hostile text shows as text and adds no script', () => {
    const results = renderInChromium(
      chromium,
      plans.map(([, plan]) => formatMermaid(plan, zh)),
    );
    results.forEach((result, index) => {
      expect(result.error, plans[index]![0]).toBeUndefined();
      expect(result.svgHasScript).toBe(false);
    });
    const texts = results.at(-1)!.texts.join('\n');
    expect(texts).toContain('He said "go" <script>alert(1)</script>');
    expect(texts).toContain(folded(hostile.stages.response!.title));
    expect(texts).toContain('line one line two');
  });
});

/** Renders diagrams in headless Chromium with Mermaid's browser bundle; per diagram, an error or the SVG's texts. */
/** What Chromium made of one diagram: an error, or the SVG's texts. */
interface ChromiumRender {
  error?: string;
  texts: string[];
  svgHasScript: boolean;
}

function renderInChromium(chromium: string, diagrams: string[]): ChromiumRender[] {
  const require = createRequire(import.meta.url);
  const bundle = join(dirname(require.resolve('mermaid/package.json')), 'dist', 'mermaid.min.js');
  const folder = temporaryFolder('yuan-mermaid');
  // `</` inside the script would end it early: JSON-escape it.
  const sources = JSON.stringify(diagrams).replace(/<\//g, '<\\/');
  writeFileSync(
    join(folder, 'page.html'),
    `<!doctype html><html><head><meta charset="utf-8"><script src="file://${bundle}"></script></head>
<body><pre id="result"></pre><script>
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
(async () => {
  const results = [];
  let index = 0;
  for (const source of ${sources}) {
    try {
      const { svg } = await mermaid.render('diagram' + index++, source);
      const holder = document.createElement('div');
      holder.innerHTML = svg;
      const texts = [...holder.querySelectorAll('.nodeLabel, .edgeLabel, .cluster-label, text')]
        .map((element) => element.textContent.trim()).filter((text) => text !== '');
      results.push({ texts, svgHasScript: holder.querySelector('script') !== null });
    } catch (error) {
      results.push({ error: String(error && error.message || error), texts: [], svgHasScript: false });
    }
  }
  const json = JSON.stringify(results);
  document.getElementById('result').textContent = btoa(String.fromCharCode(...new TextEncoder().encode(json)));
})();
</script></body></html>`,
  );
  const dom = runChromium(
    chromium,
    folder,
    [
      '--allow-file-access-from-files',
      '--virtual-time-budget=30000',
      '--dump-dom',
      `file://${join(folder, 'page.html')}`,
    ],
    120_000,
  );
  const encoded = /<pre id="result">([A-Za-z0-9+/=]*)<\/pre>/.exec(dom)?.[1];
  if (!encoded) throw new Error('Chromium rendered no result');
  return JSON.parse(Buffer.from(encoded, 'base64').toString('utf8')) as ChromiumRender[];
}
