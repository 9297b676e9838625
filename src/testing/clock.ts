// The time line of a fabricator: every event is a little later than the one before, and its
// timestamp is written with 0, 3, 6 or 9 fraction digits, as chrono writes real instants.
import { MayastorEventsError, nowTimestamp, timestampFromEpochNanos, timestampToEpochNanos } from 'mayastor-events';
import type { Random } from './random.js';

/** The instant of one event: its nanoseconds since the Unix epoch and its canonical timestamp. */
export interface Instant {
  readonly nanos: bigint;
  readonly timestamp: string;
}

/** Hands out the instants of successive events, strictly increasing. */
export interface Clock {
  /** The instant of the next event. */
  tick(): Instant;
}

const UNITS = [1_000_000_000n, 1_000_000n, 1_000n, 1n] as const; // 0, 3, 6, 9 fraction digits

/** Floored remainder (BigInt `%` truncates toward zero, which is wrong before 1970). */
function floorMod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r < 0n ? r + b : r;
}

/** `nanos` rounded down to `unit`, or `nanos` itself when rounding would not stay after `last`. */
function truncate(nanos: bigint, unit: bigint, last: bigint | undefined): bigint {
  const truncated = nanos - floorMod(nanos, unit);
  return last !== undefined && truncated <= last ? nanos : truncated;
}

/**
 * A deterministic clock: the first event happens at `start` exactly, each later one a seeded
 * step of 1 ms to 2 s after the one before (then rounded down to a seeded precision). Reads no
 * real clock.
 */
export function steppingClock(start: bigint, random: Random): Clock {
  let current: bigint | undefined;
  let last: bigint | undefined;
  return {
    tick(): Instant {
      // The same draws on every tick, so that one seed gives one sequence.
      const step = BigInt(random.int(1_000_000, 2_000_000_000)) + BigInt(random.int(0, 999));
      const unit = random.pick(UNITS);
      current = current === undefined ? start : current + step;
      const nanos = last === undefined ? current : truncate(current, unit, last);
      let timestamp: string;
      try {
        timestamp = timestampFromEpochNanos(nanos);
      } catch (error) {
        // Only a `now` at the very end of chrono's years gets here (the first instant was checked).
        throw new MayastorEventsError(
          `the fabricator's clock ran past the last instant the Rust services can write (after ${timestampFromEpochNanos(last!)}): give an earlier \`now\``,
          { cause: error },
        );
      }
      last = nanos;
      return { nanos, timestamp };
    },
  };
}

/** A clock that follows the real time (nanosecond digits from the monotonic clock), still strictly increasing. */
export function realClock(random: Random): Clock {
  let last: bigint | undefined;
  return {
    tick(): Instant {
      const now = timestampToEpochNanos(nowTimestamp());
      const after = last === undefined || now > last ? now : last + 1n;
      const nanos = truncate(after, random.pick(UNITS), last);
      last = nanos;
      return { nanos, timestamp: timestampFromEpochNanos(nanos) };
    },
  };
}
