// The bus's one call into the codec, for delivered and forwarded messages: whatever `decode`
// does, the bus gets a verdict. A throw (an SDK bug: `decode` is meant never to throw) becomes an
// `invalid` verdict of code `internal`, with the message kept, so that a consumer can count the
// failure toward `maxDeliver` and move on instead of stalling on it.
import { decode, type DecodeResult } from '../codec/decode.js';
import { internalDecodeError } from '../codec/errors.js';

/** `decode`, except that a throw is returned as an `invalid` verdict of code `internal`. */
export function readMessage(raw: Uint8Array | string): DecodeResult {
  try {
    return decode(raw);
  } catch (error) {
    return { kind: 'invalid', error: internalDecodeError(error, raw) };
  }
}
