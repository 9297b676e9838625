// Overrides: a typed deep-partial of an event, merged into a fabricated one.
import type { EventKey, EventMap } from 'mayastor-events';
import type { SchemaNode } from '../schema/node.js';

/** `T` with every object member optional at every depth; arrays, bigints, `null` and scalars are replaced whole. */
export type DeepPartial<T> = T extends string | number | bigint | boolean | null | undefined | readonly unknown[]
  ? T
  : T extends object
    ? { [P in keyof T]?: DeepPartial<T[P]> }
    : T;

/** What `fabricate(key, overrides)` takes: any part of event `K`, with its exact member types. */
export type EventOverrides<K extends EventKey> = DeepPartial<EventMap[K]>;

/** An object literal (or one made by `JSON.parse` or `Object.create(null)`), not an array, Map, Date or class instance. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** The object variant of a schema (the schema itself, or the object member of a union), if any. */
export function objectSchema(schema: SchemaNode | undefined): SchemaNode | undefined {
  if (schema === undefined) return undefined;
  if (schema.type === 'object') return schema;
  return schema.anyOf?.find((variant) => variant.type === 'object');
}

/**
 * Merges `patch` into `base`: plain objects member by member, anything else (arrays, bigints,
 * `null`, scalars) replaces; `undefined` leaves the member as it was. An object merged into a
 * `null` member that the schema says may be an object starts from that object with every member
 * `null`, so `{ event_details: { error_details: { error } } }` works on an event fabricated without details.
 */
export function mergeOverrides(base: unknown, patch: unknown, schema: SchemaNode | undefined): unknown {
  if (patch === undefined) return base;
  if (!isPlainObject(patch)) return patch;
  const shape = objectSchema(schema);
  let start: Record<string, unknown> | undefined;
  if (isPlainObject(base)) start = base;
  else if (base === null && shape?.properties !== undefined) {
    start = Object.fromEntries(Object.keys(shape.properties).map((name) => [name, null]));
  }
  if (start === undefined) return patch;
  const out: Record<string, unknown> = { ...start };
  for (const [name, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const merged = Object.hasOwn(start, name) ? mergeOverrides(start[name], value, shape?.properties?.[name]) : value;
    // An own `__proto__` (JSON.parse makes one) stays a member, which validation then refuses:
    // assigned, it would become the event's prototype and vanish from the checked members.
    if (name === '__proto__') Object.defineProperty(out, name, { value: merged, writable: true, enumerable: true, configurable: true });
    else out[name] = merged;
  }
  return out;
}
