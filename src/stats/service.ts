// The call-home stats service: a durable consumer of every event that counts each message once,
// exactly, across crashes. Each count is saved (with the stream sequence it includes) before the
// message is acked; on start the saved counts are loaded and deliveries they already include are
// acked without counting. One message at a time, in stream order.
import type { DeadLetter, DecodeError, Delivery, EventBus, Subscription, UnknownEvent } from 'mayastor-events';
import { addMessage, emptyCounts, keyOf, type CountedAs, type CounterSnapshot } from './counters.js';
import { CounterConflictError, CounterStoreError, StatsOptionsError } from './errors.js';
import { DEFAULT_STATS_LISTEN, listenStats, parseListen, type ListenAddress, type StatsHttpServer } from './http.js';
import { createLineLogger, type StatsLogger } from './logger.js';
import { renderPrometheus } from './prometheus.js';
import type { CounterStore, StoredCounts } from './store.js';

/** The durable consumer's name, as upstream. */
export const DEFAULT_STATS_CONSUMER = 'stats-events-consumer';
/** Delays (ms) between attempts to save the counts when the store fails; the last repeats. */
export const DEFAULT_SAVE_RETRY: readonly number[] = Object.freeze([100, 250, 500, 1_000, 2_000, 5_000]);
/**
 * How long the server waits for the ack of a delivered message before redelivering it (ms), by
 * default: short, because with one message in flight a consumer that died blocks counting until
 * then; a slow save does not trigger it (the bus tells the server it is still working).
 */
export const DEFAULT_STATS_ACK_WAIT = 5_000;
/**
 * Deliveries of one message before the consumer gives up on it. Only a message this SDK fails to
 * read gets there in practice (it is then counted as invalid, and counting goes on); a delivery
 * whose count cannot be saved fails only while stopping, and an event given up on is counted
 * all the same (see `onDeadLetter` below).
 */
const STATS_MAX_DELIVER = 5;
/** Delays (ms) before such a message is delivered again: short, since all counting waits on it. */
const STATS_BACKOFF: readonly number[] = Object.freeze([100, 500, 1_000]);

/** How long `GET /stats` waits for the consumer's lag before leaving it out (ms). */
export const PENDING_TIMEOUT = 1_000;

/** Options of `startStatsService`. */
export interface StatsServiceOptions {
  /** The event bus to consume (the NATS bus, or the in-memory bus in tests). */
  bus: EventBus;
  /** Where the counts are kept between runs (`openNatsCounterStore`, or `createMemoryCounterStore`). */
  store: CounterStore;
  /**
   * `host:port` of the HTTP endpoints (`/stats`, `/healthz`, `/readyz`); port 0 picks a free one; `false`: no HTTP.
   * @default DEFAULT_STATS_LISTEN ('0.0.0.0:9090')
   */
  listen?: string | false;
  /**
   * The durable consumer's name.
   * @default DEFAULT_STATS_CONSUMER ('stats-events-consumer')
   */
  durable?: string;
  /**
   * How long the server waits for an ack before redelivering (ms); used when the durable consumer is created.
   * @default DEFAULT_STATS_ACK_WAIT (5000)
   */
  ackWait?: number;
  /**
   * The identity of the events stream (its creation time), or a function that tells it, when
   * the source can. Saved with the counts; when the stored one differs, the stream was recreated
   * and numbers its messages from 1 again: the counts are kept and the sequence starts over.
   * A function is asked again when a first delivery is older than the saved sequence, so that a
   * stream recreated while the service runs is noticed too.
   * @default undefined (not checked)
   * @example () => store.streamIdentity('events-stream')
   */
  streamIdentity?: string | (() => Promise<string | undefined>);
  /**
   * Tells the consumer's lag (messages not counted yet) for the `mayastor_events_consumer_pending` gauge.
   * @default undefined (no gauge)
   * @example () => store.consumerPending('events-stream', 'stats-events-consumer')
   */
  pending?: () => Promise<number | undefined>;
  /**
   * Where the service says what happened, one line each.
   * @default createLineLogger() (standard error)
   */
  logger?: StatsLogger;
  /**
   * Delays (ms) between attempts to save the counts while the store fails.
   * @default DEFAULT_SAVE_RETRY
   */
  saveRetry?: readonly number[];
}

/** A running stats service. */
export interface StatsService {
  /** Where the HTTP endpoints listen (the real port when 0 was asked); undefined without HTTP. */
  readonly address: ListenAddress | undefined;
  /** True once the counts are loaded and the consumer subscribed, until `stop()`. */
  readonly ready: boolean;
  /** The counts so far. */
  counts(): CounterSnapshot;
  /** What `GET /stats` serves. */
  metrics(): Promise<string>;
  /** Stops HTTP and the consumer (the message in hand is finished and acked), saves what is unsaved. */
  stop(): Promise<void>;
}

const sleep = (ms: number, until: Promise<void>): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    void until.then(() => {
      clearTimeout(timer);
      resolve();
    });
  });

/**
 * Starts the stats service: loads the counts, listens for HTTP, subscribes the durable consumer.
 *
 * @example
 * const bus = await connectEventBus({ servers });
 * const store = await openNatsCounterStore({ servers });
 * const service = await startStatsService({ bus, store, listen: '0.0.0.0:9090' });
 * process.once('SIGTERM', () => void service.stop().then(() => Promise.all([bus.close(), store.close()])));
 */
export async function startStatsService(options: StatsServiceOptions): Promise<StatsService> {
  const { bus, store } = options;
  if (typeof bus?.subscribe !== 'function') throw new StatsOptionsError('bus', 'expected an EventBus');
  if (typeof store?.load !== 'function' || typeof store.save !== 'function') throw new StatsOptionsError('store', 'expected a CounterStore');
  const listen = options.listen === false ? undefined : parseListen(options.listen ?? DEFAULT_STATS_LISTEN);
  const durable = options.durable ?? DEFAULT_STATS_CONSUMER;
  const saveRetry = options.saveRetry ?? DEFAULT_SAVE_RETRY;
  if (!Array.isArray(saveRetry) || saveRetry.length === 0 || saveRetry.some((ms) => typeof ms !== 'number' || !(ms >= 0))) {
    throw new StatsOptionsError('saveRetry', 'expected a non-empty array of delays in milliseconds (>= 0)');
  }
  const logger = options.logger ?? createLineLogger();

  // The counts in force (saved, unless `dirty`) and the store revision they were saved at.
  let current: CounterSnapshot;
  let revision: number | undefined;
  let dirty = false;
  let subscribed = false;
  let stopping = false;
  let signalStop!: () => void;
  const stopSignal = new Promise<void>((resolve) => (signalStop = resolve));

  const identify = typeof options.streamIdentity === 'function' ? options.streamIdentity : async () => options.streamIdentity as string | undefined;
  let identity: string | undefined;
  try {
    identity = await identify();
  } catch (error) {
    throw new CounterStoreError(`cannot tell the events stream's identity: ${(error as Error).message}`, { cause: error });
  }

  let loaded: StoredCounts | undefined;
  try {
    loaded = await store.load();
  } catch (error) {
    throw new CounterStoreError(`cannot load the counts: ${(error as Error).message}`, { cause: error });
  }
  if (loaded === undefined) {
    current = emptyCounts(identity);
    logger.info?.('no saved counts: counting from zero');
  } else {
    current = loaded.counts;
    revision = loaded.revision;
    logger.info?.(`loaded counts at sequence ${current.sequence}`, { revision, events: total(current), unknown: current.unknown, invalid: current.invalid });
    adopt(identity);
  }

  // Takes the stream's identity into the counts; a different one than saved means a new stream.
  function adopt(stream: string | undefined): void {
    if (stream === undefined || stream === current.stream) return;
    if (current.stream !== undefined) {
      logger.warn?.(`the events stream was recreated (${current.stream} -> ${stream}): counts kept, sequence ${current.sequence} starts over at 0`);
      current = { ...current, sequence: 0 };
    }
    current = { ...current, stream };
    dirty = true;
  }

  // A first delivery older than the saved sequence: a new consumer on the same stream (already
  // counted), or a recreated stream (not counted). Asks the source, at most once a second.
  let lastCheck = 0;
  async function recheckStream(delivery: Delivery): Promise<void> {
    if (typeof options.streamIdentity !== 'function' || delivery.deliveryCount !== 1 || Date.now() - lastCheck < 1_000) return;
    lastCheck = Date.now();
    try {
      adopt(await identify());
    } catch (error) {
      logger.warn?.('cannot tell the events stream identity', { error });
    }
  }

  async function reload(): Promise<void> {
    const fresh = await store.load();
    if (fresh === undefined) throw new CounterStoreError('the saved counts disappeared from the store');
    current = fresh.counts;
    revision = fresh.revision;
    dirty = false;
    logger.warn?.(`the counts were saved by another writer: reloaded at sequence ${current.sequence}`, { revision });
  }

  // Saves the counts with one more message; returns once saved. While stopping with a failing
  // store it gives up: the message is then left for redelivery (events, unknown events), or kept
  // unsaved in memory for the next save when the bus terminates it regardless (`terminated`:
  // invalid messages, dead letters).
  async function count(delivery: Delivery, as: CountedAs, terminated = as.kind === 'invalid'): Promise<void> {
    let conflict = false;
    for (let attempt = 1; ; attempt++) {
      try {
        if (conflict) await reload();
        conflict = false;
        if (delivery.streamSequence <= current.sequence) await recheckStream(delivery);
        if (delivery.streamSequence <= current.sequence) {
          logger.info?.(`sequence ${delivery.streamSequence} is already in the saved counts: acked without counting it again`);
          return;
        }
        const next = addMessage(current, delivery.streamSequence, as);
        revision = await store.save(next, revision);
        current = next;
        dirty = false;
        return;
      } catch (error) {
        if (error instanceof CounterConflictError) {
          conflict = true;
          continue;
        }
        if (stopping) {
          if (terminated) {
            current = addMessage(current, delivery.streamSequence, as);
            dirty = true;
            logger.error?.(`cannot save the count of ${as.kind} message ${delivery.streamSequence} while stopping; kept for the final save`, { error });
            return;
          }
          throw new CounterStoreError(`cannot save the counts while stopping: message ${delivery.streamSequence} is left for redelivery`, { cause: error });
        }
        const delay = saveRetry[Math.min(attempt, saveRetry.length) - 1]!;
        if (attempt === 1 || attempt % 10 === 0) {
          logger.warn?.(`cannot save the counts (attempt ${attempt}); retrying every ${delay} ms or so`, { error, sequence: delivery.streamSequence });
        }
        await sleep(delay, stopSignal);
      }
    }
  }

  function countedAs(event: { readonly category: number; readonly action: number }): CountedAs {
    const key = keyOf(event);
    return key === undefined ? { kind: 'unknown' } : { kind: 'event', key };
  }

  // One message at a time, whatever the bus does.
  let queue: Promise<void> = Promise.resolve();
  function serially(run: () => Promise<void>): Promise<void> {
    const result = queue.then(run);
    queue = result.catch(() => undefined);
    return result;
  }

  async function metrics(): Promise<string> {
    let pending: number | undefined;
    if (options.pending !== undefined) {
      const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), PENDING_TIMEOUT).unref());
      pending = await Promise.race([options.pending().catch((error: unknown) => void logger.debug?.('cannot tell the consumer lag', { error })), timeout]);
    }
    return renderPrometheus(current, { pending: pending ?? undefined });
  }

  function notReady(): string | undefined {
    if (stopping) return 'stopping';
    if (!subscribed) return 'not subscribed yet';
    return undefined;
  }

  let http: StatsHttpServer | undefined;
  if (listen !== undefined) {
    http = await listenStats(listen, { metrics, notReady }, (error) => logger.error?.('http server error', { error }));
    logger.info?.(`listening on http://${http.address.host.includes(':') ? `[${http.address.host}]` : http.address.host}:${http.address.port}`);
  }

  let subscription: Subscription;
  try {
    subscription = await bus.subscribe(
      {
        // A router that routes an event here has it catalogued; anything else is unknown to us.
        '>': (event, delivery) => serially(() => count(delivery, countedAs(event))),
      },
      {
        durable,
        deliver: { policy: 'all' },
        concurrency: 1,
        ackWait: options.ackWait ?? DEFAULT_STATS_ACK_WAIT,
        // Bounded, so that a message this SDK fails to read reaches onInvalid and counting goes on.
        maxDeliver: STATS_MAX_DELIVER,
        backoff: STATS_BACKOFF,
        onUnknown: (unknown: UnknownEvent, delivery: Delivery) => {
          logger.debug?.(`unknown event at sequence ${delivery.streamSequence}: ${unknown.reason}`);
          // Upstream counts by (category, action) alone: a catalogued pair in another form (a
          // newer Mayastor's details, say) still counts as that event, so the reporter agrees.
          const as: CountedAs = unknown.key !== undefined ? { kind: 'event', key: unknown.key } : { kind: 'unknown' };
          return serially(() => count(delivery, as));
        },
        onInvalid: (error: DecodeError, delivery: Delivery) =>
          serially(async () => {
            if (delivery.streamSequence > current.sequence) {
              logger.warn?.(`invalid message at sequence ${delivery.streamSequence} on ${delivery.subject}: ${error.reason}`, { path: error.path });
            }
            await count(delivery, { kind: 'invalid' });
          }),
        // An event given up on (its count could not be saved on `maxDeliver` deliveries, each
        // ending in a stop while the store was down) is still counted: a message not saved is a
        // message not counted. Upstream counts by (category, action), as the handlers above do.
        onDeadLetter: (letter: DeadLetter) =>
          serially(async () => {
            logger.warn?.(`message ${letter.streamSequence} failed ${letter.deliveries} deliveries (${letter.reason}); counted now`);
            const delivery: Delivery = { subject: letter.subject, streamSequence: letter.streamSequence, deliveryCount: letter.deliveries, raw: letter.raw };
            await count(delivery, countedAs(letter.event), true);
          }),
      },
    );
  } catch (error) {
    await http?.close();
    throw error;
  }
  subscribed = true;
  logger.info?.(`consuming ${subscription.filter} as durable consumer ${subscription.name}`);

  let stopped: Promise<void> | undefined;
  return {
    get address() {
      return http?.address;
    },
    get ready() {
      return notReady() === undefined;
    },
    counts: () => current,
    metrics,
    stop() {
      stopped ??= (async () => {
        stopping = true;
        signalStop();
        logger.info?.('stopping');
        await http?.close();
        await subscription.stop();
        await queue;
        if (dirty) {
          try {
            revision = await store.save(current, revision);
            dirty = false;
          } catch (error) {
            logger.error?.(`cannot save the counts at sequence ${current.sequence} on stopping`, { error });
          }
        }
        logger.info?.(`stopped with counts at sequence ${current.sequence}`, { events: total(current), unknown: current.unknown, invalid: current.invalid });
      })();
      return stopped;
    },
  };
}

function total(counts: CounterSnapshot): number {
  return Object.values(counts.events).reduce((sum, value) => sum + value, 0);
}
