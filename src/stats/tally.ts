// The counts in force and their saving: each message is saved (with the stream sequence it
// includes) before it is acked, one at a time in stream order; a message the saved counts already
// include is acked without counting it again. The counts name the durable consumer they count,
// recorded at start: a service under another name refuses them rather than count every message
// into them too. Knows nothing of HTTP or of the bus's wiring.
import type { Delivery } from 'mayastor-events';
import { sleepUnlessAborted as sleep } from '../internal/abort.js';
import { isBucketName } from '../internal/checks.js';
import { addMessage, emptyCounts, type CountedAs, type CounterSnapshot } from './counters.js';
import { CounterConflictError, CounterStoreError, StatsOptionsError } from './errors.js';
import type { StatsLogger } from './logger.js';
import type { CounterStore, StoredCounts } from './store.js';

/** What the tally needs of a delivery: where the message is in the stream, and whether it is its first delivery. */
export type CountedDelivery = Pick<Delivery, 'streamSequence' | 'deliveryCount'>;

/** Tells the events stream's identity (its creation time), or undefined when the source cannot. */
export type StreamIdentity = () => Promise<string | undefined>;

/** Sum of the catalogued events counted. */
export function totalEvents(counts: CounterSnapshot): number {
  return Object.values(counts.events).reduce((sum, value) => sum + value, 0);
}

/** What a tally is loaded with, beside its store. */
export interface TallyOptions {
  readonly logger: StatsLogger;
  readonly saveRetry: readonly number[];
  /** The events stream's identity, or how to ask for it (again on an old first delivery). */
  readonly streamIdentity: string | StreamIdentity | undefined;
  /** The durable consumer whose deliveries are counted: saved with the counts, which another name may not take. */
  readonly durable: string;
  /** Where the store keeps the counts, in words (`bucket B (key K)`), for the errors that name them. */
  readonly place: string;
  /**
   * Called after each failure of the store at start (recording the durable consumer, or loading
   * the counts again after that failed): resolves when it is time to try again, rejects to end
   * the start (aborted, or not waiting for the store). Without it, the first failure ends it.
   */
  readonly waitForStore?: (error: unknown, tries: number) => Promise<void>;
}

// Conflicts in a row while recording the durable consumer at start before the start fails: each
// is a save by another writer between loading and saving (one that records no consumer, since
// counts that name one end the claim), which cannot go on for long.
const CLAIM_CONFLICTS = 10;

/**
 * The refusal of counts saved under another durable consumer: two stats services under different
 * names would both count every message into them (each skipping what the other saved first).
 */
export function countsOfAnotherConsumer(place: string, owner: string, durable: string): StatsOptionsError {
  const shown = isBucketName(owner) ? owner : JSON.stringify(owner);
  return new StatsOptionsError(
    'durable',
    `the counts in ${place} are those of durable consumer ${shown}, not ${durable}, and two stats services under different durable names cannot share them; ` +
      'give this one a bucket of its own: `mayastor-events stats --bucket NAME` (or STATS_BUCKET=NAME; embedded, the `bucket` option of startStatsService, or a `store` of its own), ' +
      `or the same durable name: \`--durable ${shown}\` (the \`durable\` option)`,
  );
}

/** The store's counts, or undefined; a failure is a `CounterStoreError`. */
async function loadCounts(store: CounterStore): Promise<StoredCounts | undefined> {
  try {
    return await store.load();
  } catch (error) {
    throw new CounterStoreError(`cannot load the counts: ${(error as Error).message}`, { cause: error });
  }
}

/** The counts of one service and the store they are saved in. */
export class Tally {
  readonly #store: CounterStore;
  readonly #logger: StatsLogger;
  readonly #saveRetry: readonly number[];
  readonly #durable: string;
  readonly #place: string;
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
  // Aborted, with the StatsOptionsError as its reason, once the counts are found to be another
  // durable consumer's while counting: nothing is counted or saved from then on.
  readonly #refused = new AbortController();

  private constructor(store: CounterStore, options: TallyOptions, identify: StreamIdentity) {
    this.#store = store;
    this.#logger = options.logger;
    this.#saveRetry = options.saveRetry;
    this.#durable = options.durable;
    this.#place = options.place;
    this.#identify = identify;
    this.#recheck = typeof options.streamIdentity === 'function';
    this.#current = emptyCounts();
  }

  /**
   * Loads the saved counts (or starts from zero), takes the stream's identity into them, and
   * records the durable consumer in them before anything is counted. Rejects with a
   * `StatsOptionsError` (option `durable`) when they are another durable consumer's.
   */
  static async load(store: CounterStore, options: TallyOptions): Promise<Tally> {
    const { logger, streamIdentity } = options;
    const identify: StreamIdentity = typeof streamIdentity === 'function' ? streamIdentity : async () => streamIdentity;
    let identity: string | undefined;
    try {
      identity = await identify();
    } catch (error) {
      throw new CounterStoreError(`cannot tell the events stream's identity: ${(error as Error).message}`, { cause: error });
    }
    const loaded = await loadCounts(store);
    if (loaded === undefined) {
      logger.info?.('no saved counts: counting from zero');
    } else {
      const { counts, revision } = loaded;
      logger.info?.(`loaded counts at sequence ${counts.sequence}`, { revision, events: totalEvents(counts), unknown: counts.unknown, invalid: counts.invalid });
    }
    const tally = new Tally(store, options, identify);
    tally.#take(loaded, identity);
    await tally.#claim(identity, options.waitForStore ?? ((error) => Promise.reject(error)));
    return tally;
  }

  /** The counts so far. */
  get counts(): CounterSnapshot {
    return this.#current;
  }

  /**
   * Aborts, with a `StatsOptionsError` (option `durable`) as its reason, once the saved counts are
   * found to be another durable consumer's while counting (the key deleted, and another service
   * took it since): from then on `count` saves nothing and rejects with that error, and `finish`
   * saves nothing; the service stops, as it would not have started on them.
   */
  get refused(): AbortSignal {
    return this.#refused.signal;
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
    // Failures other than conflicts, the first of which is logged at once (then every tenth).
    let failures = 0;
    for (let attempt = 1; ; attempt++) {
      if (this.#refused.signal.aborted) throw this.#refused.signal.reason;
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
        // Counts of another consumer are no store failure that a retry mends: counting stops, and
        // the message is not acked (the handler fails: it stays with this consumer, uncounted).
        if (error instanceof StatsOptionsError) {
          this.stopping();
          this.#refused.abort(error);
          throw error;
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
        if (++failures === 1 || failures % 10 === 0) {
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
    if (!this.#dirty || this.#refused.signal.aborted) return;
    try {
      this.#revision = await this.#store.save(this.#current, this.#revision);
      this.#dirty = false;
    } catch (error) {
      this.#logger.error?.(`cannot save the counts at sequence ${this.#current.sequence} on stopping`, { error });
    }
  }

  // Takes loaded counts (or zero counts) as the ones in force, with the stream's identity.
  #take(loaded: StoredCounts | undefined, identity: string | undefined): void {
    this.#current = loaded?.counts ?? emptyCounts(identity);
    this.#revision = loaded?.revision;
    this.#dirty = false;
    this.#adopt(identity);
  }

  // Saves the counts with this service's durable consumer recorded in them, unless they have it
  // already, before anything is counted: of two services under different names started together
  // on the same store, the first to save owns the counts and the other finds out here, at start.
  // Counts that record no consumer (none saved yet, or saved before it was recorded) are taken.
  // A failed save is looked at again: it may have been stored (a lost reply), or another writer
  // saved first (a conflict). A store that fails (a JetStream leader election) is waited for as
  // `wait` says, reloading included; conflicts are retried at once, a few times.
  async #claim(identity: string | undefined, wait: (error: unknown, tries: number) => Promise<void>): Promise<void> {
    let failures = 0;
    let conflicts = 0;
    for (;;) {
      const owner = this.#current.durable;
      if (owner === this.#durable) return;
      if (owner !== undefined) throw countsOfAnotherConsumer(this.#place, owner, this.#durable);
      if (conflicts === 0 && failures === 0 && this.#revision !== undefined) {
        this.#logger.info?.(`the saved counts name no durable consumer (saved by an earlier version): consumer ${this.#durable} takes them`);
      }
      const claimed: CounterSnapshot = { ...this.#current, durable: this.#durable };
      try {
        this.#revision = await this.#store.save(claimed, this.#revision);
        this.#current = claimed;
        this.#dirty = false;
        return;
      } catch (error) {
        const failure = new CounterStoreError(`cannot save the counts in ${this.#place} with durable consumer ${this.#durable}: ${(error as Error).message}`, { cause: error });
        if (!(error instanceof CounterConflictError)) await wait(failure, ++failures);
        else if (++conflicts >= CLAIM_CONFLICTS) throw failure;
      }
      for (;;) {
        try {
          this.#take(await loadCounts(this.#store), identity);
          break;
        } catch (error) {
          await wait(error, ++failures);
        }
      }
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
    // Deleted (`nats kv del`, a purge) and taken by no one since: these counts, which include
    // everything acked, are saved again rather than retried against a key that is gone forever
    // (a service that stopped instead would start again from zero, the acked messages lost).
    if (fresh === undefined) {
      this.#logger.warn?.(`the saved counts were deleted from ${this.#place}: consumer ${this.#durable} saves its counts there again (sequence ${this.#current.sequence})`);
      this.#revision = undefined;
      this.#dirty = true;
      return;
    }
    // Recorded at start, the consumer changes only when the key was deleted and another service
    // took it since (counting stops here: see `refused`), or when a writer
    // that records none saved (an earlier version of this service: taken back at the next save).
    const owner = fresh.counts.durable;
    if (owner !== undefined && owner !== this.#durable) throw countsOfAnotherConsumer(this.#place, owner, this.#durable);
    if (owner === undefined) this.#logger.warn?.(`the counts were saved by a writer that names no durable consumer (an earlier version of the stats service?); consumer ${this.#durable} records itself again`);
    this.#current = { ...fresh.counts, durable: this.#durable };
    this.#revision = fresh.revision;
    this.#dirty = owner === undefined;
    this.#logger.warn?.(`the counts were saved by another writer: reloaded at sequence ${this.#current.sequence}`, { revision: this.#revision });
  }
}
