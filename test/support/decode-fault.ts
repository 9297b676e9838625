// An injected failure of the decode step, for the bus tests: a test file mocks the codec's
// decode module with `withDecodeFault`, and then a message whose text holds one of the markers
// below makes `decode` misbehave (the library code has no switch for it).
//
//   vi.mock('../../src/codec/decode.js', async (importOriginal) =>
//     (await import('../support/decode-fault.js')).withDecodeFault(await importOriginal()));
import type { DecodeResult } from '../../src/codec/decode.js';
import type { EventKey } from '../../src/generated/registry.js';

/** A message whose text holds this makes the mocked `decode` throw a RangeError, as a stack overflow would. */
export const DECODE_THROWS = 'injected-decode-throw';
/** A message whose text holds this is decoded as an event of a key no router knows: routing it throws. */
export const ROUTE_THROWS = 'injected-route-throw';
/** The message of the injected RangeError. */
export const INJECTED_RANGE_ERROR = 'Maximum call stack size exceeded (injected)';

function holds(input: Uint8Array | string, marker: string): boolean {
  if (typeof input === 'string') return input.includes(marker);
  if (!(input instanceof Uint8Array)) return false;
  return Buffer.from(input.buffer, input.byteOffset, input.byteLength).includes(marker);
}

/** The decode module with the injected failures. */
export function withDecodeFault<M extends { decode: (input: Uint8Array | string) => DecodeResult }>(actual: M): M {
  const decode = (input: Uint8Array | string): DecodeResult => {
    if (holds(input, DECODE_THROWS)) throw new RangeError(INJECTED_RANGE_ERROR);
    const result = actual.decode(input);
    if (result.kind === 'event' && holds(input, ROUTE_THROWS)) return { ...result, key: 'injected.unrouted' as EventKey } as DecodeResult;
    return result;
  };
  return { ...actual, decode };
}
