// What the explorer's server (server.ts) and its page (client.ts) say to each other: the events of
// the Server-Sent Events stream `/events` and the JSON each one carries (a record is built by
// record.ts). Types only, with no import: the page's program (tsconfig.client.json) takes this
// file without Node's types, and an import that brought them would fail there.

/** What kind of message a record is: a catalogued event, a well-formed event the catalog does not know, or not an event. */
export type RecordKind = 'event' | 'unknown' | 'invalid';

/**
 * How a record takes part in a duration on the timeline: it starts or ends the span `id`, or is
 * a whole span by itself (it carries its duration, as `action_duration_details` does).
 */
export interface RecordSpan {
  /** Which start and end belong together, e.g. `rebuild <nexus> → <replica>`. */
  readonly id: string;
  /** What the span is, in words: `rebuild`, `switch-over`, `subsystem pause`, `reactor frozen`, `took`. */
  readonly label: string;
  readonly phase: 'start' | 'end' | 'whole';
  /** When the span began (epoch ms), when the record says so itself (a switch-over's `start_time`). */
  readonly startMs: number | null;
  /** How long it took (ms), when the record says so (`action_duration_details`). */
  readonly durationMs: number | null;
}

/** One message as the page shows it; plain JSON, sent as is to the page. */
export interface ExploreRecord {
  /** Arrival order in this server (1, 2, …): the page's identity of a record. */
  readonly seq: number;
  readonly kind: RecordKind;
  /** The subject key (`nexus.rebuildEnd`); for an unknown event the catalog's names of its numbers; `""` when invalid. */
  readonly key: string;
  readonly category: string;
  readonly action: string;
  readonly component: string;
  readonly target: string;
  readonly node: string;
  /** The event's timestamp as written, or null. */
  readonly time: string | null;
  /** The timestamp in epoch ms, or null when there is none or it cannot be read. */
  readonly ms: number | null;
  /** One line: the catalog's description and the details that matter. */
  readonly summary: string;
  /** Why the record is unknown or invalid (`""` for an event), with the member's path when there is one. */
  readonly reason: string;
  /** Where the message came from: `events.2.<id>, sequence 7` or `line 3`. */
  readonly where: string;
  /** True when the event reports a failure (an error, a failed rebuild or switch-over). */
  readonly failed: boolean;
  readonly span: RecordSpan | null;
  /** The decoded event, u64 members as strings; null when invalid. */
  readonly event: unknown;
  /** The message as received (UTF-8, a bad byte as U+FFFD), cut at `MAX_RAW_CHARS`. */
  readonly raw: string;
  /**
   * About how much memory the record takes (two bytes a character), counted once by the server:
   * the server and the page count it against `maxBytes`.
   */
  readonly bytes: number;
}

/** Where the events come from and how that is going, as the page's status line says it. */
export interface ExploreStatus {
  /** `live`: following the stream; `waiting`: the stream does not exist yet; `down`: NATS is away; `file`: a file's events. */
  readonly state: 'connecting' | 'live' | 'waiting' | 'down' | 'file';
  /** One sentence for people. */
  readonly text: string;
}

/** The first event of every stream: which server this is and what it keeps. */
export interface ExploreHello {
  /** Random per server process: a page that reconnects tells a restarted server from the same one. */
  readonly instance: string;
  /** How many records the server keeps (the page keeps as many). */
  readonly maxEvents: number;
  /** The most bytes of records (their `bytes`) the server keeps, and the page too; the newest record is kept whatever its size. */
  readonly maxBytes: number;
  /** Where the events come from, e.g. `nats://127.0.0.1:4222` or `events.jsonl`. */
  readonly source: string;
}

/** Sent before the records of a stream: the page drops what it holds. */
export interface ExploreReset {
  /** Why the page's filter was refused (then no record follows), or null. */
  readonly error: string | null;
}

/**
 * Sent where records are missing: the server forgot them (newer ones pushed them out of its
 * bounds) before this page read them, because the page read slower than they arrived.
 */
export interface ExploreGap {
  /** How many records the page's filter lets through are missing here. */
  readonly missed: number;
}

/** Sent once the records the server held when the page connected are all sent (live records follow). */
export interface ExploreReady {
  /** How many records the server holds. */
  readonly size: number;
}

/** Each event of `/events` by name, with the JSON of its `data` line. */
export interface ExplorePageEvents {
  readonly hello: ExploreHello;
  readonly status: ExploreStatus;
  readonly reset: ExploreReset;
  readonly record: ExploreRecord;
  readonly gap: ExploreGap;
  readonly ready: ExploreReady;
}
