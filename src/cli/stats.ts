// `mayastor-events stats`: the call-home stats service, configured by flags or environment.
import { connectEventBus, type EventBusOptions, type NatsEventBus } from 'mayastor-events';
import {
  DEFAULT_STATS_BUCKET,
  DEFAULT_STATS_CONSUMER,
  DEFAULT_STATS_LISTEN,
  createLineLogger,
  openNatsCounterStore,
  parseListen,
  startStatsService,
  type NatsCounterStore,
  type NatsCounterStoreOptions,
  type StatsService,
} from '../stats/index.js';
import type { Command, CommandContext } from './command.js';
import { NATS_CONNECTION_FLAGS, NATS_CONNECTION_HELP, firstLine, flagOrEnv, natsConnectionSettings } from './nats-options.js';
import { Output } from './output.js';
import { nextSignal } from './signals.js';

export { DEFAULT_NATS_URL } from './nats-options.js';

interface StatsSettings {
  readonly connection: NatsCounterStoreOptions;
  readonly listen: string;
  readonly bucket: string;
  readonly replicas: number;
}

function settings(values: CommandContext['values'], env: CommandContext['env']): StatsSettings | string {
  const connection = natsConnectionSettings(values, env);
  if (typeof connection === 'string') return connection;
  const listen = flagOrEnv(values, env, 'listen', 'STATS_LISTEN') ?? DEFAULT_STATS_LISTEN;
  const bucket = flagOrEnv(values, env, 'bucket', 'STATS_BUCKET') ?? DEFAULT_STATS_BUCKET;
  const replicasText = typeof values['replicas'] === 'string' ? values['replicas'] : '1';
  try {
    parseListen(listen);
  } catch (error) {
    return `--listen: ${(error as Error).message.replace(/^invalid option `listen`: /, '')}`;
  }
  if (!/^[A-Za-z0-9_-]+$/.test(bucket)) return `--bucket: ${JSON.stringify(bucket)} is not a bucket name (letters, digits, - and _)`;
  if (!/^[135]$/.test(replicasText)) return `--replicas: expected 1, 3 or 5, got ${JSON.stringify(replicasText)}`;
  return { connection, listen, bucket, replicas: Number(replicasText) };
}

/** `mayastor-events stats`: runs the call-home stats service until SIGTERM or SIGINT. */
export const statsCommand: Command = {
  name: 'stats',
  summary: 'run the call-home stats service (Prometheus counts of the events)',
  usage: 'mayastor-events stats [--nats-url URL] [--listen HOST:PORT] [--bucket NAME] [options]',
  help: `Consumes every event of the events-stream with the durable consumer ${DEFAULT_STATS_CONSUMER}
and counts it exactly once, across crashes: the counts and the last stream sequence they include
are saved in a JetStream key-value bucket before each message is acked. Serves them over HTTP:
  GET /stats     Prometheus text: the upstream volume, pool and nexus counters, then
                 mayastor_events_total{category,action}, _unknown_total, _invalid_total and
                 the consumer's pending messages
  GET /healthz   200 while the process runs
  GET /readyz    200 once the counts are loaded and the consumer subscribed, 503 otherwise
Stops gracefully on SIGTERM or SIGINT.

Options (environment variable in brackets):
${NATS_CONNECTION_HELP}
  --listen HOST:PORT    where to serve HTTP [STATS_LISTEN] (default ${DEFAULT_STATS_LISTEN})
  --bucket NAME         key-value bucket of the counts [STATS_BUCKET] (default ${DEFAULT_STATS_BUCKET})
  --replicas N          replicas (1, 3 or 5) of the bucket, and of the events stream when this
                        service creates it (default 1; upstream runs 3)
  --help                show this help

Set STATS_DEBUG=1 for debug lines in the log.`,
  options: {
    ...NATS_CONNECTION_FLAGS,
    listen: { type: 'string' },
    bucket: { type: 'string' },
    replicas: { type: 'string' },
  },
  async run({ positionals, values, env, stderr }) {
    if (positionals.length > 0) return { usageError: `stats takes no arguments, got ${JSON.stringify(positionals[0])}` };
    const resolved = settings(values, env);
    if (typeof resolved === 'string') return { usageError: resolved };
    // A log whose reader is gone is dropped quietly (no crash on EPIPE): the service keeps counting.
    Output.of(stderr);
    const logger = createLineLogger({ stream: stderr, debug: env['STATS_DEBUG'] === '1' });
    const signal = nextSignal();
    let bus: NatsEventBus | undefined;
    let store: NatsCounterStore | undefined;
    let service: StatsService | undefined;
    try {
      const busOptions: EventBusOptions = { ...resolved.connection, stream: { replicas: resolved.replicas }, logger };
      bus = await connectEventBus(busOptions);
      store = await openNatsCounterStore({ ...resolved.connection, bucket: resolved.bucket, replicas: resolved.replicas });
      logger.info?.(`connected to ${String(resolved.connection.servers)}; counts in bucket ${store.bucket}`);
      const counterStore = store;
      const stream = bus.stream;
      service = await startStatsService({
        bus,
        store,
        listen: resolved.listen,
        streamIdentity: () => counterStore.streamIdentity(stream),
        pending: () => counterStore.consumerPending(stream, DEFAULT_STATS_CONSUMER),
        logger,
      });
    } catch (error) {
      signal.dispose();
      stderr.write(`mayastor-events stats: ${firstLine(error)}\n`);
      await Promise.allSettled([bus?.close(), store?.close()]);
      return { exitCode: 1 };
    }
    const received = await signal.received;
    logger.info?.(`${received} received`);
    await service.stop();
    await Promise.allSettled([bus.close(), store.close()]);
    return { exitCode: 0 };
  },
};
