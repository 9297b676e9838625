// The in-memory bus: the NATS bus's twin in one process, for unit tests and for running without
// a server. A stream with sequences and de-duplication, consumers with ack / nak / back-off /
// dead-letter, durable consumers that resume: driven by the same router as the NATS bus.
import { utf8BytesOwned } from '../codec/utf8.js';
import type { EventMessage } from '../generated/types.js';
import type { CatalogEvent } from '../generated/registry.js';
import { assertSubject, matchesPattern } from '../subject.js';
import { BusClosedError, BusOptionsError } from './errors.js';
import { MessageLog } from './memory-log.js';
import { backoffDelay, resolveSubscribeOptions, withStreamDedupeWindow, type ResolvedSubscribeOptions } from './options.js';
import { prepareEvent, prepareMessage, type PreparedEvent } from './prepare.js';
import { createRouter, describeError, type MessageControl, type Router } from './router.js';
import type { BusLogger, Delivery, EventBus, HandlerMap, PublishAck, SubscribeOptions, Subscription } from './types.js';

// A consumer's next pump: setImmediate where the runtime has one (Node: after pending I/O, with
// no 1 ms clamp), setTimeout elsewhere (browsers), so that the memory bus runs in both.
const soon: (run: () => void) => void =
  typeof globalThis.setImmediate === 'function' ? (run) => void globalThis.setImmediate(run) : (run) => void setTimeout(run, 0);

/** The stream name the in-memory bus reports in its acks, as the NATS bus does. */
export const MEMORY_STREAM_NAME = 'events-stream';
/** Messages the in-memory stream keeps by default; the oldest are discarded beyond it. */
export const DEFAULT_MEMORY_MAX_MESSAGES = 100_000;
/** How long an event id is remembered for de-duplication by default (ms), as JetStream's default. */
export const DEFAULT_DUPLICATE_WINDOW = 120_000;

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
   * Where failing hooks and dead letters are reported.
   * @default undefined (nothing is reported)
   */
  logger?: BusLogger;
}

/** A message as the in-memory stream stores it. */
export interface StoredMessage {
  readonly sequence: number;
  readonly subject: string;
  readonly data: Uint8Array;
  readonly headers: Readonly<Record<string, string>>;
  /** When it was stored (ms since the epoch). */
  readonly time: number;
}

/** A message seen on a plain subject (outside the stream), e.g. a dead letter. */
export interface CoreMessage {
  readonly subject: string;
  readonly data: Uint8Array;
  readonly headers: Readonly<Record<string, string>>;
}

/** The in-memory bus: an `EventBus`, plus the stream and plain subjects for tests to look at and feed. */
export interface MemoryBus extends EventBus {
  /**
   * Stores bytes on a subject exactly as a foreign publisher would, without any check (to feed
   * subscribers poison messages or upstream bytes); a subject outside `events.>` goes to `listen`ers only.
   */
  publishRaw(subject: string, data: Uint8Array | string, headers?: Record<string, string>): Promise<PublishAck>;
  /** Calls `listener` with each message published on a plain subject (e.g. a dead-letter subject); returns the unsubscribe function. */
  listen(subject: string, listener: (message: CoreMessage) => void): () => void;
  /** The messages the stream holds, oldest first. */
  messages(): readonly StoredMessage[];
}

interface Pending {
  deliveries: number;
  ready: boolean;
  inFlight: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
}

interface ConsumerState {
  readonly name: string;
  readonly durable: boolean;
  readonly filter: string;
  /** The next stream sequence never delivered. */
  next: number;
  readonly pending: Map<number, Pending>;
  active: ActiveSubscription | undefined;
}

interface ActiveSubscription {
  wake(): void;
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

function positive(option: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 1) throw new BusOptionsError(option, `expected a positive integer, got ${String(value)}`);
  return value;
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
  const maxMessages = positive('maxMessages', options.maxMessages, DEFAULT_MEMORY_MAX_MESSAGES);
  const duplicateWindow = positive('duplicateWindow', options.duplicateWindow, DEFAULT_DUPLICATE_WINDOW);
  const logger = options.logger ?? {};

  const stream = new MessageLog<StoredMessage>();
  let firstSequence = 1;
  let lastSequence = 0;
  const recentIds = new Map<string, { sequence: number; time: number }>();
  const consumers = new Map<string, ConsumerState>();
  const listeners = new Set<{ subject: string; listener: (message: CoreMessage) => void }>();
  const subscriptions = new Set<Subscription>();
  let ephemeralCount = 0;
  // Set when close() starts (as the NATS bus does): publish and subscribe are refused from then on,
  // even from handlers still running while the subscriptions stop.
  let closing = false;
  let closed = false;
  let closedPromise: Promise<void> | undefined;

  function messageAt(sequence: number): StoredMessage | undefined {
    return stream.at(sequence - firstSequence);
  }

  function wakeAll(): void {
    for (const consumer of consumers.values()) consumer.active?.wake();
  }

  function store(subject: string, data: Uint8Array, headers: Record<string, string>): StoredMessage {
    const message: StoredMessage = { sequence: ++lastSequence, subject, data, headers: Object.freeze({ ...headers }), time: Date.now() };
    stream.push(message);
    while (stream.length > maxMessages) {
      stream.dropOldest();
      firstSequence++;
    }
    wakeAll();
    return message;
  }

  function forgetOldIds(now: number): void {
    for (const [id, seen] of recentIds) {
      if (now - seen.time < duplicateWindow) break;
      recentIds.delete(id);
    }
  }

  function deliverToListeners(subject: string, data: Uint8Array, headers: Record<string, string>): void {
    for (const { subject: pattern, listener } of listeners) {
      if (matchesPattern(pattern, subject)) {
        try {
          listener({ subject, data, headers: { ...headers } });
        } catch (error) {
          try {
            logger.error?.('a listen() listener threw', { error, subject });
          } catch {
            // a throwing logger changes nothing
          }
        }
      }
    }
  }

  function publish(event: CatalogEvent | EventMessage): Promise<PublishAck> {
    if (closing) return Promise.reject(new BusClosedError('publish'));
    try {
      return store1(prepareEvent(event));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  function forward(message: Uint8Array | string): Promise<PublishAck> {
    if (closing) return Promise.reject(new BusClosedError('publish'));
    try {
      return store1(prepareMessage(message));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /** Stores a prepared event once (de-duplicated by id), asynchronously like the network. */
  async function store1(prepared: PreparedEvent): Promise<PublishAck> {
    // Asynchronous like the network: the caller's code after `publish(...)` runs first.
    await Promise.resolve();
    if (closed) throw new BusClosedError('publish');
    const now = Date.now();
    forgetOldIds(now);
    const seen = recentIds.get(prepared.id);
    if (seen !== undefined) return { stream: MEMORY_STREAM_NAME, sequence: seen.sequence, duplicate: true, subject: prepared.subject };
    const message = store(prepared.subject, prepared.bytes, {});
    recentIds.set(prepared.id, { sequence: message.sequence, time: now });
    return { stream: MEMORY_STREAM_NAME, sequence: message.sequence, duplicate: false, subject: prepared.subject };
  }

  async function publishRaw(subject: string, data: Uint8Array | string, headers: Record<string, string> = {}): Promise<PublishAck> {
    if (closed) throw new BusClosedError('publish');
    assertSubject('subject', subject);
    const bytes = typeof data === 'string' ? utf8BytesOwned(data) : data;
    await Promise.resolve();
    if (!matchesPattern('events.>', subject)) {
      deliverToListeners(subject, bytes, headers);
      return { stream: '', sequence: 0, duplicate: false, subject };
    }
    const message = store(subject, bytes, headers);
    return { stream: MEMORY_STREAM_NAME, sequence: message.sequence, duplicate: false, subject };
  }

  function startSequence(resolved: ResolvedSubscribeOptions): number {
    const deliver = resolved.deliver;
    switch (deliver.policy) {
      case 'all':
        return firstSequence;
      case 'new':
        return lastSequence + 1;
      case 'startSequence':
        return Math.max(deliver.startSequence, firstSequence);
      case 'startTime': {
        const since = deliver.startTime.getTime();
        const found = stream.findIndex((message) => message.time >= since);
        return found === -1 ? lastSequence + 1 : firstSequence + found;
      }
    }
  }

  function consumerFor(resolved: ResolvedSubscribeOptions, filter: string): ConsumerState {
    if (resolved.durable !== undefined) {
      const existing = consumers.get(resolved.durable);
      if (existing !== undefined) {
        if (existing.filter !== filter) {
          throw new BusOptionsError(
            'durable',
            `consumer ${resolved.durable} exists with filter ${existing.filter}, these handlers need ${filter}: use another durable name`,
          );
        }
        if (existing.active !== undefined) {
          throw new BusOptionsError('durable', `consumer ${resolved.durable} already has a running subscription in this in-memory bus`);
        }
        return existing;
      }
    }
    const name = resolved.durable ?? `ephemeral-${++ephemeralCount}`;
    const state: ConsumerState = { name, durable: resolved.durable !== undefined, filter, next: startSequence(resolved), pending: new Map(), active: undefined };
    consumers.set(name, state);
    return state;
  }

  async function subscribe(handlers: HandlerMap, subscribeOptions?: SubscribeOptions): Promise<Subscription> {
    if (closing) throw new BusClosedError('subscribe');
    const resolved = withStreamDedupeWindow(resolveSubscribeOptions(subscribeOptions), duplicateWindow);
    // Dead letters go out even while the bus closes (the NATS bus publishes them on the connection).
    const router: Router = createRouter(handlers, resolved, async (subject, raw, headers) => {
      testHooks.get(self)?.beforeDeadLetter?.(subject);
      await publishRaw(subject, raw, headers);
    }, logger);
    const consumer = consumerFor(resolved, router.filter);
    // The runs of the handlers in flight, each with the way to give its event back (see stop()).
    const inFlight = new Map<Promise<void>, () => void>();
    let stopping = false;
    let scheduled = false;

    function settle(sequence: number, pending: Pending): { control: MessageControl; isSettled: () => boolean } {
      let settled = false;
      const once = (run: () => void) => () => {
        if (settled) return;
        settled = true;
        run();
        consumer.active?.wake();
      };
      const control: MessageControl = {
        ack: once(() => consumer.pending.delete(sequence)),
        term: once(() => consumer.pending.delete(sequence)),
        nak: (delayMs: number) =>
          once(() => {
            pending.timer = setTimeout(() => {
              pending.timer = undefined;
              pending.ready = true;
              consumer.active?.wake();
            }, delayMs);
          })(),
      };
      return { control, isSettled: () => settled };
    }

    function launch(sequence: number, message: StoredMessage, pending: Pending): void {
      pending.deliveries++;
      pending.ready = false;
      pending.inFlight = true;
      const delivery: Delivery = { subject: message.subject, streamSequence: sequence, deliveryCount: pending.deliveries, raw: message.data };
      const { control, isSettled } = settle(sequence, pending);
      // The router never throws nor rejects; should it ever, the message is still settled
      // (given back), so the consumer cannot stall on it.
      const giveBack = (error: unknown): void => {
        try {
          logger.error?.('dispatch failed; the message is given back', { error, reason: describeError(error), streamSequence: sequence });
        } catch {
          // a throwing logger changes nothing
        }
      };
      let dispatched: void | Promise<void> = undefined;
      try {
        dispatched = router.dispatch(delivery, control);
      } catch (error) {
        giveBack(error);
      }
      // Set when stop() gave the event back while its handler ran on: the pending state is then
      // no longer this run's (a later subscriber may have it in hand), and its settle is ignored.
      let abandoned = false;
      const run = Promise.resolve(dispatched)
        .catch(giveBack)
        .finally(() => {
          if (abandoned) return;
          if (!isSettled()) control.nak(backoffDelay(resolved.backoff, delivery.deliveryCount));
          pending.inFlight = false;
          inFlight.delete(run);
          pump();
        });
      inFlight.set(run, () => {
        abandoned = true;
        inFlight.delete(run);
        pending.inFlight = false;
        control.nak(0);
      });
    }

    function nextRedelivery(): number | undefined {
      let best: number | undefined;
      for (const [sequence, pending] of consumer.pending) {
        if (pending.ready && !pending.inFlight && (best === undefined || sequence < best)) best = sequence;
      }
      return best;
    }

    function pump(): void {
      while (!stopping && !closed && inFlight.size < resolved.concurrency) {
        const again = nextRedelivery();
        if (again !== undefined) {
          const pending = consumer.pending.get(again)!;
          const message = messageAt(again);
          if (message === undefined) {
            consumer.pending.delete(again); // discarded from the stream meanwhile
            continue;
          }
          launch(again, message, pending);
          continue;
        }
        if (consumer.pending.size >= resolved.concurrency) return;
        if (consumer.next < firstSequence) consumer.next = firstSequence;
        let message: StoredMessage | undefined;
        while (consumer.next <= lastSequence) {
          const candidate = messageAt(consumer.next++);
          if (candidate !== undefined && matchesPattern(consumer.filter, candidate.subject)) {
            message = candidate;
            break;
          }
        }
        if (message === undefined) return;
        const pending: Pending = { deliveries: 0, ready: false, inFlight: false, timer: undefined };
        consumer.pending.set(message.sequence, pending);
        launch(message.sequence, message, pending);
      }
    }

    consumer.active = {
      wake() {
        if (scheduled) return;
        scheduled = true;
        soon(() => {
          scheduled = false;
          pump();
        });
      },
    };
    consumer.active.wake();

    // Resolves when no handler is running, or after `ms`, whichever comes first.
    async function settledWithin(ms: number): Promise<void> {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const deadline = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), ms)));
      try {
        while (inFlight.size > 0) {
          if ((await Promise.race([Promise.allSettled([...inFlight.keys()]), deadline])) === 'late') return;
        }
      } finally {
        clearTimeout(timer);
      }
    }

    let stopped: Promise<void> | undefined;
    const subscription: Subscription = {
      name: consumer.name,
      filter: consumer.filter,
      stop() {
        stopped ??= (async () => {
          stopping = true;
          await settledWithin(resolved.stopTimeout);
          for (const giveBack of [...inFlight.values()]) {
            try {
              logger.warn?.('a handler did not settle within stopTimeout; its event is given back', { stopTimeout: resolved.stopTimeout });
            } catch {
              // a throwing logger changes nothing
            }
            giveBack();
          }
          consumer.active = undefined;
          subscriptions.delete(subscription);
          if (!consumer.durable) {
            for (const pending of consumer.pending.values()) clearTimeout(pending.timer);
            consumers.delete(consumer.name);
          }
        })();
        return stopped;
      },
    };
    subscriptions.add(subscription);
    return subscription;
  }

  const self: MemoryBus = {
    publish,
    forward,
    publishRaw,
    subscribe,
    listen(subject, listener) {
      const entry = { subject, listener };
      listeners.add(entry);
      return () => listeners.delete(entry);
    },
    messages: () => stream.toArray(),
    async flush() {
      // Every publish is stored before its promise resolves: nothing is ever queued.
    },
    close() {
      closing = true;
      closedPromise ??= (async () => {
        await Promise.all([...subscriptions].map((subscription) => subscription.stop()));
        closed = true;
        for (const consumer of consumers.values()) for (const pending of consumer.pending.values()) clearTimeout(pending.timer);
      })();
      return closedPromise;
    },
  };
  return self;
}
