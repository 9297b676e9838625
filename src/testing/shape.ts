// The members of an event as the wire sees them, read from the event's schema (the generated
// plain-data twin of its TypeBox schema, so that the testing kit loads no TypeBox): what the
// mutations break and what the arbitraries vary.
import { MayastorEventsError, catalog, type CatalogEvent, type EventKey } from 'mayastor-events';
import { eventShapes } from '../generated/shapes.js';
import type { SchemaNode } from '../schema/node.js';
import { describeValue } from './describe-value.js';
import { objectSchema } from './overrides.js';

/** How a member travels: a nested message, a free string, a Timestamp, or an integer. */
export type MemberKind = 'struct' | 'string' | 'timestamp' | 'integer';

/** One member of an event that holds a value (members that are `null` are not listed). */
export interface MemberSite {
  /** Member names from the event down to this member. */
  readonly path: readonly string[];
  /** The JSON Pointer of the member, as decode reports it, e.g. `/metadata/source/node`. */
  readonly pointer: string;
  readonly kind: MemberKind;
  /**
   * Whether the Rust reader requires the member: a scalar the schema does not let be null.
   * Message-typed members (structs, Timestamps, Durations) are optional in proto3, so they may be
   * missing or null on the wire even where the catalog always fills them.
   */
  readonly required: boolean;
  /** Whether a missing member reads as a default (a Duration's `seconds`, `nanos`): then only null is an error. */
  readonly defaulted: boolean;
  /** For integers: the largest value of the member's wire type (i32, i64 or u64). */
  readonly max?: bigint;
  /** For integers that are enums: the numbers the catalogued event allows. */
  readonly allowed?: readonly number[];
  /** The member's value in the event. */
  readonly value: unknown;
}

const I32_MAX = 2_147_483_647n;

function pointerSegment(name: string): string {
  return name.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The non-null variants of a schema node. */
function variantsOf(schema: SchemaNode): readonly SchemaNode[] {
  return (schema.anyOf ?? [schema]).filter((variant) => variant.type !== 'null');
}

function kindOf(variants: readonly SchemaNode[]): MemberKind | undefined {
  if (variants.some((v) => v.type === 'object')) return 'struct';
  if (variants.some((v) => v.type === 'string' && v.pattern !== undefined)) return 'timestamp';
  if (variants.some((v) => v.type === 'string')) return 'string';
  if (variants.some((v) => v.type === 'integer' || v.type === 'number' || v.type === 'bigint')) return 'integer';
  return undefined;
}

function walk(schema: SchemaNode, value: Record<string, unknown>, path: readonly string[], out: MemberSite[]): void {
  for (const [name, member] of Object.entries(schema.properties ?? {})) {
    const memberValue = value[name];
    if (memberValue === null || memberValue === undefined) continue;
    const variants = variantsOf(member);
    const kind = kindOf(variants);
    if (kind === undefined) continue;
    const nullable = (member.anyOf ?? []).some((variant) => variant.type === 'null');
    const memberPath = [...path, name];
    const site: MemberSite = {
      path: memberPath,
      pointer: memberPath.map((segment) => `/${pointerSegment(segment)}`).join(''),
      kind,
      required: (kind === 'string' || kind === 'integer') && !nullable,
      defaulted: member.default !== undefined,
      value: memberValue,
      ...(kind === 'integer' ? integerRange(variants) : {}),
    };
    out.push(site);
    if (kind === 'struct') walk(objectSchema(member)!, memberValue as Record<string, unknown>, memberPath, out);
  }
}

function integerRange(variants: readonly SchemaNode[]): { max: bigint; allowed?: readonly number[] } {
  const big = variants.find((variant) => variant.type === 'bigint');
  const max = typeof big?.maximum === 'bigint' ? big.maximum : I32_MAX;
  const constants = variants.filter((variant) => typeof variant.const === 'number').map((variant) => variant.const as number);
  return constants.length === variants.length ? { max, allowed: constants } : { max };
}

let keysByCode: Map<string, EventKey> | undefined;

/** The subject key of a catalogued event, from its category and action. */
export function keyOfEvent(event: CatalogEvent): EventKey {
  keysByCode ??= new Map(catalog.map((entry) => [`${entry.category}:${entry.action}`, entry.key]));
  if (typeof event !== 'object' || event === null) {
    throw new MayastorEventsError(`expected a catalogued event, got ${describeValue(event)}: pass an event built by fabricate or createEvent`);
  }
  const key = keysByCode.get(`${String(event.category)}:${String(event.action)}`);
  if (key === undefined) {
    throw new MayastorEventsError(
      `no catalogued event has category ${String(event.category)} and action ${String(event.action)}: ` +
        'pass an event built by fabricate or createEvent',
    );
  }
  return key;
}

/** The schema of a catalogued event as the walkers read it. */
export function schemaOf(key: EventKey): SchemaNode {
  return eventShapes[key];
}

/** The names of the `event_details` members, in wire order. */
export function detailsMembers(key: EventKey): string[] {
  const source = schemaOf(key).properties?.metadata?.properties?.source;
  return Object.keys(objectSchema(source?.properties?.event_details)?.properties ?? {});
}

/** Every member of `event` that holds a value, depth first in wire order. */
export function memberSites(event: CatalogEvent): MemberSite[] {
  const out: MemberSite[] = [];
  walk(schemaOf(keyOfEvent(event)), event as unknown as Record<string, unknown>, [], out);
  return out;
}
