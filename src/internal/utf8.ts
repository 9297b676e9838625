// The length of a string in UTF-8, counted without encoding it: the one count behind every byte
// bound the SDK checks (subjects, JetStream names, headers, the dead-letter reason). Pure and
// small, so that every entry that checks a bound bundles it alone. The codec keeps its own
// encoder (src/codec/utf8.ts) and decode its own position counter, which counts decode's markers.

/** The length of `text` in UTF-8, as the NATS client sends it (a lone surrogate as U+FFFD, 3 bytes). */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) continue;
    if (unit < 0x800) bytes += 1;
    else if (unit >= 0xd800 && unit < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2; // a surrogate pair: 4 bytes for 2 units
      i++;
    } else bytes += 2;
  }
  return bytes;
}

/**
 * Where the longest start of `text` of at most `budget` bytes of UTF-8 ends (a UTF-16 offset),
 * cut on a character boundary: never inside a surrogate pair.
 */
export function utf8Prefix(text: string, budget: number): number {
  let bytes = 0;
  let end = 0;
  while (end < text.length) {
    const unit = text.charCodeAt(end);
    const pair = unit >= 0xd800 && unit < 0xdc00 && end + 1 < text.length && (text.charCodeAt(end + 1) & 0xfc00) === 0xdc00;
    const size = unit < 0x80 ? 1 : unit < 0x800 ? 2 : pair ? 4 : 3; // a lone surrogate is sent as U+FFFD, 3 bytes
    if (bytes + size > budget) break;
    bytes += size;
    end += pair ? 2 : 1;
  }
  return end;
}
