// What the server says, read without changing anything: stream and consumer info, stored
// messages fetched by sequence (`STREAM.MSG.GET`, no consumer is created), the stats bucket's
// entry. The judging is elsewhere (pure functions of these facts).
import { DEFAULT_STREAM_NAME, EVENTS_SUBJECT_FILTER } from 'mayastor-events';
import type { ConsumerInfo, JetStreamManager, KvEntry, NatsConnection, SeqMsgRequest, StoredMsg, StreamInfo } from 'nats';
import { JS_NO_MESSAGE_FOUND, JS_STREAM_NOT_FOUND, jetStreamErrorCode } from '../../internal/jetstream.js';
import { consumerFilters } from './consumers.js';

/** The stats bucket as found: missing, or its entry under the key (null when it has none). */
export type StatsFacts = { readonly exists: false } | { readonly exists: true; readonly entry: KvEntry | null };

/** Everything doctor judges. */
export interface Facts {
  readonly serverVersion: string;
  /** "Now" for ages: the server's clock when its answers carry it (nats-server 2.10+), else this machine's. */
  readonly now: Date;
  readonly nowFrom: 'server' | 'local';
  /** Set when JetStream does not answer; nothing below is read then. */
  readonly jetstreamError?: string;
  /** Undefined when the stream does not exist. */
  readonly stream?: StreamInfo;
  /** Other streams taking subjects under `events.>` (read when events-stream is missing). */
  readonly overlapping: readonly string[];
  readonly consumers: readonly ConsumerInfo[];
  /** When the oldest message waiting for a consumer (its first after the ack floor on a subject it takes) was stored, by consumer name; for consumers with messages waiting. */
  readonly oldestWaiting: ReadonlyMap<string, Date>;
  /** The newest stored messages, up to the sample size, in stream order. */
  readonly sample: readonly StoredMsg[];
  readonly stats?: StatsFacts;
}

/** What to read. */
export interface CollectOptions {
  readonly sample: number;
  readonly bucket: string;
  readonly key: string;
}

/** Sequences tried beyond the sample size before giving up on gaps (messages deleted inside the stream). */
const MAX_GAPS = 1_000;

/** The server's clock in an API answer (`ts`, nats-server 2.10+). */
function serverTime(info: unknown): Date | undefined {
  const ts = (info as { ts?: unknown } | null)?.ts;
  if (typeof ts !== 'string') return undefined;
  const date = new Date(ts);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The newest `size` messages at or below `last`, walking back over deleted sequences. */
async function sampleMessages(jsm: JetStreamManager, stream: StreamInfo, size: number): Promise<StoredMsg[]> {
  const found: StoredMsg[] = [];
  let gaps = 0;
  for (let seq = stream.state.last_seq; seq >= Math.max(stream.state.first_seq, 1) && found.length < size && gaps <= MAX_GAPS; seq--) {
    try {
      found.push(await jsm.streams.getMessage(stream.config.name, { seq }));
    } catch (error) {
      if (jetStreamErrorCode(error) !== JS_NO_MESSAGE_FOUND) throw error;
      gaps++;
    }
  }
  return found.reverse();
}

/**
 * Requests in flight at once when doctor asks one question per consumer: enough to hide the
 * round trips on a stream with many consumers, few enough not to flood its JetStream API.
 */
const CONCURRENT_REQUESTS = 8;

/** `task` over `items`, at most `limit` at once, the results in the order of `items`; the first failure rejects, and no task starts after it. */
async function mapConcurrently<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await task(items[index]!);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * The first message stored at or after `seq` on a subject that `subject` matches, undefined
 * when there is none (`STREAM.MSG.GET` with `next_by_subj`, nats-server 2.9+). nats.js 2.29
 * types the query of `streams.getMessage` without `next_by_subj` (only `direct.getMessage`,
 * which needs a stream with allow_direct, names it), yet sends the query as it is.
 */
async function firstStoredFrom(jsm: JetStreamManager, stream: string, seq: number, subject: string): Promise<StoredMsg | undefined> {
  const query: SeqMsgRequest & { readonly next_by_subj: string } = { seq, next_by_subj: subject };
  try {
    return await jsm.streams.getMessage(stream, query);
  } catch (error) {
    if (jetStreamErrorCode(error) !== JS_NO_MESSAGE_FOUND) throw error;
    return undefined;
  }
}

/**
 * When the oldest message waiting for each waiting consumer was stored: the first message after
 * its ack floor on a subject it takes. Not the message at ack floor + 1 itself, which on
 * events-stream (max_msgs_per_subject 1, max_bytes) is often gone: replaced by a newer message
 * on its subject, or discarded for space. Absent when no such message is stored any more.
 */
export async function oldestWaitingOf(jsm: JetStreamManager, stream: StreamInfo, consumers: readonly ConsumerInfo[]): Promise<Map<string, Date>> {
  const lookups = consumers
    .filter((info) => info.num_pending + info.num_ack_pending > 0)
    .flatMap((info) => {
      const seq = Math.max(info.ack_floor.stream_seq + 1, stream.state.first_seq, 1);
      const filters = consumerFilters(info);
      // With several filters (nats-server 2.10+), the earliest of the first message on each.
      return (filters.length === 0 ? ['>'] : filters).map((subject) => ({ name: info.name, seq, subject }));
    });
  const messages = await mapConcurrently(lookups, CONCURRENT_REQUESTS, (lookup) => firstStoredFrom(jsm, stream.config.name, lookup.seq, lookup.subject));
  const oldest = new Map<string, StoredMsg>();
  lookups.forEach(({ name }, i) => {
    const message = messages[i];
    const earlier = oldest.get(name);
    if (message !== undefined && (earlier === undefined || message.seq < earlier.seq)) oldest.set(name, message);
  });
  return new Map([...oldest].map(([name, message]) => [name, message.time]));
}

async function statsFacts(nc: NatsConnection, jsm: JetStreamManager, options: CollectOptions): Promise<StatsFacts> {
  try {
    await jsm.streams.info(`KV_${options.bucket}`);
  } catch (error) {
    if (jetStreamErrorCode(error) === JS_STREAM_NOT_FOUND) return { exists: false };
    throw error;
  }
  // bindOnly: the bucket is looked at, never created.
  const kv = await nc.jetstream().views.kv(options.bucket, { bindOnly: true });
  const entry = await kv.get(options.key);
  return { exists: true, entry: entry === null || entry.operation !== 'PUT' ? null : entry };
}

/** Reads what doctor judges; throws when the connection fails meanwhile. */
export async function collect(nc: NatsConnection, options: CollectOptions): Promise<Facts> {
  const serverVersion = nc.info?.version ?? 'unknown';
  let jsm: JetStreamManager;
  try {
    jsm = await nc.jetstreamManager();
  } catch (error) {
    let message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
    // nats.js says only "503" when nothing answers the JetStream API.
    if (message === '503') message = 'nothing answers the JetStream API (503): JetStream is not enabled for this account or on this server';
    return { serverVersion, now: new Date(), nowFrom: 'local', jetstreamError: message, overlapping: [], consumers: [], oldestWaiting: new Map(), sample: [] };
  }
  let stream: StreamInfo | undefined;
  let overlapping: string[] = [];
  try {
    stream = await jsm.streams.info(DEFAULT_STREAM_NAME);
  } catch (error) {
    if (jetStreamErrorCode(error) !== JS_STREAM_NOT_FOUND) throw error;
    for await (const name of jsm.streams.names(EVENTS_SUBJECT_FILTER)) overlapping.push(name);
    overlapping = overlapping.filter((name) => name !== DEFAULT_STREAM_NAME);
  }
  const consumers: ConsumerInfo[] = [];
  if (stream !== undefined) for await (const info of jsm.consumers.list(DEFAULT_STREAM_NAME)) consumers.push(info);
  consumers.sort((a, b) => a.name.localeCompare(b.name));
  const oldestWaiting = stream === undefined ? new Map<string, Date>() : await oldestWaitingOf(jsm, stream, consumers);
  const sample = stream === undefined || options.sample === 0 ? [] : await sampleMessages(jsm, stream, options.sample);
  const stats = await statsFacts(nc, jsm, options);
  const fromServer = serverTime(stream) ?? consumers.map(serverTime).find((date) => date !== undefined);
  return {
    serverVersion,
    now: fromServer ?? new Date(),
    nowFrom: fromServer === undefined ? 'local' : 'server',
    ...(stream === undefined ? {} : { stream }),
    overlapping,
    consumers,
    oldestWaiting,
    sample,
    stats,
  };
}
