// What both buses do to an event before it leaves the process: check it as the strict writer,
// encode it once, and name its wire subject.
import { entryFor, schemaIssues, validatorFor } from '../catalog.js';
import { encode } from '../codec/encode.js';
import { EventValidationError } from '../errors.js';
import type { EventMessage } from '../generated/messages.js';
import type { CatalogEvent } from '../generated/registry.js';
import { wireSubject } from '../subject.js';

/** An event ready to be sent. */
export interface PreparedEvent {
  /** `events.<category number>.<event id>`. */
  readonly subject: string;
  /** The event id: the de-duplication id (`Nats-Msg-Id`). */
  readonly id: string;
  /** The encoded event, byte for byte as the Rust services write it. */
  readonly bytes: Uint8Array;
}

/**
 * Checks, encodes and addresses an event. A catalogued (category, action) pair must satisfy its
 * catalog schema (what `createEvent` builds); another pair must be a well-formed EventMessage
 * (relaying events of a newer Mayastor). Throws `EventValidationError` or `SubjectError`.
 */
export function prepareEvent(event: CatalogEvent | EventMessage): PreparedEvent {
  const bytes = encode(event);
  const entry = entryFor(event.category, event.action);
  if (entry !== undefined && !validatorFor(entry.key).Check(event)) {
    throw new EventValidationError(schemaIssues(entry.key, event), { key: entry.key });
  }
  const subject = wireSubject(event);
  return { subject, id: event.metadata!.id, bytes };
}
