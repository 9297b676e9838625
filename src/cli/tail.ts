// `mayastor-events tail [pattern…]`: the live events of the bus, one line each, through an
// ephemeral consumer (never a durable: tailing leaves nothing behind on the server).
import {
  catalog,
  connectEventBus,
  encodeToString,
  isSubjectPattern,
  matchesPattern,
  timestampToDate,
  type BusLogger,
  type CatalogEvent,
  type DecodeError,
  type DeliverPolicy,
  type Delivery,
  type EventMessage,
  type HandlerMap,
  type NatsEventBus,
  type SubjectPattern,
  type Subscription,
  type UnknownEvent,
} from 'mayastor-events';
import type { Command, CommandContext } from './command.js';
import { NATS_CONNECTION_FLAGS, NATS_CONNECTION_HELP, firstLine, natsConnectionSettings } from './nats-options.js';
import { Output } from './output.js';
import { escapeUnprintable, printableJson, showValue } from './printable.js';
import { nextSignal } from './signals.js';

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
const keyOf = new Map<string, string>(catalog.map((entry) => [`${entry.category}.${entry.action}`, entry.key]));
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
function where(delivery: Delivery): string {
  return `${escapeUnprintable(delivery.subject)}, sequence ${delivery.streamSequence}`;
}

/**
 * The line of a message that is not an event: `invalid (…) at <path>: <reason>`, or
 * `unreadable (…): <reason>` when this SDK failed to read it (whether the Rust services would
 * accept it is not known).
 */
function invalidLine(error: DecodeError, delivery: Delivery): string {
  // Reasons and paths quote the message's content.
  const reason = escapeUnprintable(error.reason);
  if (error.code === 'internal') return `unreadable (${where(delivery)}): ${reason}`;
  return `invalid (${where(delivery)})${error.path ? ` at ${escapeUnprintable(error.path)}` : ''}: ${reason}`;
}

/** `--from` read as a deliver policy (all, new, an RFC 3339 time or a stream sequence); a string is a usage error. */
export function parseFrom(text: string): DeliverPolicy | string {
  if (text === 'all' || text === 'new') return { policy: text };
  if (/^\d+$/.test(text)) {
    const sequence = Number(text);
    if (!Number.isSafeInteger(sequence) || sequence < 1) return `--from: a stream sequence is a positive integer, got ${text}`;
    return { policy: 'startSequence', startSequence: sequence };
  }
  try {
    return { policy: 'startTime', startTime: timestampToDate(text) };
  } catch {
    // neither a keyword, a sequence nor a time: said below
  }
  return `--from: expected all, new, an RFC 3339 time (2024-05-01T10:20:30Z) or a stream sequence, got ${JSON.stringify(text)}`;
}

/** Why tailing ended: `--max` lines shown, the output gone (closed by its reader, or failed: main tells which), or SIGINT/SIGTERM. */
type Ending = 'max' | 'output' | 'signal';

interface TailSettings {
  readonly patterns: readonly SubjectPattern[];
  readonly deliver: DeliverPolicy;
  readonly max: number | undefined;
  readonly json: boolean;
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
  let max: number | undefined;
  if (typeof values['max'] === 'string') {
    max = /^\d+$/.test(values['max']) ? Number(values['max']) : Number.NaN;
    if (!Number.isSafeInteger(max) || max < 1) return `--max: expected a positive integer, got ${JSON.stringify(values['max'])}`;
  }
  return { patterns: [...new Set(patterns)], deliver, max, json: values['json'] === true };
}

/** `mayastor-events tail`: prints the bus's events until SIGINT/SIGTERM, a closed output or `--max`. */
export const tailCommand: Command = {
  name: 'tail',
  summary: 'print the live events of the bus, one line each (or JSON lines)',
  usage: 'mayastor-events tail [pattern…] [--from all|new|TIME|SEQUENCE] [--json] [--max N] [options]',
  help: `Prints the events of the events-stream as they arrive, read through an ephemeral consumer
(nothing is left on the server). Patterns are subject keys or NATS wildcards over them:
volume.create, nexus.*, *.create, >; the default is > (every event). Each event is one line:
  <timestamp> <subject key> target=<target> node=<node> <details as path=value…>
A value with spaces, quotes or non-printing characters (controls, bidi marks) is printed as a
JSON string, those characters escaped (\\u001b), so nothing in a message acts on the terminal.
An event this SDK does not catalogue is shown as "unknown (<subject>, sequence <n>): <why>", a
message that is not a valid event as "invalid (<subject>, sequence <n>) at <path>: <reason>"
(each one the server-side filter of the patterns lets through: invalid messages have no subject
key to filter on), one this SDK failed to read as "unreadable (<subject>, sequence <n>): <why>";
tailing goes on with the messages behind it.
Stops on SIGINT or SIGTERM, when the output is closed, or after --max lines.

Options (environment variable in brackets):
  --from WHERE          where to start: all (every stored event), new (from now on), an RFC 3339
                        time (2024-05-01T10:20:30Z) or a stream sequence (default ${DEFAULT_TAIL_FROM})
  --json                print each event's exact JSON, one per line, non-printing characters
                        as \\u escapes (unknown and invalid messages go to standard error,
                        so standard output holds only events)
  --max N               exit after N lines (events, unknown and invalid messages)
${NATS_CONNECTION_HELP}
  --help                show this help`,
  options: {
    from: { type: 'string' },
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

    // Why tailing ends; the first reason wins, and aborts the writes waiting for the output.
    const ending = new AbortController();
    let ended!: (why: Ending) => void;
    const why = new Promise<Ending>((resolve) => {
      ended = (reason) => {
        if (ending.signal.aborted) return;
        ending.abort();
        resolve(reason);
      };
    });
    const signal = nextSignal();
    void signal.received.then(() => ended('signal'));
    // A closed pipe (`tail | head`) ends the command quietly, as for any Unix filter.
    if (stdout.signal.aborted) ended('output');
    stdout.signal.addEventListener('abort', () => ended('output'), { once: true });

    let shown = 0;
    let lastSequence = -1;
    // Backpressure: a handler that returns a promise holds the consumer (concurrency 1) until
    // the output has room, so a slow reader slows the consumer instead of filling memory.
    const write = (output: Output, line: string): void | Promise<void> => {
      shown++;
      if (settings.max !== undefined && shown >= settings.max) ended('max');
      // The wait ends when tailing does: nothing more is written then.
      return output.write(`${line}\n`, ending.signal);
    };
    const done = (): boolean => settings.max !== undefined && shown >= settings.max;
    const onEvent = (event: CatalogEvent, delivery: { streamSequence: number }): void | Promise<void> => {
      // An event that several patterns match is given to each of their handlers: show it once.
      if (delivery.streamSequence === lastSequence || done()) return;
      lastSequence = delivery.streamSequence;
      const key = keyOf.get(`${event.category}.${event.action}`) ?? `${event.category}.${event.action}`;
      return write(stdout, settings.json ? printableJson(encodeToString(event)) : formatEventLine(key, event));
    };
    const handlers = Object.fromEntries(settings.patterns.map((pattern) => [pattern, onEvent])) as unknown as HandlerMap;
    const logger: BusLogger = {
      warn: (message) => void stderr.write(`mayastor-events tail: ${escapeUnprintable(message)}\n`),
      error: (message) => void stderr.write(`mayastor-events tail: ${escapeUnprintable(message)}\n`),
    };

    let bus: NatsEventBus | undefined;
    let subscription: Subscription | undefined;
    try {
      bus = await connectEventBus({ ...connection, logger });
      subscription = await bus.subscribe(handlers, {
        deliver: settings.deliver,
        maxDeliver: 1,
        onUnknown: (unknown, delivery) => {
          if (done() || !settings.patterns.some((pattern) => matchesPattern(pattern, keyOfUnknown(unknown)))) return;
          return write(settings.json ? stderr : stdout, `unknown (${where(delivery)}): ${escapeUnprintable(unknown.reason)}`);
        },
        // A message the SDK failed to read comes here too (code `internal`, after its one
        // delivery: maxDeliver is 1), so it is shown and tailing goes on to the next one.
        onInvalid: (error, delivery) => {
          if (done()) return;
          return write(settings.json ? stderr : stdout, invalidLine(error, delivery));
        },
      });
      stderr.write(`mayastor-events tail: following ${bus.stream} (${subscription.filter}) from ${context.values['from'] ?? DEFAULT_TAIL_FROM}\n`);
    } catch (error) {
      signal.dispose();
      stderr.write(`mayastor-events tail: ${firstLine(error)}\n`);
      await bus?.close().catch(() => undefined);
      return { exitCode: 1 };
    }
    await why;
    signal.dispose();
    await subscription.stop().catch(() => undefined);
    await bus.close().catch(() => undefined);
    return { exitCode: 0 };
  },
};
