/**
 * Checks Mermaid text with Mermaid itself: its parser in jsdom (structure: states, groups, edges
 * and their labels), and, where Debian's chromium is installed, a real render in headless Chromium.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** What Mermaid's parser saw. Labels are decoded as Mermaid's renderer decodes them. */
export interface ParsedStateDiagram {
  nodes: { id: string; label: string; parentId?: string; isGroup: boolean }[];
  edges: { start: string; end: string; label: string }[];
}

/** Parses a state diagram with Mermaid in jsdom; throws Mermaid's error on a syntax error. */
export async function parseMermaid(text: string): Promise<ParsedStateDiagram> {
  const { JSDOM } = await import('jsdom');
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  const global = globalThis as Record<string, unknown>;
  global.window ??= dom.window;
  global.document ??= dom.window.document;
  const { default: mermaid } = await import('mermaid');
  mermaid.initialize({ startOnLoad: false });
  await mermaid.parse(text);
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  const data = (diagram.db as unknown as { getData(): ParsedStateDiagram }).getData();
  return {
    nodes: data.nodes.map(({ id, label, parentId, isGroup }) => ({
      id,
      label: decode(String(label)),
      ...(parentId ? { parentId } : {}),
      isGroup,
    })),
    edges: data.edges.map(({ start, end, label }) => ({
      start,
      end,
      label: decode(String(label)),
    })),
  };
}

/** Mermaid keeps `#60;` as a placeholder until it draws; decode numeric codes the same way. */
function decode(label: string): string {
  return label.replace(/ﬂ°°(\d+)¶ß/g, (_, code: string) => String.fromCodePoint(Number(code)));
}

/** Debian's chromium, when installed. */
export function chromiumPath(): string | undefined {
  for (const candidate of ['chromium', 'chromium-browser']) {
    try {
      return execFileSync('which', [candidate], { encoding: 'utf8' }).trim() || undefined;
    } catch {
      // not this one
    }
  }
  return undefined;
}

/** What Chromium made of one diagram: an error, or the SVG's texts. */
interface ChromiumRender {
  error?: string;
  texts: string[];
  svgHasScript: boolean;
}

/** Renders diagrams in headless Chromium with Mermaid's browser bundle; per diagram, an error or the SVG's texts. */
export function renderInChromium(chromium: string, diagrams: string[]): ChromiumRender[] {
  const require = createRequire(import.meta.url);
  const bundle = join(dirname(require.resolve('mermaid/package.json')), 'dist', 'mermaid.min.js');
  const folder = mkdtempSync(join(tmpdir(), 'yuan-mermaid-'));
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
  const dom = execFileSync(
    chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--allow-file-access-from-files',
      '--virtual-time-budget=30000',
      '--dump-dom',
      `file://${join(folder, 'page.html')}`,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 120_000 },
  );
  const encoded = /<pre id="result">([A-Za-z0-9+/=]*)<\/pre>/.exec(dom)?.[1];
  if (!encoded) throw new Error('Chromium rendered no result');
  return JSON.parse(Buffer.from(encoded, 'base64').toString('utf8')) as ChromiumRender[];
}
