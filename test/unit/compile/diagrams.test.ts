/** Mermaid and DOT output checked by Mermaid's own parser and Graphviz, on every repository plan and a hostile one (Chromium: test/browser/mermaid-chromium.test.ts). */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { edgeLabel } from '../../../src/compile/edge-label.js';
import { formatDot } from '../../../src/report/diagrams/dot.js';
import { formatMermaid, stateId } from '../../../src/report/diagrams/mermaid.js';
import { renderDot } from '../../../src/report/diagrams/svg.js';
import { buildStageGraph } from '../../../src/model/stage-graph.js';
import { en, zh } from '../../helpers/translate.js';
import { folded, hostile, plans } from './diagram-plans.js';
import { parseMermaid } from './mermaid-render.js';

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
