// Whole-number flags (`--max`, `--max-events`, `--sample`, …) and duration flags (`--stall-timeout`,
// `--stalled-after`, `--max-skew`) read from the command line's text the same way by every
// command; each command keeps its own units and its own words for the usage error.

/** The bounds a whole number is taken within, both included. */
export interface WholeNumberBounds {
  /**
   * The least number taken.
   * @default 1
   */
  readonly min?: number;
  /**
   * The greatest number taken.
   * @default Number.MAX_SAFE_INTEGER
   */
  readonly max?: number;
}

/**
 * `text` as a whole number within `bounds`, else undefined. Decimal digits only (no sign, no
 * exponent, no hex, no spaces, not empty) and a safe integer, so that the number used is the one typed.
 * @example parseWholeNumber('100', { min: 0, max: 10_000 }) // 100
 */
export function parseWholeNumber(text: string, { min = 1, max = Number.MAX_SAFE_INTEGER }: WholeNumberBounds = {}): number | undefined {
  if (!/^\d+$/u.test(text)) return undefined;
  const number = Number(text);
  return Number.isSafeInteger(number) && number >= min && number <= max ? number : undefined;
}

/** How a flag read by {@link integerFlag} or {@link durationFlag} is named, and its value when absent. */
export interface FlagReading<Fallback extends number | undefined> {
  /** The flag as the usage error names it, e.g. `--max-events`, or `--stall-timeout (STATS_STALL_TIMEOUT)` when the variable gave the value (`flagOrEnvName`). */
  readonly flag: string;
  /** What the usage error says the flag takes, e.g. `a positive integer`. */
  readonly expected: string;
  /** The value when the flag is not given. */
  readonly fallback: Fallback;
}

/** The fallback when `value` (as node:util parseArgs or the environment gives it) is absent, else what `parse` makes of it or the usage error that quotes it. */
function readFlag<Fallback extends number | undefined>(value: unknown, reading: FlagReading<Fallback>, parse: (text: string) => number | undefined): number | Fallback | string {
  if (typeof value !== 'string') return reading.fallback;
  return parse(value) ?? `${reading.flag}: expected ${reading.expected}, got ${JSON.stringify(value)}`;
}

/** How {@link integerFlag} reads one flag. */
export interface IntegerFlagOptions<Fallback extends number | undefined> extends WholeNumberBounds, FlagReading<Fallback> {}

/**
 * A flag's value (as node:util parseArgs gives it) read by {@link parseWholeNumber}: the
 * fallback when it is not given, the number, or the usage error (a string) that quotes it.
 * @example integerFlag(values['max'], { flag: '--max', expected: 'a positive integer', fallback: undefined })
 */
export function integerFlag<Fallback extends number | undefined>(value: unknown, options: IntegerFlagOptions<Fallback>): number | Fallback | string {
  return readFlag(value, options, (text) => parseWholeNumber(text, options));
}

/** Each unit a duration flag may take after its number, in milliseconds. */
const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** A unit a duration flag may take after its number: `500ms`, `90s`, `2m`, `1h`, `1d`. */
export type DurationUnit = keyof typeof UNIT_MS;

/** The durations a flag takes, and in what unit it gives them. */
export interface DurationSyntax {
  /** The units taken after the number; a bare number is seconds whatever they are. */
  readonly units: readonly DurationUnit[];
  /**
   * The unit of the number returned: `ms` rounds to a whole millisecond; `s` keeps the fraction
   * typed (`1.5` is 1.5).
   */
  readonly into: 'ms' | 's';
  /**
   * The least value taken, in `into` units (after rounding).
   * @default 0
   */
  readonly min?: number;
}

/**
 * `text` (a number, an optional fraction, then one of `syntax.units` or none for seconds; white
 * space around it ignored, as String.prototype.trim does) as a duration in `syntax.into` units, else undefined. No sign, exponent, hex
 * or unit pair (`2m30s`), and at most Number.MAX_SAFE_INTEGER milliseconds, so that the number
 * used is the one typed.
 * @example parseDuration('1.5h', { units: ['s', 'm', 'h', 'd'], into: 's' }) // 5400
 */
export function parseDuration(text: string, { units, into, min = 0 }: DurationSyntax): number | undefined {
  const match = /^(\d+(?:\.\d+)?)([a-z]*)$/u.exec(text.trim());
  if (match === null) return undefined;
  const number = Number(match[1]);
  const unit = (match[2] || 's') as DurationUnit;
  if (match[2] !== '' && !units.includes(unit)) return undefined;
  if (number * UNIT_MS[unit] > Number.MAX_SAFE_INTEGER) return undefined;
  // Seconds: the number times the unit's seconds (1, 60, 3600…), so that `1.1` stays 1.1 (not 1100 / 1000).
  const value = into === 'ms' ? Math.round(number * UNIT_MS[unit]) : number * (UNIT_MS[unit] / UNIT_MS.s);
  return value >= min ? value : undefined;
}

/** How {@link durationFlag} reads one flag. */
export interface DurationFlagOptions<Fallback extends number | undefined> extends DurationSyntax, FlagReading<Fallback> {}

/**
 * A duration flag's value (as node:util parseArgs or the environment gives it) read by
 * {@link parseDuration}: the fallback when it is not given, the duration, or the usage error (a
 * string) that quotes it.
 * @example durationFlag(values['max-skew'], { flag: '--max-skew', expected: 'a duration such as 90, 90s, 2m or 1h', fallback: 300, units: ['s', 'm', 'h', 'd'], into: 's' })
 */
export function durationFlag<Fallback extends number | undefined>(value: unknown, options: DurationFlagOptions<Fallback>): number | Fallback | string {
  return readFlag(value, options, (text) => parseDuration(text, options));
}
