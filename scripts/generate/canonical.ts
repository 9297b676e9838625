// The decode fast path's one walk per message: for each catalogued event, a function that
// measures the canonical JSON of a parsed value (as the strict writer would write it) while it
// checks the catalogued form of that event (its category and action, known component and enum
// numbers, version 1, exactly the details the catalog names). It returns the length, or -1 when
// the value is not that event in that form (then decode takes its general path, which decides).
//
// Conservative by construction: every value it measures is one the general path would call this
// event with the same canonical length, so a match of the lengths is the same verdict at less cost.
import type { CatalogModel, EventModel, MemberModel, MessageModel } from './model.ts';
import { HEADER } from './typescript.ts';

/** Length of `"name":` plus a comma before every member but the first, and the braces. */
function structure(members: readonly MemberModel[]): number {
  return members.reduce((sum, m, i) => sum + (i > 0 ? 1 : 0) + m.name.length + 3, 2);
}

function messageOf(model: CatalogModel, name: string): MessageModel {
  const message = model.messages.find((m) => m.name === name);
  if (message === undefined) throw new Error(`no message ${name}`);
  return message;
}

/** Statements that add the length of `x` (a member of type `member.type`) to `n`, or return -1. */
function measureValue(model: CatalogModel, member: MemberModel, x: string, indent: string): string {
  const t = member.type;
  switch (t.kind) {
    case 'string':
      // `plain`: the text holds no backslash and is well-formed, so no string needs an escape.
      return `${indent}m = plain ? plainString(${x}) : measureString(${x});\n${indent}if (m < 0) return -1;\n${indent}n += m;\n`;
    case 'timestamp':
      return `${indent}m = measureTimestamp(${x});\n${indent}if (m < 0) return -1;\n${indent}n += m;\n`;
    case 'enum': {
      // The catalogued form holds known numbers only; group them by their written length.
      const values = model.enums.find((e) => e.name === t.enumName)!.values.map((v) => v.value);
      const byLength = new Map<number, number[]>();
      for (const value of values) byLength.set(String(value).length, [...(byLength.get(String(value).length) ?? []), value]);
      let out = `${indent}switch (${x}) {\n`;
      for (const [length, group] of byLength) {
        out += group.map((value) => `${indent}  case ${value}:\n`).join('');
        out += `${indent}    n += ${length};\n${indent}    break;\n`;
      }
      return `${out}${indent}  default:\n${indent}    return -1;\n${indent}}\n`;
    }
    case 'i32':
    case 'i64':
    case 'u64': {
      // Three characters or more: a value an exponent could spell as short (`1e2`), which the
      // length proof cannot see; decode then scans the text for one.
      const fn = t.kind === 'i32' ? 'measureI32' : t.kind === 'i64' ? 'measureI64' : 'measureU64';
      return `${indent}m = ${fn}(${x});\n${indent}if (m < 0) return -1;\n${indent}if (m > 2) wide.seen = true;\n${indent}n += m;\n`;
    }
    case 'message':
      return `${indent}m = canonical${t.messageName}(${x}, plain, lax, wide);\n${indent}if (m < 0) return -1;\n${indent}n += m;\n`;
  }
}

function measureMember(model: CatalogModel, member: MemberModel, from: string, indent = '  '): string {
  const x = `${from}.${member.name}`;
  let out = `${indent}x = ${x};\n`;
  if (member.nullable) {
    out += `${indent}if (x === null) n += 4;\n${indent}else {\n${measureValue(model, member, 'x', indent + '  ')}${indent}}\n`;
  } else {
    out += measureValue(model, member, 'x', indent);
  }
  return out;
}

/**
 * In lax mode, the members of `v` this SDK does not know, as JSON.stringify writes them: only
 * when `v` has more members than it knows (one count of its keys when it has none).
 */
function unknownMembers(message: MessageModel, v: string, indent: string): string {
  return (
    `${indent}if (lax && Object.keys(${v}).length !== ${message.members.length}) {\n` +
    `${indent}  m = measureUnknownMembersNoting(${v}, knownMembers.${message.name}, wide);\n${indent}  if (m < 0) return -1;\n${indent}  n += m;\n${indent}}\n`
  );
}

/** The canonical measure of a message in its catalogued form (known enum numbers). */
function messageFunction(model: CatalogModel, message: MessageModel): string {
  let out = `function canonical${message.name}(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {\n`;
  out += `  if (typeof v !== 'object' || v === null) return -1;\n`;
  out += `  let n = ${structure(message.members)};\n  let x: any;\n  let m: number;\n`;
  for (const member of message.members) out += measureMember(model, member, 'v');
  out += unknownMembers(message, 'v', '  ');
  return `${out}  return n;\n}\n`;
}

/** The messages held (at any depth) by the details members some event carries. */
function detailsMessages(model: CatalogModel): MessageModel[] {
  const details = messageOf(model, 'EventDetails');
  const out: MessageModel[] = [];
  const visit = (name: string): void => {
    const message = messageOf(model, name);
    for (const member of message.members) if (member.type.kind === 'message') visit(member.type.messageName);
    if (!out.includes(message)) out.push(message);
  };
  for (const member of details.members) if (member.type.kind === 'message') visit(member.type.messageName);
  return out;
}

const member = (message: MessageModel, name: string): MemberModel => message.members.find((m) => m.name === name)!;

/**
 * The part every event shares (message, meta, source, timestamp), written once: the event's
 * numbers, the written length of its constants and its details' measure come as arguments.
 */
function envelopeFunction(model: CatalogModel): string {
  const root = messageOf(model, 'EventMessage');
  const meta = messageOf(model, 'EventMeta');
  const source = messageOf(model, 'EventSource');
  const version = model.enums.find((e) => e.name === 'Version')!.values.find((v) => v.name === 'V1')!.value;
  let out = `function canonicalEvent(\n  v: any,\n  plain: boolean,\n  lax: boolean,\n  wide: WideIntegers,\n  category: number,\n  action: number,\n  constants: number,\n  measureDetails: DetailsMeasure,\n  detailsMayBeNull: boolean,\n): number {\n`;
  out += `  if (typeof v !== 'object' || v === null || v.category !== category || v.action !== action) return -1;\n`;
  out += `  let n = constants + ${structure(root.members) + structure(meta.members) + structure(source.members) + String(version).length};\n  let x: any;\n  let m: number;\n`;
  out += measureMember(model, member(root, 'target'), 'v');
  out += unknownMembers(root, 'v', '  ');
  out += `  const meta = v.metadata;\n  if (typeof meta !== 'object' || meta === null || meta.version !== ${version}) return -1;\n`;
  out += measureMember(model, member(meta, 'id'), 'meta');
  out += unknownMembers(meta, 'meta', '  ');
  out += `  const source = meta.source;\n  if (typeof source !== 'object' || source === null) return -1;\n`;
  out += measureMember(model, member(source, 'component'), 'source');
  out += measureMember(model, member(source, 'node'), 'source');
  out += unknownMembers(source, 'source', '  ');
  out += `  const details = source.event_details;\n`;
  out += `  if (details === null && detailsMayBeNull) n += 4;\n  else {\n    m = measureDetails(details, plain, lax, wide);\n    if (m < 0) return -1;\n    n += m;\n  }\n`;
  // The catalogued form has a timestamp, though the wire allows null.
  out += measureMember(model, { ...member(meta, 'timestamp'), nullable: false }, 'meta');
  return `${out}  return n;\n}\n`;
}

/** The details object of one event: the ones it carries measured, every other one null. */
function detailsFunction(model: CatalogModel, event: EventModel): string {
  const details = messageOf(model, 'EventDetails');
  let out = `function details${event.typeName}(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {\n`;
  out += `  if (typeof v !== 'object' || v === null) return -1;\n`;
  out += `  let n = ${structure(details.members)};\n`;
  const carried = details.members.filter((d) => event.requiredDetails.includes(d.name) || event.optionalDetails.includes(d.name));
  if (carried.length > 0) out += `  let x: any;\n`;
  out += `  let m: number;\n`;
  out += unknownMembers(details, 'v', '  ');
  // The details the event does not carry: null, one test for all of them.
  const absent = details.members.filter((d) => !carried.includes(d));
  out += `  if (${absent.map((d) => `v.${d.name} !== null`).join(' || ')}) return -1;\n  n += ${4 * absent.length};\n`;
  for (const d of carried) out += measureMember(model, { ...d, nullable: !event.requiredDetails.includes(d.name) }, 'v');
  return `${out}  return n;\n}\n`;
}

function eventFunction(event: EventModel): string {
  const constants = String(event.category.value).length + String(event.action.value).length;
  const mayBeNull = event.requiredDetails.length === 0;
  return (
    `function canonical${event.typeName}(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {\n` +
    `  return canonicalEvent(v, plain, lax, wide, ${event.category.value}, ${event.action.value}, ${constants}, details${event.typeName}, ${mayBeNull});\n}\n`
  );
}

/** src/generated/canonical.ts */
export function emitCanonical(model: CatalogModel): string {
  let out = HEADER('the decode fast path: canonical length and catalogued form, in one walk');
  out += `/* eslint-disable @typescript-eslint/no-explicit-any */\n`;
  out += `import { measureI32, measureI64, measureString, measureTimestamp, measureU64, measureUnknownMembersNoting } from '../codec/write-primitives.js';\n`;
  out += `import type { EventKey } from './registry.js';\n`;
  out += `import { knownMembers } from './wire.js';\n\n`;
  out += `/** Length of a string written without escapes (the text holds no backslash), or -1. */\n`;
  out += `function plainString(x: unknown): number {\n  return typeof x === 'string' ? x.length + 2 : -1;\n}\n\n`;
  out += `/** Set when a measured integer has three characters or more (an exponent could spell it as short). */\n`;
  out += `export interface WideIntegers {\n  seen: boolean;\n}\n\n`;
  out += `/**\n * Length of the canonical JSON of a parsed value that is this event in its catalogued form, or -1.\n`;
  out += ` * \`plain\`: the text it was parsed from holds no backslash and is well-formed (no string needs an escape).\n`;
  out += ` * \`lax\`: also count the members this SDK does not know, each as JSON.stringify writes it (the\n * shortest spelling but for exponents: \`wide\` says whether a number could have one).\n */\n`;
  out += `export type CanonicalMeasure = (value: any, plain: boolean, lax: boolean, wide: WideIntegers) => number;\n`;
  for (const message of detailsMessages(model)) out += '\n' + messageFunction(model, message);
  out += `\ntype DetailsMeasure = (details: any, plain: boolean, lax: boolean, wide: WideIntegers) => number;\n`;
  out += '\n' + envelopeFunction(model);
  for (const event of model.events) out += '\n' + detailsFunction(model, event) + '\n' + eventFunction(event);
  out += `\n/** The canonical measure of every catalogued event, by subject key. */\n`;
  out += `export const canonicalMeasures: Readonly<Record<EventKey, CanonicalMeasure>> = {\n`;
  for (const event of model.events) out += `  '${event.key}': canonical${event.typeName},\n`;
  out += `};\n`;
  return out;
}
