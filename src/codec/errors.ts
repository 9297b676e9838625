import { MayastorEventsError } from '../errors.js';

/** Why a message could not be read: not UTF-8, not JSON, or not an EventMessage. */
export type DecodeErrorCode = 'utf8' | 'syntax' | 'schema' | 'input' | 'internal';

/** What `DecodeError` is built from. */
export interface DecodeErrorInit {
  readonly code: DecodeErrorCode;
  readonly reason: string;
  readonly path: string;
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  readonly raw: Uint8Array | string;
}

/**
 * A message the Rust services would reject too. It is returned by `decode`, never thrown: it
 * keeps the raw input, so nothing is lost, and says what was wrong and where.
 */
export class DecodeError extends MayastorEventsError {
  override readonly name = 'DecodeError';
  /**
   * The kind of problem: `utf8`, `syntax` (not JSON), `schema` (JSON, but not an EventMessage),
   * `input` (not bytes or a string) or `internal` (this SDK failed while reading: a bug to report).
   */
  readonly code: DecodeErrorCode;
  /**
   * What was wrong, e.g. ``missing field `version` `` (the member is in `path`), or for a
   * syntax error, where in the text: `not JSON: unexpected character 'x' where a value should
   * be, at column 14`.
   */
  readonly reason: string;
  /** JSON Pointer of the offending member (`/metadata/timestamp`); `""` for the whole message. */
  readonly path: string;
  /** Offset of the problem: a byte offset for `utf8`, otherwise a UTF-16 offset in the text. */
  readonly offset: number;
  /** 1-based line of the problem in the text. */
  readonly line: number;
  /** 1-based column of the problem in the text. */
  readonly column: number;
  /** The message exactly as it was given to `decode` (for code `input`, a description of what was given). */
  readonly raw: Uint8Array | string;

  constructor(init: DecodeErrorInit) {
    const where = init.path ? ` at ${init.path}` : '';
    // A syntax error's reason already says where it is in the text.
    const position = init.code === 'syntax' ? '' : ` (line ${init.line} column ${init.column})`;
    super(`cannot decode event: ${init.reason}${where}${position}`);
    this.code = init.code;
    this.reason = init.reason;
    this.path = init.path;
    this.offset = init.offset;
    this.line = init.line;
    this.column = init.column;
    this.raw = init.raw;
  }
}

/** How much of a thrown value's description a reason quotes. */
const MAX_THROWN_QUOTED = 200;

/** Describes a thrown value as `Name: message` (at most 200 characters); never throws, whatever was thrown. */
export function describeThrown(error: unknown): string {
  let text: string;
  try {
    text = error instanceof Error ? `${String(error.name)}: ${String(error.message)}` : String(error);
  } catch {
    return 'an unprintable error';
  }
  return text.length > MAX_THROWN_QUOTED ? `${text.slice(0, MAX_THROWN_QUOTED)}…` : text;
}

/**
 * The `DecodeError` (code `internal`) of a message this SDK failed to read because `error` was
 * thrown: a bug to report, never the message's fault; the message is kept.
 */
export function internalDecodeError(error: unknown, raw: Uint8Array | string): DecodeError {
  return new DecodeError({
    code: 'internal',
    reason: `this SDK failed to read the message (${describeThrown(error)}); please report it`,
    path: '',
    offset: 0,
    line: 1,
    column: 1,
    raw,
  });
}
