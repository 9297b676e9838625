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
import { catalog, catalogEntry, catalogEntryFor, isEventKey } from '../../src/catalog.js';
import { EventAction, EventCategory, enumName, enumValue } from '../../src/enums.js';
import { SubjectError, assertSubject, isSubjectPattern, matchesPattern, wireFilter, wireSubject } from '../../src/subject.js';

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

  it.each([
    ['an object without a prototype', Object.create(null) as unknown, 'object'],
    ['a bigint', 5n, '5n'],
    ['a fraction', 0.5, '0.5'],
    ['null', null, 'null'],
  ])('formatTimestamp - nanos that are %s are refused with a TimestampError naming them', (_, nanos, named) => {
    expect(() => formatTimestamp({ seconds: 0n, nanos } as never)).toThrow(TimestampError);
    expect(() => formatTimestamp({ seconds: 0n, nanos } as never)).toThrow(`got ${named}: carry`);
  });

  it('timestampToDate - a long rejected text is cut in the message, kept whole in `input`', () => {
    const text = '2024-05-01T10:20:30' + ' '.repeat(1_000_000) + 'x';
    let caught: unknown;
    try {
      timestampToDate(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TimestampError);
    const error = caught as TimestampError;
    expect(error.message.length).toBeLessThan(300);
    expect(error.message).toMatch(/^"2024-05-01T10:20:30 {21}"… \(1000020 characters\) is not a timestamp: .*found "x" at character 1000020/);
    expect(error.input).toBe(text);
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

describe('enums and the catalog - prototype keys and numbers that are not enum numbers', () => {
  const prototypeKeys = ['__proto__', 'toString', 'constructor', 'hasOwnProperty', 'valueOf'];

  it.each(prototypeKeys)('%s is no enum name, event key or catalog entry', (name) => {
    expect(enumValue(EventCategory, name)).toBeUndefined();
    expect(isEventKey(name)).toBe(false);
    expect(catalogEntry(name)).toBeUndefined();
    expect(isSubjectPattern(name)).toBe(false);
    expect(isSubjectPattern(`${name}.*`)).toBe(false);
    expect(isSubjectPattern(`*.${name}`)).toBe(false);
  });

  it.each([2.5, -1, 2 ** 31, Number.NaN, Number.POSITIVE_INFINITY])('enumName - %d has no name', (value) => {
    expect(enumName(EventCategory, value)).toBeUndefined();
  });

  it.each([
    // Packed as category * 65536 + action, each of these lands on (2, 1): volume.create.
    [2 + 1 / 65_536, 0],
    [1.5, 32_769],
    [2 - 1 / 65_536, 2],
    [2, 1.5],
    [2.0000001, 1],
  ])('catalogEntryFor - (%d, %d) is not a catalogued pair: only integers are', (category, action) => {
    expect(catalogEntryFor(category, action)).toBeUndefined();
  });

  it('catalogEntryFor - finds every catalogued pair, by numbers and by enum lookups', () => {
    for (const entry of catalog) {
      expect(catalogEntryFor(entry.category, entry.action)).toBe(entry);
      expect(catalogEntryFor(-0 + entry.category, entry.action)).toBe(entry);
    }
    expect(catalogEntryFor(EventCategory.Nexus, EventAction.RebuildBegin)?.key).toBe('nexus.rebuildBegin');
  });
});

describe('matchesPattern - NATS rules, and false for what NATS refuses', () => {
  it.each([
    ['nexus.', 'nexus.'],
    ['.create', '.create'],
    ['a..b', 'a..b'],
    ['', ''],
    ['*', ''],
    ['*.*', 'volume.'],
    ['*.*', '.'],
    ['volume.*', 'volume.'],
    ['>', '.'],
    ['>', 'volume..create'],
    ['>.create', 'volume.create'],
    ['volume.>.x', 'volume.create.x'],
    ['>.>', 'volume.create'],
    ['volume.*', 'volume.*'],
    ['>', 'volume.>'],
    ['volume. create', 'volume. create'],
    ['volume.create', 'volume.create '],
  ])('matchesPattern(%j, %j) is false: one of them is not a NATS subject or filter', (pattern, key) => {
    expect(matchesPattern(pattern, key)).toBe(false);
  });

  it.each([
    ['>', 'volume.create', true],
    ['>', 'a', true],
    ['*.>', 'volume.create', true],
    ['volume.>', 'volume', false],
    ['*', 'volume', true],
    ['*', 'volume.create', false],
    ['vølume.*', 'vølume.create', true],
    ['volume.*', 'volume.__proto__', true],
  ])('matchesPattern(%j, %j) is %s', (pattern, key, matches) => {
    expect(matchesPattern(pattern, key)).toBe(matches);
  });

  it('matchesPattern - values that are not strings match nothing (no TypeError)', () => {
    expect(matchesPattern(null as never, 'volume.create')).toBe(false);
    expect(matchesPattern('>', undefined as never)).toBe(false);
  });

  it('matchesPattern - agrees with isSubjectPattern over every catalogued key', () => {
    for (const { key } of catalog) {
      expect(matchesPattern('>', key)).toBe(true);
      expect(matchesPattern('*.*', key)).toBe(true);
      expect(matchesPattern(key, key)).toBe(true);
      expect(matchesPattern(`${key}.>`, key)).toBe(false);
    }
  });
});

describe('wireSubject and wireFilter - refusals are SubjectErrors', () => {
  const event = {
    category: 2,
    action: 1,
    target: 'v',
    metadata: { id: '0b6f5d2e-8f3e-4d1a-9a57-3c2e1f0a9b77', source: null, timestamp: null, version: 1 },
  };

  it.each([2 ** 31, -(2 ** 31) - 1, 1e21, 2 ** 53 + 2, Number.NaN])('wireSubject - category %d (not an i32) is refused', (category) => {
    expect(() => wireSubject({ ...event, category })).toThrow(SubjectError);
    expect(() => wireSubject({ ...event, category })).toThrow(/an i32, as on the wire/);
  });

  it('wireSubject - NaN is shown as NaN, a bigint as a bigint (not JSON\'s null, not a TypeError)', () => {
    expect(() => wireSubject({ ...event, category: Number.NaN })).toThrow(/^invalid event category NaN: /);
    expect(() => wireSubject({ ...event, category: 2n } as never)).toThrow(/^invalid event category 2n: /);
  });

  it('wireSubject - every i32 category is written in plain digits', () => {
    expect(wireSubject({ ...event, category: -(2 ** 31) })).toBe(`events.-2147483648.${event.metadata.id}`);
    expect(wireSubject({ ...event, category: 2 ** 31 - 1 })).toBe(`events.2147483647.${event.metadata.id}`);
  });

  it.each(['a\ud800', '\udc00b', 'a\udc00\ud800b'])('wireSubject - an id with a lone surrogate (%j) is refused: UTF-8 cannot send it', (id) => {
    expect(() => wireSubject({ ...event, metadata: { ...event.metadata, id } })).toThrow(/lone UTF-16 surrogate/);
  });

  it('assertSubject - a dead-letter subject with a lone surrogate is refused', () => {
    expect(() => assertSubject('deadLetterSubject', 'dead.\ud800')).toThrow(/lone UTF-16 surrogate/);
    expect(() => assertSubject('deadLetterSubject', 'dead.\u{1f600}')).not.toThrow();
  });

  it('wireSubject - an id with a surrogate pair (an astral character) is a token', () => {
    expect(wireSubject({ ...event, metadata: { ...event.metadata, id: 'a\u{1f600}b' } })).toBe('events.2.a\u{1f600}b');
  });

  it('wireFilter - one string instead of a list is refused, naming the string', () => {
    expect(() => wireFilter('volume.create')).toThrow(SubjectError);
    expect(() => wireFilter('volume.create')).toThrow(/^invalid patterns "volume.create": expected a list of patterns/);
    expect(() => wireFilter(null as never)).toThrow(SubjectError);
  });

  it('wireFilter - a pattern that is a bigint or a cyclic object is refused with a SubjectError', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => wireFilter([5n as never])).toThrow(SubjectError);
    expect(() => wireFilter([cyclic as never])).toThrow(SubjectError);
  });
});
