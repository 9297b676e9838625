// What the explorer's server (server.ts) and its page (client.ts) say to each other: the events of
// the Server-Sent Events stream `/events` and the JSON each one carries. Types only, so that the
// page's script can import them without bringing Node's code (or types) into its program
// (tsconfig.client.json).
// The record's own types (ExploreRecord, RecordSpan) are still declared in record.ts, beside the
// code that builds records from decoded messages, which imports Node modules.
import type { ExploreRecord } from './record.js';

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
  /** Where the events come from, e.g. `nats://127.0.0.1:4222` or `events.jsonl`. */
  readonly source: string;
}

/** Sent before the records of a stream: the page drops what it holds. */
export interface ExploreReset {
  /** Why the page's filter was refused (then no record follows), or null. */
  readonly error: string | null;
}

/** Sent once the records the server held when the page connected are all sent. */
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
  readonly ready: ExploreReady;
}
