// An exact JSON parser for the careful decode path: it accepts and rejects what serde_json's
// `from_str::<Value>` does, and keeps what `JSON.parse` throws away: raw number tokens, duplicate
// keys and document offsets. Its error messages are its own, worded after serde_json's, and its
// line/column point at the start of the offending token (serde_json's often point after it);
// the verdicts are checked against serde_json itself (test/fixtures/rust-verdicts.md).
//
// Mirrors serde_json 1.0 `de.rs` / `read.rs` (default features, current `decode_hex_escape`
// and `parse_unicode_escape`).
//
// Left to the caller, because serde_json decides them by target type rather than syntax:
// - number ranges, including floats that overflow f64 (`1e400`, `1` followed by 400 digits),
//   which `Value` rejects as "number out of range" but an ignored member accepts; and `-0`,
//   which serde_json reads as a float (so an integer member rejects it);
// - lone surrogate escapes (`"\ud800"`): serde_json rejects them where it reads a string
//   (typed members, `Value`, every key of a struct or map it reads) but not where it skips an
//   unknown member (`ignore_str` only consumes 4 hex digits). So they are not errors here:
//   the string keeps the lone code unit (as `JSON.parse` does) and records, in `lone` (or an
//   object's `loneKey`), the error serde_json would report if it read it;
// - nesting: serde_json's recursion limit applies where it reads a value, but skipping an
//   unknown member is iterative and unlimited. So a container deeper than `JSON_MAX_DEPTH` is
//   not an error here: its syntax is checked without recursion and without building a tree,
//   and it becomes a `deep` node at whose `at` serde_json would report "recursion limit
//   exceeded" if it read it;
// - where a serde struct *ignores* an unknown member (`IgnoredAny`), serde_json is otherwise
//   still looser than this parser, which follows the `Value` path: trailing commas reported as
//   "expected value" / "key must be a string", and with `from_slice` invalid UTF-8 inside
//   strings accepted. Control characters, bad escapes and raw lone surrogates (which UTF-8
//   input cannot hold) stay errors everywhere, as in serde_json's `ignore_str`.
// A syntax error is reported even where serde_json, reading a known member, would have stopped
// earlier at a lone surrogate escape or the recursion limit: the caller only learns of those
// from a tree, so for an invalid text it gets the first *syntax* error.
// A byte order mark is not skipped, as in serde_json ("expected value" at column 1): decode
// bytes with `new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })` to keep it.

import type { WireMessage } from './wire-types.js';

/** One parsed JSON value; `at` is the UTF-16 offset in the text where the value starts. */
export type JsonNode =
  | { readonly t: 'null'; readonly at: number }
  | { readonly t: 'bool'; readonly v: boolean; readonly at: number }
  /** `raw`: the exact token; `int`: no fraction and no exponent (serde_json still reads `-0` as a float). */
  | { readonly t: 'num'; readonly raw: string; readonly int: boolean; readonly at: number }
  /**
   * `v`: the decoded text, a lone surrogate escape kept as its lone UTF-16 code unit (as
   * `JSON.parse` does). `lone`: present when the string holds a lone surrogate escape; the
   * error serde_json reports for the first one where it reads (rather than skips) the string.
   */
  | { readonly t: 'str'; readonly v: string; readonly at: number; readonly lone?: JsonLoneSurrogate }
  | { readonly t: 'arr'; readonly items: readonly JsonNode[]; readonly at: number }
  /**
   * Members in document order, duplicate keys kept: `keys[i]` goes with `values[i]`.
   * `loneKey`: present when a key holds a lone surrogate escape; the first such key and the
   * error serde_json reports when it reads that key (it reads every key of an object it reads).
   */
  | {
      readonly t: 'obj';
      readonly keys: readonly string[];
      readonly values: readonly JsonNode[];
      readonly at: number;
      readonly loneKey?: JsonLoneKey;
    }
  /**
   * A value nested deeper than the reader ever needs; its syntax was checked, its content not
   * kept. It is a container at depth `JSON_MAX_DEPTH + 1`, and `at` is its opening bracket,
   * where serde_json reports "recursion limit exceeded" if it reads (rather than skips) it.
   */
  | { readonly t: 'deep'; readonly at: number }
  /**
   * A value a shaped parse only checked (see {@link JsonShape}): a member this reader does not
   * know, or an element past a struct's members. Its syntax is right; its content is not kept.
   */
  | { readonly t: 'skip'; readonly at: number };

/**
 * What a parse keeps, as the reader will read it: a struct's table (its known members are parsed
 * by their own shapes, any other member is only checked, as serde's `IgnoredAny` skips it),
 * `scalar` (a string, number or literal is kept; a container is only checked: the reader will
 * reject it by its kind), or `skip`. Without a shape everything is kept (serde_json's `Value`).
 */
export type JsonShape = WireMessage | 'scalar' | 'skip';

/**
 * A lone surrogate escape: not a syntax error where serde_json skips a value, but this error
 * where it reads one. `offset` is where serde_json points, as for a `JsonSyntaxError`.
 */
export interface JsonLoneSurrogate {
  /** serde_json's message: `lone leading surrogate in hex escape` or `unexpected end of hex escape`. */
  readonly message: string;
  /** UTF-16 offset of the character serde_json's line/column point at (always a character of the text). */
  readonly offset: number;
}

/** The first key of an object that holds a lone surrogate escape. */
export interface JsonLoneKey extends JsonLoneSurrogate {
  /** Its index in `keys`. */
  readonly index: number;
}

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
// `== 0`, so the 128th nested container is "recursion limit exceeded" where serde_json reads.
/**
 * Deepest container nesting built into nodes: the deepest serde_json reads (its recursion
 * limit of 128, minus one). A container nested deeper is a `deep` node (syntax checked,
 * content not kept), which serde_json accepts only where it skips an unknown member.
 */
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

  /**
   * Whether a raw lone surrogate in a string (invalid UTF-8 in the bytes the text was decoded
   * from) is an error where serde reads the string, not where it skips it: a shaped parse.
   */
  private readonly shaped: boolean;

  constructor(
    private readonly text: string,
    private readonly shape: JsonShape | undefined,
  ) {
    this.shaped = shape !== undefined;
  }

  parseDocument(): JsonNode | undefined {
    const value = this.parseValue(this.shape);
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

  // Recursion is bounded: a container deeper than JSON_MAX_DEPTH is checked by `skipDeep`,
  // which does not recurse; so is any container a shape does not keep.
  private parseValue(shape: JsonShape | undefined): JsonNode | undefined {
    this.skipWhitespace();
    const { text } = this;
    const at = this.pos;
    if (at >= text.length) return this.fail(EOF_VALUE, at, 0);
    const c = text.charCodeAt(at);
    if (shape === 'skip') return this.skipValue(c) ? { t: 'skip', at } : undefined;
    switch (c) {
      case LOWER_N:
        return this.parseIdent('null') ? { t: 'null', at } : undefined;
      case LOWER_T:
        return this.parseIdent('true') ? { t: 'bool', v: true, at } : undefined;
      case LOWER_F:
        return this.parseIdent('false') ? { t: 'bool', v: false, at } : undefined;
      case QUOTE: {
        const v = this.parseString(true);
        if (v === undefined) return undefined;
        const { lone } = this;
        return lone === undefined ? { t: 'str', v, at } : { t: 'str', v, at, lone };
      }
      case OPEN_BRACKET:
      case OPEN_BRACE:
        // In a scalar's place a container is rejected by its kind alone (serde's
        // `peek_invalid_type`): checked, not kept.
        if (shape === 'scalar') {
          if (!this.skipDeep()) return undefined;
          return c === OPEN_BRACKET ? { t: 'arr', items: [], at } : { t: 'obj', keys: [], values: [], at };
        }
        if (this.depth >= JSON_MAX_DEPTH) return this.skipDeep() ? { t: 'deep', at } : undefined;
        this.depth++;
        return c === OPEN_BRACKET ? this.parseArray(at, shape) : this.parseObject(at, shape);
      default:
        if (c === MINUS || (c >= ZERO && c <= NINE)) {
          const end = this.scanNumber(at);
          if (end < 0) return undefined;
          this.pos = end;
          return { t: 'num', raw: text.slice(at, end), int: this.int, at };
        }
        return this.fail(EXPECTED_VALUE, at, 1);
    }
  }

  /**
   * Checks the syntax of the container at `pos` (and moves past it) like `parseValue` would,
   * with the same messages and positions, but iteratively: an explicit stack of the open
   * containers' closing characters, no recursion and no tree, so any depth is fine.
   */
  private skipDeep(): boolean {
    const { text } = this;
    const len = text.length;
    const closers: number[] = [];
    for (;;) {
      // Here `pos` is at the first character of a value (whitespace skipped, not at the end).
      const c = text.charCodeAt(this.pos);
      if (c === OPEN_BRACKET) {
        this.pos++;
        this.skipWhitespace();
        if (this.pos >= len) return this.failed(EOF_LIST, len, 0);
        if (text.charCodeAt(this.pos) !== CLOSE_BRACKET) {
          closers.push(CLOSE_BRACKET);
          continue;
        }
        this.pos++;
      } else if (c === OPEN_BRACE) {
        this.pos++;
        this.skipWhitespace();
        if (this.pos >= len) return this.failed(EOF_OBJECT, len, 0);
        if (text.charCodeAt(this.pos) !== CLOSE_BRACE) {
          closers.push(CLOSE_BRACE);
          if (!this.skipKeyAndColon()) return false;
          continue;
        }
        this.pos++;
      } else if (!this.skipScalar(c)) {
        return false;
      }
      // A value ended: close what it ends, up to the next value or the end of the outermost.
      for (;;) {
        const close = closers[closers.length - 1];
        if (close === undefined) return true;
        this.skipWhitespace();
        if (this.pos >= len) return this.failed(close === CLOSE_BRACKET ? EOF_LIST : EOF_OBJECT, len, 0);
        const d = text.charCodeAt(this.pos);
        if (d === close) {
          this.pos++;
          closers.pop();
          continue;
        }
        if (d !== COMMA) {
          const message = close === CLOSE_BRACKET ? EXPECTED_LIST_COMMA_OR_END : EXPECTED_OBJECT_COMMA_OR_END;
          return this.failed(message, this.pos, 1);
        }
        this.pos++;
        this.skipWhitespace();
        if (this.pos >= len) return this.failed(EOF_VALUE, len, 0);
        if (text.charCodeAt(this.pos) === close) return this.failed(TRAILING_COMMA, this.pos, 1);
        if (close === CLOSE_BRACE && !this.skipKeyAndColon()) return false;
        break;
      }
    }
  }

  /** Checks the value starting with `c` at `pos` (and moves past it) without keeping it. */
  private skipValue(c: number): boolean {
    return c === OPEN_BRACKET || c === OPEN_BRACE ? this.skipDeep() : this.skipScalar(c);
  }

  /** In `skipDeep`: the key at `pos`, its colon, and the whitespace up to the value (which must be there). */
  private skipKeyAndColon(): boolean {
    const { text } = this;
    if (text.charCodeAt(this.pos) !== QUOTE) return this.failed(KEY_MUST_BE_A_STRING, this.pos, 1);
    if (this.parseString(false) === undefined) return false;
    this.skipWhitespace();
    if (this.pos >= text.length) return this.failed(EOF_OBJECT, text.length, 0);
    if (text.charCodeAt(this.pos) !== COLON) return this.failed(EXPECTED_COLON, this.pos, 1);
    this.pos++;
    this.skipWhitespace();
    if (this.pos >= text.length) return this.failed(EOF_VALUE, text.length, 0);
    return true;
  }

  /** In `skipDeep`: the literal, string or number starting with `c` at `pos`. */
  private skipScalar(c: number): boolean {
    switch (c) {
      case LOWER_N:
        return this.parseIdent('null');
      case LOWER_T:
        return this.parseIdent('true');
      case LOWER_F:
        return this.parseIdent('false');
      case QUOTE:
        return this.parseString(false) !== undefined;
      default: {
        if (c !== MINUS && !(c >= ZERO && c <= NINE)) return this.failed(EXPECTED_VALUE, this.pos, 1);
        const end = this.scanNumber(this.pos);
        if (end < 0) return false;
        this.pos = end;
        return true;
      }
    }
  }

  /** `fail` for the boolean-returning helpers. */
  private failed(message: string, at: number, bytes: number): false {
    this.fail(message, at, bytes);
    return false;
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

  /** Whether the last `scanNumber` token has no fraction and no exponent. */
  private int = true;

  /**
   * Grammar of serde_json's `parse_integer` / `parse_decimal` / `parse_exponent` for the token
   * at `at`: returns the index after it (setting `int`), or -1.
   */
  private scanNumber(at: number): number {
    const { text } = this;
    const len = text.length;
    let pos = at;
    if (text.charCodeAt(pos) === MINUS) {
      pos++;
      if (pos >= len) return this.failAt(EOF_VALUE, len, 0);
    }
    let c = text.charCodeAt(pos);
    if (c === ZERO) {
      pos++;
      c = text.charCodeAt(pos);
      if (c >= ZERO && c <= NINE) return this.failAt(INVALID_NUMBER, pos, 1);
    } else if (c >= ZERO + 1 && c <= NINE) {
      do c = text.charCodeAt(++pos);
      while (c >= ZERO && c <= NINE);
    } else {
      return this.failAt(INVALID_NUMBER, pos, 1);
    }
    let int = true;
    if (c === DOT) {
      int = false;
      const digits = ++pos;
      c = text.charCodeAt(pos);
      while (c >= ZERO && c <= NINE) c = text.charCodeAt(++pos);
      if (pos === digits) return pos >= len ? this.failAt(EOF_VALUE, len, 0) : this.failAt(INVALID_NUMBER, pos, 1);
    }
    if (c === LOWER_E || c === UPPER_E) {
      int = false;
      c = text.charCodeAt(++pos);
      if (c === PLUS || c === MINUS) c = text.charCodeAt(++pos);
      if (pos >= len) return this.failAt(EOF_VALUE, len, 0);
      if (!(c >= ZERO && c <= NINE)) return this.failAt(INVALID_NUMBER, pos, 1);
      do c = text.charCodeAt(++pos);
      while (c >= ZERO && c <= NINE);
    }
    this.int = int;
    return pos;
  }

  /** The first lone surrogate escape of the last string `parseString` read, if any. */
  private lone: JsonLoneSurrogate | undefined;

  /**
   * serde_json's `parse_str` with validation, except that a lone surrogate escape is recorded
   * in `lone` rather than failing (decoding on as `ignore_str` and `JSON.parse` do); `pos` is at
   * the opening quote. Returns the decoded text (`''` unless `keep`), or undefined on error.
   */
  private parseString(keep: boolean): string | undefined {
    const { text } = this;
    const len = text.length;
    const open = this.pos;
    let pos = open + 1;
    let escapes = false;
    let lone: JsonLoneSurrogate | undefined;
    // A raw lone surrogate is invalid UTF-8; serde_json finds that only once the string is
    // closed (it validates the whole string then), so other errors in the string come first.
    // A shaped parse records it like a lone surrogate escape: an error only where it is read.
    let invalidUtf8 = false;
    for (;;) {
      if (pos >= len) return this.fail(EOF_STRING, len, 0);
      const c = text.charCodeAt(pos);
      if (c === QUOTE) {
        if (invalidUtf8) return this.fail(INVALID_CODE_POINT, pos, 1);
        this.pos = pos + 1;
        this.lone = lone;
        if (!keep) return '';
        // The escapes were checked one by one above; JSON.parse decodes them the same way (a
        // lone surrogate escape as its code unit) in one native pass, where appending piece by
        // piece is slow for millions of escapes.
        return escapes ? (JSON.parse(text.slice(open, pos + 1)) as string) : text.slice(open + 1, pos);
      }
      if (c === BACKSLASH) {
        escapes = true;
        this.escapeLone = undefined;
        pos = this.parseEscape(pos + 1);
        if (pos < 0) return undefined;
        lone ??= this.escapeLone;
      } else if (c < 0x20) {
        return this.fail(CONTROL_CHARACTER, pos, 1);
      } else if (c >= 0xd800 && c <= 0xdfff) {
        const d = text.charCodeAt(pos + 1);
        if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) pos += 2;
        else {
          if (this.shaped) lone ??= { message: INVALID_CODE_POINT, offset: pos };
          else invalidUtf8 = true;
          pos++;
        }
      } else {
        pos++;
      }
    }
  }

  /** Set by `parseUnicodeEscape` when its escape is a lone surrogate (cleared by the caller). */
  private escapeLone: JsonLoneSurrogate | undefined;

  /** Checks the escape whose letter is at `pos`; returns the index after it, or -1. */
  private parseEscape(pos: number): number {
    const { text } = this;
    if (pos >= text.length) return this.failAt(EOF_STRING, text.length, 0);
    switch (text.charCodeAt(pos)) {
      case QUOTE:
      case BACKSLASH:
      case SLASH:
      case LOWER_B:
      case LOWER_F:
      case LOWER_N:
      case LOWER_R:
      case LOWER_T:
        return pos + 1;
      case LOWER_U:
        return this.parseUnicodeEscape(pos + 1);
      default:
        return this.failAt(INVALID_ESCAPE, pos, 1);
    }
  }

  /**
   * serde_json's `parse_unicode_escape`: surrogates must come as a pair of escapes. A lone one
   * is decoded alone (as `ignore_str` skips it and `JSON.parse` keeps it) and `escapeLone` gets
   * the error the validating `parse_unicode_escape` reports; what follows it is then read as
   * usual, so an error there (e.g. a bad escape after a lone leading surrogate) is reported
   * where `ignore_str` reports it.
   */
  private parseUnicodeEscape(pos: number): number {
    const { text } = this;
    const n1 = this.decodeHexEscape(pos);
    if (n1 < 0) return -1;
    pos += 4;
    if (n1 >= 0xdc00 && n1 <= 0xdfff) {
      this.escapeLone = { message: LONE_SURROGATE, offset: pos - 1 };
      return pos;
    }
    if (n1 < 0xd800 || n1 > 0xdbff) return pos;
    // A leading surrogate: serde_json wants `\u` and a trailing surrogate next, and discards
    // one byte before failing when `\u` is missing. At the end of the text there is no lone
    // surrogate to record: the string is unterminated anyway, as the caller will find.
    const len = text.length;
    if (pos >= len) return pos;
    if (text.charCodeAt(pos) !== BACKSLASH) {
      this.escapeLone = { message: UNEXPECTED_END_OF_HEX_ESCAPE, offset: pos };
      return pos;
    }
    if (pos + 1 >= len) return pos;
    if (text.charCodeAt(pos + 1) !== LOWER_U) {
      this.escapeLone = { message: UNEXPECTED_END_OF_HEX_ESCAPE, offset: pos + 1 };
      return pos;
    }
    // A bad second hex escape is an error either way, which the caller finds when it reads
    // that escape next (same call, same error).
    if (pos + 6 > len) return pos;
    const a = hexValue(text.charCodeAt(pos + 2));
    const b = hexValue(text.charCodeAt(pos + 3));
    const c = hexValue(text.charCodeAt(pos + 4));
    const d = hexValue(text.charCodeAt(pos + 5));
    if ((a | b | c | d) < 0) return pos;
    const n2 = (a << 12) | (b << 8) | (c << 4) | d;
    if (n2 < 0xdc00 || n2 > 0xdfff) {
      this.escapeLone = { message: LONE_SURROGATE, offset: pos + 5 };
      return pos;
    }
    return pos + 6;
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

  /** The shape of a member's value: its struct's table, or a scalar. */
  private static memberShape(type: WireMessage['members'][number]['type']): JsonShape {
    return typeof type === 'object' ? type : 'scalar';
  }

  private parseArray(at: number, shape: WireMessage | undefined): JsonNode | undefined {
    const { text } = this;
    const items: JsonNode[] = [];
    this.pos++;
    this.skipWhitespace();
    if (this.pos >= text.length) return this.fail(EOF_LIST, text.length, 0);
    if (text.charCodeAt(this.pos) !== CLOSE_BRACKET) {
      for (;;) {
        // A struct written as the array of its members: each element by its member's shape.
        const member = shape?.members[items.length];
        const item = this.parseValue(shape === undefined ? undefined : member === undefined ? 'skip' : Parser.memberShape(member.type));
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

  private parseObject(at: number, shape: WireMessage | undefined): JsonNode | undefined {
    const { text } = this;
    const members = shape === undefined ? undefined : shapeIndex(shape);
    const keys: string[] = [];
    const values: JsonNode[] = [];
    let loneKey: JsonLoneKey | undefined;
    this.pos++;
    this.skipWhitespace();
    if (this.pos >= text.length) return this.fail(EOF_OBJECT, text.length, 0);
    if (text.charCodeAt(this.pos) !== CLOSE_BRACE) {
      for (;;) {
        // Here pos is at the first non-whitespace character where a key should start.
        if (text.charCodeAt(this.pos) !== QUOTE) return this.fail(KEY_MUST_BE_A_STRING, this.pos, 1);
        const key = this.parseString(true);
        if (key === undefined) return undefined;
        if (this.lone !== undefined && loneKey === undefined) loneKey = { ...this.lone, index: keys.length };
        this.skipWhitespace();
        if (this.pos >= text.length) return this.fail(EOF_OBJECT, text.length, 0);
        if (text.charCodeAt(this.pos) !== COLON) return this.fail(EXPECTED_COLON, this.pos, 1);
        this.pos++;
        // A member the struct does not know is only checked, as serde's IgnoredAny skips it.
        const type = members?.get(key);
        const value = this.parseValue(members === undefined ? undefined : type === undefined ? 'skip' : Parser.memberShape(type));
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
    return loneKey === undefined ? { t: 'obj', keys, values, at } : { t: 'obj', keys, values, at, loneKey };
  }
}

const shapeIndexes = new WeakMap<WireMessage, ReadonlyMap<string, WireMessage['members'][number]['type']>>();

/** The type of each member of a struct by wire name, built once per struct. */
function shapeIndex(message: WireMessage): ReadonlyMap<string, WireMessage['members'][number]['type']> {
  let index = shapeIndexes.get(message);
  if (index === undefined) {
    index = new Map(message.members.map((m) => [m.name, m.type]));
    shapeIndexes.set(message, index);
  }
  return index;
}

/**
 * Parses `text` exactly as serde_json does (see the file header), keeping raw numbers, duplicate
 * keys and offsets; never throws. With a `shape`, only what a reader of that struct reads is
 * kept (memory stays a small multiple of what is read, whatever else the text holds), and a raw
 * lone surrogate in a string (invalid UTF-8 in the bytes) is an error only where the string is
 * read, as with `from_slice`, which validates the strings it reads and not those it skips.
 */
export function parseJsonExact(text: string, shape?: JsonShape): JsonParseResult {
  try {
    const parser = new Parser(text, shape);
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

/** A character as a reason names it: `'x'`, or its code point when it does not print as itself. */
function showCharacter(text: string, at: number): string {
  const code = text.codePointAt(at)!;
  if (code === NEWLINE) return 'a line break';
  if (code === SPACE) return 'a space';
  if (code === TAB) return 'a tab';
  if (code === 0xfeff) return 'U+FEFF (a byte order mark)';
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (code > 0x20 && code < 0x7f) return `'${String.fromCodePoint(code)}'`;
  // Controls, separators, surrogates and other characters that do not show as themselves.
  if (code < 0xa0 || /[\p{C}\p{Z}]/u.test(String.fromCodePoint(code))) return hex;
  return `'${String.fromCodePoint(code)}' (${hex})`;
}

// serde_json's messages in words a person reads; `%` stands for the character found there.
const IN_WORDS: ReadonlyMap<string, string> = new Map([
  [EXPECTED_VALUE, 'unexpected character % where a value should be'],
  [EXPECTED_IDENT, 'unexpected character % in a literal (expected true, false or null)'],
  [EXPECTED_COLON, "expected ':' after a member name, found %"],
  [EXPECTED_LIST_COMMA_OR_END, "expected ',' or ']' after an item of a list, found %"],
  [EXPECTED_OBJECT_COMMA_OR_END, "expected ',' or '}' after a member of an object, found %"],
  [KEY_MUST_BE_A_STRING, 'expected a member name in double quotes, found %'],
  [TRAILING_COMMA, 'a comma before the closing %'],
  [TRAILING_CHARACTERS, 'unexpected % after the end of the JSON value'],
  [CONTROL_CHARACTER, '% inside a string (a control character must be written as an escape, e.g. \\n)'],
  [INVALID_ESCAPE, 'invalid escape in a string (after \\ come only " \\ / b f n r t or u and 4 hex digits)'],
  [UNEXPECTED_END_OF_HEX_ESCAPE, 'a \\u escape with fewer than 4 hex digits'],
  [INVALID_CODE_POINT, 'a \\u escape that is not a Unicode code point'],
  [LONE_SURROGATE, 'a \\u escape of a lone surrogate (half of a pair)'],
]);

// The messages of a text cut short, which need no position: the text ends there.
const CUT: ReadonlyMap<string, string> = new Map([
  [EOF_LIST, "inside a list (a ']' is missing)"],
  [EOF_OBJECT, "inside an object (a '}' is missing)"],
  [EOF_STRING, 'inside a string (a closing \'"\' is missing)'],
  [EOF_VALUE, 'where a value should be'],
]);

/**
 * A syntax error in words a person reads, e.g. `not JSON: unexpected character 'x' where a
 * value should be, at column 3`: what was found, what was expected, and where: the column (in
 * UTF-8 bytes, as serde_json counts) and, when the text has more than one line, the line. An
 * error at the end of the text says where the text stops instead.
 */
export function describeSyntaxError(text: string, error: JsonSyntaxError): string {
  const { message, offset } = error;
  const cut = CUT.get(message);
  if (cut !== undefined) return message === EOF_VALUE && /^[ \t\r\n]*$/.test(text) ? 'not JSON: the message is empty' : `not JSON: the text ends ${cut}`;
  const words = IN_WORDS.get(message);
  // A function as replacement: a character such as `$` must not act as a replacement pattern.
  const what = words === undefined ? message : words.replace('%', () => (offset < text.length ? showCharacter(text, offset) : ''));
  return `not JSON: ${what}, ${where(text, error)}`;
}

/** `at column C`, or `at line L, column C` in a text of several lines; a line break is at the end of its line. */
function where(text: string, error: JsonSyntaxError): string {
  const { line, column } = error;
  // serde_json places an error on a line break at column 0 of the next line.
  if (column === 0) return `at the end of line ${line - 1}`;
  return text.indexOf('\n') === -1 ? `at column ${column}` : `at line ${line}, column ${column}`;
}
