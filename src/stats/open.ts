// Opening what the service was not given: the NATS bus and the counter store, waiting for NATS
// with back-off when it cannot be reached yet (a pod that starts before its NATS server): one line
// when it starts waiting, one summary per interval, one when NATS answers.
import { BusConnectionError, connectEventBus, type BusLogger, type EventBus, type NatsEventBus } from 'mayastor-events';
import { CounterStoreError } from './errors.js';
import { describeDuration } from './link.js';
import type { StatsLogger } from './logger.js';
import { openNatsCounterStore, type NatsCounterStore } from './nats-store.js';
import type { ResolvedStatsOptions, StatsServiceOptions } from './options.js';
import type { CounterStore } from './store.js';
import { sleep } from './tally.js';

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

/**
 * Runs `attempt` until it succeeds, waiting `resolved.connectRetry` between tries while NATS is
 * unreachable; rethrows anything else, and the first failure too when `waitForNats` is false.
 * Rejects with the signal's reason when aborted.
 */
async function untilReachable<T>(what: string, where: string, attempt: () => Promise<T>, resolved: ResolvedStatsOptions, signal: AbortSignal): Promise<T> {
  const { logger, connectRetry, summaryInterval } = resolved;
  const started = performance.now();
  let lastSummary = started;
  for (let tries = 1; ; tries++) {
    signal.throwIfAborted();
    try {
      const result = await attempt();
      if (tries > 1) logger.info?.(`NATS at ${where} answered after ${describeDuration(performance.now() - started)} (${tries} attempts): ${what} open`);
      return result;
    } catch (error) {
      if (!resolved.waitForNats || !isUnreachable(error)) throw error;
      const delay = connectRetry[Math.min(tries, connectRetry.length) - 1]!;
      if (tries === 1) {
        logger.warn?.(`waiting for NATS at ${where} (${(error as Error).message}); trying again with back-off, a summary every ${describeDuration(summaryInterval)}`);
      } else if (performance.now() - lastSummary >= summaryInterval) {
        lastSummary = performance.now();
        logger.warn?.(`still waiting for NATS at ${where} after ${describeDuration(lastSummary - started)} (${tries} attempts): ${(error as Error).message}`);
      }
      await sleep(delay, signal);
    }
  }
}

/** Connects the bus and opens the store the caller did not give, into `owned` as they open (so that a failure can close what opened). */
export async function openMissingParts(options: StatsServiceOptions, resolved: ResolvedStatsOptions, owned: OwnedParts, signal: AbortSignal): Promise<{ bus: EventBus; store: CounterStore }> {
  const where = String(options.servers ?? 'nats://127.0.0.1:4222');
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
  const bus =
    givenBus ?? (owned.bus = await untilReachable('bus', where, () => connectEventBus({ ...settings, stream, logger: quietConnectionLines(resolved.logger) }), resolved, signal));
  signal.throwIfAborted();
  const store = givenStore ?? (owned.store = await untilReachable('counter store', where, () => openNatsCounterStore({ ...settings, bucket, replicas }), resolved, signal));
  signal.throwIfAborted();
  if (owned.store !== undefined) resolved.logger.info?.(`connected to NATS at ${where}; counts in bucket ${(owned.store as NatsCounterStore).bucket}`);
  return { bus, store };
}

/** The store's `streamIdentity` and `consumerPending` for the bus's stream, when the store is a NATS store and the bus a NATS bus. */
export function natsSources(bus: EventBus, store: CounterStore, durable: string): { identity?: () => Promise<string | undefined>; pending?: () => Promise<number | undefined> } {
  const stream = (bus as Partial<NatsEventBus>).stream;
  const nats = store as Partial<NatsCounterStore>;
  if (typeof stream !== 'string' || typeof nats.streamIdentity !== 'function' || typeof nats.consumerPending !== 'function') return {};
  return { identity: () => nats.streamIdentity!(stream), pending: () => nats.consumerPending!(stream, durable) };
}
