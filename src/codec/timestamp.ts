/**
 * Protobuf Timestamps as the Rust services write them (prost-wkt-types + chrono): RFC 3339 UTC
 * strings. An event keeps its timestamp as the exact string it arrived as, because a JS `Date`
 * drops nanoseconds; these helpers read, write and convert such strings.
 */
import { hrtime } from 'node:process';
import { MayastorEventsError } from '../errors.js';

/** Seconds since the Unix epoch (may be negative) and nanoseconds 0..999_999_999. */
export interface TimestampParts {
  readonly seconds: bigint;
  readonly nanos: number;
}

/** A timestamp string could not be read, or a value could not be written as one; `input` is the offending value. */
export class TimestampError extends MayastorEventsError {
  override readonly name = 'TimestampError';
  /** The value that was rejected, as given. */
  readonly input: unknown;

  constructor(message: string, input: unknown, options?: { cause?: unknown }) {
    super(message, options);
    this.input = input;
  }
}

const NANOS_PER_SECOND = 1_000_000_000;
const NANOS_PER_SECOND_BIG = 1_000_000_000n;
const NANOS_PER_MILLI = 1_000_000;
const SECONDS_PER_DAY = 86_400;
const DAYS_PER_ERA = 146_097; // 400 Gregorian years
const EPOCH_SHIFT_DAYS = 719_468; // days from 0000-03-01 to 1970-01-01

// The years chrono (0.4.3x) can hold; a Rust service rejects a timestamp outside them, so we do too.
// Older chrono allowed one more year at each end; the narrower range is the one every version reads.
const MIN_YEAR = -262_143;
const MAX_YEAR = 262_142;

// Lenient reader grammar (see DESIGN.md, "Reading and writing rules"):
// year, month, day, hour, minute, second, fraction, `Z`/`z`, offset sign, offset hours, offset minutes.
const READ_PATTERN =
  /^([+-]\d{4,}|\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;

// The shape of the writer's output; values are range-checked separately.
const CANONICAL_PATTERN = /^(?:\d{4}|[+-]\d{4,})-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{3}(?:\d{3}){0,2})?Z$/;

const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

const EXAMPLE = 'e.g. "2024-05-01T10:20:30.123456789Z"';

/** Whether `year` is a Gregorian leap year (proleptic, any year). */
function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Days in `month` (1..12) of `year`. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Floored remainder, exact for any safe integer (unlike `Math.floor(a / b)` near 2^53). */
function modFloor(a: number, b: number): number {
  const r = a % b;
  return r < 0 ? r + b : r;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const yearOfEra = modFloor(y, 400);
  const era = (y - yearOfEra) / 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - EPOCH_SHIFT_DAYS;
}

/** A date inside a 400-year era: the year offset from the era's start (0..400), month and day. */
interface EraDate {
  readonly yearOfEra: number;
  readonly month: number;
  readonly day: number;
}

/** Splits a day of a March-based 400-year era (0..146_096) into year, month and day (civil_from_days). */
function civilFromDayOfEra(dayOfEra: number): EraDate {
  const yoe = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { yearOfEra: month <= 2 ? yoe + 1 : yoe, month, day };
}

/** Writes a year as chrono does: 4 digits for 0..9999, otherwise a sign and at least 4 digits. */
function formatYear(year: number | bigint): string {
  if (year >= 0 && year <= 9999) return String(year).padStart(4, '0');
  const negative = year < 0;
  const magnitude = String(negative ? -year : year).padStart(4, '0');
  return (negative ? '-' : '+') + magnitude;
}

/** The fraction chrono's `AutoSi` prints: none, 3, 6 or 9 digits, the fewest that hold `nanos`. */
function formatFraction(nanos: number): string {
  if (nanos === 0) return '';
  if (nanos % NANOS_PER_MILLI === 0) return '.' + String(nanos / NANOS_PER_MILLI).padStart(3, '0');
  if (nanos % 1000 === 0) return '.' + String(nanos / 1000).padStart(6, '0');
  return '.' + String(nanos).padStart(9, '0');
}

/** Value of the two digits at `index` (the pattern has already checked they are digits). */
function twoDigits(text: string, index: number): number {
  const tens = text.charCodeAt(index) - 48;
  const ones = text.charCodeAt(index + 1) - 48;
  return tens * 10 + ones;
}

/** Value of the `count` digits at `index` (the pattern has already checked they are digits). */
function digitsValue(text: string, index: number, count: number): number {
  let value = 0;
  for (let i = index; i < index + count; i++) value = value * 10 + (text.charCodeAt(i) - 48);
  return value;
}

const MIN_SECONDS = daysFromCivil(MIN_YEAR, 1, 1) * SECONDS_PER_DAY;
const MAX_SECONDS = daysFromCivil(MAX_YEAR, 12, 31) * SECONDS_PER_DAY + SECONDS_PER_DAY - 1;
// Below this the writer's day arithmetic runs on exact doubles; above it, on bigints.
const MAX_SAFE_SECONDS = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE_SECONDS = -MAX_SAFE_SECONDS;

/**
 * Reads an RFC 3339 timestamp the way the Rust services do; `undefined` when they would reject it.
 *
 * @example
 * parseTimestamp('2024-05-01T12:20:30.5+02:00'); // { seconds: 1714558830n, nanos: 500000000 }
 * parseTimestamp('2024-05-01T10:20:30');         // undefined: no offset
 */
export function parseTimestamp(text: string): TimestampParts | undefined {
  if (typeof text !== 'string') return undefined;
  const match = READ_PATTERN.exec(text);
  if (match === null) return undefined;
  // Number() of a very long digit string is huge or Infinity, which the range check rejects.
  const year = Number(match[1]);
  if (!(year >= MIN_YEAR && year <= MAX_YEAR)) return undefined;
  const month = Number(match[2]);
  const day = Number(match[3]);
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  const second = Number(match[6]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  // Second 60 is rejected: chrono would take it as a leap second, but a protobuf Timestamp has no
  // leap seconds (nanos must stay below 10^9), so the value could not be written back as it came.
  if (hour > 23 || minute > 59 || second > 59) return undefined;

  const fractionText = match[7];
  const offsetSign = match[8];
  let offsetSeconds = 0;
  if (offsetSign !== undefined) {
    const offsetHours = Number(match[9]);
    const offsetMinutes = Number(match[10]);
    if (offsetHours > 23 || offsetMinutes > 59) return undefined;
    offsetSeconds = (offsetSign === '-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
  }

  let nanos = 0;
  if (fractionText !== undefined) {
    // Digits past the ninth are dropped, not rounded, as chrono does.
    nanos = Number(fractionText.length >= 9 ? fractionText.slice(0, 9) : fractionText.padEnd(9, '0'));
  }

  const seconds =
    daysFromCivil(year, month, day) * SECONDS_PER_DAY + hour * 3600 + minute * 60 + second - offsetSeconds;
  if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) return undefined;
  return { seconds: BigInt(seconds), nanos };
}

/**
 * Writes a timestamp byte-identical to what the Rust services write (chrono's RFC 3339, `AutoSi`, `Z`).
 * Throws TimestampError when `nanos` is not an integer in 0..999_999_999.
 *
 * @example
 * formatTimestamp({ seconds: 1714558830n, nanos: 120_000_000 }); // '2024-05-01T10:20:30.120Z'
 * formatTimestamp({ seconds: -62167219201n, nanos: 0 });         // '-0001-12-31T23:59:59Z'
 */
export function formatTimestamp(parts: TimestampParts): string {
  const { seconds, nanos } = parts;
  if (typeof seconds !== 'bigint') {
    throw new TimestampError('Timestamp seconds must be a bigint (e.g. 1714558830n)', parts);
  }
  if (!Number.isInteger(nanos) || nanos < 0 || nanos >= NANOS_PER_SECOND) {
    throw new TimestampError(
      `Timestamp nanos must be an integer from 0 to 999999999, got ${String(nanos)}: carry whole seconds into \`seconds\``,
      parts,
    );
  }

  let year: number | bigint;
  let date: EraDate;
  let secondOfDay: number;
  if (seconds >= MIN_SAFE_SECONDS && seconds <= MAX_SAFE_SECONDS) {
    const total = Number(seconds);
    secondOfDay = modFloor(total, SECONDS_PER_DAY);
    const shifted = (total - secondOfDay) / SECONDS_PER_DAY + EPOCH_SHIFT_DAYS;
    const dayOfEra = modFloor(shifted, DAYS_PER_ERA);
    date = civilFromDayOfEra(dayOfEra);
    year = ((shifted - dayOfEra) / DAYS_PER_ERA) * 400 + date.yearOfEra;
  } else {
    // Far beyond any real date, but the writer stays exact for every bigint.
    const daysBig = floorDiv(seconds, BigInt(SECONDS_PER_DAY));
    secondOfDay = Number(seconds - daysBig * BigInt(SECONDS_PER_DAY));
    const shifted = daysBig + BigInt(EPOCH_SHIFT_DAYS);
    const era = floorDiv(shifted, BigInt(DAYS_PER_ERA));
    date = civilFromDayOfEra(Number(shifted - era * BigInt(DAYS_PER_ERA)));
    year = era * 400n + BigInt(date.yearOfEra);
  }

  const hour = Math.floor(secondOfDay / 3600);
  const minute = Math.floor((secondOfDay % 3600) / 60);
  const second = secondOfDay % 60;
  return (
    formatYear(year) +
    '-' +
    TWO_DIGITS[date.month] +
    '-' +
    TWO_DIGITS[date.day] +
    'T' +
    TWO_DIGITS[hour] +
    ':' +
    TWO_DIGITS[minute] +
    ':' +
    TWO_DIGITS[second] +
    formatFraction(nanos) +
    'Z'
  );
}

/** Floored division of bigints (`/` truncates toward zero). */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

/**
 * Whether `text` is exactly what the Rust services would write for its instant; cheap enough for every message.
 *
 * @example
 * isCanonicalTimestamp('2024-05-01T10:20:30.120Z');  // true
 * isCanonicalTimestamp('2024-05-01T10:20:30.1200Z'); // false: written as .120Z
 */
export function isCanonicalTimestamp(text: string): boolean {
  if (typeof text !== 'string' || !CANONICAL_PATTERN.test(text)) return false;

  const signed = text.charCodeAt(0) === 43 /* + */ || text.charCodeAt(0) === 45; /* - */
  const yearEnd = text.indexOf('-', 1);
  let year: number;
  if (signed) {
    const digitCount = yearEnd - 1;
    // Past chrono's range, or a zero padding beyond the 4-digit minimum.
    if (digitCount > 6 || (digitCount > 4 && text.charCodeAt(1) === 48)) return false;
    year = digitsValue(text, 1, digitCount);
    if (text.charCodeAt(0) === 45) {
      if (year === 0 || year > -MIN_YEAR) return false;
      year = -year;
    } else if (year <= 9999 || year > MAX_YEAR) {
      return false;
    }
  } else {
    year = digitsValue(text, 0, 4);
  }

  const month = twoDigits(text, yearEnd + 1);
  const day = twoDigits(text, yearEnd + 4);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  if (twoDigits(text, yearEnd + 7) > 23 || twoDigits(text, yearEnd + 10) > 59 || twoDigits(text, yearEnd + 13) > 59) {
    return false;
  }

  // The fraction must be the shortest of 3, 6 or 9 digits that holds the value.
  const fractionStart = yearEnd + 16; // past "-MM-DDTHH:MM:SS."
  if (text.length === fractionStart) return true; // "…SSZ"
  const fractionDigits = text.length - fractionStart - 1;
  const fraction = digitsValue(text, fractionStart, fractionDigits);
  return fractionDigits === 3 ? fraction !== 0 : fraction % 1000 !== 0;
}

/**
 * The canonical (Rust-written) form of any timestamp the reader accepts; `undefined` when it does not.
 * Returns `text` itself when it is already canonical.
 *
 * @example
 * normalizeTimestamp('2024-05-01 12:20:30.5+02:00'); // '2024-05-01T10:20:30.500Z'
 */
export function normalizeTimestamp(text: string): string | undefined {
  if (isCanonicalTimestamp(text)) return text;
  const parts = parseTimestamp(text);
  return parts === undefined ? undefined : formatTimestamp(parts);
}

/** Reads `text` or throws a TimestampError that says what is expected. */
function parseOrThrow(text: string): TimestampParts {
  const parts = parseTimestamp(text);
  if (parts === undefined) {
    const shown = typeof text === 'string' ? JSON.stringify(text) : typeof text;
    throw new TimestampError(`${shown} is not an RFC 3339 timestamp with an offset (${EXAMPLE})`, text);
  }
  return parts;
}

/**
 * The instant of `text` as a `Date`, truncated to milliseconds; throws TimestampError when `text` is not a timestamp.
 *
 * @example
 * timestampToDate('2024-05-01T10:20:30.123456789Z').toISOString(); // '2024-05-01T10:20:30.123Z'
 */
export function timestampToDate(text: string): Date {
  const { seconds, nanos } = parseOrThrow(text);
  // Every year the reader accepts lies inside the Date range (±273 790 years), so this is exact.
  return new Date(Number(seconds) * 1000 + Math.floor(nanos / NANOS_PER_MILLI));
}

/**
 * Nanoseconds since the Unix epoch of `text`; throws TimestampError when `text` is not a timestamp.
 *
 * @example
 * timestampToEpochNanos('1970-01-01T00:00:01.000000002Z'); // 1000000002n
 */
export function timestampToEpochNanos(text: string): bigint {
  const { seconds, nanos } = parseOrThrow(text);
  return seconds * NANOS_PER_SECOND_BIG + BigInt(nanos);
}

/**
 * The canonical timestamp of a `Date`; throws TimestampError on an invalid Date.
 *
 * @example
 * timestampFromDate(new Date(Date.UTC(2024, 4, 1, 10, 20, 30, 120))); // '2024-05-01T10:20:30.120Z'
 */
export function timestampFromDate(date: Date): string {
  const millis = date instanceof Date ? date.getTime() : Number.NaN;
  if (Number.isNaN(millis)) {
    throw new TimestampError('Expected a valid Date (its getTime() is NaN or it is not a Date)', date);
  }
  const milliOfSecond = modFloor(millis, 1000);
  return formatTimestamp({
    seconds: BigInt((millis - milliOfSecond) / 1000),
    nanos: milliOfSecond * NANOS_PER_MILLI,
  });
}

/**
 * The canonical timestamp of a count of nanoseconds since the Unix epoch (may be negative).
 *
 * @example
 * timestampFromEpochNanos(1_714_558_830_123_456_789n); // '2024-05-01T10:20:30.123456789Z'
 */
export function timestampFromEpochNanos(nanos: bigint): string {
  const seconds = floorDiv(nanos, NANOS_PER_SECOND_BIG);
  return formatTimestamp({ seconds, nanos: Number(nanos - seconds * NANOS_PER_SECOND_BIG) });
}

// Date.now() has only milliseconds: pair one wall-clock reading with the monotonic clock and add
// the monotonic time elapsed since. Anchored on first use rather than at load (no import side effects).
let anchorWallNanos: bigint | undefined;
let anchorMonotonic = 0n;
const MAX_DRIFT_NANOS = 1_000_000n;

/**
 * The current time with nanosecond digits (wall clock anchored to the monotonic clock), in canonical form.
 *
 * @example
 * nowTimestamp(); // e.g. '2024-05-01T10:20:30.123456789Z'
 */
export function nowTimestamp(): string {
  const wallNanos = BigInt(Date.now()) * 1_000_000n;
  let now = anchorWallNanos === undefined ? undefined : anchorWallNanos + (hrtime.bigint() - anchorMonotonic);
  // Re-anchor when the wall clock was adjusted (or the clocks drifted apart): the wall clock is the truth.
  if (now === undefined || now - wallNanos > MAX_DRIFT_NANOS || wallNanos - now > MAX_DRIFT_NANOS) {
    anchorMonotonic = hrtime.bigint();
    anchorWallNanos = wallNanos;
    now = wallNanos;
  }
  return timestampFromEpochNanos(now);
}
