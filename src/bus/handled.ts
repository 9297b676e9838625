// The events a subscription has handled and acked, remembered for a while: when an ack is lost
// (a server killed before it stored the ack, a cluster leader killed before it replicated it, a
// broken connection) the server delivers the event again, often as a first delivery
// (`deliveryCount` 1); the router acks it again without calling the handlers.
//
// Keyed by the wire subject `events.<category>.<event id>`: the stream's own identity of an
// event (it keeps one message per subject, and de-duplicates publishes by the same id), known
// before decoding (a redelivery skipped costs no decode), and defined for every message, also
// one without metadata or whose `metadata.id` disagrees with its subject. With each subject the
// window keeps the handled message's length and a 32-bit hash of its bytes, so that another
// message reusing the subject (a foreign publisher reusing an id) is told apart from a
// redelivery or a publisher's retry, which carry the very same bytes. The hash is taken once per
// handled message, at its ack (about 0.5 µs for a 660-byte event, a tenth of its decode; not
// visible in bench/bus.bench.ts), and on a lookup only for a subject found with the same length.
// Another message of the same length and hash (1 in 2^32, or one made on purpose) would be taken
// for a redelivery and acked unhandled, which is what happened to every such message before.
//
// A subject also counts as taken while a message on it is being handled (with `concurrency`
// above 1 a retried publish or a redelivery can arrive meanwhile): see `busy`.
import type { MessageControl } from './router.js';

/** What the window knows of a message: its subject not handled, handled with these very bytes, or handled with other bytes. */
export type HandledVerdict = 'absent' | 'same' | 'differs';

/**
 * A 32-bit hash of `bytes` (the window's fingerprint of a message, with its length). Four
 * independent lanes of a 32-bit word each, multiplied (FNV's prime) and folded with a shift:
 * each step is a bijection, so two messages differing in one word always differ, and the lanes
 * keep the multiplications out of each other's way (about 4× one FNV-1a byte loop).
 */
export function fingerprint(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = bytes.byteLength;
  let a = 0x811c9dc5;
  let b = 0x01234567;
  let c = 0x89abcdef;
  let d = 0x7f4a7c15;
  let i = 0;
  for (; i + 15 < n; i += 16) {
    a = Math.imul(a ^ view.getInt32(i, true), 0x01000193);
    a ^= a >>> 15;
    b = Math.imul(b ^ view.getInt32(i + 4, true), 0x01000193);
    b ^= b >>> 15;
    c = Math.imul(c ^ view.getInt32(i + 8, true), 0x01000193);
    c ^= c >>> 15;
    d = Math.imul(d ^ view.getInt32(i + 12, true), 0x01000193);
    d ^= d >>> 15;
  }
  for (; i < n; i++) {
    a = Math.imul(a ^ bytes[i]!, 0x01000193);
    a ^= a >>> 15;
  }
  a = Math.imul(a ^ b, 0x01000193);
  a ^= a >>> 15;
  a = Math.imul(a ^ c, 0x01000193);
  a ^= a >>> 15;
  a = Math.imul(a ^ d, 0x01000193);
  return a ^ (a >>> 15);
}

/** A subject the window knows: remembered (`slot` in its queue), being handled (`busy`), or both. */
export interface HandledEntry {
  readonly subject: string;
  // Its latest position in the queue (a ring index), -1 when not remembered.
  slot: number;
  busy: boolean;
  // What waits for the handling to settle (undefined: nothing, so that a message nobody waits for allocates no array).
  waiting: (() => void)[] | undefined;
}

/**
 * A bounded window of subjects handled and acked, oldest first: a subject is forgotten once it
 * is older than `window` ms, or once `maxEvents` newer ones were remembered after it. It also
 * knows the subjects being handled right now (`recording`), and lets a message wait for them.
 */
export class HandledWindow {
  // Subject -> its entry: one map for what is remembered and what is being handled, so that a new
  // message costs one lookup and one insertion (and, once forgotten, one deletion); the queue holds
  // the entries themselves, so forgetting one needs no lookup either.
  readonly #entries = new Map<string, HandledEntry>();
  // The queue of remembered subjects, when, and the length and hash of the message handled,
  // oldest first: a ring of `#count` from `#head`, doubled when full (a subject handled again
  // within the window leaves its older place in the queue, skipped when it comes up).
  #queue: (HandledEntry | undefined)[] = new Array<HandledEntry | undefined>(1_024).fill(undefined);
  #times = new Float64Array(1_024);
  #lengths = new Uint32Array(1_024);
  #hashes = new Int32Array(1_024);
  #mask = 1_023;
  #head = 0;
  #count = 0;
  #remembered = 0;
  readonly #window: number;
  readonly #maxEvents: number;
  readonly #now: () => number;
  readonly #onShortened: (() => void) | undefined;
  #warned = false;

  /**
   * `onShortened` is called once, the first time the count bound forgets a subject younger than
   * `window`. `now` (ms) must be monotonic: a wall clock jumping forward by more than `window`
   * would forget every handled event at once.
   */
  constructor(options: { window: number; maxEvents: number; onShortened?: () => void; now?: () => number }) {
    this.#window = options.window;
    this.#maxEvents = options.maxEvents;
    this.#onShortened = options.onShortened;
    this.#now = options.now ?? (() => performance.now());
  }

  /** How many subjects are remembered. */
  get size(): number {
    return this.#remembered;
  }

  /** True when an event on `subject` was handled and acked within the window. */
  has(subject: string): boolean {
    const entry = this.#entries.get(subject);
    return entry !== undefined && entry.slot !== -1;
  }

  /** Whether `raw` on `subject` was handled and acked within the window: the same message, another one, or none. */
  lookup(subject: string, raw: Uint8Array): HandledVerdict {
    const entry = this.#entries.get(subject);
    return entry === undefined ? 'absent' : this.#verdict(entry, raw);
  }

  #verdict(entry: HandledEntry, raw: Uint8Array): HandledVerdict {
    const at = entry.slot;
    if (at === -1) return 'absent';
    // The hash only on this rare path (a subject coming again) and only when the lengths agree.
    return this.#lengths[at] === raw.byteLength && this.#hashes[at] === fingerprint(raw) ? 'same' : 'differs';
  }

  /** Remembers `raw` on `subject` as handled now. */
  add(subject: string, raw: Uint8Array): void {
    let entry = this.#entries.get(subject);
    if (entry === undefined) {
      entry = { subject, slot: -1, busy: false, waiting: undefined };
      this.#entries.set(subject, entry);
    }
    this.remember(entry, raw);
  }

  /** @internal Remembers `raw` as handled now on the subject of `entry`, an entry of this window. */
  remember(entry: HandledEntry, raw: Uint8Array): void {
    const now = this.#now();
    if (this.#count === this.#queue.length) this.#grow();
    const slot = (this.#head + this.#count) & this.#mask;
    this.#count++;
    if (entry.slot === -1) this.#remembered++;
    entry.slot = slot;
    this.#queue[slot] = entry;
    this.#times[slot] = now;
    this.#lengths[slot] = raw.byteLength;
    this.#hashes[slot] = fingerprint(raw);
    // Forgetting happens here only, as newer events are handled: while nothing is handled (the
    // server is away, however long) nothing is forgotten, so the redeliveries that follow an
    // outage still find what was handled just before it.
    const oldest = now - this.#window;
    while (this.#count > 0) {
      const head = this.#head;
      const full = this.#remembered > this.#maxEvents;
      const at = this.#times[head]!;
      if (!full && at >= oldest) break;
      const forgotten = this.#queue[head]!;
      this.#queue[head] = undefined;
      if (forgotten.slot === head) {
        forgotten.slot = -1;
        this.#remembered--;
        if (!forgotten.busy) this.#entries.delete(forgotten.subject);
        if (full && at >= oldest && !this.#warned) {
          this.#warned = true;
          this.#onShortened?.();
        }
      }
      this.#head = (head + 1) & this.#mask;
      this.#count--;
    }
  }

  // Doubles the ring, its entries moved to the start in order (an entry's latest place is its
  // last in the queue, so a place it moves to is never taken for an older one of its own).
  #grow(): void {
    const capacity = this.#queue.length * 2;
    const queue = new Array<HandledEntry | undefined>(capacity).fill(undefined);
    const times = new Float64Array(capacity);
    const lengths = new Uint32Array(capacity);
    const hashes = new Int32Array(capacity);
    for (let i = 0; i < this.#count; i++) {
      const from = (this.#head + i) & this.#mask;
      const entry = this.#queue[from]!;
      queue[i] = entry;
      times[i] = this.#times[from]!;
      lengths[i] = this.#lengths[from]!;
      hashes[i] = this.#hashes[from]!;
      if (entry.slot === from) entry.slot = i;
    }
    this.#queue = queue;
    this.#times = times;
    this.#lengths = lengths;
    this.#hashes = hashes;
    this.#mask = capacity - 1;
    this.#head = 0;
  }

  /** While a message on `subject` is being handled: a promise of the end of that handling (its first settlement). */
  busy(subject: string): Promise<void> | undefined {
    const entry = this.#entries.get(subject);
    if (entry === undefined || !entry.busy) return undefined;
    return new Promise<void>((resolve) => {
      if (entry.waiting === undefined) entry.waiting = [resolve];
      else entry.waiting.push(resolve);
    });
  }

  /**
   * Marks `subject` as being handled and returns a control whose first settlement ends that (and
   * wakes what waits in `busy`), after remembering `raw` on `subject` if it is an ack.
   */
  recording(subject: string, raw: Uint8Array, control: MessageControl): RecordingControl {
    let entry = this.#entries.get(subject);
    if (entry === undefined) {
      entry = { subject, slot: -1, busy: true, waiting: undefined };
      this.#entries.set(subject, entry);
    } else entry.busy = true;
    return new RecordingControl(this, entry, raw, control);
  }

  /** Ends the handling of `subject` (see `recording`). */
  release(subject: string): void {
    const entry = this.#entries.get(subject);
    if (entry !== undefined) this.end(entry);
  }

  /** @internal Ends the handling of the subject of `entry`, an entry of this window (see `recording`). */
  end(entry: HandledEntry): void {
    if (!entry.busy) return;
    const waiting = entry.waiting;
    entry.busy = false;
    entry.waiting = undefined;
    if (entry.slot === -1) this.#entries.delete(entry.subject);
    if (waiting !== undefined) for (const wake of waiting) wake();
  }
}

/** The control of a message being handled (see `HandledWindow.recording`). */
export class RecordingControl implements MessageControl {
  #settled = false;

  constructor(
    private readonly window: HandledWindow,
    private readonly entry: HandledEntry,
    private readonly raw: Uint8Array,
    private readonly control: MessageControl,
  ) {}

  ack(): void {
    if (!this.#settled) {
      this.window.remember(this.entry, this.raw);
      this.#end();
    }
    this.control.ack();
  }

  nak(delayMs: number): void {
    this.#end();
    this.control.nak(delayMs);
  }

  term(): void {
    this.#end();
    this.control.term();
  }

  /** Ends the handling without a settlement through this control (the router settles it another way): nothing is remembered. */
  abandon(): void {
    this.#end();
  }

  #end(): void {
    if (this.#settled) return;
    this.#settled = true;
    this.window.end(this.entry);
  }
}
