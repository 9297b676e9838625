// The small checks several parts of the SDK make on their input (the buses' options, the stats
// service's, the CLI's flags), written once. Each says what is wrong, or throws the caller's own
// error type, so that every caller keeps its error class and its option names. (Numbers given
// as flag text are read by src/cli/flags.ts.)

/** Builds the caller's error for an invalid option (e.g. `BusOptionsError`, `StatsOptionsError`). */
export type OptionErrorFactory = (option: string, message: string) => Error;

/** `value` when it is a safe integer of 1 or more, `fallback` when it is undefined; throws `error(option, …)` otherwise. */
export function positiveIntegerOption(option: string, value: unknown, fallback: number, error: OptionErrorFactory): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) throw error(option, `expected a positive integer, got ${String(value)}`);
  return value;
}

/** `value` when it is a safe integer of 0 or more, `fallback` when it is undefined; throws `error(option, …)` otherwise. */
export function nonNegativeIntegerOption(option: string, value: unknown, fallback: number, error: OptionErrorFactory): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw error(option, `expected an integer of 0 or more, got ${String(value)}`);
  return value;
}

/**
 * A frozen copy of `value` when it is a non-empty array of finite delays in milliseconds (>= 0),
 * `fallback` when it is undefined; throws `error(option, …)` otherwise (an infinite delay would
 * be a 1 ms timer in Node).
 */
export function delaysOption(option: string, value: unknown, fallback: readonly number[], error: OptionErrorFactory): readonly number[] {
  if (value === undefined) return fallback;
  if (!Array.isArray(value) || value.length === 0 || value.some((ms) => typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0)) {
    throw error(option, 'expected a non-empty array of delays in milliseconds (>= 0)');
  }
  return Object.freeze([...(value as number[])]);
}

/** Whether `name` may name a JetStream key-value bucket: letters, digits, `-` and `_`. */
export function isBucketName(name: string): boolean {
  return /^[A-Za-z0-9_-]+$/.test(name);
}

/** What is wrong with the ways to authenticate given: a user without a password, a password without a user, or more than one way. */
export type AuthenticationProblem = 'user-without-pass' | 'pass-without-user' | 'several-ways';

/**
 * The problem with the credentials given (each argument present or undefined): `user` and `pass`
 * go together, and one way to authenticate at most (user/pass, or one of `others`: token,
 * credentials file, nkey seed…); undefined when there is none.
 */
export function authenticationProblem(user: unknown, pass: unknown, ...others: unknown[]): AuthenticationProblem | undefined {
  if (user !== undefined && pass === undefined) return 'user-without-pass';
  if (user === undefined && pass !== undefined) return 'pass-without-user';
  let ways = user === undefined ? 0 : 1;
  for (const other of others) if (other !== undefined) ways++;
  return ways > 1 ? 'several-ways' : undefined;
}
