// The in-memory bus: the NATS bus's twin in one process, for unit tests and for running without
// a server, wired from its parts: the stream with sequences, de-duplication and consumer
// positions (memory-stream.ts), and subscriptions with ack / nak / back-off / dead-letter driven
// by the same router as the NATS bus (memory-subscription.ts).
import { utf8BytesOwned } from '../codec/utf8.js';
import type { EventMessage } from '../generated/types.js';
import type { CatalogEvent } from '../generated/registry.js';
import { positiveIntegerOption } from '../internal/checks.js';
import { asyncDispose } from '../internal/abort.js';
import { guardLogger } from '../internal/logger.js';
import { assertLiteralSubject, matchesPattern, type SubjectPattern } from '../subject.js';
import { AbortedError, BusClosedError, BusOptionsError } from './errors.js';
import { eventStream } from './events.js';
import { MEMORY_STREAM_NAME, MemoryStream, type CoreMessage, type StoredMessage } from './memory-stream.js';
import { MemorySubscription } from './memory-subscription.js';
import { resolveSubscribeOptions, withStreamDedupeWindow } from './options.js';
import { prepareEvent, prepareMessage, type PreparedEvent } from './prepare.js';
import { createRouter } from './router.js';
import type { SendOperation } from '../telemetry/send.js';
import { PendingTelemetry } from '../telemetry/telemetry.js';
import type { TelemetryOptions } from '../telemetry/options.js';
import type { BusLogger, EventBus, EventsOptions, HandlerMap, PublishAck, SubscribeOptions } from './types.js';

export { MEMORY_STREAM_NAME, type CoreMessage, type StoredMessage } from './memory-stream.js';

/** Messages the in-memory stream keeps by default; the oldest are discarded beyond it. */
export const DEFAULT_MEMORY_MAX_MESSAGES = 100_000;
/** How long an event id is remembered for de-duplication by default (ms), as JetStream's default. */
export const DEFAULT_DUPLICATE_WINDOW = 120_000;
/** The largest message (bytes of event and headers) the in-memory bus takes by default: nats-server's default `max_payload`, 1 MiB. */
export const DEFAULT_MEMORY_MAX_PAYLOAD = 1_048_576;

/** Options of `createMemoryBus`. */
export interface MemoryBusOptions {
  /**
   * How many messages the stream keeps; beyond it the oldest are discarded (JetStream's
   * `discard: old`). Unacked messages that are discarded are not redelivered.
   * @default DEFAULT_MEMORY_MAX_MESSAGES (100000)
   */
  maxMessages?: number;
  /**
   * How long (ms) a published event id is remembered: a publish of the same id within it is
   * acked as a duplicate and not stored again.
   * @default DEFAULT_DUPLICATE_WINDOW (120000)
   */
  duplicateWindow?: number;
  /**
   * The largest message, in bytes, that `publish`, `forward`, `publishRaw` and dead letters may
   * send: the event and its headers (`Nats-Msg-Id`, trace headers) counted as a NATS client
   * counts them against the server's `max_payload`. A larger one is refused with the
   * `PublishError` the NATS bus gives; set it to your servers' `max_payload`.
   * @default DEFAULT_MEMORY_MAX_PAYLOAD (1048576, nats-server's default)
   */
  maxPayload?: number;
  /**
   * Where failing hooks and dead letters are reported.
   * @default undefined (nothing is reported)
   */
  logger?: BusLogger;
  /**
   * OpenTelemetry traces and metrics, as on the NATS bus (needs `@opentelemetry/api`; no lag or queue depth: nothing waits here).
   * @default the globally registered providers and propagator; nothing when the API is not installed
   */
  telemetry?: TelemetryOptions;
}

/** The in-memory bus: an `EventBus`, plus the stream and plain subjects for tests to look at and feed. */
export interface MemoryBus extends EventBus {
  /**
   * Stores bytes on a subject exactly as a foreign publisher would, without checking them (to feed
   * subscribers poison messages or upstream bytes); a subject outside `events.>` goes to
   * `listen`ers only. Refused: a subject that is not literal (`SubjectError`), a message above
   * `maxPayload` (`PublishError`, as nats.js refuses one above `max_payload`). The subject is not
   * held to `MAX_SUBJECT_BYTES`, the SDK's bound on what it publishes: another publisher (a Rust
   * service) may store a longer one on NATS, up to nats-server's `max_control_line`, and
   * subscribers read it.
   */
  publishRaw(subject: string, data: Uint8Array | string, headers?: Record<string, string>): Promise<PublishAck>;
  /** Calls `listener` with each message published on a plain subject (e.g. a dead-letter subject); returns the unsubscribe function. */
  listen(subject: string, listener: (message: CoreMessage) => void): () => void;
  /** The messages the stream holds, oldest first. */
  messages(): readonly StoredMessage[];
}

const MEMORY_BUS_OPTIONS: readonly (keyof MemoryBusOptions)[] = ['maxMessages', 'duplicateWindow', 'maxPayload', 'logger', 'telemetry'];

// What the option readers below do not see: options that are not an object, a name that is not an
// option (a typo such as `maxMessage` would be ignored), a logger that is not an object (a
// function such as `console.log` has no `error` method: it would report nothing).
function checkMemoryBusOptions(options: unknown): void {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw new BusOptionsError('options', 'expected an object');
  for (const name of Object.keys(options)) {
    if (!(MEMORY_BUS_OPTIONS as readonly string[]).includes(name)) {
      throw new BusOptionsError(name, `not a createMemoryBus option; expected one of ${MEMORY_BUS_OPTIONS.join(', ')}`);
    }
  }
  const logger = (options as MemoryBusOptions).logger;
  if (logger !== undefined && (typeof logger !== 'object' || logger === null)) {
    throw new BusOptionsError('logger', 'expected an object with debug, info, warn and error methods (each optional), such as console');
  }
}

/** Test hooks of a memory bus; internal (not exported from the package). */
interface MemoryBusTestHooks {
  /** Called before each dead letter is republished; a throw fails the republish. */
  beforeDeadLetter?: (subject: string) => void;
}

const testHooks = new WeakMap<MemoryBus, MemoryBusTestHooks>();

/**
 * Internal, for tests: makes `bus`'s dead-letter republishes call `hooks.beforeDeadLetter`
 * first (a throw fails the republish). Not exported from the package.
 * @internal
 */
export function setMemoryBusTestHooks(bus: MemoryBus, hooks: MemoryBusTestHooks): void {
  testHooks.set(bus, hooks);
}

/**
 * Creates an in-memory event bus with the NATS bus's semantics (validation, asynchronous
 * delivery, ack / nak / redelivery with back-off, dead-letter, durable consumers). One
 * difference: a durable consumer takes one running subscription at a time (NATS would share
 * its events between several).
 *
 * @example
 * const bus = createMemoryBus();
 * await bus.subscribe({ 'volume.*': (event) => seen.push(event) });
 * await bus.publish(createEvent('volume.create', { target: volumeUuid }));
 */
export function createMemoryBus(options: MemoryBusOptions = {}): MemoryBus {
  checkMemoryBusOptions(options);
  const optionError = (option: string, message: string): BusOptionsError => new BusOptionsError(option, message);
  const maxMessages = positiveIntegerOption('maxMessages', options.maxMessages, DEFAULT_MEMORY_MAX_MESSAGES, optionError);
  const duplicateWindow = positiveIntegerOption('duplicateWindow', options.duplicateWindow, DEFAULT_DUPLICATE_WINDOW, optionError);
  const maxPayload = positiveIntegerOption('maxPayload', options.maxPayload, DEFAULT_MEMORY_MAX_PAYLOAD, optionError);
  const logger = guardLogger(options.logger);
  const stream = new MemoryStream({ maxMessages, duplicateWindow, maxPayload }, logger);
  const telemetry = new PendingTelemetry(options.telemetry);
  const subscriptions = new Set<MemorySubscription>();
  // Set when close() starts (as the NATS bus does): publish and subscribe are refused from then on,
  // even from handlers still running while the subscriptions stop.
  let closing = false;
  let closed = false;
  let closedPromise: Promise<void> | undefined;
  const context = {
    stream,
    logger,
    closed: () => closed,
    onStopped: (subscription: MemorySubscription) => void subscriptions.delete(subscription),
  };

  /** Stores a prepared event once (de-duplicated by id), asynchronously like the network. */
  async function storeOnce(prepare: () => PreparedEvent, operation: SendOperation = 'publish'): Promise<PublishAck> {
    if (closing) throw new BusClosedError(operation);
    const prepared = prepare();
    const traced = telemetry.send(operation, prepared); // the send span, in the caller's context
    const trace = traced instanceof Promise ? await traced : traced;
    // Asynchronous like the network: the caller's code after `publish(...)` runs first.
    await Promise.resolve();
    if (closed) throw trace?.failed(new BusClosedError(operation)) ?? new BusClosedError(operation);
    let ack: PublishAck;
    try {
      ack = stream.storeOnce(prepared, trace?.headers);
    } catch (error) {
      throw trace?.failed(error) ?? error; // above maxPayload, as the NATS client refuses it
    }
    trace?.sent(ack);
    return ack;
  }

  async function publishRaw(subject: string, data: Uint8Array | string, headers: Record<string, string> = {}): Promise<PublishAck> {
    if (closed) throw new BusClosedError('publish');
    assertLiteralSubject('subject', subject);
    // Taken now, as a NATS client copies them into its outgoing buffer: a caller that reuses its
    // buffer (or headers) afterwards does not change what was published.
    const bytes = typeof data === 'string' ? utf8BytesOwned(data) : data.slice();
    const sent = { ...headers };
    await Promise.resolve();
    if (!matchesPattern('events.>', subject)) {
      stream.deliverToListeners(subject, bytes, sent);
      return { stream: '', sequence: 0, duplicate: false, subject };
    }
    const message = stream.store(subject, bytes, sent);
    return { stream: MEMORY_STREAM_NAME, sequence: message.sequence, duplicate: false, subject };
  }

  async function subscribe(handlers: HandlerMap, subscribeOptions?: SubscribeOptions): Promise<MemorySubscription> {
    if (closing) throw new BusClosedError('subscribe');
    const resolved = withStreamDedupeWindow(resolveSubscribeOptions(subscribeOptions), duplicateWindow);
    if (resolved.signal?.aborted) throw new AbortedError('subscribe', { cause: resolved.signal.reason });
    const consumerTelemetry = (await telemetry.ready)?.consumer(resolved.durable);
    // Dead letters go out even while the bus closes (the NATS bus publishes them on the connection).
    const router = createRouter(
      handlers,
      resolved,
      async (subject, raw, headers) => {
        testHooks.get(self)?.beforeDeadLetter?.(subject);
        await publishRaw(subject, raw, headers);
      },
      logger,
      consumerTelemetry,
    );
    if (resolved.signal?.aborted) throw new AbortedError('subscribe', { cause: resolved.signal.reason }); // while telemetry was loading: nothing made yet
    const subscription = new MemorySubscription(context, stream.consumerFor(resolved, router.filter), router, resolved, consumerTelemetry);
    subscriptions.add(subscription);
    return subscription;
  }

  const self: MemoryBus = {
    publish: (event: CatalogEvent | EventMessage) => storeOnce(() => prepareEvent(event)),
    // prepareMessage copies the bytes when called, as the NATS bus needs (a caller may reuse its buffer).
    forward: (message: Uint8Array | string) => storeOnce(() => prepareMessage(message), 'forward'),
    publishRaw,
    subscribe,
    events: <P extends SubjectPattern>(pattern: P, eventsOptions?: EventsOptions) => eventStream(subscribe, pattern, eventsOptions),
    listen: (subject, listener) => stream.listen(subject, listener),
    messages: () => stream.messages(),
    async flush() {
      // Every publish is stored before its promise resolves: nothing is ever queued.
    },
    close() {
      closing = true;
      closedPromise ??= (async () => {
        await Promise.all([...subscriptions].map((subscription) => subscription.stop()));
        closed = true;
        stream.clearTimers();
      })();
      return closedPromise;
    },
    [asyncDispose]() {
      return self.close();
    },
  };
  return self;
}
