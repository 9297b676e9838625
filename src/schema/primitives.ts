import { Type } from '@sinclair/typebox';
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

/** A protobuf int32 (every enum on the wire). */
export const I32 = Type.Integer({ minimum: -2_147_483_648, maximum: 2_147_483_647 });

/** A u64: a `number` up to 2^53 − 1, a `bigint` above (a JS number cannot hold those exactly). */
export const U64 = Type.Union([
  Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER }),
  Type.BigInt({ minimum: 0n, maximum: U64_MAX }),
]);

/** An i64: a `number` within ±(2^53 − 1), a `bigint` beyond. */
export const I64 = Type.Union([
  Type.Integer({ minimum: Number.MIN_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER }),
  Type.BigInt({ minimum: I64_MIN, maximum: I64_MAX }),
]);

/** A protobuf Timestamp as the string it travels as, e.g. `2024-05-01T10:20:30.123Z`. */
export const Timestamp = Type.String({ pattern: TIMESTAMP_PATTERN });
