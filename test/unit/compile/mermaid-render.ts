/**
 * Checks Mermaid text with Mermaid's parser in jsdom (structure: states, groups, edges and their
 * labels); test/browser/mermaid-chromium.test.ts renders it in headless Chromium.
 */

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
