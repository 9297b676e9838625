// `mayastor-events tail [pattern…]`: the stored and live events of the events stream, one line
// each. Only reads: the stream is looked up, never created (see stream-reader.ts), and read
// through an ordered consumer that the server removes when tail ends.
import {
  catalog,
  decode,
  encodeToString,
  isSubjectPattern,
  matchesPattern,
  timestampFromEpochNanos,
  timestampToDate,
  timestampToEpochNanos,
  wireFilter,
  DEFAULT_STREAM_NAME,
  MAX_START_TIME_MS,
  MIN_START_TIME_MS,
  type CatalogEvent,
  type DecodeError,
  type DecodeResult,
  type DeliverPolicy,
  type EventMessage,
  type SubjectPattern,
  type UnknownEvent,
} from 'mayastor-events';
import type { Command, CommandContext } from './command.js';
import { integerFlag, parseWholeNumber } from './flags.js';
import { NATS_CONNECTION_FLAGS, NATS_CONNECTION_HELP, firstLine, natsConnectionSettings, shownServers } from './nats-options.js';
import { Output } from './output.js';
import { describeThrown, escapeUnprintable, printableJson, showValue } from './printable.js';
import { nextSignal } from './signals.js';
import { StreamReader, type StoredMessage } from './stream-reader.js';

/** Where `tail` starts when `--from` is not given: only events published from now on. */
export const DEFAULT_TAIL_FROM = 'new';

/** `path=value` for every non-null leaf under `value`, dotted as `publish --set` takes them. */
function leaves(value: unknown, path: string, out: string[]): string[] {
  if (value === null || value === undefined) return out;
  if (typeof value === 'object' && !Array.isArray(value)) {
    // Member names come from the message too (the decoder keeps only known ones, today).
    for (const [name, member] of Object.entries(value)) leaves(member, path === '' ? escapeUnprintable(name) : `${path}.${escapeUnprintable(name)}`, out);
    return out;
  }
  out.push(`${path}=${showValue(value)}`);
  return out;
}

/**
 * One readable line of an event: timestamp, subject key, target, node, then the details it
 * carries as `member.path=value` (the paths `publish --set` takes under `metadata.source.event_details`).
 * Every value the producer wrote is one word: quoted when it has spaces, quotes or non-printing
 * characters, which are escaped (`\u001b`), so that the line is one line and nothing in it acts
 * on the terminal.
 */
export function formatEventLine(key: string, event: CatalogEvent | EventMessage): string {
  const metadata = event.metadata;
  const details = leaves(metadata?.source?.event_details ?? null, '', []);
  const parts = [showValue(metadata?.timestamp ?? '-'), key, `target=${showValue(event.target)}`, `node=${showValue(metadata?.source?.node ?? '-')}`];
  return [...parts, ...details].join(' ');
}

// An unknown event's key as the catalog would name it: category and action from the catalogued
// keys with the same numbers, the number itself where none has it. Patterns filter unknown
// events by this key as they filter catalogued ones.
const categoryNames = new Map<number, string>();
const actionNames = new Map<number, string>();
for (const entry of catalog) {
  const dot = entry.key.indexOf('.');
  if (!categoryNames.has(entry.category)) categoryNames.set(entry.category, entry.key.slice(0, dot));
  if (!actionNames.has(entry.action)) actionNames.set(entry.action, entry.key.slice(dot + 1));
}

/** The subject key an unknown event is filtered by: the catalog's names for its numbers, the number where none has it. */
export function keyOfUnknown(unknown: UnknownEvent): string {
  if (unknown.key !== undefined) return unknown.key;
  const { category, action } = unknown.event;
  return `${categoryNames.get(category) ?? String(category)}.${actionNames.get(action) ?? String(action)}`;
}

/** Where a message that is not shown as an event is in the stream, to fetch it from there. */
function where(message: StoredMessage): string {
  return `${escapeUnprintable(message.subject)}, sequence ${message.streamSequence}`;
}

/**
 * The line of a well-formed event this SDK does not catalogue: `unknown (…): <why>` for a
 * (category, action) pair it does not know (a newer Mayastor, likely), `uncatalogued (…): <why>`
 * for a catalogued pair not in its catalogued form (no metadata, an unknown component…: a
 * faulty producer as likely as a newer one).
 */
export function unknownLine(unknown: UnknownEvent, message: StoredMessage): string {
  const label = unknown.code === 'uncatalogued-pair' ? 'unknown' : 'uncatalogued';
  return `${label} (${where(message)}): ${escapeUnprintable(unknown.reason)}`;
}

/**
 * The line of a message that is not an event: `invalid (…) at <path>: <reason>`, or
 * `unreadable (…): <reason>` when this SDK failed to read it (whether the Rust services would
 * accept it is not known).
 */
export function invalidLine(error: DecodeError, message: StoredMessage): string {
  // Reasons and paths quote the message's content.
  const reason = escapeUnprintable(error.reason);
  if (error.code === 'internal') return `unreadable (${where(message)}): ${reason}`;
  return `invalid (${where(message)})${error.path ? ` at ${escapeUnprintable(error.path)}` : ''}: ${reason}`;
}

/**
 * The earliest and latest start times nats-server reads right, in nanoseconds since 1970: it
 * compares them as int64 nanoseconds (±2^63: 1677-09-21T00:12:43.145224192Z to
 * 2262-04-11T23:47:16.854775807Z), cut here to whole seconds inside that range, as the time
 * reaches the server as a Date (milliseconds).
 */
const SERVER_TIME_MIN = BigInt(MIN_START_TIME_MS) * 1_000_000n;
const SERVER_TIME_MAX = BigInt(MAX_START_TIME_MS) * 1_000_000n;

/** `--from` read as a deliver policy (all, new, an RFC 3339 time or a stream sequence); a string is a usage error. */
export function parseFrom(text: string): DeliverPolicy | string {
  if (text === 'all' || text === 'new') return { policy: text };
  if (/^\d+$/.test(text)) {
    const sequence = parseWholeNumber(text);
    if (sequence === undefined) return `--from: a stream sequence is a positive integer, got ${text}`;
    return { policy: 'startSequence', startSequence: sequence };
  }
  let nanos: bigint | undefined;
  try {
    nanos = timestampToEpochNanos(text);
  } catch {
    // neither a keyword, a sequence nor a time: said below
  }
  if (nanos !== undefined) {
    // nats-server compares a start time as int64 nanoseconds since 1970: outside that range the
    // number wraps, and it starts anywhere (a time after 2262 showed every stored event).
    if (nanos < SERVER_TIME_MIN || nanos > SERVER_TIME_MAX) {
      return `--from: nats-server takes a time from ${timestampFromEpochNanos(SERVER_TIME_MIN)} to ${timestampFromEpochNanos(SERVER_TIME_MAX)}, got ${JSON.stringify(text)} (--from all starts at the first stored event)`;
    }
    return { policy: 'startTime', startTime: timestampToDate(text) };
  }
  return `--from: expected all, new, an RFC 3339 time (2024-05-01T10:20:30Z) or a stream sequence, got ${JSON.stringify(text)}`;
}

/** Why tailing ended: `--max` lines shown, the output gone (closed by its reader, or failed: main tells which), or SIGINT/SIGTERM. */
type Ending = 'max' | 'output' | 'signal';

/** The exit status of `tail` when there is no events stream to read (and `--wait` is not given). */
export const TAIL_NO_STREAM_STATUS = 3;

interface TailSettings {
  readonly patterns: readonly SubjectPattern[];
  readonly deliver: DeliverPolicy;
  readonly max: number | undefined;
  readonly json: boolean;
  readonly wait: boolean;
}

function tailSettings(context: CommandContext): TailSettings | string {
  const { positionals, values } = context;
  for (const pattern of positionals) {
    if (!isSubjectPattern(pattern)) {
      return (
        `${JSON.stringify(pattern)} is not a subject key pattern: expected a key such as volume.create or a wildcard ` +
        'over catalogued keys (nexus.*, nexus.>, *.create, *.*, >); `mayastor-events schema --list` lists the keys'
      );
    }
  }
  const patterns = positionals.length === 0 ? (['>'] as const) : (positionals as SubjectPattern[]);
  const deliver = parseFrom(typeof values['from'] === 'string' ? values['from'] : DEFAULT_TAIL_FROM);
  if (typeof deliver === 'string') return deliver;
  const max = integerFlag(values['max'], { flag: '--max', expected: 'a positive integer', fallback: undefined });
  if (typeof max === 'string') return max;
  return { patterns: [...new Set(patterns)], deliver, max, json: values['json'] === true, wait: values['wait'] === true };
}

/** `mayastor-events tail`: prints the stream's events until SIGINT/SIGTERM, a closed output or `--max`. */
export const tailCommand: Command = {
  name: 'tail',
  summary: 'print the events of the events stream, one line each (or JSON lines); only reads',
  usage: 'mayastor-events tail [pattern…] [--from all|new|TIME|SEQUENCE] [--wait] [--json] [--max N] [options]',
  help: `Prints the events of the ${DEFAULT_STREAM_NAME} as they arrive. It only reads: the stream is
never created or changed, and the ordered consumer it reads through is removed by the server when
tail ends. Patterns are subject keys or NATS wildcards over them: volume.create, nexus.*,
*.create, >; the default is > (every event). Each event is one line:
  <timestamp> <subject key> target=<target> node=<node> <details as path=value…>
A value with spaces, quotes or non-printing characters (controls, bidi marks) is printed as a
JSON string, those characters escaped (\\u001b), so nothing in a message acts on the terminal.
Messages that are not catalogued events are shown with their subject and stream sequence (each
one the patterns let through; invalid messages have no subject key to filter on):
  unknown (<subject>, sequence <n>): <why>       a category/action pair this SDK does not know
                                                  (from a newer Mayastor, likely)
  uncatalogued (<subject>, sequence <n>): <why>  a known pair not in its catalogued form (e.g.
                                                  metadata null): the Rust services accept it
  invalid (<subject>, sequence <n>) at <path>: <reason>
                                                  a message the Rust services reject too
  unreadable (<subject>, sequence <n>): <why>     a message this SDK failed to read (a bug)
Tailing goes on with the messages behind them.

When there is no ${DEFAULT_STREAM_NAME} on the server (a wrong server or account, or the Mayastor
services have not started yet), tail says so and exits with status ${TAIL_NO_STREAM_STATUS}; with --wait it says
it waits, and looks again with back-off (1 s, doubling up to 30 s) until the stream exists. The
same holds when the stream goes away while tailing (deleted, or lost in a server restart: it is
looked up every 5 s): tail says so, and follows the stream made again from its first event, or
exits ${TAIL_NO_STREAM_STATUS} when there is none (waits for one, with --wait). A lost connection to NATS is said
once, and once more when it is back (it reconnects for ever).
Stops on SIGINT or SIGTERM, after --max lines, or when the output is closed (\`tail | head -1\`:
noticed when the next line is written, as for any writer to a pipe).

Exit status: 0 when stopped (SIGINT, SIGTERM, --max, output closed), 1 when NATS cannot be
reached or reading fails, 2 on a usage error, ${TAIL_NO_STREAM_STATUS} when there is no ${DEFAULT_STREAM_NAME} (without --wait).

Options (environment variable in brackets):
  --from WHERE          where to start: all (every stored event), new (from now on), an RFC 3339
                        time (2024-05-01T10:20:30Z; from 1677-09-21 to 2262-04-11, the times
                        nats-server can compare) or a stream sequence (default ${DEFAULT_TAIL_FROM})
  --wait                wait for the stream when there is none, instead of exiting ${TAIL_NO_STREAM_STATUS}
  --json                print each event as JSON, one per line, written as the Rust services
                        write it (byte for byte what they sent; a message in another form the
                        services accept, with unknown members or a relaxed timestamp, is shown
                        without them, its timestamp in chrono's form), non-printing characters
                        as \\u escapes (unknown and invalid messages go to standard error,
                        so standard output holds only events)
  --max N               exit after N lines (events, unknown and invalid messages)
${NATS_CONNECTION_HELP}
  --help                show this help`,
  options: {
    from: { type: 'string' },
    wait: { type: 'boolean' },
    json: { type: 'boolean' },
    max: { type: 'string' },
    ...NATS_CONNECTION_FLAGS,
  },
  async run(context) {
    const { values, env } = context;
    const stdout = Output.of(context.stdout);
    const stderr = Output.of(context.stderr);
    const settings = tailSettings(context);
    if (typeof settings === 'string') return { usageError: settings };
    const connection = natsConnectionSettings(values, env);
    if (typeof connection === 'string') return { usageError: connection };
    const say = (line: string): void => void stderr.write(`mayastor-events tail: ${line}\n`);

    // Why tailing ends; the first reason wins, and aborts the reading and the writes waiting for the output.
    const ending = new AbortController();
    const ended = (reason: Ending): void => {
      if (!ending.signal.aborted) ending.abort(reason);
    };
    const signal = nextSignal();
    void signal.received.then(() => ended('signal'));
    // A closed pipe (`tail | head`) ends the command quietly, as for any Unix filter.
    if (stdout.signal.aborted) ended('output');
    stdout.signal.addEventListener('abort', () => ended('output'), { once: true });

    let shown = 0;
    // Backpressure: the reader awaits each line's write, so a slow reader slows the consumer
    // instead of filling memory.
    const write = (output: Output, line: string): void | Promise<void> => {
      if (ending.signal.aborted) return;
      shown++;
      if (settings.max !== undefined && shown >= settings.max) ended('max');
      // The wait ends when tailing does: nothing more is written then.
      return output.write(`${line}\n`, ending.signal);
    };
    const matches = (key: string): boolean => settings.patterns.some((pattern) => matchesPattern(pattern, key));
    const show = (message: StoredMessage): void | Promise<void> => {
      let result: DecodeResult;
      try {
        result = decode(message.data);
      } catch (error) {
        // decode never throws; were it to, the message is shown as one this SDK failed to read, and tailing goes on.
        return write(settings.json ? stderr : stdout, `unreadable (${where(message)}): this SDK failed to read the message (${escapeUnprintable(describeThrown(error))}); please report it`);
      }
      if (result.kind === 'event') {
        if (!matches(result.key)) return;
        return write(stdout, settings.json ? printableJson(encodeToString(result.event)) : formatEventLine(result.key, result.event));
      }
      if (result.kind === 'unknown') {
        if (!matches(keyOfUnknown(result))) return;
        return write(settings.json ? stderr : stdout, unknownLine(result, message));
      }
      return write(settings.json ? stderr : stdout, invalidLine(result.error, message));
    };

    const stream = DEFAULT_STREAM_NAME;
    const filter = wireFilter(settings.patterns);
    // As given (--nats-url, NATS_URL), which may hold anything: escaped, without credentials.
    const servers = shownServers(connection);
    let reader: StreamReader | undefined;
    try {
      reader = await StreamReader.connect(connection, 'mayastor-events tail', say);
      let deliver = settings.deliver;
      let from = typeof values['from'] === 'string' ? values['from'] : DEFAULT_TAIL_FROM;
      // After the stream went away, the one found next is a new stream: its sequence numbers
      // start again, and every event in it is new here.
      for (let gone = false; !ending.signal.aborted; ) {
        if (!(await reader.exists(stream))) {
          const missing = gone ? `${stream} is not there now` : `there is no stream ${stream} on ${servers} (in the account these credentials use)`;
          if (!settings.wait) {
            say(`${missing}; nothing to tail. The Mayastor services create it when they start: check --nats-url and the credentials, or use --wait to wait for it`);
            return { exitCode: TAIL_NO_STREAM_STATUS };
          }
          say(`${missing}; waiting for it (looking again after 1 s, then up to every 30 s; Ctrl-C to stop)`);
          if (!(await reader.waitFor(stream, ending.signal))) break;
        }
        if (gone) {
          deliver = { policy: 'all' };
          from = 'the first event of the new stream';
        }
        const following = `following ${stream} (${filter}) on ${servers} from ${from}`;
        if ((await reader.follow(stream, { filter, deliver, signal: ending.signal, onStarted: () => say(following) }, show)) === 'stopped') break;
        say(`the stream ${stream} went away (deleted, or lost in a server restart)`);
        gone = true;
      }
    } catch (error) {
      say(firstLine(error));
      return { exitCode: 1 };
    } finally {
      signal.dispose();
      await reader?.close();
    }
    return { exitCode: 0 };
  },
};
