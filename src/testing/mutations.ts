// Invalid mutations of a valid event: one member broken at a time (removed, nulled, retyped,
// out of range, a bad timestamp, given twice), each with the JSON Pointer that `decode` must
// report. Written as JSON text, since some (a member given twice) have no object form.
import { EventValidationError, validateEvent, type CatalogEvent, type EventKey } from 'mayastor-events';
import { keyOfEvent, memberSites, type MemberSite } from './shape.js';

/** How a mutation breaks its member. */
export type MutationKind = 'removed' | 'nulled' | 'retyped' | 'outOfRange' | 'badTimestamp' | 'duplicated';

/** A message the Rust services reject, made from a valid event by breaking one member. */
export interface InvalidMutation {
  /** The key of the event the message was made from. */
  readonly key: EventKey;
  readonly kind: MutationKind;
  /** The JSON Pointer of the broken member: the `error.path` that `decode` reports. */
  readonly path: string;
  /** What was done, e.g. ``removed the required member `version` ``. */
  readonly description: string;
  /** The message as JSON text (pass it, or its UTF-8 bytes, to `decode`). */
  readonly json: string;
}

type Edit =
  | { readonly op: 'remove' }
  | { readonly op: 'replace'; readonly raw: string }
  | { readonly op: 'duplicate' };

/** Timestamps the Rust reader rejects, with why. */
const BAD_TIMESTAMPS: readonly (readonly [text: string, why: string])[] = [
  ['2024-05-01T10:20:30', 'has no offset'],
  ['2024-02-30T10:20:30Z', 'names a day February does not have'],
  ['2024-05-01T24:00:00Z', 'has hour 24'],
  ['1714558830', 'is epoch seconds, not RFC 3339'],
  ['', 'is empty'],
];

/** JSON text of an event value: members in object order, bigints as their digits. */
function writeJson(value: unknown, edit: { path: readonly string[]; edit: Edit } | undefined, at: readonly string[]): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
    case 'boolean':
      return String(value);
    case 'bigint':
      return value.toString();
    default:
      break;
  }
  if (Array.isArray(value)) return `[${value.map((item, i) => writeJson(item, edit, [...at, String(i)])).join(',')}]`;
  const parts: string[] = [];
  for (const [name, member] of Object.entries(value as Record<string, unknown>)) {
    const path = [...at, name];
    const here = edit !== undefined && path.length === edit.path.length && path.every((segment, i) => segment === edit.path[i]);
    const written = `${JSON.stringify(name)}:${here && edit.edit.op === 'replace' ? edit.edit.raw : writeJson(member, edit, path)}`;
    if (here && edit.edit.op === 'remove') continue;
    parts.push(written);
    if (here && edit.edit.op === 'duplicate') parts.push(written);
  }
  return `{${parts.join(',')}}`;
}

function mutationsOf(site: MemberSite): (readonly [MutationKind, Edit, string])[] {
  const name = `\`${site.path[site.path.length - 1]!}\``;
  const out: (readonly [MutationKind, Edit, string])[] = [];
  if (site.required) {
    if (!site.defaulted) out.push(['removed', { op: 'remove' }, `removed the required member ${name}`]);
    out.push(['nulled', { op: 'replace', raw: 'null' }, `set the required member ${name} to null`]);
  }
  switch (site.kind) {
    case 'struct':
      out.push(['retyped', { op: 'replace', raw: 'true' }, `replaced the message ${name} with a boolean`]);
      break;
    case 'string':
      out.push(['retyped', { op: 'replace', raw: '42' }, `replaced the string ${name} with a number`]);
      break;
    case 'timestamp':
      out.push(['retyped', { op: 'replace', raw: '1714558830' }, `replaced the timestamp ${name} with a number`]);
      for (const [text, why] of BAD_TIMESTAMPS) {
        const raw = JSON.stringify(text);
        out.push(['badTimestamp', { op: 'replace', raw }, `set the timestamp ${name} to ${raw}, which ${why}`]);
      }
      break;
    case 'integer': {
      const digits = String(site.value);
      out.push(['retyped', { op: 'replace', raw: JSON.stringify(digits) }, `wrote the integer ${name} as a string`]);
      out.push(['retyped', { op: 'replace', raw: `${digits}.0` }, `wrote the integer ${name} as a float`]);
      const above = (site.max ?? 0n) + 1n;
      out.push(['outOfRange', { op: 'replace', raw: above.toString() }, `set the integer ${name} to ${above}, past its wire type`]);
      break;
    }
  }
  out.push(['duplicated', { op: 'duplicate' }, `gave the member ${name} twice`]);
  return out;
}

/** A mutation not yet written out: writing the JSON is the costly part, so it is done on demand. */
export interface PlannedMutation {
  readonly kind: MutationKind;
  readonly path: string;
  /** Writes the mutated message. */
  build(): InvalidMutation;
}

/** Every single-member mutation of `event`, unwritten (see {@link invalidMutations}). */
export function planMutations(event: CatalogEvent): PlannedMutation[] {
  const key = keyOfEvent(event);
  const out: PlannedMutation[] = [];
  for (const site of memberSites(event)) {
    for (const [kind, edit, description] of mutationsOf(site)) {
      out.push({
        kind,
        path: site.pointer,
        build: () => ({
          key,
          kind,
          path: site.pointer,
          description: `${description} (${site.pointer})`,
          json: writeJson(event, { path: site.path, edit }, []),
        }),
      });
    }
  }
  return out;
}

/**
 * Every single-member mutation of `event` that the Rust services (and `decode`) reject, each
 * with the path `decode` reports. Members that may be missing or null on the wire (messages,
 * timestamps, optional strings) are retyped but never removed, since removing them is valid.
 * Throws an `EventValidationError` when `event` is not a valid catalogued event to begin with.
 *
 * @example
 * for (const mutation of invalidMutations(fabricate('nexus.rebuildEnd'))) {
 *   const result = decode(mutation.json);
 *   expect(result.kind === 'invalid' && result.error.path).toBe(mutation.path);
 * }
 */
export function invalidMutations(event: CatalogEvent): InvalidMutation[] {
  // Broken further, an event that is already invalid would not be reported where its mutation is.
  const issues = validateEvent(keyOfEvent(event), event);
  if (issues.length > 0) throw new EventValidationError(issues, { key: keyOfEvent(event) });
  return planMutations(event).map((planned) => planned.build());
}
