// The explorer's page: HTML and CSS as strings, the script compiled from `client.ts`.
// All of it ships in the package's dist (tsup bundles this module into the CLI): no build step
// at run time, nothing fetched from elsewhere.
//
// The script comes as text from a generated module (`npm run generate` bundles client.ts with
// esbuild), not by importing client.ts: that import would put client.ts, and so lib dom, into the
// Node program, where library code could then use `document` or `window` and still type-check.
import { EXPLORE_CLIENT_SCRIPT } from '../../generated/explore-client.js';

/** The page: markup only; the script and the style are separate same-origin resources (strict CSP). */
export const PAGE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>mayastor-events explore</title>
<link rel="stylesheet" href="/explore.css">
<script src="/explore.js" defer></script>
</head>
<body>
<header>
  <h1>mayastor-events explore</h1>
  <span id="source" class="source"></span>
  <div id="connection" class="connection" role="status" hidden></div>
  <div id="status" class="status connecting" role="status">connecting…</div>
</header>
<form id="filters" autocomplete="off">
  <label>pattern <input name="pattern" placeholder="nexus.*, *.create"></label>
  <label>target / uuid <input name="target" placeholder="any id in the event" size="38"></label>
  <label>node <input name="node" placeholder="io-engine-1"></label>
  <label>since <input name="since" placeholder="2024-05-01T10:20:30Z"></label>
  <label>until <input name="until" placeholder="2024-05-01T11:00:00Z"></label>
  <button type="submit">apply</button>
  <button type="button" id="clear">clear</button>
</form>
<div id="filter-error" class="filter-error" role="alert" hidden></div>
<div id="gap" class="gap" role="status" hidden></div>
<main>
  <section class="list">
    <h2>Events <span id="count" class="count"></span></h2>
    <table id="events">
      <thead><tr><th>time</th><th>category</th><th>action</th><th>target</th><th>node</th><th>component</th><th>summary</th></tr></thead>
      <tbody id="rows"></tbody>
    </table>
  </section>
  <aside class="detail">
    <h2>Event</h2>
    <p id="detail-empty" class="hint">Click an event to see it in full.</p>
    <div id="detail" hidden>
      <h3 id="detail-title"></h3>
      <p id="detail-where" class="hint"></p>
      <p id="detail-reason" class="reason"></p>
      <button type="button" id="detail-timeline">timeline of this target</button>
      <h4>Decoded event</h4>
      <pre id="detail-decoded"></pre>
      <h4>Raw JSON</h4>
      <pre id="detail-raw"></pre>
    </div>
  </aside>
</main>
<section class="timeline">
  <h2>Timeline <input id="timeline-target" placeholder="a volume or any uuid" size="38"> <span id="timeline-info" class="hint"></span></h2>
  <svg id="timeline" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="timeline"></svg>
</section>
<section class="counts">
  <h2>Counts <span class="hint">per category × action, over the events shown</span></h2>
  <svg id="counts" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="counts"></svg>
</section>
</body>
</html>
`;

/** The page's style. */
export const PAGE_CSS = `:root { color-scheme: light; --fail: #c62828; --warn: #b26a00; --ok: #2e7d32; --muted: #666; }
* { box-sizing: border-box; }
body { font: 13px/1.4 system-ui, sans-serif; margin: 0; padding: 0 16px 24px; color: #222; background: #fafafa; }
header { display: flex; align-items: baseline; gap: 12px; flex-wrap: wrap; padding: 10px 0 6px; }
h1 { font-size: 18px; margin: 0; }
h2 { font-size: 14px; margin: 14px 0 6px; }
.source, .hint, .count { color: var(--muted); font-weight: normal; }
.status, .connection { padding: 2px 8px; border-radius: 4px; }
.status.live, .status.file, .connection.ok { background: #e8f5e9; color: var(--ok); }
.status.waiting, .status.connecting { background: #fff8e1; color: var(--warn); }
.status.down, .connection.lost { background: #ffebee; color: var(--fail); }
form { display: flex; flex-wrap: wrap; gap: 8px 14px; align-items: center; padding: 8px; background: #fff; border: 1px solid #ddd; border-radius: 4px; }
input { font: inherit; padding: 2px 4px; }
.filter-error { color: var(--fail); margin: 6px 0; }
.gap { color: var(--warn); margin: 6px 0; }
main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(300px, 1fr); gap: 16px; }
table { border-collapse: collapse; width: 100%; background: #fff; }
th, td { text-align: left; padding: 2px 6px; border-bottom: 1px solid #eee; vertical-align: top; }
th { position: sticky; top: 0; background: #f0f0f0; }
table { table-layout: fixed; }
th:nth-child(1) { width: 14.5em; } th:nth-child(2) { width: 9em; } th:nth-child(3) { width: 10em; }
th:nth-child(4) { width: 15em; } th:nth-child(5) { width: 7em; } th:nth-child(6) { width: 8em; }
td { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.list { overflow-x: hidden; }
td.target { font-family: ui-monospace, monospace; font-size: 12px; }
tbody tr { cursor: pointer; }
tbody tr:hover { background: #f5f9ff; }
tbody tr.selected { background: #e3f2fd; }
tr.invalid { background: #fdecea; }
tr.unknown { background: #fff4e0; }
tr.failed td.summary, tr.failed td.action { color: var(--fail); font-weight: 600; }
.badge { display: inline-block; padding: 0 5px; border-radius: 3px; font-size: 11px; font-weight: 600; color: #fff; }
.badge.invalid { background: var(--fail); }
.badge.unknown { background: var(--warn); }
.reason { color: var(--fail); }
td .reason { overflow: hidden; text-overflow: ellipsis; }
.detail .reason { white-space: pre-wrap; }
.list { max-height: 70vh; overflow: auto; }
.detail pre { background: #fff; border: 1px solid #ddd; padding: 6px; overflow: auto; max-height: 30vh; white-space: pre-wrap; word-break: break-all; }
svg { display: block; width: 100%; background: #fff; border: 1px solid #ddd; }
svg text { font: 11px system-ui, sans-serif; fill: #333; }
svg .axis { stroke: #bbb; }
svg .span { fill: #64b5f6; }
svg .span.open { fill: #bbdefb; }
svg .span.failed, svg .point.failed { fill: var(--fail); }
svg .point { fill: #1565c0; }
svg .bar { fill: #90a4ae; }
svg .bar.invalid { fill: var(--fail); }
svg .bar.unknown { fill: var(--warn); }
svg text.duration { font-weight: 600; }
`;

/** The page's script: `explorerClient` (client.ts) as a browser script that runs it once the page is parsed. */
export function pageScript(): string {
  return EXPLORE_CLIENT_SCRIPT;
}
