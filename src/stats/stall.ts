// Tells a stalled consumer from an idle one: stalled while messages are pending and none has been
// handled for `stallTimeout`. The lag is sampled in the background (a few times per timeout), so
// that `/readyz` answers at once; the log says once when counting stalls and once when it resumes.
import { describeDuration } from './link.js';
import type { StatsLogger } from './logger.js';

/** How long one lag sample may take before it is skipped (ms). */
const SAMPLE_TIMEOUT = 1_000;

/** Watches the consumer's progress against its lag. */
export class StallWatch {
  readonly #pending: (() => Promise<number | undefined>) | undefined;
  readonly #timeout: number;
  readonly #logger: StatsLogger;
  readonly #what: string;
  #timer: ReturnType<typeof setInterval> | undefined;
  #progressAt = performance.now();
  #lastPending: number | undefined;
  #stalled = false;
  #sampling = false;

  /**
   * `pending` tells the messages not yet acked (undefined: unknown); without it nothing is ever
   * stalled. `what` names the consumer in the reason and the log.
   */
  constructor(pending: (() => Promise<number | undefined>) | undefined, timeout: number, logger: StatsLogger, what: string) {
    this.#pending = pending;
    this.#timeout = timeout;
    this.#logger = logger;
    this.#what = what;
  }

  /** Starts sampling the lag (a quarter of the timeout apart, between 50 ms and 5 s). */
  start(): void {
    if (this.#pending === undefined || this.#timer !== undefined) return;
    this.#progressAt = performance.now();
    this.#timer = setInterval(() => void this.#sample(), Math.min(5_000, Math.max(50, Math.floor(this.#timeout / 4))));
    this.#timer.unref?.();
  }

  /** A message was handled (counted, or found already counted): counting moves. */
  progressed(): void {
    this.#progressAt = performance.now();
    if (!this.#stalled) return;
    this.#stalled = false;
    this.#logger.info?.(`${this.#what} counts again`);
  }

  /** Why the consumer is stalled, or undefined when it is not (or cannot be told). */
  get reason(): string | undefined {
    if (!this.#stalled) return undefined;
    return `${this.#what} is stalled: ${this.#lastPending ?? '?'} messages pending and none counted for ${describeDuration(performance.now() - this.#progressAt)}`;
  }

  /** Stops sampling. */
  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  async #sample(): Promise<void> {
    if (this.#sampling) return;
    this.#sampling = true;
    try {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), SAMPLE_TIMEOUT)));
      const pending = await Promise.race([this.#pending!().catch(() => undefined), timeout]);
      clearTimeout(timer);
      if (this.#timer === undefined) return;
      const now = performance.now();
      // Unknown (NATS away, slow answer): the link reports NATS itself, and time without NATS is
      // not time without progress: the clock starts again, so that a long outage is not a stall.
      if (pending === undefined) {
        this.#progressAt = now;
        return;
      }
      this.#lastPending = pending;
      // Nothing pending is idle, not stalled: the clock of no progress starts with the next message.
      if (pending === 0) {
        this.#progressAt = now;
        if (this.#stalled) this.progressed();
        return;
      }
      if (!this.#stalled && now - this.#progressAt >= this.#timeout) {
        this.#stalled = true;
        this.#logger.warn?.(`${this.#what} is stalled: ${pending} messages pending and none counted for ${describeDuration(now - this.#progressAt)}`);
      }
    } finally {
      this.#sampling = false;
    }
  }
}
