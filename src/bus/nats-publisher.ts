// JetStream publishes without nats.js's per-request bookkeeping: core publishes with a reply
// subject under one inbox subscription, acks matched by token, deadlines checked by one timer.
// Wire-identical to `js.publish(subject, data, { msgID })`.
import { createInbox, ErrorCode, headers as natsHeaders, type Msg, type NatsConnection, type Subscription } from 'nats';

/** What the stream answered. */
export interface StreamAck {
  readonly stream: string;
  readonly seq: number;
  readonly duplicate: boolean;
}

/** One failed attempt: `retryable` when the same publish may succeed later (timeout, no responders, disconnect). */
export class AttemptError extends Error {
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
}

const utf8 = new TextDecoder();

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
  }

  /** Publishes `data` on `subject` with `Nats-Msg-Id: msgId`; resolves with the stream's ack. */
  publish(subject: string, data: Uint8Array, msgId: string, timeout: number): Promise<StreamAck> {
    const token = (this.#next++).toString(36);
    return new Promise<StreamAck>((resolve, reject) => {
      const h = natsHeaders();
      h.set('Nats-Msg-Id', msgId);
      try {
        this.#nc.publish(subject, data, { reply: `${this.#prefix}.${token}`, headers: h });
      } catch (error) {
        const code = (error as { code?: string }).code ?? ErrorCode.Unknown;
        reject(new AttemptError(code, (error as Error).message, code === ErrorCode.Disconnect));
        return;
      }
      this.#waiting.set(token, { resolve, reject, deadline: Date.now() + timeout });
    });
  }

  /** Fails everything still waiting (the connection is closing). */
  close(): void {
    clearInterval(this.#timer);
    this.#sub.unsubscribe();
    for (const waiting of this.#waiting.values()) waiting.reject(new AttemptError(ErrorCode.ConnectionClosed, 'connection closed', false));
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
