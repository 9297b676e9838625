// The wire's scalar types as TypeBox schemas, for the generated TypeBox twins (the
// `mayastor-events/schemas` subpath); the codec never loads this module.
import { Type } from '@sinclair/typebox';
import { I64_MAX, I64_MIN, TIMESTAMP_PATTERN, U64_MAX } from './primitives.js';

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
