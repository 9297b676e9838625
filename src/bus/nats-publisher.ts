// Publishing to the events stream: a bounded queue (`maxQueue`, at most `maxInFlight` acks
// awaited at once), each event retried under its id until the stream confirms it, and `close()`
// that gives queued events one last attempt instead of waiting out their delays.
//
// The attempts themselves (`AckInbox`) go without nats.js's per-request bookkeeping: core
// publishes with a reply subject under one inbox subscription, acks matched by token, deadlines
// checked by one timer. Wire-identical to `js.publish(subject, data, { msgID })`.
import { createInbox, ErrorCode, Events, headers as natsHeaders, type Msg, type NatsConnection, type Subscription } from 'nats';
import { MayastorEventsError } from '../errors.js';
import type { GuardedLogger } from '../internal/logger.js';
import type { SendOperation, SendTrace } from '../telemetry/send.js';
import type { BusTelemetry } from '../telemetry/telemetry.js';
import { BusClosedError, payloadTooLarge, PublishError, QueueFullError } from './errors.js';
import type { PreparedEvent } from './prepare.js';
import type { PublishAck } from './types.js';

/** What the stream answered. */
export interface StreamAck {
  readonly stream: string;
  readonly seq: number;
  readonly duplicate: boolean;
}

/** One failed attempt: `retryable` when the same publish may succeed later (timeout, no responders, disconnect). */
export class AttemptError extends MayastorEventsError {
  override readonly name = 'AttemptError';
  readonly code: string;
  readonly retryable: boolean;

  constructor(code: string, message: string, retryable: boolean) {
    super(message);
    this.code = code;
    this.retryable = retryable;
  }
}

interface Waiting {
  readonly resolve: (ack: StreamAck) => void;
  readonly reject: (error: AttemptError) => void;
  readonly deadline: number;
  readonly subject: string;
}

const utf8 = new TextDecoder();

const CLOSED = 'the NATS connection is closed (bus.close(), bus.connection.close(), or the client stopped reconnecting)';
const CLOSED_NOT_SENT = `${CLOSED}: the event was not sent; publish it on a bus connected again`;
const CLOSED_UNCONFIRMED = `${CLOSED} before the server confirmed the event stored; it may or may not be in the stream`;

/** Publishes to JetStream over one reply inbox. */
export class AckInbox {
  readonly #nc: NatsConnection;
  readonly #prefix: string;
  readonly #sub: Subscription;
  // Insertion order is deadline order (one timeout for all), so expiry stops at the first live one.
  readonly #waiting = new Map<string, Waiting>();
  readonly #timer: ReturnType<typeof setInterval>;
  #next = 0;

  constructor(nc: NatsConnection) {
    this.#nc = nc;
    this.#prefix = createInbox();
    this.#sub = nc.subscribe(`${this.#prefix}.*`, { callback: (_error, msg) => this.#answer(msg) });
    this.#timer = setInterval(() => this.#expire(), 50);
    this.#timer.unref();
    // Closed under the bus (bus.connection.close(), or the client gave up reconnecting): no ack
    // can come any more, so the attempts waiting for one fail now rather than at their deadline.
    void nc.closed().then(() => this.close());
    void this.#watchRefusals();
  }

  // The server drops a message its user may not publish and says so only on the connection (-ERR
  // 'Permissions Violation for Publish to "<subject>"'): no ack would ever come, and every retry
  // would be refused again, so the attempts on that subject fail now, saying why.
  async #watchRefusals(): Promise<void> {
    for await (const status of this.#nc.status()) {
      const context = (status as { permissionContext?: { operation?: string; subject?: string } }).permissionContext;
      if (status.type !== Events.Error || context?.operation !== 'publish') continue;
      for (const [token, waiting] of this.#waiting) {
        if (waiting.subject !== context.subject) continue;
        this.#waiting.delete(token);
        waiting.reject(
          new AttemptError(
            ErrorCode.PermissionsViolation,
            `the server refused it: this connection's user may not publish to ${context.subject} (Permissions Violation); allow it events.> in the nats-server authorization`,
            false,
          ),
        );
      }
    }
  }

  /** Publishes `data` on `subject` with `Nats-Msg-Id: msgId`; resolves with the stream's ack. */
  publish(subject: string, data: Uint8Array, msgId: string, timeout: number, traceHeaders?: Record<string, string>): Promise<StreamAck> {
    const token = (this.#next++).toString(36);
    return new Promise<StreamAck>((resolve, reject) => {
      const h = natsHeaders();
      h.set('Nats-Msg-Id', msgId);
      if (traceHeaders !== undefined) for (const name in traceHeaders) h.set(name, traceHeaders[name]!);
      try {
        this.#nc.publish(subject, data, { reply: `${this.#prefix}.${token}`, headers: h });
      } catch (error) {
        const code = (error as { code?: string }).code ?? ErrorCode.Unknown;
        const message = code === ErrorCode.ConnectionClosed ? CLOSED_NOT_SENT : (this.#refusal(code, data, msgId, traceHeaders) ?? (error as Error).message);
        reject(new AttemptError(code, message, code === ErrorCode.Disconnect));
        return;
      }
      this.#waiting.set(token, { resolve, reject, deadline: Date.now() + timeout, subject });
    });
  }

  // The client's refusal of a message above the server's max_payload, said with the sizes (nats.js says only its code).
  #refusal(code: string, data: Uint8Array, msgId: string, traceHeaders: Record<string, string> | undefined): string | undefined {
    const maxPayload = this.#nc.info?.max_payload;
    if (code !== ErrorCode.MaxPayloadExceeded || maxPayload === undefined) return undefined;
    return payloadTooLarge(data.length, { 'Nats-Msg-Id': msgId, ...traceHeaders }, maxPayload, "the server's max_payload");
  }

  /** Fails everything still waiting (the connection is closing). */
  close(): void {
    clearInterval(this.#timer);
    if (!this.#sub.isClosed()) this.#sub.unsubscribe();
    for (const waiting of this.#waiting.values()) waiting.reject(new AttemptError(ErrorCode.ConnectionClosed, CLOSED_UNCONFIRMED, false));
    this.#waiting.clear();
  }

  #answer(msg: Msg): void {
    const token = msg.subject.slice(this.#prefix.length + 1);
    const waiting = this.#waiting.get(token);
    if (waiting === undefined) return; // expired already
    this.#waiting.delete(token);
    if (msg.headers?.hasError) {
      const code = String(msg.headers.code);
      const noResponders = msg.headers.code === 503;
      waiting.reject(new AttemptError(noResponders ? ErrorCode.NoResponders : code, noResponders ? 'no responders: no stream for the subject' : msg.headers.description, noResponders));
      return;
    }
    let reply: { stream?: unknown; seq?: unknown; duplicate?: unknown; error?: { code?: number; err_code?: number; description?: string } };
    try {
      reply = JSON.parse(utf8.decode(msg.data)) as typeof reply;
    } catch {
      waiting.reject(new AttemptError(ErrorCode.BadJson, 'the stream answered with something that is not a publish ack', false));
      return;
    }
    if (reply.error !== undefined) {
      const retryable = reply.error.code === 503; // JetStream temporarily unavailable (leader election)
      waiting.reject(new AttemptError(String(reply.error.err_code ?? reply.error.code), reply.error.description ?? 'JetStream error', retryable));
      return;
    }
    waiting.resolve({ stream: String(reply.stream), seq: Number(reply.seq), duplicate: reply.duplicate === true });
  }

  #expire(): void {
    const now = Date.now();
    for (const [token, waiting] of this.#waiting) {
      if (waiting.deadline > now) break;
      this.#waiting.delete(token);
      waiting.reject(new AttemptError(ErrorCode.Timeout, 'TIMEOUT: no ack from the stream in time', true));
    }
  }
}

/** What the publisher needs of the bus's options. */
export interface PublisherOptions {
  readonly maxQueue: number;
  readonly maxInFlight: number;
  readonly ackTimeout: number;
  readonly maxAttempts: number;
  readonly retryBackoff: readonly number[];
}

interface Job {
  readonly prepared: PreparedEvent;
  readonly resolve: (ack: PublishAck) => void;
  readonly reject: (error: unknown) => void;
  readonly trace: SendTrace | undefined;
}

/**
 * The bus's publishing side: `enqueue` accepts a prepared event (or refuses it at once with a
 * `QueueFullError` or a `BusClosedError`), and the returned promise settles when the stream
 * confirmed it or the attempts ran out. `restoreStream` is called before retrying an attempt that
 * found no responder (a memory stream lost in a server restart).
 */
export class Publisher {
  readonly #inbox: AckInbox;
  readonly #options: PublisherOptions;
  readonly #logger: GuardedLogger;
  readonly #restoreStream: () => Promise<void>;
  readonly #telemetry: BusTelemetry | undefined;
  readonly #waiting: Job[] = [];
  #inFlight = 0;
  #closing = false;
  #closed = false;
  readonly #idleWaiters: (() => void)[] = [];
  // One settle promise per accepted publish, so that flush() waits for those accepted before it only.
  readonly #outstanding = new Set<Promise<void>>();
  // Woken by close(): the retry sleeps (each one registered while it lasts) end at once.
  readonly #sleepers = new Set<() => void>();

  constructor(nc: NatsConnection, options: PublisherOptions, logger: GuardedLogger, restoreStream: () => Promise<void>, telemetry?: BusTelemetry) {
    this.#inbox = new AckInbox(nc);
    this.#options = options;
    this.#logger = logger;
    this.#restoreStream = restoreStream;
    this.#telemetry = telemetry;
    telemetry?.observeQueue(() => this.#waiting.length + this.#inFlight);
    // A connection closed under the bus ends the retry delays: no later attempt can be sent.
    void nc.closed().then(() => {
      this.#closed = true;
      for (const wake of [...this.#sleepers]) wake();
    });
  }

  /** Whether `close()` has started: new publishes are refused. */
  get closing(): boolean {
    return this.#closing;
  }

  /** Queues one event for sending; `prepare` failing rejects before anything is queued. */
  enqueue(prepare: () => PreparedEvent, operation: SendOperation = 'publish'): Promise<PublishAck> {
    if (this.#closing) return Promise.reject(new BusClosedError(operation));
    let prepared: PreparedEvent;
    try {
      prepared = prepare();
    } catch (error) {
      return Promise.reject(error);
    }
    if (this.#waiting.length + this.#inFlight >= this.#options.maxQueue) return Promise.reject(new QueueFullError(this.#options.maxQueue));
    const trace = this.#telemetry?.send(operation, prepared); // in the caller's context: the send span's parent
    const result = new Promise<PublishAck>((resolve, reject) => {
      this.#waiting.push({ prepared, resolve, reject, trace });
    });
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    this.#outstanding.add(settled);
    void settled.then(() => this.#outstanding.delete(settled));
    this.#pump();
    return trace === undefined ? result : trace.follow(result);
  }

  /** Resolves when every publish accepted before the call has settled (later ones are not waited for). */
  flush(): Promise<void> {
    if (this.#outstanding.size === 0) return Promise.resolve();
    return Promise.all([...this.#outstanding]).then(() => undefined);
  }

  /**
   * Refuses new publishes, ends the retry delays at once and gives each queued event one last
   * attempt (all at once); resolves when none is left, at most about one `ackTimeout` later.
   */
  close(): Promise<void> {
    this.#closing = true;
    for (const wake of [...this.#sleepers]) wake();
    this.#pump();
    return this.#drained();
  }

  /** Fails what still waits for an ack and releases the inbox: the connection is closing. */
  release(): void {
    this.#closed = true;
    this.#inbox.close();
  }

  // Resolves when the queue is empty and no publish is in flight.
  #drained(): Promise<void> {
    if (this.#waiting.length === 0 && this.#inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  #notifyIdle(): void {
    if (this.#waiting.length === 0 && this.#inFlight === 0) for (const wake of this.#idleWaiters.splice(0)) wake();
  }

  #pump(): void {
    while ((this.#inFlight < this.#options.maxInFlight || this.#closing) && this.#waiting.length > 0) {
      const job = this.#waiting.shift()!;
      this.#inFlight++;
      void this.#send(job).finally(() => {
        this.#inFlight--;
        this.#pump();
        this.#notifyIdle();
      });
    }
  }

  async #send(job: Job): Promise<void> {
    const { subject, id, bytes } = job.prepared;
    for (let attempt = 1; ; attempt++) {
      try {
        const ack = await this.#inbox.publish(subject, bytes, id, this.#options.ackTimeout, job.trace?.headers);
        job.resolve({ stream: ack.stream, sequence: ack.seq, duplicate: ack.duplicate, subject });
        return;
      } catch (error) {
        const retryable = error instanceof AttemptError && error.retryable;
        if (retryable && this.#closing) {
          job.reject(notConfirmed(subject, attempt, (error as Error).message, error));
          return;
        }
        if (!retryable || attempt >= this.#options.maxAttempts || this.#closed) {
          job.reject(new PublishError(subject, attempt, (error as Error).message, { cause: error }));
          return;
        }
        const backoff = this.#options.retryBackoff;
        const delay = backoff[Math.min(attempt, backoff.length) - 1]!;
        job.trace?.retry(attempt, error);
        this.#logger.warn('publish attempt failed; retrying under the same id', { subject, attempt, delay, error: (error as Error).message });
        await this.#sleepUnlessClosing(delay);
        if (!this.#closing && !this.#closed && (error as AttemptError).code === ErrorCode.NoResponders) await this.#unlessClosing(this.#restoreStream());
        if (this.#closed) {
          job.reject(new PublishError(subject, attempt, `${CLOSED} before the server confirmed the event stored (retry ${attempt + 1} not sent); it may or may not be in the stream`, { cause: error }));
          return;
        }
        if (this.#closing) {
          job.reject(notConfirmed(subject, attempt, `retry ${attempt + 1} not sent`, error));
          return;
        }
      }
    }
  }

  #sleepUnlessClosing(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      if (this.#closing || this.#closed) {
        resolve();
        return;
      }
      const wake = (): void => {
        clearTimeout(timer);
        this.#sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.#sleepers.add(wake);
    });
  }

  // Waits for `work`, or less when close() is called meanwhile.
  #unlessClosing(work: Promise<unknown>): Promise<void> {
    return new Promise<void>((resolve) => {
      if (this.#closing) {
        resolve();
        return;
      }
      const wake = (): void => {
        this.#sleepers.delete(wake);
        resolve();
      };
      this.#sleepers.add(wake);
      work.then(wake, wake);
    });
  }
}

function notConfirmed(subject: string, attempts: number, reason: string, cause?: unknown): PublishError {
  return new PublishError(
    subject,
    attempts,
    `the bus was closed before the server confirmed the event stored (${reason}); it may or may not be in the stream`,
    cause === undefined ? undefined : { cause },
  );
}
