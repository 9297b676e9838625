// Settling JetStream messages, and settling them again when the server lost the first word.
//
// An ack is a plain publish to the consumer's leader: when the leader dies (a cluster leader
// killed, a single server restarted) the acks it had not yet stored or replicated are lost, and
// so are acks sent while no leader listens. The new leader then counts those messages as
// pending until ackWait ends; with `max_ack_pending` 1 (concurrency 1) it delivers nothing more
// meanwhile. Confirming every ack (`ackAck`) would cost a reply and a timer per message, and the
// confirmation comes from the leader that received the ack: no promise that the ack outlives
// it. Instead the subscription keeps the last acks and terms it sent; when its pulls come back
// empty it asks the server about the consumer (it checks the consumer exists then anyway) and,
// when the server counts more messages pending than the subscription holds, sends again those
// above the consumer's ack floor. Both are idempotent on the server.
import type { JsMsg, NatsConnection } from 'nats';
import type { MessageControl } from './router.js';
import type { BusLogger } from './types.js';

const ACK = '+ACK';
const TERM = '+TERM';

/** How many recent settlements a subscription keeps to send again. */
const LEDGER_SIZE = 1_024;

/**
 * The last acks and terms sent (a ring, newest overwriting oldest), to be sent again when the
 * server's ack floor shows they were lost. A nak is not kept: sent again, it would push back a
 * redelivery that is waiting for its back-off (a lost nak costs that event ackWait).
 */
export class AckLedger {
  readonly #sequences: Float64Array;
  readonly #replies: string[];
  readonly #payloads: string[];
  readonly #nc: NatsConnection;
  #next = 0;
  // When the consumer the acks were sent to was created: one made again (a memory stream lost
  // in a restart) numbers its stream anew, and an old ack sent to it could ack another event.
  #consumerCreated: string;

  /** `consumerCreated`: the `created` time of the consumer the subscription starts on. */
  constructor(nc: NatsConnection, consumerCreated: string, size = LEDGER_SIZE) {
    this.#nc = nc;
    this.#consumerCreated = consumerCreated;
    this.#sequences = new Float64Array(size); // 0: an empty slot (stream sequences start at 1)
    this.#replies = new Array<string>(size).fill('');
    this.#payloads = new Array<string>(size).fill('');
  }

  /** Records the ack or term just sent for the message at stream sequence `sequence`. */
  settled(sequence: number, reply: string, payload: string): void {
    const slot = this.#next;
    this.#sequences[slot] = sequence;
    this.#replies[slot] = reply;
    this.#payloads[slot] = payload;
    this.#next = slot + 1 === this.#sequences.length ? 0 : slot + 1;
  }

  /**
   * When the consumer (as its leader reports it in `info`) counts more messages pending than the
   * subscription holds unsettled (`holding`), sends again the acks and terms of messages above
   * its ack floor; returns how many were sent. Idempotent on the server: a message acked
   * meanwhile, or twice, is left as it is. A consumer made again since forgets them all instead.
   */
  resendLost(
    info: { readonly created: string; readonly num_ack_pending: number; readonly ack_floor: { readonly stream_seq: number } },
    holding: number,
  ): number {
    if (info.created !== this.#consumerCreated) {
      this.#consumerCreated = info.created;
      this.#sequences.fill(0);
      return 0;
    }
    if (info.num_ack_pending <= holding) return 0; // nothing the server waits for is lost
    const ackFloor = info.ack_floor.stream_seq;
    let resent = 0;
    for (let slot = 0; slot < this.#sequences.length; slot++) {
      if (this.#sequences[slot]! <= ackFloor) continue;
      try {
        this.#nc.publish(this.#replies[slot]!, this.#payloads[slot]!);
      } catch {
        return resent; // the connection is closed: nothing more can be sent
      }
      resent++;
    }
    return resent;
  }
}

/**
 * Settles a JetStream message for the router, once: the first ack, nak or term wins (so that
 * stop() can give back an event whose handler settles it later, and that late settle sends and
 * records nothing). An ack on a closed connection is logged (the server redelivers).
 */
export class JsMsgControl implements MessageControl {
  readonly #msg: JsMsg;
  readonly #logger: BusLogger;
  readonly #ledger: AckLedger | undefined;
  readonly #sequence: number;
  #settled = false;

  /** `sequence`: the message's stream sequence when the caller read it already (0: read it from the message). */
  constructor(msg: JsMsg, logger: BusLogger, ledger?: AckLedger, sequence = 0) {
    this.#msg = msg;
    this.#logger = logger;
    this.#ledger = ledger;
    this.#sequence = sequence;
  }

  /** Whether the message was acked, nak'd or terminated through this control. */
  get settled(): boolean {
    return this.#settled;
  }

  ack(): void {
    if (this.#settled) return;
    this.#settled = true;
    try {
      this.#msg.ack();
      this.#record(ACK);
    } catch (error) {
      this.#failed(error);
    }
  }

  nak(delayMs: number): void {
    if (this.#settled) return;
    this.#settled = true;
    try {
      this.#msg.nak(delayMs > 0 ? delayMs : undefined);
    } catch (error) {
      this.#failed(error);
    }
  }

  term(): void {
    if (this.#settled) return;
    this.#settled = true;
    try {
      this.#msg.term();
      this.#record(TERM);
    } catch (error) {
      this.#failed(error);
    }
  }

  #record(payload: string): void {
    if (this.#ledger === undefined) return;
    // The ack subject ($JS.ACK.…): nats.js's message has it as `reply` without typing it. Without
    // it the settlement is simply not kept (the server still redelivers after ackWait).
    const reply = (this.#msg as JsMsg & { readonly reply?: unknown }).reply;
    if (typeof reply === 'string' && reply !== '') this.#ledger.settled(this.#sequence || this.#msg.info.streamSequence, reply, payload);
  }

  #failed(error: unknown): void {
    this.#logger.warn?.('cannot settle a message; the server will redeliver it', { error: (error as Error).message, subject: this.#msg.subject });
  }
}
