// The public helpers (timestamps, enums, the catalog, subjects) given inputs their TSDoc does not
// show: values of the wrong type, values at and past the ends of their ranges, prototype keys,
// empty tokens. Each is either answered correctly or refused with the SDK's own error, never a
// TypeError from deep inside or a string the SDK's own reader would reject.
import vm from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  TimestampError,
  formatTimestamp,
  isCanonicalTimestamp,
  parseTimestamp,
  timestampFromDate,
  timestampFromEpochNanos,
  timestampToDate,
  timestampToEpochNanos,
} from '../../src/codec/timestamp.js';

// chrono 0.4.31's range in seconds since the epoch: -262144-01-01T00:00:00Z .. +262143-12-31T23:59:59Z.
const MIN_SECONDS = -8_334_632_851_200;
const MAX_SECONDS = 8_210_298_412_799;

describe('timestamp writers - refusals are TimestampErrors', () => {
  it.each([
    ['0 (a number)', 0],
    ['1.5', 1.5],
    ['NaN', Number.NaN],
    ['2^53 + 1 (rounded already)', 2 ** 53 + 1],
    ['a numeric string', '1714558830123456789'],
    ['null', null],
    ['undefined', undefined],
  ])('timestampFromEpochNanos - %s is refused with a TimestampError that asks for a bigint', (_, value) => {
    let caught: unknown;
    try {
      timestampFromEpochNanos(value as unknown as bigint);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TimestampError);
    expect((caught as TimestampError).message).toContain('as a bigint');
    expect((caught as TimestampError).input).toBe(value);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a bigint', 5n],
  ])('formatTimestamp - %s instead of the parts is refused with a TimestampError', (_, value) => {
    expect(() => formatTimestamp(value as never)).toThrow(TimestampError);
  });

  it('timestampToDate - null is named as null in the error, not as "object"', () => {
    expect(() => timestampToDate(null as never)).toThrow(/^null is not a timestamp: expected a string, got null/);
  });
});

describe('timestamp writers - what they write, the reader reads back', () => {
  it('timestampFromEpochNanos - every bigint is written canonically or refused, never a string the reader rejects', () => {
    const nanos = fc.oneof(
      fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n }),
      fc.bigInt({ min: BigInt(MAX_SECONDS) * 1_000_000_000n - 10n, max: BigInt(MAX_SECONDS + 1) * 1_000_000_000n + 10n }),
      fc.bigInt({ min: BigInt(MIN_SECONDS) * 1_000_000_000n - 10n, max: BigInt(MIN_SECONDS) * 1_000_000_000n + 10n }),
    );
    fc.assert(
      fc.property(nanos, (n) => {
        let text: string;
        try {
          text = timestampFromEpochNanos(n);
        } catch (error) {
          expect(error).toBeInstanceOf(TimestampError);
          return;
        }
        expect(isCanonicalTimestamp(text)).toBe(true);
        expect(timestampToEpochNanos(text)).toBe(n);
      }),
      { numRuns: 3_000 },
    );
  });

  it('timestampFromDate - every valid Date is written canonically or refused, never a string the reader rejects', () => {
    const millis = fc.oneof(
      fc.integer({ min: -8.64e15, max: 8.64e15 }),
      fc.integer({ min: MAX_SECONDS * 1000 - 10, max: MAX_SECONDS * 1000 + 1010 }),
      fc.integer({ min: MIN_SECONDS * 1000 - 10, max: MIN_SECONDS * 1000 + 10 }),
    );
    fc.assert(
      fc.property(millis, (ms) => {
        let text: string;
        try {
          text = timestampFromDate(new Date(ms));
        } catch (error) {
          expect(error).toBeInstanceOf(TimestampError);
          expect(ms < MIN_SECONDS * 1000 || ms >= (MAX_SECONDS + 1) * 1000).toBe(true);
          return;
        }
        expect(isCanonicalTimestamp(text)).toBe(true);
        expect(timestampToDate(text).getTime()).toBe(ms);
      }),
      { numRuns: 3_000 },
    );
  });

  it('timestampFromDate - a Date from another realm (an iframe, a vm context) is a Date', () => {
    const date = vm.runInNewContext('new Date(Date.UTC(2024, 4, 1, 10, 20, 30, 120))') as Date;
    expect(date instanceof Date).toBe(false);
    expect(timestampFromDate(date)).toBe('2024-05-01T10:20:30.120Z');
  });

  it.each([
    [-1n, '1969-12-31T23:59:59.999999999Z'],
    [-1_500_000_000n, '1969-12-31T23:59:58.500Z'],
    [-999_999_999n, '1969-12-31T23:59:59.000000001Z'],
    [-62_167_219_200_000_000_001n, '-0001-12-31T23:59:59.999999999Z'],
  ])('timestampFromEpochNanos - pre-1970 %d ns is floored to the second before, with the fraction after it', (nanos, text) => {
    expect(timestampFromEpochNanos(nanos)).toBe(text);
    expect(parseTimestamp(text)).toBeDefined();
  });
});
