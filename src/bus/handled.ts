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

/**
 * A bounded window of subjects handled and acked, oldest first: a subject is forgotten once it
 * is older than `window` ms, or once `maxEvents` newer ones were remembered after it. It also
 * knows the subjects being handled right now (`recording`), and lets a message wait for them.
 */
export class HandledWindow {
  // Subject -> its latest position in the queue below (a running count).
  readonly #position = new Map<string, number>();
  // The queue of remembered subjects, when, and the length and hash of the message handled,
  // oldest first: arrays consumed from `#head` and compacted now and then (shift() would copy
  // the array on every call).
  #subjects: string[] = [];
  #times: number[] = [];
  #lengths: number[] = [];
  #hashes: number[] = [];
  #base = 0; // the running count of #subjects[0]
  #head = 0;
  // Subjects being handled -> what waits for that handling to settle (undefined: nothing yet,
  // so that a message nobody waits for allocates no array).
  readonly #handling = new Map<string, (() => void)[] | undefined>();
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
    return this.#position.size;
  }

  /** True when an event on `subject` was handled and acked within the window. */
  has(subject: string): boolean {
    return this.#position.has(subject);
  }

  /** Whether `raw` on `subject` was handled and acked within the window: the same message, another one, or none. */
  lookup(subject: string, raw: Uint8Array): HandledVerdict {
    const position = this.#position.get(subject);
    if (position === undefined) return 'absent';
    const at = position - this.#base;
    // The hash only on this rare path (a subject coming again) and only when the lengths agree.
    return this.#lengths[at] === raw.byteLength && this.#hashes[at] === fingerprint(raw) ? 'same' : 'differs';
  }

  /** Remembers `raw` on `subject` as handled now. */
  add(subject: string, raw: Uint8Array): void {
    const now = this.#now();
    this.#position.set(subject, this.#base + this.#subjects.length);
    this.#subjects.push(subject);
    this.#times.push(now);
    this.#lengths.push(raw.byteLength);
    this.#hashes.push(fingerprint(raw));
    // Forgetting happens here only, as newer events are handled: while nothing is handled (the
    // server is away, however long) nothing is forgotten, so the redeliveries that follow an
    // outage still find what was handled just before it.
    const oldest = now - this.#window;
    while (this.#head < this.#subjects.length) {
      const full = this.#position.size > this.#maxEvents;
      const at = this.#times[this.#head]!;
      if (!full && at >= oldest) break;
      const forgotten = this.#subjects[this.#head]!;
      if (this.#position.get(forgotten) === this.#base + this.#head) {
        this.#position.delete(forgotten);
        if (full && at >= oldest && !this.#warned) {
          this.#warned = true;
          this.#onShortened?.();
        }
      }
      this.#head++;
    }
    if (this.#head >= 1_024 && this.#head * 2 >= this.#subjects.length) {
      this.#subjects = this.#subjects.slice(this.#head);
      this.#times = this.#times.slice(this.#head);
      this.#lengths = this.#lengths.slice(this.#head);
      this.#hashes = this.#hashes.slice(this.#head);
      this.#base += this.#head;
      this.#head = 0;
    }
  }

  /** While a message on `subject` is being handled: a promise of the end of that handling (its first settlement). */
  busy(subject: string): Promise<void> | undefined {
    if (!this.#handling.has(subject)) return undefined;
    return new Promise<void>((resolve) => {
      const waiting = this.#handling.get(subject);
      if (waiting === undefined) this.#handling.set(subject, [resolve]);
      else waiting.push(resolve);
    });
  }

  /**
   * Marks `subject` as being handled and returns a control whose first settlement ends that (and
   * wakes what waits in `busy`), after remembering `raw` on `subject` if it is an ack.
   */
  recording(subject: string, raw: Uint8Array, control: MessageControl): RecordingControl {
    this.#handling.set(subject, undefined);
    return new RecordingControl(this, subject, raw, control);
  }

  /** Ends the handling of `subject` (see `recording`). */
  release(subject: string): void {
    const waiting = this.#handling.get(subject);
    this.#handling.delete(subject);
    if (waiting !== undefined) for (const wake of waiting) wake();
  }
}

/** The control of a message being handled (see `HandledWindow.recording`). */
export class RecordingControl implements MessageControl {
  #settled = false;

  constructor(
    private readonly window: HandledWindow,
    private readonly subject: string,
    private readonly raw: Uint8Array,
    private readonly control: MessageControl,
  ) {}

  ack(): void {
    if (!this.#settled) {
      this.window.add(this.subject, this.raw);
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
    this.window.release(this.subject);
  }
}
