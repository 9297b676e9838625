// Loads schemas/catalog.yaml and checks it into a typed model that every emitter reads.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export type Plane = 'control' | 'data';

/** A member type as the catalog spells it. */
export type MemberType =
  | { kind: 'string' }
  | { kind: 'i32' }
  | { kind: 'u64' }
  | { kind: 'timestamp' }
  | { kind: 'i64' }
  | { kind: 'enum'; enumName: string }
  | { kind: 'message'; messageName: string };

export interface EnumModel {
  name: string;
  /** Name of the exported constant, e.g. `EventCategory`. */
  constName: string;
  description: string;
  values: { name: string; value: number }[];
}

export interface MemberModel {
  name: string;
  type: MemberType;
  nullable: boolean;
  description: string;
  /** For EventDetails members: the short details name used by the catalog (`rebuild`). */
  details?: string;
  /**
   * What a missing member reads as (serde's `#[serde(default)]`: prost-extend's Duration); null
   * is still an error. Written always.
   */
  default?: number;
}

export interface MessageModel {
  name: string;
  description: string;
  members: MemberModel[];
}

export interface EventModel {
  /** Subject key, e.g. `nexus.rebuildBegin`. */
  key: string;
  /** Type and schema name, e.g. `NexusRebuildBegin`. */
  typeName: string;
  category: { name: string; value: number; key: string; title: string };
  action: { name: string; value: number; key: string };
  plane: Plane;
  component: { name: string; value: number };
  target: string;
  node?: string;
  description: string;
  /** EventDetails member names, e.g. `rebuild_details`. */
  requiredDetails: string[];
  optionalDetails: string[];
}

export interface CategoryModel {
  name: string;
  value: number;
  key: string;
  title: string;
  /** File name of the generated module, without extension. */
  module: string;
  events: EventModel[];
}

export interface CatalogModel {
  enums: EnumModel[];
  messages: MessageModel[];
  categories: CategoryModel[];
  events: EventModel[];
}

const ENUM_CONST_NAMES: Record<string, string> = {
  Category: 'EventCategory',
  Action: 'EventAction',
  Component: 'EventComponent',
  Version: 'EventVersion',
};

const MEMBER_KEYS = new Set(['name', 'type', 'nullable', 'description', 'details', 'default']);

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function fail(message: string): never {
  throw new Error(`schemas/catalog.yaml: ${message}`);
}

function parseMemberType(raw: string, enums: Set<string>, messages: Set<string>, where: string): MemberType {
  if (raw === 'string' || raw === 'i32' || raw === 'i64' || raw === 'u64' || raw === 'timestamp') {
    return { kind: raw };
  }
  if (raw.startsWith('enum:')) {
    const enumName = raw.slice('enum:'.length);
    if (!enums.has(enumName)) fail(`${where}: unknown enum ${enumName}`);
    return { kind: 'enum', enumName };
  }
  if (!messages.has(raw)) fail(`${where}: unknown type ${raw}`);
  return { kind: 'message', messageName: raw };
}

/** Reads and checks the catalog; every inconsistency is an error naming its place. */
export function loadCatalog(path: string): CatalogModel {
  const doc = parse(readFileSync(path, 'utf8')) as {
    enums: Record<string, { description: string; values: Record<string, number> }>;
    messages: Record<string, { description: string; members: Record<string, unknown>[] }>;
    categories: {
      category: string;
      key: string;
      title: string;
      events: {
        action: string;
        plane: string;
        component: string;
        target: string;
        description: string;
        node?: string;
        details?: { required?: string[]; optional?: string[] };
      }[];
    }[];
  };

  const enums: EnumModel[] = Object.entries(doc.enums).map(([name, e]) => {
    const values = Object.entries(e.values).map(([valueName, value]) => {
      if (!Number.isInteger(value)) fail(`enum ${name}.${valueName} is not an integer`);
      return { name: valueName, value };
    });
    if (new Set(values.map((v) => v.value)).size !== values.length) fail(`enum ${name} repeats a number`);
    return { name, constName: ENUM_CONST_NAMES[name] ?? name, description: e.description, values };
  });
  const enumNames = new Set(enums.map((e) => e.name));
  const messageNames = new Set(Object.keys(doc.messages));

  const messages: MessageModel[] = Object.entries(doc.messages).map(([name, m]) => ({
    name,
    description: m.description,
    members: m.members.map((raw) => {
      const member = raw as Record<string, string | number | boolean | undefined>;
      const memberName = String(member.name);
      const unknownKeys = Object.keys(member).filter((k) => !MEMBER_KEYS.has(k));
      if (unknownKeys.length > 0) fail(`${name}.${memberName}: unknown keys ${unknownKeys.join(', ')} (an unquoted comma in a description?)`);
      const model: MemberModel = {
        name: memberName,
        type: parseMemberType(String(member.type), enumNames, messageNames, `${name}.${memberName}`),
        nullable: member.nullable === true,
        description: String(member.description ?? ''),
      };
      if (typeof member.details === 'string') model.details = member.details;
      if (member.default !== undefined) {
        const value = member.default as unknown;
        if (!Number.isInteger(value) || model.nullable || !['i32', 'i64', 'u64'].includes(model.type.kind)) {
          fail(`${name}.${memberName}: a default must be an integer, on an integer member that is not nullable`);
        }
        model.default = value as number;
      }
      return model;
    }),
  }));

  const enumOf = (name: string): EnumModel => enums.find((e) => e.name === name) ?? fail(`enum ${name} missing`);
  const valueOf = (e: EnumModel, name: string, where: string): number =>
    e.values.find((v) => v.name === name)?.value ?? fail(`${where}: ${e.name} has no value ${name}`);

  const detailsMembers = messages.find((m) => m.name === 'EventDetails')?.members ?? fail('EventDetails missing');
  const detailsByShortName = new Map(detailsMembers.map((m) => [m.details ?? fail(`EventDetails.${m.name} has no details name`), m.name]));

  const categoryEnum = enumOf('Category');
  const actionEnum = enumOf('Action');
  const componentEnum = enumOf('Component');
  const seenKeys = new Set<string>();

  const categories: CategoryModel[] = doc.categories.map((c) => {
    const categoryValue = valueOf(categoryEnum, c.category, `category ${c.category}`);
    const category = { name: c.category, value: categoryValue, key: c.key, title: c.title };
    const events = c.events.map((e): EventModel => {
      const where = `${c.category}/${e.action}`;
      const actionKey = lowerFirst(e.action);
      const key = `${c.key}.${actionKey}`;
      if (seenKeys.has(key)) fail(`${where}: key ${key} appears twice`);
      seenKeys.add(key);
      if (e.plane !== 'control' && e.plane !== 'data') fail(`${where}: plane must be control or data`);
      const detailName = (short: string): string => detailsByShortName.get(short) ?? fail(`${where}: unknown details ${short}`);
      const requiredDetails = (e.details?.required ?? []).map(detailName);
      const optionalDetails = (e.details?.optional ?? []).map(detailName);
      if (requiredDetails.some((d) => optionalDetails.includes(d))) fail(`${where}: details both required and optional`);
      const model: EventModel = {
        key,
        typeName: upperFirst(c.key) + e.action,
        category,
        action: { name: e.action, value: valueOf(actionEnum, e.action, where), key: actionKey },
        plane: e.plane,
        component: { name: e.component, value: valueOf(componentEnum, e.component, where) },
        target: e.target,
        description: e.description,
        requiredDetails,
        optionalDetails,
      };
      if (e.node !== undefined) model.node = e.node;
      return model;
    });
    return { ...category, module: c.key, events };
  });

  return { enums, messages, categories, events: categories.flatMap((c) => c.events) };
}

/** Messages of the envelope: generated only in the open (any enum number) form. */
export const ENVELOPE_MESSAGES: ReadonlySet<string> = new Set(['EventMessage', 'EventMeta', 'EventSource', 'EventDetails']);

/** True when the message holds an enum member, directly or in a nested message. */
export function hasEnum(model: CatalogModel, message: MessageModel): boolean {
  return message.members.some((m) => {
    if (m.type.kind === 'enum') return true;
    if (m.type.kind !== 'message') return false;
    const name = m.type.messageName;
    const nested = model.messages.find((x) => x.name === name);
    return nested !== undefined && hasEnum(model, nested);
  });
}
