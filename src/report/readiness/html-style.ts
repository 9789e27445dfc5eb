/** The readiness page's style sheet, inline so the file needs nothing from the network. */
import { PAGE_CSS } from '../page-style.js';

/** CSS for the page and its chart: yuan's page style, then the readiness page's own. */
export const READINESS_CSS = `${PAGE_CSS}
:root { --bad: #b3261e; --good: #2e7d4f; }
th, td { overflow-wrap: anywhere; }
p.facts, p.summary { color: var(--muted); margin: 4px 0; overflow-wrap: anywhere; }
ol.gaps > li { margin-bottom: 10px; overflow-wrap: anywhere; }
.kind { display: block; font-size: 0.8rem; color: var(--muted); }
.error .kind { color: var(--bad); }
.ok { color: var(--good); }
.bad { color: var(--bad); font-weight: 600; }
th { white-space: nowrap; }
tr.row-bad td { background: #fdf1f0; }
td.how { color: var(--muted); font-size: 0.85rem; }
dl { display: grid; grid-template-columns: minmax(8em, 16em) 1fr; gap: 6px 16px; margin: 8px 0; }
dt { font-weight: 600; } dd { margin: 0; overflow-wrap: anywhere; }
svg.chart .label { fill: var(--ink); }
svg.chart .value { fill: var(--muted); font-size: 11px; }
svg.chart rect.need { fill: #9aa4b1; }
svg.chart rect.stock { fill: var(--good); }
svg.chart rect.stock.short { fill: var(--bad); }
`;
