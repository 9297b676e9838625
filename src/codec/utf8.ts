// UTF-8 bytes of a string with the Web platform's TextEncoder only (no Buffer: the codec runs in
// browsers and edge runtimes too), as fast as Node's `Buffer.from(text, 'utf8')`. That speed
// comes from the same trick Buffer uses: small strings are written with `encodeInto` into a shared
// pool and returned as views of it; `TextEncoder.encode` allocates a fresh ArrayBuffer per call and
// costs about three times as much for an event-sized string.

const encoder = /* @__PURE__ */ new TextEncoder();

/** Bytes per pool: a few dozen events each. */
const POOL_SIZE = 16 * 1024;
/** Strings longer than this (UTF-16 units) get their own buffer: they would waste most of a pool. */
const MAX_POOLED_LENGTH = POOL_SIZE / 8;

let pool = /* @__PURE__ */ new ArrayBuffer(POOL_SIZE);
let offset = 0;

/**
 * The UTF-8 bytes of `text` (lone surrogates become U+FFFD). Like `Buffer.from`, a short string's
 * bytes may be a view of a larger shared ArrayBuffer: read `.buffer` only with `byteOffset` and
 * `byteLength`.
 */
export function utf8Bytes(text: string): Uint8Array {
  if (text.length > MAX_POOLED_LENGTH) return encoder.encode(text);
  // At most 3 bytes per UTF-16 unit: reserve the worst case, advance by what was written.
  if (text.length * 3 > POOL_SIZE - offset) {
    pool = new ArrayBuffer(POOL_SIZE);
    offset = 0;
  }
  const { written } = encoder.encodeInto(text, new Uint8Array(pool, offset));
  const bytes = new Uint8Array(pool, offset, written);
  offset = (offset + written + 7) & ~7; // 8-byte aligned, as Buffer's pool
  return bytes;
}

/** The UTF-8 bytes of `text` in a buffer of their own (for bytes kept long, such as a stored message). */
export function utf8BytesOwned(text: string): Uint8Array {
  return encoder.encode(text);
}
