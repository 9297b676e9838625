// The explorer page's script. It runs in the browser: `npm run generate` bundles it with esbuild
// into a script that calls `explorerClient` (src/generated/explore-client.ts, served by
// `pageScript()` in page.ts). It imports types only, and the ring that bounds the page's memory
// as it bounds the server's (ring.ts imports nothing): anything it imports is bundled into the page.
// It is type-checked with lib dom in a program of its own (tsconfig.client.json); nothing in the
// Node program (tsconfig.json) imports it, so the DOM's globals stay out of the library's code.
// Every piece of event content reaches the page through textContent or an SVG text node, never
// as markup; the server's Content-Security-Policy runs no other script.
import type { ExplorePageEvents, ExploreRecord, RecordSpan } from './protocol.js';
import { Ring } from './ring.js';

/** The explorer page: live list, filters in the URL, detail, timeline per target, counts. */
export function explorerClient(): void {
  // Rows in the table at most: the newest ones. More would make every update slow.
  const MAX_ROWS = 500;
  // Timeline and counts are redrawn at most this often while events pour in.
  const CHART_INTERVAL_MS = 400;
  const SVG = 'http://www.w3.org/2000/svg';
  const FILTERS = ['pattern', 'target', 'node', 'since', 'until'] as const;

  const byId = <T extends HTMLElement | SVGElement = HTMLElement>(id: string): T => document.getElementById(id) as unknown as T;
  const form = byId<HTMLFormElement>('filters');
  const rows = byId<HTMLTableSectionElement>('rows');
  const statusLine = byId('status');
  const connectionLine = byId('connection');
  const filterError = byId('filter-error');
  const gapLine = byId('gap');
  const countLine = byId('count');
  const timelineInput = byId<HTMLInputElement>('timeline-target');
  const timelineInfo = byId('timeline-info');
  const timelineSvg = byId<SVGSVGElement>('timeline');
  const countsSvg = byId<SVGSVGElement>('counts');

  // The server's bounds, from its hello (which comes before the records of each stream).
  let bounds = { maxItems: 5000, maxBytes: 64 * 1024 * 1024 };
  // Kept within the server's bounds: the newest (of those the filter lets through) within both, each counted as the server counted it.
  const keep = (): Ring<ExploreRecord> => new Ring({ ...bounds, sizeOf: (record) => record.bytes });
  let records = keep(); // oldest first
  const bySeq = new Map<number, ExploreRecord>();
  // The records kept since the last animation frame, to list in the next one (sequence numbers:
  // the records themselves are in `records` at once, so a hidden tab, which gets no frames, keeps
  // no more than the bounds). Only the newest MAX_ROWS of them can be listed.
  let pending: number[] = [];
  // Records the server let go before this page read them (it read slower than they came), since the last reset.
  let missed = 0;
  let frame = 0;
  let chartTimer: ReturnType<typeof setTimeout> | undefined;
  let source: EventSource | undefined;
  let instance = '';
  let lost = false;
  let selected = -1;

  // ---- the URL: the filters and the timeline's target, so that a view can be shared ----
  function fromUrl(): void {
    const params = new URLSearchParams(location.search);
    for (const name of FILTERS) (form.elements.namedItem(name) as HTMLInputElement).value = params.get(name) ?? '';
    timelineInput.value = params.get('timeline') ?? '';
  }
  function viewParams(): URLSearchParams {
    const params = new URLSearchParams();
    for (const name of FILTERS) {
      const value = (form.elements.namedItem(name) as HTMLInputElement).value.trim();
      if (value !== '') params.set(name, value);
    }
    if (timelineInput.value.trim() !== '') params.set('timeline', timelineInput.value.trim());
    return params;
  }
  function toUrl(): void {
    const query = viewParams().toString();
    history.replaceState(null, '', query === '' ? location.pathname : `?${query}`);
  }

  // ---- the stream from the server ----
  /**
   * `handle` called with the data of each `name` event on `stream`, as protocol.ts says the server
   * writes it. Cast, not checked: the stream comes from the explorer's own server (same origin,
   * same build: this script is generated from the source the server is built from), whose side
   * protocol.ts types too; what came from the bus was decoded and bounded there.
   */
  function on<E extends keyof ExplorePageEvents>(stream: EventSource, name: E, handle: (data: ExplorePageEvents[E]) => void): void {
    stream.addEventListener(name, (event) => handle(JSON.parse((event as MessageEvent<string>).data) as ExplorePageEvents[E]));
  }

  function connect(): void {
    source?.close();
    const params = viewParams();
    params.delete('timeline');
    const query = params.toString();
    const stream = new EventSource(query === '' ? '/events' : `/events?${query}`);
    source = stream;
    on(stream, 'hello', (hello) => {
      const restarted = instance !== '' && hello.instance !== instance;
      instance = hello.instance;
      bounds = { maxItems: hello.maxEvents, maxBytes: hello.maxBytes };
      byId('source').textContent = hello.source;
      if (lost) {
        lost = false;
        showConnection('ok', restarted ? 'reconnected: the explorer server restarted, events reloaded' : 'reconnected to the explorer server');
      }
    });
    on(stream, 'status', (status) => {
      statusLine.className = `status ${status.state}`;
      statusLine.textContent = status.text;
    });
    on(stream, 'reset', (reset) => {
      records = keep();
      bySeq.clear();
      pending = [];
      rows.replaceChildren();
      filterError.hidden = reset.error === null;
      filterError.textContent = reset.error ?? '';
      missed = 0;
      gapLine.hidden = true;
      updateCount();
      scheduleCharts();
    });
    on(stream, 'record', (record) => {
      for (const old of records.push(record)) bySeq.delete(old.seq);
      bySeq.set(record.seq, record);
      pending.push(record.seq);
      if (pending.length > 2 * MAX_ROWS) pending = pending.slice(-MAX_ROWS);
      if (frame === 0) frame = requestAnimationFrame(flush);
    });
    on(stream, 'gap', (gap) => {
      missed += gap.missed;
      gapLine.hidden = false;
      gapLine.textContent = `${missed} ${missed === 1 ? 'event' : 'events'} missing from this view: this page read slower than they came, and the server had let them go (it keeps ${bounds.maxItems} events, within ${bounds.maxBytes} bytes)`;
    });
    stream.addEventListener('error', () => {
      if (!lost) {
        lost = true;
        showConnection('lost', 'lost the connection to the explorer server: reconnecting…');
      }
      // A stream the browser gave up on (the server answered, but not with events) is opened again.
      if (stream.readyState === EventSource.CLOSED && source === stream) setTimeout(() => source === stream && connect(), 2000);
    });
  }

  function showConnection(state: 'ok' | 'lost', text: string): void {
    connectionLine.hidden = false;
    connectionLine.className = `connection ${state}`;
    connectionLine.textContent = text;
  }

  // ---- the list: new records are added once per animation frame, whatever their number ----
  function flush(): void {
    frame = 0;
    const batch = pending;
    pending = [];
    const fragment = document.createDocumentFragment();
    for (let i = batch.length - 1; i >= Math.max(0, batch.length - MAX_ROWS); i--) {
      const record = bySeq.get(batch[i]!);
      if (record !== undefined) fragment.append(row(record));
    }
    rows.prepend(fragment);
    // The table lists kept records only: the newest MAX_ROWS at most, none the ring forgot.
    const listed = (tr: Element | null): boolean => tr instanceof HTMLTableRowElement && bySeq.has(Number(tr.dataset['seq']));
    while (rows.rows.length > MAX_ROWS || (rows.lastElementChild !== null && !listed(rows.lastElementChild))) rows.lastElementChild!.remove();
    updateCount();
    scheduleCharts();
  }

  function updateCount(): void {
    countLine.textContent = records.size > MAX_ROWS ? `${records.size} (the newest ${MAX_ROWS} listed)` : String(records.size);
  }

  function cell(tr: HTMLTableRowElement, text: string, className?: string): HTMLTableCellElement {
    const td = tr.insertCell();
    td.textContent = text;
    if (className !== undefined) td.className = className;
    return td;
  }

  function row(record: ExploreRecord): HTMLTableRowElement {
    const tr = document.createElement('tr');
    tr.dataset['seq'] = String(record.seq);
    tr.className = `${record.kind}${record.failed ? ' failed' : ''}${record.seq === selected ? ' selected' : ''}`;
    cell(tr, shortTime(record.time));
    if (record.kind === 'invalid') {
      const td = cell(tr, '', 'category');
      td.colSpan = 2;
      td.append(badge('invalid'));
    } else {
      const category = cell(tr, '', 'category');
      if (record.kind === 'unknown') category.append(badge('unknown'), ' ');
      category.append(record.category);
      cell(tr, record.action, 'action');
    }
    cell(tr, record.target, 'target').title = record.target;
    cell(tr, record.node, 'node');
    cell(tr, record.component, 'component');
    const summary = cell(tr, record.summary, 'summary');
    summary.title = record.reason === '' ? record.summary : `${record.summary}\n${record.reason}`;
    if (record.reason !== '') {
      const reason = document.createElement('div');
      reason.className = 'reason';
      reason.textContent = record.reason;
      summary.append(reason);
    }
    return tr;
  }

  function badge(kind: string): HTMLElement {
    const span = document.createElement('span');
    span.className = `badge ${kind}`;
    span.textContent = kind;
    return span;
  }

  function shortTime(time: string | null): string {
    // To the millisecond: the full timestamp is in the detail.
    return time === null ? '-' : time.replace('T', ' ').replace(/(\.\d{3})\d*/u, '$1').replace(/Z$/u, '');
  }

  // ---- the detail of one record ----
  function showDetail(record: ExploreRecord): void {
    selected = record.seq;
    rows.querySelectorAll('tr.selected').forEach((tr) => tr.classList.remove('selected'));
    rows.querySelector(`tr[data-seq="${record.seq}"]`)?.classList.add('selected');
    byId('detail-empty').hidden = true;
    byId('detail').hidden = false;
    byId('detail-title').textContent = record.kind === 'invalid' ? 'invalid message' : `${record.key}${record.kind === 'unknown' ? ' (unknown)' : ''}`;
    byId('detail-where').textContent = `${record.where}${record.time === null ? '' : ` · ${record.time}`}`;
    byId('detail-reason').textContent = record.reason;
    byId('detail-decoded').textContent = record.event === null ? '(not an event: nothing decoded)' : JSON.stringify(record.event, null, 2);
    let raw = record.raw;
    try {
      raw = JSON.stringify(JSON.parse(raw), null, 2);
    } catch {
      // not JSON: shown as received
    }
    byId('detail-raw').textContent = raw;
    const button = byId<HTMLButtonElement>('detail-timeline');
    button.hidden = record.target === '';
    button.dataset['target'] = record.target;
  }

  // ---- charts, redrawn at most every CHART_INTERVAL_MS ----
  function scheduleCharts(): void {
    if (chartTimer !== undefined) return;
    chartTimer = setTimeout(() => {
      chartTimer = undefined;
      drawTimeline();
      drawCounts();
    }, CHART_INTERVAL_MS);
  }

  function svg<K extends keyof SVGElementTagNameMap>(parent: Element, name: K, attributes: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
    const element = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    if (text !== undefined) element.textContent = text;
    parent.append(element);
    return element;
  }

  function duration(ms: number): string {
    if (ms < 1000) return `${Math.round(ms)} ms`;
    if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
    return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
  }

  interface Bar {
    readonly lane: string;
    readonly from: number;
    readonly to: number;
    readonly failed: boolean;
    readonly open: boolean;
    readonly text: string;
  }

  function drawTimeline(): void {
    timelineSvg.replaceChildren();
    const target = timelineInput.value.trim().toLowerCase();
    if (target === '') {
      timelineSvg.setAttribute('viewBox', '0 0 1000 24');
      svg(timelineSvg, 'text', { x: 8, y: 16 }, 'Pick a target: type a volume or any uuid above, or click "timeline of this target" on an event.');
      timelineInfo.textContent = '';
      return;
    }
    // A volume's story goes on in its nexus: a host's connection names both (the volume in the
    // subsystem NQN, the nexus as uuid), so the nexus's events (rebuilds, pauses) join the timeline.
    const related = new Set([target]);
    for (const record of records) {
      const initiator = (record.event as { metadata?: { source?: { event_details?: { host_initiator_details?: { uuid?: unknown } | null } | null } | null } | null } | null)
        ?.metadata?.source?.event_details?.host_initiator_details;
      if (initiator != null && typeof initiator.uuid === 'string' && initiator.uuid !== '' && mentions(initiator, target)) related.add(initiator.uuid.toLowerCase());
    }
    const ids = [...related];
    const events = [...records].filter((record) => record.ms !== null && ids.some((id) => mentions(record.event, id))).sort((a, b) => a.ms! - b.ms!);
    timelineInfo.textContent = `${events.length} event${events.length === 1 ? '' : 's'}${ids.length > 1 ? ` (with ${ids.slice(1).join(', ')}, connected to it)` : ''}`;
    if (events.length === 0) {
      timelineSvg.setAttribute('viewBox', '0 0 1000 24');
      svg(timelineSvg, 'text', { x: 8, y: 16 }, 'No event of this target among the events shown.');
      return;
    }
    // Spans: a start waits for its end (the latest start of the same id); a whole span carries its duration.
    const bars: Bar[] = [];
    const open = new Map<string, ExploreRecord>();
    let min = events[0]!.ms!;
    let max = events[events.length - 1]!.ms!;
    for (const record of events) {
      const span: RecordSpan | null = record.span;
      if (span === null) continue;
      const at = record.ms!;
      if (span.phase === 'start') {
        open.set(span.id, record);
      } else {
        const started = open.get(span.id);
        open.delete(span.id);
        const from = span.phase === 'whole' ? at - (span.durationMs ?? 0) : (started?.ms ?? span.startMs ?? at);
        min = Math.min(min, from);
        bars.push({ lane: span.id, from, to: at, failed: record.failed, open: false, text: `${span.label} ${duration(at - from)}${record.failed ? ' (failed)' : ''}` });
      }
    }
    for (const [id, record] of open) bars.push({ lane: id, from: record.ms!, to: max, failed: record.failed, open: true, text: `${record.span!.label} since ${duration(max - record.ms!)} (no end yet)` });
    if (max === min) {
      min -= 500;
      max += 500;
    }
    const laneNames = [...new Set(bars.map((bar) => bar.lane))];
    const keyNames = [...new Set(events.map((record) => record.key || 'invalid'))];
    const left = 260;
    const width = 1000;
    const lane = 20;
    const top = 24;
    const height = top + (laneNames.length + keyNames.length) * lane + 8;
    timelineSvg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    const x = (ms: number): number => left + ((ms - min) / (max - min)) * (width - left - 16);
    for (let i = 0; i <= 4; i++) {
      const at = min + ((max - min) * i) / 4;
      svg(timelineSvg, 'line', { x1: x(at), x2: x(at), y1: top - 6, y2: height, class: 'axis' });
      svg(timelineSvg, 'text', { x: x(at), y: 12, 'text-anchor': i === 0 ? 'start' : i === 4 ? 'end' : 'middle' }, new Date(at).toISOString().slice(11, 23));
    }
    laneNames.forEach((name, i) => {
      const y = top + i * lane;
      svg(timelineSvg, 'text', { x: 4, y: y + 13 }, name.length > 40 ? `${name.slice(0, 39)}…` : name).append(title(name));
      for (const bar of bars.filter((candidate) => candidate.lane === name)) {
        const rect = svg(timelineSvg, 'rect', {
          x: x(bar.from),
          y: y + 3,
          width: Math.max(2, x(bar.to) - x(bar.from)),
          height: lane - 6,
          class: `span${bar.failed ? ' failed' : ''}${bar.open ? ' open' : ''}`,
        });
        rect.append(title(bar.text));
        // Beside the bar: after it where there is room, else before it.
        const after = x(bar.to) + 6 < width - 180;
        svg(timelineSvg, 'text', { x: after ? x(bar.to) + 6 : x(bar.from) - 6, y: y + 14, class: 'duration', 'text-anchor': after ? 'start' : 'end' }, bar.text);
      }
    });
    keyNames.forEach((name, i) => {
      const y = top + (laneNames.length + i) * lane;
      svg(timelineSvg, 'text', { x: 4, y: y + 13 }, name);
      for (const record of events.filter((candidate) => (candidate.key || 'invalid') === name)) {
        const dot = svg(timelineSvg, 'circle', { cx: x(record.ms!), cy: y + 9, r: 4, class: `point${record.failed ? ' failed' : ''}` });
        dot.append(title(`${record.time ?? ''} ${record.key} ${record.summary}`));
      }
    });
  }

  // As the server's filter: `text` in one of the event's string values, whatever the member.
  function mentions(value: unknown, text: string): boolean {
    if (typeof value === 'string') return value.toLowerCase().includes(text);
    if (value === null || typeof value !== 'object') return false;
    return Object.values(value).some((member) => mentions(member, text));
  }

  function title(text: string): SVGTitleElement {
    const element = document.createElementNS(SVG, 'title');
    element.textContent = text;
    return element;
  }

  function drawCounts(): void {
    countsSvg.replaceChildren();
    const counts = new Map<string, { count: number; kind: string }>();
    for (const record of records) {
      const name = record.kind === 'invalid' ? 'invalid' : `${record.category} × ${record.action}`;
      const entry = counts.get(name) ?? { count: 0, kind: record.kind };
      entry.count++;
      counts.set(name, entry);
    }
    const sorted = [...counts].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]));
    const line = 16;
    const left = 260;
    countsSvg.setAttribute('viewBox', `0 0 1000 ${Math.max(1, sorted.length) * line + 8}`);
    if (sorted.length === 0) {
      svg(countsSvg, 'text', { x: 8, y: 14 }, 'No events shown.');
      return;
    }
    const most = sorted[0]![1].count;
    sorted.forEach(([name, { count, kind }], i) => {
      const y = 4 + i * line;
      svg(countsSvg, 'text', { x: 4, y: y + 11, class: 'count-label' }, name);
      const width = Math.max(2, (count / most) * (1000 - left - 60));
      svg(countsSvg, 'rect', { x: left, y: y + 2, width, height: line - 4, class: `bar ${kind}` });
      svg(countsSvg, 'text', { x: left + width + 4, y: y + 11, class: 'count-value' }, String(count));
    });
  }

  // ---- wiring ----
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    toUrl();
    connect();
  });
  byId('clear').addEventListener('click', () => {
    form.reset();
    toUrl();
    connect();
  });
  rows.addEventListener('click', (event) => {
    const tr = (event.target as Element).closest('tr');
    const record = tr === null ? undefined : bySeq.get(Number(tr.dataset['seq']));
    if (record !== undefined) showDetail(record);
  });
  byId('detail-timeline').addEventListener('click', (event) => {
    timelineInput.value = (event.currentTarget as HTMLElement).dataset['target'] ?? '';
    toUrl();
    drawTimeline();
  });
  timelineInput.addEventListener('change', () => {
    toUrl();
    drawTimeline();
  });
  fromUrl();
  connect();
  scheduleCharts();
}
