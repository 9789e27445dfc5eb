/** What every HTML page of yuan (drill report, readiness) looks like: inline, nothing from the network. */

/** The shared CSS: colours, system fonts (Chinese ones included), headings, tables, charts, footer. */
export const PAGE_CSS = `
:root { color-scheme: light; --ink: #1d232b; --muted: #5b6573; --rule: #d7dce2; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC",
    "PingFang SC", "Microsoft YaHei", sans-serif; }
main { max-width: 1000px; margin: 0 auto; padding: 24px; }
h1 { font-size: 1.5rem; margin: 0 0 12px; overflow-wrap: anywhere; }
h2 { font-size: 1.2rem; margin: 32px 0 8px; border-bottom: 1px solid var(--rule); }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; margin: 8px 0; }
th, td { border-bottom: 1px solid var(--rule); padding: 4px 6px; text-align: left; vertical-align: top; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
figure { margin: 8px 0; }
svg.chart { width: 100%; height: auto; font-size: 12px; }
footer { margin-top: 40px; color: var(--muted); font-size: 0.8rem; }
`;
