// validate, publish, schema and tail given input their README promises must survive: line ends,
// limits, numbers past 2^53, member names that are not members, times nats-server cannot read.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { byteLines, type ByteLine } from '../../src/cli/lines.js';
import { validateLines } from '../../src/cli/validate.js';
import { sampleMessage } from '../support/samples.js';

const valid = JSON.stringify(sampleMessage('volume.create'));

async function lines(text: string, maxLineBytes: number): Promise<ByteLine[]> {
  const out: ByteLine[] = [];
  // One byte a chunk: a `\r` and its `\n` never arrive together.
  for await (const line of byteLines(oneByteChunks(Buffer.from(text)), { maxLineBytes })) out.push(line);
  return out;
}

async function* oneByteChunks(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at++) yield bytes.subarray(at, at + 1);
}

async function validateText(text: string, maxLineBytes: number): Promise<string[]> {
  let printed = '';
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      printed += chunk.toString();
      done();
    },
  });
  await validateLines(oneByteChunks(Buffer.from(text)), { output, maxLineBytes });
  return printed.trim().split('\n');
}

describe('validate - line ends', () => {
  it('a CRLF line of exactly --max-line-bytes is checked, as the same line ended by LF is; its \\r is not counted in a longer one', async () => {
    const limit = Buffer.byteLength(valid);
    const lf = await validateText(`${valid}\n${valid}x\n`, limit);
    const crlf = await validateText(`${valid}\r\n${valid}x\r\n`, limit);
    expect(crlf).toEqual(lf);
    expect(crlf).toEqual([
      'line 1: volume.create',
      `line 2: not checked: the line has ${limit + 1} bytes, more than the limit of ${limit} (--max-line-bytes)`,
      '2 message(s), 0 invalid, 1 not checked',
    ]);
  });

  it('byteLines - a \\r\\n line is held to the limit as its \\n twin; a lone \\r at the limit is not an end', async () => {
    expect(await lines('abc\r\nabcd\r\n', 3)).toEqual([
      { kind: 'line', line: 1, bytes: Buffer.from('abc') },
      { kind: 'too-long', line: 2, length: 4 },
    ]);
    expect(await lines('abc\rd\nab\r', 3)).toEqual([
      { kind: 'too-long', line: 1, length: 5 },
      { kind: 'line', line: 2, bytes: Buffer.from('ab') },
    ]);
  });
});
