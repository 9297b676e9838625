// What both buses' subscriptions share about ending: `stop()` runs once whoever asks (a call,
// `await using`, the `signal` option), and `whenStopped()` tells those who did not ask.
import { asyncDispose, whenAborted } from '../internal/abort.js';
import { BusOptionsError } from './errors.js';
import { describeError } from './router.js';
import type { Subscription } from './types.js';

/** A subscription's ending, run once; each bus's subscription supplies `halt()`, the work of stopping. */
export abstract class StoppableSubscription implements Pick<Subscription, 'stop' | typeof Symbol.asyncDispose> {
  #stopped: Promise<void> | undefined;
  readonly #whenStopped: Promise<void>;
  #markStopped!: () => void;
  #stopAborting: () => void = () => undefined;

  protected constructor() {
    this.#whenStopped = new Promise((resolve) => (this.#markStopped = resolve));
  }

  /** See `Subscription.stop`. */
  stop(): Promise<void> {
    this.#stopped ??= this.#run();
    return this.#stopped;
  }

  /** `stop()`, for `await using`. */
  [asyncDispose](): Promise<void> {
    return this.stop();
  }

  /** Resolves once the subscription has stopped, whoever stopped it. */
  whenStopped(): Promise<void> {
    return this.#whenStopped;
  }

  /**
   * Stops the subscription when `signal` aborts (at once when it has); called once the subscription
   * is ready to stop. A signal that cannot be listened to (its `addEventListener` throws) stops it
   * and throws a `BusOptionsError`: subscribe fails, and leaves nothing running that nobody holds.
   */
  protected stopOnAbort(signal: AbortSignal | undefined): void {
    try {
      this.#stopAborting = whenAborted(signal, () => void this.stop());
    } catch (error) {
      this.stop().catch(() => undefined); // the work of stopping reports its own failures
      throw new BusOptionsError('signal', `cannot listen to the signal: ${describeError(error)}`, { cause: error });
    }
  }

  /** The work of stopping, run once. */
  protected abstract halt(): Promise<void>;

  async #run(): Promise<void> {
    this.#stopAborting();
    try {
      await this.halt();
    } finally {
      this.#markStopped();
    }
  }
}
