// `explore --file`: event messages from JSON lines, as `tail --json` writes them. A line may carry
// text before its first `{` (a log shipper's time and stream name): it is skipped. Lines are read
// as bytes (lines.ts), as `validate` reads them: a line that is not UTF-8 reaches the decoder as it
// is (and is an invalid message, as the Rust services find it), and a line longer than any NATS
// message is counted, never held.
import { createReadStream } from 'node:fs';
import { decode } from 'mayastor-events';
import { byteLines, DEFAULT_MAX_LINE_BYTES } from '../lines.js';
import { invalidRecord, rawText, recordOf, type RecordInput } from './record.js';

const OPEN_BRACE = 0x7b;

/**
 * The record of one line (its 1-based number given, without its `\n`; a `\r` before it is
 * dropped): from its first `{`; null for a blank line.
 */
export function lineRecord(line: string | Uint8Array, number: number): RecordInput | null {
  const where = `line ${number}`;
  const text = typeof line === 'string' ? line.replace(/\r$/u, '') : line;
  // A `{` byte is never part of a longer UTF-8 sequence: the bytes from it are the JSON, whatever came before.
  const brace = typeof text === 'string' ? text.indexOf('{') : text.indexOf(OPEN_BRACE);
  if (brace >= 0) {
    const json = typeof text === 'string' ? text.slice(brace) : text.subarray(brace);
    return recordOf(decode(json), json, where);
  }
  const shown = rawText(text);
  return shown.trim() === '' ? null : invalidRecord('no JSON object on this line (no `{`)', '', shown, where);
}

/** The records of a JSON lines text: an event, unknown event or invalid message per non-empty line. */
export function fileRecords(text: string): RecordInput[] {
  const records: RecordInput[] = [];
  text.split('\n').forEach((line, i) => {
    const record = lineRecord(line, i + 1);
    if (record !== null) records.push(record);
  });
  return records;
}

/**
 * Reads a JSON lines file line by line, as bytes (memory stays bounded by the caller's ring and
 * one line of at most `DEFAULT_MAX_LINE_BYTES`); resolves to the number of lines read, all of them
 * unless `signal` stopped the reading first. The signal ends the file's stream itself: a file
 * that never ends a line (`/dev/zero`) is stopped too.
 */
export async function readFileRecords(path: string, onRecord: (record: RecordInput) => void, signal?: AbortSignal): Promise<number> {
  let lines = 0;
  try {
    for await (const input of byteLines(createReadStream(path, signal === undefined ? {} : { signal }))) {
      lines = input.line;
      const record =
        input.kind === 'too-long'
          ? invalidRecord(`not read: the line has ${input.length} bytes, more than any NATS message (${DEFAULT_MAX_LINE_BYTES}, the most max_payload can be)`, '', '', `line ${input.line}`)
          : lineRecord(input.bytes, input.line);
      if (record !== null) onRecord(record);
    }
  } catch (error) {
    // The stream ends with an AbortError when the signal stopped it: the lines so far are read.
    if (signal?.aborted !== true) throw error;
  }
  return lines;
}
