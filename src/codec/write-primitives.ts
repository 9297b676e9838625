// Writers of the scalar wire types. Each returns undefined for a value it cannot write exactly,
// so that the generated writers stay branch-light and callers fall back to full validation.
import { I64_MAX, I64_MIN, U64_MAX } from '../schema/primitives.js';
import { isCanonicalTimestamp, normalizeTimestamp } from './timestamp.js';

// Characters serde_json escapes: quote, backslash and the C0 controls. Both serde_json and
// JSON.stringify escape exactly these, with the same short forms and lowercase \u00xx.
const NEEDS_ESCAPE = /["\\\u0000-\u001f]/;

/**
 * True for an integer in the i32 range (how every enum travels). -0 is one: it is the number zero
 * (`Math.round(-0.4)`, `0 * -1`), written `0` as JSON.stringify writes it and as TypeBox's I32
 * takes it. Only the text `-0` is refused, by the reader (serde_json reads it as a float).
 */
export function isI32(value: unknown): value is number {
  return typeof value === 'number' && (value | 0) === value;
}

/** A JSON string literal, or undefined for a non-string or one with lone surrogates (not UTF-8). */
export function writeString(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (!value.isWellFormed()) return undefined;
  return NEEDS_ESCAPE.test(value) ? JSON.stringify(value) : `"${value}"`;
}

/** Digits of a u64 given as a safe non-negative integer (-0 is 0) or a bigint. */
export function writeU64(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? String(value) : undefined;
  if (typeof value === 'bigint') return value >= 0n && value <= U64_MAX ? value.toString() : undefined;
  return undefined;
}

/** Digits of an i64 given as a safe integer (-0 is 0) or a bigint. */
export function writeI64(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? String(value) : undefined;
  if (typeof value === 'bigint') return value >= I64_MIN && value <= I64_MAX ? value.toString() : undefined;
  return undefined;
}

/** A timestamp in chrono's canonical form (normalizing an accepted lenient form). */
export function writeTimestamp(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (isCanonicalTimestamp(value)) return `"${value}"`;
  const canonical = normalizeTimestamp(value);
  return canonical === undefined ? undefined : `"${canonical}"`;
}

// Measures: the length (UTF-16 units) the strict writer would write for a value, or -1 when it
// would refuse the value, or when the value is one the fast path leaves to the careful path.
// They allocate nothing: decode compares the sum with the length of the text it was given.

/**
 * Decimal digits of a safe integer, with its sign. Callers that need to know whether an exponent
 * could spell the value as short (`1e2` for `100`, which the fast path's length proof cannot
 * see: src/codec/decode.ts) check the length they get: three characters or more.
 */
function digits(value: number): number {
  if (value < 0) return 1 + digits(-value);
  if (value < 10) return 1;
  if (value < 100) return 2;
  if (value < 1000) return 3;
  if (value < 10_000) return 4;
  if (value < 100_000) return 5;
  return String(value).length;
}

/** Length of an i32 as written, or -1 (and for -0: parsed from the text `-0`, which the reader refuses). */
export function measureI32(value: unknown): number {
  return isI32(value) && !Object.is(value, -0) ? digits(value) : -1;
}

/** Length of a string literal as written, or -1 (not a string, or not well-formed). */
export function measureString(value: unknown): number {
  if (typeof value !== 'string' || !value.isWellFormed()) return -1;
  return NEEDS_ESCAPE.test(value) ? JSON.stringify(value).length : value.length + 2;
}

/** Length of a u64 written as a safe integer, or -1 (bigints go the careful path). */
export function measureU64(value: unknown): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && !Object.is(value, -0) ? digits(value) : -1;
}

/** Length of an i64 written as a safe integer, or -1. */
export function measureI64(value: unknown): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && !Object.is(value, -0) ? digits(value) : -1;
}

/** Length of a timestamp already in canonical form, or -1 (other forms go the careful path). */
export function measureTimestamp(value: unknown): number {
  if (typeof value !== 'string') return -1;
  return isCanonicalTimestamp(value) ? value.length + 2 : -1;
}

/**
 * Length of the members of `v` that are not in `known`, each as JSON.stringify writes it with
 * its comma (`,"key":value`), or -1 when a key holds a lone surrogate (the Rust reader reads every
 * key, so it rejects those). JSON.stringify's spelling is the shortest of any value that holds no
 * number with an exponent, which is what the length proof needs (see src/codec/decode.ts).
 */
export function measureUnknownMembers(v: object, known: ReadonlySet<string>): number {
  let n = 0;
  try {
    for (const key in v) {
      if (known.has(key)) continue;
      if (!key.isWellFormed()) return -1;
      n += JSON.stringify(key).length + JSON.stringify((v as Record<string, unknown>)[key]).length + 2;
    }
  } catch {
    // JSON.stringify recurses: a member nested thousands of levels deep overflows the stack.
    // The careful path skips such a member without recursion, as serde_json does.
    return -1;
  }
  return n;
}

/** What {@link measureUnknownMembersNoting} tells its caller besides the length. */
export interface NumberSpellings {
  /** Set when a value holds a number an exponent could spell as short (see src/codec/decode.ts). */
  seen: boolean;
}

/** Length of a parsed JSON value as JSON.stringify writes it, or -1 for what it cannot write back. */
function measureJsonValue(x: unknown, wide: NumberSpellings): number {
  switch (typeof x) {
    case 'string':
      return NEEDS_ESCAPE.test(x) || !x.isWellFormed() ? JSON.stringify(x).length : x.length + 2;
    case 'number': {
      if (!Number.isFinite(x)) return -1; // `1e400` parses to Infinity, which is written `null`
      // Only an integer under 100 has no exponent spelling as short as its digits.
      if (!(Number.isInteger(x) && x > -100 && x < 100)) wide.seen = true;
      return String(x).length;
    }
    case 'boolean':
      return x ? 4 : 5;
    case 'object': {
      if (x === null) return 4;
      let n = 2;
      let first = true;
      if (Array.isArray(x)) {
        for (const item of x) {
          const m = measureJsonValue(item, wide);
          if (m < 0) return -1;
          n += m + (first ? 0 : 1);
          first = false;
        }
        return n;
      }
      for (const key in x) {
        const m = measureJsonValue((x as Record<string, unknown>)[key], wide);
        if (m < 0) return -1;
        n += measureJsonValue(key, wide) + 1 + m + (first ? 0 : 1);
        first = false;
      }
      return n;
    }
    default:
      return -1;
  }
}

/**
 * Like {@link measureUnknownMembers}, without writing the values out, and noting in `wide`
 * whether any holds a number an exponent could spell as short as JSON.stringify does (then the
 * caller scans the text for exponents; otherwise it need not).
 */
export function measureUnknownMembersNoting(v: object, known: ReadonlySet<string>, wide: NumberSpellings): number {
  let n = 0;
  try {
    for (const key in v) {
      if (known.has(key)) continue;
      if (!key.isWellFormed()) return -1;
      const m = measureJsonValue((v as Record<string, unknown>)[key], wide);
      if (m < 0) return -1;
      n += measureJsonValue(key, wide) + m + 2;
    }
  } catch {
    // Recursion on a member nested thousands of levels deep overflows the stack: the careful
    // path skips such a member without recursion, as serde_json does.
    return -1;
  }
  return n;
}
