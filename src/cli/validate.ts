// `mayastor-events validate [file|-]`: one verdict per JSON line, whatever the line holds;
// exit status 1 when any is invalid or could not be checked.
import { constants } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { addAbortSignal, type Writable } from 'node:stream';
import { decode, type DecodeResult, type UnknownEventCode } from 'mayastor-events';
import { byteLines, DEFAULT_MAX_LINE_BYTES, type ByteLine } from './lines.js';
import type { Command } from './command.js';
import { integerFlag } from './flags.js';
import { Output } from './output.js';
import { describeThrown, escapeUnprintable, printableJson } from './printable.js';

/** The verdict `validate` prints for one non-blank line. */
export type LineVerdict =
  | { readonly line: number; readonly kind: 'event'; readonly key: string }
  /** `code` tells a pair this SDK does not know (`uncatalogued-pair`) from a known pair not in its catalogued form (`uncatalogued-form`). */
  | { readonly line: number; readonly kind: 'unknown'; readonly code: UnknownEventCode; readonly reason: string }
  | { readonly line: number; readonly kind: 'invalid'; readonly code: string; readonly path: string; readonly reason: string }
  /** Neither accepted nor rejected: the line is over the length limit, or the decoder failed on it. */
  | { readonly line: number; readonly kind: 'unchecked'; readonly reason: string };

/**
 * The longest line `--max-line-bytes` may let through: the decoder reads a line as a string, and
 * Node.js holds none longer (a UTF-8 line of this many bytes has at most this many UTF-16 units).
 */
const MAX_CHECKED_LINE_BYTES = constants.MAX_STRING_LENGTH;

function isBlank(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) return false;
  return true;
}

/**
 * The verdict on one line (undefined for a blank one). Never throws: a decoder that fails on the
 * line (throws, or returns an `internal` error) gives `unchecked` with what went wrong, and the
 * next line is checked as usual.
 */
export function lineVerdict(input: ByteLine, maxLineBytes: number, check: (bytes: Uint8Array) => DecodeResult = decode): LineVerdict | undefined {
  const { line } = input;
  if (input.kind === 'too-long') {
    return { line, kind: 'unchecked', reason: `not checked: the line has ${input.length} bytes, more than the limit of ${maxLineBytes} (--max-line-bytes)` };
  }
  if (isBlank(input.bytes)) return undefined;
  let result: DecodeResult;
  try {
    result = check(input.bytes);
  } catch (error) {
    return { line, kind: 'unchecked', reason: `not checked: the decoder failed (${describeThrown(error)})` };
  }
  if (result.kind === 'event') return { line, kind: 'event', key: result.key };
  if (result.kind === 'unknown') return { line, kind: 'unknown', code: result.code, reason: result.reason };
  // `internal`: the decoder failed on the line (it caught its own throw), so there is no verdict.
  if (result.error.code === 'internal') return { line, kind: 'unchecked', reason: `not checked: ${result.error.reason}` };
  return { line, kind: 'invalid', code: result.error.code, path: result.error.path, reason: result.error.reason };
}

// Reasons and paths quote the line's content: what a terminal would act on is escaped.
function verdictText(verdict: LineVerdict): string {
  switch (verdict.kind) {
    case 'event':
      return `line ${verdict.line}: ${verdict.key}`;
    case 'unknown':
      // A known pair out of form is not "unknown": its reason says what it is not.
      if (verdict.code === 'uncatalogued-form') return `line ${verdict.line}: ${escapeUnprintable(verdict.reason)}`;
      return `line ${verdict.line}: unknown: ${escapeUnprintable(verdict.reason)}`;
    case 'invalid':
      return `line ${verdict.line}: invalid${verdict.path ? ` at ${escapeUnprintable(verdict.path)}` : ''}: ${escapeUnprintable(verdict.reason)}`;
    case 'unchecked':
      return `line ${verdict.line}: ${escapeUnprintable(verdict.reason)}`;
  }
}

/** Options of {@link validateLines}. */
export interface ValidateLinesOptions {
  /** Where the verdicts go; reading stops once it is gone (closed by its reader). */
  readonly output: Writable;
  /** Print each verdict as a JSON object. @default false */
  readonly json?: boolean;
  /** @default DEFAULT_MAX_LINE_BYTES */
  readonly maxLineBytes?: number;
  /** The check each line is given to. @default decode */
  readonly check?: (bytes: Uint8Array) => DecodeResult;
}

/** How many non-blank lines were read, and how many were invalid or not checked. */
export interface ValidateSummary {
  readonly total: number;
  readonly invalid: number;
  readonly unchecked: number;
}

/**
 * Prints one verdict per non-blank line of `input`; the summary line too, unless `json`. Stops
 * reading when the output is gone (the summary then counts the lines read so far).
 */
export async function validateLines(input: AsyncIterable<Uint8Array | string>, options: ValidateLinesOptions): Promise<ValidateSummary> {
  const output = Output.of(options.output);
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  let total = 0;
  let invalid = 0;
  let unchecked = 0;
  try {
    for await (const line of byteLines(input, { maxLineBytes })) {
      const verdict = lineVerdict(line, maxLineBytes, options.check);
      if (verdict === undefined) continue;
      total++;
      if (verdict.kind === 'invalid') invalid++;
      if (verdict.kind === 'unchecked') unchecked++;
      // Waits while the output is full, so that a slow reader slows the reading of the input.
      await output.write(`${options.json ? printableJson(JSON.stringify(verdict)) : verdictText(verdict)}\n`);
      // Leaving the loop ends byteLines, which ends (destroys) the input stream.
      if (output.signal.aborted) break;
    }
  } catch (error) {
    // The input is aborted when the output goes while a read is pending (see the command).
    if (!output.signal.aborted) throw error;
  }
  if (!options.json) output.write(`${total} message(s), ${invalid} invalid${unchecked > 0 ? `, ${unchecked} not checked` : ''}\n`);
  return { total, invalid, unchecked };
}

/** `mayastor-events validate`: one verdict per line of a file or standard input. */
export const validateCommand: Command = {
  name: 'validate',
  summary: 'check event messages, one JSON message per line',
  usage: 'mayastor-events validate [file|-] [--json] [--max-line-bytes N]',
  help: `Reads JSON lines from a file (or standard input, also as -) and prints one verdict per
non-empty line, exactly as the Rust services would read it:
  line N: <subject key>                       a catalogued event
  line N: unknown: <why>                      well-formed, but a category/action pair this SDK
                                              does not know (from a newer Mayastor, likely)
  line N: not in the catalogued form of <key>: <why>
                                              well-formed, a known pair, but not as the catalog
                                              describes it (e.g. metadata null): the Rust
                                              services accept it
  line N: invalid at <member>: <reason>       rejected by the Rust services too; a line that is
                                              not JSON says so, with the column
A line longer than --max-line-bytes is not held in memory: its verdict is "not checked" with its
length, as is a line the decoder failed on; the next line is checked as usual.
Exit status: 0 when every line is an event (catalogued or not), 1 when any line is invalid or
not checked, 2 on a usage error or when the input cannot be read.

Options:
  --json               print each verdict as a JSON object, one per line:
                       {"line","kind":"event","key"}, {"line","kind":"unknown","code","reason"},
                       {"line","kind":"invalid","code","path","reason"} or
                       {"line","kind":"unchecked","reason"}
  --max-line-bytes N   the longest line checked, in bytes before its newline (default
                       ${DEFAULT_MAX_LINE_BYTES}, 64 MiB: NATS's ceiling on a message's size; at
                       most ${MAX_CHECKED_LINE_BYTES}, the longest string Node.js holds)
  --help               show this help`,
  options: { json: { type: 'boolean' }, 'max-line-bytes': { type: 'string' } },
  async run({ positionals, values, stdin, stdout }) {
    if (positionals.length > 1) return { usageError: 'validate takes at most one file' };
    const maxLineBytes = integerFlag(values['max-line-bytes'], { flag: '--max-line-bytes', expected: 'a positive number of bytes', fallback: DEFAULT_MAX_LINE_BYTES });
    if (typeof maxLineBytes === 'string') return { usageError: maxLineBytes };
    if (maxLineBytes > MAX_CHECKED_LINE_BYTES) {
      return { usageError: `--max-line-bytes: at most ${MAX_CHECKED_LINE_BYTES} (the longest string Node.js holds: a longer line cannot be decoded), got ${maxLineBytes}` };
    }
    const file = positionals[0];
    // Aborted (destroyed) when the output goes, even while waiting for input that may never come.
    const input = addAbortSignal(Output.of(stdout).signal, file === undefined || file === '-' ? stdin : createReadStream(file));
    const summary = await validateLines(input, { output: stdout, json: values['json'] === true, maxLineBytes });
    return { exitCode: summary.invalid + summary.unchecked > 0 ? 1 : 0 };
  },
};
