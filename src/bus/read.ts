// The bus's one call into the codec, for delivered and forwarded messages: whatever `decode`
// does, the bus gets a verdict. A throw (an SDK bug: `decode` is meant never to throw) becomes an
// `invalid` verdict of code `internal`, with the message kept, so that a consumer can count the
// failure toward `maxDeliver` and move on instead of stalling on it.
import { decode, type DecodeResult } from '../codec/decode.js';
import { DecodeError } from '../codec/errors.js';

/** Describes a thrown value as `Name: message`; never throws, whatever was thrown. */
function describeThrown(error: unknown): string {
  try {
    return error instanceof Error ? `${String(error.name)}: ${String(error.message)}` : String(error);
  } catch {
    return 'an unprintable error';
  }
}

/** The `DecodeError` (code `internal`) of a message this SDK failed to read because of `error`. */
export function unreadableMessageError(error: unknown, raw: Uint8Array | string): DecodeError {
  return new DecodeError({
    code: 'internal',
    reason: `this SDK failed to read the message (${describeThrown(error)}); please report it`,
    path: '',
    offset: 0,
    line: 1,
    column: 1,
    raw,
  });
}

/** `decode`, except that a throw is returned as an `invalid` verdict of code `internal`. */
export function readMessage(raw: Uint8Array | string): DecodeResult {
  try {
    return decode(raw);
  } catch (error) {
    return { kind: 'invalid', error: unreadableMessageError(error, raw) };
  }
}
