/** The HTML report's style sheet, inline so the file needs nothing from the network. */
import { PAGE_CSS } from '../page-style.js';

/** CSS for the report page and its SVG charts: yuan's page style, then the report's own. */
export const DRILL_REPORT_CSS = `${PAGE_CSS}
h3 { font-size: 1rem; margin: 20px 0 6px; }
ul.facts { list-style: none; padding: 0; margin: 0; color: var(--muted); }
.score { font-size: 1.3rem; font-weight: 600; margin: 16px 0 4px; }
.rating { display: inline-block; min-width: 2em; text-align: center; border-radius: 4px;
  color: #fff; margin-right: 8px; padding: 0 6px; }
.rating-P { background: #2e7d4f; } .rating-S { background: #5b8c2a; }
.rating-M { background: #e08a00; } .rating-U { background: #b3261e; } .rating-none { background: #777; }
.note { color: var(--muted); font-size: 0.9rem; }
table.compact { width: auto; min-width: 50%; }
.scroll { overflow-x: auto; }
table.decisions { font-size: 0.85rem; }
table.decisions td:nth-child(1), table.decisions td:nth-child(n + 6) { white-space: nowrap; }
tr.total td { font-weight: 600; border-top: 2px solid var(--ink); }
td.when { white-space: nowrap; font-variant-numeric: tabular-nums; }
td.message { white-space: pre-line; }
.kind { font-size: 0.8rem; color: var(--muted); text-transform: uppercase; white-space: nowrap; }
svg.chart .grid { stroke: #e6e9ed; }
svg.chart .tick, svg.chart .value { fill: var(--muted); font-size: 11px; }
svg.chart .lane { fill: var(--ink); }
svg.chart .stage text { fill: #fff; font-weight: 600; }
svg.chart .inject line { stroke: #333; stroke-width: 1.5; }
svg.chart .inject circle { fill: #333; }
svg.chart line.target { stroke: #1d232b; stroke-width: 2.5; }
svg.chart line.zero { stroke: #888; stroke-width: 1; stroke-dasharray: 3 3; }
.legend-phases span { display: inline-block; margin-right: 14px; font-size: 0.85rem; }
.legend-phases i { display: inline-block; width: 12px; height: 12px; margin-right: 4px; vertical-align: -1px; }
ol.wrong > li { margin-bottom: 10px; }
ol.wrong ul { margin: 4px 0; padding-left: 18px; }
.advice { color: #1f5e99; }
`;
