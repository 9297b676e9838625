// The call-home stats service embedded in an application: one call starts it (it connects its
// own event bus and counter store, waiting for NATS if it is not up yet, and serves /metrics on
// the address the app chooses), and one `await using` stops everything it opened when the app
// shuts down. The counts are kept in a JetStream key-value bucket with the stream sequence they
// include, so a restart neither loses nor doubles a count.
//
// Run it against a NATS server with JetStream (`nats-server -js`), then scrape it:
//   NATS_URL=nats://127.0.0.1:4222 LISTEN=127.0.0.1:9090 npx tsx examples/stats-embedded.ts
//   curl http://127.0.0.1:9090/metrics
// Environment:
//   NATS_URL       the server(s), comma-separated (default nats://127.0.0.1:4222)
//   LISTEN         host:port of /metrics, /stats, /healthz and /readyz (default 127.0.0.1:9090)
//   EXIT_AFTER_MS  stop by itself after this many milliseconds (default: run until SIGINT/SIGTERM)
// Logs on standard error, one line per thing that happened.
import { createLineLogger, startStatsService } from 'mayastor-events/stats';

const servers = (process.env['NATS_URL'] || 'nats://127.0.0.1:4222').split(',').map((url) => url.trim());
const listen = process.env['LISTEN'] || '127.0.0.1:9090';
const exitAfterMs = process.env['EXIT_AFTER_MS'] ? Number(process.env['EXIT_AFTER_MS']) : undefined;
if (exitAfterMs !== undefined && !(Number.isSafeInteger(exitAfterMs) && exitAfterMs > 0)) {
  console.error(`stats-embedded: EXIT_AFTER_MS must be a positive integer, got ${JSON.stringify(process.env['EXIT_AFTER_MS'])}`);
  process.exit(2);
}

// One logger for the app and the service: `<ISO time> <LEVEL> <message> {details}` on stderr.
const logger = createLineLogger({ debug: process.env['DEBUG'] === '1' });

// Aborted on the first SIGINT/SIGTERM, or after EXIT_AFTER_MS: the app's shutdown.
const shutdown = new AbortController();
const finished = new Promise<string>((resolve) => shutdown.signal.addEventListener('abort', () => resolve(String(shutdown.signal.reason)), { once: true }));
process.once('SIGINT', () => shutdown.abort('SIGINT received'));
process.once('SIGTERM', () => shutdown.abort('SIGTERM received'));
if (exitAfterMs !== undefined) setTimeout(() => shutdown.abort(`EXIT_AFTER_MS (${exitAfterMs} ms) elapsed`), exitAfterMs).unref();

async function main(): Promise<void> {
  // `signal` ends a start that is still waiting for NATS; once started, leaving this block stops
  // the service: it finishes the message in hand, saves its counts, and closes the bus and the
  // store it opened (a bus or store passed in as `bus`/`store` stays the caller's to close).
  await using stats = await startStatsService({ servers, listen, logger, signal: shutdown.signal });
  if (stats.address !== undefined) {
    const { host, port } = stats.address;
    logger.info?.(`app: stats at http://${host.includes(':') ? `[${host}]` : host}:${port}/stats`);
  }

  // ...the rest of the application runs here...

  logger.info?.(`app: ${await finished}; shutting down`);
}

main().then(
  () => logger.info?.('app: stopped'),
  (error: unknown) => {
    // Shut down while the service was still starting (waiting for NATS): a normal stop.
    if (shutdown.signal.aborted) return logger.info?.(`app: ${String(shutdown.signal.reason)} while starting; stopped`);
    logger.error?.(`app: ${(error as Error).message}`);
    process.exitCode = 1;
  },
);
