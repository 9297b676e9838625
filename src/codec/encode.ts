import { EventValidationError } from '../errors.js';
import type { EventMessage } from '../generated/types.js';
import type { CatalogEvent } from '../generated/registry.js';
import { wireMessages, writeEventMessageJson } from '../generated/wire.js';
import { wireIssues } from './check.js';
import { utf8Bytes } from './utf8.js';

/**
 * Writes an event as JSON text, byte for byte as the Rust services write it: every member in
 * wire order, `null` where absent, integer enums, timestamps in chrono's form. Throws an
 * `EventValidationError` listing every problem when the event is not well-formed.
 */
export function encodeToString(event: CatalogEvent | EventMessage): string {
  const text = writeEventMessageJson(event);
  if (text === undefined) throw new EventValidationError(wireIssues(event, wireMessages.EventMessage));
  return text;
}

/**
 * Writes an event as UTF-8 JSON bytes, exactly as the Rust services write it; for a message
 * they wrote, `encode(decode(bytes).event)` gives back the very same bytes. Only the wire members
 * are written: others (a newer Mayastor's, which `decode` does not keep, or a caller's own) are
 * left out, and a relaxed timestamp is written in chrono's form; to relay a message as it came,
 * use `bus.forward(bytes)` (`validateEvent` and `publish` refuse a catalogued event with a member
 * of its own). Throws an `EventValidationError` listing every problem when the event is not
 * well-formed. Like `Buffer.from`, the bytes may be a view of a larger shared ArrayBuffer (mind
 * `byteOffset`).
 *
 * @example
 * const bytes = encode(createEvent('volume.create', { target: volumeUuid }));
 */
export function encode(event: CatalogEvent | EventMessage): Uint8Array {
  return utf8Bytes(encodeToString(event));
}
