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
 * The longest delay the SDK sets a timer with (ms), about 24.8 days: the longest timer Node and
 * browsers keep (a longer one fires after 1 ms), and far below the nanoseconds in an int64 that
 * nats-server reads an ack wait or a nak delay as.
 */
export const MAX_DELAY_MS = 2_147_483_647;

const DELAYS_EXPECTED = 'expected a non-empty array of delays in milliseconds (>= 0), without holes';

/**
 * A frozen copy of `value` when it is a non-empty array of delays in milliseconds, each finite,
 * 0 or more and at most `MAX_DELAY_MS`, without holes (`[1000, , 5000]` would wait `undefined`:
 * no delay at all); `fallback` when it is undefined; throws `error(option, …)` otherwise (a
 * longer or infinite delay would be a 1 ms timer in Node).
 */
export function delaysOption(option: string, value: unknown, fallback: readonly number[], error: OptionErrorFactory): readonly number[] {
  if (value === undefined) return fallback;
  // Holes are counted by the keys before the array is walked: a sparse array's length may be billions.
  if (!Array.isArray(value) || value.length === 0 || Object.keys(value).length < value.length) throw error(option, DELAYS_EXPECTED);
  const delays = [...(value as unknown[])];
  for (const ms of delays) {
    // A hole the key count missed (an array with other members too) reads as undefined here.
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) throw error(option, DELAYS_EXPECTED);
    if (ms > MAX_DELAY_MS) throw error(option, `expected at most ${MAX_DELAY_MS} ms (24.8 days): a longer timer fires at once, got ${ms}`);
  }
  return Object.freeze(delays as number[]);
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
