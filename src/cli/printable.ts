// What the CLI prints from a message is written by its producer: an ESC sequence, a BEL, a bidi
// override or a line separator in a target or a reason would reach the terminal and act there
// (clear the screen, set the title, reorder or hide text, break one line per event). Every such
// character is shown as a JSON escape (`\u001b`) instead.

/**
 * The characters never printed raw: what Python's `str.isprintable` rejects, i.e. the Unicode
 * categories Other (C0/C1 controls and DEL, format characters such as the bidi controls
 * U+202A–U+202E, U+2066–U+2069, U+200E/F and U+061C, lone surrogates, private use, unassigned)
 * and Separator (U+2028, U+2029 and every space but U+0020).
 */
const UNPRINTABLE = /(?! )[\p{C}\p{Z}]/gu;
const UNPRINTABLE_TEST = /(?! )[\p{C}\p{Z}]/u;

/** A value printed unquoted has none of these, so it reads as one word that is exactly the value. */
const NEEDS_QUOTES = /[\p{C}\p{Z}\s"\\]/u;

/** `\uXXXX` for each UTF-16 unit of `character`, as JSON writes it. */
function escapeCharacter(character: string): string {
  let escaped = '';
  for (let i = 0; i < character.length; i++) escaped += `\\u${character.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return escaped;
}

/** `text` with every non-printing character (but the space) as a `\uXXXX` escape: safe on a terminal, one line. */
export function escapeUnprintable(text: string): string {
  return UNPRINTABLE_TEST.test(text) ? text.replace(UNPRINTABLE, escapeCharacter) : text;
}

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
