// `mayastor-events stats`: the call-home stats service, configured by flags or environment.
import {
  DEFAULT_STALL_TIMEOUT,
  DEFAULT_STATS_BUCKET,
  DEFAULT_STATS_CONSUMER,
  DEFAULT_STATS_LISTEN,
  createLineLogger,
  startStatsService,
  type StatsService,
  type StatsServiceOptions,
} from '../stats/index.js';
import type { Command, CommandContext } from './command.js';
import { durationFlag, type DurationSyntax } from './flags.js';
import { NATS_CONNECTION_FLAGS, NATS_CONNECTION_HELP, firstLine, flagOrEnv, flagOrEnvName, natsConnectionSettings } from './nats-options.js';
import { Output } from './output.js';
import { nextSignal } from './signals.js';
import { listenFlag, statsConsumerFlags } from './stats-flags.js';

export { DEFAULT_NATS_URL } from './nats-options.js';

/** What `--stall-timeout` takes: `500ms`, `90s`, `1.5s`, `2m` or bare seconds, as whole milliseconds (1 or more). */
export const STALL_TIMEOUT_SYNTAX: DurationSyntax = { units: ['ms', 's', 'm'], into: 'ms', min: 1 };

function settings(values: CommandContext['values'], env: CommandContext['env']): StatsServiceOptions | string {
  const connection = natsConnectionSettings(values, env);
  if (typeof connection === 'string') return connection;
  const listen = flagOrEnv(values, env, 'listen', 'STATS_LISTEN') ?? DEFAULT_STATS_LISTEN;
  const replicasText = typeof values['replicas'] === 'string' ? values['replicas'] : '1';
  const address = listenFlag(listen, flagOrEnvName(values, 'listen', 'STATS_LISTEN'));
  if (typeof address === 'string') return address;
  const consumer = statsConsumerFlags(values, env);
  if (typeof consumer === 'string') return consumer;
  if (!/^[135]$/.test(replicasText)) return `--replicas: expected 1, 3 or 5, got ${JSON.stringify(replicasText)}`;
  const stallTimeout = durationFlag(flagOrEnv(values, env, 'stall-timeout', 'STATS_STALL_TIMEOUT'), {
    flag: flagOrEnvName(values, 'stall-timeout', 'STATS_STALL_TIMEOUT'),
    expected: 'a duration such as 60s, 90, 500ms or 2m',
    fallback: DEFAULT_STALL_TIMEOUT,
    ...STALL_TIMEOUT_SYNTAX,
  });
  if (typeof stallTimeout === 'string') return stallTimeout;
  const exitText = env['STATS_EXIT_IF_UNREACHABLE'];
  // A value that is neither yes nor no is refused: read as "no", a typo would make it wait forever.
  if (exitText !== undefined && !/^(1|true|0|false|)$/i.test(exitText)) {
    return `STATS_EXIT_IF_UNREACHABLE: expected 1 or true (exit), 0 or false (wait), got ${JSON.stringify(exitText)}`;
  }
  const exitIfUnreachable = values['exit-if-unreachable'] === true || exitText === '1' || exitText?.toLowerCase() === 'true';
  const replicas = Number(replicasText);
  return { ...connection, listen, ...consumer, replicas, stream: { replicas }, stallTimeout, waitForNats: !exitIfUnreachable };
}

/** `mayastor-events stats`: runs the call-home stats service until SIGTERM or SIGINT. */
export const statsCommand: Command = {
  name: 'stats',
  summary: 'run the call-home stats service (Prometheus counts of the events)',
  usage: 'mayastor-events stats [--nats-url URL] [--listen HOST:PORT] [--bucket NAME] [--durable NAME] [options]',
  help: `Consumes every event of the events-stream with the durable consumer ${DEFAULT_STATS_CONSUMER} (or --durable NAME)
and counts it exactly once, across crashes: the counts and the last stream sequence they include
are saved in a JetStream key-value bucket before each message is acked. Serves them over HTTP,
on every interface and without authentication by default (--listen 127.0.0.1:9090 keeps it on
this host):
  GET /metrics   Prometheus text: the upstream volume, pool and nexus counters, then
                 mayastor_events_total{category,action}, _unknown_total, _invalid_total and
                 the consumer's pending messages
  GET /stats     the same text (where the call-home reporter reads it, as upstream); both
                 503 with the reason until the saved counts are loaded
  GET /healthz   200 while the process runs, also while it waits for NATS
  GET /readyz    200 while it counts; 503 with the reason while starting (waiting for NATS)
                 or stopping, while NATS is disconnected, or while messages are pending and
                 none was counted for the stall timeout
When NATS cannot be reached at start, it waits for it, trying again with back-off (one log line
when it starts waiting, then one a minute); --exit-if-unreachable exits instead. During an outage
it logs once when NATS goes, once a minute while it is away, and once when it is back.
Stops gracefully on SIGTERM or SIGINT, also while waiting for NATS.

Options (environment variable in brackets):
${NATS_CONNECTION_HELP}
  --listen HOST:PORT    where to serve HTTP [STATS_LISTEN] (default ${DEFAULT_STATS_LISTEN}: every
                        interface, no authentication)
  --bucket NAME         key-value bucket of the counts [STATS_BUCKET] (default ${DEFAULT_STATS_BUCKET});
                        the counts name their --durable consumer: a service under another name
                        refuses them and needs a bucket of its own
  --durable NAME        the durable consumer's name [STATS_DURABLE] (default ${DEFAULT_STATS_CONSUMER});
                        another name (and --bucket) runs it beside upstream's call-home stats,
                        whose push consumer has the default name
  --replicas N          replicas (1, 3 or 5) of the bucket, and of the events stream when this
                        service creates it (default 1; upstream runs 3)
  --stall-timeout TIME  /readyz answers 503 when messages are pending and none was counted for
                        this long: 60s, 90, 500ms, 2m [STATS_STALL_TIMEOUT] (default ${DEFAULT_STALL_TIMEOUT / 1_000}s)
  --exit-if-unreachable exit with status 1 when NATS cannot be reached at start, instead of
                        waiting for it [STATS_EXIT_IF_UNREACHABLE=1 or true; 0 or false waits]
  --help                show this help

Set STATS_DEBUG=1 for debug lines in the log.

Exit status: 0 when stopped by SIGTERM or SIGINT; 1 when it cannot start (NATS unreachable with
--exit-if-unreachable, credentials refused, the bucket cannot be opened or holds the counts of
another --durable name, the port is taken), or when the counts are taken by another --durable
name while it runs; 2 on a usage error.`,
  options: {
    ...NATS_CONNECTION_FLAGS,
    listen: { type: 'string' },
    bucket: { type: 'string' },
    durable: { type: 'string' },
    replicas: { type: 'string' },
    'stall-timeout': { type: 'string' },
    'exit-if-unreachable': { type: 'boolean' },
  },
  async run({ positionals, values, env, stderr }) {
    if (positionals.length > 0) return { usageError: `stats takes no arguments, got ${JSON.stringify(positionals[0])}` };
    const resolved = settings(values, env);
    if (typeof resolved === 'string') return { usageError: resolved };
    // A log whose reader is gone is dropped quietly (no crash on EPIPE): the service keeps counting.
    Output.of(stderr);
    const logger = createLineLogger({ stream: stderr, debug: env['STATS_DEBUG'] === '1' });
    const signal = nextSignal();
    // The first SIGTERM/SIGINT stops the service, or its start while it waits for NATS.
    const abort = new AbortController();
    void signal.received.then((received) => {
      logger.info?.(`${received} received`);
      abort.abort(new Error(`${received} received`));
    });
    let service: StatsService;
    try {
      service = await startStatsService({ ...resolved, logger, signal: abort.signal });
    } catch (error) {
      signal.dispose();
      if (abort.signal.aborted) return { exitCode: 0 };
      stderr.write(`mayastor-events stats: ${firstLine(error)}\n`);
      return { exitCode: 1 };
    }
    // Ends when the signal stopped it (bus and store included), or when counting could not go on
    // (the counts taken by another --durable): the same line and status as a refused start.
    const failure = await service.closed();
    signal.dispose();
    if (failure === undefined) return { exitCode: 0 };
    stderr.write(`mayastor-events stats: ${firstLine(failure)}\n`);
    return { exitCode: 1 };
  },
};
