// Builds the JSON Schemas (draft 2020-12) of schemas/json/ from the catalog model. They describe
// what a reader accepts (what the Rust services' deserializer takes, and what our decoder
// classifies as that event), so that users in other languages validate the same set.
import { I64_MAX, I64_MIN, TIMESTAMP_PATTERN, U64_MAX } from '../../src/schema/primitives.ts';
import { ENVELOPE_MESSAGES, hasEnum, type CatalogModel, type EnumModel, type EventModel, type MemberModel, type MemberType, type MessageModel } from './model.ts';

/** A JSON value; a `bigint` stands for an integer written with all its digits. */
export type Json = null | boolean | number | bigint | string | Json[] | { [key: string]: Json };
/** A JSON Schema (an object; key order is the order written). */
export type Schema = { [key: string]: Json };

export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';
export const SCHEMA_BASE_URI = 'https://openebs.io/mayastor-events/schemas/';
/** Path of the envelope schema, beside one file per catalogued event. */
export const ENVELOPE_FILE = 'envelope';
const GENERATED = 'Generated from schemas/catalog.yaml by scripts/generate.ts. Do not edit: run `npm run generate`.';

const I32_MIN = -2_147_483_648;
const I32_MAX = 2_147_483_647;
const NULL: Schema = { type: 'null' };

/** Writes JSON with two-space indentation, bigints as their exact digits and a trailing newline. */
export function renderJson(value: Json): string {
  const write = (v: Json, indent: string): string => {
    if (typeof v === 'bigint') return v.toString();
    if (v === null || typeof v !== 'object') return JSON.stringify(v);
    const inner = indent + '  ';
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      // Short arrays of scalars (required lists, enums) stay on one line.
      if (v.every((x) => x === null || typeof x !== 'object')) return `[${v.map((x) => write(x, inner)).join(', ')}]`;
      return `[\n${v.map((x) => inner + write(x, inner)).join(',\n')}\n${indent}]`;
    }
    const entries = Object.entries(v);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${write(x, inner)}`).join(',\n')}\n${indent}}`;
  };
  return write(value, '') + '\n';
}

/** `{ $ref }` to a definition of the same file. */
const ref = (name: string): Schema => ({ $ref: `#/$defs/${name}` });

/** Null allowed beside `schema`; a description, if any, moves to the wrapper. */
function orNull(schema: Schema, description?: string): Schema {
  const { description: own, ...rest } = schema;
  const text = description ?? (typeof own === 'string' ? own : undefined);
  return { ...(text ? { description: text } : {}), anyOf: [rest, NULL] };
}

const withDescription = (description: string, schema: Schema): Schema =>
  // A `$ref` stands alone: draft-07 readers (AsyncAPI) ignore its siblings.
  description && !('$ref' in schema) ? { description, ...schema } : schema;

const knownValues = (e: EnumModel): string => e.values.map((v) => `${v.value} ${v.name}`).join(', ');

/** The shared definitions one schema file uses, built on first use and written sorted by name. */
class Definitions {
  private readonly defs = new Map<string, Schema>();
  private readonly building = new Set<string>();

  constructor(private readonly model: CatalogModel) {}

  /** A `$ref` to the named definition, which is built and kept on first use. */
  use(name: string): Schema {
    if (!this.defs.has(name) && !this.building.has(name)) {
      this.building.add(name);
      this.defs.set(name, this.build(name));
      this.building.delete(name);
    }
    return ref(name);
  }

  /** The `$defs` object: every definition used, sorted by name. */
  toJson(): Schema {
    return Object.fromEntries([...this.defs.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }

  private build(name: string): Schema {
    switch (name) {
      case 'Timestamp':
        return {
          title: 'Timestamp',
          description:
            'A date-time with an offset, as the Rust services read it (chrono 0.4.31, `DateTime<Utc>::from_str`): RFC 3339 relaxed with whitespace around separators, `T`, `t` or a space between date and time, 1- or 2-digit fields, any number of fraction digits, `Z`, `z`, `UTC` or `±hh[:]mm`, second 60 as a leap second. This pattern checks the syntax; whether the date exists is left to the reader. Written as UTC with 0, 3, 6 or 9 fraction digits and `Z` (`2024-05-01T10:20:30.123456789Z`).',
          type: 'string',
          pattern: TIMESTAMP_PATTERN,
        };
      case 'U64':
        return { title: 'U64', description: 'An unsigned 64-bit integer.', type: 'integer', minimum: 0, maximum: U64_MAX };
      default: {
        // `OpenX` is message X with any enum number; the envelope's own messages are always open.
        const messageName = name.startsWith('Open') ? name.slice('Open'.length) : name;
        const message = this.model.messages.find((m) => m.name === messageName);
        if (!message) throw new Error(`no definition named ${name}`);
        return this.message(message, messageName !== name || ENVELOPE_MESSAGES.has(messageName));
      }
    }
  }

  /** A wire message: non-nullable members required, nullable ones nullable and optional. */
  message(message: MessageModel, open: boolean): Schema {
    const openForm = open && hasEnum(this.model, message) && !ENVELOPE_MESSAGES.has(message.name);
    return {
      title: openForm ? `Open${message.name}` : message.name,
      description: openForm ? `${message.description} Any enum number, as read from the bus.` : message.description,
      ...objectOf(message.members.map((m) => ({ member: m, schema: this.member(m, open) }))),
    };
  }

  /** One member's schema, null allowed when the member is nullable. */
  member(member: MemberModel, open: boolean): Schema {
    const schema = withDescription(member.description, this.type(member.type, open, member.description));
    return member.nullable ? orNull(schema, member.description || undefined) : schema;
  }

  /** The schema of a member type; `open` picks any-i32 enums over the known numbers. */
  type(type: MemberType, open: boolean, description = ''): Schema {
    switch (type.kind) {
      case 'string':
        return { type: 'string' };
      case 'i32':
        return { type: 'integer', minimum: I32_MIN, maximum: I32_MAX };
      case 'u64':
        return this.use('U64');
      case 'timestamp':
        return this.use('Timestamp');
      case 'i64':
        return { type: 'integer', minimum: I64_MIN, maximum: I64_MAX };
      case 'enum':
        return enumSchema(enumOf(this.model, type.enumName), open, description);
      case 'message': {
        const target = this.model.messages.find((m) => m.name === type.messageName)!;
        return this.use(open && hasEnum(this.model, target) && !ENVELOPE_MESSAGES.has(target.name) ? `Open${target.name}` : target.name);
      }
    }
  }
}


function enumOf(model: CatalogModel, name: string): EnumModel {
  const e = model.enums.find((x) => x.name === name);
  if (!e) throw new Error(`no enum named ${name}`);
  return e;
}


/** An enum member: open (any i32) or only the known numbers. */
function enumSchema(e: EnumModel, open: boolean, description: string): Schema {
  const prefix = description ? `${description} ` : '';
  return open
    ? {
        description: `${prefix}Open enum ${e.name}: any i32; known numbers ${knownValues(e)}.`,
        type: 'integer',
        minimum: I32_MIN,
        maximum: I32_MAX,
      }
    : { description: `${prefix}${e.name}: ${knownValues(e)}.`, type: 'integer', enum: e.values.map((v) => v.value) };
}

/** An object of the given members: `required` lists the non-nullable ones without a default. */
function objectOf(members: { member: MemberModel; schema: Schema; required?: boolean }[]): Schema {
  const properties: Schema = {};
  const required: string[] = [];
  for (const { member, schema, required: isRequired = !member.nullable && member.default === undefined } of members) {
    properties[member.name] = schema;
    if (isRequired) required.push(member.name);
  }
  return { type: 'object', properties, ...(required.length > 0 ? { required } : {}) };
}

function message(model: CatalogModel, name: string): MessageModel {
  const m = model.messages.find((x) => x.name === name);
  if (!m) throw new Error(`no message named ${name}`);
  return m;
}

function member(message: MessageModel, name: string): MemberModel {
  const m = message.members.find((x) => x.name === name);
  if (!m) throw new Error(`${message.name} has no member ${name}`);
  return m;
}

/** The schema of any well-formed EventMessage (any enum number, any details). */
export function envelopeSchema(model: CatalogModel): Schema {
  const defs = new Definitions(model);
  const root = defs.message(message(model, 'EventMessage'), true);
  return {
    $schema: JSON_SCHEMA_DIALECT,
    $id: `${SCHEMA_BASE_URI}${ENVELOPE_FILE}.json`,
    $comment: GENERATED,
    title: 'EventMessage',
    description: `${String(root.description)} Any well-formed message, with any enum number: a reader of the catalogued events validates with the event's own schema.`,
    ...Object.fromEntries(Object.entries(root).filter(([k]) => k !== 'title' && k !== 'description')),
    $defs: defs.toJson(),
  };
}

/** The schema of one catalogued event: its category, action and details, in the catalogued form. */
export function eventSchema(model: CatalogModel, event: EventModel): Schema {
  const defs = new Definitions(model);
  const eventMessage = message(model, 'EventMessage');
  const eventMeta = message(model, 'EventMeta');
  const eventSource = message(model, 'EventSource');
  const eventDetails = message(model, 'EventDetails');
  const catalogued = (m: MemberModel): MemberModel => ({ ...m, nullable: false });

  const detailsMembers = eventDetails.members.map((m) => {
    if (event.requiredDetails.includes(m.name)) {
      return { member: m, schema: defs.type(m.type, false), required: true };
    }
    if (event.optionalDetails.includes(m.name)) return { member: m, schema: orNull(defs.type(m.type, false)), required: false };
    return { member: m, schema: NULL, required: false };
  });
  const carried = [
    ...event.requiredDetails.map((d) => `\`${d}\` (required)`),
    ...event.optionalDetails.map((d) => `\`${d}\` (optional)`),
  ];
  const detailsDescription = carried.length > 0
    ? `${eventDetails.description} This event carries ${carried.join(', ')}; every other member is null or missing.`
    : `${eventDetails.description} This event carries none: every member is null or missing, or event_details itself is null.`;
  const detailsObject = objectOf(detailsMembers);
  const detailsSchema = event.requiredDetails.length > 0
    ? { description: detailsDescription, ...detailsObject }
    : orNull(detailsObject, detailsDescription);

  const node = member(eventSource, 'node');
  const source = objectOf([
    {
      member: member(eventSource, 'component'),
      schema: { description: `The emitting component: ${event.component.name}.`, ...enumSchema(enumOf(model, 'Component'), false, '') },
    },
    {
      member: node,
      schema: { description: event.node ? `${node.description} For this event: ${event.node}.` : node.description, type: 'string' },
    },
    { member: member(eventSource, 'event_details'), schema: detailsSchema, required: event.requiredDetails.length > 0 },
  ]);
  const version = enumOf(model, 'Version');
  const v1 = version.values.find((v) => v.name === 'V1')!;
  const meta = objectOf([
    { member: member(eventMeta, 'id'), schema: defs.member(member(eventMeta, 'id'), false) },
    { member: catalogued(member(eventMeta, 'source')), schema: { description: eventSource.description, ...source } },
    { member: catalogued(member(eventMeta, 'timestamp')), schema: defs.use('Timestamp') },
    { member: member(eventMeta, 'version'), schema: { description: `Version of the message format: ${v1.value} (${v1.name}).`, const: v1.value } },
  ]);
  const root = objectOf([
    { member: member(eventMessage, 'category'), schema: { description: `Category ${event.category.name}.`, const: event.category.value } },
    { member: member(eventMessage, 'action'), schema: { description: `Action ${event.action.name}.`, const: event.action.value } },
    { member: member(eventMessage, 'target'), schema: { description: `The ${event.target}.`, type: 'string' } },
    { member: catalogued(member(eventMessage, 'metadata')), schema: { description: eventMeta.description, ...meta } },
  ]);
  return {
    $schema: JSON_SCHEMA_DIALECT,
    $id: `${SCHEMA_BASE_URI}${event.key}.json`,
    $comment: GENERATED,
    title: event.typeName,
    description: `\`${event.key}\`: ${event.description}`,
    ...root,
    $defs: defs.toJson(),
  };
}

/** Every schema file of schemas/json/ by its name without extension: the envelope, then the events. */
export function jsonSchemas(model: CatalogModel): Map<string, Schema> {
  const schemas = new Map<string, Schema>([[ENVELOPE_FILE, envelopeSchema(model)]]);
  for (const event of model.events) schemas.set(event.key, eventSchema(model, event));
  return schemas;
}
