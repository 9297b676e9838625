// What the server says, read without changing anything: stream and consumer info, stored
// messages fetched by sequence (`STREAM.MSG.GET`, no consumer is created), the stats bucket's
// entry. The judging is elsewhere (pure functions of these facts).
import { DEFAULT_STREAM_NAME, EVENTS_SUBJECT_FILTER } from 'mayastor-events';
import type { ConsumerInfo, JetStreamManager, KvEntry, NatsConnection, StoredMsg, StreamInfo } from 'nats';
import { JS_NO_MESSAGE_FOUND, JS_STREAM_NOT_FOUND, jetStreamErrorCode } from '../../internal/jetstream.js';

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
  /** When the oldest message waiting for a consumer (its first after the ack floor) was stored, by consumer name; for consumers with messages waiting. */
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
 * When the first message after each waiting consumer's ack floor was stored: the oldest message
 * waiting for it (for a consumer with a filter, one at least as old). Unknown when that
 * sequence was deleted.
 */
async function oldestWaitingOf(jsm: JetStreamManager, stream: StreamInfo, consumers: readonly ConsumerInfo[]): Promise<Map<string, Date>> {
  const found = new Map<string, Date>();
  for (const info of consumers) {
    if (info.num_pending + info.num_ack_pending === 0) continue;
    const seq = Math.max(info.ack_floor.stream_seq + 1, stream.state.first_seq, 1);
    try {
      found.set(info.name, (await jsm.streams.getMessage(stream.config.name, { seq })).time);
    } catch (error) {
      if (jetStreamErrorCode(error) !== JS_NO_MESSAGE_FOUND) throw error;
    }
  }
  return found;
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
