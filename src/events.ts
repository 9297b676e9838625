// createEvent: the one way to build an event to publish, complete and checked.
import { MUST_BE_NULL, catalogEntry, matchesKey, schemaIssues } from './catalog.js';
import { wireIssues } from './codec/check.js';
import type { WireMessage } from './codec/wire-types.js';
import { normalizeTimestamp, nowTimestamp } from './codec/timestamp.js';
import { EventValidationError, MayastorEventsError, type ValidationIssue } from './errors.js';
import type { EventComponent } from './generated/enums.js';
import type { EventKey, EventMap } from './generated/registry.js';
import { wireMessages, writeEventMessageJson } from './generated/wire.js';
import { randomUuid } from './uuid.js';

/** The details object of event `K` (non-null form). */
export type EventDetailsOf<K extends EventKey> = NonNullable<EventMap[K]['metadata']['source']['event_details']>;

type RequiredDetailKeys<D> = { [P in keyof D]-?: null extends D[P] ? never : P }[keyof D];
type OptionalDetailKeys<D> = {
  [P in keyof D]-?: null extends D[P] ? ([D[P]] extends [null] ? never : P) : never;
}[keyof D];

/** The details `createEvent` takes for event `K`: those the catalog requires, and those it allows. */
export type EventDetailsInput<K extends EventKey> = {
  [P in RequiredDetailKeys<EventDetailsOf<K>>]: EventDetailsOf<K>[P];
} & {
  [P in OptionalDetailKeys<EventDetailsOf<K>>]?: EventDetailsOf<K>[P];
};

type DetailsMember<K extends EventKey> = [RequiredDetailKeys<EventDetailsOf<K>>] extends [never]
  ? [OptionalDetailKeys<EventDetailsOf<K>>] extends [never]
    ? { /** This event carries no details. */ details?: never }
    : { /** The details this event may carry (wire member names). */ details?: EventDetailsInput<K> }
  : { /** The details this event carries (wire member names). */ details: EventDetailsInput<K> };

/** What `createEvent` needs to build event `K`. */
export type CreateEventInput<K extends EventKey> = {
  /** The resource the event is about (see the catalog's `target` for what it holds). */
  target: string;
  /**
   * The node the emitting component runs on.
   * @default ''
   */
  node?: string;
  /**
   * The emitting component.
   * @default the catalog's component for the event
   */
  component?: EventComponent;
  /**
   * The event id, a UUID. Leave it unset in services: a fresh UUID v4 is what the Rust services
   * send; set it to replay an event or to make a test deterministic.
   * @default crypto.randomUUID()
   */
  id?: string;
  /**
   * When the event happened, in any RFC 3339 form the codec reads; it is written in chrono's form.
   * @default the current time, with the best precision Node gives
   */
  timestamp?: string;
} & DetailsMember<K>;

const DETAIL_MEMBERS = wireMessages.EventDetails.members.map((member) => member.name);
const DETAIL_TYPES = wireMessages.EventDetails.members.map((member) => member.type as WireMessage);

/**
 * A copy of a plain object given for a wire message: its own enumerable members (a getter read
 * once), and those holding messages copied too. Anything else (null, an array, a scalar) is
 * returned as it is, for the checks to name.
 */
function copyMessage(value: unknown, message: WireMessage): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const copy: Record<string, unknown> = { ...value };
  for (const member of message.members) {
    if (typeof member.type === 'object' && Object.hasOwn(copy, member.name)) copy[member.name] = copyMessage(copy[member.name], member.type);
  }
  return copy;
}

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/**
 * Issues in order of clarity, one per member: an issue is left out when an earlier one is about
 * the same member, one of its members, or the member holding it.
 */
function mergeIssues(...lists: ValidationIssue[][]): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const issue of lists.flat()) {
    const covered = out.some(
      (seen) => seen.path === issue.path || seen.path.startsWith(`${issue.path}/`) || issue.path.startsWith(`${seen.path}/`),
    );
    if (!covered) out.push(issue);
  }
  return out;
}

/**
 * Every reason `value` is not a valid event `key` as the strict writer writes it (the event's
 * catalogued form, writable byte-exact), by path; empty when it is one. Quick when it is.
 *
 * @example
 * const issues = validateEvent('volume.create', candidate);
 * if (issues.length > 0) throw new EventValidationError(issues, { key: 'volume.create' });
 */
export function validateEvent(key: EventKey, value: unknown): readonly ValidationIssue[] {
  if (catalogEntry(key as string) === undefined) {
    return [{ path: '', message: `unknown event key ${JSON.stringify(key)}: use a catalogued key such as 'volume.create'` }];
  }
  if (matchesKey(key, value) && writeEventMessageJson(value) !== undefined) return [];
  return explainIssues([], key, value);
}

/**
 * Issues in order of clarity: the catalog's rules, then a member the event must not carry
 * (rather than what that member lacks), then the writer's, then the rest of the schema's.
 */
function explainIssues(catalogIssues: ValidationIssue[], key: EventKey, value: unknown): ValidationIssue[] {
  const schema = schemaIssues(key, value);
  const forbidden = schema.filter((issue) => issue.message.startsWith(MUST_BE_NULL));
  return mergeIssues(catalogIssues, forbidden, wireIssues(value, wireMessages.EventMessage), schema);
}

/**
 * Builds a complete event to publish: a fresh UUID v4 id, the current time, version 1, the
 * catalog's component, and the details the catalog names for the key. The details objects given
 * are copied, so reusing one for the next event does not change this one. Throws an
 * `EventValidationError` listing every problem by path when the input does not make a valid event.
 *
 * @example
 * const event = createEvent('replica.create', {
 *   target: replicaUuid,
 *   node: 'io-engine-1',
 *   details: { replica_details: { pool_name: 'pool-1', pool_uuid: poolUuid, replica_name: replicaUuid } },
 * });
 */
export function createEvent<K extends EventKey>(key: K, input: CreateEventInput<K>): EventMap[K] {
  const entry = catalogEntry(key as string);
  if (entry === undefined) {
    throw new MayastorEventsError(
      `unknown event key ${JSON.stringify(key)}: use a catalogued key such as 'volume.create' (see the catalog export)`,
    );
  }
  if (typeof input !== 'object' || input === null) {
    throw new EventValidationError([{ path: '', message: 'expected an input object with at least `target`' }], { key });
  }
  const catalogIssues: ValidationIssue[] = [];
  const detailsPath = '/metadata/source/event_details';
  const details: unknown = input.details;
  if (details != null && (typeof details !== 'object' || Array.isArray(details))) {
    const example = entry.requiredDetails[0] ?? entry.optionalDetails[0];
    const expected = example === undefined ? `null (${key} carries no details)` : `an object of details members such as ${example}`;
    catalogIssues.push({ path: detailsPath, message: `expected ${expected}, got ${Array.isArray(details) ? 'an array' : typeof details}` });
  }
  const given = (catalogIssues.length === 0 ? (details ?? {}) : {}) as Record<string, unknown>;
  for (const name of Object.keys(given)) {
    if (!DETAIL_MEMBERS.includes(name)) {
      catalogIssues.push({ path: `${detailsPath}/${name}`, message: `not a details member; expected one of ${DETAIL_MEMBERS.join(', ')}` });
    } else if (!entry.requiredDetails.includes(name) && !entry.optionalDetails.includes(name) && given[name] != null) {
      catalogIssues.push({ path: `${detailsPath}/${name}`, message: `${key} does not carry ${name}` });
    }
  }
  if (input.id !== undefined && !(typeof input.id === 'string' && UUID.test(input.id))) {
    catalogIssues.push({ path: '/metadata/id', message: `expected a UUID such as 0b6f5d2e-8f3e-4d1a-9a57-3c2e1f0a9b77, got ${JSON.stringify(input.id)}` });
  }
  const carriesDetails = entry.requiredDetails.length > 0 || Object.values(given).some((value) => value != null);
  // Each details object is copied (each member read once): the event is the caller's no longer,
  // so a details object reused for the next event cannot change this one after it was checked.
  const eventDetails = carriesDetails
    ? Object.fromEntries(DETAIL_MEMBERS.map((name, i) => [name, copyMessage(given[name] ?? null, DETAIL_TYPES[i]!)]))
    : null;
  const timestamp = input.timestamp === undefined ? nowTimestamp() : (normalizeTimestamp(input.timestamp) ?? input.timestamp);

  const event = {
    category: entry.category,
    action: entry.action,
    target: input.target,
    metadata: {
      id: input.id ?? randomUuid(),
      source: { component: input.component ?? entry.component, node: input.node ?? '', event_details: eventDetails },
      timestamp,
      version: 1,
    },
  };
  // The compiled check and the writer decide quickly; issues are listed only for a bad event.
  if (catalogIssues.length === 0 && matchesKey(key, event) && writeEventMessageJson(event) !== undefined) {
    return event as EventMap[K];
  }
  const issues = explainIssues(catalogIssues, key, event);
  if (issues.length > 0) throw new EventValidationError(issues, { key });
  return event as EventMap[K];
}
