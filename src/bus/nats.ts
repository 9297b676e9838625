// The NATS JetStream bus: the stream got or created as the Rust services expect it, a bounded
// publish queue with acked, de-duplicated, retried JetStream publishes, and pull consumers
// (`js.consumers`) driven by the router. Only `connectEventBus` (connect.ts) loads this module,
// with a dynamic import on its first call: the root entry imports neither it nor nats statically.
import {
  AckPolicy,
  DeliverPolicy as NatsDeliverPolicy,
  DiscardPolicy,
  ErrorCode,
  RetentionPolicy,
  StorageType,
  connect,
  headers as natsHeaders,
  nanos,
  type ConnectionOptions,
  type ConsumerConfig,
  type ConsumerInfo,
  type Consumer,
  type FetchMessages,
  type JetStreamManager,
  type JsMsg,
  type NatsConnection,
  type StreamConfig,
} from 'nats';
import type { EventMessage } from '../generated/types.js';
import type { CatalogEvent } from '../generated/registry.js';
import { EVENTS_SUBJECT_FILTER } from '../subject.js';
import { MayastorEventsError } from '../errors.js';
import {
  DEFAULT_ACK_TIMEOUT,
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_MAX_IN_FLIGHT,
  DEFAULT_MAX_QUEUE,
  DEFAULT_RETRY_BACKOFF,
  DEFAULT_STREAM_MAX_BYTES,
  DEFAULT_STREAM_NAME,
  DEFAULT_STREAM_REPLICAS,
  SERVER_DEFAULT_DUPLICATE_WINDOW,
  duplicateWindowFor,
  publishRetrySpan,
  type EventBusOptions,
  type NatsEventBus,
  type StreamOptions,
} from './connect.js';
import { connectionOptions } from './nats-connection.js';
import { BusClosedError, BusConnectionError, BusOptionsError, PublishError, QueueFullError, StreamConfigError } from './errors.js';
import { resolveSubscribeOptions, withStreamDedupeWindow, type ResolvedSubscribeOptions } from './options.js';
import { AckLedger, JsMsgControl } from './nats-acks.js';
import { deliveryOf } from './nats-delivery.js';
import { AckInbox, AttemptError } from './nats-publisher.js';
import { prepareEvent, prepareMessage, type PreparedEvent } from './prepare.js';
import { createRouter, type MessageControl } from './router.js';
import type { BusLogger, EventBus, HandlerMap, PublishAck, SubscribeOptions, Subscription } from './types.js';

/** How long an ephemeral consumer outlives a subscriber that died without `stop()` (ms). */
const EPHEMERAL_INACTIVE_THRESHOLD = 60_000;

interface ResolvedBusOptions {
  readonly connection: ConnectionOptions;
  readonly stream: Required<StreamOptions>;
  readonly maxQueue: number;
  readonly maxInFlight: number;
  readonly ackTimeout: number;
  readonly maxAttempts: number;
  readonly retryBackoff: readonly number[];
  readonly logger: BusLogger;
}

function positive(option: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new BusOptionsError(option, `expected a positive integer, got ${String(value)}`);
  }
  return value;
}

function resolveBusOptions(options: EventBusOptions): ResolvedBusOptions {
  const connection = connectionOptions(options, 'mayastor-events');
  const storage = options.stream?.storage ?? 'memory';
  if (storage !== 'memory' && storage !== 'file') throw new BusOptionsError('stream.storage', "expected 'memory' or 'file'");
  const retryBackoff = options.retryBackoff ?? DEFAULT_RETRY_BACKOFF;
  if (!Array.isArray(retryBackoff) || retryBackoff.length === 0 || retryBackoff.some((ms) => typeof ms !== 'number' || !(ms >= 0))) {
    throw new BusOptionsError('retryBackoff', 'expected a non-empty array of delays in milliseconds (>= 0)');
  }
  const maxQueue = positive('maxQueue', options.maxQueue, DEFAULT_MAX_QUEUE);

  return {
    connection,
    stream: {
      name: options.stream?.name ?? DEFAULT_STREAM_NAME,
      storage,
      replicas: positive('stream.replicas', options.stream?.replicas, DEFAULT_STREAM_REPLICAS),
      maxBytes: positive('stream.maxBytes', options.stream?.maxBytes, DEFAULT_STREAM_MAX_BYTES),
    },
    maxQueue,
    maxInFlight: Math.min(positive('maxInFlight', options.maxInFlight, DEFAULT_MAX_IN_FLIGHT), maxQueue),
    ackTimeout: positive('ackTimeout', options.ackTimeout, DEFAULT_ACK_TIMEOUT),
    maxAttempts: positive('maxAttempts', options.maxAttempts, DEFAULT_MAX_ATTEMPTS),
    retryBackoff: Object.freeze([...retryBackoff]),
    logger: options.logger ?? {},
  };
}

/**
 * The stream configuration upstream uses, with the given storage, replicas and size; with
 * `duplicateWindow` (ms), a duplicate window (upstream leaves the server's 2 minutes).
 */
export function upstreamStreamConfig(stream: Required<StreamOptions>, duplicateWindow?: number): Partial<StreamConfig> {
  const config: Partial<StreamConfig> = {
    name: stream.name,
    subjects: [EVENTS_SUBJECT_FILTER],
    storage: stream.storage === 'file' ? StorageType.File : StorageType.Memory,
    retention: RetentionPolicy.Limits,
    discard: DiscardPolicy.Old,
    max_bytes: stream.maxBytes,
    max_msgs_per_subject: 1,
    num_replicas: stream.replicas,
  };
  if (duplicateWindow !== undefined) config.duplicate_window = nanos(duplicateWindow);
  return config;
}

function apiErrorCode(error: unknown): number | undefined {
  return (error as { api_error?: { err_code?: number } } | null)?.api_error?.err_code;
}

const STREAM_NOT_FOUND = 10059;
const STREAM_NAME_IN_USE = 10058;
const CONSUMER_NOT_FOUND = 10014;

/** Gets the events stream, or creates it with the upstream config; never changes an existing one. Resolves to its duplicate window (ms). */
async function ensureStream(jsm: JetStreamManager, stream: Required<StreamOptions>, retrySpan: number, logger: BusLogger): Promise<number> {
  for (let round = 0; round < 2; round++) {
    try {
      const info = await jsm.streams.info(stream.name);
      const subjects = info.config.subjects ?? [];
      if (!subjects.includes(EVENTS_SUBJECT_FILTER)) {
        throw new StreamConfigError(
          stream.name,
          `exists with subjects [${subjects.join(', ')}], but the bus needs it on ${EVENTS_SUBJECT_FILTER}; ` +
            'the bus never changes an existing stream: fix or delete it, or set `stream.name`',
        );
      }
      const window = info.config.duplicate_window > 0 ? info.config.duplicate_window / 1_000_000 : SERVER_DEFAULT_DUPLICATE_WINDOW;
      if (retrySpan > window) {
        logger.warn?.(
          `stream ${stream.name}: its duplicate_window (${window} ms) is shorter than the publish retry span (${retrySpan} ms): ` +
            'a retried event whose first attempt was stored may be stored twice; lower maxAttempts, ackTimeout or retryBackoff',
          { stream: stream.name, duplicateWindow: window, retrySpan },
        );
      }
      return window;
    } catch (error) {
      if (error instanceof StreamConfigError) throw error;
      if (apiErrorCode(error) !== STREAM_NOT_FOUND) {
        throw new StreamConfigError(stream.name, `cannot look the stream up: ${(error as Error).message}`, { cause: error });
      }
    }
    try {
      await jsm.streams.add(upstreamStreamConfig(stream, duplicateWindowFor(retrySpan)));
      return duplicateWindowFor(retrySpan);
    } catch (error) {
      if (apiErrorCode(error) === STREAM_NAME_IN_USE) continue; // created meanwhile by another process
      throw new StreamConfigError(
        stream.name,
        `cannot be created on ${EVENTS_SUBJECT_FILTER}: ${(error as Error).message} ` +
          '(another stream already holding these subjects must be removed or renamed to events-stream)',
        { cause: error },
      );
    }
  }
  throw new StreamConfigError(stream.name, 'was created and removed again while the bus was starting');
}

// A pull request waits this long for events (nats.js's minimum): the most an idle stop() waits,
// and how soon a consumer whose server died pulls from another one.
const FETCH_EXPIRES = 1_000;
// Pause after a failed pull (no server, no consumer) before the next one.
const FETCH_RETRY_DELAY = 250;
// The least a pull asks for when the server bounds what it sends (see `serverBounded`): one
// pull request (a subscription, a timer and a round trip in nats.js) serves that many events
// even with `concurrency` 1, where asking for one at a time made every event wait for a pull.
const MIN_PULL_BATCH = 128;
// How often (at most) a subscription that receives nothing checks that its consumer still exists.
const CONSUMER_CHECK_INTERVAL = 2_000;
// The deadline of that check: short, so that stop() is not held up by a server that is away.
const CONSUMER_CHECK_TIMEOUT = 1_000;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

interface Job {
  readonly prepared: PreparedEvent;
  readonly resolve: (ack: PublishAck) => void;
  readonly reject: (error: unknown) => void;
}

/** Whether a consumer's `max_ack_pending` keeps the server from sending more unsettled events than `concurrency` slots. */
function boundedByServer(maxAckPending: number | undefined, concurrency: number): boolean {
  return maxAckPending !== undefined && maxAckPending > 0 && maxAckPending <= concurrency;
}

/** The subjects a consumer takes, as one filter: no filter at all means the whole stream, `events.>`. */
function consumerFilter(config: Partial<ConsumerConfig>): string {
  if (config.filter_subject !== undefined && config.filter_subject !== '') return config.filter_subject;
  const filters = config.filter_subjects ?? [];
  if (filters.length === 0) return EVENTS_SUBJECT_FILTER;
  return filters.length === 1 ? filters[0]! : filters.join(', ');
}

function consumerConfig(resolved: ResolvedSubscribeOptions, filter: string): Partial<ConsumerConfig> {
  const config: Partial<ConsumerConfig> = {
    ack_policy: AckPolicy.Explicit,
    filter_subject: filter,
    max_ack_pending: resolved.concurrency,
    ack_wait: nanos(resolved.ackWait),
    max_deliver: -1, // the router counts deliveries and dead-letters itself, so it sees the last failure
  };
  if (resolved.durable !== undefined) config.durable_name = resolved.durable;
  else config.inactive_threshold = nanos(EPHEMERAL_INACTIVE_THRESHOLD);
  const deliver = resolved.deliver;
  switch (deliver.policy) {
    case 'all':
      config.deliver_policy = NatsDeliverPolicy.All;
      break;
    case 'new':
      config.deliver_policy = NatsDeliverPolicy.New;
      break;
    case 'startTime':
      config.deliver_policy = NatsDeliverPolicy.StartTime;
      config.opt_start_time = deliver.startTime.toISOString();
      break;
    case 'startSequence':
      config.deliver_policy = NatsDeliverPolicy.StartSequence;
      config.opt_start_seq = deliver.startSequence;
      break;
  }
  return config;
}

/** The logger with every method made safe: a logger that throws never breaks the bus. */
function guardedLogger(logger: BusLogger): BusLogger {
  const guarded: BusLogger = {};
  for (const level of ['debug', 'info', 'warn', 'error'] as const) {
    const method = logger[level];
    if (typeof method !== 'function') continue;
    guarded[level] = (...args: Parameters<typeof method>) => {
      try {
        method.apply(logger, args);
      } catch {
        // a failing logger is not the bus's failure
      }
    };
  }
  return guarded;
}

/** The NATS bus behind `connectEventBus` (connect.ts), which loads this module, and nats.js with it, on first use. */
export async function connectNatsEventBus(options: EventBusOptions): Promise<NatsEventBus> {
  const resolved = resolveBusOptions(options);
  const logger = guardedLogger(resolved.logger);
  const retrySpan = publishRetrySpan(resolved);
  let nc: NatsConnection;
  try {
    nc = await connect(resolved.connection);
  } catch (error) {
    throw new BusConnectionError(`cannot connect to NATS at ${String(resolved.connection.servers ?? '127.0.0.1:4222')}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  void (async () => {
    for await (const status of nc.status()) {
      const details = { type: status.type, data: status.data };
      if (status.type === 'error' || status.type === 'disconnect') logger.warn?.(`nats connection: ${status.type}`, details);
      else logger.info?.(`nats connection: ${status.type}`, details);
    }
  })().catch(() => undefined);

  let jsm: JetStreamManager;
  let duplicateWindow: number; // the stream's: the default window of handled events (`dedupe`)
  try {
    jsm = await nc.jetstreamManager();
    duplicateWindow = await ensureStream(jsm, resolved.stream, retrySpan, logger);
  } catch (error) {
    await nc.close().catch(() => undefined);
    if (error instanceof MayastorEventsError) throw error;
    throw new StreamConfigError(resolved.stream.name, `JetStream is not available: ${(error as Error).message}`, { cause: error });
  }
  const streamName = resolved.stream.name;
  const inbox = new AckInbox(nc);
  let quickJsm: Promise<JetStreamManager> | undefined;
  const checkJsm = (): Promise<JetStreamManager> => (quickJsm ??= nc.jetstreamManager({ timeout: CONSUMER_CHECK_TIMEOUT, checkAPI: false }));

  // Publishing: a bounded queue, at most maxInFlight acks awaited at once.
  const waiting: Job[] = [];
  let inFlight = 0;
  let closing = false;
  let closed = false;
  const idleWaiters: (() => void)[] = [];
  // One settle promise per accepted publish, so that flush() waits for those accepted before it only.
  const outstanding = new Set<Promise<void>>();
  // Woken by close(): the retry sleeps (each one registered while it lasts) end at once.
  const sleepers = new Set<() => void>();
  const sleepUnlessClosing = (ms: number): Promise<void> =>
    new Promise<void>((resolve) => {
      if (closing) {
        resolve();
        return;
      }
      const wake = (): void => {
        clearTimeout(timer);
        sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      sleepers.add(wake);
    });

  // Waits for `work`, or less when close() is called meanwhile.
  const unlessClosing = (work: Promise<unknown>): Promise<void> =>
    new Promise<void>((resolve) => {
      if (closing) {
        resolve();
        return;
      }
      const wake = (): void => {
        sleepers.delete(wake);
        resolve();
      };
      sleepers.add(wake);
      work.then(wake, wake);
    });

  function notifyIdle(): void {
    if (waiting.length === 0 && inFlight === 0) for (const wake of idleWaiters.splice(0)) wake();
  }

  function notConfirmed(subject: string, attempts: number, reason: string, cause?: unknown): PublishError {
    return new PublishError(
      subject,
      attempts,
      `the bus was closed before the server confirmed the event stored (${reason}); it may or may not be in the stream`,
      cause === undefined ? undefined : { cause },
    );
  }

  // A memory stream is gone after a server restart: publishes then find no responder. The
  // stream is got-or-created again (once for all the publishes that noticed) before retrying.
  let restoring: Promise<void> | undefined;
  function restoreStream(): Promise<void> {
    restoring ??= ensureStream(jsm, resolved.stream, retrySpan, logger)
      .then(() => logger.info?.('events stream is available again', { stream: streamName }))
      .catch((error: unknown) => logger.warn?.('cannot restore the events stream yet', { error: (error as Error).message }))
      .finally(() => {
        restoring = undefined;
      });
    return restoring;
  }

  async function send(job: Job): Promise<void> {
    const { subject, id, bytes } = job.prepared;
    for (let attempt = 1; ; attempt++) {
      try {
        const ack = await inbox.publish(subject, bytes, id, resolved.ackTimeout);
        job.resolve({ stream: ack.stream, sequence: ack.seq, duplicate: ack.duplicate, subject });
        return;
      } catch (error) {
        const retryable = error instanceof AttemptError && error.retryable;
        if (retryable && closing) {
          job.reject(notConfirmed(subject, attempt, (error as Error).message, error));
          return;
        }
        if (!retryable || attempt >= resolved.maxAttempts || closed) {
          job.reject(new PublishError(subject, attempt, (error as Error).message, { cause: error }));
          return;
        }
        const delay = resolved.retryBackoff[Math.min(attempt, resolved.retryBackoff.length) - 1]!;
        logger.warn?.('publish attempt failed; retrying under the same id', { subject, attempt, delay, error: (error as Error).message });
        await sleepUnlessClosing(delay);
        if (closing) {
          job.reject(notConfirmed(subject, attempt, `retry ${attempt + 1} not sent`, error));
          return;
        }
        if ((error as AttemptError).code === ErrorCode.NoResponders) await unlessClosing(restoreStream());
        if (closing) {
          job.reject(notConfirmed(subject, attempt, `retry ${attempt + 1} not sent`, error));
          return;
        }
      }
    }
  }

  function pump(): void {
    while ((inFlight < resolved.maxInFlight || closing) && waiting.length > 0) {
      const job = waiting.shift()!;
      inFlight++;
      void send(job).finally(() => {
        inFlight--;
        pump();
        notifyIdle();
      });
    }
  }

  function publish(event: CatalogEvent | EventMessage): Promise<PublishAck> {
    return enqueue(() => prepareEvent(event));
  }

  function forward(message: Uint8Array | string): Promise<PublishAck> {
    return enqueue(() => prepareMessage(message));
  }

  /** Queues one prepared event for sending; a preparation failure rejects before anything is queued. */
  function enqueue(prepare: () => PreparedEvent): Promise<PublishAck> {
    if (closing) return Promise.reject(new BusClosedError('publish'));
    let prepared: PreparedEvent;
    try {
      prepared = prepare();
    } catch (error) {
      return Promise.reject(error);
    }
    if (waiting.length + inFlight >= resolved.maxQueue) return Promise.reject(new QueueFullError(resolved.maxQueue));
    const result = new Promise<PublishAck>((resolve, reject) => {
      waiting.push({ prepared, resolve, reject });
    });
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    outstanding.add(settled);
    void settled.then(() => outstanding.delete(settled));
    pump();
    return result;
  }

  // Resolves when every publish accepted before the call has settled (later ones are not waited for).
  function flush(): Promise<void> {
    if (outstanding.size === 0) return Promise.resolve();
    return Promise.all([...outstanding]).then(() => undefined);
  }

  // Resolves when the queue is empty and no publish is in flight.
  function drained(): Promise<void> {
    if (waiting.length === 0 && inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => idleWaiters.push(resolve));
  }

  // Subscribing.
  const subscriptions = new Set<Subscription>();

  async function consumerFor(resolvedOptions: ResolvedSubscribeOptions, filter: string): Promise<ConsumerInfo> {
    if (resolvedOptions.durable !== undefined) {
      try {
        const info = await jsm.consumers.info(streamName, resolvedOptions.durable);
        if (info.config.deliver_subject !== undefined && info.config.deliver_subject !== '') {
          throw new BusOptionsError(
            'durable',
            `consumer ${resolvedOptions.durable} on ${streamName} is a push consumer (deliver subject ${info.config.deliver_subject}), ` +
              'but the bus consumes with pull consumers: use another durable name, or delete the push consumer ' +
              `(\`nats consumer rm ${streamName} ${resolvedOptions.durable}\`; stop upstream's stats service first if it is its consumer) ` +
              'and subscribe again to have it made as a pull consumer',
          );
        }
        const existing = consumerFilter(info.config);
        if (existing !== filter) {
          throw new BusOptionsError(
            'durable',
            `consumer ${resolvedOptions.durable} exists with filter ${existing}, ` +
              `these handlers need ${filter}: use another durable name or delete the consumer`,
          );
        }
        return info;
      } catch (error) {
        if (error instanceof BusOptionsError) throw error;
        if (apiErrorCode(error) !== CONSUMER_NOT_FOUND) {
          throw new MayastorEventsError(`cannot look the consumer ${resolvedOptions.durable} up: ${(error as Error).message}`, { cause: error });
        }
      }
    }
    try {
      return await jsm.consumers.add(streamName, consumerConfig(resolvedOptions, filter));
    } catch (error) {
      throw new MayastorEventsError(
        `cannot create the consumer ${resolvedOptions.durable ?? '(ephemeral)'} on ${streamName}: ${(error as Error).message}`,
        { cause: error },
      );
    }
  }

  async function subscribe(handlers: HandlerMap, subscribeOptions?: SubscribeOptions): Promise<Subscription> {
    if (closing) throw new BusClosedError('subscribe');
    const options = withStreamDedupeWindow(resolveSubscribeOptions(subscribeOptions), duplicateWindow);
    const router = createRouter(
      handlers,
      options,
      async (subject, raw, headerValues) => {
        const h = natsHeaders();
        for (const [key, value] of Object.entries(headerValues)) h.set(key, value);
        nc.publish(subject, raw, { headers: h });
        await nc.flush();
      },
      logger,
    );
    const js = nc.jetstream();
    const first = await consumerFor(options, router.filter);
    const acks = new AckLedger(nc, first.created); // sent again if the server lost them (see nats-acks.ts)
    let name = first.name;
    let consumerCreated = Date.parse(first.created);
    let consumer: Consumer;
    try {
      consumer = await js.consumers.get(streamName, name);
    } catch (error) {
      // An ephemeral consumer made for this subscription would linger until its inactive threshold.
      if (options.durable === undefined) await jsm.consumers.delete(streamName, name).catch(() => undefined);
      throw new MayastorEventsError(`cannot use the consumer ${name} on ${streamName}: ${(error as Error).message}`, { cause: error });
    }
    // Messages whose handlers still run after their first tick, with their control: settled
    // once, so that stop() can give one back and its handler's late settle sends nothing.
    const handling = new Map<JsMsg, MessageControl>();
    const backlog: JsMsg[] = []; // delivered beyond `concurrency` (a durable made with a larger max_ack_pending)
    let active = 0;
    let stopping = false;
    const held: JsMsg[] = []; // arrived while stopping: given back (nak) once the handlers are done
    const wakeFetchers = new Set<() => void>(); // fetch loops waiting for a free slot
    let idle: (() => void) | undefined;

    function settled(): void {
      active--;
      const next = backlog.shift();
      if (next !== undefined) start(next);
      else {
        if (wakeFetchers.size > 0) {
          for (const wake of wakeFetchers) wake();
          wakeFetchers.clear();
        }
        if (active === 0) idle?.();
      }
    }

    function start(msg: JsMsg): void {
      active++;
      const delivery = deliveryOf(msg);
      const control = new JsMsgControl(msg, logger, acks, delivery.streamSequence); // settles once: see nats-acks.ts
      const pending = router.dispatch(delivery, control);
      if (pending === undefined) {
        settled();
        return;
      }
      handling.set(msg, control); // only handlers still running after this tick can outlive ackWait
      void pending.finally(() => {
        handling.delete(msg);
        settled();
      });
    }

    // Bounded pulls (fetch) rather than an open-ended consume(): a pull request lives on in the
    // server until it is filled or expires, and whatever it is sent after the client stopped
    // listening waits out ackWait. Waiting for the last fetch to end makes stop() clean.
    //
    // When the consumer's `max_ack_pending` is at most `concurrency` (always so for consumers
    // the bus makes), the server never has more unsettled events out than the subscription has
    // slots: two pulls then stay outstanding at all times, each asking for a large batch, so
    // that an ack is answered by the next event at once (no pull round trip in between) and a
    // pull's cost is shared by many events. The price is paid at stop(): it waits for those
    // pulls to expire (FETCH_EXPIRES, as an idle subscription always did), and the events they
    // bring meanwhile, at most `max_ack_pending` (one with `concurrency` 1), are given back
    // unhandled, their delivery counted. A durable made with a larger `max_ack_pending` is
    // pulled for the free slots only.
    let serverBounded = boundedByServer(first.config.max_ack_pending, options.concurrency);
    let maxRequestBatch = first.config.max_batch ?? 0; // a durable's limit on one pull (0: none)
    let delivered = 0;
    const onMessage = (msg: JsMsg): void => {
      delivered++;
      if (stopping) held.push(msg);
      else if (active >= options.concurrency) backlog.push(msg);
      else start(msg);
    };
    // Two pulls overlap so that the stream never waits on a round trip (one when the free slots
    // bound the pulls and there is only one slot).
    const fetchers = serverBounded ? 2 : Math.min(options.concurrency, 2);
    const pullBatch = Math.max(options.concurrency, MIN_PULL_BATCH);
    const fetchLoop = async (): Promise<void> => {
      while (!stopping) {
        let wanted = pullBatch;
        if (!serverBounded) {
          const free = options.concurrency - active - backlog.length;
          if (free <= 0) {
            await new Promise<void>((resolve) => wakeFetchers.add(resolve));
            continue;
          }
          wanted = Math.max(1, Math.ceil(free / fetchers));
        }
        if (maxRequestBatch > 0) wanted = Math.min(wanted, maxRequestBatch);
        const before = delivered;
        const started = Date.now();
        let failed = false;
        try {
          // The callback form (which nats.js also honours for fetch): no iterator hop per message.
          const batch = await consumer.fetch({
            max_messages: wanted,
            expires: FETCH_EXPIRES,
            callback: onMessage,
          } as FetchMessages);
          await batch.closed();
        } catch (error) {
          if (stopping) break;
          failed = true;
          logger.warn?.(`consumer ${name}: cannot fetch; retrying`, { error: (error as Error).message });
        }
        if (stopping) break;
        if (delivered === before) {
          // Nothing came: idle, or the consumer is gone (a pull on a missing consumer just expires).
          await checkConsumer();
          if (failed || Date.now() - started < FETCH_EXPIRES / 2) await sleep(FETCH_RETRY_DELAY);
        }
      }
    };

    // A consumer disappears with its memory stream on a server restart, when its inactive
    // threshold passes while the client is away, or when an operator deletes it: it is made
    // again with this subscription's config (deliver all when the stream itself is new).
    let lastCheck = Date.now();
    let checking: Promise<void> | undefined;
    function checkConsumer(): Promise<void> {
      if (checking !== undefined) return checking;
      if (stopping || Date.now() - lastCheck < CONSUMER_CHECK_INTERVAL) return Promise.resolve();
      lastCheck = Date.now();
      checking = recoverConsumer()
        .catch((error: unknown) => logger.warn?.(`consumer ${name}: cannot re-create it yet`, { error: (error as Error).message }))
        .finally(() => {
          lastCheck = Date.now();
          checking = undefined;
        });
      return checking;
    }
    async function recoverConsumer(): Promise<void> {
      try {
        const info = await (await checkJsm()).consumers.info(streamName, name);
        // Still there: the stream is quiet, or the server lost acks (a leader change, a restart)
        // and waits for them before it delivers more.
        const resent = acks.resendLost(info, active + backlog.length + held.length);
        if (resent > 0) {
          logger.info?.(`consumer ${name}: sent again ${resent} acks the server may have lost`, { ackFloor: info.ack_floor.stream_seq, pending: info.num_ack_pending });
        }
        return;
      } catch (error) {
        const code = apiErrorCode(error);
        if (code !== CONSUMER_NOT_FOUND && code !== STREAM_NOT_FOUND) return; // no server now: the next check tells
      }
      if (stopping) return;
      await ensureStream(jsm, resolved.stream, retrySpan, logger);
      const stream = await jsm.streams.info(streamName);
      const streamIsNew = Date.parse(stream.created) > consumerCreated;
      const config = consumerConfig(streamIsNew ? { ...options, deliver: { policy: 'all' } } : options, router.filter);
      let info: ConsumerInfo;
      try {
        info = await jsm.consumers.add(streamName, config);
      } catch (error) {
        // Another instance of a durable subscriber made it again meanwhile.
        if (options.durable === undefined) throw error;
        info = await jsm.consumers.info(streamName, options.durable);
      }
      const previous = name;
      try {
        consumer = await js.consumers.get(streamName, info.name);
      } catch (error) {
        if (options.durable === undefined) await jsm.consumers.delete(streamName, info.name).catch(() => undefined);
        throw error;
      }
      name = info.name;
      consumerCreated = Date.parse(info.created);
      serverBounded = boundedByServer(info.config.max_ack_pending, options.concurrency);
      maxRequestBatch = info.config.max_batch ?? 0;
      logger.warn?.(
        `consumer ${previous} was gone (${streamIsNew ? 'the stream was lost and made again' : 'deleted or expired'}); ` +
          `made it again as ${name}${streamIsNew ? ', delivering every event of the new stream' : ''}`,
        { stream: streamName, consumer: name, previous, durable: options.durable },
      );
    }
    const fetching = Promise.all(Array.from({ length: fetchers }, fetchLoop));

    // Keeps the server from redelivering events whose handlers run longer than ackWait.
    const keepAlive = setInterval(() => {
      for (const msg of handling.keys()) msg.working();
    }, Math.max(options.ackWait / 2, 500));
    keepAlive.unref();

    let stopped: Promise<void> | undefined;
    const subscription: Subscription = {
      get name() {
        return name;
      },
      filter: router.filter,
      stop() {
        stopped ??= (async () => {
          stopping = true;
          let timer: ReturnType<typeof setTimeout> | undefined;
          const deadline = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), options.stopTimeout)));
          held.push(...backlog.splice(0));
          for (const wake of wakeFetchers) wake();
          await fetching; // the last pull request is filled or expired: the server sends nothing more
          if (active > 0 && (await Promise.race([new Promise<void>((resolve) => (idle = resolve)), deadline])) === 'late') {
            // Handlers that never settle cannot hold stop(): their events are given back now.
            for (const [msg, control] of handling) {
              logger.warn?.(`consumer ${name}: a handler did not settle within stopTimeout; its event is given back`, {
                stopTimeout: options.stopTimeout,
                subject: msg.subject,
                streamSequence: msg.info.streamSequence,
              });
              control.nak(0);
            }
            handling.clear();
          }
          clearTimeout(timer);
          for (const msg of held.splice(0)) new JsMsgControl(msg, logger).nak(0);
          clearInterval(keepAlive);
          subscriptions.delete(subscription);
          if (!nc.isClosed()) {
            await nc.flush().catch(() => undefined); // the naks reach the server before stop() resolves
            if (options.durable === undefined) await jsm.consumers.delete(streamName, name).catch(() => undefined);
          }
        })();
        return stopped;
      },
    };
    subscriptions.add(subscription);
    return subscription;
  }

  async function close(): Promise<void> {
    if (closing) {
      await nc.closed();
      return;
    }
    closing = true;
    // Retries waiting for their delay give up now; queued events get one attempt each, all at
    // once: close() waits one ack timeout at most for the publishes.
    for (const wake of [...sleepers]) wake();
    pump();
    await Promise.all([...[...subscriptions].map((subscription) => subscription.stop()), drained()]);
    closed = true;
    inbox.close();
    await nc.close();
  }

  return { connection: nc, stream: streamName, publish, forward, subscribe, flush, close };
}
