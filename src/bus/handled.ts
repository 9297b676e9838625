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
  // Subject -> when it was remembered (ms); a Map iterates in insertion order, oldest first.
  readonly #handled = new Map<string, number>();
  readonly #window: number;
  readonly #maxEvents: number;
  readonly #now: () => number;
  #warned = false;
  readonly #onShortened: (() => void) | undefined;

  /** `onShortened` is called once, the first time the count bound forgets a subject younger than `window`. */
  constructor(options: { window: number; maxEvents: number; onShortened?: () => void; now?: () => number }) {
    this.#window = options.window;
    this.#maxEvents = options.maxEvents;
    this.#onShortened = options.onShortened;
    this.#now = options.now ?? Date.now;
  }

  /** How many subjects are remembered. */
  get size(): number {
    return this.#handled.size;
  }

  /** True when an event on `subject` was handled and acked within the window. */
  has(subject: string): boolean {
    return this.#handled.has(subject);
  }

  /** Remembers `subject` as handled now. */
  add(subject: string): void {
    const now = this.#now();
    this.#handled.delete(subject); // re-inserted at the end: the newest
    this.#handled.set(subject, now);
    // Forgetting happens here only, as newer events are handled: while nothing is handled (the
    // server is away, however long) nothing is forgotten, so the redeliveries that follow an
    // outage still find what was handled just before it.
    const oldest = now - this.#window;
    for (const [first, at] of this.#handled) {
      if (this.#handled.size > this.#maxEvents) {
        if (at >= oldest && !this.#warned) {
          this.#warned = true;
          this.#onShortened?.();
        }
      } else if (at >= oldest) break;
      this.#handled.delete(first);
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
