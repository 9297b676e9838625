// Limits and the timestamp syntax of the wire's scalar types: plain constants, so that the codec
// can use them without loading TypeBox (the TypeBox schemas are in ./typebox.ts).
import { TIMESTAMP_SYNTAX_PATTERN } from '../codec/timestamp.js';

/** Largest u64: members such as `retry_count` and `lcore` may hold values up to it. */
export const U64_MAX = 18_446_744_073_709_551_615n;
/** Smallest i64 (Duration seconds). */
export const I64_MIN = -9_223_372_036_854_775_808n;
/** Largest i64 (Duration seconds). */
export const I64_MAX = 9_223_372_036_854_775_807n;

/**
 * Syntax of a timestamp the Rust services accept (chrono 0.4.31's relaxed RFC 3339: see
 * `parseTimestamp`). The calendar and chrono's year range are checked by the codec, not by this pattern.
 */
export const TIMESTAMP_PATTERN = TIMESTAMP_SYNTAX_PATTERN;
