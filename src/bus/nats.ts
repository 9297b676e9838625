// The NATS JetStream bus, wired from its parts: the options (nats-options.ts), the events stream
// got or created as the Rust services expect it (nats-stream.ts), the publisher with its bounded
// queue, retries and de-duplication (nats-publisher.ts), and the subscriptions, pull consumers
// driven by the router (nats-subscription.ts). Only `connectEventBus` (connect.ts) loads this
// module, with a dynamic import on its first call: the root entry imports neither it nor nats.
import { connect, type JetStreamManager, type NatsConnection } from 'nats';
import type { EventMessage } from '../generated/types.js';
import type { CatalogEvent } from '../generated/registry.js';
import { MayastorEventsError } from '../errors.js';
import { guardLogger, type GuardedLogger } from '../internal/logger.js';
import { publishRetrySpan, type EventBusOptions, type NatsEventBus } from './connect.js';
import { BusClosedError, BusConnectionError, StreamConfigError } from './errors.js';
import { resolveBusOptions } from './nats-options.js';
import { Publisher } from './nats-publisher.js';
import { EventsStream } from './nats-stream.js';
import { NatsSubscription } from './nats-subscription.js';
import { resolveSubscribeOptions, withStreamDedupeWindow } from './options.js';
import { prepareEvent, prepareMessage } from './prepare.js';
import { startTelemetry } from '../telemetry/telemetry.js';
import type { HandlerMap, PublishAck, SubscribeOptions, Subscription } from './types.js';

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
  const telemetry = await startTelemetry(options.telemetry); // before connecting: a malformed option fails first
  const logger = guardLogger(resolved.logger);
  const retrySpan = publishRetrySpan(resolved);
  let nc: NatsConnection;
  try {
    nc = await connect(resolved.connection);
  } catch (error) {
    throw new BusConnectionError(`cannot connect to NATS at ${String(resolved.connection.servers ?? '127.0.0.1:4222')}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  logStatus(nc, logger);

  let jsm: JetStreamManager;
  let stream: EventsStream;
  let duplicateWindow: number; // the stream's: the default window of handled events (`dedupe`)
  try {
    jsm = await nc.jetstreamManager();
    stream = new EventsStream(jsm, resolved.stream, retrySpan, logger);
    duplicateWindow = (await stream.ensure()).duplicateWindow;
  } catch (error) {
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

  async function subscribe(handlers: HandlerMap, subscribeOptions?: SubscribeOptions): Promise<Subscription> {
    if (publisher.closing) throw new BusClosedError('subscribe');
    const subscribeResolved = withStreamDedupeWindow(resolveSubscribeOptions(subscribeOptions), duplicateWindow);
    const subscription = await NatsSubscription.start(context, handlers, subscribeResolved);
    subscriptions.add(subscription);
    return subscription;
  }

  async function close(): Promise<void> {
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
    flush: () => publisher.flush(),
    close,
  };
}
