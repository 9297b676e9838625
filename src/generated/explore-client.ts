// Generated from src/cli/explore/client.ts by scripts/generate.ts (the explorer page's script, bundled by esbuild). Do not edit: run `npm run generate`.
/** The explorer page's script: `explorerClient` of src/cli/explore/client.ts, run once the page is parsed. */
export const EXPLORE_CLIENT_SCRIPT = `"use strict";
(() => {
  // src/cli/explore/ring.ts
  var NOTHING = Object.freeze([]);
  var Ring = class {
    maxItems;
    maxBytes;
    #sizeOf;
    // A queue: items from #head on are kept; the slots before it are emptied, and cut off once they
    // are half of the array (so each push costs O(1) on average, and nothing is allocated up front).
    #items = [];
    #sizes = [];
    #head = 0;
    #bytes = 0;
    constructor(options) {
      this.maxItems = options.maxItems;
      this.maxBytes = options.maxBytes ?? Infinity;
      this.#sizeOf = options.sizeOf ?? (() => 0);
    }
    /** Adds an item, then forgets the oldest ones while over either bound (never the new one); returns those forgotten, oldest first. */
    push(item) {
      const size = this.#sizeOf(item);
      this.#items.push(item);
      this.#sizes.push(size);
      this.#bytes += size;
      let forgotten;
      while (this.size > 1 && (this.size > this.maxItems || this.#bytes > this.maxBytes)) {
        (forgotten ??= []).push(this.#items[this.#head]);
        this.#items[this.#head] = void 0;
        this.#bytes -= this.#sizes[this.#head];
        this.#head++;
      }
      if (this.#head >= 1024 && this.#head * 2 >= this.#items.length) {
        this.#items = this.#items.slice(this.#head);
        this.#sizes = this.#sizes.slice(this.#head);
        this.#head = 0;
      }
      return forgotten ?? NOTHING;
    }
    /** How many items it holds. */
    get size() {
      return this.#items.length - this.#head;
    }
    /** The bytes it holds, as \`sizeOf\` counted them. */
    get bytes() {
      return this.#bytes;
    }
    /** The item \`index\` places after the oldest (0: the oldest), or undefined past the newest. */
    at(index) {
      return index >= 0 && index < this.size ? this.#items[this.#head + index] : void 0;
    }
    /** The items, oldest first. */
    *[Symbol.iterator]() {
      for (let i = this.#head; i < this.#items.length; i++) yield this.#items[i];
    }
  };

  // src/cli/explore/client.ts
  function explorerClient() {
    const MAX_ROWS = 500;
    const CHART_INTERVAL_MS = 400;
    const SVG = "http://www.w3.org/2000/svg";
    const FILTERS = ["pattern", "target", "node", "since", "until"];
    const byId = (id) => document.getElementById(id);
    const form = byId("filters");
    const rows = byId("rows");
    const statusLine = byId("status");
    const connectionLine = byId("connection");
    const filterError = byId("filter-error");
    const gapLine = byId("gap");
    const countLine = byId("count");
    const timelineInput = byId("timeline-target");
    const timelineInfo = byId("timeline-info");
    const timelineSvg = byId("timeline");
    const countsSvg = byId("counts");
    let bounds = { maxItems: 5e3, maxBytes: 64 * 1024 * 1024 };
    const keep = () => new Ring({ ...bounds, sizeOf: (record) => record.bytes });
    let records = keep();
    const bySeq = /* @__PURE__ */ new Map();
    let pending = [];
    let missed = 0;
    let frame = 0;
    let chartTimer;
    let source;
    let instance = "";
    let lost = false;
    let selected = -1;
    function fromUrl() {
      const params = new URLSearchParams(location.search);
      for (const name of FILTERS) form.elements.namedItem(name).value = params.get(name) ?? "";
      timelineInput.value = params.get("timeline") ?? "";
    }
    function viewParams() {
      const params = new URLSearchParams();
      for (const name of FILTERS) {
        const value = form.elements.namedItem(name).value.trim();
        if (value !== "") params.set(name, value);
      }
      if (timelineInput.value.trim() !== "") params.set("timeline", timelineInput.value.trim());
      return params;
    }
    function toUrl() {
      const query = viewParams().toString();
      history.replaceState(null, "", query === "" ? location.pathname : \`?\${query}\`);
    }
    function on(stream, name, handle) {
      stream.addEventListener(name, (event) => handle(JSON.parse(event.data)));
    }
    function connect() {
      source?.close();
      const params = viewParams();
      params.delete("timeline");
      const query = params.toString();
      const stream = new EventSource(query === "" ? "/events" : \`/events?\${query}\`);
      source = stream;
      on(stream, "hello", (hello) => {
        const restarted = instance !== "" && hello.instance !== instance;
        instance = hello.instance;
        bounds = { maxItems: hello.maxEvents, maxBytes: hello.maxBytes };
        byId("source").textContent = hello.source;
        if (lost) {
          lost = false;
          showConnection("ok", restarted ? "reconnected: the explorer server restarted, events reloaded" : "reconnected to the explorer server");
        }
      });
      on(stream, "status", (status) => {
        statusLine.className = \`status \${status.state}\`;
        statusLine.textContent = status.text;
      });
      on(stream, "reset", (reset) => {
        records = keep();
        bySeq.clear();
        pending = [];
        rows.replaceChildren();
        filterError.hidden = reset.error === null;
        filterError.textContent = reset.error ?? "";
        missed = 0;
        gapLine.hidden = true;
        updateCount();
        scheduleCharts();
      });
      on(stream, "record", (record) => {
        for (const old of records.push(record)) bySeq.delete(old.seq);
        bySeq.set(record.seq, record);
        pending.push(record.seq);
        if (pending.length > 2 * MAX_ROWS) pending = pending.slice(-MAX_ROWS);
        if (frame === 0) frame = requestAnimationFrame(flush);
      });
      on(stream, "gap", (gap) => {
        missed += gap.missed;
        gapLine.hidden = false;
        gapLine.textContent = \`\${missed} \${missed === 1 ? "event" : "events"} missing from this view: this page read slower than they came, and the server had let them go (it keeps \${bounds.maxItems} events, within \${bounds.maxBytes} bytes)\`;
      });
      stream.addEventListener("error", () => {
        if (!lost) {
          lost = true;
          showConnection("lost", "lost the connection to the explorer server: reconnecting…");
        }
        if (stream.readyState === EventSource.CLOSED && source === stream) setTimeout(() => source === stream && connect(), 2e3);
      });
    }
    function showConnection(state, text) {
      connectionLine.hidden = false;
      connectionLine.className = \`connection \${state}\`;
      connectionLine.textContent = text;
    }
    function flush() {
      frame = 0;
      const batch = pending;
      pending = [];
      const fragment = document.createDocumentFragment();
      for (let i = batch.length - 1; i >= Math.max(0, batch.length - MAX_ROWS); i--) {
        const record = bySeq.get(batch[i]);
        if (record !== void 0) fragment.append(row(record));
      }
      rows.prepend(fragment);
      const listed = (tr) => tr instanceof HTMLTableRowElement && bySeq.has(Number(tr.dataset["seq"]));
      while (rows.rows.length > MAX_ROWS || rows.lastElementChild !== null && !listed(rows.lastElementChild)) rows.lastElementChild.remove();
      updateCount();
      scheduleCharts();
    }
    function updateCount() {
      countLine.textContent = records.size > MAX_ROWS ? \`\${records.size} (the newest \${MAX_ROWS} listed)\` : String(records.size);
    }
    function cell(tr, text, className) {
      const td = tr.insertCell();
      td.textContent = text;
      if (className !== void 0) td.className = className;
      return td;
    }
    function row(record) {
      const tr = document.createElement("tr");
      tr.dataset["seq"] = String(record.seq);
      tr.className = \`\${record.kind}\${record.failed ? " failed" : ""}\${record.seq === selected ? " selected" : ""}\`;
      cell(tr, shortTime(record.time));
      if (record.kind === "invalid") {
        const td = cell(tr, "", "category");
        td.colSpan = 2;
        td.append(badge("invalid"));
      } else {
        const category = cell(tr, "", "category");
        if (record.kind === "unknown") category.append(badge("unknown"), " ");
        category.append(record.category);
        cell(tr, record.action, "action");
      }
      cell(tr, record.target, "target").title = record.target;
      cell(tr, record.node, "node");
      cell(tr, record.component, "component");
      const summary = cell(tr, record.summary, "summary");
      summary.title = record.reason === "" ? record.summary : \`\${record.summary}
\${record.reason}\`;
      if (record.reason !== "") {
        const reason = document.createElement("div");
        reason.className = "reason";
        reason.textContent = record.reason;
        summary.append(reason);
      }
      return tr;
    }
    function badge(kind) {
      const span = document.createElement("span");
      span.className = \`badge \${kind}\`;
      span.textContent = kind;
      return span;
    }
    function shortTime(time) {
      return time === null ? "-" : time.replace("T", " ").replace(/(\\.\\d{3})\\d*/u, "$1").replace(/Z$/u, "");
    }
    function showDetail(record) {
      selected = record.seq;
      rows.querySelectorAll("tr.selected").forEach((tr) => tr.classList.remove("selected"));
      rows.querySelector(\`tr[data-seq="\${record.seq}"]\`)?.classList.add("selected");
      byId("detail-empty").hidden = true;
      byId("detail").hidden = false;
      byId("detail-title").textContent = record.kind === "invalid" ? "invalid message" : \`\${record.key}\${record.kind === "unknown" ? " (unknown)" : ""}\`;
      byId("detail-where").textContent = \`\${record.where}\${record.time === null ? "" : \` · \${record.time}\`}\`;
      byId("detail-reason").textContent = record.reason;
      byId("detail-decoded").textContent = record.event === null ? "(not an event: nothing decoded)" : JSON.stringify(record.event, null, 2);
      let raw = record.raw;
      try {
        raw = JSON.stringify(JSON.parse(raw), null, 2);
      } catch {
      }
      byId("detail-raw").textContent = raw;
      const button = byId("detail-timeline");
      button.hidden = record.target === "";
      button.dataset["target"] = record.target;
    }
    function scheduleCharts() {
      if (chartTimer !== void 0) return;
      chartTimer = setTimeout(() => {
        chartTimer = void 0;
        drawTimeline();
        drawCounts();
      }, CHART_INTERVAL_MS);
    }
    function svg(parent, name, attributes, text) {
      const element = document.createElementNS(SVG, name);
      for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
      if (text !== void 0) element.textContent = text;
      parent.append(element);
      return element;
    }
    function duration(ms) {
      if (ms < 1e3) return \`\${Math.round(ms)} ms\`;
      if (ms < 6e4) return \`\${(ms / 1e3).toFixed(ms < 1e4 ? 2 : 1)} s\`;
      return \`\${Math.floor(ms / 6e4)} min \${Math.round(ms % 6e4 / 1e3)} s\`;
    }
    function drawTimeline() {
      timelineSvg.replaceChildren();
      const target = timelineInput.value.trim().toLowerCase();
      if (target === "") {
        timelineSvg.setAttribute("viewBox", "0 0 1000 24");
        svg(timelineSvg, "text", { x: 8, y: 16 }, 'Pick a target: type a volume or any uuid above, or click "timeline of this target" on an event.');
        timelineInfo.textContent = "";
        return;
      }
      const related = /* @__PURE__ */ new Set([target]);
      for (const record of records) {
        const initiator = record.event?.metadata?.source?.event_details?.host_initiator_details;
        if (initiator != null && typeof initiator.uuid === "string" && initiator.uuid !== "" && mentions(initiator, target)) related.add(initiator.uuid.toLowerCase());
      }
      const ids = [...related];
      const events = [...records].filter((record) => record.ms !== null && ids.some((id) => mentions(record.event, id))).sort((a, b) => a.ms - b.ms);
      timelineInfo.textContent = \`\${events.length} event\${events.length === 1 ? "" : "s"}\${ids.length > 1 ? \` (with \${ids.slice(1).join(", ")}, connected to it)\` : ""}\`;
      if (events.length === 0) {
        timelineSvg.setAttribute("viewBox", "0 0 1000 24");
        svg(timelineSvg, "text", { x: 8, y: 16 }, "No event of this target among the events shown.");
        return;
      }
      const bars = [];
      const open = /* @__PURE__ */ new Map();
      let min = events[0].ms;
      let max = events[events.length - 1].ms;
      for (const record of events) {
        const span = record.span;
        if (span === null) continue;
        const at = record.ms;
        if (span.phase === "start") {
          open.set(span.id, record);
        } else {
          const started = open.get(span.id);
          open.delete(span.id);
          const from = span.phase === "whole" ? at - (span.durationMs ?? 0) : started?.ms ?? span.startMs ?? at;
          min = Math.min(min, from);
          bars.push({ lane: span.id, from, to: at, failed: record.failed, open: false, text: \`\${span.label} \${duration(at - from)}\${record.failed ? " (failed)" : ""}\` });
        }
      }
      for (const [id, record] of open) bars.push({ lane: id, from: record.ms, to: max, failed: record.failed, open: true, text: \`\${record.span.label} since \${duration(max - record.ms)} (no end yet)\` });
      if (max === min) {
        min -= 500;
        max += 500;
      }
      const laneNames = [...new Set(bars.map((bar) => bar.lane))];
      const keyNames = [...new Set(events.map((record) => record.key || "invalid"))];
      const left = 260;
      const width = 1e3;
      const lane = 20;
      const top = 24;
      const height = top + (laneNames.length + keyNames.length) * lane + 8;
      timelineSvg.setAttribute("viewBox", \`0 0 \${width} \${height}\`);
      const x = (ms) => left + (ms - min) / (max - min) * (width - left - 16);
      for (let i = 0; i <= 4; i++) {
        const at = min + (max - min) * i / 4;
        svg(timelineSvg, "line", { x1: x(at), x2: x(at), y1: top - 6, y2: height, class: "axis" });
        svg(timelineSvg, "text", { x: x(at), y: 12, "text-anchor": i === 0 ? "start" : i === 4 ? "end" : "middle" }, new Date(at).toISOString().slice(11, 23));
      }
      laneNames.forEach((name, i) => {
        const y = top + i * lane;
        svg(timelineSvg, "text", { x: 4, y: y + 13 }, name.length > 40 ? \`\${name.slice(0, 39)}…\` : name).append(title(name));
        for (const bar of bars.filter((candidate) => candidate.lane === name)) {
          const rect = svg(timelineSvg, "rect", {
            x: x(bar.from),
            y: y + 3,
            width: Math.max(2, x(bar.to) - x(bar.from)),
            height: lane - 6,
            class: \`span\${bar.failed ? " failed" : ""}\${bar.open ? " open" : ""}\`
          });
          rect.append(title(bar.text));
          const after = x(bar.to) + 6 < width - 180;
          svg(timelineSvg, "text", { x: after ? x(bar.to) + 6 : x(bar.from) - 6, y: y + 14, class: "duration", "text-anchor": after ? "start" : "end" }, bar.text);
        }
      });
      keyNames.forEach((name, i) => {
        const y = top + (laneNames.length + i) * lane;
        svg(timelineSvg, "text", { x: 4, y: y + 13 }, name);
        for (const record of events.filter((candidate) => (candidate.key || "invalid") === name)) {
          const dot = svg(timelineSvg, "circle", { cx: x(record.ms), cy: y + 9, r: 4, class: \`point\${record.failed ? " failed" : ""}\` });
          dot.append(title(\`\${record.time ?? ""} \${record.key} \${record.summary}\`));
        }
      });
    }
    function mentions(value, text) {
      if (typeof value === "string") return value.toLowerCase().includes(text);
      if (value === null || typeof value !== "object") return false;
      return Object.values(value).some((member) => mentions(member, text));
    }
    function title(text) {
      const element = document.createElementNS(SVG, "title");
      element.textContent = text;
      return element;
    }
    function drawCounts() {
      countsSvg.replaceChildren();
      const counts = /* @__PURE__ */ new Map();
      for (const record of records) {
        const name = record.kind === "invalid" ? "invalid" : \`\${record.category} × \${record.action}\`;
        const entry = counts.get(name) ?? { count: 0, kind: record.kind };
        entry.count++;
        counts.set(name, entry);
      }
      const sorted = [...counts].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]));
      const line = 16;
      const left = 260;
      countsSvg.setAttribute("viewBox", \`0 0 1000 \${Math.max(1, sorted.length) * line + 8}\`);
      if (sorted.length === 0) {
        svg(countsSvg, "text", { x: 8, y: 14 }, "No events shown.");
        return;
      }
      const most = sorted[0][1].count;
      sorted.forEach(([name, { count, kind }], i) => {
        const y = 4 + i * line;
        svg(countsSvg, "text", { x: 4, y: y + 11, class: "count-label" }, name);
        const width = Math.max(2, count / most * (1e3 - left - 60));
        svg(countsSvg, "rect", { x: left, y: y + 2, width, height: line - 4, class: \`bar \${kind}\` });
        svg(countsSvg, "text", { x: left + width + 4, y: y + 11, class: "count-value" }, String(count));
      });
    }
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      toUrl();
      connect();
    });
    byId("clear").addEventListener("click", () => {
      form.reset();
      toUrl();
      connect();
    });
    rows.addEventListener("click", (event) => {
      const tr = event.target.closest("tr");
      const record = tr === null ? void 0 : bySeq.get(Number(tr.dataset["seq"]));
      if (record !== void 0) showDetail(record);
    });
    byId("detail-timeline").addEventListener("click", (event) => {
      timelineInput.value = event.currentTarget.dataset["target"] ?? "";
      toUrl();
      drawTimeline();
    });
    timelineInput.addEventListener("change", () => {
      toUrl();
      drawTimeline();
    });
    fromUrl();
    connect();
    scheduleCharts();
  }

  // <stdin>
  explorerClient();
})();
`;
