// Emits src/generated/shapes.ts: every event's schema as plain object literals, the JSON of its
// TypeBox twin (src/generated/<category>.ts) with bigints kept, so that the testing kit can walk
// the schemas without loading TypeBox. Built like typescript.ts builds the TypeBox modules, member
// for member and key for key; test/unit/testing-shapes.test.ts holds the two equal.
import { I64_MAX, I64_MIN, TIMESTAMP_PATTERN, U64_MAX } from '../../src/schema/primitives.ts';
import { ENVELOPE_MESSAGES, type CatalogModel, type EnumModel, type EventModel, type MemberModel, type MemberType, type MessageModel } from './model.ts';
import { HEADER, docComment, messagesLeavesFirst, typeExpr } from './typescript.ts';

const q = (s: string): string => JSON.stringify(s);

/** An object literal, one member a line; `entries` are `key: value` texts, whose nested lines are indented here. */
function objectLiteral(entries: readonly string[]): string {
  return `{\n${entries.map((entry) => `  ${entry.replace(/\n/g, '\n  ')},`).join('\n')}\n}`;
}

const literal = (value: number): string => `{ const: ${value}, type: "number" }`;
const nullable = (inner: string): string => `{ anyOf: [${inner}, { type: "null" }] }`;

/** TypeBox's `Type.Object(members, options)`: the options first, then `type`, `required` and `properties`. */
function objectSchema(options: readonly string[], members: readonly (readonly [name: string, schema: string])[]): string {
  // Every member is required to TypeBox: none is Type.Optional (null-able ones are unions with null).
  const required = `required: [${members.map(([name]) => q(name)).join(', ')}]`;
  const properties = `properties: ${objectLiteral(members.map(([name, schema]) => `${name}: ${schema}`))}`;
  return objectLiteral([...options, 'type: "object"', required, properties]);
}

/**
 * The shape expression of a member type in its catalogued form (known enum numbers only): the name
 * of the same constant as in the TypeBox modules (`I32`, `KnownComponent`, `RebuildEventDetails`),
 * declared here as data, or a string's literal.
 */
function shapeExpr(model: CatalogModel, type: MemberType): string {
  return type.kind === 'string' ? '{ type: "string" }' : typeExpr(model, type, false);
}

function memberExpr(model: CatalogModel, member: MemberModel): string {
  const inner = shapeExpr(model, member.type);
  // CloneType(inner, { default }): the option first, then the type's own keywords.
  if (member.default !== undefined) return `{ default: ${member.default}, ...${inner} }`;
  return member.nullable ? nullable(inner) : inner;
}

function enumShape(e: EnumModel): string {
  return `${docComment(`Any known ${e.constName} number.`)}const Known${e.name}: SchemaNode = { anyOf: [${e.values.map((v) => literal(v.value)).join(', ')}] };\n`;
}

function messageShape(model: CatalogModel, message: MessageModel): string {
  const members = message.members.map((m) => [m.name, memberExpr(model, m)] as const);
  return `${docComment(message.description)}const ${message.name}: SchemaNode = ${objectSchema(['additionalProperties: false', `title: ${q(message.name)}`], members)};\n`;
}

/** The messages the event schemas hold (the details and what they nest), leaves first. */
function detailsMessages(model: CatalogModel): MessageModel[] {
  return messagesLeavesFirst(model).filter((message) => !ENVELOPE_MESSAGES.has(message.name));
}

/** The enums the detail messages hold, besides Component (every event's source). */
function usedEnums(model: CatalogModel, messages: readonly MessageModel[]): EnumModel[] {
  const names = new Set(['Component']);
  for (const message of messages) for (const m of message.members) if (m.type.kind === 'enum') names.add(m.type.enumName);
  return model.enums.filter((e) => names.has(e.name));
}

function eventShape(model: CatalogModel, event: EventModel): string {
  const detailsMessage = model.messages.find((m) => m.name === 'EventDetails')!;
  const version = model.enums.find((e) => e.name === 'Version')!.values.find((v) => v.name === 'V1')!;
  const details = detailsMessage.members.map((m) => {
    const type = shapeExpr(model, m.type);
    if (event.requiredDetails.includes(m.name)) return [m.name, type] as const;
    if (event.optionalDetails.includes(m.name)) return [m.name, nullable(type)] as const;
    return [m.name, '{ type: "null" }'] as const;
  });
  const detailsObject = objectSchema(['additionalProperties: false'], details);
  const detailsExpr = event.requiredDetails.length > 0 ? detailsObject : objectLiteral([`anyOf: [\n  ${detailsObject.replace(/\n/g, '\n  ')},\n  { type: "null" },\n]`]);
  const source = objectSchema(
    ['additionalProperties: false'],
    [
      ['component', 'KnownComponent'],
      ['node', '{ type: "string" }'],
      ['event_details', detailsExpr],
    ],
  );
  const metadata = objectSchema(
    ['additionalProperties: false'],
    [
      ['id', '{ type: "string" }'],
      ['source', source],
      ['timestamp', 'Timestamp'],
      ['version', literal(version.value)],
    ],
  );
  const root = objectSchema(
    ['additionalProperties: false', `$id: ${q(event.key)}`, `title: ${q(event.typeName)}`, `description: ${q(event.description)}`],
    [
      ['category', literal(event.category.value)],
      ['action', literal(event.action.value)],
      ['target', '{ type: "string" }'],
      ['metadata', metadata],
    ],
  );
  return `${docComment(`\`${event.key}\`: ${event.description}`)}const ${event.typeName}: SchemaNode = ${root};\n`;
}

/** src/generated/shapes.ts. */
export function emitShapes(model: CatalogModel): string {
  const messages = detailsMessages(model);
  let out = HEADER('event schemas as plain data, for the testing kit');
  out += `// The JSON of every event's TypeBox schema (./<category>.ts), bigints kept: object literals that\n`;
  out += `// load no TypeBox, for \`mayastor-events/testing\`, which walks them.\n`;
  out += `import type { SchemaNode } from '../schema/node.js';\n`;
  out += `import type { EventKey } from './registry.js';\n\n`;
  out += `/** A protobuf int32. */\nconst I32: SchemaNode = { minimum: -2147483648, maximum: 2147483647, type: "integer" };\n`;
  out += `/** A u64: a number up to 2^53 − 1, a bigint above. */\n`;
  out += `const U64: SchemaNode = { anyOf: [{ minimum: 0, maximum: ${Number.MAX_SAFE_INTEGER}, type: "integer" }, { minimum: 0n, maximum: ${U64_MAX}n, type: "bigint" }] };\n`;
  out += `/** An i64: a number within ±(2^53 − 1), a bigint beyond. */\n`;
  out += `const I64: SchemaNode = { anyOf: [{ minimum: ${Number.MIN_SAFE_INTEGER}, maximum: ${Number.MAX_SAFE_INTEGER}, type: "integer" }, { minimum: ${I64_MIN}n, maximum: ${I64_MAX}n, type: "bigint" }] };\n`;
  out += `/** A protobuf Timestamp as the string it travels as. */\nconst Timestamp: SchemaNode = { pattern: ${q(TIMESTAMP_PATTERN)}, type: "string" };\n`;
  for (const e of usedEnums(model, messages)) out += '\n' + enumShape(e);
  for (const message of messages) out += '\n' + messageShape(model, message);
  for (const event of model.events) out += '\n' + eventShape(model, event);
  out += `\n/** The schema of every catalogued event by its key, as the JSON of its TypeBox twin. */\n`;
  out += `export const eventShapes: { readonly [K in EventKey]: SchemaNode } = {\n`;
  for (const event of model.events) out += `  ${q(event.key)}: ${event.typeName},\n`;
  out += `};\n`;
  return out;
}
