// The errors of the bus: each one names what failed and what to do about it.
import { MayastorEventsError, OptionsError } from '../errors.js';
import { utf8Length } from '../internal/utf8.js';

/** An option given to the bus is invalid or conflicts with another one. */
export class BusOptionsError extends OptionsError {
  override readonly name = 'BusOptionsError';
}

/**
 * The in-process publish queue is full (the server is slow or unreachable): the new event is
 * refused, never silently dropped. Back off and retry, or raise `maxQueue`.
 */
export class QueueFullError extends MayastorEventsError {
  override readonly name = 'QueueFullError';
  /** The queue limit that was reached. */
  readonly limit: number;

  constructor(limit: number) {
    super(`publish queue is full (${limit} events waiting for the server): the event was not published; retry later or raise \`maxQueue\``);
    this.limit = limit;
  }
}

/**
 * The `code` of a `PublishError` for a message above the server's `max_payload` (the in-memory
 * bus's `maxPayload`): the same message is refused every time, so retrying it is pointless. The
 * value is nats.js's own code for the refusal.
 */
export const PAYLOAD_TOO_LARGE = 'MAX_PAYLOAD_EXCEEDED';

/** What a `PublishError` says of its cause when that is known to be permanent (see `PublishError.code`). */
export type PublishErrorCode = typeof PAYLOAD_TOO_LARGE;

/** An event could not be stored in the stream: the retries ran out, or the server refused it. */
export class PublishError extends MayastorEventsError {
  override readonly name = 'PublishError';
  /** The wire subject of the event. */
  readonly subject: string;
  /** How many publish attempts were made. */
  readonly attempts: number;
  /**
   * `'MAX_PAYLOAD_EXCEEDED'` when the message is above the server's `max_payload` (or the
   * in-memory bus's `maxPayload`): it will never be taken, whatever the retries. `undefined` for
   * every other failure (a timeout, no stream, a closed bus), which may pass.
   */
  readonly code: PublishErrorCode | undefined;

  constructor(subject: string, attempts: number, message: string, options?: { cause?: unknown; code?: PublishErrorCode }) {
    super(`publish to ${subject} failed after ${attempts} attempt(s): ${message}`, options);
    this.subject = subject;
    this.attempts = attempts;
    // The NATS publisher gives the client's refusal as the cause (an error with nats.js's code).
    this.code = options?.code ?? (codeOf(options?.cause) === PAYLOAD_TOO_LARGE ? PAYLOAD_TOO_LARGE : undefined);
  }
}

/** The `code` member of a thrown value (nats.js errors carry one), or undefined. @internal */
export function codeOf(error: unknown): unknown {
  try {
    return typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  } catch {
    return undefined; // a getter that throws
  }
}

/**
 * The bytes of a message a NATS client counts against the server's `max_payload`: the event and
 * its headers as sent (`NATS/1.0\r\n`, a `Name: value\r\n` line each, `\r\n`).
 */
function payloadBytes(eventBytes: number, headers: Readonly<Record<string, string>>): { readonly event: number; readonly headers: number } {
  let headerBytes = 0;
  for (const name in headers) headerBytes += utf8Length(name) + utf8Length(headers[name]!) + 4;
  return { event: eventBytes, headers: headerBytes === 0 ? 0 : headerBytes + 12 };
}

/**
 * Why a message above `maxPayload` bytes (see `payloadBytes`) is refused, the reason of the
 * `PublishError` both buses give; `undefined` when it is not above. `limit` names the limit.
 */
export function payloadTooLarge(eventBytes: number, headers: Readonly<Record<string, string>>, maxPayload: number, limit: string): string | undefined {
  const size = payloadBytes(eventBytes, headers);
  if (size.event + size.headers <= maxPayload) return undefined;
  return (
    `the message is ${size.event + size.headers} bytes (${size.event} of event, ${size.headers} of headers), above ${limit} of ${maxPayload} bytes ` +
    '(MAX_PAYLOAD_EXCEEDED): it was not sent; shorten its strings, or raise max_payload in the nats-server configuration'
  );
}

/** The events stream exists with a configuration the bus cannot use, or cannot be created. */
export class StreamConfigError extends MayastorEventsError {
  override readonly name = 'StreamConfigError';
  /** The stream's name. */
  readonly stream: string;

  constructor(stream: string, message: string, options?: { cause?: unknown }) {
    super(`stream ${stream}: ${message}`, options);
    this.stream = stream;
  }
}

/** The bus could not connect to NATS (unreachable, refused credentials, TLS failure); `cause` has the client's error. */
export class BusConnectionError extends MayastorEventsError {
  override readonly name = 'BusConnectionError';
}

/** The bus was used after `close()`. */
export class BusClosedError extends MayastorEventsError {
  override readonly name = 'BusClosedError';

  constructor(operation: string) {
    super(`cannot ${operation}: the event bus is closed`);
  }
}

/**
 * An operation was cancelled through its `AbortSignal` (`connectEventBus`, `subscribe`,
 * `events`, `waitForEvent`): nothing it opened is left open. `name` is `'AbortError'`, as for
 * `fetch` and Node's own APIs; `cause` is the signal's `reason`.
 */
export class AbortedError extends MayastorEventsError {
  override readonly name = 'AbortError';

  constructor(operation: string, options?: { cause?: unknown }) {
    super(`${operation} was aborted`, options);
  }
}
