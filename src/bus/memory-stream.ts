// The in-memory bus's stream: messages with sequences, a size limit (oldest discarded),
// de-duplication of publishes by event id within a window, plain subjects for listeners (dead
// letters), and the consumers' positions, as a JetStream stream keeps them. A message above the
// `max_payload` a NATS client would refuse is refused here too, with the same PublishError.
import type { GuardedLogger } from '../internal/logger.js';
import { matchesPattern } from '../subject.js';
import { BusOptionsError, PAYLOAD_TOO_LARGE, payloadTooLarge, PublishError } from './errors.js';
import { MessageLog } from './memory-log.js';
import type { ResolvedSubscribeOptions } from './options.js';
import type { PreparedEvent } from './prepare.js';
import type { PublishAck } from './types.js';

/** The stream name the in-memory bus reports in its acks, as the NATS bus does. */
export const MEMORY_STREAM_NAME = 'events-stream';

// The header the NATS bus gives every event it publishes (JetStream's de-duplication id).
const MSG_ID_HEADER = 'Nats-Msg-Id';

/** A message as the in-memory stream stores it. */
export interface StoredMessage {
  readonly sequence: number;
  readonly subject: string;
  readonly data: Uint8Array;
  readonly headers: Readonly<Record<string, string>>;
  /** When it was stored (ms since the epoch). */
  readonly time: number;
}

/** A message seen on a plain subject (outside the stream), e.g. a dead letter. */
export interface CoreMessage {
  readonly subject: string;
  readonly data: Uint8Array;
  readonly headers: Readonly<Record<string, string>>;
}

/** An event delivered and not yet acked or terminated, as its consumer tracks it. */
export interface Pending {
  deliveries: number;
  /** Due for redelivery (its nak delay passed). */
  ready: boolean;
  /** Its handlers run now. */
  inFlight: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/** A consumer's state in the stream: it outlives its subscription when durable. */
export interface ConsumerState {
  readonly name: string;
  readonly durable: boolean;
  readonly filter: string;
  /** The next stream sequence never delivered. */
  next: number;
  readonly pending: Map<number, Pending>;
  /** The running subscription, woken when there is something for it. */
  active: { wake(): void } | undefined;
}

/** The stream of one in-memory bus. */
export class MemoryStream {
  readonly #log = new MessageLog<StoredMessage>();
  readonly #maxMessages: number;
  readonly #duplicateWindow: number;
  readonly #maxPayload: number;
  readonly #logger: GuardedLogger;
  #firstSequence = 1;
  #lastSequence = 0;
  readonly #recentIds = new Map<string, { sequence: number; time: number }>();
  readonly #consumers = new Map<string, ConsumerState>();
  readonly #listeners = new Set<{ subject: string; listener: (message: CoreMessage) => void }>();
  #ephemeralCount = 0;

  constructor(limits: { readonly maxMessages: number; readonly duplicateWindow: number; readonly maxPayload: number }, logger: GuardedLogger) {
    this.#maxMessages = limits.maxMessages;
    this.#duplicateWindow = limits.duplicateWindow;
    this.#maxPayload = limits.maxPayload;
    this.#logger = logger;
  }

  /** The sequence of the oldest message kept. */
  get firstSequence(): number {
    return this.#firstSequence;
  }

  /** The sequence of the newest message (0 before the first). */
  get lastSequence(): number {
    return this.#lastSequence;
  }

  /** The message at `sequence`, or undefined when it was discarded or is not stored yet. */
  messageAt(sequence: number): StoredMessage | undefined {
    return this.#log.at(sequence - this.#firstSequence);
  }

  /** The messages the stream holds, oldest first. */
  messages(): StoredMessage[] {
    return this.#log.toArray();
  }

  /**
   * Stores a message (discarding the oldest beyond the limit) and wakes the consumers; throws a
   * `PublishError` when it is above `maxPayload`.
   */
  store(subject: string, data: Uint8Array, headers: Record<string, string>): StoredMessage {
    this.#checkPayload(subject, data, headers);
    return this.#append(subject, data, headers);
  }

  #append(subject: string, data: Uint8Array, headers: Record<string, string>): StoredMessage {
    const message: StoredMessage = { sequence: ++this.#lastSequence, subject, data, headers: Object.freeze({ ...headers }), time: Date.now() };
    this.#log.push(message);
    while (this.#log.length > this.#maxMessages) {
      this.#log.dropOldest();
      this.#firstSequence++;
    }
    for (const consumer of this.#consumers.values()) consumer.active?.wake();
    return message;
  }

  /**
   * Stores a prepared event once: a second publish of its id within the duplicate window is acked
   * as a duplicate. Above `maxPayload` with the `Nats-Msg-Id` header the NATS bus adds, it throws
   * a `PublishError` (the NATS client refuses it before the server could see a duplicate).
   */
  storeOnce(prepared: PreparedEvent, headers: Record<string, string> = {}): PublishAck {
    this.#checkPayload(prepared.subject, prepared.bytes, headers, prepared.id);
    const now = Date.now();
    for (const [id, seen] of this.#recentIds) {
      if (now - seen.time < this.#duplicateWindow) break;
      this.#recentIds.delete(id);
    }
    const seen = this.#recentIds.get(prepared.id);
    if (seen !== undefined) return { stream: MEMORY_STREAM_NAME, sequence: seen.sequence, duplicate: true, subject: prepared.subject };
    const message = this.#append(prepared.subject, prepared.bytes, headers);
    this.#recentIds.set(prepared.id, { sequence: message.sequence, time: now });
    return { stream: MEMORY_STREAM_NAME, sequence: message.sequence, duplicate: false, subject: prepared.subject };
  }

  /** Calls `listener` with each message published on a plain subject matching `subject`; returns the unsubscribe function. */
  listen(subject: string, listener: (message: CoreMessage) => void): () => void {
    const entry = { subject, listener };
    this.#listeners.add(entry);
    return () => this.#listeners.delete(entry);
  }

  /** Hands a message on a plain subject to the listeners (a `PublishError` above `maxPayload`); a throwing listener is logged. */
  deliverToListeners(subject: string, data: Uint8Array, headers: Record<string, string>): void {
    this.#checkPayload(subject, data, headers);
    for (const { subject: pattern, listener } of this.#listeners) {
      if (!matchesPattern(pattern, subject)) continue;
      try {
        listener({ subject, data: data.slice(), headers: { ...headers } });
      } catch (error) {
        this.#logger.error('a listen() listener threw', { error, subject });
      }
    }
  }

  /** The consumer of a subscription: the durable of that name (refused when its filter differs or it runs already), or a new one. */
  consumerFor(resolved: ResolvedSubscribeOptions, filter: string): ConsumerState {
    if (resolved.durable !== undefined) {
      const existing = this.#consumers.get(resolved.durable);
      if (existing !== undefined) {
        if (existing.filter !== filter) {
          throw new BusOptionsError(
            'durable',
            `consumer ${resolved.durable} exists with filter ${existing.filter}, these handlers need ${filter}: use another durable name`,
          );
        }
        if (existing.active !== undefined) {
          throw new BusOptionsError('durable', `consumer ${resolved.durable} already has a running subscription in this in-memory bus`);
        }
        return existing;
      }
    }
    const name = resolved.durable ?? `ephemeral-${++this.#ephemeralCount}`;
    const state: ConsumerState = { name, durable: resolved.durable !== undefined, filter, next: this.#startSequence(resolved), pending: new Map(), active: undefined };
    this.#consumers.set(name, state);
    return state;
  }

  /** Removes an ephemeral consumer, its redelivery timers with it. */
  removeConsumer(consumer: ConsumerState): void {
    for (const pending of consumer.pending.values()) clearTimeout(pending.timer);
    this.#consumers.delete(consumer.name);
  }

  /** Ends every redelivery timer (the bus is closed). */
  clearTimers(): void {
    for (const consumer of this.#consumers.values()) for (const pending of consumer.pending.values()) clearTimeout(pending.timer);
  }

  // Refuses what a NATS client refuses: a message above the server's max_payload, in one attempt
  // (with `Nats-Msg-Id: msgId` when given, as the NATS bus sends an event). Counted exactly only
  // near the limit: a UTF-16 unit is at most 3 bytes of UTF-8, so a message whose bound (headers'
  // framing included) is within maxPayload is within it, and a publish walks no header's text.
  #checkPayload(subject: string, data: Uint8Array, headers: Record<string, string>, msgId?: string): void {
    let bound = data.length + 12 + (msgId === undefined ? 0 : MSG_ID_HEADER.length + 3 * msgId.length + 4);
    for (const name in headers) bound += 3 * (name.length + headers[name]!.length) + 4;
    if (bound <= this.#maxPayload) return;
    const sent = msgId === undefined ? headers : { [MSG_ID_HEADER]: msgId, ...headers };
    const reason = payloadTooLarge(data.length, sent, this.#maxPayload, "the in-memory bus's maxPayload");
    if (reason !== undefined) throw new PublishError(subject, 1, reason, { code: PAYLOAD_TOO_LARGE });
  }

  #startSequence(resolved: ResolvedSubscribeOptions): number {
    const deliver = resolved.deliver;
    switch (deliver.policy) {
      case 'all':
        return this.#firstSequence;
      case 'new':
        return this.#lastSequence + 1;
      case 'startSequence':
        return Math.max(deliver.startSequence, this.#firstSequence);
      case 'startTime': {
        const since = deliver.startTime.getTime();
        const found = this.#log.findIndex((message) => message.time >= since);
        return found === -1 ? this.#lastSequence + 1 : this.#firstSequence + found;
      }
    }
  }
}
