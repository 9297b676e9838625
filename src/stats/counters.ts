// The counts: one counter per catalogued subject key (and any key a stored state brings along),
// the unknown and invalid messages, and the last stream sequence the counts include. Blind to
// categories: every key comes from the catalog.
import { catalog } from 'mayastor-events';

/** What the stats service has counted, up to and including one stream sequence. */
export interface CounterSnapshot {
  /** The last stream sequence these counts include; 0 when none. */
  readonly sequence: number;
  /**
   * The identity of the stream `sequence` refers to (its creation time), when the source tells it:
   * a recreated stream numbers its messages from 1 again.
   */
  readonly stream: string | undefined;
  /**
   * The durable consumer whose deliveries these counts include (the stats service's `durable`):
   * a service under another name refuses to start on them. Undefined in counts saved before the
   * SDK recorded it; the first service to load such counts records its own name in them.
   */
  readonly durable?: string | undefined;
  /** Catalogued events counted, by subject key (`nexus.rebuildBegin`); every catalogued key is present. */
  readonly events: Readonly<Record<string, number>>;
  /** Well-formed events the catalog does not know (new enum numbers, uncatalogued pairs). */
  readonly unknown: number;
  /** Messages that are not EventMessages (not UTF-8, not JSON, wrong members). */
  readonly invalid: number;
}

/** What one message adds to the counts. */
export type CountedAs = { readonly kind: 'event'; readonly key: string } | { readonly kind: 'unknown' } | { readonly kind: 'invalid' };

/** Counts of nothing: every catalogued key at 0. */
export function emptyCounts(stream?: string): CounterSnapshot {
  return { sequence: 0, stream, events: Object.fromEntries(catalog.map((entry) => [entry.key, 0])), unknown: 0, invalid: 0 };
}

/** The counts after one more message, at stream sequence `sequence`. */
export function addMessage(counts: CounterSnapshot, sequence: number, as: CountedAs): CounterSnapshot {
  switch (as.kind) {
    case 'event':
      return { ...counts, sequence, events: { ...counts.events, [as.key]: (counts.events[as.key] ?? 0) + 1 } };
    case 'unknown':
      return { ...counts, sequence, unknown: counts.unknown + 1 };
    case 'invalid':
      return { ...counts, sequence, invalid: counts.invalid + 1 };
  }
}

const FORMAT_VERSION = 1;

/**
 * The counts as stored (JSON, one document): versioned so that a later SDK can read it. Members
 * added since (`durable`) keep version 1: an older reader ignores them, as it ignores any member it does not know.
 */
export function serializeCounts(counts: CounterSnapshot): Uint8Array {
  return new TextEncoder().encode(
    JSON.stringify({
      version: FORMAT_VERSION,
      sequence: counts.sequence,
      stream: counts.stream ?? null,
      durable: counts.durable ?? null,
      events: counts.events,
      unknown: counts.unknown,
      invalid: counts.invalid,
    }),
  );
}

function count(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw new Error(`${what} is not a count: ${JSON.stringify(value)}`);
  return value;
}

/**
 * Reads stored counts; every catalogued key is present afterwards (0 when the stored state
 * predates it), and keys the catalog no longer has are kept, so that nothing counted is lost.
 * Throws when the document is not counts.
 */
export function parseCounts(bytes: Uint8Array): CounterSnapshot {
  const doc = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as Record<string, unknown>;
  if (typeof doc !== 'object' || doc === null) throw new Error('stored counts are not a JSON object');
  if (doc['version'] !== FORMAT_VERSION) throw new Error(`stored counts have version ${JSON.stringify(doc['version'])}; this SDK reads version ${FORMAT_VERSION}`);
  const stored = doc['events'];
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) throw new Error('stored counts have no `events` object');
  // Defined, not assigned: a stored key `__proto__` is a key like any other (assigned, it would set the prototype and be lost).
  const events: Record<string, number> = Object.fromEntries([
    ...Object.entries(emptyCounts().events),
    ...Object.entries(stored as Record<string, unknown>).map(([key, value]) => [key, count(value, `events.${key}`)] as const),
  ]);
  const stream = doc['stream'];
  if (stream !== null && stream !== undefined && typeof stream !== 'string') throw new Error('stored `stream` is not a string');
  // Absent (or null) in counts saved before it was recorded.
  const durable = doc['durable'];
  if (durable !== null && durable !== undefined && (typeof durable !== 'string' || durable === '')) throw new Error(`stored \`durable\` is not a consumer name: ${JSON.stringify(durable)}`);
  return {
    sequence: count(doc['sequence'], 'sequence'),
    stream: stream ?? undefined,
    durable: durable ?? undefined,
    events,
    unknown: count(doc['unknown'], 'unknown'),
    invalid: count(doc['invalid'], 'invalid'),
  };
}
