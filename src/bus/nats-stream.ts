// The events stream on the server: got, or created as the Rust services create it (never changed
// when it exists), and made again when it is lost (a memory stream after a server restart),
// with its outages reported once per change of state.
import { DiscardPolicy, nanos, RetentionPolicy, StorageType, type JetStreamManager, type StreamConfig } from 'nats';
import { JS_STREAM_NAME_IN_USE, JS_STREAM_NOT_FOUND, jetStreamErrorCode } from '../internal/jetstream.js';
import type { GuardedLogger } from '../internal/logger.js';
import { EVENTS_SUBJECT_FILTER } from '../subject.js';
import { SERVER_DEFAULT_DUPLICATE_WINDOW, duplicateWindowFor, type StreamOptions } from './connect.js';
import { StreamConfigError } from './errors.js';

/** While the stream stays unavailable, how often (ms) at most a summary of the outage is logged. */
export const STREAM_OUTAGE_SUMMARY_INTERVAL = 60_000;

/**
 * The stream configuration upstream uses, with the given storage, replicas and size; with
 * `duplicateWindow` (ms), a duplicate window (upstream leaves the server's 2 minutes).
 */
export function upstreamStreamConfig(stream: Required<StreamOptions>, duplicateWindow?: number): Partial<StreamConfig> {
  const config: Partial<StreamConfig> = {
    name: stream.name,
    subjects: [EVENTS_SUBJECT_FILTER],
    storage: stream.storage === 'file' ? StorageType.File : StorageType.Memory,
    retention: RetentionPolicy.Limits,
    discard: DiscardPolicy.Old,
    max_bytes: stream.maxBytes,
    max_msgs_per_subject: 1,
    num_replicas: stream.replicas,
  };
  if (duplicateWindow !== undefined) config.duplicate_window = nanos(duplicateWindow);
  return config;
}

/** What `ensureStream` found: the stream's duplicate window (ms), and whether it had to be created. */
export interface EnsuredStream {
  readonly duplicateWindow: number;
  readonly created: boolean;
}

/** Gets the events stream, or creates it with the upstream config; never changes an existing one. */
export async function ensureStream(jsm: JetStreamManager, stream: Required<StreamOptions>, retrySpan: number, logger: GuardedLogger): Promise<EnsuredStream> {
  for (let round = 0; round < 2; round++) {
    try {
      const info = await jsm.streams.info(stream.name);
      const subjects = info.config.subjects ?? [];
      if (!subjects.includes(EVENTS_SUBJECT_FILTER)) {
        throw new StreamConfigError(
          stream.name,
          `exists with subjects [${subjects.join(', ')}], but the bus needs it on ${EVENTS_SUBJECT_FILTER}; ` +
            'the bus never changes an existing stream: fix or delete it, or set `stream.name`',
        );
      }
      const window = info.config.duplicate_window > 0 ? info.config.duplicate_window / 1_000_000 : SERVER_DEFAULT_DUPLICATE_WINDOW;
      if (retrySpan > window) {
        logger.warn(
          `stream ${stream.name}: its duplicate_window (${window} ms) is shorter than the publish retry span (${retrySpan} ms): ` +
            'a retried event whose first attempt was stored may be stored twice; lower maxAttempts, ackTimeout or retryBackoff',
          { stream: stream.name, duplicateWindow: window, retrySpan },
        );
      }
      return { duplicateWindow: window, created: false };
    } catch (error) {
      if (error instanceof StreamConfigError) throw error;
      if (jetStreamErrorCode(error) !== JS_STREAM_NOT_FOUND) {
        throw new StreamConfigError(stream.name, `cannot look the stream up: ${(error as Error).message}`, { cause: error });
      }
    }
    try {
      await jsm.streams.add(upstreamStreamConfig(stream, duplicateWindowFor(retrySpan)));
      return { duplicateWindow: duplicateWindowFor(retrySpan), created: true };
    } catch (error) {
      if (jetStreamErrorCode(error) === JS_STREAM_NAME_IN_USE) continue; // created meanwhile by another process
      throw new StreamConfigError(
        stream.name,
        `cannot be created on ${EVENTS_SUBJECT_FILTER}: ${(error as Error).message} ` +
          '(another stream already holding these subjects must be removed or renamed to events-stream)',
        { cause: error },
      );
    }
  }
  throw new StreamConfigError(stream.name, 'was created and removed again while the bus was starting');
}

/**
 * The events stream of one bus: `restore()` gets or creates it again when publishes find no
 * responder, once for all the publishes that noticed at the same time. Its state is logged once
 * per change (unavailable, available again, made again), plus a summary every
 * `STREAM_OUTAGE_SUMMARY_INTERVAL` while an outage lasts: a cluster whose node was killed sends
 * dozens of publishes back with "no responders", and each used to log its own line.
 */
export class EventsStream {
  readonly #jsm: JetStreamManager;
  readonly #options: Required<StreamOptions>;
  readonly #retrySpan: number;
  readonly #logger: GuardedLogger;
  readonly #now: () => number;
  #restoring: Promise<void> | undefined;
  // The outage in progress: since when, how many restores failed, when it was last reported.
  #outage: { readonly since: number; failures: number; reported: number } | undefined;

  constructor(jsm: JetStreamManager, options: Required<StreamOptions>, retrySpan: number, logger: GuardedLogger, now: () => number = Date.now) {
    this.#jsm = jsm;
    this.#options = options;
    this.#retrySpan = retrySpan;
    this.#logger = logger;
    this.#now = now;
  }

  /** The stream's name. */
  get name(): string {
    return this.#options.name;
  }

  /** Gets or creates the stream (see `ensureStream`). */
  ensure(): Promise<EnsuredStream> {
    return ensureStream(this.#jsm, this.#options, this.#retrySpan, this.#logger);
  }

  /** Gets or creates the stream again after publishes found no responder; never rejects (failures are logged). */
  restore(): Promise<void> {
    this.#restoring ??= this.ensure()
      .then(
        (ensured) => this.#available(ensured.created),
        (error: unknown) => this.#unavailable(error),
      )
      .finally(() => {
        this.#restoring = undefined;
      });
    return this.#restoring;
  }

  #available(created: boolean): void {
    const outage = this.#outage;
    this.#outage = undefined;
    const details: Record<string, unknown> = { stream: this.name };
    if (outage !== undefined) {
      details['unavailableFor'] = this.#now() - outage.since;
      details['failedAttempts'] = outage.failures;
    }
    if (created) this.#logger.info('events stream is available again', { ...details, created: true });
    else if (outage !== undefined) this.#logger.info('events stream is available again', details);
    // Found as it was, with no outage seen: a passing "no responders" (a leader election), nothing to say.
  }

  #unavailable(error: unknown): void {
    const now = this.#now();
    const message = (error as Error).message;
    if (this.#outage === undefined) {
      this.#outage = { since: now, failures: 1, reported: now };
      this.#logger.warn('cannot restore the events stream yet; publishes keep retrying', { stream: this.name, error: message });
      return;
    }
    const outage = this.#outage;
    outage.failures++;
    if (now - outage.reported >= STREAM_OUTAGE_SUMMARY_INTERVAL) {
      outage.reported = now;
      this.#logger.warn('the events stream is still unavailable', { stream: this.name, unavailableFor: now - outage.since, failedAttempts: outage.failures, error: message });
    }
  }
}
