/** Mermaid and DOT output checked by Mermaid's own parser, Chromium and Graphviz, on every repository plan and a hostile one. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { edgeLabel } from '../../../src/compile/edge-label.js';
import { formatDot } from '../../../src/report/diagrams/dot.js';
import { formatMermaid, stateId } from '../../../src/report/diagrams/mermaid.js';
import { renderDot } from '../../../src/report/diagrams/svg.js';
import { buildStageGraph } from '../../../src/model/stage-graph.js';
import type { Plan } from '../../../src/model/plan.js';
import { en, zh } from '../../helpers/translate.js';
import { chromiumPath, parseMermaid, renderInChromium } from './mermaid-render.js';

const ROOT = new URL('../../../', import.meta.url).pathname;
const read = (path: string) => parse(readFileSync(join(ROOT, path), 'utf8')) as Plan;
const hostile = read('test/fixtures/compile/hostile-plan.yaml');

const plans: [string, Plan][] = ['plans', 'examples']
  .flatMap((folder) => readdirSync(join(ROOT, folder)).map((name) => `${folder}/${name}`))
  .filter((path) => /\.ya?ml$/.test(path))
  .map((path) => [path, read(path)] as [string, Plan])
  .filter(([, plan]) => plan.kind === 'plan');
plans.push(['hostile', hostile]);

const folded = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Graphviz writes some characters as numeric references (`&#45;`); the XML parser leaves them. */
const decoded = (text: unknown) =>
  String(text).replace(/&#(x?)([0-9a-f]+);/gi, (_, hex: string, code: string) =>
    String.fromCodePoint(parseInt(code, hex ? 16 : 10)),
  );

describe('mermaid output, read back by Mermaid’s parser', () => {
  it.each(plans)(
    '%s: every stage, phase and transition, with its text as written',
    async (_path, plan) => {
      const parsed = await parseMermaid(formatMermaid(plan, en));
      const graph = buildStageGraph(plan);
      for (const id of graph.stages) {
        const node = parsed.nodes.find((candidate) => candidate.id === stateId(id));
        expect(node, id).toMatchObject({ label: folded(plan.stages[id]!.title), isGroup: false });
        expect(node!.parentId).toBe(`phase_${plan.stages[id]!.phase}`);
      }
      const groups = parsed.nodes.filter((node) => node.isGroup).map((node) => node.id);
      expect(groups.sort()).toEqual(
        [...new Set(graph.stages.map((id) => `phase_${plan.stages[id]!.phase}`))].sort(),
      );
      for (const edge of graph.edges) {
        const arrow = parsed.edges.find(
          (candidate) =>
            candidate.start === stateId(edge.from) && candidate.end === stateId(edge.to),
        );
        expect(arrow, `${edge.from} -> ${edge.to}`).toBeDefined();
        expect(arrow!.label.split('<br>')).toContain(folded(edgeLabel(edge, en)));
      }
      const ends = parsed.edges.filter((edge) => edge.end === 'root_end').map((edge) => edge.start);
      expect(ends.sort()).toEqual(graph.finals.map(stateId).sort());
    },
  );

  it('keeps the hostile title out of directives', () => {
    const text = formatMermaid(hostile, zh);
    expect(text).not.toContain('%%{');
    expect(text.split('\n').filter((line) => line.includes('<script>'))).toEqual([]);
  });
});

const chromium = chromiumPath();

describe('mermaid output, rendered by Mermaid in headless Chromium', () => {
  it.skipIf(!chromium)('renders every plan; hostile text shows as text and adds no script', () => {
    const results = renderInChromium(
      chromium!,
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

describe('dot output, laid out by Graphviz (WebAssembly)', () => {
  const xml = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => name === 'g' || name === 'text',
  });

  /** A `<g>` of Graphviz's SVG as fast-xml-parser reads it. */
  interface SvgGroup {
    '@_class'?: string;
    title?: string;
    text?: (string | { '#text': string })[];
  }

  it.each(plans)(
    '%s: one node per stage with its title, one cluster per phase',
    async (_path, plan) => {
      const svg = await renderDot(formatDot(plan, en));
      const groups = (xml.parse(svg) as { svg: { g: { g: SvgGroup[] }[] } }).svg.g[0]!.g;
      const of = (kind: string) => groups.filter((group) => group['@_class'] === kind);
      const textOf = (group: (typeof groups)[number]) =>
        (group.text ?? [])
          .map((part) => decoded(typeof part === 'string' ? part : part['#text']))
          .join('\n');
      const graph = buildStageGraph(plan);
      for (const id of graph.stages) {
        const node = of('node').find((group) => decoded(group.title) === id);
        expect(node, id).toBeDefined();
        expect(textOf(node!).replace(/\n/g, ' ')).toBe(folded(plan.stages[id]!.title));
      }
      const phases = new Set(graph.stages.map((id) => plan.stages[id]!.phase));
      expect(
        of('cluster')
          .map((group) => decoded(group.title))
          .sort(),
      ).toEqual([...phases].map((phase) => `cluster_${phase}`).sort());
      expect(of('edge').length).toBe(
        new Set(graph.edges.map((edge) => `${edge.from}>${edge.to}`)).size + graph.initial.length,
      );
    },
  );

  it('escapes hostile text: quotes, backslashes, newlines and markup stay text', async () => {
    const dot = formatDot(hostile, en);
    expect(dot).toContain('\\"go\\"');
    expect(dot).toContain('\\\\N backslash');
    expect(dot).toContain('line one\\nline two');
    const svg = await renderDot(dot);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });

  it('reports invalid DOT as an error', async () => {
    await expect(renderDot('digraph { a -> }')).rejects.toThrow();
  });
});
