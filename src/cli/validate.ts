// `mayastor-events validate [file|-]`: one verdict per JSON line; exit status 1 when any is invalid.
import { createReadStream } from 'node:fs';
import { decode } from 'mayastor-events';
import { byteLines } from './lines.js';
import type { Command } from './command.js';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check event messages, one JSON message per line',
  usage: 'mayastor-events validate [file|-] [--json]',
  help: `Reads JSON lines from a file (or standard input, also as -) and prints one verdict per
non-empty line: the event's subject key, "unknown" (well-formed but not catalogued, with why),
or "invalid" (with the JSON Pointer of the member and the reason), exactly as the Rust services
would read it. Exits 1 when any line is invalid, 0 otherwise.

Options:
  --json    print each verdict as a JSON object: {"line","kind","key"|"reason"|"path"}
  --help    show this help`,
  options: { json: { type: 'boolean' } },
  async run({ positionals, values, stdin, stdout }) {
    if (positionals.length > 1) return { usageError: 'validate takes at most one file' };
    const file = positionals[0];
    const input = file === undefined || file === '-' ? stdin : createReadStream(file);
    let invalid = 0;
    let total = 0;
    for await (const { line, bytes } of byteLines(input)) {
      if (bytes.every((byte) => byte === 0x20 || byte === 0x09 || byte === 0x0d)) continue;
      total++;
      const result = decode(bytes);
      if (result.kind === 'invalid') invalid++;
      if (values.json) {
        const verdict =
          result.kind === 'event'
            ? { line, kind: result.kind, key: result.key }
            : result.kind === 'unknown'
              ? { line, kind: result.kind, reason: result.reason }
              : { line, kind: result.kind, code: result.error.code, path: result.error.path, reason: result.error.reason };
        stdout.write(`${JSON.stringify(verdict)}\n`);
      } else if (result.kind === 'event') {
        stdout.write(`line ${line}: ${result.key}\n`);
      } else if (result.kind === 'unknown') {
        stdout.write(`line ${line}: unknown: ${result.reason}\n`);
      } else {
        const where = result.error.path ? ` at ${result.error.path}` : '';
        stdout.write(`line ${line}: invalid${where}: ${result.error.reason}\n`);
      }
    }
    if (!values.json) stdout.write(`${total} message(s), ${invalid} invalid\n`);
    return { exitCode: invalid > 0 ? 1 : 0 };
  },
};
