// The catalog at run time: every catalogued event with its schema, the lookup from
// (category, action) numbers to subject key, and the compiled per-key validators.
import type { TObject } from '@sinclair/typebox';
import { TypeCompiler, type TypeCheck } from '@sinclair/typebox/compiler';
import { ValueErrorType, type ValueError } from '@sinclair/typebox/errors';
import type { ValidationIssue } from './errors.js';
import { TIMESTAMP_PATTERN } from './schema/primitives.js';
import { catalogData, type CatalogEntryData, type EventKey, type EventMap } from './generated/registry.js';
import { eventSchemas } from './generated/schemas.js';

/** What the catalog says of one event: where it comes from, what it carries, its schema. */
export interface CatalogEntry<K extends EventKey = EventKey> extends CatalogEntryData {
  readonly key: K;
  /** The TypeBox schema (a JSON Schema) of the event, as written by the services: `Static<typeof entry.schema>` is its type. */
  readonly schema: (typeof eventSchemas)[K];
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
  if (!(category >= 0 && category <= 0xffff && action >= 0 && action <= 0xffff)) return undefined;
  return byCode.get(category * 0x10000 + action);
}

// Every validator is compiled when this module loads (a few milliseconds in all), so that no
// message pays for a compilation on the hot path.
const compiled = new Map<string, TypeCheck<TObject>>(
  catalog.map((entry) => [entry.key, TypeCompiler.Compile(entry.schema as TObject)]),
);

/** The compiled validator of a key. */
export function validatorFor(key: EventKey): TypeCheck<TObject> {
  return compiled.get(key)!;
}

/** How a schema issue about a member the event must not carry begins. */
export const MUST_BE_NULL = 'must be null for this event';

function show(value: unknown): string {
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === undefined) return 'nothing';
  return typeof value === 'object' && value !== null ? (Array.isArray(value) ? 'an array' : 'an object') : String(value);
}

/** TypeBox's error, said the way a user of this catalog needs it. */
function explain(error: ValueError): ValidationIssue[] {
  const schema = error.schema as { anyOf?: { const?: unknown; type?: string }[]; pattern?: string };
  if (error.type === ValueErrorType.Union && Array.isArray(schema.anyOf)) {
    const literals = schema.anyOf.filter((branch) => 'const' in branch).map((branch) => branch.const);
    if (literals.length === schema.anyOf.length) {
      return [{ path: error.path, message: `expected one of ${literals.join(', ')}, got ${show(error.value)}` }];
    }
    // A nullable member that holds a value: explain against its non-null form.
    const branches = schema.anyOf.map((branch, i) => ({ branch, errors: error.errors[i] })).filter((b) => b.branch.type !== 'null');
    if (error.value !== null && branches.length === 1 && branches[0]!.errors !== undefined) {
      const nested = [...branches[0]!.errors].flatMap(explain);
      if (nested.length > 0) return nested;
    }
    if (error.value === null) return [{ path: error.path, message: 'must not be null for this event' }];
  }
  if (schema.pattern === TIMESTAMP_PATTERN) {
    return [{ path: error.path, message: `expected an RFC 3339 timestamp such as 2024-05-01T10:20:30.123Z, got ${show(error.value)}` }];
  }
  if (error.type === ValueErrorType.Null) return [{ path: error.path, message: `${MUST_BE_NULL}, got ${show(error.value)}` }];
  if (error.type === ValueErrorType.ObjectAdditionalProperties) {
    return [{ path: error.path, message: 'not a member of this event' }];
  }
  return [{ path: error.path, message: `${error.message.replace(/^Expected/, 'expected')}, got ${show(error.value)}` }];
}

/** Every schema problem of `value` as the event `key`, in document order, one per path. */
export function schemaIssues(key: EventKey, value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const paths = new Set<string>();
  for (const issue of [...validatorFor(key).Errors(value)].flatMap(explain)) {
    if (paths.has(issue.path)) continue;
    paths.add(issue.path);
    issues.push(issue);
  }
  return issues;
}

/** Narrows `value` to the event type of `key` (schema check only). */
export function matchesKey<K extends EventKey>(key: K, value: unknown): value is EventMap[K] {
  return validatorFor(key).Check(value);
}
