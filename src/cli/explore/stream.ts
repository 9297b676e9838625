// One page's `/events` stream: a cursor over the server's kept records (kept.ts), written as the
// page reads. The records a page has not been sent yet stay in the ring, where --max-bytes counts
// them, never in its response: pieces of about STREAM_CHUNK_CHARS are written while the response
// has room, and none once `write` returns false until its 'drain'. So a page costs the server,
// beside the ring, at most what STREAM_CHUNK_CHARS's note counts (a few hundred Ki characters),
// whether it opens on a full ring, reads slowly or not at all; each open page costs that much, and
// a page that goes away stops its stream. Nothing is queued behind a piece the page has not read:
// no keep-alive, only the latest status, and records stay in the ring until there is room.
// Records that arrive while a page is sent the ring just follow in the same order; a page so slow
// that the ring forgets records before they are sent is told how many in a `gap` event.
import type { ServerResponse } from 'node:http';
import { matchesFilter, type ExploreFilter } from './filter.js';
import type { KeptRecords } from './kept.js';
import type { ExploreRecord, ExploreStatus } from './protocol.js';
import { sse } from './sse.js';

/**
 * A page's frames are gathered into pieces of about this many characters (whole frames: a piece
 * passes it by one record's frame, and a `ready`). The most waiting in the server for one page,
 * counted in characters as the response's `writableLength` counts strings, is three parts: the
 * frames of the last piece written, under this mark; the record's frame that took it past the mark,
 * up to about 6 × MAX_RAW_CHARS (record.ts: raw text of control characters is written `\u0001`, six
 * characters each), with its other texts bounded by MAX_FIELD_CHARS; and what the response held
 * before that piece, under its high-water mark (16 Ki on Node.js 20, 64 Ki from 22). About
 * 480 Ki characters at most on Node.js 20 (530 Ki from 22): about 1 MiB when V8 holds them at two
 * bytes a character, far less for ordinary events.
 */
export const STREAM_CHUNK_CHARS = 64 * 1024;

/** Options of {@link PageStream}. */
export interface PageStreamOptions {
  /** The records the page is sent, from the oldest kept now. */
  readonly records: KeptRecords;
  /** Which records the page takes; null sends none (its filter was refused). */
  readonly filter: ExploreFilter | null;
  /** What the page is sent first: `hello`, `status`, `reset`. */
  readonly opening: string;
}

/** Sends one page the kept records, then each new one, never more at a time than the page takes. */
export class PageStream {
  readonly #response: ServerResponse;
  readonly #records: KeptRecords;
  readonly #filter: ExploreFilter | null;
  // Frames to send before any record: the opening, then keep-alive comments.
  #head: string;
  // A status to send (only the latest counts: a page that does not read is not sent every change).
  #status: ExploreStatus | undefined;
  // The number of the last record passed: sent, or left out by the filter.
  #passed: number;
  // `ready` is sent after the record numbered so: the newest when the page opened.
  readonly #readyAfter: number;
  #ready = false;
  // Records the filter lets through that the ring forgot before this page was sent them.
  #missed = 0;
  #waiting = false;
  #closed = false;

  constructor(response: ServerResponse, options: PageStreamOptions) {
    this.#response = response;
    this.#records = options.records;
    this.#filter = options.filter;
    this.#head = options.opening;
    this.#passed = options.records.oldest - 1;
    this.#readyAfter = options.records.newest;
    response.on('close', () => {
      this.#closed = true;
      response.off('drain', this.#drained);
    });
  }

  /** True once the page went away (or was ended). */
  get closed(): boolean {
    return this.#closed || this.#response.destroyed;
  }

  /** Sends what is due, as far as the response has room: the first call sends the opening and starts on the ring. */
  pump(): void {
    while (!this.#waiting && !this.closed) {
      const piece = this.#nextPiece();
      if (piece === '') return;
      if (!this.#response.write(piece)) {
        this.#waiting = true;
        this.#response.once('drain', this.#drained);
      }
    }
  }

  /** Notes records the ring forgot: those this page had not been sent, and would show, are counted for its next `gap`. */
  forgot(records: readonly ExploreRecord[]): void {
    const filter = this.#filter;
    if (filter === null) return;
    for (const record of records) {
      if (record.seq > this.#passed && matchesFilter(record, filter)) this.#missed++;
    }
  }

  /** Sends the status, or the latest one once the page has room. */
  status(status: ExploreStatus): void {
    this.#status = status;
    this.pump();
  }

  /** A comment that keeps proxies and the browser from closing an idle stream; none to a page that is not reading (it is not idle). */
  keepAlive(): void {
    if (this.#waiting || this.closed) return;
    this.#head += ': keep-alive\n\n';
    this.pump();
  }

  /** Ends the stream. */
  end(): void {
    this.#closed = true;
    this.#response.end();
  }

  readonly #drained = (): void => {
    this.#waiting = false;
    this.pump();
  };

  /** The frames due now, up to about STREAM_CHUNK_CHARS: the head, the status, a gap, the next records, `ready`. */
  #nextPiece(): string {
    let piece = this.#head;
    this.#head = '';
    if (this.#status !== undefined) {
      piece += sse('status', this.#status);
      this.#status = undefined;
    }
    const records = this.#records;
    // Forgotten before they were sent: counted in #missed (those the filter lets through).
    if (this.#passed < records.oldest - 1) this.#passed = records.oldest - 1;
    if (this.#missed > 0) {
      piece += sse('gap', { missed: this.#missed });
      this.#missed = 0;
    }
    const last = this.#ready ? records.newest : Math.min(records.newest, this.#readyAfter);
    const filter = this.#filter;
    if (filter === null) {
      this.#passed = last;
    } else {
      while (piece.length < STREAM_CHUNK_CHARS && this.#passed < last) {
        const record = records.get(++this.#passed)!;
        if (matchesFilter(record, filter)) piece += records.frame(record);
      }
    }
    if (!this.#ready && this.#passed >= this.#readyAfter) {
      this.#ready = true;
      piece += sse('ready', { size: records.size });
    }
    return piece;
  }
}
