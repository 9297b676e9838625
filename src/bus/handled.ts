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
// handled message, at its ack (about 2,400 instructions for a 660-byte event, a twelfth of its
// decode), and on a lookup only for a subject found with the same length.
// Another message of the same length and hash (1 in 2^32, or one made on purpose) would be taken
// for a redelivery and acked unhandled, which is what happened to every such message before.
//
// A subject also counts as taken while a message on it is being handled (with `concurrency`
// above 1 a retried publish or a redelivery can arrive meanwhile): see `busy`.
//
// Kept without an object per subject: typed arrays in a ring and a table of ring places probed by
// a seeded hash of the subject (bench/handled.bench.ts: 1.6 µs per message with the window full
// at 100,000, 2.2 µs with a Map of entry objects). Counted with callgrind (node --single-threaded
// --predictable, instructions per message as the router drives it), the window cost about 5,900
// instructions beside the 30,300 of reading and routing the event when first measured (the
// fingerprint 2,400, the subject's hash 1,000, the rest the ring, the table and the handlings
// under way), 7,000-9,000 in the later count of the whole path; in the consuming process about
// 1.1 µs of CPU per event (docs/benchmarks.md, "fourth pass" and "fifth pass"). A
// producer choosing event ids does not know the seed, so cannot aim its subjects at one run of
// the table (the hash is not cryptographic: as with V8's own string hashing, this is a defence
// against accidents and casual attempts).
import type { MessageControl } from './router.js';

/** What the window knows of a message: its subject not handled, handled with these very bytes, or handled with other bytes. */
export type HandledVerdict = 'absent' | 'same' | 'differs';

// The bytes of a message are hashed as 32-bit words, read from a scratch buffer they are copied
// into (a memcpy): a Uint8Array from the NATS parser starts anywhere in its buffer, so cannot be
// viewed as words in place, and reading them through a DataView costs three times as much.
// Longer messages go through it a chunk at a time (a multiple of 32 bytes, so that the lanes see
// the same words). Words are read in the platform's byte order: the fingerprint never leaves the
// process.
const CHUNK_BYTES = 4_096;
const scratchWords = new Int32Array(CHUNK_BYTES / 4);
const scratchBytes = new Uint8Array(scratchWords.buffer);

/**
 * A 32-bit hash of `bytes` (the window's fingerprint of a message, with its length). Four
 * independent lanes, each taking two 32-bit words a step: the first xored in before a
 * multiplication (FNV's prime), the second after it, then a shift-fold. For any two of the
 * step's inputs fixed it is a bijection of the third, so two messages differing in one word
 * always differ; the lanes keep the multiplications out of each other's way.
 */
export function fingerprint(bytes: Uint8Array): number {
  const n = bytes.byteLength;
  // 32-bit integers from the start (`| 0`): a constant above 2^31 would make each lane a double.
  let a = 0x811c9dc5 | 0;
  let b = 0x01234567;
  let c = 0x89abcdef | 0;
  let d = 0x7f4a7c15;
  const whole = n & ~31; // the bytes hashed as words, eight at a time
  const words = scratchWords;
  if (n <= CHUNK_BYTES) scratchBytes.set(bytes);
  for (let from = 0; from < whole; from += CHUNK_BYTES) {
    const size = Math.min(CHUNK_BYTES, whole - from);
    if (n > CHUNK_BYTES) scratchBytes.set(bytes.subarray(from, from + size));
    for (let i = 0; i < size >>> 2; i += 8) {
      a = Math.imul(a ^ words[i]!, 0x01000193) ^ words[i + 4]!;
      a ^= a >>> 15;
      b = Math.imul(b ^ words[i + 1]!, 0x01000193) ^ words[i + 5]!;
      b ^= b >>> 15;
      c = Math.imul(c ^ words[i + 2]!, 0x01000193) ^ words[i + 6]!;
      c ^= c >>> 15;
      d = Math.imul(d ^ words[i + 3]!, 0x01000193) ^ words[i + 7]!;
      d ^= d >>> 15;
    }
  }
  // The last 0-31 bytes: whole words then bytes, from the scratch copy (a short message is all in it already).
  let at = whole;
  if (n > CHUNK_BYTES) {
    scratchBytes.set(bytes.subarray(whole), whole % CHUNK_BYTES);
    at = whole % CHUNK_BYTES;
  }
  const end = at + n - whole;
  for (; at + 3 < end; at += 4) {
    a = Math.imul(a ^ words[at >>> 2]!, 0x01000193);
    a ^= a >>> 15;
  }
  for (; at < end; at++) {
    a = Math.imul(a ^ scratchBytes[at]!, 0x01000193);
    a ^= a >>> 15;
  }
  a = Math.imul(a ^ b, 0x01000193);
  a ^= a >>> 15;
  a = Math.imul(a ^ c, 0x01000193);
  a ^= a >>> 15;
  a = Math.imul(a ^ d, 0x01000193);
  return a ^ (a >>> 15);
}

// A 32-bit hash of a subject for the window's table, from a seed of its own (so that subjects
// made to collide in one process do not in another): FNV-1a's step on each pair of UTF-16 units
// (one 32-bit word: a bijection, as in `fingerprint`), with the shift-fold of `fingerprint`, then
// murmur3's finalizer so that the low bits the table uses mix every unit.
function subjectHash(subject: string, seed: number): number {
  let h = seed;
  const n = subject.length;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    h = Math.imul(h ^ (subject.charCodeAt(i) | (subject.charCodeAt(i + 1) << 16)), 0x01000193);
    h ^= h >>> 15;
  }
  if (i < n) {
    h = Math.imul(h ^ subject.charCodeAt(i), 0x01000193);
    h ^= h >>> 15;
  }
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * A bounded window of subjects handled and acked, oldest first: a subject is forgotten once it
 * is older than `window` ms, or once `maxEvents` newer ones were remembered after it. It also
 * knows the subjects being handled right now (`recording`), and lets a message wait for them.
 */
export class HandledWindow {
  // The queue of handlings, oldest first: a ring of `#count` places from `#head`, doubled when
  // full. Each place holds the subject (undefined once the subject was handled again: that place
  // is skipped when it comes up), the subject's hash, when, and the length and hash of the message
  // handled. Typed arrays and the subject string only, no object per handling: up to `maxEvents`
  // handlings live for the whole window, which objects would make the garbage collector trace.
  #queue: (string | undefined)[] = new Array<string | undefined>(1_024).fill(undefined);
  #subjectHashes = new Int32Array(1_024);
  #times = new Float64Array(1_024);
  #lengths = new Uint32Array(1_024);
  #hashes = new Int32Array(1_024);
  #mask = 1_023;
  #head = 0;
  #count = 0;
  // Subject -> its place in the queue: an open-addressing table (linear probing) of place + 1
  // (0: free), kept at most half full, probed from the subject's hash. A Map<string, ...> here
  // cost more: V8 hashes the string again, allocates an entry per subject, and rebuilds its tables
  // as deletions pile up.
  #table = new Int32Array(2_048);
  #tableMask = 2_047;
  #remembered = 0;
  readonly #seed = (Math.random() * 0x1_0000_0000) | 0;
  // The subject last looked up and its hash: the router looks a message up just before recording it.
  #lastSubject: string | undefined = undefined;
  #lastHash = 0;
  // The subjects being handled right now (about `concurrency` of them): the control of each
  // handling, in buckets by the low bits of their table hash (no second hash of the string),
  // chained through `next`; the buckets double when there are more handlings than buckets.
  #handling: (RecordingControl | undefined)[] = new Array<RecordingControl | undefined>(64).fill(undefined);
  #handlingMask = 63;
  #handlings = 0;
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

  // The table hash of `subject` (the last one's kept: the router looks a subject up, then records it).
  #hashOf(subject: string): number {
    if (subject === this.#lastSubject) return this.#lastHash;
    const hash = subjectHash(subject, this.#seed);
    this.#lastSubject = subject;
    this.#lastHash = hash;
    return hash;
  }

  // The table index holding `subject` (of hash `hash`), or -1.
  #find(subject: string, hash: number): number {
    const table = this.#table;
    const mask = this.#tableMask;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const entry = table[i]!;
      if (entry === 0) return -1;
      const at = entry - 1;
      if (this.#subjectHashes[at] === hash && this.#queue[at] === subject) return i;
    }
  }

  /** True when an event on `subject` was handled and acked within the window. */
  has(subject: string): boolean {
    return this.#find(subject, this.#hashOf(subject)) !== -1;
  }

  /** Whether `raw` on `subject` was handled and acked within the window: the same message, another one, or none. */
  lookup(subject: string, raw: Uint8Array): HandledVerdict {
    const found = this.#find(subject, this.#hashOf(subject));
    if (found === -1) return 'absent';
    const at = this.#table[found]! - 1;
    // The hash only on this rare path (a subject coming again) and only when the lengths agree.
    return this.#lengths[at] === raw.byteLength && this.#hashes[at] === fingerprint(raw) ? 'same' : 'differs';
  }

  /** Remembers `raw` on `subject` as handled now. */
  add(subject: string, raw: Uint8Array): void {
    this.remember(subject, this.#hashOf(subject), raw);
  }

  /** @internal Remembers `raw` on `subject`, of table hash `hash`, as handled now. */
  remember(subject: string, hash: number, raw: Uint8Array): void {
    const now = this.#now();
    if (this.#count === this.#queue.length) this.#grow();
    const at = (this.#head + this.#count) & this.#mask;
    this.#count++;
    this.#queue[at] = subject;
    this.#subjectHashes[at] = hash;
    this.#times[at] = now;
    this.#lengths[at] = raw.byteLength;
    this.#hashes[at] = fingerprint(raw);
    const table = this.#table;
    const mask = this.#tableMask;
    let i = hash & mask;
    for (; ; i = (i + 1) & mask) {
      const entry = table[i]!;
      if (entry === 0) break;
      const before = entry - 1;
      if (this.#subjectHashes[before] === hash && this.#queue[before] === subject) {
        this.#queue[before] = undefined; // handled again: its older place is skipped when it comes up
        break;
      }
    }
    if (table[i] === 0) {
      this.#remembered++;
      table[i] = at + 1;
      if (this.#remembered * 2 > table.length) this.#rebuild(table.length * 2);
    } else table[i] = at + 1;
    // Forgetting happens here only, as newer events are handled: while nothing is handled (the
    // server is away, however long) nothing is forgotten, so the redeliveries that follow an
    // outage still find what was handled just before it.
    const oldest = now - this.#window;
    while (this.#count > 0) {
      const head = this.#head;
      const full = this.#remembered > this.#maxEvents;
      const when = this.#times[head]!;
      if (!full && when >= oldest) break;
      if (this.#queue[head] !== undefined) {
        this.#queue[head] = undefined;
        this.#unindex(head);
        this.#remembered--;
        if (full && when >= oldest && !this.#warned) {
          this.#warned = true;
          this.#onShortened?.();
        }
      }
      this.#head = (head + 1) & this.#mask;
      this.#count--;
    }
  }

  // Removes the table's entry for the place `at` (there is one: the place is its subject's latest),
  // moving back the entries after it that probed past it, so that no probe stops short of them.
  #unindex(at: number): void {
    const table = this.#table;
    const mask = this.#tableMask;
    let hole = this.#subjectHashes[at]! & mask;
    while (table[hole] !== at + 1) hole = (hole + 1) & mask;
    for (let i = (hole + 1) & mask; ; i = (i + 1) & mask) {
      const entry = table[i]!;
      if (entry === 0) break;
      const home = this.#subjectHashes[entry - 1]! & mask;
      // Stays when its home lies cyclically in (hole, i]: a probe from there still reaches it.
      if (hole <= i ? hole < home && home <= i : hole < home || home <= i) continue;
      table[hole] = entry;
      hole = i;
    }
    table[hole] = 0;
  }

  // Fills a table of `capacity` entries with the queue's latest places.
  #rebuild(capacity: number): void {
    const table = new Int32Array(capacity);
    const mask = capacity - 1;
    for (let n = 0; n < this.#count; n++) {
      const at = (this.#head + n) & this.#mask;
      if (this.#queue[at] === undefined) continue;
      let i = this.#subjectHashes[at]! & mask;
      while (table[i] !== 0) i = (i + 1) & mask;
      table[i] = at + 1;
    }
    this.#table = table;
    this.#tableMask = mask;
  }

  // Doubles the ring. Each place keeps its index but those before the head, which move up by the
  // old capacity (the ring, full, then runs on from the head without wrapping): the table is
  // mended by a pass that adds the old capacity to its entries for them (none while the ring has
  // never wrapped, as when a window fills from empty), instead of being hashed again.
  #grow(): void {
    const before = this.#queue.length;
    const capacity = before * 2;
    const head = this.#head;
    const queue = this.#queue.concat(new Array<string | undefined>(before).fill(undefined));
    const subjectHashes = new Int32Array(capacity);
    const times = new Float64Array(capacity);
    const lengths = new Uint32Array(capacity);
    const hashes = new Int32Array(capacity);
    subjectHashes.set(this.#subjectHashes);
    times.set(this.#times);
    lengths.set(this.#lengths);
    hashes.set(this.#hashes);
    if (head > 0) {
      subjectHashes.set(this.#subjectHashes.subarray(0, head), before);
      times.set(this.#times.subarray(0, head), before);
      lengths.set(this.#lengths.subarray(0, head), before);
      hashes.set(this.#hashes.subarray(0, head), before);
      for (let i = 0; i < head; i++) {
        queue[i + before] = queue[i];
        queue[i] = undefined;
      }
      const table = this.#table;
      for (let i = 0; i < table.length; i++) {
        const entry = table[i]!;
        if (entry !== 0 && entry <= head) table[i] = entry + before;
      }
    }
    this.#queue = queue;
    this.#subjectHashes = subjectHashes;
    this.#times = times;
    this.#lengths = lengths;
    this.#hashes = hashes;
    this.#mask = capacity - 1;
  }

  // The handling under way of `subject`, of table hash `hash`, if any.
  #handlingOf(subject: string, hash: number): RecordingControl | undefined {
    for (let handling = this.#handling[hash & this.#handlingMask]; handling !== undefined; handling = handling.next) {
      if (handling.subject === subject) return handling;
    }
    return undefined;
  }

  /** While a message on `subject` is being handled: a promise of the end of that handling (its first settlement). */
  busy(subject: string): Promise<void> | undefined {
    const handling = this.#handlingOf(subject, this.#hashOf(subject));
    return handling === undefined ? undefined : new Promise<void>((resolve) => handling.wait(resolve));
  }

  /**
   * Marks `subject` as being handled and returns a control whose first settlement ends that (and
   * wakes what waits in `busy`), after remembering `raw` on `subject` if it is an ack.
   */
  recording(subject: string, raw: Uint8Array, control: MessageControl): RecordingControl {
    // A subject being handled already stays one handling: the first settlement of either control ends it.
    const hash = this.#hashOf(subject);
    const handling = this.#handlingOf(subject, hash);
    const recording = new RecordingControl(this, subject, hash, raw, control, handling);
    if (handling === undefined) {
      if (this.#handlings === this.#handling.length) this.#growHandling();
      const bucket = hash & this.#handlingMask;
      recording.next = this.#handling[bucket];
      this.#handling[bucket] = recording;
      this.#handlings++;
    }
    return recording;
  }

  // Doubles the buckets of handlings under way, each chain split by the next bit of its hashes.
  #growHandling(): void {
    const buckets = new Array<RecordingControl | undefined>(this.#handling.length * 2).fill(undefined);
    const mask = buckets.length - 1;
    for (let handling of this.#handling) {
      while (handling !== undefined) {
        const next = handling.next;
        const bucket = handling.hash & mask;
        handling.next = buckets[bucket];
        buckets[bucket] = handling;
        handling = next;
      }
    }
    this.#handling = buckets;
    this.#handlingMask = mask;
  }

  /** @internal Ends `handling`, when it is still under way (see `recording`). */
  end(handling: RecordingControl): void {
    const bucket = handling.hash & this.#handlingMask;
    let before: RecordingControl | undefined;
    let current = this.#handling[bucket];
    while (current !== undefined && current !== handling) {
      before = current;
      current = current.next;
    }
    if (current === undefined) return;
    if (before !== undefined) before.next = handling.next;
    else this.#handling[bucket] = handling.next;
    this.#handlings--;
    handling.next = undefined;
    handling.wake();
  }
}

/** The control of a message being handled (see `HandledWindow.recording`). */
export class RecordingControl implements MessageControl {
  /** @internal The next handling whose subject shares this one's key in the window (see `HandledWindow.recording`). */
  next: RecordingControl | undefined = undefined;
  #settled = false;
  // What waits for the handling to settle (undefined: nothing, so that a message nobody waits for allocates no array).
  #waiting: (() => void)[] | undefined = undefined;
  // The handling this control settles: its own, or that of the control that took the subject first.
  readonly #handling: RecordingControl;

  constructor(
    private readonly window: HandledWindow,
    /** @internal The subject being handled. */
    readonly subject: string,
    /** @internal Its table hash in the window. */
    readonly hash: number,
    private readonly raw: Uint8Array,
    private readonly control: MessageControl,
    handling: RecordingControl | undefined,
  ) {
    this.#handling = handling ?? this;
  }

  ack(): void {
    if (!this.#settled) {
      this.window.remember(this.subject, this.hash, this.raw);
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

  /** @internal Calls `wake` once this handling ends (see `HandledWindow.busy`). */
  wait(wake: () => void): void {
    if (this.#waiting === undefined) this.#waiting = [wake];
    else this.#waiting.push(wake);
  }

  /** @internal Wakes what waits for this handling (see `HandledWindow.end`). */
  wake(): void {
    const waiting = this.#waiting;
    this.#waiting = undefined;
    if (waiting !== undefined) for (const wake of waiting) wake();
  }

  #end(): void {
    if (this.#settled) return;
    this.#settled = true;
    this.window.end(this.#handling);
  }
}
