// Opening what the service was not given: the NATS bus and the counter store, waiting for NATS
// with back-off when it cannot be reached yet (a pod that starts before its NATS server): one line
// when it starts waiting, one summary per interval, one when NATS answers.
import { BusConnectionError, connectEventBus, type BusLogger, type EventBus, type NatsEventBus } from 'mayastor-events';
import { sleepUnlessAborted as sleep, untilAborted, whenAborted } from '../internal/abort.js';
import { serversText } from '../internal/servers.js';
import { CounterStoreError } from './errors.js';
import { describeDuration } from './link.js';
import type { StatsLogger } from './logger.js';
import { openNatsCounterStore, type NatsCounterStore } from './nats-store.js';
import type { ResolvedStatsOptions, StatsServiceOptions } from './options.js';
import type { CounterStore } from './store.js';

// nats.js error codes that retrying cannot mend: the server answered and refused us.
const REFUSED_FOR_GOOD = new Set(['AUTHORIZATION_VIOLATION', 'AUTHENTICATION_EXPIRED', 'AUTHENTICATION_TIMEOUT', 'ACCOUNT_EXPIRED']);

/** Whether `error` says NATS cannot be reached (yet), rather than that it refused us or the options are wrong. */
export function isUnreachable(error: unknown): boolean {
  if (!(error instanceof BusConnectionError || error instanceof CounterStoreError)) return false;
  const code = (error.cause as { code?: unknown } | undefined)?.code;
  return !(typeof code === 'string' && REFUSED_FOR_GOOD.has(code));
}

/** What the service opened itself, and closes on stop. */
export interface OwnedParts {
  bus: EventBus | undefined;
  store: CounterStore | undefined;
}

/** The bus's logger for a bus the service connects: the service reports the connection's ups and downs itself, once each. */
function quietConnectionLines(logger: StatsLogger): BusLogger {
  const skip = (message: string) => message.startsWith('nats connection: ');
  return {
    debug: (message, details) => logger.debug?.(message, details),
    info: (message, details) => (skip(message) ? logger.debug?.(message, details) : logger.info?.(message, details)),
    warn: (message, details) => (skip(message) ? logger.debug?.(message, details) : logger.warn?.(message, details)),
    error: (message, details) => logger.error?.(message, details),
  };
}

/** The start's cancellation: a signal that aborts only while the service starts, and the error to reject with. */
export interface StartSignal {
  readonly signal: AbortSignal;
  readonly aborted: () => Error;
  /** Told why NATS cannot be used yet, at each failed attempt (for `/readyz` while it waits). */
  readonly waiting?: (why: string) => void;
}

/**
 * The wait between failed attempts at something the start needs of NATS (`waitingFor`: `NATS at
 * …`, the bucket of the counts): one line at the first failure, a summary per interval, the reason
 * for `/readyz` at each, `resolved.connectRetry`'s delays. Rejects with `start.aborted()` once the
 * start is aborted (also during a delay), and with the error itself when `waitForNats` is false.
 */
export class StartBackOff {
  readonly #waitingFor: string;
  readonly #resolved: ResolvedStatsOptions;
  readonly #start: StartSignal;
  readonly #started = performance.now();
  #lastSummary = this.#started;

  constructor(waitingFor: string, resolved: ResolvedStatsOptions, start: StartSignal) {
    this.#waitingFor = waitingFor;
    this.#resolved = resolved;
    this.#start = start;
  }

  /** How long since the first attempt, in words. */
  get waited(): string {
    return describeDuration(performance.now() - this.#started);
  }

  /** After failed attempt number `tries`: resolves when it is time for the next one. */
  async after(error: unknown, tries: number): Promise<void> {
    const { logger, connectRetry, summaryInterval, waitForNats } = this.#resolved;
    const start = this.#start;
    if (start.signal.aborted) throw start.aborted();
    if (!waitForNats) throw error;
    const reason = (error as Error).message;
    const delay = connectRetry[Math.min(tries, connectRetry.length) - 1]!;
    start.waiting?.(`waiting for ${this.#waitingFor} for ${this.waited} (${tries} attempts): ${reason}`);
    if (tries === 1) {
      logger.warn?.(`waiting for ${this.#waitingFor} (${reason}); trying again with back-off, a summary every ${describeDuration(summaryInterval)}`);
    } else if (performance.now() - this.#lastSummary >= summaryInterval) {
      this.#lastSummary = performance.now();
      logger.warn?.(`still waiting for ${this.#waitingFor} after ${this.waited} (${tries} attempts): ${reason}`);
    }
    await sleep(delay, start.signal);
    if (start.signal.aborted) throw start.aborted();
  }
}

/**
 * Runs `attempt` until it succeeds, waiting `resolved.connectRetry` between tries while NATS is
 * unreachable; rethrows anything else, and the first failure too when `waitForNats` is false.
 * Rejects with `start.aborted()` once the start is aborted.
 */
async function untilReachable<T>(what: string, where: string, attempt: (signal: AbortSignal) => Promise<T>, resolved: ResolvedStatsOptions, start: StartSignal): Promise<T> {
  const backOff = new StartBackOff(`NATS at ${where}`, resolved, start);
  for (let tries = 1; ; tries++) {
    if (start.signal.aborted) throw start.aborted();
    try {
      const result = await attempt(start.signal);
      if (tries > 1) resolved.logger.info?.(`NATS at ${where} answered after ${backOff.waited} (${tries} attempts): ${what} open`);
      return result;
    } catch (error) {
      if (start.signal.aborted) throw start.aborted();
      if (!isUnreachable(error)) throw error;
      await backOff.after(error, tries);
    }
  }
}

/**
 * Connects the bus and opens the store the caller did not give, into `owned` as they open (so
 * that a failure can close what opened). The options' `signal` ends the waiting and a connect in
 * progress; the bus gets a signal of its own that never aborts once it is up, since the service's
 * stop, not the signal, closes it (after the message in hand is saved).
 */
export async function openMissingParts(
  options: StatsServiceOptions,
  resolved: ResolvedStatsOptions,
  owned: OwnedParts,
  aborted: () => Error,
  waiting?: (why: string) => void,
): Promise<{ bus: EventBus; store: CounterStore }> {
  const starting = new AbortController();
  const stopWatching = whenAborted(options.signal, () => starting.abort(options.signal?.reason));
  const start: StartSignal = { signal: starting.signal, aborted, ...(waiting === undefined ? {} : { waiting }) };
  try {
    const where = serversText(options.servers, 'nats://127.0.0.1:4222'); // logged, and answered by /readyz: never a password
    const { bus: givenBus, store: givenStore, stream, bucket, replicas } = options;
    const settings = {
      servers: options.servers,
      user: options.user,
      pass: options.pass,
      token: options.token,
      credentialsFile: options.credentialsFile,
      nkeySeed: options.nkeySeed,
      tls: options.tls,
      connection: options.connection,
    };
    const logger = quietConnectionLines(resolved.logger);
    const bus = givenBus ?? (owned.bus = await untilReachable('bus', where, (signal) => connectEventBus({ ...settings, stream, logger, signal }), resolved, start));
    const store =
      givenStore ??
      (owned.store = await untilReachable(
        'counter store',
        where,
        // The store's connect takes no signal: an abort leaves it behind, and closes it once it is made.
        (signal) => untilAborted(openNatsCounterStore({ ...settings, bucket, replicas }), signal, aborted, (late) => void late.close().catch(() => undefined)),
        resolved,
        start,
      ));
    if (starting.signal.aborted) throw aborted();
    if (owned.store !== undefined) resolved.logger.info?.(`connected to NATS at ${where}; counts in bucket ${(owned.store as NatsCounterStore).bucket}`);
    return { bus, store };
  } finally {
    stopWatching();
  }
}

/** The store's `streamIdentity` and `consumerPending` for the bus's stream, when the store is a NATS store and the bus a NATS bus. */
export function natsSources(bus: EventBus, store: CounterStore, durable: string): { identity?: () => Promise<string | undefined>; pending?: () => Promise<number | undefined> } {
  const stream = (bus as Partial<NatsEventBus>).stream;
  const nats = store as Partial<NatsCounterStore>;
  if (typeof stream !== 'string' || typeof nats.streamIdentity !== 'function' || typeof nats.consumerPending !== 'function') return {};
  return { identity: () => nats.streamIdentity!(stream), pending: () => nats.consumerPending!(stream, durable) };
}

/** Where `store` keeps the counts, in words: `bucket B (key K)` for a NATS store. */
export function counterStorePlace(store: CounterStore): string {
  const { bucket, key } = store as Partial<NatsCounterStore>;
  return typeof bucket === 'string' && typeof key === 'string' ? `bucket ${bucket} (key ${key})` : 'the counter store';
}
