// The careful reader: turns an exact JSON tree into a wire message exactly as the Rust services'
// serde deserializer does (required members, nulls, duplicates, integer ranges, timestamps),
// reporting the first problem in document order with the JSON Pointer of its member.
import { I64_MAX, I64_MIN, U64_MAX } from '../schema/primitives.js';
import type { JsonNode } from './json.js';
import { pointerSegment } from './pointer.js';
import { timestampProblem } from './timestamp.js';
import type { WireMember, WireMessage, WireType } from './wire-types.js';

/** The first problem the reader found. */
export interface ReadProblem {
  readonly path: string;
  readonly message: string;
  /** UTF-16 offset in the input of the offending value. */
  readonly offset: number;
}

const I32_MIN = -2_147_483_648n;
const I32_MAX = 2_147_483_647n;
const INTEGER = /^-?(?:0|[1-9][0-9]*)$/;
const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** The longest token an error message quotes whole. */
const QUOTE_LIMIT = 40;

/** A number token as an error message quotes it: whole when short, else its start and its length. */
function quoteToken(raw: string): string {
  return raw.length <= QUOTE_LIMIT ? raw : `${raw.slice(0, QUOTE_LIMIT)}… (${raw.length} characters)`;
}

/** A string as an error message quotes it: JSON-escaped, cut after QUOTE_LIMIT characters. */
function quoteString(value: string): string {
  return JSON.stringify(value.length > QUOTE_LIMIT ? `${value.slice(0, QUOTE_LIMIT)}…` : value);
}

function describe(node: JsonNode): string {
  switch (node.t) {
    case 'null':
      return 'null';
    case 'bool':
      return `boolean \`${node.v}\``;
    case 'num':
      return node.int ? `integer \`${quoteToken(node.raw)}\`` : `floating point \`${quoteToken(node.raw)}\``;
    case 'str':
      return `string ${quoteString(node.v)}`;
    case 'arr':
      return 'sequence';
    case 'obj':
      return 'map';
    case 'deep':
      return 'a value nested too deep';
    case 'skip':
      return 'a value';
  }
}

class ReadFailure {
  /** Member names from the offending member up to the root (filled while unwinding). */
  readonly segments: string[] = [];
  constructor(
    readonly message: string,
    readonly offset: number,
  ) {}
}

function fail(node: JsonNode, message: string): never {
  throw new ReadFailure(message, node.at);
}

/**
 * serde_json turns an integer token into i64/u64 when it fits and into f64 otherwise (and
 * `-0` into f64 too), so only tokens that are integers in u64 ∪ i64 reach an integer member.
 */
function integerOf(node: JsonNode & { t: 'num' }): number | bigint | undefined {
  // Past 20 digits (and a sign) no i64 or u64 holds it: no BigInt (nor a scan) of a million digits.
  if (!node.int || node.raw === '-0' || node.raw.length > 21 || !INTEGER.test(node.raw)) return undefined;
  // Up to 15 digits a double holds the integer exactly: no bigint needed.
  if (node.raw.length <= 15) return Number(node.raw);
  const value = BigInt(node.raw);
  return value < I64_MIN || value > U64_MAX ? undefined : value;
}

function readInteger(node: JsonNode, min: bigint, max: bigint, what: string): number | bigint {
  if (node.t !== 'num') fail(node, `invalid type: ${describe(node)}, expected ${what}`);
  const value = integerOf(node);
  if (value === undefined) fail(node, `invalid type: floating point \`${quoteToken(node.raw)}\`, expected ${what}`);
  if (value < min || value > max) fail(node, `invalid value: integer \`${quoteToken(node.raw)}\`, expected ${what}`);
  if (typeof value === 'number') return value;
  return value >= MIN_SAFE && value <= MAX_SAFE ? Number(value) : value;
}

function readValue(node: JsonNode, type: WireType): unknown {
  // What serde_json only checks in values it reads, not in those it skips: a lone surrogate
  // escape in a string, and nesting past its recursion limit.
  if (node.t === 'str' && node.lone !== undefined) throw new ReadFailure(node.lone.message, node.lone.offset);
  if (node.t === 'deep') fail(node, 'recursion limit exceeded');
  switch (type) {
    case 'string':
      if (node.t !== 'str') fail(node, `invalid type: ${describe(node)}, expected a string`);
      return node.v;
    case 'i32':
      return readInteger(node, I32_MIN, I32_MAX, 'i32');
    case 'u64':
      return readInteger(node, 0n, U64_MAX, 'u64');
    case 'i64':
      return readInteger(node, I64_MIN, I64_MAX, 'i64');
    case 'timestamp': {
      if (node.t !== 'str') fail(node, `invalid type: ${describe(node)}, expected an RFC 3339 timestamp string`);
      // One scan gives the verdict and, when it rejects, why: a range names the field; a shape
      // problem also shows the form expected.
      const problem = timestampProblem(node.v);
      if (problem !== undefined) {
        fail(node, `invalid timestamp ${quoteString(node.v)}: ${problem}${problem.startsWith('expected') ? ', e.g. 2024-05-01T10:20:30Z' : ''}`);
      }
      return node.v;
    }
    default:
      return readMessage(node, type);
  }
}

function readMember(node: JsonNode, member: WireMember): unknown {
  if (node.t === 'null') {
    if (member.nullable) return null;
    const expected =
      typeof member.type === 'string' ? (member.type === 'string' ? 'a string' : member.type) : `struct ${member.type.name}`;
    fail(node, `invalid type: null, expected ${expected}`);
  }
  return readValue(node, member.type);
}

/** Reads one member, naming it in the path of any failure from below. */
function readNamed(node: JsonNode, member: WireMember, segment: string): unknown {
  try {
    return readMember(node, member);
  } catch (error) {
    if (error instanceof ReadFailure) error.segments.push(segment);
    throw error;
  }
}

/** Position of each member of a message by wire name, built once per message. */
const indexes = new WeakMap<WireMessage, ReadonlyMap<string, number>>();

function indexOf(message: WireMessage): ReadonlyMap<string, number> {
  let index = indexes.get(message);
  if (index === undefined) {
    index = new Map(message.members.map((m, i) => [m.name, i]));
    indexes.set(message, index);
  }
  return index;
}

/** What a missing member reads as (serde's `missing_field`: None for an Option, the default if any), or a failure. */
function missing(node: JsonNode, member: WireMember): unknown {
  if (member.default !== undefined) return member.default;
  if (member.nullable) return null;
  const failure = new ReadFailure(`missing field \`${member.name}\``, node.at);
  failure.segments.push(member.name);
  throw failure;
}

function readMessage(node: JsonNode, message: WireMessage): Record<string, unknown> {
  const members = message.members;
  const out: Record<string, unknown> = {};
  if (node.t === 'arr') {
    // serde's derived visit_seq: a struct may also arrive as the array of its members in order,
    // read one by one (the first bad element is the error; a missing one takes its default, or
    // is an invalid length); then serde_json's end_seq wants `]`.
    for (let i = 0; i < members.length; i++) {
      const item = node.items[i];
      if (item !== undefined) out[members[i]!.name] = readNamed(item, members[i]!, String(i));
      else if (members[i]!.default !== undefined) out[members[i]!.name] = members[i]!.default;
      else fail(node, `invalid length ${i}, expected struct ${message.name} with ${members.length} elements`);
    }
    const extra = node.items[members.length];
    if (extra !== undefined) fail(extra, 'trailing characters');
    return out;
  }
  if (node.t !== 'obj') fail(node, `invalid type: ${describe(node)}, expected struct ${message.name}`);

  const byName = indexOf(message);
  const values: unknown[] = new Array(members.length);
  const seen: boolean[] = new Array(members.length).fill(false);
  for (let k = 0; k < node.keys.length; k++) {
    // serde reads every key of a struct, known or not: a key with a lone surrogate fails there.
    if (node.loneKey?.index === k) throw new ReadFailure(node.loneKey.message, node.loneKey.offset);
    const key = node.keys[k]!;
    const value = node.values[k]!;
    const position = byName.get(key);
    if (position === undefined) continue; // an unknown member: ignored, as serde ignores it
    if (seen[position]) {
      const failure = new ReadFailure(`duplicate field \`${key}\``, value.at);
      failure.segments.push(key);
      throw failure;
    }
    seen[position] = true;
    values[position] = readNamed(value, members[position]!, key);
  }
  // Members in wire order, whatever order they arrived in.
  for (let i = 0; i < members.length; i++) {
    out[members[i]!.name] = seen[i] ? values[i] : missing(node, members[i]!);
  }
  return out;
}

/** Reads a wire message from an exact JSON tree, or returns the first problem. */
export function readWireMessage(
  node: JsonNode,
  message: WireMessage,
): { ok: true; value: Record<string, unknown> } | { ok: false; problem: ReadProblem } {
  try {
    return { ok: true, value: readMessage(node, message) };
  } catch (error) {
    if (!(error instanceof ReadFailure)) throw error;
    const path = error.segments.reverse().map((segment) => `/${pointerSegment(segment)}`).join('');
    return { ok: false, problem: { path, message: error.message, offset: error.offset } };
  }
}
