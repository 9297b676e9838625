// The flags of the stats service's settings, read and checked once for every command that takes
// them: --listen (stats, explore), --bucket and --durable (stats, and doctor, which must check
// the bucket and the consumer that stats really uses, from the same flags and variables).
import { isBucketName } from '../internal/checks.js';
import { DEFAULT_STATS_BUCKET, DEFAULT_STATS_CONSUMER, StatsOptionsError, parseListen, type ListenAddress } from '../stats/index.js';
import type { CommandContext } from './command.js';
import { flagOrEnv } from './nats-options.js';
import { escapeUnprintable, printableJson } from './printable.js';

/** `text` (a `--listen` value) as a `host:port` address; a string is the usage error to report. */
export function listenFlag(text: string): ListenAddress | string {
  try {
    return parseListen(text);
  } catch (error) {
    if (!(error instanceof StatsOptionsError)) throw error;
    // The reason quotes the value as given: an environment variable may hold anything.
    return `--listen: ${escapeUnprintable(error.reason)}`;
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
 * error to report.
 */
export function statsConsumerFlags(values: CommandContext['values'], env: CommandContext['env']): StatsConsumerFlags | string {
  const bucket = flagOrEnv(values, env, 'bucket', 'STATS_BUCKET') ?? DEFAULT_STATS_BUCKET;
  if (!isBucketName(bucket)) return `--bucket: ${printableJson(JSON.stringify(bucket))} is not a bucket name (letters, digits, - and _)`;
  const durable = flagOrEnv(values, env, 'durable', 'STATS_DURABLE') ?? DEFAULT_STATS_CONSUMER;
  // The same characters: a consumer name without `.`, `*`, `>` or whitespace.
  if (!isBucketName(durable)) return `--durable: ${printableJson(JSON.stringify(durable))} is not a consumer name (letters, digits, - and _)`;
  return { bucket, durable };
}

