// `mayastor-events doctor`: why events go missing, from what the server says. It only reads:
// stream and consumer info, stored messages fetched by sequence, the stats bucket's entry;
// nothing is created on the server (no stream, no consumer, no bucket).
import { natsConnectionOptions } from 'mayastor-events';
import { connect, type NatsConnection } from 'nats';
import { DEFAULT_STATS_BUCKET, DEFAULT_STATS_CONSUMER, DEFAULT_STATS_KEY } from '../../stats/index.js';
import type { Command, CommandContext } from '../command.js';
import { serversText } from '../../internal/servers.js';
import { connectFailureReason } from '../../internal/connect-failure.js';
import { NATS_CONNECTION_FLAGS, NATS_CONNECTION_HELP, firstLine, natsConnectionSettings } from '../nats-options.js';
import { Output } from '../output.js';
import { escapeUnprintable, printableJson } from '../printable.js';
import { durationFlag, integerFlag, type DurationSyntax } from '../flags.js';
import { statsConsumerFlags } from '../stats-flags.js';
import { collect } from './collect.js';
import { diagnose, type DoctorSettings } from './diagnose.js';
import { formatDuration } from './durations.js';
import { renderHuman } from './human.js';
import { DOCTOR_REPORT_VERSION, type DoctorConnectFailure } from './report.js';

/** Stored messages decoded by default: the newest 100. */
export const DEFAULT_DOCTOR_SAMPLE = 100;
/** The most `--sample` takes (each message is one request to the server). */
export const MAX_DOCTOR_SAMPLE = 10_000;
/** Seconds without ack progress, while messages wait, after which a consumer is stalled, by default (2 minutes). */
export const DEFAULT_STALLED_AFTER = 120;
/**
 * Seconds of skew between an event's timestamp and its storing that are tolerated by default (5
 * minutes): more than the ~2 minutes the Rust publishers may retry an event before it is stored.
 */
export const DEFAULT_MAX_SKEW = 300;

/** What `--stalled-after` and `--max-skew` take: `90`, `90s`, `2m`, `1.5h` or `1d`, as seconds (the fraction kept, 0 or more). */
export const DOCTOR_DURATION_SYNTAX: DurationSyntax = { units: ['s', 'm', 'h', 'd'], into: 's' };

/** Exit statuses, as `--help` states them. */
const EXIT_HEALTHY = 0;
const EXIT_PROBLEMS = 1;
const EXIT_CANNOT_CONNECT = 2;

/**
 * `value` as --json prints it: indented JSON with every non-printing character in its strings
 * escaped (the URL, names and messages may quote anything). JSON.stringify writes a newline only
 * between tokens, so each line is escaped alone and the indentation's newlines stay.
 */
function jsonDocument(value: unknown): string {
  return `${JSON.stringify(value, null, 2).split('\n').map(printableJson).join('\n')}\n`;
}

function doctorSettings(values: CommandContext['values'], env: CommandContext['env']): DoctorSettings | string {
  const sample = integerFlag(values['sample'], {
    flag: '--sample',
    expected: `a number of messages from 0 to ${MAX_DOCTOR_SAMPLE}`,
    fallback: DEFAULT_DOCTOR_SAMPLE,
    min: 0,
    max: MAX_DOCTOR_SAMPLE,
  });
  if (typeof sample === 'string') return sample;
  const duration = (flag: string, fallback: number): number | string =>
    durationFlag(values[flag], { flag: `--${flag}`, expected: 'a duration such as 90, 90s, 2m or 1h', fallback, ...DOCTOR_DURATION_SYNTAX });
  const stalledAfter = duration('stalled-after', DEFAULT_STALLED_AFTER);
  if (typeof stalledAfter === 'string') return stalledAfter;
  const maxSkew = duration('max-skew', DEFAULT_MAX_SKEW);
  if (typeof maxSkew === 'string') return maxSkew;
  // As `mayastor-events stats` reads them, so that the same settings check the bucket and the consumer it uses.
  const consumer = statsConsumerFlags(values, env);
  if (typeof consumer === 'string') return consumer;
  // The stats service keeps its counts under this key whatever its durable name.
  return { sample, stalledAfter, maxSkew, ...consumer, key: DEFAULT_STATS_KEY };
}

/** `mayastor-events doctor`: checks the events stream, its consumers, stored messages, clocks and the stats counts. */
export const doctorCommand: Command = {
  name: 'doctor',
  summary: 'say why events go missing: the stream, its consumers, stored messages, clocks, stats counts',
  usage: 'mayastor-events doctor [--json] [--sample N] [--stalled-after DURATION] [--max-skew DURATION] [--durable NAME] [options]',
  help: `Checks, reading only (nothing is created or changed on the server), what makes events go
missing, and prints a fix for each problem:
  Stream      events-stream exists, with the config the Mayastor services create: memory
              storage, subjects events.>, max_bytes 3145728 (3 MiB), max_msgs_per_subject 1
              (replicas are shown: upstream runs 3, 1 suits a single server); in a cluster,
              a replica its leader reports not current or offline is a problem
  Consumers   every consumer on it: push or pull, durable, filter, pending, ack pending, the
              age of the oldest message waiting (an upper bound when acks come out of order),
              ack floor, redeliveries, last delivery and ack. A consumer is stalled when
              messages wait for it (pending + ack pending > 0), its ack floor has not moved for
              --stalled-after (since its creation when it never acked) and the oldest of
              those messages was stored that long ago or more. The consumer named
              ${DEFAULT_STATS_CONSUMER} collides when it is not what a stats service made:
              upstream's call-home stats (durable push, deliver all, max_ack_pending 1, every
              event) or \`mayastor-events stats\` (the same as a pull consumer, with its counts
              in the stats bucket). With --durable NAME (stats run beside upstream's under
              another name), the consumer NAME collides when it is not that pull consumer,
              and ${DEFAULT_STATS_CONSUMER} when it is not upstream's. Several subscribers of
              one push consumer are not visible in JetStream's info unless they share a
              deliver group.
  Messages    the newest --sample stored messages, fetched by sequence and decoded as every
              consumer of this SDK decodes them: events, unknown (well-formed, not in this SDK's
              catalogue) and invalid (the Rust services drop them too), the first few by sequence
  Clocks      for each sampled event, the time the server stored it minus its
              metadata.timestamp, by node; a node beyond --max-skew has a clock to fix
  Stats       the counts of \`mayastor-events stats\` in its key-value bucket (key ${DEFAULT_STATS_KEY},
              whatever its --durable): the stream sequence they include against the stream's
              last; behind is a problem once no count was saved for --stalled-after
Ages are measured on the server's clock when it tells it (nats-server 2.10+), else on this
machine's.

Output: sections with ✓ (as expected), ✗ (a problem, with a "fix:" line under it) and -
(information), then a summary line. --json prints one JSON document instead:
  { version: 1, healthy, server: { url, version, now, now_from },
    settings: { sample, stalled_after_seconds, max_skew_seconds },
    problems: [ { check, code, about?, message, fix } ],
    stream, consumers, messages, clock, stats }
check is jetstream, stream, consumers, messages, clock or stats; code is one of
jetstream-unavailable, stream-missing, stream-storage, stream-subjects, stream-max-bytes,
stream-max-msgs-per-subject, stream-replica-not-current, consumer-stalled, stats-consumer-collision, messages-invalid,
messages-unknown, clock-skew, stats-behind, stats-ahead, stats-unreadable. Sections not
checked are null (no stream: no consumers, messages or clock). When it cannot connect it
prints { version: 1, healthy: false, error: { code: "cannot-connect", message } }.
Fields are only ever added while version is 1.

Exit status: 0 healthy, 1 problems found, 2 cannot connect (or cannot read: connection lost,
no permission) and usage errors. A closed output (\`doctor | head\`) ends it quietly with status 0.

Options (environment variable in brackets):
  --json                print the report as one JSON document
  --sample N            newest stored messages to decode, 0 to ${MAX_DOCTOR_SAMPLE} (default ${DEFAULT_DOCTOR_SAMPLE})
  --stalled-after D     how long pending messages may wait without ack progress, and counts
                        stay behind without a save (default ${formatDuration(DEFAULT_STALLED_AFTER)}); D is seconds, or
                        a number with s, m, h or d
  --max-skew D          the skew tolerated between event timestamps and the server's clock
                        (default ${formatDuration(DEFAULT_MAX_SKEW)})
  --bucket NAME         key-value bucket of the stats counts [STATS_BUCKET] (default ${DEFAULT_STATS_BUCKET})
  --durable NAME        the durable consumer of \`mayastor-events stats\`, as given to it [STATS_DURABLE]
                        (default ${DEFAULT_STATS_CONSUMER}): the consumer checked as the stats one
${NATS_CONNECTION_HELP}
  --help                show this help`,
  options: {
    json: { type: 'boolean' },
    sample: { type: 'string' },
    'stalled-after': { type: 'string' },
    'max-skew': { type: 'string' },
    bucket: { type: 'string' },
    durable: { type: 'string' },
    ...NATS_CONNECTION_FLAGS,
  },
  async run({ positionals, values, env, stdout: out, stderr: err }) {
    if (positionals.length > 0) return { usageError: `doctor takes no arguments, got ${JSON.stringify(positionals[0])}` };
    const settings = doctorSettings(values, env);
    if (typeof settings === 'string') return { usageError: settings };
    const connection = natsConnectionSettings(values, env);
    if (typeof connection === 'string') return { usageError: connection };
    const stdout = Output.of(out);
    const stderr = Output.of(err);
    const json = values['json'] === true;
    // As given but for credentials; escaped where it is written (the human report, the terminal,
    // --json's JSON escapes), so that a JSON reader gets the characters themselves.
    const url = serversText(connection.servers, '');
    const fail = async (message: string): Promise<{ exitCode: number }> => {
      stderr.write(`mayastor-events doctor: ${escapeUnprintable(message)}\n`);
      if (json) {
        const failure: DoctorConnectFailure = { version: DOCTOR_REPORT_VERSION, healthy: false, error: { code: 'cannot-connect', message } };
        await stdout.write(jsonDocument(failure));
      }
      return { exitCode: EXIT_CANNOT_CONNECT };
    };

    let nc: NatsConnection;
    try {
      // No reconnecting: a report from a connection that came and went would mix two moments.
      nc = await connect(await natsConnectionOptions({ ...connection, connection: { maxReconnectAttempts: 0 } }, 'mayastor-events-doctor'));
    } catch (error) {
      return fail(`cannot connect to NATS at ${url}: ${firstLine(new Error(connectFailureReason(error)))}`);
    }
    try {
      const facts = await collect(nc, { sample: settings.sample, bucket: settings.bucket, key: settings.key });
      const report = diagnose(facts, url, settings);
      // Awaited: a pipe whose reader is gone fails the write a moment later, and the command
      // must end after that is known (a closed output ends it with status 0).
      await stdout.write(json ? jsonDocument(report) : renderHuman(report));
      return { exitCode: report.healthy ? EXIT_HEALTHY : EXIT_PROBLEMS };
    } catch (error) {
      return fail(`cannot read from NATS at ${url} (connection lost, or no permission to read the stream and consumer info): ${firstLine(error)}`);
    } finally {
      await nc.close().catch(() => undefined);
    }
  },
};
