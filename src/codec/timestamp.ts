/**
 * Protobuf Timestamps as the Rust services write them (prost-extend + chrono 0.4.31): RFC 3339 UTC
 * strings. An event keeps its timestamp as the exact string it arrived as, because a JS `Date`
 * drops nanoseconds; these helpers read, write and convert such strings.
 */
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

// The years chrono 0.4.31 (upstream's lock file) can hold: `NaiveDate` packs the year in the top 19
// bits of an i32 (`naive/internals.rs`: MIN_YEAR = i32::MIN >> 13, MAX_YEAR = i32::MAX >> 13).
// chrono 0.4.32 narrowed this by one year at each end; the Rust services read with 0.4.31.
const MIN_YEAR = -262_144;
const MAX_YEAR = 262_143;

// Rust's `char::is_whitespace` (Unicode White_Space), as a character class. Not JS's `\s`, which
// also holds U+FEFF and lacks U+0085.
const WS_CLASS = '\\t-\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const WS = `[${WS_CLASS}]*`;

/**
 * A regular expression source (for a JSON Schema `pattern`) that matches the syntax of every
 * timestamp {@link parseTimestamp} accepts, with fields in their plain ranges (month 1-12, day
 * 1-31, hour 0-23, minute 0-59, second 0-60, offset under 24 h). It is a superset: the calendar
 * (February 30) and chrono's year range are left to the codec. No repeated part shares a character
 * with what follows it, so a backtracking engine stays linear on any input.
 */
export const TIMESTAMP_SYNTAX_PATTERN =
  `^${WS}(?:[+-][0-9]+|[0-9]{1,4})${WS}-${WS}(?:0?[1-9]|1[0-2])${WS}-${WS}(?:0?[1-9]|[12][0-9]|3[01])` +
  `[Tt ]${WS}(?:[01]?[0-9]|2[0-3])${WS}:${WS}[0-5]?[0-9]${WS}:${WS}(?:[0-5]?[0-9]|60)(?:\\.[0-9]+)?` +
  `${WS}(?:[Uu][Tt][Cc]|[Zz]|[+\\u2212-](?:[01][0-9]|2[0-3])[:${WS_CLASS}]*[0-5][0-9])${WS}$`;

const TWO_DIGITS: readonly string[] = /* @__PURE__ */ Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

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
function formatYear(year: number): string {
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

const MIN_SECONDS = daysFromCivil(MIN_YEAR, 1, 1) * SECONDS_PER_DAY;
const MAX_SECONDS = daysFromCivil(MAX_YEAR, 12, 31) * SECONDS_PER_DAY + SECONDS_PER_DAY - 1;
const MIN_SECONDS_BIG = /* @__PURE__ */ BigInt(MIN_SECONDS);
const MAX_SECONDS_BIG = /* @__PURE__ */ BigInt(MAX_SECONDS);
// What a writer that refuses an instant says: the Rust writer (prost-extend, through chrono's
// `from_timestamp`) fails there too, and the SDK's reader would reject the string.
const WRITABLE_RANGE = `outside the years the Rust services can write (${MIN_YEAR} to +${MAX_YEAR}, chrono 0.4.31)`;

// UTF-16 code units the reader looks for.
const TAB = 0x09;
const CARRIAGE_RETURN = 0x0d;
const SPACE = 0x20;
const PLUS = 0x2b;
const HYPHEN = 0x2d;
const DOT = 0x2e;
const COLON = 0x3a;
const ZERO = 0x30;
const FIVE = 0x35;
const NINE = 0x39;
const MINUS_SIGN = 0x2212;

/** Rust's `char::is_whitespace` (Unicode White_Space) for one UTF-16 unit: every such character is in the BMP. */
function isRustWhitespace(c: number): boolean {
  if (c <= SPACE) return c === SPACE || (c >= TAB && c <= CARRIAGE_RETURN);
  if (c < 0x85) return false;
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

function isDigit(c: number): boolean {
  return c >= ZERO && c <= NINE;
}

// The reader's cursor. parseTimestamp is synchronous and calls nothing outside this module,
// so one shared position is safe and saves an allocation per field.
let at = 0;

/** `str::trim_start` from the cursor. */
function skipWhitespace(text: string): void {
  while (at < text.length && isRustWhitespace(text.charCodeAt(at))) at++;
}

/**
 * A numeric item of chrono's `parse_internal`: whitespace, then `scan::number(s, 1, max)` (1 to
 * `max` ASCII digits; a further digit is left for the next item, which then fails). -1 when absent.
 */
function field(text: string, max: number): number {
  skipWhitespace(text);
  const start = at;
  const end = Math.min(text.length, start + max);
  let value = 0;
  while (at < end) {
    const c = text.charCodeAt(at);
    if (!isDigit(c)) break;
    value = value * 10 + (c - ZERO);
    at++;
  }
  return at === start ? -1 : value;
}

/** `Item::Space` then `Item::Literal`: whitespace, then exactly `literal`. */
function separator(text: string, literal: number): boolean {
  skipWhitespace(text);
  if (text.charCodeAt(at) !== literal) return false;
  at++;
  return true;
}

/**
 * The digits of a signed year: any number of them (`scan::number(s, 1, usize::MAX)`, so leading
 * zeros are fine). -1 when there are none or the value is past any year chrono holds (chrono fails
 * there too: on i64 overflow while scanning, on i32 in `set_year`, or on the range in `to_datetime`).
 */
function signedYearDigits(text: string): number {
  const start = at;
  let value = 0;
  while (at < text.length) {
    const c = text.charCodeAt(at);
    if (!isDigit(c)) break;
    value = value * 10 + (c - ZERO);
    if (value > -MIN_YEAR) return -1;
    at++;
  }
  return at === start ? -1 : value;
}

// Scales a fraction of 1..9 digits to nanoseconds (chrono's `scan::nanosecond`).
const FRACTION_SCALE = [0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1];

/**
 * Reads a timestamp exactly as the Rust services do; `undefined` when they reject it.
 *
 * The services parse with chrono 0.4.31's `DateTime::<Utc>::from_str`, i.e. `parse_rfc3339_relaxed`
 * (`src/format/parse.rs`), which accepts more than RFC 3339: whitespace (Rust's sense) before every
 * number, around `-` and `:`, before the offset and at both ends; 1-2 digit fields; a signed year of
 * any length; a fraction of any length (digits past the ninth dropped); `UTC` in any case; offsets
 * `+hhmm`, `+hh:mm`, `+hh mm` (or U+2212 as the minus); second 60 as a leap second, which the
 * protobuf Timestamp carries as the next second. The result is that Timestamp, normalized.
 *
 * Never throws, and runs in time linear in `text`.
 *
 * @example
 * parseTimestamp('2024-05-01T12:20:30.5+02:00'); // { seconds: 1714558830n, nanos: 500000000 }
 * parseTimestamp('2024-5-1 12:20:30 +0200');     // { seconds: 1714558830n, nanos: 0 }
 * parseTimestamp('2024-05-01T10:20:30');         // undefined: no offset
 */
export function parseTimestamp(text: string): TimestampParts | undefined {
  return scanTimestamp(text, false);
}

/**
 * Why {@link parseTimestamp} rejects `text`, in words a person reads (the field that is out of
 * range, or what was expected where), e.g. `month 13 is out of range (1-12)`; `undefined` when
 * it accepts `text`. Never throws; linear in `text`.
 *
 * @example
 * timestampProblem('2024-13-01T10:20:30Z'); // 'month 13 is out of range (1-12)'
 * timestampProblem('2024-05-01T10:20:30');  // 'no offset after the time: add Z (UTC) or +hh:mm'
 */
export function timestampProblem(text: string): string | undefined {
  if (typeof text !== 'string') return `expected a string, got ${text === null ? 'null' : typeof text}`;
  problem = '';
  return scanTimestamp(text, true) === undefined ? problem : undefined;
}

// Why the last scan with `explain` failed; read by timestampProblem right after the scan (the
// scan is synchronous, as for the cursor). Only the explaining scan keeps a reason.
let problem = '';

/** Records why the scan stops when explaining; always undefined, to return. */
function reject(explain: boolean, why: string): undefined {
  if (explain) problem = why;
  return undefined;
}

/**
 * Records, when explaining, that `what` was expected at the cursor and what stands there instead
 * (the character quoted, or the end of the text); always undefined, to return.
 */
function expected(explain: boolean, text: string, what: string): undefined {
  if (explain) problem = `expected ${what}, ${found(text)}`;
  return undefined;
}

/** What stands at the cursor, for a reason: the character quoted, or the end of the text. */
function found(text: string): string {
  if (at >= text.length) return 'but the timestamp ends there';
  const code = text.codePointAt(at)!;
  return `found ${JSON.stringify(String.fromCodePoint(code))} at character ${at + 1}`;
}

/** Records, when explaining, that the field `name` holds `value` outside `range`; always undefined, to return. */
function outOfRange(explain: boolean, name: string, value: number, range: string): undefined {
  if (explain) problem = `${name} ${value} is out of range (${range})`;
  return undefined;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// parseTimestamp's one reader. With `explain`, each rejection also says why (see `reject`,
// `expected`, `outOfRange`); without it no reason that quotes the text is built (parseTimestamp
// runs on every careful-path timestamp).
function scanTimestamp(text: string, explain: boolean): TimestampParts | undefined {
  if (typeof text !== 'string') return undefined;
  const length = text.length;
  at = 0;

  // DATE_ITEMS: Numeric(Year), Space, "-", Numeric(Month), Space, "-", Numeric(Day).
  skipWhitespace(text);
  let year: number;
  const sign = text.charCodeAt(at);
  if (sign === PLUS || sign === HYPHEN) {
    at++;
    const start = at;
    const magnitude = signedYearDigits(text);
    if (magnitude < 0) {
      if (!explain) return undefined;
      at = start;
      return reject(explain, isDigit(text.charCodeAt(at)) ? `the year is out of range (${MIN_YEAR} to ${MAX_YEAR})` : `expected the year's digits after its sign, ${found(text)}`);
    }
    year = sign === HYPHEN ? -magnitude : magnitude;
  } else {
    year = field(text, 4); // without a sign, at most the year's width of 4 digits
    if (year < 0) return expected(explain, text, 'the year (up to 4 digits, or a sign and digits)');
  }
  if (!separator(text, HYPHEN)) return expected(explain, text, '"-" after the year');
  const month = field(text, 2);
  if (month < 0) return expected(explain, text, 'the month (1 or 2 digits)');
  if (!separator(text, HYPHEN)) return expected(explain, text, '"-" after the month');
  const day = field(text, 2);
  if (day < 0) return expected(explain, text, 'the day (1 or 2 digits)');

  // Exactly one `T`, `t` or space, straight after the day.
  const between = text.charCodeAt(at);
  if (between !== 0x54 /* T */ && between !== 0x74 /* t */ && between !== SPACE) {
    return expected(explain, text, '"T" or a space between the date and the time');
  }
  at++;

  // TIME_ITEMS: Numeric(Hour), Space, ":", Numeric(Minute), Space, ":", Numeric(Second), Fixed(Nanosecond), Space.
  const hour = field(text, 2);
  if (hour < 0) return expected(explain, text, 'the hour (1 or 2 digits)');
  if (!separator(text, COLON)) return expected(explain, text, '":" after the hour');
  const minute = field(text, 2);
  if (minute < 0) return expected(explain, text, 'the minute (1 or 2 digits)');
  if (!separator(text, COLON)) return expected(explain, text, '":" after the minute');
  const second = field(text, 2);
  if (second < 0) return expected(explain, text, 'the second (1 or 2 digits)');
  let nanos = 0;
  if (text.charCodeAt(at) === DOT) {
    at++;
    const start = at;
    const end = Math.min(length, start + 9);
    while (at < end && isDigit(text.charCodeAt(at))) nanos = nanos * 10 + (text.charCodeAt(at++) - ZERO);
    if (at === start) return expected(explain, text, 'the digits of a fraction of a second after "."');
    nanos *= FRACTION_SCALE[at - start]!;
    while (at < length && isDigit(text.charCodeAt(at))) at++; // read and dropped, not rounded
  }
  skipWhitespace(text);
  if (at === length) return reject(explain, 'no offset after the time: add Z (UTC) or +hh:mm');

  // The offset: `UTC` in any ASCII case, else `scan::timezone_offset(s, colon_or_space, true, false, true)`.
  let offsetSeconds = 0;
  const first = text.charCodeAt(at);
  if (
    length - at >= 3 &&
    (first | 0x20) === 0x75 /* u */ &&
    (text.charCodeAt(at + 1) | 0x20) === 0x74 /* t */ &&
    (text.charCodeAt(at + 2) | 0x20) === 0x63 /* c */
  ) {
    at += 3;
  } else if (first === 0x5a /* Z */ || first === 0x7a /* z */) {
    at++;
  } else {
    if (first !== PLUS && first !== HYPHEN && first !== MINUS_SIGN) {
      return expected(explain, text, 'the offset (Z, UTC, +hh:mm or -hh:mm) after the time');
    }
    at++;
    // Hours: exactly two digits. Then any run of `:` and whitespace, then exactly two minute digits.
    const h1 = text.charCodeAt(at);
    const h2 = text.charCodeAt(at + 1);
    if (!isDigit(h1) || !isDigit(h2)) return expected(explain, text, 'two digits of offset hours');
    at += 2;
    while (at < length) {
      const c = text.charCodeAt(at);
      if (c !== COLON && !isRustWhitespace(c)) break;
      at++;
    }
    const m1 = text.charCodeAt(at);
    const m2 = text.charCodeAt(at + 1);
    if (!(m1 >= ZERO && m1 <= FIVE) || !isDigit(m2)) {
      if (isDigit(m1) && isDigit(m2)) return reject(explain, `offset minutes ${text.slice(at, at + 2)} are out of range (00-59)`);
      return expected(explain, text, 'two digits of offset minutes');
    }
    at += 2;
    const offsetHours = (h1 - ZERO) * 10 + (h2 - ZERO);
    // `FixedOffset::east_opt` in `Parsed::to_datetime`: the offset must be under 24 h.
    if (offsetHours > 23) return reject(explain, `offset hours ${offsetHours} are out of range (00-23)`);
    offsetSeconds = offsetHours * 3600 + ((m1 - ZERO) * 10 + (m2 - ZERO)) * 60;
    if (first !== PLUS) offsetSeconds = -offsetSeconds;
  }
  skipWhitespace(text);
  if (at !== length) {
    if (explain) problem = `unexpected text after the offset, ${found(text)}`;
    return undefined;
  }

  // `Parsed::to_datetime`: a real date in chrono's years, hour < 24, minute < 60, and second 60
  // at the end of any minute, as the leap second 59 + 1e9 ns (`to_naive_time`).
  if (year < MIN_YEAR || year > MAX_YEAR) return outOfRange(explain, 'year', year, `${MIN_YEAR} to ${MAX_YEAR}`);
  if (month < 1 || month > 12) return outOfRange(explain, 'month', month, '1-12');
  if (day < 1 || day > daysInMonth(year, month)) {
    return reject(explain, `day ${day} is out of range (${MONTH_NAMES[month - 1]} ${year} has ${daysInMonth(year, month)} days)`);
  }
  if (hour > 23) return outOfRange(explain, 'hour', hour, '0-23');
  if (minute > 59) return outOfRange(explain, 'minute', minute, '0-59');
  if (second > 60) return outOfRange(explain, 'second', second, '0-59, or 60 for a leap second');
  const leap = second === 60;

  // The instant in UTC must lie in chrono's range too. For a leap second chrono converts
  // `hh:mm:59` and keeps the extra 1e9 ns (`add_with_leapsecond` in `offset/fixed.rs`), so the
  // check is on that second. (One such input, a leap second just after the first instant chrono
  // holds shifted before it by a positive offset, makes chrono 0.4.31 panic: it is no value either.)
  const utcSeconds =
    daysFromCivil(year, month, day) * SECONDS_PER_DAY + hour * 3600 + minute * 60 + (leap ? 59 : second) - offsetSeconds;
  if (utcSeconds < MIN_SECONDS || utcSeconds > MAX_SECONDS) {
    return reject(explain, `the instant in UTC is out of range (years ${MIN_YEAR} to ${MAX_YEAR})`);
  }
  // prost-extend keeps `timestamp()` and `timestamp_subsec_nanos()` (1e9 + fraction for a leap
  // second) and normalizes before writing: the leap second is the next second.
  return { seconds: BigInt(leap ? utcSeconds + 1 : utcSeconds), nanos };
}

/**
 * Writes a timestamp byte-identical to what the Rust services write (chrono's RFC 3339, `AutoSi`, `Z`).
 * Throws TimestampError when `seconds` is not a bigint or lies outside chrono's years (-262144 to
 * +262143), where the Rust writer fails too, or when `nanos` is not an integer in 0..999_999_999.
 *
 * @example
 * formatTimestamp({ seconds: 1714558830n, nanos: 120_000_000 }); // '2024-05-01T10:20:30.120Z'
 * formatTimestamp({ seconds: -62167219201n, nanos: 0 });         // '-0001-12-31T23:59:59Z'
 */
export function formatTimestamp(parts: TimestampParts): string {
  if (typeof parts !== 'object' || parts === null) {
    throw new TimestampError(`Expected timestamp parts { seconds: bigint, nanos: number }, got ${parts === null ? 'null' : typeof parts}`, parts);
  }
  const { seconds, nanos } = parts;
  if (typeof seconds !== 'bigint') {
    throw new TimestampError('Timestamp seconds must be a bigint (e.g. 1714558830n)', parts);
  }
  if (seconds < MIN_SECONDS_BIG || seconds > MAX_SECONDS_BIG) {
    throw new TimestampError(`Timestamp seconds ${seconds} are ${WRITABLE_RANGE}`, parts);
  }
  if (!Number.isInteger(nanos) || nanos < 0 || nanos >= NANOS_PER_SECOND) {
    throw new TimestampError(
      `Timestamp nanos must be an integer from 0 to 999999999, got ${typeof nanos === 'number' ? nanos : typeof nanos === 'bigint' ? `${nanos}n` : nanos === null ? 'null' : typeof nanos}: carry whole seconds into \`seconds\``,
      parts,
    );
  }

  // Inside chrono's years the day arithmetic runs on exact doubles (|seconds| < 2^43).
  const total = Number(seconds);
  const secondOfDay = modFloor(total, SECONDS_PER_DAY);
  const shifted = (total - secondOfDay) / SECONDS_PER_DAY + EPOCH_SHIFT_DAYS;
  const dayOfEra = modFloor(shifted, DAYS_PER_ERA);
  const date = civilFromDayOfEra(dayOfEra);
  const year = ((shifted - dayOfEra) / DAYS_PER_ERA) * 400 + date.yearOfEra;

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
  if (typeof text !== 'string') return false;
  const sign = text.charCodeAt(0);
  if (sign !== PLUS && sign !== HYPHEN) return isPlainCanonicalTimestamp(text);
  // A year outside 0000-9999 carries a sign and 4 to 6 digits (no zero padding past 4); the rest
  // is checked as the plain form of a year that is a leap year or not as this one is.
  const yearEnd = text.indexOf('-', 1);
  const digitCount = yearEnd - 1;
  if (digitCount < 4 || digitCount > 6 || (digitCount > 4 && text.charCodeAt(1) === ZERO)) return false;
  let year = 0;
  for (let i = 1; i < yearEnd; i++) {
    const c = text.charCodeAt(i);
    if (!isDigit(c)) return false;
    year = year * 10 + (c - ZERO);
  }
  if (sign === HYPHEN) {
    if (year === 0 || year > -MIN_YEAR) return false;
  } else if (year <= 9999 || year > MAX_YEAR) {
    return false;
  }
  return isPlainCanonicalTimestamp((isLeapYear(year) ? '2000' : '2001') + text.slice(yearEnd));
}

/** Value of the two ASCII digits at `at`, or -1. */
function twoDigitsAt(text: string, at: number): number {
  const a = text.charCodeAt(at) - ZERO;
  const b = text.charCodeAt(at + 1) - ZERO;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * Whether `text` is what the Rust writer prints for a year 0000–9999 (`2024-05-01T10:20:30Z`, or
 * with 3, 6 or 9 fraction digits, the fewest that hold the value), checked character by
 * character: the form every message the services send holds, so the decoder's fast path asks
 * this first. Every form: {@link isCanonicalTimestamp}.
 */
export function isPlainCanonicalTimestamp(text: string): boolean {
  const length = text.length;
  if (length !== 20 && length !== 24 && length !== 27 && length !== 30) return false;
  if (text.charCodeAt(4) !== HYPHEN || text.charCodeAt(7) !== HYPHEN || text.charCodeAt(10) !== 0x54 /* T */) return false;
  if (text.charCodeAt(13) !== COLON || text.charCodeAt(16) !== COLON || text.charCodeAt(length - 1) !== 0x5a /* Z */) return false;
  const century = twoDigitsAt(text, 0);
  const yy = twoDigitsAt(text, 2);
  const month = twoDigitsAt(text, 5);
  const day = twoDigitsAt(text, 8);
  if (century < 0 || yy < 0 || month < 1 || month > 12 || day < 1) return false;
  const hour = twoDigitsAt(text, 11);
  const minute = twoDigitsAt(text, 14);
  const second = twoDigitsAt(text, 17);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return false;
  if (day > 28 && day > daysInMonth(century * 100 + yy, month)) return false;
  if (length === 20) return true;
  if (text.charCodeAt(19) !== DOT) return false;
  for (let i = 20; i < length - 1; i++) {
    if (!isDigit(text.charCodeAt(i))) return false;
  }
  // The fewest digits: the last group of three is not 000.
  return !(text.charCodeAt(length - 2) === ZERO && text.charCodeAt(length - 3) === ZERO && text.charCodeAt(length - 4) === ZERO);
}

/**
 * The form the Rust services write for a timestamp the reader accepts (UTC, `Z`, 0/3/6/9 fraction
 * digits, a leap second as the next second); `undefined` when the reader rejects it or the Rust
 * writer could not write it. Returns `text` itself when it is already canonical.
 *
 * @example
 * normalizeTimestamp('2024-05-01 12:20:30.5+02:00'); // '2024-05-01T10:20:30.500Z'
 * normalizeTimestamp('2016-12-31T23:59:60Z');        // '2017-01-01T00:00:00Z'
 */
export function normalizeTimestamp(text: string): string | undefined {
  if (isCanonicalTimestamp(text)) return text;
  const parts = parseTimestamp(text);
  // A leap second in the last second chrono holds is read, but rolls past chrono's range: the
  // Rust writer (`DateTime::<Utc>::from_timestamp` after `normalize`) fails on it, and so do we.
  if (parts === undefined || parts.seconds > MAX_SECONDS_BIG) return undefined;
  return formatTimestamp(parts);
}

// A rejected text longer than this is cut in the message (the error's `input` keeps it whole).
const SHOWN_CHARACTERS = 40;

/** Reads `text` or throws a TimestampError that says what is expected. */
function parseOrThrow(text: string): TimestampParts {
  const parts = parseTimestamp(text);
  if (parts === undefined) {
    const shown =
      typeof text !== 'string'
        ? text === null
          ? 'null'
          : typeof text
        : text.length > SHOWN_CHARACTERS
          ? `${JSON.stringify(text.slice(0, SHOWN_CHARACTERS))}… (${text.length} characters)`
          : JSON.stringify(text);
    throw new TimestampError(`${shown} is not a timestamp: ${timestampProblem(text) ?? 'not in RFC 3339 form'} (${EXAMPLE})`, text);
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

/** The time value of a real Date (from any realm), NaN for an invalid one, undefined for anything else. */
function dateTime(value: unknown): number | undefined {
  try {
    return Date.prototype.getTime.call(value);
  } catch {
    return undefined; // not a Date: getTime checks the internal slot, not the prototype
  }
}

/**
 * The canonical timestamp of a `Date`; throws TimestampError on an invalid Date, on what is not a
 * Date, and on a Date outside the years the Rust services can write (-262144 to +262143: a `Date`
 * reaches ±275 760).
 *
 * @example
 * timestampFromDate(new Date(Date.UTC(2024, 4, 1, 10, 20, 30, 120))); // '2024-05-01T10:20:30.120Z'
 */
export function timestampFromDate(date: Date): string {
  const millis = dateTime(date);
  if (millis === undefined || Number.isNaN(millis)) {
    throw new TimestampError(`Expected a valid Date, got ${millis === undefined ? (date === null ? 'null' : typeof date) : 'an invalid Date (its getTime() is NaN)'}`, date);
  }
  const milliOfSecond = modFloor(millis, 1000);
  const seconds = (millis - milliOfSecond) / 1000;
  if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
    throw new TimestampError(`The Date ${new Date(millis).toISOString()} is ${WRITABLE_RANGE}`, date);
  }
  return formatTimestamp({ seconds: BigInt(seconds), nanos: milliOfSecond * NANOS_PER_MILLI });
}

/**
 * The canonical timestamp of a count of nanoseconds since the Unix epoch (may be negative; pre-1970
 * instants are floored, so -1n is `1969-12-31T23:59:59.999999999Z`). Throws TimestampError when
 * `nanos` is not a bigint (a number cannot hold today's count exactly: it is past 2^53) or lies
 * outside the years the Rust services can write (-262144 to +262143).
 *
 * @example
 * timestampFromEpochNanos(1_714_558_830_123_456_789n); // '2024-05-01T10:20:30.123456789Z'
 */
export function timestampFromEpochNanos(nanos: bigint): string {
  if (typeof nanos !== 'bigint') {
    throw new TimestampError(
      `Expected nanoseconds since the epoch as a bigint (e.g. 1714558830123456789n), got ${nanos === null ? 'null' : typeof nanos}` +
        (typeof nanos === 'number' ? ` ${nanos}: a number is exact only up to 2^53 ns (104 days after 1970), convert earlier (BigInt(milliseconds) * 1000000n)` : ''),
      nanos,
    );
  }
  const seconds = floorDiv(nanos, NANOS_PER_SECOND_BIG);
  if (seconds < MIN_SECONDS_BIG || seconds > MAX_SECONDS_BIG) {
    throw new TimestampError(`${nanos} nanoseconds since the epoch are ${WRITABLE_RANGE}`, nanos);
  }
  return formatTimestamp({ seconds, nanos: Number(nanos - seconds * NANOS_PER_SECOND_BIG) });
}

// Date.now() has only milliseconds: pair one wall-clock reading with the monotonic clock and add
// the monotonic time elapsed since. Anchored on first use rather than at load (no import side effects).
// The monotonic clock is performance.now(), which Node, browsers and edge runtimes all have: a
// fraction of a microsecond in Node, coarser in browsers (the low digits are then zeros).
let anchorWallNanos: bigint | undefined;
let anchorMonotonic = 0; // performance.now() (ms) at the anchor
const MAX_DRIFT_NANOS = 1_000_000n;

/**
 * The current time with nanosecond digits (wall clock anchored to the monotonic clock), in canonical form.
 *
 * @example
 * nowTimestamp(); // e.g. '2024-05-01T10:20:30.123456789Z'
 */
export function nowTimestamp(): string {
  const wallNanos = BigInt(Date.now()) * 1_000_000n;
  const monotonic = performance.now();
  let now = anchorWallNanos === undefined ? undefined : anchorWallNanos + BigInt(Math.round((monotonic - anchorMonotonic) * 1e6));
  // Re-anchor when the wall clock was adjusted (or the clocks drifted apart): the wall clock is the truth.
  if (now === undefined || now - wallNanos > MAX_DRIFT_NANOS || wallNanos - now > MAX_DRIFT_NANOS) {
    anchorMonotonic = monotonic;
    anchorWallNanos = wallNanos;
    now = wallNanos;
  }
  return timestampFromEpochNanos(now);
}
