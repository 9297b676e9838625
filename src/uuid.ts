// Fresh event ids with Web Crypto only (globalThis.crypto: Node 20+, browsers, edge runtimes), no
// node:crypto. Browsers offer `randomUUID` only in secure contexts (https, localhost);
// `getRandomValues` everywhere, so an insecure page still gets a proper UUID v4.

const hex = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** A random UUID v4 (RFC 9562), lower case, as the Rust services write event ids. */
export function randomUuid(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40; // version 4
  b[8] = (b[8]! & 0x3f) | 0x80; // variant 10
  const h = (i: number): string => hex[b[i]!]!;
  return `${h(0)}${h(1)}${h(2)}${h(3)}-${h(4)}${h(5)}-${h(6)}${h(7)}-${h(8)}${h(9)}-${h(10)}${h(11)}${h(12)}${h(13)}${h(14)}${h(15)}`;
}
