// The call-home stats service embedded in an application: the app opens its own event bus and
// counter store, starts the service on its own listen address, logs through one logger, and
// stops it gracefully with the rest of the app. The counts are kept in a JetStream key-value
// bucket with the stream sequence they include, so a restart neither loses nor doubles a count.
//
// Run it against a NATS server with JetStream (`nats-server -js`), then scrape it:
//   NATS_URL=nats://127.0.0.1:4222 LISTEN=127.0.0.1:9090 npx tsx examples/stats-embedded.ts
//   curl http://127.0.0.1:9090/stats
// Environment:
//   NATS_URL       the server(s), comma-separated (default nats://127.0.0.1:4222)
//   LISTEN         host:port of /stats, /healthz and /readyz (default 127.0.0.1:9090)
//   EXIT_AFTER_MS  stop by itself after this many milliseconds (default: run until SIGINT/SIGTERM)
// Logs on standard error, one line per thing that happened.
import { connectEventBus, type NatsEventBus } from 'mayastor-events';
import {
  DEFAULT_STATS_CONSUMER,
  createLineLogger,
  openNatsCounterStore,
  startStatsService,
  type NatsCounterStore,
  type StatsService,
} from 'mayastor-events/stats';

const servers = (process.env['NATS_URL'] || 'nats://127.0.0.1:4222').split(',').map((url) => url.trim());
const listen = process.env['LISTEN'] || '127.0.0.1:9090';
const exitAfterMs = process.env['EXIT_AFTER_MS'] ? Number(process.env['EXIT_AFTER_MS']) : undefined;
if (exitAfterMs !== undefined && !(Number.isSafeInteger(exitAfterMs) && exitAfterMs > 0)) {
  console.error(`stats-embedded: EXIT_AFTER_MS must be a positive integer, got ${JSON.stringify(process.env['EXIT_AFTER_MS'])}`);
  process.exit(2);
}

// One logger for the bus and the service: `<ISO time> <LEVEL> <message> {details}` on stderr.
const logger = createLineLogger({ debug: process.env['DEBUG'] === '1' });

// Resolves on the first SIGINT/SIGTERM, or after EXIT_AFTER_MS.
let finish!: (why: string) => void;
const finished = new Promise<string>((resolve) => (finish = resolve));
process.once('SIGINT', () => finish('SIGINT received'));
process.once('SIGTERM', () => finish('SIGTERM received'));
if (exitAfterMs !== undefined) setTimeout(() => finish(`EXIT_AFTER_MS (${exitAfterMs} ms) elapsed`), exitAfterMs).unref();

async function main(): Promise<void> {
  let bus: NatsEventBus | undefined;
  let store: NatsCounterStore | undefined;
  let service: StatsService | undefined;
  try {
    bus = await connectEventBus({ servers, logger });
    // The store has its own connection; it can also tell the stream's identity and the consumer's lag.
    store = await openNatsCounterStore({ servers });
    const counters = store;
    const stream = bus.stream;
    service = await startStatsService({
      bus,
      store,
      listen,
      logger,
      // A recreated events stream numbers its messages from 1 again: the service notices it by this.
      streamIdentity: () => counters.streamIdentity(stream),
      pending: () => counters.consumerPending(stream, DEFAULT_STATS_CONSUMER),
    });
    if (service.address !== undefined) {
      const { host, port } = service.address;
      logger.info?.(`app: stats at http://${host.includes(':') ? `[${host}]` : host}:${port}/stats`);
    }

    // ...the rest of the application runs here...

    logger.info?.(`app: ${await finished}; shutting down`);
  } finally {
    // In this order: the service finishes the message in hand and saves its counts, then the
    // connections go. `stop` and `close` are safe to call after a failed start.
    await service?.stop();
    await bus?.close();
    await store?.close();
  }
  logger.info?.('app: stopped');
}

main().catch((error: unknown) => {
  logger.error?.(`app: ${(error as Error).message}`);
  process.exitCode = 1;
});
