// The flags of the stats service's settings, read and checked once for every command that takes
// them: --listen (stats, explore), --bucket and --durable (stats, and doctor, which must check
// the bucket and the consumer that stats really uses, from the same flags and variables).
import { isBucketName } from '../internal/checks.js';
import { DEFAULT_STATS_BUCKET, DEFAULT_STATS_CONSUMER, StatsOptionsError, parseListen, type ListenAddress } from '../stats/index.js';
import type { CommandContext } from './command.js';
import { flagOrEnv, flagOrEnvName } from './nats-options.js';

// A usage error here quotes the value as given, which may hold anything: main escapes every
// non-printing character of the line it writes, so the values are quoted as JSON only.

/**
 * `text` (a `--listen` value) as a `host:port` address; a string is the usage error to report,
 * naming the value's source as `name` (`--listen (STATS_LISTEN)` when the variable gave it).
 */
export function listenFlag(text: string, name = '--listen'): ListenAddress | string {
  try {
    return parseListen(text);
  } catch (error) {
    if (!(error instanceof StatsOptionsError)) throw error;
    return `${name}: ${error.reason}`;
  }
}

/** The stats service's bucket and durable consumer, as `mayastor-events stats` names them. */
export interface StatsConsumerFlags {
  /** The key-value bucket of the counts. */
  readonly bucket: string;
  /** The durable consumer's name. */
  readonly durable: string;
}

/**
 * `--bucket` (else STATS_BUCKET, else `DEFAULT_STATS_BUCKET`) and `--durable` (else
 * STATS_DURABLE, else `DEFAULT_STATS_CONSUMER`), checked in that order; a string is the usage
 * error to report, naming the variable when it gave the value (`--bucket (STATS_BUCKET): …`).
 */
export function statsConsumerFlags(values: CommandContext['values'], env: CommandContext['env']): StatsConsumerFlags | string {
  const bucket = flagOrEnv(values, env, 'bucket', 'STATS_BUCKET') ?? DEFAULT_STATS_BUCKET;
  if (!isBucketName(bucket)) return `${flagOrEnvName(values, 'bucket', 'STATS_BUCKET')}: ${JSON.stringify(bucket)} is not a bucket name (letters, digits, - and _)`;
  const durable = flagOrEnv(values, env, 'durable', 'STATS_DURABLE') ?? DEFAULT_STATS_CONSUMER;
  // The same characters: a consumer name without `.`, `*`, `>` or whitespace.
  if (!isBucketName(durable)) return `${flagOrEnvName(values, 'durable', 'STATS_DURABLE')}: ${JSON.stringify(durable)} is not a consumer name (letters, digits, - and _)`;
  return { bucket, durable };
}
