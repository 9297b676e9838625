// The EventBus interface shared by the NATS bus and the in-memory bus, and what subscribers see.
import type { DecodeError } from '../codec/errors.js';
import type { UnknownEvent } from '../codec/decode.js';
import type { EventMessage } from '../generated/types.js';
import type { CatalogEvent, EventKey, EventMap } from '../generated/registry.js';
import type { EventKeyMatching, EventMatching, SubjectPattern } from '../subject.js';

/**
 * Where and how one message was delivered to a handler. `K` is the subject keys its handler's
 * pattern matches: a handler of `'nexus.*'` gets `Delivery<'nexus.create' | 'nexus.delete' | …>`.
 */
export interface Delivery<K extends EventKey | undefined = EventKey | undefined> {
  /**
   * The event's subject key, e.g. `nexus.create`: the key the router matched the handlers'
   * patterns against (known to handlers without looking the category and action up again).
   * Undefined in what `onInvalid` and `onUnknown` get: a message that is not a catalogued event.
   */
  readonly key: K;
  /** The wire subject, e.g. `events.2.0b6f5d2e-8f3e-4d1a-9a57-3c2e1f0a9b77`. */
  readonly subject: string;
  /** The message's sequence number in the stream. */
  readonly streamSequence: number;
  /** How many times this message has been delivered to this consumer, this time included (1 the first time). */
  readonly deliveryCount: number;
  /** The message exactly as it is stored in the stream. */
  readonly raw: Uint8Array;
}

/** A handler of the events a pattern matches; a throw (or a rejected promise) naks the message for redelivery. */
export type EventHandler<P extends SubjectPattern> = (event: EventMatching<P>, delivery: Delivery<EventKeyMatching<P>>) => unknown;

/**
 * Handlers keyed by subject pattern: `{ 'volume.create': (e) => …, 'nexus.*': (e) => … }`.
 * Each handler's event is typed as exactly the events its key matches; unknown keys are refused.
 * An event matched by several keys goes to each of them, in the map's order.
 */
export type HandlerMap = { [P in SubjectPattern]?: EventHandler<P> };

/**
 * Where a new consumer starts reading the stream. A `startTime` (a Date or an RFC 3339 string) is
 * from `MIN_START_TIME_MS` to `MAX_START_TIME_MS` (1677-09-21T00:12:44Z to 2262-04-11T23:47:16Z,
 * the times nats-server reads as 64-bit nanoseconds); another is refused with a `BusOptionsError`.
 */
export type DeliverPolicy =
  | { readonly policy: 'all' }
  | { readonly policy: 'new' }
  | { readonly policy: 'startTime'; readonly startTime: Date | string }
  | { readonly policy: 'startSequence'; readonly startSequence: number };

/** An event that failed `maxDeliver` times and was given up on. */
export interface DeadLetter {
  /** The decoded event (catalogued, or unknown when the `onUnknown` hook failed). */
  readonly event: CatalogEvent | EventMessage;
  /** The event's subject key as decoding found it, e.g. `volume.create`; undefined when the event is unknown (its `onUnknown` hook failed). */
  readonly key: EventKey | undefined;
  /** The message exactly as it is stored in the stream. */
  readonly raw: Uint8Array;
  /** The wire subject the event was read from. */
  readonly subject: string;
  /** The stream sequence of the message. */
  readonly streamSequence: number;
  /** Why it was dead-lettered, in words (the last error's message). */
  readonly reason: string;
  /** The last error: a handler's or the `onUnknown` hook's throw, or the router's own failure on the event. */
  readonly error: unknown;
  /** How many deliveries were tried. */
  readonly deliveries: number;
}

/** Options of `subscribe`: one object, normalized once; conflicts are rejected when subscribing. */
export interface SubscribeOptions {
  /**
   * The durable consumer's name: a consumer that survives `stop()`, so a new subscriber with the
   * same name resumes where the last one stopped. Unset: an ephemeral consumer, removed on `stop()`.
   * @default undefined (ephemeral)
   * @example 'stats-events-consumer'
   */
  durable?: string;
  /**
   * Where a new consumer starts: every stored event, only new ones, from a time or from a stream
   * sequence. Ignored when a durable consumer of that name already exists (it resumes).
   * @default { policy: 'all' }
   */
  deliver?: DeliverPolicy;
  /**
   * How many events are handled at the same time. 1 handles them one by one in stream order,
   * like the upstream consumer's `max_ack_pending` 1.
   * @default DEFAULT_CONCURRENCY (1)
   */
  concurrency?: number;
  /**
   * How many times an event is delivered before it is dead-lettered; 1 means never retried.
   *
   * It counts deliveries (`Delivery.deliveryCount`, the server's count), not handler failures:
   * an event is dead-lettered when its handler fails on a delivery whose count is `maxDeliver` or
   * more. Deliveries that ran no handler count too: on the NATS bus, events that arrive while
   * `stop()` is waiting for the handlers are given back (nak) unhandled, and their next delivery
   * counts one more; an ack lost to a disconnection also brings a redelivery. So an event can be
   * dead-lettered after fewer than `maxDeliver` handler failures.
   *
   * Failures of the SDK itself count the same way, so that no message blocks those behind it:
   * a message this SDK fails to read (its decode step throws: a bug) is given back with the
   * back-off and, on delivery `maxDeliver`, handed to `onInvalid` as a `DecodeError` of code
   * `internal` and terminated; an event whose routing fails after it was read is dead-lettered
   * as if a handler had thrown. With an unbounded `maxDeliver` such a message is retried for ever.
   *
   * When republishing to `deadLetterSubject` fails for a while (no server, a timeout), the event
   * is not terminated (a dead letter is never dropped): it is given back with the last `backoff`
   * delay, so it is delivered more than `maxDeliver` times; its handlers run again and, if they
   * fail again, dead-lettering is tried again. `onDeadLetter` is called only once the republish
   * has succeeded (or when there is no `deadLetterSubject`), then the event is terminated. A
   * republish that can never succeed (the letter above `max_payload`: a `PublishError` of code
   * `MAX_PAYLOAD_EXCEEDED`; a subject or header the client refuses) is logged as an error,
   * `onDeadLetter` is called and the event terminated, rather than given back for ever.
   * @default DEFAULT_MAX_DELIVER (5)
   */
  maxDeliver?: number;
  /**
   * Delays in milliseconds before redelivering an event whose handler threw: the n-th failure
   * waits `backoff[n - 1]`, the last entry repeats. Each at most `MAX_DELAY_MS` (24.8 days).
   * @default DEFAULT_BACKOFF (`[1000, 5000, 10000]`)
   */
  backoff?: readonly number[];
  /**
   * How long the server waits for an ack before it delivers an event again. The bus extends it
   * while a handler runs, and on the NATS bus sends again, within seconds, the acks a server lost
   * (restarted, or a cluster's consumer leader killed: with `concurrency` 1 the server delivers
   * nothing more until it has the ack). It still decides how long delivery waits when a
   * subscriber dies (its events go to the next one after ackWait), when an event is lost on its
   * way to the subscriber (its server killed after sending it), and when a nak is lost; with
   * `concurrency` 1 nothing else is delivered meanwhile. At most `MAX_DELAY_MS` (24.8 days).
   * @default DEFAULT_ACK_WAIT (30000)
   */
  ackWait?: number;
  /**
   * How long (ms) `stop()`, and `close()` through it, wait for handlers still running. A
   * handler that has not settled by then is left running, but its event is given back (nak)
   * at once, for the next subscriber on the same durable (or the server's redelivery), and
   * `stop()` resolves: a handler that never settles cannot hold a shutdown. When that handler
   * settles later, nothing more is sent for it: its event is not settled a second time. The
   * event may then be handled twice (at-least-once), so keep it above your handlers' usual time.
   * 0 gives running events back without waiting; at most `MAX_DELAY_MS` (24.8 days).
   * @default DEFAULT_STOP_TIMEOUT (10000)
   */
  stopTimeout?: number;
  /**
   * Called with each invalid message (not UTF-8, not JSON, not an EventMessage): the error
   * carries the raw bytes and the reason. The message is terminated: never redelivered.
   * Also called with a message this SDK failed to read (`error.code` `internal`), once it has
   * been delivered `maxDeliver` times (see `maxDeliver`); it is not dead-lettered.
   * @default undefined (the message is terminated and a warning logged)
   */
  onInvalid?: (error: DecodeError, delivery: Delivery) => unknown;
  /**
   * Called with each well-formed event the catalog does not know (forward compatibility). The
   * event is acked when the hook returns; a throw is handled like a handler's throw.
   * @default undefined (unknown events are acked)
   */
  onUnknown?: (event: UnknownEvent, delivery: Delivery) => unknown;
  /**
   * Called once with an event given up on after `maxDeliver` deliveries; the message is then
   * terminated. With `deadLetterSubject`, only once the republish succeeded: a republish that
   * failed for a while naks the event instead, so that nothing is lost, and the step is tried
   * again the next time its handlers fail; one that can never succeed (see `maxDeliver`) is
   * logged and this is called without a letter republished.
   * @default undefined
   */
  onDeadLetter?: (letter: DeadLetter) => unknown;
  /**
   * Also republish each dead-lettered event's original payload to this subject, with the reason
   * in headers (`Mayastor-Dead-Letter-Reason`, cut to DEAD_LETTER_REASON_MAX_BYTES (1,024) bytes,
   * `-Deliveries`, `-Subject`, `-Sequence`). It must be a literal subject outside `events.>`
   * (which would put it back in the stream) of at most MAX_SUBJECT_BYTES.
   * @default undefined (not republished)
   * @example 'dead-letter.events'
   */
  deadLetterSubject?: string;
  /**
   * Remembers the events this subscription handled and acked, so that a handler runs once per
   * event even when the server loses the ack: an event delivered again within the window (a
   * server restarted or a cluster leader killed before it stored the ack, a broken connection;
   * whatever its `deliveryCount`, often 1) is acked without calling its handlers. Events are
   * known by their wire subject `events.<category>.<event id>`, the stream's identity of an event,
   * and the window keeps the length and a 32-bit hash of each handled message's bytes: a different
   * message on a handled subject (another event reusing the id, e.g. a `volume.delete` after the
   * `volume.create`) is not a redelivery, so it is handled, and a warning naming the subject is
   * logged. A message arriving while its subject is being handled (with `concurrency` above 1: a
   * publisher's retry stored again, a redelivery) waits for that handling, then is acked if it
   * succeeded and handled if it failed, as with `concurrency` 1. The window counts time on the
   * monotonic clock (`performance.now()`): a wall-clock jump forgets nothing.
   * `false` turns it off: every delivery runs the handlers.
   *
   * What stays at-least-once: the window lives in the subscriber's memory, so a subscriber that
   * dies between a handler's return and the server's receipt of the ack runs that handler again
   * in the next subscriber; so does an event delivered again after it left the window.
   * @default { window: the stream's duplicate window (120 s unless the stream says otherwise), maxEvents: DEFAULT_DEDUPE_MAX_EVENTS (100000) }
   * @example { window: 300_000 }
   */
  dedupe?: DedupeOptions | false;
  /**
   * Stops the subscription when it aborts, as `stop()` does. Aborted before the subscription is
   * made, `subscribe` rejects with an `AbortedError` (name `'AbortError'`) and leaves no consumer.
   * @default undefined
   */
  signal?: AbortSignal;
}

/** How long, and how many, handled events a subscription remembers (see `SubscribeOptions.dedupe`). */
export interface DedupeOptions {
  /**
   * How long (ms) a handled event is remembered, at least: it is forgotten only as newer events
   * are handled, so a server outage of any length does not empty the window. On the NATS bus the
   * default is the events stream's `duplicate_window` (within which the stream itself drops a
   * second publish of the same id); on the in-memory bus, `DEFAULT_DEDUPE_WINDOW`.
   * @default the stream's duplicate window, or DEFAULT_DEDUPE_WINDOW (120000)
   */
  window?: number;
  /**
   * The most handled events remembered (about 150 bytes each, subject and fingerprint): beyond it the oldest are forgotten
   * early, and a warning is logged once, since the window is then shorter than `window`.
   * @default DEFAULT_DEDUPE_MAX_EVENTS (100000)
   */
  maxEvents?: number;
}

/** A running subscription. */
export interface Subscription {
  /**
   * Stops taking new events and waits for the handlers in flight (their events are acked), at
   * most `stopTimeout`: the event of a handler still running then is given back (nak). Events
   * not handled stay in the stream for the next consumer on the same durable. On the NATS bus it
   * also waits for the last pull request to end (at most about a second).
   */
  stop(): Promise<void>;
  /** The consumer's name (the durable name, or the server-assigned name of an ephemeral). */
  readonly name: string;
  /** The server-side filter subject, e.g. `events.2.>`. */
  readonly filter: string;
  /** `stop()`, for `await using subscription = await bus.subscribe(…)`. */
  [Symbol.asyncDispose](): Promise<void>;
}

/**
 * One event of `bus.events(pattern)`: its key, the event typed by that key, and its delivery.
 * A union over the keys the pattern matches, so that testing `key` narrows `event`.
 */
export type EventItem<P extends SubjectPattern> = {
  [K in EventKeyMatching<P>]: {
    /** The event's subject key, e.g. `nexus.create`. */
    readonly key: K;
    /** The event, typed by its key. */
    readonly event: EventMap[K];
    /** Where and how it was delivered. */
    readonly delivery: Delivery<K>;
    /**
     * Acks the event now. Moving on to the next event acks it anyway; call it before leaving the
     * loop (`break`, `return`) to keep the event handled, since leaving the loop otherwise gives
     * it back (see `EventBus.events`).
     */
    ack(): void;
    /**
     * Calls `fn` in the event's trace context and returns what it returns (a throw or a rejection
     * reaches the loop unchanged). The loop body runs in the loop's own context, not in the
     * event's: spans made inside `fn` (and what `fn` awaits) are children of the event's
     * `process` span, in the trace the message's headers carry, as a handler's are. Without
     * telemetry (no `@opentelemetry/api`, `telemetry: { enabled: false }`, or no SDK nor
     * propagator registered) it is a plain call. Call it before `ack()`: settling the event ends
     * its `process` span. Works destructured, as `ack` does.
     * @example
     * for await (const item of bus.events('volume.*', { durable: 'my-service' })) {
     *   await item.inContext(() => tracer.startActiveSpan('store', async (span) => {
     *     await store(item.event);
     *     span.end();
     *   }));
     * }
     */
    inContext<R>(fn: () => R): R;
  };
}[EventKeyMatching<P>];

/** Options of `bus.events`: those of `subscribe`, one event at a time. */
export type EventsOptions = Omit<SubscribeOptions, 'concurrency'>;

/** The events of `bus.events(pattern)`: an async iterable of one subscription, also disposable. */
export interface EventStream<P extends SubjectPattern> extends AsyncIterable<EventItem<P>> {
  [Symbol.asyncIterator](): AsyncIterator<EventItem<P>, undefined>;
  /** Ends the loop as leaving it does: gives back the event in hand (unless acked) and stops the subscription. */
  [Symbol.asyncDispose](): Promise<void>;
}

/** The outcome of one publish. */
export interface PublishAck {
  /** The stream the event was stored in. */
  readonly stream: string;
  /** The event's stream sequence. */
  readonly sequence: number;
  /** True when the stream already had an event with this id (de-duplicated: not stored twice). */
  readonly duplicate: boolean;
  /** The wire subject it was published on. */
  readonly subject: string;
}

/** Publishes and subscribes to Mayastor events; implemented by the NATS bus and the in-memory bus. */
export interface EventBus {
  /**
   * Validates (strict writer), encodes and stores an event on `events.<category>.<id>`,
   * de-duplicated by its id; resolves once the stream has it. Rejects with an
   * `EventValidationError` (also when the bytes written are not the event checked: an object whose
   * getters answer differently on each read) or a `SubjectError` (nothing was sent), a `QueueFullError` (too many
   * events waiting for the server), a `PublishError` (the retries ran out) or a `BusClosedError`.
   */
  publish(event: CatalogEvent | EventMessage): Promise<PublishAck>;
  /**
   * Stores a message exactly as it was written (a bridge relaying another service's events),
   * on `events.<category>.<id>`, de-duplicated by its id, with the same queue and retries as
   * `publish`. Any message the Rust services accept is forwarded byte for byte, members this SDK
   * does not know included; an invalid one rejects with its `DecodeError` (nothing is sent).
   */
  forward(message: Uint8Array | string): Promise<PublishAck>;
  /** Starts a consumer that routes each event to the handlers whose key matches it. */
  subscribe(handlers: HandlerMap, options?: SubscribeOptions): Promise<Subscription>;
  /**
   * The events `pattern` matches as an async iterable, one at a time (a subscription with
   * `concurrency` 1: the server sends the next event once the loop has moved on, so nothing
   * piles up in memory). The subscription starts with the first `next()` (a failure to subscribe
   * rejects it) and stops when the loop ends.
   *
   * - Moving on to the next event (the loop body ran to its end, or `continue`d) acks the event.
   * - Leaving the loop (`break`, `return`, a throw in the body) stops the subscription and gives
   *   the event in hand back as a failed delivery, as a handler's throw does (nak with the
   *   `backoff` delay, counted toward `maxDeliver`, dead-lettered on the last), unless the body
   *   called `item.ack()` first. JavaScript calls the same `return()` of the iterator for a
   *   `break` and for a throw and does not say which, so the iterator takes the choice that loses
   *   nothing: a body that throws has its event redelivered; to `break` after an event that is
   *   done, `ack()` it first. (On an ephemeral consumer, deleted when the loop ends, nothing is
   *   redelivered either way.)
   * - `options.signal` aborting ends the loop: a `next()` waiting rejects with an `AbortedError`
   *   (name `'AbortError'`). The bus closing ends it quietly.
   * - The loop body runs in the caller's context, not inside the event's OpenTelemetry `process`
   *   span: wrap the work in `item.inContext(fn)` (before `ack()`) to make its spans children of it.
   *
   * @example
   * for await (const { key, event, delivery, ack } of bus.events('nexus.*', { durable: 'my-service' })) {
   *   console.log(key, event.target, delivery.streamSequence);
   *   if (key === 'nexus.shutdown') { ack(); break; }
   * }
   */
  events<P extends SubjectPattern>(pattern: P, options?: EventsOptions): EventStream<P>;
  /** Resolves when every publish accepted before the call has been acked or has failed. */
  flush(): Promise<void>;
  /**
   * Stops every subscription (finishing the handlers in flight, for at most their `stopTimeout`),
   * gives each queued publish one last attempt without waiting out retry delays, and releases
   * the bus. A publish the server did not confirm rejects with a `PublishError`; publishing
   * after `close()` started rejects with a `BusClosedError`.
   */
  close(): Promise<void>;
  /** `close()`, for `await using bus = …`. */
  [Symbol.asyncDispose](): Promise<void>;
}

/** Where the bus reports what it cannot throw (connection status, failing hooks); every method optional. */
export interface BusLogger {
  debug?(message: string, details?: Record<string, unknown>): void;
  info?(message: string, details?: Record<string, unknown>): void;
  warn?(message: string, details?: Record<string, unknown>): void;
  error?(message: string, details?: Record<string, unknown>): void;
}
