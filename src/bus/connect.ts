// connectEventBus and its options: the NATS bus as the root entry exports it, without loading
// nats.js. The implementation (nats.ts, which imports 'nats') is loaded by the first call, so that
// `import { decode } from 'mayastor-events'` loads no module of nats, nkeys.js or tweetnacl: the
// codec stays cheap to import and bundles for browsers.
import type { NatsConnection } from 'nats';
import type { TelemetryOptions } from '../telemetry/options.js';
import type { NatsConnectionSettings } from './connection.js';
import type { BusLogger, EventBus } from './types.js';

/** The stream the Mayastor services publish to. */
export const DEFAULT_STREAM_NAME = 'events-stream';
/** The stream's byte limit upstream: 3 MiB. */
export const DEFAULT_STREAM_MAX_BYTES = 3 * 1024 * 1024;
/** Stream replicas by default: 1, for a single server (upstream runs 3). */
export const DEFAULT_STREAM_REPLICAS = 1;
/** Events waiting for the server in process, by default: 500, as upstream. */
export const DEFAULT_MAX_QUEUE = 500;
/** Publishes waiting for their ack at once, by default. */
export const DEFAULT_MAX_IN_FLIGHT = 64;
/** How long one publish attempt waits for the server's ack (ms), by default. */
export const DEFAULT_ACK_TIMEOUT = 5_000;
/** Publish attempts of one event, by default: 10, as upstream. */
export const DEFAULT_MAX_ATTEMPTS = 10;
/** Delays (ms) between publish attempts by default, as upstream: 5 s four times, then 2 s more each time up to 10 s. */
export const DEFAULT_RETRY_BACKOFF: readonly number[] = /* @__PURE__ */ Object.freeze([5_000, 5_000, 5_000, 5_000, 7_000, 9_000, 10_000]);
/** The server's default `duplicate_window` (ms): 2 minutes. */
export const SERVER_DEFAULT_DUPLICATE_WINDOW = 120_000;

/** How the events stream is created when it does not exist (an existing one is used as it is). */
export interface StreamOptions {
  /**
   * The stream's name.
   * @default DEFAULT_STREAM_NAME ('events-stream')
   */
  name?: string;
  /**
   * Where the server keeps the events: `memory` as upstream, or `file` to survive a restart.
   * @default 'memory'
   */
  storage?: 'memory' | 'file';
  /**
   * Replicas of the stream in a cluster (upstream: 3).
   * @default DEFAULT_STREAM_REPLICAS (1)
   */
  replicas?: number;
  /**
   * The stream's size limit in bytes; the oldest events are discarded beyond it.
   * @default DEFAULT_STREAM_MAX_BYTES (3 MiB)
   */
  maxBytes?: number;
}

/** Options of `connectEventBus`: one object; the connection settings are passed to nats.js. */
export interface EventBusOptions extends NatsConnectionSettings {
  /**
   * How the events stream is created when it is missing.
   * @default { name: 'events-stream', storage: 'memory', replicas: 1, maxBytes: 3 MiB }
   */
  stream?: StreamOptions;
  /**
   * Events accepted by `publish` and not yet acked by the server. When it is reached, `publish`
   * rejects the new event with a `QueueFullError` (it is never silently dropped, and queued
   * events are kept): the caller decides to wait, retry or drop.
   * @default DEFAULT_MAX_QUEUE (500)
   */
  maxQueue?: number;
  /**
   * Publishes waiting for their ack at the same time (the rest of the queue waits).
   * @default DEFAULT_MAX_IN_FLIGHT (64)
   */
  maxInFlight?: number;
  /**
   * How long one publish attempt waits for the ack (ms).
   * @default DEFAULT_ACK_TIMEOUT (5000)
   */
  ackTimeout?: number;
  /**
   * Attempts per event on timeouts, missing responders and disconnects (same `Nats-Msg-Id`, so
   * a retried event is stored once); then the publish rejects with a `PublishError`.
   *
   * A retry is stored once only while it falls within the stream's `duplicate_window`. The span
   * of one event's retries is `maxAttempts × ackTimeout + the sum of the delays` (see
   * `publishRetrySpan`; about 116 s by default). A stream the bus creates gets a
   * `duplicate_window` of at least that span (never below the server's 2 minutes); for an
   * existing stream (whose config the bus never changes) a warning is logged when its window is
   * shorter than the span.
   * @default DEFAULT_MAX_ATTEMPTS (10)
   */
  maxAttempts?: number;
  /**
   * Delays (ms) between attempts; the n-th retry waits `retryBackoff[n - 1]`, the last repeats.
   * @default DEFAULT_RETRY_BACKOFF (upstream's: 5 s ×4, then 7, 9, 10 s)
   */
  retryBackoff?: readonly number[];
  /**
   * Receives connection status changes (disconnect, reconnect, errors), failing hooks and dead letters.
   * @default undefined
   */
  logger?: BusLogger;
  /**
   * Cancels the connection: aborted while connecting, `connectEventBus` rejects with an
   * `AbortedError` (name `'AbortError'`) and leaves no connection open; aborted later, it closes
   * the bus (as `close()` does).
   * @default undefined
   */
  signal?: AbortSignal;
  /**
   * OpenTelemetry traces and metrics (needs the optional peer dependency `@opentelemetry/api`).
   * @default the globally registered providers and propagator; nothing when the API is not installed
   */
  telemetry?: TelemetryOptions;
}

/** The NATS event bus: an `EventBus` plus its connection and stream. */
export interface NatsEventBus extends EventBus {
  /** The underlying nats.js connection (for what the bus does not offer). */
  readonly connection: NatsConnection;
  /** The name of the events stream in use. */
  readonly stream: string;
}

/**
 * How long (ms) the retries of one event can last from its first attempt to the end of its
 * last: `maxAttempts` ack waits plus the delays between the attempts. The stream's
 * `duplicate_window` must cover it for a retried event to be stored once.
 */
export function publishRetrySpan(options: { readonly maxAttempts: number; readonly ackTimeout: number; readonly retryBackoff: readonly number[] }): number {
  let span = options.maxAttempts * options.ackTimeout;
  for (let retry = 1; retry < options.maxAttempts; retry++) span += options.retryBackoff[Math.min(retry, options.retryBackoff.length) - 1]!;
  return span;
}

/** The `duplicate_window` (ms) of a stream the bus creates: the retry span, never below the server's default. */
export function duplicateWindowFor(retrySpan: number): number {
  return Math.max(SERVER_DEFAULT_DUPLICATE_WINDOW, Math.ceil(retrySpan / 1_000) * 1_000);
}

/**
 * Connects to NATS and returns the event bus; gets the `events-stream` or creates it as the
 * Mayastor services expect it (memory storage, `events.>`, 3 MiB, one message per subject).
 * Reconnects for ever by default.
 *
 * `flush()` resolves once every publish accepted before the call has settled. `close()` stops the
 * subscriptions, ends the retry delays at once and gives each queued event one last attempt (all
 * at once): it returns within about one `ackTimeout` even while the server is away, and every
 * publish it could not get confirmed rejects with a `PublishError` saying so. A subscription
 * whose consumer disappears (memory stream lost in a server restart, ephemeral consumer expired
 * while disconnected, consumer deleted by an operator) makes it again and logs a warning.
 *
 * @example
 * const bus = await connectEventBus({ servers: 'nats://mayastor-nats:4222' });
 * await bus.publish(createEvent('volume.create', { target: volumeUuid }));
 * await bus.subscribe({ 'nexus.*': (event) => console.log(event.action) }, { durable: 'my-service' });
 */
export async function connectEventBus(options: EventBusOptions = {}): Promise<NatsEventBus> {
  const { connectNatsEventBus } = await import('./nats.js');
  return connectNatsEventBus(options);
}
