// The careful reader: turns an exact JSON tree into a wire message exactly as the Rust services'
// serde deserializer does (required members, nulls, duplicates, integer ranges, timestamps),
// reporting the first problem in document order with the JSON Pointer of its member.
import { I64_MAX, I64_MIN, U64_MAX } from '../schema/primitives.js';
import type { JsonNode } from './json.js';
import { parseTimestamp } from './timestamp.js';
import type { WireMessage, WireType } from './wire-types.js';

/** The first problem the reader found. */
export interface ReadProblem {
  readonly path: string;
  readonly message: string;
  /** UTF-16 offset in the input of the offending value. */
  readonly offset: number;
}

class ReadFailure {
  constructor(readonly problem: ReadProblem) {}
}

const I32_MIN = -2_147_483_648n;
const I32_MAX = 2_147_483_647n;
const INTEGER = /^-?(?:0|[1-9][0-9]*)$/;

/** JSON Pointer escaping of one member name. */
export function pointerSegment(name: string): string {
  return name.replace(/~/g, '~0').replace(/\//g, '~1');
}

function describe(node: JsonNode): string {
  switch (node.t) {
    case 'null':
      return 'null';
    case 'bool':
      return `boolean \`${node.v}\``;
    case 'num':
      return node.int ? `integer \`${node.raw}\`` : `floating point \`${node.raw}\``;
    case 'str':
      return `string ${JSON.stringify(node.v.length > 40 ? `${node.v.slice(0, 40)}…` : node.v)}`;
    case 'arr':
      return 'sequence';
    case 'obj':
      return 'map';
  }
}

function fail(path: string, node: JsonNode, message: string): never {
  throw new ReadFailure({ path, message, offset: node.at });
}

/**
 * serde_json turns an integer token into i64/u64 when it fits and into f64 otherwise (and
 * `-0` into f64 too), so only tokens that are integers in u64 ∪ i64 reach an integer member.
 */
function integerOf(node: JsonNode & { t: 'num' }): bigint | undefined {
  if (!node.int || node.raw === '-0' || !INTEGER.test(node.raw)) return undefined;
  const value = BigInt(node.raw);
  return value < I64_MIN || value > U64_MAX ? undefined : value;
}

function readInteger(node: JsonNode, path: string, min: bigint, max: bigint, what: string): number | bigint {
  if (node.t !== 'num') fail(path, node, `invalid type: ${describe(node)}, expected ${what}`);
  const value = integerOf(node);
  if (value === undefined) fail(path, node, `invalid type: floating point \`${node.raw}\`, expected ${what}`);
  if (value < min || value > max) fail(path, node, `invalid value: integer \`${node.raw}\`, expected ${what}`);
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
}

function readValue(node: JsonNode, type: WireType, path: string): unknown {
  switch (type) {
    case 'string':
      if (node.t !== 'str') fail(path, node, `invalid type: ${describe(node)}, expected a string`);
      return node.v;
    case 'i32':
      return readInteger(node, path, I32_MIN, I32_MAX, 'i32');
    case 'u64':
      return readInteger(node, path, 0n, U64_MAX, 'u64');
    case 'i64':
      return readInteger(node, path, I64_MIN, I64_MAX, 'i64');
    case 'timestamp':
      if (node.t !== 'str') fail(path, node, `invalid type: ${describe(node)}, expected an RFC 3339 timestamp string`);
      if (parseTimestamp(node.v) === undefined) {
        fail(path, node, `invalid timestamp ${JSON.stringify(node.v)}: expected RFC 3339 with an offset, e.g. 2024-05-01T10:20:30Z`);
      }
      return node.v;
    default:
      return readMessage(node, type, path);
  }
}

function readMember(node: JsonNode, member: WireMessage['members'][number], path: string): unknown {
  if (node.t === 'null') {
    if (member.nullable) return null;
    const expected =
      typeof member.type === 'string' ? (member.type === 'string' ? 'a string' : member.type) : `struct ${member.type.name}`;
    fail(path, node, `invalid type: null, expected ${expected}`);
  }
  return readValue(node, member.type, path);
}

function readMessage(node: JsonNode, message: WireMessage, path: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const members = message.members;
  if (node.t === 'arr') {
    // serde's derived visit_seq: a struct may also arrive as the array of its members in order.
    members.forEach((member, i) => {
      const item = node.items[i];
      if (item === undefined) {
        fail(path, node, `invalid length ${node.items.length}, expected struct ${message.name} with ${members.length} elements`);
      }
      out[member.name] = readMember(item, member, `${path}/${i}`);
    });
    if (node.items.length > members.length) {
      fail(path, node, `invalid length ${node.items.length}, expected struct ${message.name} with ${members.length} elements`);
    }
    return out;
  }
  if (node.t !== 'obj') fail(path, node, `invalid type: ${describe(node)}, expected struct ${message.name}`);

  const seen = new Set<string>();
  let aliased: { node: JsonNode; member: WireMessage['members'][number]; key: string } | undefined;
  for (let i = 0; i < node.keys.length; i++) {
    const key = node.keys[i]!;
    const value = node.values[i]!;
    const member = members.find((m) => m.name === key);
    if (member === undefined) {
      const aliasOf = members.find((m) => m.alias === key);
      // An old name is read only when the current one is absent; otherwise it is ignored like
      // any unknown member, so the set of accepted messages is exactly the Rust reader's.
      if (aliasOf !== undefined && aliased === undefined) aliased = { node: value, member: aliasOf, key };
      continue;
    }
    const memberPath = `${path}/${pointerSegment(key)}`;
    if (seen.has(key)) fail(memberPath, value, `duplicate field \`${key}\``);
    seen.add(key);
    out[key] = readMember(value, member, memberPath);
  }
  for (const member of members) {
    if (seen.has(member.name)) continue;
    if (aliased !== undefined && aliased.member === member) {
      try {
        out[member.name] = readMember(aliased.node, member, `${path}/${pointerSegment(aliased.key)}`);
        continue;
      } catch (error) {
        // The Rust reader ignores the old name, so a malformed one must not reject the message.
        if (!(error instanceof ReadFailure)) throw error;
      }
    }
    if (!member.nullable) fail(`${path}/${pointerSegment(member.name)}`, node, `missing field \`${member.name}\``);
    out[member.name] = null;
  }
  // Members in wire order, whatever order they arrived in.
  const ordered: Record<string, unknown> = {};
  for (const member of members) ordered[member.name] = out[member.name];
  return ordered;
}

/** Reads a wire message from an exact JSON tree, or returns the first problem. */
export function readWireMessage(
  node: JsonNode,
  message: WireMessage,
): { ok: true; value: Record<string, unknown> } | { ok: false; problem: ReadProblem } {
  try {
    return { ok: true, value: readMessage(node, message, '') };
  } catch (error) {
    if (error instanceof ReadFailure) return { ok: false, problem: error.problem };
    throw error;
  }
}
