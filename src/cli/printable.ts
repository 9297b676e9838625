// What the CLI prints from a message is written by its producer: every non-printing character in
// it is shown as a JSON escape (`\u001b`), by `escapeUnprintable` (src/internal/printable.ts),
// so that nothing in a target or a reason acts on the terminal.
import { escapeUnprintable } from '../internal/printable.js';

// The CLI's modules take it from here, beside the other ways of showing a producer's text.
export { escapeUnprintable };

/** A value printed unquoted has none of these, so it reads as one word that is exactly the value. */
const NEEDS_QUOTES = /[\p{C}\p{Z}\s"\\]/u;

/**
 * JSON text with every non-printing character as a `\uXXXX` escape. They can only occur inside
 * strings (JSON allows only space, tab and newlines between tokens, and no encoder here writes
 * those), where the escape means the same character: the text parses to the same value.
 */
export function printableJson(json: string): string {
  return escapeUnprintable(json);
}

/**
 * A value as one word of a line: a string as is when it is a plain word, otherwise (empty, with
 * spaces, quotes, backslashes or non-printing characters, or not a string) as JSON, with
 * non-printing characters escaped.
 */
export function showValue(value: unknown): string {
  if (typeof value === 'string' && value !== '' && !NEEDS_QUOTES.test(value)) return value;
  if (typeof value === 'bigint') return String(value);
  return printableJson(JSON.stringify(value) ?? String(value));
}

/** How much of a thrown error's description the CLI quotes. */
const MAX_QUOTED = 200;

/** A thrown value as `Name: message` (at most 200 characters), for a line of output; never throws, whatever was thrown. */
export function describeThrown(error: unknown): string {
  let text: string;
  try {
    text = error instanceof Error ? `${String(error.name)}: ${String(error.message)}` : String(error);
  } catch {
    return 'an unprintable error';
  }
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text;
}
