// The options of the stats service, their defaults, and their resolution into one checked
// object, once, before anything is opened.
import type { EventBus, NatsConnectionSettings, StreamOptions } from 'mayastor-events';
import { isAbortSignal } from '../internal/abort.js';
import { delaysOption, positiveIntegerOption } from '../internal/checks.js';
import { durableNameProblem } from '../internal/jetstream-names.js';
import { guardLogger } from '../internal/logger.js';
import { StatsOptionsError } from './errors.js';
import { DEFAULT_STATS_LISTEN, parseListen, type ListenAddress } from './http.js';
import { createLineLogger, type StatsLogger } from './logger.js';
import type { CounterStore } from './store.js';

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
/** Delays (ms) between attempts to reach NATS at start, by default; the last repeats. */
export const DEFAULT_CONNECT_RETRY: readonly number[] = Object.freeze([500, 1_000, 2_000, 5_000, 10_000]);
/** How long (ms) the consumer may have pending messages and count none before `/readyz` says it is stalled, by default. */
export const DEFAULT_STALL_TIMEOUT = 60_000;
/** How often (ms) one summary line is logged while NATS stays away (at start or in an outage), by default. */
export const DEFAULT_SUMMARY_INTERVAL = 60_000;

/** Options of `startStatsService`: the parts it uses, or the connection settings to open them with. */
export interface StatsServiceOptions extends NatsConnectionSettings {
  /**
   * The event bus to consume (the NATS bus, or the in-memory bus in tests); the caller closes it.
   * Without one, the service connects a NATS bus with the connection settings (`servers`, …),
   * waiting for NATS as `waitForNats` says, and closes it on `stop()`.
   * @default undefined (the service connects its own)
   */
  bus?: EventBus;
  /**
   * Where the counts are kept between runs (`openNatsCounterStore`, `createMemoryCounterStore`);
   * the caller closes it. Without one, the service opens `openNatsCounterStore` with the
   * connection settings, `bucket` and `replicas`, and closes it on `stop()`.
   * @default undefined (the service opens its own)
   */
  store?: CounterStore;
  /**
   * How the events stream is created when missing, for the bus the service connects itself.
   * @default the bus's defaults ({ name: 'events-stream', storage: 'memory', replicas: 1 })
   */
  stream?: StreamOptions;
  /**
   * The key-value bucket of the counts, for the store the service opens itself. Its counts belong
   * to one durable consumer: a second service under another `durable` needs a bucket of its own.
   * @default DEFAULT_STATS_BUCKET ('mayastor-events-stats')
   */
  bucket?: string;
  /**
   * Replicas (1, 3 or 5) of that bucket when it is created.
   * @default 1
   */
  replicas?: number;
  /**
   * `host:port` of the HTTP endpoints (`/metrics`, `/stats`, `/healthz`, `/readyz`): every
   * interface and no authentication by default, as upstream; `127.0.0.1:9090` keeps it on the
   * host. Port 0 picks a free one; `false`: no HTTP.
   * @default DEFAULT_STATS_LISTEN ('0.0.0.0:9090')
   */
  listen?: string | false;
  /**
   * The durable consumer's name, saved with the counts: the start rejects with a
   * `StatsOptionsError` (option `durable`) when the store holds the counts of another durable
   * consumer, since two services would both count every message into them. Counts that name none
   * (saved by an earlier version) are taken.
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
   * @default the store's `streamIdentity` for the bus's stream, when the store is a NATS store and the bus a NATS bus; else undefined (not checked)
   * @example () => store.streamIdentity('events-stream')
   */
  streamIdentity?: string | (() => Promise<string | undefined>);
  /**
   * Tells the consumer's lag (messages not counted yet), for the `mayastor_events_consumer_pending`
   * gauge and for telling a stalled consumer from an idle one.
   * @default the store's `consumerPending` for the bus's stream and `durable`, when the store is a NATS store and the bus a NATS bus; else undefined (no gauge, no stall check)
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
  /**
   * When the service connects the bus or the store itself and NATS cannot be reached, or when the
   * store (given or its own) cannot be written at start, as the durable consumer is recorded in the
   * counts (a JetStream leader election): `true` waits for it, trying again after each of
   * `connectRetry`'s delays, until the `signal` aborts; `false` rejects at once with the error.
   * @default true
   */
  waitForNats?: boolean;
  /**
   * Delays (ms) between attempts to reach NATS, or to write the counts, at start; the last repeats.
   * @default DEFAULT_CONNECT_RETRY ([500, 1000, 2000, 5000, 10000])
   */
  connectRetry?: readonly number[];
  /**
   * How long (ms) the consumer may have pending messages and count none before `/readyz` answers
   * 503 (and the log says so once). Needs `pending`: without it a stall cannot be told from an idle stream.
   * @default DEFAULT_STALL_TIMEOUT (60000)
   */
  stallTimeout?: number;
  /**
   * How often (ms) one summary line is logged while NATS stays away, at start or in an outage;
   * the changes themselves (disconnected, reconnected) are logged once each.
   * @default DEFAULT_SUMMARY_INTERVAL (60000)
   */
  summaryInterval?: number;
  /**
   * Stops the service when aborted: while starting (waiting for NATS, say), the start rejects
   * with an `AbortedError` whose `cause` is the signal's reason, and closes what it opened; once
   * running, as `stop()`.
   * @default undefined
   */
  signal?: AbortSignal;
}

/** The options after checking, with every default applied. */
export interface ResolvedStatsOptions {
  readonly listen: ListenAddress | undefined;
  readonly durable: string;
  readonly ackWait: number | undefined;
  readonly saveRetry: readonly number[];
  readonly connectRetry: readonly number[];
  readonly waitForNats: boolean;
  readonly stallTimeout: number;
  readonly summaryInterval: number;
  readonly logger: StatsLogger;
}

const optionError = (option: string, message: string) => new StatsOptionsError(option, message);

// Checked before the counts are loaded: loading records the durable consumer in them, and a
// name the bus then refuses would leave counts claimed by a consumer that can never exist.
function durableOption(durable: unknown): string {
  if (durable === undefined) return DEFAULT_STATS_CONSUMER;
  const problem = durableNameProblem(durable);
  if (problem !== undefined) throw new StatsOptionsError('durable', problem);
  return durable as string;
}

/** Checks the options and applies the defaults; throws a `StatsOptionsError` naming the first bad one. */
export function resolveStatsOptions(options: StatsServiceOptions): ResolvedStatsOptions {
  if (typeof options !== 'object' || options === null) throw new StatsOptionsError('options', 'expected an object');
  const { bus, store } = options;
  if (bus !== undefined && typeof bus?.subscribe !== 'function') throw new StatsOptionsError('bus', 'expected an EventBus');
  if (store !== undefined && (typeof store?.load !== 'function' || typeof store.save !== 'function')) throw new StatsOptionsError('store', 'expected a CounterStore');
  if (options.waitForNats !== undefined && typeof options.waitForNats !== 'boolean') throw new StatsOptionsError('waitForNats', 'expected true or false');
  if (options.signal !== undefined && !isAbortSignal(options.signal)) throw new StatsOptionsError('signal', 'expected an AbortSignal');
  return {
    listen: options.listen === false ? undefined : parseListen(options.listen ?? DEFAULT_STATS_LISTEN),
    durable: durableOption(options.durable),
    ackWait: options.ackWait ?? DEFAULT_STATS_ACK_WAIT,
    saveRetry: delaysOption('saveRetry', options.saveRetry, DEFAULT_SAVE_RETRY, optionError),
    connectRetry: delaysOption('connectRetry', options.connectRetry, DEFAULT_CONNECT_RETRY, optionError),
    waitForNats: options.waitForNats ?? true,
    stallTimeout: positiveIntegerOption('stallTimeout', options.stallTimeout, DEFAULT_STALL_TIMEOUT, optionError),
    summaryInterval: positiveIntegerOption('summaryInterval', options.summaryInterval, DEFAULT_SUMMARY_INTERVAL, optionError),
    // Guarded: a logger that throws must never break counting.
    logger: guardLogger(options.logger ?? createLineLogger()),
  };
}
