// decode: bytes or text in, one of three verdicts out, never a throw.
//
// Fast path: JSON.parse, then measure (without writing it) the canonical JSON of the parsed
// value: every known member present, each in its shortest spelling. Any other spelling of the
// same value is longer: whitespace, a member given twice, `2.0` for `2`, an escape for a plain
// character, an unknown member. So when the lengths are equal the text holds exactly the
// canonical members, perhaps in another order, and JSON.parse's view of it is exact. Everything
// the Rust services publish takes this path; measuring allocates nothing. A message with members
// this SDK does not know (from a newer Mayastor) takes a second, similar proof below.
// One spelling is not longer: an exponent (`1e2` is as long as `100`, `1e8` shorter than
// `100000000`), whose saved characters could hide a duplicate. Only a known member holding an
// integer of magnitude 100 or more can be spelled so (an unknown member's text is not measured,
// so it only adds length); when the measure saw one, a text where a number may have an exponent
// goes the careful path (a string such as "…:3e4f…" may match too: that costs only time).
// Careful path (anything else): an exact JSON parser and a reader that apply the Rust
// deserializer's rules one by one and say where the first problem is.
import { entryFor, schemaIssues, validatorFor } from '../catalog.js';
import type { EventKey, EventMap } from '../generated/registry.js';
import type { EventMessage } from '../generated/messages.js';
import { EventAction, EventCategory } from '../generated/enums.js';
import { measureEventMessageJson, measureLaxEventMessageJson, pickKnownMembers, wireMessages } from '../generated/wire.js';
import { enumName } from '../enums.js';
import { DecodeError, type DecodeErrorCode } from './errors.js';
import { parseJsonExact } from './json.js';
import { readWireMessage } from './reader.js';
import { takeLargeIntegerSeen } from './write-primitives.js';

/** A catalogued event, typed by its subject key. */
export type DecodedEvent = {
  [K in EventKey]: { readonly kind: 'event'; readonly key: K; readonly event: EventMap[K] };
}[EventKey];

/**
 * Why a well-formed event is not a catalogued one: `uncatalogued-pair`, its (category, action)
 * pair is not in the catalog (often new enum numbers); `uncatalogued-form`, the pair is, but the
 * message is not in the catalogued form (unknown component or version, other details, no
 * metadata or timestamp).
 */
export type UnknownEventCode = 'uncatalogued-pair' | 'uncatalogued-form';

/**
 * A well-formed event the catalog does not know (forward compatibility): new enum numbers, a
 * (category, action) pair not in the catalog, or details the catalog does not name for it.
 * The Rust services accept it; so do we, and say why it is not catalogued.
 */
export interface UnknownEvent {
  readonly kind: 'unknown';
  readonly event: EventMessage;
  readonly code: UnknownEventCode;
  /** For `uncatalogued-form`: the key of the catalogued event with this (category, action). */
  readonly key?: EventKey;
  /** Why the event is not a catalogued one, for people. */
  readonly reason: string;
}

/** A message the Rust services reject too; `error` keeps the raw input. */
export interface InvalidMessage {
  readonly kind: 'invalid';
  readonly error: DecodeError;
}

/** The verdict on one message. */
export type DecodeResult = DecodedEvent | UnknownEvent | InvalidMessage;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A number with an exponent in a value position, the only spelling shorter than canonical. */
const EXPONENT = /[:,[]\s*-?\d+(?:\.\d+)?[eE]/;

/** 1-based line and column of a UTF-16 offset; the column counts UTF-8 bytes, as serde_json's does. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: Buffer.byteLength(text.slice(lineStart, offset), 'utf8') + 1 };
}

/** 1-based line and column of a byte offset in raw bytes. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function invalid(
  raw: Uint8Array | string,
  code: DecodeErrorCode,
  reason: string,
  path: string,
  offset: number,
  where: { line: number; column: number },
): InvalidMessage {
  return { kind: 'invalid', error: new DecodeError({ code, reason, path, offset, ...where, raw }) };
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    try {
      utf8.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return bytes.length;
}

function describeNumber(names: Record<string, number>, value: number): string {
  const name = enumName(names, value);
  return name === undefined ? `${value} (not a known number)` : `${value} (${name})`;
}

/** Sorts a well-formed EventMessage into a catalogued or an unknown event. */
function classify(message: EventMessage): DecodedEvent | UnknownEvent {
  const entry = entryFor(message.category, message.action);
  if (entry === undefined) {
    return {
      kind: 'unknown',
      event: message,
      code: 'uncatalogued-pair',
      reason:
        `no catalogued event has category ${describeNumber(EventCategory, message.category)} ` +
        `and action ${describeNumber(EventAction, message.action)}`,
    };
  }
  if (validatorFor(entry.key).Check(message)) return { kind: 'event', key: entry.key, event: message } as DecodedEvent;
  const first = schemaIssues(entry.key, message)[0];
  const where = first === undefined ? '' : `: ${first.path || '/'} ${first.message}`;
  return { kind: 'unknown', event: message, code: 'uncatalogued-form', key: entry.key, reason: `not in the catalogued form of ${entry.key}${where}` };
}

/** The careful path alone (exported for tests that prove the fast path agrees with it). */
export function carefully(text: string, raw: Uint8Array | string): DecodeResult {
  const parsed = parseJsonExact(text);
  if (!parsed.ok) {
    const { message, offset, line, column } = parsed.error;
    const reason = offset === 0 && text.charCodeAt(0) === 0xfeff ? `${message} (the message starts with a byte order mark)` : message;
    return invalid(raw, 'syntax', reason, '', offset, { line, column });
  }
  const read = readWireMessage(parsed.value, wireMessages.EventMessage);
  if (!read.ok) {
    const { message, path, offset } = read.problem;
    return invalid(raw, 'schema', message, path, offset, position(text, offset));
  }
  return classify(read.value as unknown as EventMessage);
}

/**
 * Reads one event message exactly as the Rust services do, and never throws. Returns
 * `{ kind: 'event', key, event }` for a catalogued event (narrow on `key` to get its type),
 * `{ kind: 'unknown', event, reason }` for a well-formed event the catalog does not know, or
 * `{ kind: 'invalid', error }` with the reason, the member's path and the raw input.
 *
 * @example
 * const result = decode(msg.data);
 * if (result.kind === 'event' && result.key === 'nexus.rebuildEnd') {
 *   console.log(result.event.metadata.source.event_details.rebuild_details.rebuild_status);
 * }
 */
export function decode(input: Uint8Array | string): DecodeResult {
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else if (input instanceof Uint8Array) {
    try {
      text = utf8.decode(input);
    } catch {
      const offset = firstInvalidUtf8(input);
      return invalid(input, 'utf8', `invalid UTF-8 at byte ${offset}`, '', offset, bytePosition(input, offset));
    }
  } else {
    // A programming error rather than a message: raw holds a description of what was given.
    const got = input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input;
    return invalid(String(got), 'input', `expected a Uint8Array or a string, got ${got}`, '', 0, { line: 1, column: 1 });
  }

  let value: unknown;
  takeLargeIntegerSeen();
  try {
    value = JSON.parse(text);
  } catch {
    return carefully(text, input);
  }
  const canonical = measureEventMessageJson(value) === text.length;
  if (canonical && !(takeLargeIntegerSeen() && EXPONENT.test(text))) return classify(value as EventMessage);
  // A message from a newer Mayastor with members this SDK does not know: the same proof, with
  // each unknown member measured as JSON.stringify spells it (the shortest spelling but for
  // exponents, hence the scan; a string input must also hold no raw lone surrogate).
  if (
    measureLaxEventMessageJson(value) === text.length &&
    !EXPONENT.test(text) &&
    (typeof input !== 'string' || text.isWellFormed())
  ) {
    return classify(pickKnownMembers(value) as EventMessage);
  }
  return carefully(text, input);
}
