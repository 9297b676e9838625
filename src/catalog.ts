// The catalog at run time: every catalogued event with its schema, the lookup from
// (category, action) numbers to subject key, and the compiled per-key validators.
import type { TObject } from '@sinclair/typebox';
import { TypeCompiler, type TypeCheck } from '@sinclair/typebox/compiler';
import type { ValidationIssue } from './errors.js';
import { catalogData, eventSchemas, type CatalogEntryData, type EventKey, type EventMap } from './generated/registry.js';

/** What the catalog says of one event: where it comes from, what it carries, its schema. */
export interface CatalogEntry<K extends EventKey = EventKey> extends CatalogEntryData {
  readonly key: K;
  /** The TypeBox (JSON Schema) of the event, as written by the services. */
  readonly schema: TObject;
}

/** Every catalogued event, in catalog order: for tools and tests that iterate over all events. */
export const catalog: readonly CatalogEntry[] = catalogData.map((entry) => ({ ...entry, schema: eventSchemas[entry.key] }));

const byKey = new Map<string, CatalogEntry>(catalog.map((entry) => [entry.key, entry]));
// (category, action) packed into one number: both are i32 on the wire, but every catalogued
// number is small, so anything outside 0..0xffff is simply not catalogued.
const byCode = new Map<number, CatalogEntry>(catalog.map((entry) => [entry.category * 0x10000 + entry.action, entry]));

/** The catalog entry of a subject key, or undefined when the key is not catalogued. */
export function catalogEntry<K extends EventKey>(key: K): CatalogEntry<K>;
export function catalogEntry(key: string): CatalogEntry | undefined;
export function catalogEntry(key: string): CatalogEntry | undefined {
  return byKey.get(key);
}

/** True when `key` is the subject key of a catalogued event. */
export function isEventKey(key: unknown): key is EventKey {
  return typeof key === 'string' && byKey.has(key);
}

/** The catalogued event for a (category, action) pair, if any. */
export function entryFor(category: unknown, action: unknown): CatalogEntry | undefined {
  if (typeof category !== 'number' || typeof action !== 'number') return undefined;
  if (!(category >= 0 && category <= 0xffff && action >= 0 && action <= 0xffff)) return undefined;
  return byCode.get(category * 0x10000 + action);
}

const compiled = new Map<string, TypeCheck<TObject>>();

/** The compiled validator of a key: compiled on first use, then reused for the process' life. */
export function validatorFor(key: EventKey): TypeCheck<TObject> {
  let check = compiled.get(key);
  if (check === undefined) {
    check = TypeCompiler.Compile(eventSchemas[key]);
    compiled.set(key, check);
  }
  return check;
}

/** Every schema problem of `value` as the event `key`, in document order. */
export function schemaIssues(key: EventKey, value: unknown): ValidationIssue[] {
  return [...validatorFor(key).Errors(value)].map((error) => ({ path: error.path, message: error.message }));
}

/** Narrows `value` to the event type of `key` (schema check only). */
export function matchesKey<K extends EventKey>(key: K, value: unknown): value is EventMap[K] {
  return validatorFor(key).Check(value);
}
