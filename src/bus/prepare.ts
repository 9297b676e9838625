// What both buses do to an event before it leaves the process: check it as the strict writer,
// encode it once, and name its wire subject.
import { entryFor, matchesKey, schemaIssues } from '../catalog.js';
import { encode } from '../codec/encode.js';
import { utf8Bytes } from '../codec/utf8.js';
import { EventValidationError } from '../errors.js';
import type { EventMessage } from '../generated/types.js';
import type { CatalogEvent, EventKey } from '../generated/registry.js';
import { wireSubject } from '../subject.js';
import { readMessage } from './read.js';

/** An event ready to be sent. */
export interface PreparedEvent {
  /** `events.<category number>.<event id>`. */
  readonly subject: string;
  /** The event id: the de-duplication id (`Nats-Msg-Id`). */
  readonly id: string;
  /** The encoded event, byte for byte as the Rust services write it. */
  readonly bytes: Uint8Array;
  /** The event's subject key when the catalog knows it (for the telemetry), else `undefined`. */
  readonly key: EventKey | undefined;
}

/**
 * Checks, encodes and addresses an event. A catalogued (category, action) pair must satisfy its
 * catalog schema (what `createEvent` builds); another pair must be a well-formed EventMessage
 * (relaying events of a newer Mayastor). Throws `EventValidationError` or `SubjectError`.
 */
export function prepareEvent(event: CatalogEvent | EventMessage): PreparedEvent {
  const bytes = encode(event);
  const entry = entryFor(event.category, event.action);
  if (entry !== undefined && !matchesKey(entry.key, event)) {
    throw new EventValidationError(schemaIssues(entry.key, event), { key: entry.key });
  }
  const subject = wireSubject(event);
  return { subject, id: event.metadata!.id, bytes, key: entry?.key };
}

/**
 * Checks and addresses a message to forward as it is (a bridge relaying what a service wrote):
 * it must not be invalid (what the Rust services reject); catalogued or not, its bytes are
 * kept, so members this SDK does not know survive. Throws the `DecodeError` (code `internal` when
 * this SDK failed to read it), or a `SubjectError` when its id cannot be a subject token.
 */
export function prepareMessage(message: Uint8Array | string): PreparedEvent {
  // Never the codec's own throw: a message this SDK fails to read is refused with a DecodeError too.
  const result = readMessage(message);
  if (result.kind === 'invalid') throw result.error;
  const subject = wireSubject(result.event);
  const bytes = typeof message === 'string' ? utf8Bytes(message) : message;
  return { subject, id: result.event.metadata!.id, bytes, key: result.kind === 'event' ? result.key : undefined };
}
