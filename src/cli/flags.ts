// Whole-number flags (`--max`, `--max-events`, `--sample`, …) read from the command line's text
// the same way by every command; each command keeps its own words for the usage error.

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

/** How {@link integerFlag} reads one flag. */
export interface IntegerFlagOptions<Fallback extends number | undefined> extends WholeNumberBounds {
  /** The flag as the usage error names it, e.g. `--max-events`. */
  readonly flag: string;
  /** What the usage error says the flag takes, e.g. `a positive integer`. */
  readonly expected: string;
  /** The value when the flag is not given. */
  readonly fallback: Fallback;
}

/**
 * A flag's value (as node:util parseArgs gives it) read by {@link parseWholeNumber}: the
 * fallback when it is not given, the number, or the usage error (a string) that quotes it.
 * @example integerFlag(values['max'], { flag: '--max', expected: 'a positive integer', fallback: undefined })
 */
export function integerFlag<Fallback extends number | undefined>(value: unknown, options: IntegerFlagOptions<Fallback>): number | Fallback | string {
  if (typeof value !== 'string') return options.fallback;
  return parseWholeNumber(value, options) ?? `${options.flag}: expected ${options.expected}, got ${JSON.stringify(value)}`;
}
