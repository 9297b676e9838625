// Reading the events stream without changing anything on the server, for the commands that only
// look (tail). The bus gets-or-creates the stream, on connecting and again after a server lost
// it: right for a service that publishes or counts, wrong for a command an operator points at a
// server to see what is there. Here the stream is only looked up, and read through an ordered
// consumer: ephemeral, unacknowledged, removed by the server when the reader goes.
import {
  AckPolicy,
  ConsumerEvents,
  DeliverPolicy as NatsDeliverPolicy,
  connect,
  nanos,
  nuid,
  type ConsumerConfig,
  type ConsumerMessages,
  type JetStreamManager,
  type JsMsg,
  type NatsConnection,
  type OrderedConsumerOptions,
} from 'nats';
import { sleepUnlessAborted as sleep } from '../internal/abort.js';
import { JS_STREAM_NOT_FOUND, jetStreamErrorCode } from '../internal/jetstream.js';
import { natsConnectionOptions, type DeliverPolicy, type NatsConnectionSettings } from 'mayastor-events';
import { serversText } from '../internal/servers.js';
import { connectFailureReason } from '../internal/connect-failure.js';

/** Delays (ms) between two looks for a stream that is not there yet; the last repeats. */
export const STREAM_WAIT_BACKOFF: readonly number[] = Object.freeze([1_000, 2_000, 4_000, 8_000, 15_000, 30_000]);

/** How often (ms) a reader looks whether the stream it reads is still the one it started on. */
export const STREAM_CHECK_INTERVAL = 5_000;

/** One stored message as the reader gives it. */
export interface StoredMessage {
  readonly subject: string;
  readonly streamSequence: number;
  readonly data: Uint8Array;
}

/** Why {@link StreamReader.follow} ended: asked to stop, or the stream is gone from the server. */
export type FollowEnd = 'stopped' | 'stream-gone';

function isStreamNotFound(error: unknown): boolean {
  return jetStreamErrorCode(error) === JS_STREAM_NOT_FOUND;
}

/** A NATS connection that reads a stream and never creates or changes one. */
export class StreamReader {
  readonly #nc: NatsConnection;
  readonly #jsm: JetStreamManager;
  /** The servers connected to, as given (for messages). */
  readonly servers: string;

  private constructor(nc: NatsConnection, jsm: JetStreamManager, servers: string) {
    this.#nc = nc;
    this.#jsm = jsm;
    this.servers = servers;
  }

  /**
   * Connects (the `name` shows in the server's connection list), telling `onConnection` when
   * the connection is lost and when it is back. Rejects with an error whose message says which
   * server could not be reached, or that JetStream is not enabled there.
   */
  static async connect(settings: NatsConnectionSettings, name: string, onConnection?: (change: string) => void): Promise<StreamReader> {
    const servers = serversText(settings.servers, '');
    let nc: NatsConnection;
    try {
      nc = await connect(await natsConnectionOptions(settings, name));
    } catch (error) {
      throw new Error(`cannot connect to NATS at ${servers}: ${connectFailureReason(error)}`, { cause: error });
    }
    if (onConnection !== undefined) {
      // One line per change of state (nats.js also reports every reconnect attempt: not told).
      void (async () => {
        for await (const status of nc.status()) {
          if (status.type === 'disconnect') onConnection(`lost the connection to NATS (${String(status.data)}); reconnecting`);
          else if (status.type === 'reconnect') onConnection(`connected again to NATS (${String(status.data)})`);
        }
      })().catch(() => undefined);
    }
    try {
      return new StreamReader(nc, await nc.jetstreamManager(), servers);
    } catch (error) {
      await nc.close().catch(() => undefined);
      throw new Error(`JetStream is not available on ${servers}: ${(error as Error).message}`, { cause: error });
    }
  }

  /** Whether the stream exists (in this connection's account); other failures reject. */
  async exists(stream: string): Promise<boolean> {
    return (await this.#created(stream)) !== undefined;
  }

  /** When the stream was created (which tells a stream made again from the one read), or undefined when there is none. */
  async #created(stream: string): Promise<string | undefined> {
    try {
      return (await this.#jsm.streams.info(stream)).created;
    } catch (error) {
      if (isStreamNotFound(error)) return undefined;
      throw error;
    }
  }

  /**
   * Resolves true once the stream exists, looking with back-off ({@link STREAM_WAIT_BACKOFF});
   * false when `signal` aborts first. A failed look (the server away) is retried the same way.
   */
  async waitFor(stream: string, signal: AbortSignal): Promise<boolean> {
    for (let attempt = 0; !signal.aborted; attempt++) {
      if (await this.exists(stream).catch(() => false)) return true;
      await sleep(STREAM_WAIT_BACKOFF[Math.min(attempt, STREAM_WAIT_BACKOFF.length - 1)]!, signal);
    }
    return false;
  }

  /**
   * Reads the stream's messages under `filter` from `deliver` on, through an ordered consumer,
   * handing each to `onMessage` (awaited: a slow output slows the reading). Resolves when
   * `signal` aborts (`stopped`) or when the stream is gone from the server (`stream-gone`:
   * deleted, or a memory stream lost in a server restart, and perhaps made again since, its
   * sequence numbers starting again); never re-creates it. The stream is looked up every
   * {@link STREAM_CHECK_INTERVAL} ms meanwhile, and when the consumer reports trouble.
   */
  async follow(
    stream: string,
    options: {
      readonly filter: string;
      readonly deliver: DeliverPolicy;
      readonly signal: AbortSignal;
      /** Called once the consumer exists: from then on, what is published is read (`new`). */
      readonly onStarted?: () => void;
    },
    onMessage: (message: StoredMessage) => void | Promise<void>,
  ): Promise<FollowEnd> {
    const created = await this.#created(stream);
    if (created === undefined) return 'stream-gone';
    // nats.js retries an ordered consumer the server refuses every 30 s for 15 minutes, telling
    // nothing, and its timers outlive a stop (the process with them): a consumer of the same
    // options is made first, and removed, so that a refusal (no permission, a limit) is said.
    try {
      const probe = await this.#jsm.consumers.add(stream, probeConfig(options.filter, options.deliver));
      await this.#jsm.consumers.delete(stream, probe.name).catch(() => undefined);
    } catch (error) {
      if (isStreamNotFound(error)) return 'stream-gone';
      throw new Error(`the server refused a consumer on ${stream}: ${(error as Error).message}`, { cause: error });
    }
    const consumer = await this.#nc.jetstream().consumers.get(stream, orderedOptions(options.filter, options.deliver));
    // nats.js retries a consumer the server refuses (every 30 s, for minutes): a stop does not wait for that.
    const starting = consumer.consume({ max_messages: 256, expires: 30_000 });
    const aborted = new Promise<undefined>((resolve) => {
      if (options.signal.aborted) resolve(undefined);
      options.signal.addEventListener('abort', () => resolve(undefined), { once: true });
    });
    const started = await Promise.race([starting, aborted]);
    if (started === undefined) {
      void starting.then((late) => late.stop()).catch(() => undefined);
      return 'stopped';
    }
    const messages: ConsumerMessages = started;
    options.onStarted?.();
    let end = 'stopped' as FollowEnd;
    const stop = (): void => void messages.stop();
    options.signal.addEventListener('abort', stop, { once: true });
    if (options.signal.aborted) stop();
    // The ordered consumer re-creates itself after a gap, and would wait for a stream that is
    // gone, then resume past the old sequence numbers in a new one (or miss that the stream was
    // replaced): the stream is looked up here instead, and a lost or replaced one ends the reading.
    let checking = false;
    const check = async (): Promise<void> => {
      if (checking || end === 'stream-gone') return;
      checking = true;
      // A failed look (the server away) is no verdict: the next one tells.
      const now = await this.#created(stream).catch(() => created);
      checking = false;
      if (now !== created && !options.signal.aborted) {
        end = 'stream-gone';
        stop();
      }
    };
    const timer = setInterval(() => void check(), STREAM_CHECK_INTERVAL);
    const watch = (async () => {
      for await (const status of await messages.status()) {
        if (status.type === ConsumerEvents.StreamNotFound || status.type === ConsumerEvents.HeartbeatsMissed || status.type === ConsumerEvents.ConsumerNotFound) {
          await check();
        }
      }
    })().catch(() => undefined);
    try {
      for await (const msg of messages as AsyncIterable<JsMsg>) {
        if (options.signal.aborted || end === 'stream-gone') break;
        await onMessage({ subject: msg.subject, streamSequence: msg.seq, data: msg.data });
      }
    } finally {
      clearInterval(timer);
      options.signal.removeEventListener('abort', stop);
      stop();
      // Without this the server keeps the consumer for its inactive threshold (5 minutes), listed
      // by doctor and counted against the account's limit. Not awaited: closing the connection
      // sends the request, and a reader that stops during an outage does not wait for an answer.
      consumer.delete().catch(() => undefined);
    }
    // The status iterator ends with the messages.
    await watch;
    return end;
  }

  /** Closes the connection (the server removes the ordered consumer). */
  async close(): Promise<void> {
    await this.#nc.close().catch(() => undefined);
  }
}

/** Where a consumer starts, as a consumer's config says it. */
function startConfig(deliver: DeliverPolicy): Pick<ConsumerConfig, 'deliver_policy' | 'opt_start_seq' | 'opt_start_time'> {
  switch (deliver.policy) {
    case 'all':
      return { deliver_policy: NatsDeliverPolicy.All };
    case 'new':
      return { deliver_policy: NatsDeliverPolicy.New };
    case 'startSequence':
      return { deliver_policy: NatsDeliverPolicy.StartSequence, opt_start_seq: deliver.startSequence };
    case 'startTime':
      return { deliver_policy: NatsDeliverPolicy.StartTime, opt_start_time: new Date(deliver.startTime).toISOString() };
  }
}

/** The ordered consumer's options for a deliver policy. */
function orderedOptions(filter: string, deliver: DeliverPolicy): Partial<OrderedConsumerOptions> {
  // `all` is from sequence 1, the ordered consumer's default: given the policy it would also
  // send a start sequence, which the server refuses with that policy.
  return deliver.policy === 'all' ? { filterSubjects: filter } : { filterSubjects: filter, ...startConfig(deliver) };
}

/**
 * An ephemeral consumer as the ordered one is made (named, so created through the same API
 * subject, `$JS.API.CONSUMER.CREATE.<stream>.<name>.<filter>`, which permissions may single
 * out; memory, one replica, no acks), which the server removes soon if the reader does not.
 */
function probeConfig(filter: string, deliver: DeliverPolicy): Partial<ConsumerConfig> {
  return {
    name: `${nuid.next()}_probe`,
    filter_subject: filter,
    ack_policy: AckPolicy.None,
    mem_storage: true,
    num_replicas: 1,
    max_deliver: 1,
    inactive_threshold: nanos(10_000),
    ...startConfig(deliver),
  };
}
