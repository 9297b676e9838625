// The records the explorer's server keeps: numbered as they arrive (1, 2, …) and held in a ring
// within --max-events and --max-bytes. Every record goes into the ring, so the kept ones are a run
// of consecutive numbers: a page's stream (stream.ts) finds the next one to send by its number.
import type { ExploreRecord } from './protocol.js';
import { recordBytes, type RecordInput } from './record.js';
import { Ring } from './ring.js';
import { sse } from './sse.js';

/** Options of {@link KeptRecords}. */
export interface KeptRecordsOptions {
  /** The most records kept. */
  readonly maxEvents: number;
  /** The most bytes of records kept, as {@link recordBytes} counts them; the newest is kept whatever its size. */
  readonly maxBytes: number;
}

/** The newest records within the bounds, by sequence number. */
export class KeptRecords {
  readonly #ring: Ring<ExploreRecord>;
  #newest = 0;
  // The `record` frame of the newest record: the pages that are caught up all send it.
  #frame: { readonly record: ExploreRecord; readonly text: string } | undefined;

  constructor(options: KeptRecordsOptions) {
    this.#ring = new Ring({ maxItems: options.maxEvents, maxBytes: options.maxBytes, sizeOf: (record) => record.bytes });
  }

  /** Numbers and keeps a record; returns it and the records forgotten to make room, oldest first. */
  add(input: RecordInput): { readonly record: ExploreRecord; readonly forgotten: readonly ExploreRecord[] } {
    const record: ExploreRecord = { seq: ++this.#newest, ...input, bytes: recordBytes(input) };
    return { record, forgotten: this.#ring.push(record) };
  }

  /** The number of the newest record (0 before any): the kept ones are `oldest` to `newest`. */
  get newest(): number {
    return this.#newest;
  }

  /** The number of the oldest record kept (`newest + 1` when none is). */
  get oldest(): number {
    return this.#newest - this.#ring.size + 1;
  }

  /** How many records are kept. */
  get size(): number {
    return this.#ring.size;
  }

  /** The record numbered `seq`, or undefined when it is forgotten or not yet added. */
  get(seq: number): ExploreRecord | undefined {
    return this.#ring.at(seq - this.oldest);
  }

  /** A record as a Server-Sent Events frame; written once for the newest, however many pages send it. */
  frame(record: ExploreRecord): string {
    if (this.#frame?.record === record) return this.#frame.text;
    const text = sse('record', record);
    if (record.seq === this.#newest) this.#frame = { record, text };
    return text;
  }
}
