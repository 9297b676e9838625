// The catalog at run time: every catalogued event, the lookup from (category, action) numbers to
// subject key, and each event's check, generated ahead of time as plain code.
import type { ValidationIssue } from './errors.js';
import { eventChecks } from './generated/checks.js';
import { catalogData, type CatalogEntryData, type EventKey, type EventMap } from './generated/registry.js';

export { MUST_BE_NULL } from './codec/check-primitives.js';

/**
 * What the catalog says of one event: where it comes from and what it carries. Its TypeBox schema
 * is `eventSchemas[key]` in `mayastor-events/schemas`.
 */
export interface CatalogEntry<K extends EventKey = EventKey> extends CatalogEntryData {
  readonly key: K;
}

/** Every catalogued event, in catalog order: for tools and tests that iterate over all events. */
export const catalog: readonly CatalogEntry[] = catalogData;

const byKey = new Map<string, CatalogEntry>(catalog.map((entry) => [entry.key, entry]));
// (category, action) packed into one number: both are i32 on the wire, but every catalogued
// number is small, so anything outside the integers 0..0xffff is simply not catalogued.
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

/**
 * The catalog entry of a (category, action) pair, if it is catalogued.
 *
 * @example
 * catalogEntryFor(EventCategory.Nexus, EventAction.RebuildBegin)?.key; // 'nexus.rebuildBegin'
 */
export function catalogEntryFor(category: unknown, action: unknown): CatalogEntry | undefined {
  return entryFor(category, action);
}

/** The catalogued event for a (category, action) pair, if any. */
export function entryFor(category: unknown, action: unknown): CatalogEntry | undefined {
  if (typeof category !== 'number' || typeof action !== 'number') return undefined;
  // Integers in 0..0xffff only (`& 0xffff` changes any other number): packed, a fraction would
  // land on another pair (2 + 1/65536 and 0 is 2 and 1).
  if ((category & 0xffff) !== category || (action & 0xffff) !== action) return undefined;
  return byCode.get(category * 0x10000 + action);
}

/** Every schema problem of `value` as the event `key`, in document order, one per path. */
export function schemaIssues(key: EventKey, value: unknown): ValidationIssue[] {
  return eventChecks[key].issues(value);
}

/** Narrows `value` to the event type of `key` (schema check only; quick, allocates nothing). */
export function matchesKey<K extends EventKey>(key: K, value: unknown): value is EventMap[K] {
  return eventChecks[key].test(value);
}
