/**
 * `yuan compile --format svg`: the DOT form laid out by Graphviz compiled to WebAssembly
 * (@hpcc-js/wasm-graphviz: no native binary, no network). Graphviz escapes text in its SVG.
 */
import type { Translate } from '../../i18n/index.js';
import type { Plan } from '../../model/plan.js';
import { formatDot } from './dot.js';

/** Renders DOT source to SVG; throws Graphviz's message when the source is not valid DOT. */
export async function renderDot(source: string): Promise<string> {
  // Loaded here, not at the top: the WebAssembly module is large and most commands never draw.
  const { Graphviz } = await import('@hpcc-js/wasm-graphviz');
  const graphviz = await Graphviz.load();
  return graphviz.dot(source, 'svg');
}

/** The SVG drawing of a plan. */
export async function formatSvg(plan: Plan, t: Translate): Promise<string> {
  return renderDot(formatDot(plan, t));
}
