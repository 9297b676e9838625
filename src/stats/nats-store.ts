// The counter store in a JetStream key-value bucket: one key, whose revision is the
// compare-and-set token. It opens its own connection (never the bus's), so the bus stays the
// bus's business; the same connection can tell the consumer's lag.
import { natsConnectionOptions, type NatsConnectionSettings } from 'mayastor-events';
import { connect, type KV, type NatsConnection } from 'nats';
import { isBucketName } from '../internal/checks.js';
import { JS_CONSUMER_NOT_FOUND, JS_STREAM_NOT_FOUND, JS_WRONG_LAST_SEQUENCE, jetStreamErrorCode } from '../internal/jetstream.js';
import { parseCounts, serializeCounts } from './counters.js';
import { CounterConflictError, CounterStoreError, StatsOptionsError } from './errors.js';
import type { CounterStore, StoredCounts } from './store.js';
import { serversText } from '../internal/servers.js';
import { connectFailureReason } from '../internal/connect-failure.js';

/** The bucket the counts are kept in by default. */
export const DEFAULT_STATS_BUCKET = 'mayastor-events-stats';
/**
 * The key of the counts in the bucket by default (upstream's consumer name). The stats service
 * opens its own store with this key whatever its durable consumer's name (`durable`,
 * `--durable`), so the counts are found from the bucket alone (as `mayastor-events doctor` reads
 * them). The counts name the durable consumer that counts them, and a service under another
 * durable name refuses to start on them (a `StatsOptionsError`, option `durable`): two services
 * under different durable names need a bucket each (`bucket`, `--bucket`, STATS_BUCKET). Counts
 * saved before the name was recorded are taken, as they are, by the first service that loads them.
 */
export const DEFAULT_STATS_KEY = 'stats-events-consumer';

/** Options of `openNatsCounterStore`: the connection settings the bus takes, and the bucket. */
export interface NatsCounterStoreOptions extends NatsConnectionSettings {
  /**
   * The key-value bucket, created (file storage, history 1) when it is missing.
   * @default DEFAULT_STATS_BUCKET ('mayastor-events-stats')
   */
  bucket?: string;
  /**
   * The key of the counts in the bucket. One key holds the counts of one durable consumer: the
   * stats service records its consumer's name in them and refuses counts that name another.
   * @default DEFAULT_STATS_KEY ('stats-events-consumer')
   */
  key?: string;
  /**
   * Replicas of the bucket when it is created (1, 3 or 5).
   * @default 1
   */
  replicas?: number;
}

/** The NATS counter store: a `CounterStore` plus its connection. */
export interface NatsCounterStore extends CounterStore {
  /** The store's own nats.js connection. */
  readonly connection: NatsConnection;
  /** The bucket in use. */
  readonly bucket: string;
  /** The key of the counts in the bucket. */
  readonly key: string;
  /**
   * Messages of `stream` not yet acked by consumer `consumer` (delivered or not); undefined
   * when the consumer does not exist (yet).
   */
  consumerPending(stream: string, consumer: string): Promise<number | undefined>;
  /** The creation time of `stream`, which tells a recreated stream (sequences from 1 again) from the old one; undefined when it does not exist. */
  streamIdentity(stream: string): Promise<string | undefined>;
}

// The consumer or the stream does not exist (yet): nothing to tell, not a failure.
const NOT_FOUND: readonly number[] = [JS_CONSUMER_NOT_FOUND, JS_STREAM_NOT_FOUND];

/**
 * Connects to NATS and opens (or creates) the key-value bucket of the counts.
 *
 * @example
 * const store = await openNatsCounterStore({ servers: 'nats://mayastor-nats:4222' });
 */
export async function openNatsCounterStore(options: NatsCounterStoreOptions = {}): Promise<NatsCounterStore> {
  const bucket = options.bucket ?? DEFAULT_STATS_BUCKET;
  const key = options.key ?? DEFAULT_STATS_KEY;
  const replicas = options.replicas ?? 1;
  if (!isBucketName(bucket)) throw new StatsOptionsError('bucket', `${JSON.stringify(bucket)}: letters, digits, - and _ only`);
  if (!/^[A-Za-z0-9_=.-]+$/.test(key) || key.startsWith('.') || key.endsWith('.')) throw new StatsOptionsError('key', `${JSON.stringify(key)} is not a key-value key`);
  if (![1, 3, 5].includes(replicas)) throw new StatsOptionsError('replicas', `expected 1, 3 or 5, got ${String(replicas)}`);
  const connectionOptions = await natsConnectionOptions(options, 'mayastor-events-stats');
  let nc: NatsConnection;
  try {
    nc = await connect(connectionOptions);
  } catch (error) {
    throw new CounterStoreError(`cannot connect to NATS at ${serversText(connectionOptions.servers)}: ${connectFailureReason(error)}`, { cause: error });
  }
  let kv: KV;
  try {
    kv = await nc.jetstream().views.kv(bucket, { history: 1, replicas });
  } catch (error) {
    await nc.close().catch(() => undefined);
    throw new CounterStoreError(`cannot open the key-value bucket ${bucket}: ${(error as Error).message}`, { cause: error });
  }
  const jsm = await nc.jetstreamManager();

  return {
    connection: nc,
    bucket,
    key,
    async load(): Promise<StoredCounts | undefined> {
      const entry = await kv.get(key);
      if (entry === null || entry.operation !== 'PUT') return undefined;
      try {
        return { counts: parseCounts(entry.value), revision: entry.revision };
      } catch (error) {
        throw new CounterStoreError(`the counts in ${bucket}/${key} cannot be read: ${(error as Error).message}`, { cause: error });
      }
    },
    async save(counts, revision) {
      const bytes = serializeCounts(counts);
      try {
        return revision === undefined ? await kv.create(key, bytes) : await kv.update(key, bytes, revision);
      } catch (error) {
        if (jetStreamErrorCode(error) === JS_WRONG_LAST_SEQUENCE) {
          throw new CounterConflictError(`the counts in ${bucket}/${key} were changed by another writer since revision ${String(revision)}`, { cause: error });
        }
        throw error;
      }
    },
    async consumerPending(stream, consumer) {
      try {
        const info = await jsm.consumers.info(stream, consumer);
        return info.num_pending + info.num_ack_pending;
      } catch (error) {
        if (NOT_FOUND.includes(jetStreamErrorCode(error) ?? -1)) return undefined;
        throw error;
      }
    },
    async streamIdentity(stream) {
      try {
        return (await jsm.streams.info(stream)).created;
      } catch (error) {
        if (NOT_FOUND.includes(jetStreamErrorCode(error) ?? -1)) return undefined;
        throw error;
      }
    },
    async close() {
      if (!nc.isClosed()) await nc.close();
    },
  };
}
