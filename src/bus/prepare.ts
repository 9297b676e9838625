// What both buses do to an event before it leaves the process: check it as the strict writer,
// encode it once, and name its wire subject.
import { entryFor, matchesKey, schemaIssues } from '../catalog.js';
import type { DecodeResult } from '../codec/decode.js';
import { encode } from '../codec/encode.js';
import { DecodeError } from '../codec/errors.js';
import { pointerSegment } from '../codec/pointer.js';
import type { WireMessage } from '../codec/wire-types.js';
import { utf8Bytes } from '../codec/utf8.js';
import { EventValidationError, type ValidationIssue } from '../errors.js';
import { utf8Length } from '../internal/utf8.js';
import type { EventMessage } from '../generated/types.js';
import type { CatalogEvent, EventKey } from '../generated/registry.js';
import { wireMessages } from '../generated/wire.js';
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
  if (entry === undefined) {
    // The catalog's check refuses a member of the caller's own; an uncatalogued pair has none, so
    // the same is said here rather than the writer dropping it unseen.
    const unwritten: ValidationIssue[] = [];
    membersNotWritten(event, wireMessages.EventMessage, '', unwritten);
    if (unwritten.length > 0) throw new EventValidationError(unwritten);
  }
  // The subject, the id, the key and the catalog's verdict come from the bytes, not from reading
  // the object again: getters and proxies may answer differently on each read (a fresh id, a
  // toggled category), and what is stored must be what it is addressed and checked as.
  const sent = readMessage(bytes);
  if (sent.kind === 'invalid') {
    // The reader failed on the writer's own output (code internal, an SDK bug): that must not stop
    // a service publishing, so the event goes out addressed as the object said on the reads above.
    if (sent.error.code === 'internal') return { subject: wireSubject(event), id: event.metadata!.id, bytes, key: entry?.key };
    // What was written is not what was checked (a getter answering differently on each read), or
    // the writer wrote what the reader refuses: either way it is not sent, and the caller is told
    // where, as for any event that is not well-formed.
    throw new EventValidationError([{ path: sent.error.path, message: `as written: ${sent.error.reason}` }], { cause: sent.error });
  }
  if (sent.kind === 'unknown' && sent.key !== undefined) {
    throw new EventValidationError(schemaIssues(sent.key, sent.event), { key: sent.key });
  }
  return addressed(sent, bytes);
}

/**
 * Checks and addresses a message to forward as it is (a bridge relaying what a service wrote):
 * it must not be invalid (what the Rust services reject); catalogued or not, its bytes are
 * kept, so members this SDK does not know survive. The bytes are copied when called, before they
 * are read: a bridge may reuse its buffer as soon as `forward` returns (nats.js holds the array
 * it is given until it writes it out, and a queued or retried publish sends it later still).
 * Throws the `DecodeError` (code `internal` when this SDK failed to read it), or a `SubjectError`
 * when its id cannot be a subject token.
 */
export function prepareMessage(message: Uint8Array | string): PreparedEvent {
  let bytes: Uint8Array;
  if (typeof message === 'string') {
    // A lone surrogate has no UTF-8 form: the bytes sent would hold U+FFFD, not the message given.
    const lone = loneSurrogateAt(message);
    if (lone >= 0) throw notUtf8Text(message, lone);
    bytes = utf8Bytes(message);
  } else {
    // A copy made now (Buffer's own slice() is a view); not bytes at all, decode says so below.
    bytes = message instanceof Uint8Array ? new Uint8Array(message) : message;
  }
  // Never the codec's own throw: a message this SDK fails to read is refused with a DecodeError too.
  const result = readMessage(typeof message === 'string' ? message : bytes);
  if (result.kind === 'invalid') throw result.error;
  return addressed(result, bytes);
}

/** Issues for the own members of `value` that are not members of `message` (the writer leaves them out), at any depth. */
function membersNotWritten(value: unknown, message: WireMessage, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null) return;
  for (const name of Object.keys(value)) {
    const member = message.members.find((known) => known.name === name);
    const memberPath = `${path}/${pointerSegment(name)}`;
    if (member === undefined) {
      issues.push({ path: memberPath, message: `not a member of ${message.name}: it would not be written (to relay members this SDK does not know, forward the message's bytes)` });
    } else if (typeof member.type === 'object') {
      membersNotWritten((value as Record<string, unknown>)[name], member.type, memberPath, issues);
    }
  }
}

/** The subject, id and key of what decode read from the bytes to send. */
function addressed(read: Exclude<DecodeResult, { kind: 'invalid' }>, bytes: Uint8Array): PreparedEvent {
  const subject = wireSubject(read.event);
  return { subject, id: read.event.metadata!.id, bytes, key: read.kind === 'event' ? read.key : undefined };
}

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The UTF-16 index of the first lone surrogate in `text`, or -1. */
function loneSurrogateAt(text: string): number {
  return text.isWellFormed() ? -1 : text.search(LONE_SURROGATE);
}

/** The refusal of a text holding a lone surrogate at UTF-16 index `index` (the first one). */
function notUtf8Text(text: string, index: number): DecodeError {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  const unit = text.charCodeAt(index).toString(16).toUpperCase();
  return new DecodeError({
    code: 'utf8',
    reason: `the text holds a lone UTF-16 surrogate (U+${unit}), which UTF-8 cannot carry: its bytes would hold U+FFFD instead of the message given; forward the bytes as received`,
    path: '',
    offset: utf8Length(text.slice(0, index)),
    line,
    column: index - lineStart + 1,
    raw: text,
  });
}
