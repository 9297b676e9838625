import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  TimestampError,
  formatTimestamp,
  isCanonicalTimestamp,
  normalizeTimestamp,
  nowTimestamp,
  parseTimestamp,
  timestampFromDate,
  timestampFromEpochNanos,
  timestampToDate,
  timestampToEpochNanos,
  type TimestampParts,
} from '../../src/codec/timestamp.js';
import { MayastorEventsError } from '../../src/errors.js';

const T_2024_05_01 = 1_714_558_830n; // 2024-05-01T10:20:30Z
const YEAR_0 = -62_167_219_200n; // 0000-01-01T00:00:00Z
const YEAR_10000 = 253_402_300_800n; // +10000-01-01T00:00:00Z
// chrono's year range, which the reader enforces: -262143-01-01 .. +262142-12-31.
const MIN_SECONDS = -8_334_601_228_800n;
const MAX_SECONDS = 8_210_266_876_799n;
const ERA_SECONDS = 146_097n * 86_400n; // 400 Gregorian years

/** `text` with its year moved by `years`, written as chrono writes years. */
function shiftYear(text: string, years: bigint): string {
  const match = /^([+-]?\d+)(-.*)$/.exec(text);
  if (match === null) throw new Error(`not a timestamp: ${text}`);
  const year = BigInt(match[1] ?? '') + years;
  const sign = year < 0n ? '-' : year > 9999n ? '+' : '';
  return sign + (year < 0n ? -year : year).toString().padStart(4, '0') + (match[2] ?? '');
}

describe('formatTimestamp and parseTimestamp', () => {
  it.each<[string, TimestampParts]>([
    ['2024-05-01T10:20:30Z', { seconds: T_2024_05_01, nanos: 0 }],
    ['2024-05-01T10:20:30.123Z', { seconds: T_2024_05_01, nanos: 123_000_000 }],
    ['2024-05-01T10:20:30.120Z', { seconds: T_2024_05_01, nanos: 120_000_000 }],
    ['2024-05-01T10:20:30.001Z', { seconds: T_2024_05_01, nanos: 1_000_000 }],
    ['2024-05-01T10:20:30.123456Z', { seconds: T_2024_05_01, nanos: 123_456_000 }],
    ['2024-05-01T10:20:30.000001Z', { seconds: T_2024_05_01, nanos: 1_000 }],
    ['2024-05-01T10:20:30.123456789Z', { seconds: T_2024_05_01, nanos: 123_456_789 }],
    ['2024-05-01T10:20:30.000000001Z', { seconds: T_2024_05_01, nanos: 1 }],
    ['1970-01-01T00:00:00Z', { seconds: 0n, nanos: 0 }],
    ['1969-12-31T23:59:59.999999999Z', { seconds: -1n, nanos: 999_999_999 }],
    ['0000-01-01T00:00:00Z', { seconds: YEAR_0, nanos: 0 }],
    ['0099-06-15T12:00:00Z', { seconds: -59_028_696_000n, nanos: 0 }],
    ['9999-12-31T23:59:59.999999999Z', { seconds: YEAR_10000 - 1n, nanos: 999_999_999 }],
    ['+10000-01-01T00:00:00Z', { seconds: YEAR_10000, nanos: 0 }],
    ['-0001-12-31T23:59:59Z', { seconds: YEAR_0 - 1n, nanos: 0 }],
    ['-0001-01-01T00:00:00Z', { seconds: YEAR_0 - 365n * 86_400n, nanos: 0 }],
    ['+262142-12-31T23:59:59.999999999Z', { seconds: MAX_SECONDS, nanos: 999_999_999 }],
    ['-262143-01-01T00:00:00Z', { seconds: MIN_SECONDS, nanos: 0 }],
  ])('round trip - %s', (text, parts) => {
    expect(parseTimestamp(text)).toEqual(parts);
    expect(formatTimestamp(parts)).toBe(text);
    expect(isCanonicalTimestamp(text)).toBe(true);
    expect(normalizeTimestamp(text)).toBe(text);
  });

  it.each([
    ['2024-05-01T10:20:30.1Z', '2024-05-01T10:20:30.100Z'],
    ['2024-05-01T10:20:30.12Z', '2024-05-01T10:20:30.120Z'],
    ['2024-05-01T10:20:30.1200Z', '2024-05-01T10:20:30.120Z'],
    ['2024-05-01T10:20:30.1234Z', '2024-05-01T10:20:30.123400Z'],
    ['2024-05-01T10:20:30.12345Z', '2024-05-01T10:20:30.123450Z'],
    ['2024-05-01T10:20:30.1234567Z', '2024-05-01T10:20:30.123456700Z'],
    ['2024-05-01T10:20:30.120000Z', '2024-05-01T10:20:30.120Z'],
    ['2024-05-01T10:20:30.123000000Z', '2024-05-01T10:20:30.123Z'],
    ['2024-05-01T10:20:30.123456000Z', '2024-05-01T10:20:30.123456Z'],
    ['2024-05-01T10:20:30.0Z', '2024-05-01T10:20:30Z'],
    ['2024-05-01T10:20:30.000Z', '2024-05-01T10:20:30Z'],
    ['2024-05-01T10:20:30.000000000Z', '2024-05-01T10:20:30Z'],
  ])('fewest digits - %s is written as %s', (text, written) => {
    expect(normalizeTimestamp(text)).toBe(written);
    expect(isCanonicalTimestamp(text)).toBe(false);
  });

  it.each([
    ['2024-05-01T10:20:30.1234567891Z', '2024-05-01T10:20:30.123456789Z'],
    ['2024-05-01T10:20:30.9999999999Z', '2024-05-01T10:20:30.999999999Z'],
    ['2024-05-01T10:20:30.0000000009Z', '2024-05-01T10:20:30Z'],
    ['2024-05-01T10:20:30.123' + '9'.repeat(60) + 'Z', '2024-05-01T10:20:30.123999999Z'],
  ])('truncation - digits past the ninth are dropped, not rounded: %s', (text, written) => {
    expect(normalizeTimestamp(text)).toBe(written);
  });

  it.each([
    ['2024-05-01T12:20:30+02:00', '2024-05-01T10:20:30Z'],
    ['2024-05-01T10:20:30-00:00', '2024-05-01T10:20:30Z'],
    ['2024-05-01T10:20:30.5+00:00', '2024-05-01T10:20:30.500Z'],
    ['2024-05-01T05:50:30-04:30', '2024-05-01T10:20:30Z'],
    ['2024-05-02T01:00:00+02:00', '2024-05-01T23:00:00Z'],
    ['2024-05-31T22:00:00-23:59', '2024-06-01T21:59:00Z'],
    ['2024-03-01T00:00:00+00:01', '2024-02-29T23:59:00Z'],
    ['2023-03-01T00:00:00+00:01', '2023-02-28T23:59:00Z'],
    ['2024-01-01T01:00:00.000000001+02:00', '2023-12-31T23:00:00.000000001Z'],
    ['2023-12-31T23:30:00-01:00', '2024-01-01T00:30:00Z'],
    ['0000-01-01T00:30:00+01:00', '-0001-12-31T23:30:00Z'],
    ['9999-12-31T23:30:00-01:00', '+10000-01-01T00:30:00Z'],
    ['1970-01-01T00:00:00+23:59', '1969-12-31T00:01:00Z'],
  ])('offsets - %s is %s in UTC', (text, written) => {
    expect(normalizeTimestamp(text)).toBe(written);
  });

  it.each([
    ['2024-05-01t10:20:30Z', '2024-05-01T10:20:30Z'],
    ['2024-05-01 10:20:30Z', '2024-05-01T10:20:30Z'],
    ['2024-05-01T10:20:30z', '2024-05-01T10:20:30Z'],
    ['2024-05-01 10:20:30.123456789z', '2024-05-01T10:20:30.123456789Z'],
    ['+2024-05-01T10:20:30Z', '2024-05-01T10:20:30Z'],
    ['-0000-01-01T00:00:00Z', '0000-01-01T00:00:00Z'],
    ['+0000010000-01-01T00:00:00Z', '+10000-01-01T00:00:00Z'],
    ['-00001-12-31T23:59:59Z', '-0001-12-31T23:59:59Z'],
  ])('lenient forms - %s reads as %s', (text, written) => {
    expect(normalizeTimestamp(text)).toBe(written);
    expect(isCanonicalTimestamp(text)).toBe(false);
  });

  it.each([
    '2000-02-29T00:00:00Z',
    '2024-02-29T00:00:00Z',
    '1600-02-29T00:00:00Z',
    '0000-02-29T00:00:00Z',
    '-0004-02-29T00:00:00Z',
    '+10400-02-29T00:00:00Z',
  ])('leap years - %s is a valid date', (text) => {
    expect(normalizeTimestamp(text)).toBe(text);
  });

  it.each([
    '1900-02-29T00:00:00Z',
    '2023-02-29T00:00:00Z',
    '2100-02-29T00:00:00Z',
    '-0100-02-29T00:00:00Z',
    '2024-02-30T00:00:00Z',
  ])('leap years - %s is rejected', (text) => {
    expect(parseTimestamp(text)).toBeUndefined();
  });

  it('far years - the day arithmetic repeats every 400 years in both directions', () => {
    const base = { seconds: T_2024_05_01, nanos: 5 };
    for (const eras of [1n, -1n, 1_000n, -1_000n, 10n ** 6n, -(10n ** 6n), 10n ** 20n, -(10n ** 20n)]) {
      const shifted = formatTimestamp({ seconds: base.seconds + eras * ERA_SECONDS, nanos: base.nanos });
      expect(shifted).toBe(shiftYear('2024-05-01T10:20:30.000000005Z', eras * 400n));
    }
  });

  it('far years - the bigint path past 2^53 seconds agrees with the number path below it', () => {
    const edge = BigInt(Number.MAX_SAFE_INTEGER);
    for (let delta = -3n; delta <= 3n; delta++) {
      const seconds = edge + delta - ERA_SECONDS * (delta < 0n ? -1n : 1n);
      const far = formatTimestamp({ seconds: seconds + ERA_SECONDS * (delta < 0n ? -1n : 1n), nanos: 7 });
      const near = formatTimestamp({ seconds, nanos: 7 });
      expect(far).toBe(shiftYear(near, delta < 0n ? -400n : 400n));
    }
  });

  it.each<[string, TimestampParts]>([
    ['nanos of one second', { seconds: 0n, nanos: 1_000_000_000 }],
    ['negative nanos', { seconds: 0n, nanos: -1 }],
    ['fractional nanos', { seconds: 0n, nanos: 1.5 }],
    ['NaN nanos', { seconds: 0n, nanos: Number.NaN }],
    ['number seconds', { seconds: 0 as unknown as bigint, nanos: 0 }],
  ])('formatTimestamp - throws a TimestampError for %s', (_, parts) => {
    expect(() => formatTimestamp(parts)).toThrow(TimestampError);
  });
});

describe('rejections', () => {
  it.each([
    ['empty', ''],
    ['no offset', '2024-05-01T10:20:30'],
    ['no offset, with fraction', '2024-05-01T10:20:30.123'],
    ['date only', '2024-05-01'],
    ['no seconds', '2024-05-01T10:20Z'],
    ['dot without digits', '2024-05-01T10:20:30.Z'],
    ['comma fraction', '2024-05-01T10:20:30,5Z'],
    ['other separator', '2024-05-01X10:20:30Z'],
    ['two spaces', '2024-05-01  10:20:30Z'],
    ['space before offset', '2024-05-01T10:20:30 Z'],
    ['UTC as offset', '2024-05-01T10:20:30UTC'],
    ['offset without colon', '2024-05-01T10:20:30+0200'],
    ['offset hours only', '2024-05-01T10:20:30+02'],
    ['offset with seconds', '2024-05-01T10:20:30+02:00:00'],
    ['offset hours 24', '2024-05-01T10:20:30+24:00'],
    ['offset minutes 60', '2024-05-01T10:20:30+02:60'],
    ['unpadded month', '2024-5-01T10:20:30Z'],
    ['unpadded hour', '2024-05-01T1:20:30Z'],
    ['two-digit year', '24-05-01T10:20:30Z'],
    ['five-digit year without sign', '02024-05-01T10:20:30Z'],
    ['signed three-digit year', '+123-05-01T10:20:30Z'],
    ['month 0', '2024-00-01T10:20:30Z'],
    ['month 13', '2024-13-01T10:20:30Z'],
    ['day 0', '2024-05-00T10:20:30Z'],
    ['day 32', '2024-05-32T10:20:30Z'],
    ['April 31', '2024-04-31T10:20:30Z'],
    ['hour 24', '2024-05-01T24:00:00Z'],
    ['minute 60', '2024-05-01T10:60:30Z'],
    ['leap second 60', '2016-12-31T23:59:60Z'],
    ['leading space', ' 2024-05-01T10:20:30Z'],
    ['trailing space', '2024-05-01T10:20:30Z '],
    ['trailing newline', '2024-05-01T10:20:30Z\n'],
    ['trailing junk', '2024-05-01T10:20:30.123Zjunk'],
    ['non-ASCII digits', '２０２４-05-01T10:20:30Z'],
    ['year past chrono', '+262143-01-01T00:00:00Z'],
    ['year before chrono', '-262144-12-31T23:59:59Z'],
    ['offset pushing past chrono', '+262142-12-31T23:59:59-00:01'],
    ['offset pulling before chrono', '-262143-01-01T00:00:00+00:01'],
    ['huge year', '+' + '9'.repeat(400) + '-01-01T00:00:00Z'],
    ['number-like text', '1714558830'],
  ])('%s - %j is rejected everywhere', (_, text) => {
    expect(parseTimestamp(text)).toBeUndefined();
    expect(normalizeTimestamp(text)).toBeUndefined();
    expect(isCanonicalTimestamp(text)).toBe(false);
    expect(() => timestampToDate(text)).toThrow(TimestampError);
    expect(() => timestampToEpochNanos(text)).toThrow(TimestampError);
  });

  it.each([
    ['a number', 1_714_558_830],
    ['null', null],
    ['undefined', undefined],
    ['an object', { seconds: 1, nanos: 0 }],
    ['a Date', new Date(0)],
  ])('parseTimestamp - %s is rejected without throwing', (_, value) => {
    const text = value as unknown as string;
    expect(parseTimestamp(text)).toBeUndefined();
    expect(isCanonicalTimestamp(text)).toBe(false);
    expect(normalizeTimestamp(text)).toBeUndefined();
  });

  it('parseTimestamp - never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const parts = parseTimestamp(text);
        expect(isCanonicalTimestamp(text)).toBe(normalizeTimestamp(text) === text);
        if (parts !== undefined) expect(parts.nanos).toBeLessThan(1_000_000_000);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('TimestampError', () => {
  it('carries the rejected input, its name and the SDK base class', () => {
    let caught: unknown;
    try {
      timestampToDate('2024-05-01T10:20:30');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TimestampError);
    expect(caught).toBeInstanceOf(MayastorEventsError);
    const error = caught as TimestampError;
    expect(error.name).toBe('TimestampError');
    expect(error.input).toBe('2024-05-01T10:20:30');
    expect(error.message).toContain('"2024-05-01T10:20:30"');
    expect(error.message).toContain('offset');
  });
});

/** Parts inside the range the reader accepts, with nanos biased towards each fraction width. */
const partsArbitrary: fc.Arbitrary<TimestampParts> = fc.record({
  seconds: fc.oneof(
    fc.bigInt({ min: MIN_SECONDS, max: MAX_SECONDS }),
    fc.bigInt({ min: YEAR_0 - ERA_SECONDS, max: YEAR_10000 + ERA_SECONDS }),
    fc.bigInt({ min: -(10n ** 10n), max: 10n ** 10n }),
  ),
  nanos: fc.oneof(
    fc.constant(0),
    fc.integer({ min: 0, max: 999 }).map((ms) => ms * 1_000_000),
    fc.integer({ min: 0, max: 999_999 }).map((us) => us * 1_000),
    fc.integer({ min: 0, max: 999_999_999 }),
  ),
});

/** Spellings of one instant that the reader accepts, most of them not canonical. */
function variants(canonical: string): string[] {
  const noZ = canonical.slice(0, -1);
  const hasFraction = noZ.includes('.');
  return [
    canonical,
    noZ + 'z',
    noZ + '+00:00',
    noZ + '-00:00',
    noZ.replace('T', 't') + 'Z',
    noZ.replace('T', ' ') + 'Z',
    (hasFraction ? noZ + '0' : noZ + '.0') + 'Z',
    (hasFraction ? noZ + '000' : noZ + '.000') + 'Z',
    /^\d/.test(canonical) ? '+' + canonical : canonical.slice(0, 1) + '0' + canonical.slice(1),
  ];
}

describe('isCanonicalTimestamp', () => {
  it('agrees with normalizeTimestamp(x) === x over generated parts and their spellings', () => {
    fc.assert(
      fc.property(partsArbitrary, (parts) => {
        const canonical = formatTimestamp(parts);
        expect(parseTimestamp(canonical)).toEqual(parts);
        expect(isCanonicalTimestamp(canonical)).toBe(true);
        for (const text of variants(canonical)) {
          expect(isCanonicalTimestamp(text)).toBe(normalizeTimestamp(text) === text);
          expect(normalizeTimestamp(text)).toBe(canonical);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('agrees with normalizeTimestamp(x) === x over canonical-shaped text with out-of-range fields', () => {
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
    const year = fc.oneof(
      fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
      fc.integer({ min: -300_000, max: 300_000 }).map((n) => (n < 0 ? '-' : '+') + String(Math.abs(n)).padStart(4, '0')),
      fc.stringMatching(/^[+-]0\d{4,6}$/),
    );
    const fraction = fc.oneof(
      fc.constant(''),
      fc.stringMatching(/^\.\d{3}$/),
      fc.stringMatching(/^\.\d{6}$/),
      fc.stringMatching(/^\.\d{9}$/),
      fc.stringMatching(/^\.(?:000|\d{3}000|\d{6}000)$/),
    );
    const text = fc
      .tuple(year, two(13), two(32), two(25), two(61), two(61), fraction)
      .map(([y, mo, d, h, mi, s, f]) => `${y}-${mo}-${d}T${h}:${mi}:${s}${f}Z`);
    fc.assert(
      fc.property(text, (candidate) => {
        expect(isCanonicalTimestamp(candidate)).toBe(normalizeTimestamp(candidate) === candidate);
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('epoch nanoseconds', () => {
  it.each([
    ['1970-01-01T00:00:00Z', 0n],
    ['1970-01-01T00:00:01.000000002Z', 1_000_000_002n],
    ['1969-12-31T23:59:59.999999999Z', -1n],
    ['2024-05-01T10:20:30.123456789Z', 1_714_558_830_123_456_789n],
  ])('%s is %d ns after the epoch', (text, nanos) => {
    expect(timestampToEpochNanos(text)).toBe(nanos);
    expect(timestampFromEpochNanos(nanos)).toBe(text);
  });

  it('timestampFromEpochNanos and timestampToEpochNanos are inverses', () => {
    const nanos = fc.oneof(
      fc.bigInt({ min: MIN_SECONDS * 1_000_000_000n, max: MAX_SECONDS * 1_000_000_000n + 999_999_999n }),
      fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
    );
    fc.assert(
      fc.property(nanos, (n) => {
        const text = timestampFromEpochNanos(n);
        expect(isCanonicalTimestamp(text)).toBe(true);
        expect(timestampToEpochNanos(text)).toBe(n);
      }),
      { numRuns: 2_000 },
    );
  });

  it('timestampToEpochNanos agrees with the parts of any accepted spelling', () => {
    fc.assert(
      fc.property(partsArbitrary, (parts) => {
        for (const text of variants(formatTimestamp(parts))) {
          expect(timestampToEpochNanos(text)).toBe(parts.seconds * 1_000_000_000n + BigInt(parts.nanos));
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('Date conversion', () => {
  it.each([
    '2024-05-01T10:20:30Z',
    '2024-05-01T10:20:30.1Z',
    '2024-05-01T10:20:30.12Z',
    '2024-05-01T10:20:30.123Z',
    '2024-05-01T12:20:30.123+02:00',
    '2024-05-01T04:50:30.999-05:30',
    '2024-01-01T00:30:00+01:00',
    '1969-12-31T23:59:59.999Z',
    '0001-01-01T00:00:00Z',
    '0050-06-15T12:00:00Z',
    '9999-12-31T23:59:59.999Z',
  ])('timestampToDate - agrees with new Date(%j)', (text) => {
    expect(timestampToDate(text).getTime()).toBe(new Date(text).getTime());
  });

  it('timestampToDate - agrees with new Date(text) for any ms-precision instant in years 0000-9999', () => {
    const date = fc.date({
      min: new Date('0000-01-01T00:00:00Z'),
      max: new Date('9999-12-31T23:59:59.999Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(date, (d) => {
        const text = timestampFromDate(d);
        expect(text).toBe(d.toISOString().replace(/\.000Z$/, 'Z'));
        expect(timestampToDate(text).getTime()).toBe(new Date(text).getTime());
        expect(timestampToDate(text).getTime()).toBe(d.getTime());
      }),
      { numRuns: 2_000 },
    );
  });

  it.each([
    ['2024-05-01T10:20:30.123999999Z', Date.UTC(2024, 4, 1, 10, 20, 30, 123)],
    ['1969-12-31T23:59:59.9999999Z', -1],
    ['1970-01-01T00:00:00.000999Z', 0],
  ])('timestampToDate - truncates %s to milliseconds', (text, millis) => {
    expect(timestampToDate(text).getTime()).toBe(millis);
  });

  it('timestampToDate - reaches years Date.UTC maps elsewhere and far years', () => {
    expect(timestampToDate('0012-03-04T05:06:07Z').getUTCFullYear()).toBe(12);
    expect(timestampToDate('-0001-12-31T23:59:59Z').getUTCFullYear()).toBe(-1);
    expect(timestampToDate('+262142-12-31T23:59:59.999999999Z').getTime()).toBe(
      Number(MAX_SECONDS) * 1000 + 999,
    );
  });

  it.each([
    [new Date(Date.UTC(2024, 4, 1, 10, 20, 30, 120)), '2024-05-01T10:20:30.120Z'],
    [new Date(Date.UTC(2024, 4, 1, 10, 20, 30)), '2024-05-01T10:20:30Z'],
    [new Date(-1), '1969-12-31T23:59:59.999Z'],
    [new Date(-62_167_305_600_000), '-0001-12-31T00:00:00Z'],
    [new Date(8.64e15), '+275760-09-13T00:00:00Z'],
  ])('timestampFromDate - %o is %s', (date, text) => {
    expect(timestampFromDate(date)).toBe(text);
  });

  it.each([
    ['an invalid Date', new Date(Number.NaN)],
    ['a number', 0],
    ['a string', '2024-05-01T10:20:30Z'],
  ])('timestampFromDate - throws a TimestampError for %s', (_, value) => {
    expect(() => timestampFromDate(value as unknown as Date)).toThrow(TimestampError);
  });
});

describe('nowTimestamp', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('is canonical and within 50 ms of Date.now()', () => {
    for (let i = 0; i < 1_000; i++) {
      const before = BigInt(Date.now()) * 1_000_000n;
      const now = nowTimestamp();
      const after = BigInt(Date.now()) * 1_000_000n;
      expect(isCanonicalTimestamp(now)).toBe(true);
      const nanos = timestampToEpochNanos(now);
      expect(nanos).toBeGreaterThanOrEqual(before - 50_000_000n);
      expect(nanos).toBeLessThanOrEqual(after + 50_000_000n);
    }
  });

  it('has sub-millisecond digits', () => {
    const samples = Array.from({ length: 20 }, () => nowTimestamp());
    expect(samples.some((text) => /\.\d{9}Z$/.test(text))).toBe(true);
  });

  it('re-anchors when the wall clock jumps', () => {
    nowTimestamp();
    const jumped = Date.now() + 3_600_000;
    vi.spyOn(Date, 'now').mockReturnValue(jumped);
    const nanos = timestampToEpochNanos(nowTimestamp());
    expect(nanos - BigInt(jumped) * 1_000_000n).toBeLessThan(50_000_000n);
    expect(BigInt(jumped) * 1_000_000n - nanos).toBeLessThan(50_000_000n);
    vi.restoreAllMocks();
    const back = timestampToEpochNanos(nowTimestamp()) - BigInt(Date.now()) * 1_000_000n;
    expect(back < 50_000_000n && back > -50_000_000n).toBe(true);
  });
});
