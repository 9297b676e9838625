// The counts in force and their saving: each message is saved (with the stream sequence it
// includes) before it is acked, one at a time in stream order; a message the saved counts already
// include is acked without counting it again. Knows nothing of HTTP or of the bus's wiring.
import type { Delivery } from 'mayastor-events';
import { sleepUnlessAborted as sleep } from '../internal/abort.js';
import { addMessage, emptyCounts, type CountedAs, type CounterSnapshot } from './counters.js';
import { CounterConflictError, CounterStoreError } from './errors.js';
import type { StatsLogger } from './logger.js';
import type { CounterStore } from './store.js';

/** What the tally needs of a delivery: where the message is in the stream, and whether it is its first delivery. */
export type CountedDelivery = Pick<Delivery, 'streamSequence' | 'deliveryCount'>;

/** Tells the events stream's identity (its creation time), or undefined when the source cannot. */
export type StreamIdentity = () => Promise<string | undefined>;

/** Sum of the catalogued events counted. */
export function totalEvents(counts: CounterSnapshot): number {
  return Object.values(counts.events).reduce((sum, value) => sum + value, 0);
}

/** The counts of one service and the store they are saved in. */
export class Tally {
  readonly #store: CounterStore;
  readonly #logger: StatsLogger;
  readonly #saveRetry: readonly number[];
  // Asked again on an old first delivery only when it is a live source (not a fixed string).
  readonly #identify: StreamIdentity;
  readonly #recheck: boolean;
  // The counts in force (saved, unless `#dirty`) and the store revision they were saved at.
  #current: CounterSnapshot;
  #revision: number | undefined;
  #dirty = false;
  #stopping = false;
  #lastCheck = 0;
  #queue: Promise<void> = Promise.resolve();
  readonly #stopped = new AbortController();

  private constructor(store: CounterStore, logger: StatsLogger, saveRetry: readonly number[], identify: StreamIdentity, recheck: boolean, counts: CounterSnapshot, revision: number | undefined) {
    this.#store = store;
    this.#logger = logger;
    this.#saveRetry = saveRetry;
    this.#identify = identify;
    this.#recheck = recheck;
    this.#current = counts;
    this.#revision = revision;
  }

  /** Loads the saved counts (or starts from zero) and takes the stream's identity into them. */
  static async load(store: CounterStore, logger: StatsLogger, saveRetry: readonly number[], streamIdentity: string | StreamIdentity | undefined): Promise<Tally> {
    const identify: StreamIdentity = typeof streamIdentity === 'function' ? streamIdentity : async () => streamIdentity;
    let identity: string | undefined;
    try {
      identity = await identify();
    } catch (error) {
      throw new CounterStoreError(`cannot tell the events stream's identity: ${(error as Error).message}`, { cause: error });
    }
    let loaded;
    try {
      loaded = await store.load();
    } catch (error) {
      throw new CounterStoreError(`cannot load the counts: ${(error as Error).message}`, { cause: error });
    }
    const recheck = typeof streamIdentity === 'function';
    if (loaded === undefined) {
      logger.info?.('no saved counts: counting from zero');
      return new Tally(store, logger, saveRetry, identify, recheck, emptyCounts(identity), undefined);
    }
    const { counts, revision } = loaded;
    logger.info?.(`loaded counts at sequence ${counts.sequence}`, { revision, events: totalEvents(counts), unknown: counts.unknown, invalid: counts.invalid });
    const tally = new Tally(store, logger, saveRetry, identify, recheck, counts, revision);
    tally.#adopt(identity);
    return tally;
  }

  /** The counts so far. */
  get counts(): CounterSnapshot {
    return this.#current;
  }

  /** Runs `count` after every count queued before it: one message at a time, whatever the bus does. */
  serially(run: () => Promise<void>): Promise<void> {
    const result = this.#queue.then(run);
    this.#queue = result.catch(() => undefined);
    return result;
  }

  /**
   * Saves the counts with one more message; resolves once saved (or once found already counted).
   * While stopping with a failing store it gives up: the message is then left for redelivery
   * (events, unknown events), or kept unsaved in memory for the final save when the bus
   * terminates it regardless (`terminated`: invalid messages, dead letters).
   */
  async count(delivery: CountedDelivery, as: CountedAs, terminated = as.kind === 'invalid'): Promise<void> {
    let conflict = false;
    for (let attempt = 1; ; attempt++) {
      try {
        if (conflict) await this.#reload();
        conflict = false;
        if (delivery.streamSequence <= this.#current.sequence) await this.#recheckStream(delivery);
        if (delivery.streamSequence <= this.#current.sequence) {
          this.#logger.info?.(`sequence ${delivery.streamSequence} is already in the saved counts: acked without counting it again`);
          return;
        }
        const next = addMessage(this.#current, delivery.streamSequence, as);
        this.#revision = await this.#store.save(next, this.#revision);
        this.#current = next;
        this.#dirty = false;
        return;
      } catch (error) {
        if (error instanceof CounterConflictError) {
          conflict = true;
          continue;
        }
        if (this.#stopping) {
          if (terminated) {
            this.#current = addMessage(this.#current, delivery.streamSequence, as);
            this.#dirty = true;
            this.#logger.error?.(`cannot save the count of ${as.kind} message ${delivery.streamSequence} while stopping; kept for the final save`, { error });
            return;
          }
          throw new CounterStoreError(`cannot save the counts while stopping: message ${delivery.streamSequence} is left for redelivery`, { cause: error });
        }
        const delay = this.#saveRetry[Math.min(attempt, this.#saveRetry.length) - 1]!;
        if (attempt === 1 || attempt % 10 === 0) {
          this.#logger.warn?.(`cannot save the counts (attempt ${attempt}); retrying every ${delay} ms or so`, { error, sequence: delivery.streamSequence });
        }
        await sleep(delay, this.#stopped.signal);
      }
    }
  }

  /** Whether the message at `sequence` would be counted now (not already in the counts). */
  isNew(sequence: number): boolean {
    return sequence > this.#current.sequence;
  }

  /** Stops retrying: a count that cannot be saved from now on gives up (see `count`). */
  stopping(): void {
    this.#stopping = true;
    this.#stopped.abort();
  }

  /** Waits for the count in hand, then saves what is unsaved (once the consumer is stopped). */
  async finish(): Promise<void> {
    await this.#queue;
    if (!this.#dirty) return;
    try {
      this.#revision = await this.#store.save(this.#current, this.#revision);
      this.#dirty = false;
    } catch (error) {
      this.#logger.error?.(`cannot save the counts at sequence ${this.#current.sequence} on stopping`, { error });
    }
  }

  // Takes the stream's identity into the counts; a different one than saved means a new stream.
  #adopt(stream: string | undefined): void {
    if (stream === undefined || stream === this.#current.stream) return;
    if (this.#current.stream !== undefined) {
      this.#logger.warn?.(`the events stream was recreated (${this.#current.stream} -> ${stream}): counts kept, sequence ${this.#current.sequence} starts over at 0`);
      this.#current = { ...this.#current, sequence: 0 };
    }
    this.#current = { ...this.#current, stream };
    this.#dirty = true;
  }

  // A first delivery older than the saved sequence: a new consumer on the same stream (already
  // counted), or a recreated stream (not counted). Asks the source, at most once a second.
  async #recheckStream(delivery: CountedDelivery): Promise<void> {
    if (!this.#recheck || delivery.deliveryCount !== 1 || Date.now() - this.#lastCheck < 1_000) return;
    this.#lastCheck = Date.now();
    try {
      this.#adopt(await this.#identify());
    } catch (error) {
      this.#logger.warn?.('cannot tell the events stream identity', { error });
    }
  }

  async #reload(): Promise<void> {
    const fresh = await this.#store.load();
    if (fresh === undefined) throw new CounterStoreError('the saved counts disappeared from the store');
    this.#current = fresh.counts;
    this.#revision = fresh.revision;
    this.#dirty = false;
    this.#logger.warn?.(`the counts were saved by another writer: reloaded at sequence ${this.#current.sequence}`, { revision: this.#revision });
  }
}
