// `explore --file`: event messages from JSON lines, as `tail --json` writes them. A line may carry
// text before its first `{` (a log shipper's time and stream name): it is skipped.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { decode } from 'mayastor-events';
import { invalidRecord, recordOf, type RecordInput } from './record.js';

/** The record of one line (its 1-based number given): from its first `{`; null for a blank line. */
export function lineRecord(text: string, line: number): RecordInput | null {
  const trimmed = text.replace(/\r$/u, '');
  if (trimmed.trim() === '') return null;
  const where = `line ${line}`;
  const brace = trimmed.indexOf('{');
  if (brace < 0) return invalidRecord('no JSON object on this line (no `{`)', '', trimmed, where);
  const json = trimmed.slice(brace);
  return recordOf(decode(json), json, where);
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

/** Reads a JSON lines file line by line (memory stays bounded by the caller's ring); resolves to the number of lines. */
export async function readFileRecords(path: string, onRecord: (record: RecordInput) => void): Promise<number> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line++;
    const record = lineRecord(text, line);
    if (record !== null) onRecord(record);
  }
  return line;
}
