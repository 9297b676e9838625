// Splits a byte stream into lines without decoding it, so that a line that is not UTF-8 reaches
// the decoder as the bytes it was (and is reported as such) instead of being patched up.

/** Each line of `input` as raw bytes, without its `\n` (or `\r\n`), with its 1-based number. */
export async function* byteLines(input: AsyncIterable<Uint8Array | string>): AsyncGenerator<{ line: number; bytes: Uint8Array }> {
  let pending: Uint8Array = new Uint8Array(0);
  let line = 0;
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let data = pending.length === 0 ? bytes : Buffer.concat([pending, bytes]);
    let newline = data.indexOf(0x0a);
    while (newline !== -1) {
      const end = newline > 0 && data[newline - 1] === 0x0d ? newline - 1 : newline;
      yield { line: ++line, bytes: data.subarray(0, end) };
      data = data.subarray(newline + 1);
      newline = data.indexOf(0x0a);
    }
    pending = data;
  }
  if (pending.length > 0) yield { line: ++line, bytes: pending };
}
