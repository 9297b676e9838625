// Splits a byte stream into lines without decoding it, so that a line that is not UTF-8 reaches
// the decoder as the bytes it was (and is reported as such) instead of being patched up.
//
// Linear time: each byte is searched for `\n` once (in the chunk it arrived in) and copied at
// most once (when a line spans chunks, its pieces are joined when its end is found). Bounded
// memory: a line is held only up to `maxLineBytes` (and one byte, a `\r` perhaps); past that its
// bytes are counted, not kept.

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
   * The most bytes a line may have (before its `\n`, or its `\r\n`) to be returned whole; a
   * longer line is returned as `too-long` with its length, and never held in memory (beyond
   * this many bytes and one).
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
  // The current line's pieces so far (views into the chunks they came in), its length and its
  // last byte; `tooLong` once the length has passed the limit, from then on the pieces are dropped.
  let pieces: Buffer[] = [];
  let length = 0;
  let last = -1;
  let tooLong = false;
  let line = 0;

  const add = (piece: Buffer): void => {
    if (piece.length === 0) return;
    length += piece.length;
    last = piece[piece.length - 1]!;
    if (tooLong) return;
    // One byte more than the limit is held: it may be the `\r` of a `\r\n`, which the limit does not count.
    if (length > maxLineBytes + 1) {
      tooLong = true;
      pieces = [];
      return;
    }
    pieces.push(piece);
  };

  const take = (): ByteLine => {
    line++;
    // `\r\n`: the `\r` may have come at the end of the previous chunk, so it is looked for here.
    const size = last === CARRIAGE_RETURN ? length - 1 : length;
    let result: ByteLine;
    if (tooLong || size > maxLineBytes) {
      result = { kind: 'too-long', line, length: size };
    } else {
      const bytes = pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces, length);
      result = { kind: 'line', line, bytes: size === length ? bytes : bytes.subarray(0, size) };
    }
    pieces = [];
    length = 0;
    last = -1;
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
