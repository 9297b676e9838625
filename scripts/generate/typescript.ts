// Emits src/generated/*.ts from the catalog model.
import { ENVELOPE_MESSAGES, hasEnum, type CatalogModel, type EventModel, type MemberModel, type MessageModel, type MemberType } from './model.ts';


export const HEADER = (what: string): string =>
  `// Generated from schemas/catalog.yaml by scripts/generate.ts (${what}). Do not edit: run \`npm run generate\`.\n`;

const q = (s: string): string => JSON.stringify(s);


function enumSchemaName(enumName: string, open: boolean): string {
  return open ? 'I32' : `Known${enumName}`;
}

/** The TypeBox expression of a member type; `open` picks any-i32 enums over the known values. */
export function typeExpr(model: CatalogModel, type: MemberType, open: boolean): string {
  switch (type.kind) {
    case 'string':
      return 'Type.String()';
    case 'i32':
      return 'I32';
    case 'u64':
      return 'U64';
    case 'timestamp':
      return 'Timestamp';
    case 'i64':
      return 'I64';
    case 'enum':
      return enumSchemaName(type.enumName, open);
    case 'message': {
      const target = model.messages.find((m) => m.name === type.messageName)!;
      return open && hasEnum(model, target) && !ENVELOPE_MESSAGES.has(target.name) ? `Open${target.name}` : target.name;
    }
  }
}

function memberExpr(model: CatalogModel, member: MemberModel, open: boolean): string {
  const inner = typeExpr(model, member.type, open);
  // `default` annotates what a missing member reads as (the decoded value always has it).
  if (member.default !== undefined) return `CloneType(${inner}, { default: ${member.default} })`;
  return member.nullable ? `Type.Union([${inner}, Type.Null()])` : inner;
}

/** A one-line TSDoc comment of `text` (none when empty). */
export function docComment(text: string, indent = ''): string {
  return text ? `${indent}/** ${text.replace(/\*\//g, '*\\/')} */\n` : '';
}

function messageSchema(model: CatalogModel, message: MessageModel, name: string, open: boolean): string {
  const members = message.members
    .map((m) => `${docComment(m.description, '    ')}    ${m.name}: ${memberExpr(model, m, open)},`)
    .join('\n');
  const description = open && !ENVELOPE_MESSAGES.has(message.name)
    ? `${message.description} (any enum number, as read from the bus)`
    : message.description;
  return (
    docComment(description) +
    `export const ${name} = Type.Object(\n  {\n${members}\n  },\n  { additionalProperties: false, title: ${q(name)} },\n);\n` +
    docComment(description) +
    `export type ${name} = Static<typeof ${name}>;\n`
  );
}

function emitEnums(model: CatalogModel): string {
  let out = HEADER('enums');
  for (const e of model.enums) {
    const entries = e.values.map((v) => `  ${v.name}: ${v.value},`).join('\n');
    out += `\n${docComment(`${e.description} Open: a newer Mayastor may send numbers not listed here.`)}`;
    out += `export const ${e.constName} = {\n${entries}\n} as const;\n`;
    out += docComment(`One of the known ${e.constName} numbers.`);
    out += `export type ${e.constName} = (typeof ${e.constName})[keyof typeof ${e.constName}];\n`;
  }
  return out;
}

function emitMessages(model: CatalogModel): string {
  const enumImports = model.enums.map((e) => e.constName).join(', ');
  let out = HEADER('wire messages');
  out += `import { CloneType, Type, type Static } from '@sinclair/typebox';\n`;
  out += `import { I32, I64, Timestamp, U64 } from '../schema/typebox.js';\n`;
  out += `import { ${enumImports} } from './enums.js';\n`;
  for (const e of model.enums) {
    const literals = e.values.map((v) => `Type.Literal(${e.constName}.${v.name})`).join(', ');
    out += `\n${docComment(`Any known ${e.constName} number.`)}export const Known${e.name} = Type.Union([${literals}]);\n`;
  }
  // Messages are emitted leaves first so that every schema is declared before use.
  const emitted = new Set<string>();
  const emit = (message: MessageModel): void => {
    if (emitted.has(message.name)) return;
    emitted.add(message.name);
    for (const m of message.members) {
      if (m.type.kind === 'message') {
        const name = m.type.messageName;
        emit(model.messages.find((x) => x.name === name)!);
      }
    }
    if (ENVELOPE_MESSAGES.has(message.name)) {
      out += '\n' + messageSchema(model, message, message.name, true);
      return;
    }
    out += '\n' + messageSchema(model, message, message.name, false);
    if (hasEnum(model, message)) out += '\n' + messageSchema(model, message, `Open${message.name}`, true);
  };
  for (const message of model.messages) emit(message);
  return out;
}

function detailsMessage(model: CatalogModel): MessageModel {
  return model.messages.find((m) => m.name === 'EventDetails')!;
}

function eventSchema(model: CatalogModel, event: EventModel): string {
  const details = detailsMessage(model).members.map((m) => {
    const type = typeExpr(model, m.type, false);
    if (event.requiredDetails.includes(m.name)) return `          ${m.name}: ${type},`;
    if (event.optionalDetails.includes(m.name)) return `          ${m.name}: Type.Union([${type}, Type.Null()]),`;
    return `          ${m.name}: Type.Null(),`;
  });
  const detailsObject = `Type.Object(\n        {\n${details.join('\n')}\n        },\n        { additionalProperties: false },\n      )`;
  const detailsExpr = event.requiredDetails.length > 0 ? detailsObject : `Type.Union([\n      ${detailsObject},\n      Type.Null(),\n    ])`;
  const c = event.category;
  const a = event.action;
  return (
    docComment(`\`${event.key}\`: ${event.description}`) +
    `export const ${event.typeName} = Type.Object(\n` +
    `  {\n` +
    `    category: Type.Literal(EventCategory.${c.name}),\n` +
    `    action: Type.Literal(EventAction.${a.name}),\n` +
    `    /** ${event.target} */\n` +
    `    target: Type.String(),\n` +
    `    metadata: Type.Object(\n` +
    `      {\n` +
    `        id: Type.String(),\n` +
    `        source: Type.Object(\n` +
    `          {\n` +
    `            component: KnownComponent,\n` +
    `            node: Type.String(),\n` +
    `            event_details: ${detailsExpr.replace(/\n/g, '\n        ')},\n` +
    `          },\n` +
    `          { additionalProperties: false },\n` +
    `        ),\n` +
    `        timestamp: Timestamp,\n` +
    `        version: Type.Literal(EventVersion.V1),\n` +
    `      },\n` +
    `      { additionalProperties: false },\n` +
    `    ),\n` +
    `  },\n` +
    `  { additionalProperties: false, $id: ${q(event.key)}, title: ${q(event.typeName)}, description: ${q(event.description)} },\n` +
    `);\n` +
    docComment(`\`${event.key}\`: ${event.description}`) +
    `export type ${event.typeName} = Static<typeof ${event.typeName}>;\n`
  );
}

function emitCategory(model: CatalogModel, categoryIndex: number): string {
  const category = model.categories[categoryIndex]!;
  const used = new Set<string>(['KnownComponent']);
  for (const event of category.events) {
    for (const d of [...event.requiredDetails, ...event.optionalDetails]) {
      const member = detailsMessage(model).members.find((m) => m.name === d)!;
      used.add(typeExpr(model, member.type, false));
    }
  }
  let out = HEADER(`${category.title} events`);
  out += `import { Type, type Static } from '@sinclair/typebox';\n`;
  out += `import { Timestamp } from '../schema/typebox.js';\n`;
  out += `import { EventAction, EventCategory, EventVersion } from './enums.js';\n`;
  out += `import { ${[...used].sort().join(', ')} } from './messages.js';\n`;
  for (const event of category.events) out += '\n' + eventSchema(model, event);
  return out;
}

/**
 * The subject keys of each category segment, of each action segment and of every handler
 * pattern, spelled out: resolving a pattern's events is then one lookup for the compiler, not a
 * template-literal match distributed over every key.
 */
function emitPatternKeys(model: CatalogModel): string {
  const union = (events: readonly EventModel[]): string => events.map((e) => q(e.key)).join(' | ');
  const actions = [...new Set(model.events.map((e) => e.action.key))];
  const byAction = actions.map((a) => [a, model.events.filter((e) => e.action.key === a)] as const);
  let out = `/** The subject keys of each category segment, e.g. \`volume\`. */\nexport interface CategoryKeys {\n`;
  for (const c of model.categories) out += `  ${c.key}: ${union(c.events)};\n`;
  out += `}\n\n/** The subject keys of each action segment that some catalogued event has, e.g. \`create\`. */\nexport interface ActionKeys {\n`;
  for (const [a, events] of byAction) out += `  ${a}: ${union(events)};\n`;
  out += `}\n\n/**\n * The subject keys every handler pattern matches: a key itself, \`<category>.*\` and \`<category>.>\`,\n`;
  out += ` * \`*.<action>\`, \`*.*\` and \`>\`. Only patterns that match some catalogued event are here.\n */\nexport interface PatternKeys {\n`;
  for (const e of model.events) out += `  ${q(e.key)}: ${q(e.key)};\n`;
  for (const c of model.categories) {
    out += `  ${q(`${c.key}.*`)}: ${union(c.events)};\n  ${q(`${c.key}.>`)}: ${union(c.events)};\n`;
  }
  for (const [a, events] of byAction) out += `  ${q(`*.${a}`)}: ${union(events)};\n`;
  out += `  "*.*": EventKey;\n  ">": EventKey;\n}\n\n`;
  return out;
}

function emitRegistry(model: CatalogModel): string {
  let out = HEADER('event registry');
  // Types only, and plain interfaces: the registry is on the codec's import graph, which must not
  // load TypeBox, and a consumer's compiler should not evaluate schemas to type a handler.
  out += `import type { ${model.events.map((e) => e.typeName).join(', ')} } from './types.js';\n`;
  out += `\n/** Every catalogued event by its subject key \`<category>.<action>\`. */\nexport interface EventMap {\n`;
  for (const e of model.events) out += `  ${q(e.key)}: ${e.typeName};\n`;
  out += `}\n\n/** The subject key of a catalogued event, e.g. \`volume.create\` or \`nexus.rebuildBegin\`. */\n`;
  out += `export type EventKey = keyof EventMap;\n\n`;
  out += `/** Any catalogued event. */\nexport type CatalogEvent = EventMap[EventKey];\n\n`;
  out += emitPatternKeys(model);
  out += `/** What the catalog says of one event, as data. */\nexport interface CatalogEntryData {\n`;
  out += `  readonly key: EventKey;\n  readonly typeName: string;\n  readonly category: number;\n  readonly categoryName: string;\n`;
  out += `  readonly action: number;\n  readonly actionName: string;\n  readonly plane: 'control' | 'data';\n`;
  out += `  readonly component: number;\n  readonly componentName: string;\n  readonly target: string;\n  readonly node: string | undefined;\n`;
  out += `  readonly requiredDetails: readonly string[];\n  readonly optionalDetails: readonly string[];\n  readonly description: string;\n}\n\n`;
  out += `/** Every catalogued event, in catalog order. */\nexport const catalogData: readonly CatalogEntryData[] = [\n`;
  for (const e of model.events) {
    out += `  {\n`;
    out += `    key: ${q(e.key)},\n    typeName: ${q(e.typeName)},\n`;
    out += `    category: ${e.category.value},\n    categoryName: ${q(e.category.name)},\n`;
    out += `    action: ${e.action.value},\n    actionName: ${q(e.action.name)},\n`;
    out += `    plane: ${q(e.plane)},\n    component: ${e.component.value},\n    componentName: ${q(e.component.name)},\n`;
    out += `    target: ${q(e.target)},\n    node: ${e.node === undefined ? 'undefined' : q(e.node)},\n`;
    out += `    requiredDetails: [${e.requiredDetails.map(q).join(', ')}],\n`;
    out += `    optionalDetails: [${e.optionalDetails.map(q).join(', ')}],\n`;
    out += `    description: ${q(e.description)},\n`;
    out += `  },\n`;
  }
  out += `];\n\n`;
  out += `/** Subject key segment of every catalogued category number. */\nexport const categoryKeys: Readonly<Record<number, string>> = {\n`;
  for (const c of model.categories) out += `  ${c.value}: ${q(c.key)},\n`;
  out += `};\n`;
  return out;
}

// ---------------------------------------------------------------------------------------------
// The wire tables: member descriptors for the careful reader, and the strict writer.

/** Each member's wire kind: a scalar kind (enums travel as i32), or the name of its message. */
function wireKinds(message: MessageModel): { name: string; kind: string; nullable: boolean }[] {
  return message.members.map((m) => ({
    name: m.name,
    nullable: m.nullable,
    kind: m.type.kind === 'enum' ? 'i32' : m.type.kind === 'message' ? m.type.messageName : m.type.kind,
  }));
}

const SCALAR_KINDS = new Set(['string', 'i32', 'i64', 'u64', 'timestamp']);
const upperFirstKind = (kind: string): string => (kind === 'string' || kind === 'timestamp' ? kind.charAt(0).toUpperCase() + kind.slice(1) : kind.toUpperCase());

/** The messages in dependency order: every message after the messages its members hold. */
export function messagesLeavesFirst(model: CatalogModel): MessageModel[] {
  const ordered: MessageModel[] = [];
  const visit = (message: MessageModel): void => {
    if (ordered.includes(message)) return;
    for (const m of message.members) {
      if (m.type.kind === 'message') {
        const name = m.type.messageName;
        visit(model.messages.find((x) => x.name === name)!);
      }
    }
    ordered.push(message);
  };
  model.messages.forEach(visit);
  return ordered;
}

/** A straight-line writer: the JSON text of a well-formed value, or undefined. */
function writerFor(message: MessageModel): string {
  let body = `function write${message.name}(v: any): string | undefined {\n`;
  body += `  if (typeof v !== 'object' || v === null) return undefined;\n`;
  body += `  let s = '{';\n  let x: any;\n  let w: string | undefined;\n`;
  wireKinds(message).forEach((m, i) => {
    body += `  s += '${i > 0 ? ',' : ''}"${m.name}":';\n`;
    body += `  x = v.${m.name};\n`;
    const write = m.kind === 'i32'
      ? `if (!isI32(x)) return undefined;\n  s += x;`
      : `w = write${SCALAR_KINDS.has(m.kind) ? upperFirstKind(m.kind) : m.kind}(x);\n  if (w === undefined) return undefined;\n  s += w;`;
    body += m.nullable
      ? `  if (x === null || x === undefined) s += 'null';\n  else {\n    ${write.replace(/\n {2}/g, '\n    ')}\n  }\n`
      : `  ${write}\n`;
  });
  return `${body}  return s + '}';\n}\n`;
}

/**
 * A measure: the length the writer would write, or -1. Every member must be present (a missing
 * member would let a longer spelling elsewhere hide it); see src/codec/decode.ts.
 */
function measureFor(message: MessageModel, lax: boolean): string {
  const members = wireKinds(message);
  const constant = members.reduce((sum, m, i) => sum + (i > 0 ? 1 : 0) + m.name.length + 3, 2);
  const name = `measure${lax ? 'Lax' : ''}${message.name}`;
  // The strict measure tells its caller, in `wide`, whether an integer of three characters or more
  // was measured (an exponent could spell it as short: see src/codec/decode.ts); the lax one
  // needs not (its caller scans for exponents anyway).
  let body = lax ? `function ${name}(v: any): number {\n` : `function ${name}(v: any, wide: NumberSpellings): number {\n`;
  body += `  if (typeof v !== 'object' || v === null) return -1;\n`;
  body += lax
    ? `  let n = measureUnknownMembers(v, knownMembers.${message.name});\n  if (n < 0) return -1;\n  n += ${constant};\n`
    : `  let n = ${constant};\n`;
  body += `  let x: any;\n  let m: number;\n`;
  for (const m of members) {
    const scalar = SCALAR_KINDS.has(m.kind);
    const fn = scalar ? `measure${upperFirstKind(m.kind)}` : `measure${lax ? 'Lax' : ''}${m.kind}`;
    const call = scalar || lax ? `${fn}(x)` : `${fn}(x, wide)`;
    const note = !lax && (m.kind === 'i32' || m.kind === 'i64' || m.kind === 'u64') ? `if (m > 2) wide.seen = true;\n` : '';
    body += `  x = v.${m.name};\n`;
    body += m.nullable
      ? `  if (x === null) n += 4;\n  else {\n    m = ${call};\n    if (m < 0) return -1;\n${note ? `    ${note}` : ''}    n += m;\n  }\n`
      : `  m = ${call};\n  if (m < 0) return -1;\n${note ? `  ${note}` : ''}  n += m;\n`;
  }
  return `${body}  return n;\n}\n`;
}

/** A copy of a measured value with only its known members, in wire order. */
function pickFor(message: MessageModel): string {
  const members = wireKinds(message).map((m) => {
    if (SCALAR_KINDS.has(m.kind)) return `    ${m.name}: v.${m.name},`;
    return m.nullable
      ? `    ${m.name}: v.${m.name} === null ? null : pick${m.kind}(v.${m.name}),`
      : `    ${m.name}: pick${m.kind}(v.${m.name}),`;
  });
  return `function pick${message.name}(v: any): any {\n  return {\n${members.join('\n')}\n  };\n}\n`;
}

function emitWire(model: CatalogModel): string {
  const messages = messagesLeavesFirst(model);
  let out = HEADER('wire tables');
  out += `/* eslint-disable @typescript-eslint/no-explicit-any */\n`;
  out += `import type { WireMessage } from '../codec/wire-types.js';\n`;
  out += `import {\n  isI32,\n  measureUnknownMembers,\n  measureI32,\n  measureI64,\n  measureString,\n  measureTimestamp,\n  measureU64,\n  writeI64,\n  writeString,\n  writeTimestamp,\n  writeU64,\n  type NumberSpellings,\n} from '../codec/write-primitives.js';\n`;
  for (const message of messages) {
    const members = wireKinds(message).map((m, i) => {
      const fallback = message.members[i]!.default;
      const type = SCALAR_KINDS.has(m.kind) ? `'${m.kind}'` : m.kind;
      return `    { name: '${m.name}', type: ${type}, nullable: ${m.nullable}${fallback === undefined ? '' : `, default: ${fallback}`} },`;
    });
    out += `\nconst ${message.name}: WireMessage = {\n  name: '${message.name}',\n  members: [\n${members.join('\n')}\n  ],\n};\n`;
  }
  out += `\n/** Member tables of every wire message, for the careful reader. */\n`;
  out += `export const wireMessages = { ${messages.map((m) => m.name).join(', ')} } as const;\n`;
  // Writers return undefined on any input that is not a well-formed value of the message, so
  // that callers can fall back to full checks; measures return -1 likewise.
  for (const message of messages) out += '\n' + writerFor(message);
  out += `\n/** Writes an EventMessage in the exact form the Rust services write; undefined when it is not well-formed. */\n`;
  out += `export const writeEventMessageJson: (event: unknown) => string | undefined = writeEventMessage;\n`;
  for (const message of messages) out += '\n' + measureFor(message, false);
  out += `\n/**\n * Length of the canonical JSON of an EventMessage whose members are all present, or -1 when it\n * is not well-formed or holds a value only the careful path reads (bigints, lenient timestamps).\n * Sets \`wide.seen\` when it measured an integer an exponent could spell as short (three characters or more).\n */\n`;
  out += `export const measureEventMessageJson: (event: unknown, wide: NumberSpellings) => number = measureEventMessage;\n`;
  // Lax measures also count unknown members, as JSON.stringify spells them; picks drop them.
  out += `\n/** The member names of every wire message, for measures that count the other members. */\n`;
  out += `export const knownMembers = {\n`;
  for (const message of messages) out += `  ${message.name}: new Set([${message.members.map((m) => `'${m.name}'`).join(', ')}]) as ReadonlySet<string>,\n`;
  out += `};\n`;
  for (const message of messages) out += '\n' + measureFor(message, true);
  for (const message of messages) out += '\n' + pickFor(message);
  out += `\n/**\n * Like measureEventMessageJson, plus the length of every unknown member as JSON.stringify writes\n * it (at any level), or -1.\n */\n`;
  out += `export const measureLaxEventMessageJson: (event: unknown) => number = measureLaxEventMessage;\n`;
  out += `\n/** A copy of a measured EventMessage without its unknown members. */\n`;
  out += `export const pickKnownMembers: (event: unknown) => unknown = pickEventMessage;\n`;
  return out;
}

/** The TypeBox schemas by key, for the `mayastor-events/schemas` subpath (never on the codec's import graph). */
function emitSchemaRegistry(model: CatalogModel): string {
  let out = HEADER('event schemas by key');
  out += `import type { TObject } from '@sinclair/typebox';\n`;
  out += `import type { EventKey } from './registry.js';\n`;
  for (const category of model.categories) {
    out += `import { ${category.events.map((e) => e.typeName).join(', ')} } from './${category.module}.js';\n`;
  }
  out += `\n/** The TypeBox schema of every catalogued event by its key. */\n`;
  out += `export const eventSchemas = {\n`;
  for (const e of model.events) out += `  ${q(e.key)}: ${e.typeName},\n`;
  out += `} as const satisfies { readonly [K in EventKey]: TObject };\n`;
  return out;
}

function emitEventsBarrel(model: CatalogModel): string {
  let out = HEADER('public list of event schemas and types');
  for (const category of model.categories) {
    out += `export { ${category.events.map((e) => e.typeName).join(', ')} } from './${category.module}.js';\n`;
  }
  return out;
}

/** Every generated TypeScript file, by path relative to the repository root. */
export function emitTypescript(model: CatalogModel): Map<string, string> {
  const files = new Map<string, string>();
  files.set('src/generated/enums.ts', emitEnums(model));
  files.set('src/generated/messages.ts', emitMessages(model));
  model.categories.forEach((c, i) => files.set(`src/generated/${c.module}.ts`, emitCategory(model, i)));
  files.set('src/generated/registry.ts', emitRegistry(model));
  files.set('src/generated/schemas.ts', emitSchemaRegistry(model));
  files.set('src/generated/events.ts', emitEventsBarrel(model));
  files.set('src/generated/wire.ts', emitWire(model));
  return files;
}
