// The NATS JetStream bus, wired from its parts: the options (nats-options.ts), the events stream
// got or created as the Rust services expect it (nats-stream.ts), the publisher with its bounded
// queue, retries and de-duplication (nats-publisher.ts), and the subscriptions, pull consumers
// driven by the router (nats-subscription.ts). Only `connectEventBus` (connect.ts) loads this
// module, with a dynamic import on its first call: the root entry imports neither it nor nats.
import { connect, type JetStreamManager, type NatsConnection } from 'nats';
import type { EventMessage } from '../generated/types.js';
import type { CatalogEvent } from '../generated/registry.js';
import { MayastorEventsError } from '../errors.js';
import { asyncDispose, isAbortSignal, untilAborted, whenAborted } from '../internal/abort.js';
import { guardLogger, type GuardedLogger } from '../internal/logger.js';
import { publishRetrySpan, type EventBusOptions, type NatsEventBus } from './connect.js';
import { AbortedError, BusClosedError, BusConnectionError, BusOptionsError, StreamConfigError } from './errors.js';
import { eventStream } from './events.js';
import { abortableConnection } from './nats-connection.js';
import { connectFailureReason } from '../internal/connect-failure.js';
import { resolveBusOptions } from './nats-options.js';
import { Publisher } from './nats-publisher.js';
import { EventsStream } from './nats-stream.js';
import { NatsSubscription } from './nats-subscription.js';
import { resolveSubscribeOptions, withStreamDedupeWindow } from './options.js';
import { prepareEvent, prepareMessage } from './prepare.js';
import { startTelemetry } from '../telemetry/telemetry.js';
import type { SubjectPattern } from '../subject.js';
import type { EventsOptions, HandlerMap, PublishAck, SubscribeOptions } from './types.js';
import { serversText } from '../internal/servers.js';

// The deadline of a subscription's consumer check: short, so that stop() is not held up by a server that is away.
const CONSUMER_CHECK_TIMEOUT = 1_000;

/** Logs the connection's status changes (disconnect, reconnect, errors) until it closes. */
function logStatus(nc: NatsConnection, logger: GuardedLogger): void {
  void (async () => {
    for await (const status of nc.status()) {
      const details = { type: status.type, data: status.data };
      if (status.type === 'error' || status.type === 'disconnect') logger.warn(`nats connection: ${status.type}`, details);
      else logger.info(`nats connection: ${status.type}`, details);
    }
  })().catch(() => undefined);
}

/** The NATS bus behind `connectEventBus` (connect.ts), which loads this module, and nats.js with it, on first use. */
export async function connectNatsEventBus(options: EventBusOptions): Promise<NatsEventBus> {
  const resolved = resolveBusOptions(options);
  const signal = options.signal;
  if (signal !== undefined && !isAbortSignal(signal)) throw new BusOptionsError('signal', 'expected an AbortSignal');
  const aborted = (): AbortedError => new AbortedError('connectEventBus', { cause: signal?.reason });
  if (signal?.aborted) throw aborted();
  const telemetry = await startTelemetry(options.telemetry); // before connecting: a malformed option fails first
  const logger = guardLogger(resolved.logger);
  const retrySpan = publishRetrySpan(resolved);
  let nc: NatsConnection;
  try {
    // Aborted while connecting: rejects at once, and a connection made too late is closed.
    nc = await untilAborted(connect(signal === undefined ? resolved.connection : abortableConnection(resolved.connection, signal, aborted)), signal, aborted, (late) => void late.close().catch(() => undefined));
  } catch (error) {
    telemetry?.close();
    if (error instanceof AbortedError) throw error;
    throw new BusConnectionError(`cannot connect to NATS at ${serversText(resolved.connection.servers)}: ${connectFailureReason(error)}`, {
      cause: error,
    });
  }
  logStatus(nc, logger);

  let jsm: JetStreamManager;
  let stream: EventsStream;
  let duplicateWindow: number; // the stream's: the default window of handled events (`dedupe`)
  try {
    jsm = await untilAborted(nc.jetstreamManager(), signal, aborted);
    stream = new EventsStream(jsm, resolved.stream, retrySpan, logger);
    duplicateWindow = (await untilAborted(stream.ensure(), signal, aborted)).duplicateWindow;
  } catch (error) {
    telemetry?.close();
    await nc.close().catch(() => undefined);
    if (error instanceof MayastorEventsError) throw error;
    throw new StreamConfigError(resolved.stream.name, `JetStream is not available: ${(error as Error).message}`, { cause: error });
  }

  const publisher = new Publisher(nc, resolved, logger, () => stream.restore(), telemetry);
  const subscriptions = new Set<NatsSubscription>();
  let quickJsm: Promise<JetStreamManager> | undefined;
  const context = {
    nc,
    jsm,
    checkJsm: (): Promise<JetStreamManager> => (quickJsm ??= nc.jetstreamManager({ timeout: CONSUMER_CHECK_TIMEOUT, checkAPI: false })),
    stream,
    logger,
    onStopped: (subscription: NatsSubscription) => void subscriptions.delete(subscription),
    telemetry,
  };

  async function subscribe(handlers: HandlerMap, subscribeOptions?: SubscribeOptions): Promise<NatsSubscription> {
    if (publisher.closing) throw new BusClosedError('subscribe');
    const subscribeResolved = withStreamDedupeWindow(resolveSubscribeOptions(subscribeOptions), duplicateWindow);
    const subscribeSignal = subscribeResolved.signal;
    if (subscribeSignal?.aborted) throw new AbortedError('subscribe', { cause: subscribeSignal.reason });
    const subscription = await NatsSubscription.start(context, handlers, subscribeResolved);
    subscriptions.add(subscription);
    if (subscribeSignal?.aborted) {
      // Aborted while the consumer was being made: stopped (an ephemeral consumer deleted) before rejecting.
      await subscription.stop();
      throw new AbortedError('subscribe', { cause: subscribeSignal.reason });
    }
    return subscription;
  }

  // Aborting the connect signal once the bus is up closes it.
  const stopAborting = whenAborted(signal, () => void close());

  async function close(): Promise<void> {
    stopAborting();
    if (publisher.closing) {
      await nc.closed();
      return;
    }
    // Retries waiting for their delay give up now; queued events get one attempt each, all at
    // once: close() waits one ack timeout at most for the publishes.
    const drained = publisher.close();
    await Promise.all([...[...subscriptions].map((subscription) => subscription.stop()), drained]);
    publisher.release();
    telemetry?.close();
    await nc.close();
  }

  return {
    connection: nc,
    stream: stream.name,
    publish: (event: CatalogEvent | EventMessage): Promise<PublishAck> => publisher.enqueue(() => prepareEvent(event)),
    forward: (message: Uint8Array | string): Promise<PublishAck> => publisher.enqueue(() => prepareMessage(message), 'forward'),
    subscribe,
    events: <P extends SubjectPattern>(pattern: P, eventsOptions?: EventsOptions) => eventStream(subscribe, pattern, eventsOptions),
    flush: () => publisher.flush(),
    close,
    [asyncDispose]: close,
  };
}
