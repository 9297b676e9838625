// The explorer's live source: a read-only ephemeral consumer of the events stream (nothing is
// left on the server), through the SDK's bus as `tail` uses it. The explorer never creates the
// stream: while it is missing the page says so, and the source waits for it to appear.
import {
  DEFAULT_STREAM_NAME,
  catalogEntryFor,
  connectEventBus,
  natsConnectionOptions,
  type BusLogger,
  type CatalogEvent,
  type DeliverPolicy,
  type Delivery,
  type NatsConnectionSettings,
  type NatsEventBus,
  type Subscription,
} from 'mayastor-events';
import { firstLine } from '../nats-options.js';
import { escapeUnprintable } from '../printable.js';
import { keyOfUnknown } from '../tail.js';
import { eventRecord, invalidRecord, unknownRecord } from './record.js';
import type { ExploreServer } from './server.js';

// How often a missing stream, or an unreachable server, is looked for again.
const RETRY_MS = 2_000;
// JetStream's error code for a stream that does not exist.
const STREAM_NOT_FOUND = 10059;

/** Options of {@link LiveSource}. */
export interface LiveSourceOptions {
  readonly connection: NatsConnectionSettings;
  readonly deliver: DeliverPolicy;
  /** `--from` as given, for the status line. */
  readonly from: string;
  readonly logger: BusLogger;
}

/** Feeds an explorer from the bus: waits for the stream, then follows it until stopped. */
export class LiveSource {
  readonly #options: LiveSourceOptions;
  readonly #server: ExploreServer;
  readonly #url: string;
  readonly #stopping = new AbortController();
  #bus: NatsEventBus | undefined;
  #subscription: Subscription | undefined;
  #running: Promise<void> | undefined;

  constructor(server: ExploreServer, options: LiveSourceOptions) {
    this.#server = server;
    this.#options = options;
    this.#url = shownServers(options.connection);
  }

  /** Starts following in the background; connection trouble is shown on the page, never thrown. */
  start(): void {
    this.#running ??= this.#run().catch((error: unknown) => {
      this.#server.setStatus({ state: 'down', text: `stopped following the bus: ${escapeUnprintable((error as Error).message)}` });
    });
  }

  /** Stops the consumer and closes the connection. */
  async stop(): Promise<void> {
    this.#stopping.abort();
    await this.#running;
    await this.#subscription?.stop().catch(() => undefined);
    await this.#bus?.close().catch(() => undefined);
  }

  async #run(): Promise<void> {
    const signal = this.#stopping.signal;
    while (await this.#waitForStream()) {
      try {
        await this.#follow();
        return;
      } catch (error) {
        // NATS went away between the look and the subscription: look again.
        await this.#bus?.close().catch(() => undefined);
        this.#bus = undefined;
        this.#server.setStatus({ state: 'down', text: `cannot follow the stream on ${this.#url}: ${escapeUnprintable(firstLine(error))}; trying again` });
        if (!(await pause(signal))) return;
      }
    }
  }

  async #follow(): Promise<void> {
    const bus = await connectEventBus({ ...this.#options.connection, logger: this.#options.logger });
    this.#bus = bus;
    if (this.#stopping.signal.aborted) return;
    const where = (delivery: Delivery): string => `${delivery.subject}, sequence ${delivery.streamSequence}`;
    const onEvent = (event: CatalogEvent, delivery: Delivery): void => {
      const key = catalogEntryFor(event.category, event.action)?.key ?? `${event.category}.${event.action}`;
      this.#server.add(eventRecord(key, event, delivery.raw, where(delivery)));
    };
    this.#subscription = await bus.subscribe(
      { '>': onEvent },
      {
        deliver: this.#options.deliver,
        maxDeliver: 1,
        onUnknown: (unknown, delivery) => void this.#server.add(unknownRecord(keyOfUnknown(unknown), unknown, delivery.raw, where(delivery))),
        onInvalid: (error, delivery) => void this.#server.add(invalidRecord(error.reason, error.path, delivery.raw, where(delivery))),
      },
    );
    const following = `following ${bus.stream} on ${this.#url} from ${escapeUnprintable(this.#options.from)}`;
    this.#server.setStatus({ state: 'live', text: following });
    void this.#watch(bus, following);
  }

  /** Shows the connection's ups and downs on the page. */
  async #watch(bus: NatsEventBus, following: string): Promise<void> {
    for await (const status of bus.connection.status()) {
      if (status.type === 'disconnect') this.#server.setStatus({ state: 'down', text: `lost the connection to NATS at ${this.#url}: reconnecting…` });
      else if (status.type === 'reconnect') this.#server.setStatus({ state: 'live', text: `reconnected to NATS: ${following}` });
    }
  }

  /** Resolves true once the stream exists (false when stopped first), saying on the page what it waits for. */
  async #waitForStream(): Promise<boolean> {
    const { connect } = await import('nats');
    const signal = this.#stopping.signal;
    while (!signal.aborted) {
      let nc: Awaited<ReturnType<typeof connect>> | undefined;
      try {
        nc = await connect({ ...(await natsConnectionOptions(this.#options.connection, 'mayastor-events-explore')), maxReconnectAttempts: 0 });
        const jsm = await nc.jetstreamManager();
        for (;;) {
          try {
            await jsm.streams.info(DEFAULT_STREAM_NAME);
            return true;
          } catch (error) {
            if ((error as { api_error?: { err_code?: number } }).api_error?.err_code !== STREAM_NOT_FOUND) throw error;
          }
          this.#server.setStatus({
            state: 'waiting',
            text: `the stream ${DEFAULT_STREAM_NAME} does not exist on ${this.#url}: waiting for the Mayastor services to create it (explore never does)`,
          });
          if (!(await pause(signal))) return false;
        }
      } catch (error) {
        this.#server.setStatus({ state: 'down', text: `cannot reach NATS at ${this.#url}: ${escapeUnprintable(firstLine(error))}; trying again` });
        if (!(await pause(signal))) return false;
      } finally {
        await nc?.close().catch(() => undefined);
      }
    }
    return false;
  }
}

/** The servers as the page may show them: without the user and password a URL may carry (`nats://user:pass@host`). */
export function shownServers(connection: NatsConnectionSettings): string {
  const servers = connection.servers ?? [];
  const text = Array.isArray(servers) ? servers.join(',') : String(servers);
  return escapeUnprintable(text.replace(/(^|,|\/\/)[^,@/]*@/gu, '$1'));
}

/** Waits `RETRY_MS`; false when stopped meanwhile. */
function pause(signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      resolve(true);
    }, RETRY_MS);
    const stop = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    signal.addEventListener('abort', stop, { once: true });
  });
}
