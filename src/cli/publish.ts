// `mayastor-events publish <key> [--set path=value …]`: fabricates one realistic event, applies
// the overrides, and publishes it; an event the overrides make invalid is never sent.
import { EventValidationError, SubjectError, connectEventBus, encodeToString, isEventKey, wireSubject, type CatalogEvent, type EventKey } from 'mayastor-events';
import { fabricate, type EventOverrides } from 'mayastor-events/testing';
import { parseJsonExact, type JsonNode } from '../codec/json.js';
import type { Command } from './command.js';
import { Output } from './output.js';
import { escapeUnprintable, printableJson } from './printable.js';
import { NATS_CONNECTION_FLAGS, NATS_CONNECTION_HELP, firstLine, natsConnectionSettings } from './nats-options.js';
import { formatEventLine } from './tail.js';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Why a `--set` value that is JSON cannot be taken, said by {@link jsonValue}. */
class SetValueRefusal {
  constructor(readonly reason: string) {}
}

/**
 * A parsed JSON value as the overrides hold it. Integers keep the digits typed: beyond 2^53 they
 * become bigints (a u64 such as retry_count takes up to 2^64 − 1), where `JSON.parse` would round
 * them to another number. A number with a fraction or an exponent is refused, as the Rust
 * services refuse it in every member (all of them integers), instead of being published as the
 * integer it rounds to.
 */
function jsonValue(node: JsonNode): unknown {
  switch (node.t) {
    case 'null':
      return null;
    case 'bool':
    case 'str':
      return node.v;
    case 'num': {
      // serde_json reads -0 as a float too.
      if (!node.int || node.raw === '-0') {
        throw new SetValueRefusal(
          `${node.raw} is not an integer as the Rust services read one (digits, no fraction, no exponent, not -0), and every number in an event is one; quote a string that reads as JSON: --set 'target="1.5"'`,
        );
      }
      const number = Number(node.raw);
      return Number.isSafeInteger(number) ? number : BigInt(node.raw);
    }
    case 'arr':
      return node.items.map(jsonValue);
    case 'obj': {
      const object: Record<string, unknown> = {};
      // Own members, as JSON.parse makes them: `__proto__` is then a member the event check
      // refuses at its path, not the object's prototype (later duplicates win, as there).
      node.keys.forEach((key, i) => Object.defineProperty(object, key, { value: jsonValue(node.values[i]!), enumerable: true, writable: true, configurable: true }));
      return object;
    }
    case 'deep':
    case 'skip':
      throw new SetValueRefusal('the JSON value is nested deeper than any event');
  }
}

/** A `--set` value: JSON when it is JSON (exactly as typed), otherwise the text itself; or why it cannot be taken. */
function setValue(text: string): { readonly value: unknown } | SetValueRefusal {
  const parsed = parseJsonExact(text);
  if (!parsed.ok) return { value: text };
  try {
    return { value: jsonValue(parsed.value) };
  } catch (error) {
    if (error instanceof SetValueRefusal) return error;
    throw error;
  }
}

/** The overrides `--set path=value …` describe (later ones win), or a usage error. */
export function overridesFromSets(sets: readonly string[]): Record<string, unknown> | string {
  const overrides: Record<string, unknown> = {};
  for (const set of sets) {
    const equals = set.indexOf('=');
    const path = equals < 0 ? [] : set.slice(0, equals).split('.');
    if (path.length === 0 || path.some((name) => name === '' || name === '__proto__')) {
      return `--set ${JSON.stringify(set)}: expected path=value with a dotted path into the event, e.g. metadata.source.node=io-engine-1`;
    }
    const value = setValue(set.slice(equals + 1));
    if (value instanceof SetValueRefusal) {
      return `--set ${JSON.stringify(set)}: ${value.reason}`;
    }
    let at = overrides;
    for (const name of path.slice(0, -1)) {
      const next = at[name];
      at = at[name] = isPlainObject(next) ? next : {};
    }
    at[path.at(-1)!] = value.value;
  }
  return overrides;
}

/** A JSON Pointer (`/metadata/source/node`) as the dotted path `--set` takes. */
function dotted(pointer: string): string {
  if (pointer === '') return '(the whole event)';
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'))
    .join('.');
}

/** `mayastor-events publish`: fabricates, overrides and publishes one event. */
export const publishCommand: Command = {
  name: 'publish',
  summary: 'fabricate and publish one event, for manual testing',
  usage: 'mayastor-events publish <key> [--set path=value …] [--json] [options]',
  help: `Fabricates one realistic event of the subject key <key> (e.g. nexus.rebuildBegin; see
\`mayastor-events schema --list\`), applies the --set overrides, checks it against the event's
schema and publishes it to the events-stream (creating the stream, as the Mayastor services do,
when there is none). Prints the subject, the stream sequence and the event. An override that
makes the event invalid (or its id unusable in a NATS subject) is reported with its path and
nothing is published.

Exit status: 0 when published, 1 when NATS cannot be reached or the server did not confirm the
event stored, 2 on a usage error or an invalid event (nothing published).

Options (environment variable in brackets):
  --set PATH=VALUE      set a member, by its dotted path into the event; VALUE is read as JSON
                        when it is JSON (4, null, "text", {"a":1}), otherwise as a string
                        (quote a string that reads as JSON: --set 'target="12"'); an
                        integer keeps every digit (a u64 up to 18446744073709551615), and a
                        number with a fraction or an exponent is refused.
                        Repeatable. Examples:
                          --set target=0b6f5d2e-8f3e-4d1a-9a57-3c2e1f0a9b77
                          --set metadata.source.node=io-engine-1
                          --set metadata.source.event_details.rebuild_details.rebuild_status=4
  --json                print {"subject","stream","sequence","event"} as one JSON line (the
                        event exactly as published)
${NATS_CONNECTION_HELP}
  --help                show this help`,
  options: {
    set: { type: 'string', multiple: true },
    json: { type: 'boolean' },
    ...NATS_CONNECTION_FLAGS,
  },
  async run({ positionals, values, env, stdout: stdoutStream, stderr: stderrStream }) {
    const stdout = Output.of(stdoutStream);
    const stderr = Output.of(stderrStream);
    if (positionals.length !== 1) return { usageError: 'publish takes exactly one subject key, e.g. volume.create' };
    const key = positionals[0]!;
    if (!isEventKey(key)) {
      return { usageError: `${JSON.stringify(key)} is not a catalogued event key; \`mayastor-events schema --list\` lists them` };
    }
    const sets = Array.isArray(values['set']) ? values['set'].filter((set): set is string => typeof set === 'string') : [];
    const overrides = overridesFromSets(sets);
    if (typeof overrides === 'string') return { usageError: overrides };
    const connection = natsConnectionSettings(values, env);
    if (typeof connection === 'string') return { usageError: connection };

    let event: CatalogEvent;
    try {
      event = fabricate(key as EventKey, overrides as EventOverrides<EventKey>);
      // The id is also a token of the subject (`events.<category>.<id>`): an id the schema takes
      // but a subject cannot hold is a bad override as well, found before connecting.
      wireSubject(event);
    } catch (error) {
      if (error instanceof SubjectError) {
        stderr.write(`mayastor-events publish: metadata.id: ${escapeUnprintable(error.message)}\n`);
      } else if (error instanceof EventValidationError) {
        for (const issue of error.issues) stderr.write(`mayastor-events publish: ${escapeUnprintable(dotted(issue.path))}: ${escapeUnprintable(issue.message)}\n`);
      } else {
        throw error;
      }
      stderr.write(`mayastor-events publish: the ${key} event is invalid; nothing was published\n`);
      return { exitCode: 2 };
    }

    try {
      const bus = await connectEventBus(connection);
      try {
        const ack = await bus.publish(event);
        if (values['json'] === true) {
          // Spliced as text, so that the event is exactly the JSON that was published.
          const head = JSON.stringify({ subject: ack.subject, stream: ack.stream, sequence: ack.sequence });
          stdout.write(`${head.slice(0, -1)},"event":${printableJson(encodeToString(event))}}\n`);
        } else {
          stdout.write(`published ${key} to ${ack.subject} (stream ${ack.stream}, sequence ${ack.sequence})\n`);
          stdout.write(`${formatEventLine(key, event)}\n`);
        }
      } finally {
        await bus.close();
      }
    } catch (error) {
      stderr.write(`mayastor-events publish: ${firstLine(error)}\n`);
      return { exitCode: 1 };
    }
    return { exitCode: 0 };
  },
};
