/** The readiness page's style sheet, inline so the file needs nothing from the network. */

/** CSS for the page and its chart (system fonts, prints on A4). */
export const READINESS_CSS = `
:root { color-scheme: light; --ink: #1d232b; --muted: #5b6573; --rule: #d7dce2; --bad: #b3261e; --good: #2e7d4f; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC",
    "PingFang SC", "Microsoft YaHei", sans-serif; }
main { max-width: 1000px; margin: 0 auto; padding: 24px; }
h1 { font-size: 1.5rem; margin: 0 0 12px; overflow-wrap: anywhere; }
h2 { font-size: 1.2rem; margin: 32px 0 8px; border-bottom: 1px solid var(--rule); }
p.facts, p.summary { color: var(--muted); margin: 4px 0; overflow-wrap: anywhere; }
ol.gaps > li { margin-bottom: 10px; overflow-wrap: anywhere; }
.kind { display: block; font-size: 0.8rem; color: var(--muted); }
.error .kind { color: var(--bad); }
.ok { color: var(--good); }
.bad { color: var(--bad); font-weight: 600; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; margin: 8px 0; }
th, td { border-bottom: 1px solid var(--rule); padding: 4px 6px; text-align: left; vertical-align: top;
  overflow-wrap: anywhere; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
th { white-space: nowrap; }
tr.row-bad td { background: #fdf1f0; }
td.how { color: var(--muted); font-size: 0.85rem; }
dl { display: grid; grid-template-columns: minmax(8em, 16em) 1fr; gap: 6px 16px; margin: 8px 0; }
dt { font-weight: 600; } dd { margin: 0; overflow-wrap: anywhere; }
figure { margin: 8px 0; }
svg.chart { width: 100%; height: auto; font-size: 12px; }
svg.chart .label { fill: var(--ink); }
svg.chart .value { fill: var(--muted); font-size: 11px; }
svg.chart rect.need { fill: #9aa4b1; }
svg.chart rect.stock { fill: var(--good); }
svg.chart rect.stock.short { fill: var(--bad); }
footer { margin-top: 40px; color: var(--muted); font-size: 0.8rem; }
`;
