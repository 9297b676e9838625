// Writers of the scalar wire types. Each returns undefined for a value it cannot write exactly,
// so that the generated writers stay branch-light and callers fall back to full validation.
import { I64_MAX, I64_MIN, U64_MAX } from '../schema/primitives.js';
import { isCanonicalTimestamp, normalizeTimestamp } from './timestamp.js';

// Characters serde_json escapes: quote, backslash and the C0 controls. Both serde_json and
// JSON.stringify escape exactly these, with the same short forms and lowercase \u00xx.
const NEEDS_ESCAPE = /["\\\u0000-\u001f]/;

/** True for an integer in the i32 range (how every enum travels). */
export function isI32(value: unknown): value is number {
  return typeof value === 'number' && (value | 0) === value && !Object.is(value, -0);
}

/** A JSON string literal, or undefined for a non-string or one with lone surrogates (not UTF-8). */
export function writeString(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (!value.isWellFormed()) return undefined;
  return NEEDS_ESCAPE.test(value) ? JSON.stringify(value) : `"${value}"`;
}

/** Digits of a u64 given as a safe non-negative integer or a bigint. */
export function writeU64(value: unknown): string | undefined {
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) && value >= 0 && !Object.is(value, -0) ? String(value) : undefined;
  }
  if (typeof value === 'bigint') return value >= 0n && value <= U64_MAX ? value.toString() : undefined;
  return undefined;
}

/** Digits of an i64 given as a safe integer or a bigint. */
export function writeI64(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && !Object.is(value, -0) ? String(value) : undefined;
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
