// The events a subscription has handled and acked, remembered for a while: when an ack is lost
// (a server killed before it stored the ack, a cluster leader killed before it replicated it, a
// broken connection) the server delivers the event again, often as a first delivery
// (`deliveryCount` 1); the router acks it again without calling the handlers.
//
// Keyed by the wire subject `events.<category>.<event id>`: the stream's own identity of an
// event (it keeps one message per subject, and de-duplicates publishes by the same id), known
// before decoding (a redelivery skipped costs no decode), and defined for every message, also
// one without metadata or whose `metadata.id` disagrees with its subject.
import type { MessageControl } from './router.js';

/**
 * A bounded window of subjects handled and acked, oldest first: a subject is forgotten once it
 * is older than `window` ms, or once `maxEvents` newer ones were remembered after it.
 */
export class HandledWindow {
  // Subject -> its latest position in the queue below (a running count).
  readonly #position = new Map<string, number>();
  // The queue of remembered subjects and when, oldest first: arrays consumed from `#head` and
  // compacted now and then (shift() would copy the array on every call).
  #subjects: string[] = [];
  #times: number[] = [];
  #base = 0; // the running count of #subjects[0]
  #head = 0;
  readonly #window: number;
  readonly #maxEvents: number;
  readonly #now: () => number;
  readonly #onShortened: (() => void) | undefined;
  #warned = false;

  /** `onShortened` is called once, the first time the count bound forgets a subject younger than `window`. */
  constructor(options: { window: number; maxEvents: number; onShortened?: () => void; now?: () => number }) {
    this.#window = options.window;
    this.#maxEvents = options.maxEvents;
    this.#onShortened = options.onShortened;
    this.#now = options.now ?? Date.now;
  }

  /** How many subjects are remembered. */
  get size(): number {
    return this.#position.size;
  }

  /** True when an event on `subject` was handled and acked within the window. */
  has(subject: string): boolean {
    return this.#position.has(subject);
  }

  /** Remembers `subject` as handled now. */
  add(subject: string): void {
    const now = this.#now();
    this.#position.set(subject, this.#base + this.#subjects.length);
    this.#subjects.push(subject);
    this.#times.push(now);
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
      this.#base += this.#head;
      this.#head = 0;
    }
  }

  /** A control whose first settlement, if it is an ack, remembers `subject` before passing it on. */
  recording(subject: string, control: MessageControl): MessageControl {
    return new RecordingControl(this, subject, control);
  }
}

class RecordingControl implements MessageControl {
  #settled = false;

  constructor(
    private readonly window: HandledWindow,
    private readonly subject: string,
    private readonly control: MessageControl,
  ) {}

  ack(): void {
    if (!this.#settled) this.window.add(this.subject);
    this.#settled = true;
    this.control.ack();
  }

  nak(delayMs: number): void {
    this.#settled = true;
    this.control.nak(delayMs);
  }

  term(): void {
    this.#settled = true;
    this.control.term();
  }
}
