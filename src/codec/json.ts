// An exact JSON parser for the careful decode path: it accepts and rejects what serde_json's
// `from_str::<Value>` does (same error messages and line/column), and keeps what `JSON.parse`
// throws away: raw number tokens, duplicate keys and document offsets.
//
// Mirrors serde_json 1.0 `de.rs` / `read.rs` (default features, current `decode_hex_escape`
// and `parse_unicode_escape`).
//
// Left to the caller, because serde_json decides them by target type rather than syntax:
// - number ranges, including floats that overflow f64 (`1e400`, `1` followed by 400 digits),
//   which `Value` rejects as "number out of range" but an ignored member accepts; and `-0`,
//   which serde_json reads as a float (so an integer member rejects it);
// - where a serde struct *ignores* an unknown member (`IgnoredAny`), serde_json is looser than
//   this parser, which follows the `Value` path: no depth limit, lone surrogate escapes
//   accepted, trailing commas reported as "expected value" / "key must be a string", and with
//   `from_slice` invalid UTF-8 inside strings accepted.
// A byte order mark is not skipped, as in serde_json ("expected value" at column 1): decode
// bytes with `new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })` to keep it.

/** One parsed JSON value; `at` is the UTF-16 offset in the text where the value starts. */
export type JsonNode =
  | { readonly t: 'null'; readonly at: number }
  | { readonly t: 'bool'; readonly v: boolean; readonly at: number }
  /** `raw`: the exact token; `int`: no fraction and no exponent (serde_json still reads `-0` as a float). */
  | { readonly t: 'num'; readonly raw: string; readonly int: boolean; readonly at: number }
  | { readonly t: 'str'; readonly v: string; readonly at: number }
  | { readonly t: 'arr'; readonly items: readonly JsonNode[]; readonly at: number }
  /** Members in document order, duplicate keys kept: `keys[i]` goes with `values[i]`. */
  | { readonly t: 'obj'; readonly keys: readonly string[]; readonly values: readonly JsonNode[]; readonly at: number };

/** Why and where a text is not JSON, as serde_json reports it (`${message} at line ${line} column ${column}`). */
export interface JsonSyntaxError {
  /** serde_json's message, e.g. `expected value` or `trailing comma`. */
  readonly message: string;
  /** UTF-16 offset of the character line/column point at (`text.length` at end of input). */
  readonly offset: number;
  /** 1-based line: 1 + the newlines before the error point. */
  readonly line: number;
  /** serde_json's column: UTF-8 bytes from the line start up to and including the error point (0 = none). */
  readonly column: number;
}

/** The outcome of `parseJsonExact`: the tree, or the first syntax error. */
export type JsonParseResult =
  | { readonly ok: true; readonly value: JsonNode }
  | { readonly ok: false; readonly error: JsonSyntaxError };

// serde_json's `remaining_depth` starts at 128 and each `[`/`{` decrements it before the check
// `== 0`, so the 128th nested container is "recursion limit exceeded".
/** Deepest container nesting serde_json accepts (its recursion limit of 128, minus one). */
export const JSON_MAX_DEPTH = 127;

// serde_json's ErrorCode messages, verbatim.
const EOF_LIST = 'EOF while parsing a list';
const EOF_OBJECT = 'EOF while parsing an object';
const EOF_STRING = 'EOF while parsing a string';
const EOF_VALUE = 'EOF while parsing a value';
const EXPECTED_COLON = 'expected `:`';
const EXPECTED_LIST_COMMA_OR_END = 'expected `,` or `]`';
const EXPECTED_OBJECT_COMMA_OR_END = 'expected `,` or `}`';
const EXPECTED_IDENT = 'expected ident';
const EXPECTED_VALUE = 'expected value';
const INVALID_ESCAPE = 'invalid escape';
const INVALID_NUMBER = 'invalid number';
const INVALID_CODE_POINT = 'invalid unicode code point';
const CONTROL_CHARACTER = 'control character (\\u0000-\\u001F) found while parsing a string';
const KEY_MUST_BE_A_STRING = 'key must be a string';
// serde_json also reports a lone *trailing* surrogate escape with this message (its source
// says "XXX: This is actually a trailing surrogate"); we keep the text byte-for-byte.
const LONE_SURROGATE = 'lone leading surrogate in hex escape';
const TRAILING_COMMA = 'trailing comma';
const TRAILING_CHARACTERS = 'trailing characters';
const UNEXPECTED_END_OF_HEX_ESCAPE = 'unexpected end of hex escape';
const RECURSION_LIMIT = 'recursion limit exceeded';

// Character codes the grammar looks at.
const TAB = 0x09;
const NEWLINE = 0x0a;
const RETURN = 0x0d;
const SPACE = 0x20;
const QUOTE = 0x22;
const PLUS = 0x2b;
const COMMA = 0x2c;
const MINUS = 0x2d;
const DOT = 0x2e;
const SLASH = 0x2f;
const ZERO = 0x30;
const NINE = 0x39;
const COLON = 0x3a;
const UPPER_E = 0x45;
const OPEN_BRACKET = 0x5b;
const BACKSLASH = 0x5c;
const CLOSE_BRACKET = 0x5d;
const LOWER_B = 0x62;
const LOWER_E = 0x65;
const LOWER_F = 0x66;
const LOWER_N = 0x6e;
const LOWER_R = 0x72;
const LOWER_T = 0x74;
const LOWER_U = 0x75;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/** Value of one hex digit (either case), or -1. */
function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const lower = c | 0x20;
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
  return -1;
}

/** UTF-8 length of the character whose first UTF-16 unit is at `i` (a lone surrogate counts as its 3 WTF-8 bytes). */
function utf8Width(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 4;
  }
  return 3;
}

/** UTF-16 length of the character at `i`: 2 for a surrogate pair, else 1. */
function utf16Width(text: string, i: number): number {
  return utf8Width(text, i) === 4 ? 2 : 1;
}

class Parser {
  private pos = 0;
  private depth = 0;
  /** The first error met; once set, every parse step returns undefined. */
  error: JsonSyntaxError | undefined;

  constructor(private readonly text: string) {}

  parseDocument(): JsonNode | undefined {
    const value = this.parseValue();
    if (value === undefined) return undefined;
    this.skipWhitespace();
    if (this.pos < this.text.length) return this.fail(TRAILING_CHARACTERS, this.pos, 1);
    return value;
  }

  /**
   * Records an error at serde_json's read index, given as the UTF-16 index `at` of a character
   * plus `bytes` UTF-8 bytes into it: serde's "peek" errors use (char, 1), its errors after
   * consuming a byte use (that char, 1), and end of input is (text.length, 0).
   */
  private fail(message: string, at: number, bytes: number): undefined {
    const { text } = this;
    const lineStart = at === 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < lineStart; i = text.indexOf('\n', i + 1)) line++;
    let column: number;
    if (bytes > 0 && text.charCodeAt(at) === NEWLINE) {
      // serde's index is just past this newline: a new line with nothing on it yet.
      line++;
      column = 0;
    } else {
      column = bytes;
      for (let i = lineStart; i < at; i += utf16Width(text, i)) column += utf8Width(text, i);
    }
    this.error = { message, offset: at, line, column };
    return undefined;
  }

  private skipWhitespace(): void {
    const { text } = this;
    let pos = this.pos;
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c === SPACE || c === NEWLINE || c === TAB || c === RETURN) pos++;
      else break;
    }
    this.pos = pos;
  }

  // Recursion is bounded: containers deeper than JSON_MAX_DEPTH fail before recursing.
  private parseValue(): JsonNode | undefined {
    this.skipWhitespace();
    const { text } = this;
    const at = this.pos;
    if (at >= text.length) return this.fail(EOF_VALUE, at, 0);
    const c = text.charCodeAt(at);
    switch (c) {
      case LOWER_N:
        return this.parseIdent('null') ? { t: 'null', at } : undefined;
      case LOWER_T:
        return this.parseIdent('true') ? { t: 'bool', v: true, at } : undefined;
      case LOWER_F:
        return this.parseIdent('false') ? { t: 'bool', v: false, at } : undefined;
      case QUOTE: {
        const v = this.parseString();
        return v === undefined ? undefined : { t: 'str', v, at };
      }
      case OPEN_BRACKET:
        return this.enter(at) ? this.parseArray(at) : undefined;
      case OPEN_BRACE:
        return this.enter(at) ? this.parseObject(at) : undefined;
      default:
        if (c === MINUS || (c >= ZERO && c <= NINE)) return this.parseNumber(at);
        return this.fail(EXPECTED_VALUE, at, 1);
    }
  }

  private enter(at: number): boolean {
    if (this.depth >= JSON_MAX_DEPTH) {
      this.fail(RECURSION_LIMIT, at, 1);
      return false;
    }
    this.depth++;
    return true;
  }

  /** serde_json's `parse_ident`: consumes byte by byte, EOF is "EOF while parsing a value". */
  private parseIdent(ident: string): boolean {
    const { text } = this;
    const start = this.pos;
    for (let i = 1; i < ident.length; i++) {
      const at = start + i;
      if (at >= text.length) {
        this.fail(EOF_VALUE, text.length, 0);
        return false;
      }
      if (text.charCodeAt(at) !== ident.charCodeAt(i)) {
        this.fail(EXPECTED_IDENT, at, 1);
        return false;
      }
    }
    this.pos = start + ident.length;
    return true;
  }

  /** Grammar of serde_json's `parse_integer` / `parse_decimal` / `parse_exponent`, keeping the token. */
  private parseNumber(at: number): JsonNode | undefined {
    const { text } = this;
    const len = text.length;
    let pos = at;
    if (text.charCodeAt(pos) === MINUS) {
      pos++;
      if (pos >= len) return this.fail(EOF_VALUE, len, 0);
    }
    let c = text.charCodeAt(pos);
    if (c === ZERO) {
      pos++;
      c = text.charCodeAt(pos);
      if (c >= ZERO && c <= NINE) return this.fail(INVALID_NUMBER, pos, 1);
    } else if (c >= ZERO + 1 && c <= NINE) {
      do c = text.charCodeAt(++pos);
      while (c >= ZERO && c <= NINE);
    } else {
      return this.fail(INVALID_NUMBER, pos, 1);
    }
    let int = true;
    if (c === DOT) {
      int = false;
      const digits = ++pos;
      c = text.charCodeAt(pos);
      while (c >= ZERO && c <= NINE) c = text.charCodeAt(++pos);
      if (pos === digits) return pos >= len ? this.fail(EOF_VALUE, len, 0) : this.fail(INVALID_NUMBER, pos, 1);
    }
    if (c === LOWER_E || c === UPPER_E) {
      int = false;
      c = text.charCodeAt(++pos);
      if (c === PLUS || c === MINUS) c = text.charCodeAt(++pos);
      if (pos >= len) return this.fail(EOF_VALUE, len, 0);
      if (!(c >= ZERO && c <= NINE)) return this.fail(INVALID_NUMBER, pos, 1);
      do c = text.charCodeAt(++pos);
      while (c >= ZERO && c <= NINE);
    }
    this.pos = pos;
    return { t: 'num', raw: text.slice(at, pos), int, at };
  }

  /** serde_json's `parse_str` with validation; `pos` is at the opening quote. */
  private parseString(): string | undefined {
    const { text } = this;
    const len = text.length;
    let pos = this.pos + 1;
    let start = pos;
    let out = '';
    // A raw lone surrogate is invalid UTF-8; serde_json finds that only once the string is
    // closed (it validates the whole string then), so other errors in the string come first.
    let invalidUtf8 = false;
    for (;;) {
      if (pos >= len) return this.fail(EOF_STRING, len, 0);
      const c = text.charCodeAt(pos);
      if (c === QUOTE) {
        if (invalidUtf8) return this.fail(INVALID_CODE_POINT, pos, 1);
        this.pos = pos + 1;
        return out + text.slice(start, pos);
      }
      if (c === BACKSLASH) {
        out += text.slice(start, pos);
        pos = this.parseEscape(pos + 1);
        if (pos < 0) return undefined;
        out += this.escaped;
        start = pos;
      } else if (c < 0x20) {
        return this.fail(CONTROL_CHARACTER, pos, 1);
      } else if (c >= 0xd800 && c <= 0xdfff) {
        const d = text.charCodeAt(pos + 1);
        if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) pos += 2;
        else {
          invalidUtf8 = true;
          pos++;
        }
      } else {
        pos++;
      }
    }
  }

  /** The text the last `parseEscape` decoded. */
  private escaped = '';

  /** Decodes the escape whose letter is at `pos` into `escaped`; returns the index after it, or -1. */
  private parseEscape(pos: number): number {
    const { text } = this;
    if (pos >= text.length) return this.failAt(EOF_STRING, text.length, 0);
    const c = text.charCodeAt(pos);
    switch (c) {
      case QUOTE:
        this.escaped = '"';
        return pos + 1;
      case BACKSLASH:
        this.escaped = '\\';
        return pos + 1;
      case SLASH:
        this.escaped = '/';
        return pos + 1;
      case LOWER_B:
        this.escaped = '\b';
        return pos + 1;
      case LOWER_F:
        this.escaped = '\f';
        return pos + 1;
      case LOWER_N:
        this.escaped = '\n';
        return pos + 1;
      case LOWER_R:
        this.escaped = '\r';
        return pos + 1;
      case LOWER_T:
        this.escaped = '\t';
        return pos + 1;
      case LOWER_U:
        return this.parseUnicodeEscape(pos + 1);
      default:
        return this.failAt(INVALID_ESCAPE, pos, 1);
    }
  }

  /** serde_json's `parse_unicode_escape` (validating): surrogates must come as a pair of escapes. */
  private parseUnicodeEscape(pos: number): number {
    const { text } = this;
    const n1 = this.decodeHexEscape(pos);
    if (n1 < 0) return -1;
    pos += 4;
    if (n1 >= 0xdc00 && n1 <= 0xdfff) return this.failAt(LONE_SURROGATE, pos - 1, 1);
    if (n1 < 0xd800 || n1 > 0xdbff) {
      this.escaped = String.fromCharCode(n1);
      return pos;
    }
    // A leading surrogate: serde_json wants `\u` next, and discards one byte before failing.
    if (pos >= text.length) return this.failAt(EOF_STRING, text.length, 0);
    if (text.charCodeAt(pos) !== BACKSLASH) return this.failAt(UNEXPECTED_END_OF_HEX_ESCAPE, pos, 1);
    pos++;
    if (pos >= text.length) return this.failAt(EOF_STRING, text.length, 0);
    if (text.charCodeAt(pos) !== LOWER_U) return this.failAt(UNEXPECTED_END_OF_HEX_ESCAPE, pos, 1);
    pos++;
    const n2 = this.decodeHexEscape(pos);
    if (n2 < 0) return -1;
    pos += 4;
    if (n2 < 0xdc00 || n2 > 0xdfff) return this.failAt(LONE_SURROGATE, pos - 1, 1);
    this.escaped = String.fromCharCode(n1, n2);
    return pos;
  }

  /**
   * serde_json's `decode_hex_escape`: it takes the next 4 *bytes* (EOF error when fewer remain)
   * and reports a bad digit after all 4, so a non-ASCII character moves the error point.
   */
  private decodeHexEscape(pos: number): number {
    const { text } = this;
    if (pos + 4 <= text.length) {
      const a = hexValue(text.charCodeAt(pos));
      const b = hexValue(text.charCodeAt(pos + 1));
      const c = hexValue(text.charCodeAt(pos + 2));
      const d = hexValue(text.charCodeAt(pos + 3));
      if ((a | b | c | d) >= 0) return (a << 12) | (b << 8) | (c << 4) | d;
    }
    let bytes = 0;
    for (let i = pos; i < text.length; i += utf16Width(text, i)) {
      const width = utf8Width(text, i);
      if (bytes + width >= 4) return this.failAt(INVALID_ESCAPE, i, 4 - bytes);
      bytes += width;
    }
    return this.failAt(EOF_STRING, text.length, 0);
  }

  /** `fail` for the index-returning string helpers. */
  private failAt(message: string, at: number, bytes: number): -1 {
    this.fail(message, at, bytes);
    return -1;
  }

  private parseArray(at: number): JsonNode | undefined {
    const { text } = this;
    const items: JsonNode[] = [];
    this.pos++;
    this.skipWhitespace();
    if (this.pos >= text.length) return this.fail(EOF_LIST, text.length, 0);
    if (text.charCodeAt(this.pos) !== CLOSE_BRACKET) {
      for (;;) {
        const item = this.parseValue();
        if (item === undefined) return undefined;
        items.push(item);
        this.skipWhitespace();
        if (this.pos >= text.length) return this.fail(EOF_LIST, text.length, 0);
        const c = text.charCodeAt(this.pos);
        if (c === CLOSE_BRACKET) break;
        if (c !== COMMA) return this.fail(EXPECTED_LIST_COMMA_OR_END, this.pos, 1);
        this.pos++;
        this.skipWhitespace();
        if (this.pos >= text.length) return this.fail(EOF_VALUE, text.length, 0);
        if (text.charCodeAt(this.pos) === CLOSE_BRACKET) return this.fail(TRAILING_COMMA, this.pos, 1);
      }
    }
    this.pos++;
    this.depth--;
    return { t: 'arr', items, at };
  }

  private parseObject(at: number): JsonNode | undefined {
    const { text } = this;
    const keys: string[] = [];
    const values: JsonNode[] = [];
    this.pos++;
    this.skipWhitespace();
    if (this.pos >= text.length) return this.fail(EOF_OBJECT, text.length, 0);
    if (text.charCodeAt(this.pos) !== CLOSE_BRACE) {
      for (;;) {
        // Here pos is at the first non-whitespace character where a key should start.
        if (text.charCodeAt(this.pos) !== QUOTE) return this.fail(KEY_MUST_BE_A_STRING, this.pos, 1);
        const key = this.parseString();
        if (key === undefined) return undefined;
        this.skipWhitespace();
        if (this.pos >= text.length) return this.fail(EOF_OBJECT, text.length, 0);
        if (text.charCodeAt(this.pos) !== COLON) return this.fail(EXPECTED_COLON, this.pos, 1);
        this.pos++;
        const value = this.parseValue();
        if (value === undefined) return undefined;
        keys.push(key);
        values.push(value);
        this.skipWhitespace();
        if (this.pos >= text.length) return this.fail(EOF_OBJECT, text.length, 0);
        const c = text.charCodeAt(this.pos);
        if (c === CLOSE_BRACE) break;
        if (c !== COMMA) return this.fail(EXPECTED_OBJECT_COMMA_OR_END, this.pos, 1);
        this.pos++;
        this.skipWhitespace();
        // serde_json's MapAccess: EOF after a comma is "EOF while parsing a value".
        if (this.pos >= text.length) return this.fail(EOF_VALUE, text.length, 0);
        if (text.charCodeAt(this.pos) === CLOSE_BRACE) return this.fail(TRAILING_COMMA, this.pos, 1);
      }
    }
    this.pos++;
    this.depth--;
    return { t: 'obj', keys, values, at };
  }
}

/** Parses `text` exactly as serde_json does (see the file header), keeping raw numbers, duplicate keys and offsets; never throws. */
export function parseJsonExact(text: string): JsonParseResult {
  try {
    const parser = new Parser(text);
    const value = parser.parseDocument();
    if (value !== undefined) return { ok: true, value };
    const error = parser.error ?? { message: 'internal error: no value and no error', offset: 0, line: 1, column: 0 };
    return { ok: false, error };
  } catch (cause) {
    // Last-resort safety net (e.g. a non-string from untyped callers): report, never throw.
    const detail = cause instanceof Error ? cause.message : String(cause);
    return { ok: false, error: { message: `internal error: ${detail}`, offset: 0, line: 1, column: 0 } };
  }
}
