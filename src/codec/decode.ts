// decode: bytes or text in, one of three verdicts out, never a throw.
//
// Fast path, for what the Rust services write (texts up to 64 KiB): JSON.parse, then one walk
// generated for the event the category and action name (src/generated/canonical.ts) measures,
// without writing it, the canonical JSON of the parsed value while it checks the event's
// catalogued form. Any other spelling of the same value is longer: whitespace, a member given
// twice, `2.0` for `2`, an escape for a plain character. So when the lengths are equal the text
// was exactly that event, and JSON.parse's view of it is exact. In lax mode the walk also counts
// members this SDK does not know (a newer Mayastor), as JSON.stringify spells them.
// One spelling is not longer: an exponent (`1e2` is as long as `100`, `1e8` shorter than
// `100000000`), whose saved characters could hide a duplicate. The walk notes any number that
// could be spelled so (an integer of 100 or more, a fraction); only then is the text scanned for
// an exponent (a string such as "…:3e4f…" may match too: that costs only time).
// Anything else: the general length proof and the catalog's check, then the careful path, an
// exact JSON parser and a reader that apply the Rust deserializer's rules one by one and say
// where the first problem is.
import { entryFor, matchesKey, schemaIssues } from '../catalog.js';
import type { EventKey, EventMap } from '../generated/registry.js';
import type { EventMessage } from '../generated/types.js';
import { EventAction, EventCategory } from '../generated/enums.js';
import { measureEventMessageJson, measureLaxEventMessageJson, pickKnownMembers, wireMessages } from '../generated/wire.js';
import { enumName } from '../enums.js';
import { DecodeError, internalDecodeError, type DecodeErrorCode } from './errors.js';
import { canonicalMeasures, type WideIntegers } from '../generated/canonical.js';
import { describeSyntaxError, parseJsonExact } from './json.js';
import { readWireMessage } from './reader.js';

/** A catalogued event, typed by its subject key. */
export type DecodedEvent = {
  [K in EventKey]: { readonly kind: 'event'; readonly key: K; readonly event: EventMap[K] };
}[EventKey];

/**
 * Why a well-formed event is not a catalogued one: `uncatalogued-pair`, its (category, action)
 * pair is not in the catalog (new enum numbers or a new pair: a newer Mayastor, likely);
 * `uncatalogued-form`, the pair is, but the message is not in the form the catalog describes
 * (no metadata, source or timestamp, an unknown component or version, other details): the Rust
 * services accept it, but it may as well come from a faulty producer as from a newer Mayastor.
 */
export type UnknownEventCode = 'uncatalogued-pair' | 'uncatalogued-form';

/**
 * A well-formed event the catalog does not describe: a (category, action) pair not in the
 * catalog (`uncatalogued-pair`: new enum numbers, forward compatibility), or a catalogued pair
 * not in its catalogued form (`uncatalogued-form`: e.g. `metadata` null). The Rust services
 * accept both; so do we, and `reason` says which it is and why, without calling it newer.
 */
export interface UnknownEvent {
  readonly kind: 'unknown';
  readonly event: EventMessage;
  readonly code: UnknownEventCode;
  /** For `uncatalogued-form`: the key of the catalogued event with this (category, action). */
  readonly key?: EventKey;
  /**
   * Why the event is not a catalogued one, for people: ``category 12 / action 3 (StateChange) is
   * not in this SDK's catalog (from a newer Mayastor?)``, or ``not in the catalogued form of volume.create:
   * /metadata expected an EventMeta object, got null``.
   */
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

/** Texts longer than this take the careful path at once (events are far shorter). */
const FAST_PATH_MAX_LENGTH = 64 * 1024;

/**
 * UTF-8 length of `text` from `start` to `end` (UTF-16 offsets). A lone surrogate counts 3 bytes
 * (WTF-8), or, in a `marked` text (see {@link decodeMarkingInvalid}), 1 when it marks a bad byte.
 */
function utf8Length(text: string, start: number, end: number, marked: boolean): number {
  let bytes = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else if (marked && isMarker(c)) bytes += 1;
    else bytes += 3;
  }
  return bytes;
}

/** 1-based line and column of a UTF-16 offset; the column counts UTF-8 bytes, as serde_json's does. */
function position(text: string, offset: number, marked: boolean): { line: number; column: number } {
  const end = Math.min(offset, text.length);
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: utf8Length(text, lineStart, end, marked) + 1 };
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

/**
 * Offset of the first byte that is not part of a well-formed UTF-8 sequence (the Unicode
 * standard's table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF); one pass.
 */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  const length = bytes.length;
  let i = from;
  while (i < length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) low = 0xa0;
      else if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) low = 0x90;
      else if (b === 0xf4) high = 0x8f;
    } else return i;
    if (i + need >= length) return i; // truncated at the end
    const second = bytes[i + 1]!;
    if (second < low || second > high) return i;
    for (let k = 2; k <= need; k++) {
      const next = bytes[i + k]!;
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += need + 1;
  }
  return length;
}

/** Where a byte that is not UTF-8 stands in a text from {@link decodeMarkingInvalid}: U+DC80–U+DCFF. */
const MARKER_BASE = 0xdc00;

/**
 * The text of bytes that are not all UTF-8, each byte of an ill-formed sequence written as the
 * lone surrogate U+DC00 + byte (which well-formed UTF-8 never decodes to), so that the careful
 * path can accept it where serde_json skips a string (`from_slice` validates only the strings it
 * reads) and say where it is where serde_json reads one. One pass over the bytes.
 */
function decodeMarkingInvalid(bytes: Uint8Array): string {
  const parts: string[] = [];
  let start = 0;
  for (let bad = firstInvalidUtf8(bytes); bad < bytes.length; bad = firstInvalidUtf8(bytes, start)) {
    if (bad > start) parts.push(utf8.decode(bytes.subarray(start, bad)));
    parts.push(String.fromCharCode(MARKER_BASE + bytes[bad]!));
    start = bad + 1;
  }
  if (start < bytes.length) parts.push(utf8.decode(bytes.subarray(start)));
  return parts.join('');
}

/** Whether a UTF-16 unit is a marker of {@link decodeMarkingInvalid} (a byte 0x80–0xFF). */
function isMarker(c: number): boolean {
  return c >= MARKER_BASE + 0x80 && c <= MARKER_BASE + 0xff;
}

/** The byte offset of a character of a text from {@link decodeMarkingInvalid}, if it is a marker. */
function markedByte(text: string, offset: number): number | undefined {
  return isMarker(text.charCodeAt(offset)) ? utf8Length(text, 0, offset, true) : undefined;
}

function describeNumber(names: Record<string, number>, value: number): string {
  const name = enumName(names, value);
  return name === undefined ? String(value) : `${value} (${name})`;
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
        `category ${describeNumber(EventCategory, message.category)} / action ${describeNumber(EventAction, message.action)} ` +
        "is not in this SDK's catalog (from a newer Mayastor?)",
    };
  }
  if (matchesKey(entry.key, message)) return { kind: 'event', key: entry.key, event: message } as DecodedEvent;
  const first = schemaIssues(entry.key, message)[0];
  const where = first === undefined ? '' : `: ${first.path || '/'} ${first.message}`;
  return { kind: 'unknown', event: message, code: 'uncatalogued-form', key: entry.key, reason: `not in the catalogued form of ${entry.key}${where}` };
}

/** The careful path alone (exported for tests that prove the fast path agrees with it). */
export function carefully(text: string, raw: Uint8Array | string, marked = false): DecodeResult {
  const parsed = parseJsonExact(text, wireMessages.EventMessage);
  if (!parsed.ok) {
    const { offset, line, column } = parsed.error;
    const bad = marked ? markedByte(text, offset) : undefined;
    if (bad !== undefined) return invalid(raw, 'utf8', `invalid UTF-8 at byte ${bad}`, '', bad, bytePosition(raw as Uint8Array, bad));
    return invalid(raw, 'syntax', describeSyntaxError(text, parsed.error), '', offset, { line, column });
  }
  const read = readWireMessage(parsed.value, wireMessages.EventMessage);
  if (!read.ok) {
    const { message, path, offset } = read.problem;
    const bad = marked ? markedByte(text, offset) : undefined;
    if (bad !== undefined) return invalid(raw, 'utf8', `invalid UTF-8 at byte ${bad}`, path, bad, bytePosition(raw as Uint8Array, bad));
    return invalid(raw, 'schema', message, path, offset, position(text, offset, marked));
  }
  return classify(read.value as unknown as EventMessage);
}

/**
 * Reads one event message exactly as the Rust services do, and never throws. Returns
 * `{ kind: 'event', key, event }` for a catalogued event (narrow on `key` to get its type),
 * `{ kind: 'unknown', event, code, reason }` for a well-formed message that is not a catalogued
 * event (`code`: an unknown (category, action) pair, or a known pair not in its catalogued form), or
 * `{ kind: 'invalid', error }` with the reason, the member's path and the raw input.
 *
 * @example
 * const result = decode(msg.data);
 * if (result.kind === 'event' && result.key === 'nexus.rebuildEnd') {
 *   console.log(result.event.metadata.source.event_details.rebuild_details.rebuild_status);
 * }
 */
export function decode(input: Uint8Array | string): DecodeResult {
  try {
    return read(input);
  } catch (error) {
    // Nothing in `read` should throw (the careful path does not recurse on the input's depth);
    // if something does, the caller still gets a verdict, and the message is kept.
    return { kind: 'invalid', error: internalDecodeError(error, typeof input === 'string' || input instanceof Uint8Array ? input : typeof input) };
  }
}

function read(input: Uint8Array | string): DecodeResult {
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else if (input instanceof Uint8Array) {
    try {
      text = utf8.decode(input);
    } catch {
      // Not all UTF-8: serde_json's from_slice rejects that only in a string it reads (a known
      // member, a key of a struct), and skips it in a member it does not know.
      return carefully(decodeMarkingInvalid(input), input, true);
    }
  } else {
    // A programming error rather than a message: raw holds a description of what was given.
    const got = input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input;
    return invalid(String(got), 'input', `expected a Uint8Array or a string, got ${got}`, '', 0, { line: 1, column: 1 });
  }
  return fastPath(text, input) ?? carefully(text, input);
}

/**
 * JSON.parse and the length proof; undefined when the proof does not hold (or a step could not
 * finish, e.g. JSON.stringify of a member nested too deep to recurse), and the careful path decides.
 */
function fastPath(text: string, input: Uint8Array | string): DecodeResult | undefined {
  // A large text goes straight to the careful path, whose time and memory are linear in the
  // text whatever it holds: JSON.parse builds every value it meets (a million empty arrays in a
  // member nobody reads take seconds and hundreds of megabytes) and slows down more than
  // linearly on deep nesting. What the services send is a few hundred bytes.
  if (text.length > FAST_PATH_MAX_LENGTH) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  // What the Rust services write: one walk measures the canonical length and checks the
  // catalogued form of the event the category and action name.
  if (typeof value === 'object' && value !== null) {
    const entry = entryFor((value as EventMessage).category, (value as EventMessage).action);
    if (entry !== undefined) {
      const measure = canonicalMeasures[entry.key];
      const wellFormed = typeof input !== 'string' || text.isWellFormed();
      const plain = wellFormed && text.indexOf('\\') === -1;
      const wide: WideIntegers = { seen: false };
      const length = measure(value, plain, false, wide);
      if (length === text.length && !(wide.seen && EXPONENT.test(text))) return { kind: 'event', key: entry.key, event: value } as DecodedEvent;
      // Longer than canonical: perhaps members from a newer Mayastor, measured as JSON.stringify
      // spells them (the shortest spelling but for exponents: the text is scanned for one when
      // any number, known or not, could be spelled as short with one).
      if (length >= 0 && length < text.length && wellFormed && measure(value, plain, true, wide) === text.length && !(wide.seen && EXPONENT.test(text))) {
        return { kind: 'event', key: entry.key, event: pickKnownMembers(value) } as DecodedEvent;
      }
    }
  }
  // Anything else the Rust services accept: the general proof, then the catalog's check.
  const wide: WideIntegers = { seen: false };
  let canonical: boolean;
  try {
    canonical = measureEventMessageJson(value, wide) === text.length;
  } catch {
    return undefined;
  }
  if (canonical && !(wide.seen && EXPONENT.test(text))) return classify(value as EventMessage);
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
  return undefined;
}
