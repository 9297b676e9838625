// Text written by a producer (a subject, a target, a reason quoting it) reaches a terminal through
// the CLI's output and the stats service's log: an ESC sequence, a BEL, a bidi override or a line
// separator in it would act there (clear the screen, set the title, reorder or hide text, forge
// or break lines). Every such character is written as its JSON escape (`\u001b`) instead.

/**
 * The characters never written raw: what Python's `str.isprintable` rejects, i.e. the Unicode
 * categories Other (C0/C1 controls and DEL, format characters such as the bidi controls
 * U+202A–U+202E, U+2066–U+2069, U+200E/F and U+061C, lone surrogates, private use, unassigned)
 * and Separator (U+2028, U+2029 and every space but U+0020).
 */
const UNPRINTABLE = /(?! )[\p{C}\p{Z}]/gu;
const UNPRINTABLE_TEST = /(?! )[\p{C}\p{Z}]/u;

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
