// The Prometheus text exposition format (version 0.0.4) of the counts: the upstream families
// first, unchanged, then this service's own.
import type { CounterSnapshot } from './counters.js';
import { UPSTREAM_COUNTERS } from './upstream.js';

/** The `Content-Type` of `GET /stats`. */
export const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

/** Every event counted, by category and action of its subject key. */
export const EVENTS_TOTAL = 'mayastor_events_total';
/** Well-formed events the catalog does not know. */
export const UNKNOWN_TOTAL = 'mayastor_events_unknown_total';
/** Messages that are not EventMessages. */
export const INVALID_TOTAL = 'mayastor_events_invalid_total';
/** The last stream sequence the counts include. */
export const LAST_SEQUENCE = 'mayastor_events_last_sequence';
/** Messages in the stream the consumer has not counted yet. */
export const CONSUMER_PENDING = 'mayastor_events_consumer_pending';

/** What `renderPrometheus` shows beyond the counts. */
export interface RenderExtras {
  /** The consumer's lag (messages not counted yet), when the source can tell it. */
  readonly pending?: number | undefined;
}

function escapeLabel(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
}

// A sample value as the format spells it: JS writes Infinity where Prometheus reads +Inf.
function sampleValue(value: number): string {
  return value === Infinity ? '+Inf' : value === -Infinity ? '-Inf' : String(value);
}

function family(lines: string[], name: string, type: 'counter' | 'gauge', help: string, samples: readonly [labels: string, value: number][]): void {
  lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
  for (const [labels, value] of samples) lines.push(`${name}${labels} ${sampleValue(value)}`);
}

/**
 * The (category, action) labels of a subject key, or undefined when it has no such two parts: a
 * stored state may bring any key along (no SDK writes one without them), and an empty label is
 * the label absent, so `x` and `.x` (or `x.`) would be one series twice.
 */
function keyLabels(key: string): { category: string; action: string } | undefined {
  const dot = key.indexOf('.');
  return dot > 0 && dot < key.length - 1 ? { category: key.slice(0, dot), action: key.slice(dot + 1) } : undefined;
}

/** The counts as Prometheus text: the upstream `nexus`, `pool` and `volume` counters, then the `mayastor_events_*` families. */
export function renderPrometheus(counts: CounterSnapshot, extras: RenderExtras = {}): string {
  const lines: string[] = [];
  for (const counter of UPSTREAM_COUNTERS) {
    family(
      lines,
      counter.name,
      'counter',
      counter.help,
      counter.actions.map(({ label, key }) => [`{action="${escapeLabel(label)}"}`, counts.events[key] ?? 0]),
    );
  }
  const perKey = Object.entries(counts.events)
    .flatMap(([key, value]) => {
      const labels = keyLabels(key);
      return labels === undefined ? [] : [{ ...labels, value }];
    })
    .sort((a, b) => (a.category === b.category ? (a.action < b.action ? -1 : 1) : a.category < b.category ? -1 : 1));
  family(
    lines,
    EVENTS_TOTAL,
    'counter',
    'Events counted, by the category and action of their subject key.',
    perKey.map(({ category, action, value }) => [`{category="${escapeLabel(category)}",action="${escapeLabel(action)}"}`, value]),
  );
  family(lines, UNKNOWN_TOTAL, 'counter', 'Well-formed events whose (category, action) pair is not in this SDK\'s catalog (a newer Mayastor, or a faulty producer).', [['', counts.unknown]]);
  family(lines, INVALID_TOTAL, 'counter', 'Messages that are not Mayastor events (not UTF-8, not JSON, wrong members).', [['', counts.invalid]]);
  family(lines, LAST_SEQUENCE, 'gauge', 'The last events-stream sequence the counts include.', [['', counts.sequence]]);
  if (extras.pending !== undefined) {
    family(lines, CONSUMER_PENDING, 'gauge', 'Messages in the events stream the stats consumer has not counted yet.', [['', extras.pending]]);
  }
  return `${lines.join('\n')}\n`;
}
