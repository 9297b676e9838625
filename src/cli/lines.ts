// Splits a byte stream into lines without decoding it, so that a line that is not UTF-8 reaches
// the decoder as the bytes it was (and is reported as such) instead of being patched up.
//
// Linear time: each byte is searched for `\n` once (in the chunk it arrived in) and copied at
// most once (when a line spans chunks, its pieces are joined when its end is found). Bounded
// memory: a line is held only up to `maxLineBytes`; past that its bytes are counted, not kept.

/**
 * The longest line {@link byteLines} holds by default: 64 MiB, NATS's hard ceiling on
 * `max_payload` (1 MiB by default), so no message a NATS server can carry is refused.
 */
export const DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;

/** One line of input: its bytes, or only its length when it is longer than the limit. */
export type ByteLine =
  | { readonly kind: 'line'; readonly line: number; readonly bytes: Uint8Array }
  | { readonly kind: 'too-long'; readonly line: number; readonly length: number };

/** Options of {@link byteLines}. */
export interface ByteLinesOptions {
  /**
   * The most bytes a line may have (before its `\n`) to be returned whole; a longer line is
   * returned as `too-long` with its length, and never held in memory.
   * @default DEFAULT_MAX_LINE_BYTES (64 MiB)
   */
  readonly maxLineBytes?: number;
}

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

function asBuffer(chunk: Uint8Array | string): Buffer {
  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
  // A view, not a copy: Buffer's indexOf is a memchr.
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/**
 * Each line of `input` as raw bytes, without its `\n` (or `\r\n`), with its 1-based number;
 * a line longer than `maxLineBytes` comes as `too-long`. A last line without `\n` counts.
 */
export async function* byteLines(input: AsyncIterable<Uint8Array | string>, options: ByteLinesOptions = {}): AsyncGenerator<ByteLine> {
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  // The current line's pieces so far (views into the chunks they came in) and its length;
  // `tooLong` once the length has passed the limit, from then on the pieces are dropped.
  let pieces: Buffer[] = [];
  let length = 0;
  let tooLong = false;
  let line = 0;

  const add = (piece: Buffer): void => {
    length += piece.length;
    if (tooLong) return;
    if (length > maxLineBytes) {
      tooLong = true;
      pieces = [];
      return;
    }
    if (piece.length > 0) pieces.push(piece);
  };

  const take = (): ByteLine => {
    line++;
    let result: ByteLine;
    if (tooLong) {
      result = { kind: 'too-long', line, length };
    } else {
      let bytes = pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces, length);
      // `\r\n`: the `\r` may have come at the end of the previous chunk, so it is looked for here.
      if (bytes.length > 0 && bytes[bytes.length - 1] === CARRIAGE_RETURN) bytes = bytes.subarray(0, bytes.length - 1);
      result = { kind: 'line', line, bytes };
    }
    pieces = [];
    length = 0;
    tooLong = false;
    return result;
  };

  for await (const chunk of input) {
    const bytes = asBuffer(chunk);
    let start = 0;
    let newline = bytes.indexOf(NEWLINE, start);
    while (newline !== -1) {
      add(bytes.subarray(start, newline));
      yield take();
      start = newline + 1;
      newline = bytes.indexOf(NEWLINE, start);
    }
    if (start < bytes.length) add(bytes.subarray(start));
  }
  if (length > 0) yield take();
}
