// Subject keys and wildcard patterns (`nexus.*`, `*.create`, `>`), the wire subject of an event
// (`events.<category number>.<event id>`) and the server-side filter a set of patterns allows.
import { catalog } from './catalog.js';
import { MayastorEventsError } from './errors.js';
import type { ActionKeys, CatalogEvent, CategoryKeys, EventMap, PatternKeys } from './generated/registry.js';
import type { EventMessage } from './generated/types.js';
import { utf8Length } from './internal/utf8.js';

/** The prefix of every event subject on the wire. */
export const EVENTS_SUBJECT_PREFIX = 'events';

/** Every event subject on the wire: the subjects of the `events-stream`. */
export const EVENTS_SUBJECT_FILTER = 'events.>';

/**
 * The longest NATS subject, in UTF-8 bytes, that the SDK publishes to: an event's wire subject, a
 * dead-letter subject. (A durable name, which the SDK puts in JetStream API subjects, is held to
 * `MAX_JETSTREAM_NAME_BYTES`, 255, well below it.)
 *
 * nats-server reads a protocol line up to its `max_control_line` (4,096 bytes by default) and
 * answers a longer one with a protocol error and closes the connection: nats.js reconnects, the
 * publish is retried, and every subscription sharing the connection loses its pulls and acks
 * each time. The bus's own line is `HPUB <subject> <reply inbox> <header bytes> <total bytes>`;
 * half the default leaves room for the reply inbox (`_INBOX.<22-character id>.<token>`, about 40
 * bytes), for the JetStream API requests that carry a durable name after the stream's name (and
 * a reply under the connection's `inboxPrefix`), and for a server configured below the default.
 * A Mayastor event id is a 36-character UUID: its subject is 45 bytes.
 */
export const MAX_SUBJECT_BYTES = 2_048;

// A refused value as the error message shows it: long strings cut, their length said; numbers as
// JS writes them (NaN, not JSON's null); a bigint with its `n`; anything else by its kind only
// (JSON.stringify would throw on a bigint or a cycle, and print a large object whole).
const SHOWN_CHARACTERS = 64;
function shown(value: unknown): string {
  if (typeof value === 'string') {
    if (value.length <= SHOWN_CHARACTERS) return JSON.stringify(value);
    return `${JSON.stringify(value.slice(0, SHOWN_CHARACTERS))}… (${value.length} characters)`;
  }
  if (typeof value === 'bigint') return `${value}n`;
  if (value === null || typeof value === 'number' || typeof value === 'boolean' || value === undefined) return String(value);
  return Array.isArray(value) ? 'an array' : `a value of type ${typeof value}`;
}

/** A subject, token or pattern that could redirect or widen a NATS subject, or is too long for one, was refused. */
export class SubjectError extends MayastorEventsError {
  override readonly name = 'SubjectError';
  /** What was refused, e.g. `event id` or `pattern`. */
  readonly what: string;
  /** The refused value, as given. */
  readonly value: unknown;

  constructor(what: string, value: unknown, reason: string) {
    super(`invalid ${what} ${shown(value)}: ${reason}`);
    this.what = what;
    this.value = value;
  }
}

// Pattern typing is a lookup in generated maps (src/generated/registry.ts), not template-literal
// matching over every key: a consumer's compiler resolves `'nexus.*'` in one step.

/** The category segment of a subject key, e.g. `nexus`. */
export type SubjectCategory = keyof CategoryKeys;

/** The action segment of a subject key that some catalogued event has, e.g. `create`. */
export type SubjectAction = keyof ActionKeys;

/**
 * A handler key: a subject key (`volume.create`) or a NATS wildcard over keys (`nexus.*`,
 * `nexus.>`, `*.create`, `*.*`, `>`). Only patterns that can match a catalogued event exist.
 */
export type SubjectPattern = keyof PatternKeys;

/** The subject keys pattern `P` matches, e.g. `EventKeyMatching<'volume.*'>` is `'volume.create' | 'volume.delete'`. */
export type EventKeyMatching<P extends SubjectPattern> = PatternKeys[P];

/** Every catalogued event that pattern `P` matches, e.g. `EventMatching<'volume.*'>` is `VolumeCreate | VolumeDelete`. */
export type EventMatching<P extends SubjectPattern> = EventMap[PatternKeys[P]];

// Anything that is not a safe NATS subject token: empty, a separator, a wildcard, whitespace, or a
// lone UTF-16 surrogate (`\p{Cs}` in a `u` pattern matches only those), which UTF-8 cannot hold:
// nats.js would send U+FFFD in its place, a subject other than the one asked for.
const UNSAFE_TOKEN = /[.*>\s\p{Cs}]/u;

/**
 * Throws a `SubjectError` (about `what`, `value`) when `subject`, the NATS subject it makes, is
 * longer than `MAX_SUBJECT_BYTES` in UTF-8.
 */
function assertSubjectLength(what: string, value: unknown, subject: string): void {
  // A UTF-16 unit is at most 3 bytes of UTF-8: a short subject needs no counting.
  if (subject.length * 3 <= MAX_SUBJECT_BYTES) return;
  const bytes = utf8Length(subject);
  if (bytes <= MAX_SUBJECT_BYTES) return;
  const where = subject === value ? 'is' : `makes the subject ${shown(subject)}, which is`;
  throw new SubjectError(
    what,
    value,
    `${where} ${bytes} bytes of UTF-8, above the ${MAX_SUBJECT_BYTES} bytes the SDK allows a NATS subject; nothing was sent ` +
      `(nats-server closes the connection on a protocol line longer than its max_control_line, 4096 bytes by default)`,
  );
}

// The shape of one token; its length is the caller's to check.
function assertTokenShape(what: string, token: unknown): asserts token is string {
  if (typeof token !== 'string') throw new SubjectError(what, token, `expected a string, got ${token === null ? 'null' : typeof token}`);
  if (token.length === 0) throw new SubjectError(what, token, 'must not be empty');
  if (UNSAFE_TOKEN.test(token)) {
    throw new SubjectError(what, token, 'must not contain `.`, `*`, `>`, whitespace or a lone UTF-16 surrogate (it would change the NATS subject)');
  }
}

/**
 * Throws a `SubjectError` unless `subject` is a literal NATS subject (dot-separated safe tokens,
 * no wildcard) of at most `MAX_SUBJECT_BYTES` of UTF-8.
 */
export function assertSubject(what: string, subject: unknown): asserts subject is string {
  assertLiteralSubject(what, subject);
  assertSubjectLength(what, subject, subject);
}

/** Throws a `SubjectError` unless `subject` is a literal NATS subject (dot-separated safe tokens, no wildcard), of any length. */
export function assertLiteralSubject(what: string, subject: unknown): asserts subject is string {
  if (typeof subject !== 'string' || subject.length === 0) throw new SubjectError(what, subject, 'expected a non-empty subject');
  for (const token of subject.split('.')) {
    if (token.length === 0 || UNSAFE_TOKEN.test(token)) {
      throw new SubjectError(what, subject, 'every dot-separated token must be non-empty, without `*`, `>`, whitespace or a lone UTF-16 surrogate');
    }
  }
}

const categories = new Set(catalog.map((entry) => entry.key.slice(0, entry.key.indexOf('.'))));
const actions = new Set(catalog.map((entry) => entry.key.slice(entry.key.indexOf('.') + 1)));
const keys = new Set<string>(catalog.map((entry) => entry.key));
const categoryNumbers = new Map(catalog.map((entry) => [entry.key.slice(0, entry.key.indexOf('.')), entry.category]));

/** True when `pattern` is a valid handler key (see {@link SubjectPattern}). */
export function isSubjectPattern(pattern: unknown): pattern is SubjectPattern {
  if (typeof pattern !== 'string') return false;
  if (pattern === '>' || pattern === '*.*' || keys.has(pattern)) return true;
  const dot = pattern.indexOf('.');
  if (dot < 0 || pattern.indexOf('.', dot + 1) >= 0) return false;
  const category = pattern.slice(0, dot);
  const action = pattern.slice(dot + 1);
  if (category === '*') return actions.has(action);
  return categories.has(category) && (action === '*' || action === '>');
}

/** Throws a `SubjectError` unless `pattern` is a valid handler key. */
export function assertSubjectPattern(pattern: unknown): asserts pattern is SubjectPattern {
  if (!isSubjectPattern(pattern)) {
    throw new SubjectError(
      'pattern',
      pattern,
      "expected a subject key such as 'volume.create' or a wildcard over catalogued keys ('nexus.*', 'nexus.>', '*.create', '*.*', '>')",
    );
  }
}

const WHITESPACE = /\s/u;

/**
 * True when subject key `key` (`<category>.<action>`), or any literal subject, matches `pattern`,
 * with NATS wildcard rules: `*` stands for one token, a last `>` for one or more. False when
 * either is not something NATS takes (a subject to subscribe to, one to publish on): an empty
 * token (`nexus.`, `.create`, `a..b`), `>` before the last token, a wildcard token in `key`,
 * whitespace, a value that is not a string.
 *
 * @example
 * matchesPattern('nexus.*', 'nexus.create'); // true
 * matchesPattern('>.create', 'nexus.create'); // false: NATS refuses `>` before the end
 */
export function matchesPattern(pattern: string, key: string): boolean {
  if (typeof pattern !== 'string' || typeof key !== 'string' || WHITESPACE.test(pattern) || WHITESPACE.test(key)) return false;
  const k = key.split('.');
  for (const token of k) {
    if (token.length === 0 || token === '*' || token === '>') return false;
  }
  const p = pattern.split('.');
  for (let i = 0; i < p.length; i++) {
    const token = p[i]!;
    if (token.length === 0) return false;
    if (token === '>') return i === p.length - 1 && k.length > i;
    if (i >= k.length) return false;
    if (token !== '*' && token !== k[i]) return false;
  }
  return p.length === k.length;
}

const I32_MIN = -2_147_483_648;
const I32_MAX = 2_147_483_647;

/**
 * The wire subject of an event: `events.<category number>.<event id>`; throws a `SubjectError`
 * for a category that is not an i32 (as on the wire), an id that is not a safe token or that makes
 * the subject longer than `MAX_SUBJECT_BYTES` (such an event is still valid to read: only sending
 * it is refused).
 */
export function wireSubject(event: CatalogEvent | EventMessage): string {
  const category = (event as { category?: unknown } | null)?.category;
  if (typeof category !== 'number' || !Number.isInteger(category) || category < I32_MIN || category > I32_MAX) {
    throw new SubjectError('event category', category, `expected an integer from ${I32_MIN} to ${I32_MAX} (an i32, as on the wire)`);
  }
  const metadata = (event as { metadata?: { id?: unknown } | null }).metadata;
  if (metadata === null || typeof metadata !== 'object') {
    throw new SubjectError('event id', undefined, 'the event has no metadata, so no id to name its subject (events.<category>.<metadata.id>)');
  }
  const id = metadata.id;
  assertTokenShape('event id', id);
  const subject = `${EVENTS_SUBJECT_PREFIX}.${category}.${id}`;
  assertSubjectLength('event id', id, subject);
  return subject;
}

/**
 * The server-side filter subject that delivers every event the patterns match: `events.2.>` when
 * every pattern names category 2 (`volume.create`, `volume.*`, `volume.>`), `events.>` otherwise
 * (`*.switchOver` included, though only one category has that action). Throws a `SubjectError`
 * for a pattern that is not a valid handler key, and for one string given instead of a list.
 */
export function wireFilter(patterns: Iterable<string>): string {
  if (typeof patterns === 'string' || typeof (patterns as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] !== 'function') {
    throw new SubjectError(
      'patterns',
      patterns,
      typeof patterns === 'string' ? "expected a list of patterns, e.g. ['volume.create'], not one string (it would be read character by character)" : 'expected a list of patterns',
    );
  }
  let only: number | undefined;
  let count = 0;
  for (const pattern of patterns) {
    assertSubjectPattern(pattern);
    count++;
    const category = pattern.slice(0, Math.max(0, pattern.indexOf('.')));
    const number = categoryNumbers.get(category);
    if (number === undefined) return EVENTS_SUBJECT_FILTER;
    if (only !== undefined && only !== number) return EVENTS_SUBJECT_FILTER;
    only = number;
  }
  if (count === 0 || only === undefined) return EVENTS_SUBJECT_FILTER;
  return `${EVENTS_SUBJECT_PREFIX}.${only}.>`;
}
