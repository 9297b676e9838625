// The call-home stats service: a durable consumer of every event that counts each message once,
// exactly, across crashes. This file wires the parts: the bus and the store (given, or opened and
// then owned: `open.ts`), the counts and their saving (`tally.ts`), the consumer (`consumer.ts`),
// the connection's ups and downs (`link.ts`), the stall check (`stall.ts`) and HTTP (`http.ts`).
import { AbortedError, BusOptionsError, type Subscription } from 'mayastor-events';
import { asyncDispose, whenAborted } from '../internal/abort.js';
import type { CounterSnapshot } from './counters.js';
import { subscribeCounting } from './consumer.js';
import { listenStats, type ListenAddress, type StatsHttpServer } from './http.js';
import { NatsLink, type WatchedConnection } from './link.js';
import type { StatsLogger } from './logger.js';
import { StartBackOff, counterStorePlace, natsSources, openMissingParts, type OwnedParts } from './open.js';
import { resolveStatsOptions, type StatsServiceOptions } from './options.js';
import { renderPrometheus } from './prometheus.js';
import { StallWatch } from './stall.js';
import { Tally, totalEvents } from './tally.js';

/** How long `GET /metrics` waits for the consumer's lag before leaving it out (ms). */
export const PENDING_TIMEOUT = 1_000;

/** A running stats service; `await using` stops it at the end of the block. */
export interface StatsService extends AsyncDisposable {
  /** Where the HTTP endpoints listen (the real port when 0 was asked); undefined without HTTP. */
  readonly address: ListenAddress | undefined;
  /** True once the counts are loaded and the consumer subscribed, while NATS is connected and counting is not stalled, until `stop()`. */
  readonly ready: boolean;
  /** Why `/readyz` answers 503 now (NATS disconnected, consumer stalled, stopping, counting stopped), or undefined when ready. */
  readonly notReady: string | undefined;
  /**
   * Resolves once the service has stopped: with undefined after `stop()` (or the `signal`), with
   * the error that stopped it otherwise. That is a `StatsOptionsError` (option `durable`) when the
   * saved counts were found to be another durable consumer's while it ran (the key deleted, and a
   * service under another name took it since): it stops as it would have refused to start, the
   * message in hand not acked.
   */
  closed(): Promise<Error | undefined>;
  /** The counts so far. */
  counts(): CounterSnapshot;
  /** What `GET /metrics` and `GET /stats` serve. */
  metrics(): Promise<string>;
  /**
   * Stops HTTP and the consumer (the message in hand is finished and acked), saves what is
   * unsaved, then closes the bus and the store the service opened itself (never those it was
   * given). Safe to call more than once; the options' `signal` calls it too.
   */
  stop(): Promise<void>;
  /** `stop()`, for `await using`. */
  [Symbol.asyncDispose](): Promise<void>;
}

/** The parts of a started service, stopped in the reverse order of their start. */
interface Parts {
  readonly tally: Tally;
  readonly link: NatsLink;
  readonly stall: StallWatch;
  readonly http: StatsHttpServer | undefined;
  readonly subscription: Subscription;
  readonly owned: OwnedParts;
  readonly pending: (() => Promise<number | undefined>) | undefined;
  readonly logger: StatsLogger;
}

/** The running service: readiness, the metrics text and the stop, over the parts. */
class RunningStatsService implements StatsService {
  readonly #parts: Parts;
  #stopListening: () => void = () => undefined;
  #stopping = false;
  #stopped: Promise<void> | undefined;
  #failure: Error | undefined;
  #markClosed!: (failure: Error | undefined) => void;
  readonly #closed = new Promise<Error | undefined>((resolve) => (this.#markClosed = resolve));

  constructor(parts: Parts) {
    this.#parts = parts;
    whenAborted(parts.tally.refused, () => this.#fail(parts.tally.refused.reason as Error));
  }

  /** Stops on `signal` from now on (a signal aborted already: at once). */
  stopOn(signal: AbortSignal | undefined): void {
    this.#stopListening = whenAborted(signal, () => void this.stop());
  }

  get address(): ListenAddress | undefined {
    return this.#parts.http?.address;
  }

  get ready(): boolean {
    return this.notReady === undefined;
  }

  get notReady(): string | undefined {
    if (this.#failure !== undefined) return `counting stopped: ${this.#failure.message}`;
    if (this.#stopping) return 'stopping';
    return this.#parts.link.reason ?? this.#parts.stall.reason;
  }

  counts(): CounterSnapshot {
    return this.#parts.tally.counts;
  }

  async metrics(): Promise<string> {
    const { pending, logger } = this.#parts;
    let lag: number | undefined;
    if (pending !== undefined) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), PENDING_TIMEOUT)));
      lag = await Promise.race([pending().catch((error: unknown) => void logger.debug?.('cannot tell the consumer lag', { error })), timeout]);
      clearTimeout(timer);
    }
    return renderPrometheus(this.#parts.tally.counts, { pending: lag ?? undefined });
  }

  stop(): Promise<void> {
    this.#stopped ??= this.#stop().finally(() => this.#markClosed(this.#failure));
    return this.#stopped;
  }

  closed(): Promise<Error | undefined> {
    return this.#closed;
  }

  // Counting cannot go on: the service stops (unless stopping already), and `closed()` tells why.
  #fail(error: Error): void {
    this.#failure ??= error;
    this.#parts.logger.error?.('counting stopped: the service stops', { error });
    void this.stop();
  }

  [asyncDispose](): Promise<void> {
    return this.stop();
  }

  async #stop(): Promise<void> {
    const { tally, link, stall, http, subscription, owned, logger } = this.#parts;
    this.#stopping = true;
    this.#stopListening();
    tally.stopping();
    logger.info?.('stopping');
    stall.stop();
    await http?.close();
    await subscription.stop();
    await tally.finish();
    link.close();
    await closeOwned(owned, logger);
    const counts = tally.counts;
    logger.info?.(`stopped with counts at sequence ${counts.sequence}`, { events: totalEvents(counts), unknown: counts.unknown, invalid: counts.invalid });
  }
}

/** Closes the bus, then the store, that the service opened itself. */
async function closeOwned(owned: OwnedParts, logger: StatsLogger): Promise<void> {
  for (const part of [owned.bus, owned.store]) {
    try {
      await part?.close();
    } catch (error) {
      logger.warn?.('cannot close a connection the service opened', { error });
    }
  }
}

/**
 * The bus's refusal of the durable consumer (a push consumer under that name, as upstream's
 * call-home stats makes, or one with another filter), with the stats service's own way out: its
 * option for another durable name. Other errors are returned as they are.
 */
function withDurableHint(error: unknown): unknown {
  if (!(error instanceof BusOptionsError) || error.option !== 'durable') return error;
  return new BusOptionsError(
    'durable',
    `${error.reason}; to run the stats service beside it, start it with another durable name: ` +
      '`mayastor-events stats --durable NAME` (or STATS_DURABLE=NAME; the `durable` option of startStatsService)',
    { cause: error },
  );
}

function connectionOf(part: unknown): WatchedConnection | undefined {
  const connection = (part as { connection?: Partial<WatchedConnection> } | undefined)?.connection;
  return typeof connection?.status === 'function' ? (connection as WatchedConnection) : undefined;
}

/**
 * Starts the stats service: listens for HTTP (`/healthz` 200 and `/readyz` 503 with the reason
 * from then on), opens the bus and the store it was not given (waiting for NATS), loads the
 * counts, subscribes the durable consumer. Everything it opened, it
 * closes on `stop()`, on the `signal`, or at the end of an `await using` block.
 *
 * @example
 * await using stats = await startStatsService({ servers: 'nats://mayastor-nats:4222', listen: '127.0.0.1:9090' });
 */
export async function startStatsService(options: StatsServiceOptions): Promise<StatsService> {
  const resolved = resolveStatsOptions(options);
  const { logger } = resolved;
  const signal = options.signal;
  const aborted = (): AbortedError => new AbortedError('startStatsService', { cause: signal?.reason });
  if (signal?.aborted) throw aborted();
  const owned: OwnedParts = { bus: undefined, store: undefined };
  const link = new NatsLink(logger, resolved.summaryInterval);
  let http: StatsHttpServer | undefined;
  let service: RunningStatsService | undefined;
  let tally: Tally | undefined;
  // Why /readyz says 503 until the service runs: HTTP comes first, so that /healthz answers while
  // the service waits for NATS (a liveness probe must not restart a pod that waits as it should).
  let starting = 'starting';
  const listen = async (address: ListenAddress): Promise<void> => {
    const endpoints = {
      // No counts before they are loaded: /metrics says 503 rather than zeros.
      metrics: () => service?.metrics() ?? Promise.resolve(tally === undefined ? undefined : renderPrometheus(tally.counts)),
      notReady: () => (service === undefined ? starting : service.notReady),
    };
    http = await listenStats(address, endpoints, (error) => logger.error?.('http server error', { error }));
    logger.info?.(`listening on http://${http.address.host.includes(':') ? `[${http.address.host}]` : http.address.host}:${http.address.port}`);
  };
  try {
    // A service that would exit when NATS is unreachable has nothing to say before it connects.
    if (resolved.listen !== undefined && resolved.waitForNats) await listen(resolved.listen);
    const { bus, store } = await openMissingParts(options, resolved, owned, aborted, (why) => (starting = why));
    if (resolved.listen !== undefined && !resolved.waitForNats) await listen(resolved.listen);
    starting = 'starting: loading the counts';
    const sources = natsSources(bus, store, resolved.durable);
    const place = counterStorePlace(store);
    // A store that fails while the durable consumer is recorded (a JetStream leader election) is
    // waited for as NATS is, and the signal ends the wait.
    const start = { signal: signal ?? new AbortController().signal, aborted, waiting: (why: string) => (starting = why) };
    const backOff = new StartBackOff(`${place} to take the counts`, resolved, start);
    tally = await Tally.load(store, {
      logger,
      saveRetry: resolved.saveRetry,
      streamIdentity: options.streamIdentity ?? sources.identity,
      durable: resolved.durable,
      place,
      waitForStore: (error, tries) => backOff.after(error, tries),
    });
    if (signal?.aborted) throw aborted();
    starting = 'starting: subscribing the consumer';
    const pending = options.pending ?? sources.pending;
    const stall = new StallWatch(pending, resolved.stallTimeout, logger, `consumer ${resolved.durable}`);
    for (const connection of new Set([connectionOf(bus), connectionOf(store)])) if (connection !== undefined) link.watch(connection);
    let subscription: Subscription;
    try {
      subscription = await subscribeCounting(bus, tally, { durable: resolved.durable, ackWait: resolved.ackWait, logger, handled: () => stall.progressed() });
    } catch (error) {
      throw withDurableHint(error);
    }
    logger.info?.(`consuming ${subscription.filter} as durable consumer ${subscription.name}`);
    service = new RunningStatsService({ tally, link, stall, http, subscription, owned, pending, logger });
    stall.start();
  } catch (error) {
    link.close();
    await http?.close();
    await closeOwned(owned, logger);
    throw error;
  }
  // Aborted while the consumer was being subscribed: stopped, and the start rejects as aborted.
  if (signal?.aborted) {
    await service.stop();
    throw aborted();
  }
  service.stopOn(signal);
  return service;
}
