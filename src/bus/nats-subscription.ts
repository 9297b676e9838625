// A subscription on the NATS bus: a pull consumer (`js.consumers`) driven by the router. Pull
// loops keep requests outstanding, a backlog holds what arrives beyond `concurrency`, handlers
// that run long are kept alive, a consumer that disappears is made again, and `stop()` ends it
// all without leaving events waiting out ackWait in the server.
import { ErrorCode, headers as natsHeaders, type Consumer, type ConsumerInfo, type FetchMessages, type JetStreamClient, type JetStreamManager, type JsMsg, type NatsConnection } from 'nats';
import { MayastorEventsError } from '../errors.js';
import { JS_CONSUMER_NOT_FOUND, JS_STREAM_NOT_FOUND, jetStreamErrorCode } from '../internal/jetstream.js';
import type { GuardedLogger } from '../internal/logger.js';
import { AckLedger, JsMsgControl } from './nats-acks.js';
import { boundedByServer, consumerConfig, consumerFor } from './nats-consumer.js';
import { DeliveryReader } from './nats-delivery.js';
import type { EventsStream } from './nats-stream.js';
import type { ResolvedSubscribeOptions } from './options.js';
import { codeOf, PAYLOAD_TOO_LARGE, payloadTooLarge, PublishError } from './errors.js';
import { createRouter, describeError, type MessageControl, type Router } from './router.js';
import { SubjectError } from '../subject.js';
import { StoppableSubscription } from './subscription-base.js';
import type { Delivery, HandlerMap, Subscription } from './types.js';
import type { ConsumerTelemetry, ProcessTrace } from '../telemetry/process.js';
import type { BusTelemetry } from '../telemetry/telemetry.js';

// A pull request waits this long for events (nats.js's minimum): the most an idle stop() waits,
// and how soon a consumer whose server died pulls from another one.
const FETCH_EXPIRES = 1_000;
// Pause after a failed pull (no server, no consumer) before the next one.
const FETCH_RETRY_DELAY = 250;
// The least a pull asks for when the server bounds what it sends (see `#serverBounded`): one
// pull request (a subscription, a timer and a round trip in nats.js) serves that many events
// even with `concurrency` 1, where asking for one at a time made every event wait for a pull.
const MIN_PULL_BATCH = 128;
// When the server bounds what it sends, a pull asks for this many times `concurrency`: the
// server still sends no more than `max_ack_pending` unsettled events, so a larger batch changes
// only how many pull requests (each a subscription, timers and three protocol messages in
// nats.js) the stream costs.
const PULL_BATCH_PER_SLOT = 4;
// How often (at most) a subscription that receives nothing checks that its consumer still exists.
const CONSUMER_CHECK_INTERVAL = 2_000;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** What a subscription uses of its bus. */
export interface SubscriptionContext {
  readonly nc: NatsConnection;
  readonly jsm: JetStreamManager;
  /** A JetStream manager with a short deadline, for the consumer checks (so that stop() is not held up by a server that is away). */
  readonly checkJsm: () => Promise<JetStreamManager>;
  readonly stream: EventsStream;
  readonly logger: GuardedLogger;
  /** Called once the subscription has stopped. */
  readonly onStopped: (subscription: NatsSubscription) => void;
  /** The bus's OpenTelemetry, if any. */
  readonly telemetry?: BusTelemetry | undefined;
}

/** A running subscription of the NATS bus; made by `NatsSubscription.start`. */
export class NatsSubscription extends StoppableSubscription implements Subscription {
  /** The server-side filter subject, e.g. `events.2.>`. */
  readonly filter: string;
  readonly #context: SubscriptionContext;
  readonly #options: ResolvedSubscribeOptions;
  readonly #router: Router;
  readonly #js: JetStreamClient;
  readonly #acks: AckLedger; // sent again if the server lost them (see nats-acks.ts)
  readonly #deliveries = new DeliveryReader();
  #name: string;
  #consumerCreated: number;
  #consumer: Consumer;
  // Messages whose handlers still run after their first tick, with their control: settled
  // once, so that stop() can give one back and its handler's late settle sends nothing.
  readonly #handling = new Map<JsMsg, MessageControl>();
  readonly #backlog: JsMsg[] = []; // delivered beyond `concurrency` (a durable made with a larger max_ack_pending)
  readonly #held: JsMsg[] = []; // arrived while stopping: given back (nak) once the handlers are done
  readonly #wakeFetchers = new Set<() => void>(); // pull loops waiting for a free slot
  #active = 0;
  #stopping = false;
  #idle: (() => void) | undefined;
  // When the consumer's `max_ack_pending` is at most `concurrency` (always so for consumers the
  // bus makes), the server never has more unsettled events out than the subscription has slots:
  // two pulls then stay outstanding at all times, each asking for a large batch, so that an ack
  // is answered by the next event at once (no pull round trip in between) and a pull's cost is
  // shared by many events. The price is paid at stop(): it waits for those pulls to expire
  // (FETCH_EXPIRES, as an idle subscription always did), and the events they bring meanwhile, at
  // most `max_ack_pending` (one with `concurrency` 1), are given back unhandled, their delivery
  // counted. A durable made with a larger `max_ack_pending` is pulled for the free slots only.
  #serverBounded: boolean;
  #maxRequestBatch: number; // a durable's limit on one pull (0: none)
  #delivered = 0;
  readonly #fetchers: number;
  readonly #pullBatch: number;
  #lastCheck = Date.now();
  #checking: Promise<void> | undefined;
  readonly #fetching: Promise<unknown>;
  readonly #keepAlive: ReturnType<typeof setInterval>;
  readonly #telemetry: ConsumerTelemetry | undefined;

  /** Gets or makes the consumer for `handlers` and starts pulling. */
  static async start(context: SubscriptionContext, handlers: HandlerMap, options: ResolvedSubscribeOptions): Promise<NatsSubscription> {
    const { nc, jsm, stream, logger } = context;
    const telemetry = context.telemetry?.consumer(options.durable);
    const router = createRouter(
      handlers,
      options,
      async (subject, raw, headerValues) => {
        const h = natsHeaders();
        let header = '';
        try {
          for (header in headerValues) h.set(header, headerValues[header]!);
          header = '';
          nc.publish(subject, raw, { headers: h });
        } catch (error) {
          // nats.js's refusals, in the terms the router knows (it knows no nats.js code).
          switch (codeOf(error)) {
            case ErrorCode.MaxPayloadExceeded: {
              const maxPayload = nc.info?.max_payload;
              const reason = maxPayload === undefined ? undefined : payloadTooLarge(raw.length, headerValues, maxPayload, "the server's max_payload");
              throw new PublishError(subject, 1, reason ?? "the letter is above the server's max_payload (MAX_PAYLOAD_EXCEEDED)", { cause: error, code: PAYLOAD_TOO_LARGE });
            }
            case ErrorCode.BadSubject:
              throw new SubjectError('deadLetterSubject', subject, `nats.js refuses it (${describeError(error)})`);
            case ErrorCode.BadHeader: // the same letter carries the same header every time
              throw new SubjectError(`dead letter header ${header}`, headerValues[header], `nats.js refuses it (${describeError(error)})`);
            default:
              throw error;
          }
        }
        await nc.flush();
      },
      logger,
      telemetry,
    );
    const js = nc.jetstream();
    const info = await consumerFor(jsm, stream.name, options, router.filter);
    let consumer: Consumer;
    try {
      consumer = await js.consumers.get(stream.name, info.name);
    } catch (error) {
      // An ephemeral consumer made for this subscription would linger until its inactive threshold.
      if (options.durable === undefined) await jsm.consumers.delete(stream.name, info.name).catch(() => undefined);
      throw new MayastorEventsError(`cannot use the consumer ${info.name} on ${stream.name}: ${(error as Error).message}`, { cause: error });
    }
    return new NatsSubscription(context, options, router, js, info, consumer, telemetry);
  }

  private constructor(context: SubscriptionContext, options: ResolvedSubscribeOptions, router: Router, js: JetStreamClient, info: ConsumerInfo, consumer: Consumer, telemetry?: ConsumerTelemetry) {
    super();
    this.#telemetry = telemetry;
    telemetry?.observeLag(async () => (await (await context.checkJsm()).consumers.info(context.stream.name, this.#name)).num_pending, router.filter);
    this.#context = context;
    this.#options = options;
    this.#router = router;
    this.filter = router.filter;
    this.#js = js;
    this.#acks = new AckLedger(context.nc, info.created);
    this.#name = info.name;
    this.#consumerCreated = Date.parse(info.created);
    this.#consumer = consumer;
    this.#serverBounded = boundedByServer(info.config.max_ack_pending, options.concurrency);
    this.#maxRequestBatch = info.config.max_batch ?? 0;
    // Two pulls overlap so that the stream never waits on a round trip (one when the free slots
    // bound the pulls and there is only one slot).
    this.#fetchers = this.#serverBounded ? 2 : Math.min(options.concurrency, 2);
    this.#pullBatch = Math.max(options.concurrency * PULL_BATCH_PER_SLOT, MIN_PULL_BATCH);
    this.#fetching = Promise.all(Array.from({ length: this.#fetchers }, () => this.#pullLoop()));
    // Keeps the server from redelivering events whose handlers run longer than ackWait.
    this.#keepAlive = setInterval(() => {
      for (const msg of this.#handling.keys()) msg.working();
    }, Math.max(options.ackWait / 2, 500));
    this.#keepAlive.unref();
    this.stopOnAbort(options.signal);
  }

  /** The consumer's name (the durable name, or the server-assigned name of an ephemeral). */
  get name(): string {
    return this.#name;
  }

  /** The trace of a delivery being processed (its `process` span), for `bus.events()`'s `item.inContext`. */
  traceOf(delivery: Delivery): ProcessTrace | undefined {
    return this.#telemetry?.traceOf(delivery);
  }


  // Delivered by a pull: handled now, kept for a free slot, or held to be given back when stopping.
  readonly #onMessage = (msg: JsMsg): void => {
    this.#delivered++;
    if (this.#stopping) this.#held.push(msg);
    else if (this.#active >= this.#options.concurrency) this.#backlog.push(msg);
    else this.#start(msg);
  };

  #start(msg: JsMsg): void {
    this.#active++;
    const delivery = this.#deliveries.read(msg);
    const control = new JsMsgControl(msg, this.#context.logger, this.#acks, delivery.streamSequence); // settles once: see nats-acks.ts
    const pending = this.#router.dispatch(delivery, control, msg); // its headers are decoded only if the telemetry reads them
    if (pending === undefined) {
      this.#settled();
      return;
    }
    this.#handling.set(msg, control); // only handlers still running after this tick can outlive ackWait
    void pending.finally(() => {
      this.#handling.delete(msg);
      this.#settled();
    });
  }

  #settled(): void {
    this.#active--;
    const next = this.#backlog.shift();
    if (next !== undefined) this.#start(next);
    else {
      if (this.#wakeFetchers.size > 0) {
        for (const wake of this.#wakeFetchers) wake();
        this.#wakeFetchers.clear();
      }
      if (this.#active === 0) this.#idle?.();
    }
  }

  // Bounded pulls (fetch) rather than an open-ended consume(): a pull request lives on in the
  // server until it is filled or expires, and whatever it is sent after the client stopped
  // listening waits out ackWait. Waiting for the last fetch to end makes stop() clean.
  async #pullLoop(): Promise<void> {
    const options = this.#options;
    while (!this.#stopping) {
      let wanted = this.#pullBatch;
      if (!this.#serverBounded) {
        const free = options.concurrency - this.#active - this.#backlog.length;
        if (free <= 0) {
          await new Promise<void>((resolve) => this.#wakeFetchers.add(resolve));
          continue;
        }
        wanted = Math.max(1, Math.ceil(free / this.#fetchers));
      }
      if (this.#maxRequestBatch > 0) wanted = Math.min(wanted, this.#maxRequestBatch);
      const before = this.#delivered;
      const started = Date.now();
      let failed = false;
      try {
        // The callback form (which nats.js also honours for fetch): no iterator hop per message.
        const batch = await this.#consumer.fetch({ max_messages: wanted, expires: FETCH_EXPIRES, callback: this.#onMessage } as FetchMessages);
        await batch.closed();
      } catch (error) {
        if (this.#stopping) break;
        failed = true;
        this.#context.logger.warn(`consumer ${this.#name}: cannot fetch; retrying`, { error: (error as Error).message });
      }
      if (this.#stopping) break;
      if (this.#delivered === before) {
        // Nothing came: idle, or the consumer is gone (a pull on a missing consumer just expires).
        await this.#checkConsumer();
        if (failed || Date.now() - started < FETCH_EXPIRES / 2) await sleep(FETCH_RETRY_DELAY);
      }
    }
  }

  // A consumer disappears with its memory stream on a server restart, when its inactive
  // threshold passes while the client is away, or when an operator deletes it: it is made
  // again with this subscription's config (deliver all when the stream itself is new).
  #checkConsumer(): Promise<void> {
    if (this.#checking !== undefined) return this.#checking;
    if (this.#stopping || Date.now() - this.#lastCheck < CONSUMER_CHECK_INTERVAL) return Promise.resolve();
    this.#lastCheck = Date.now();
    this.#checking = this.#recoverConsumer()
      .catch((error: unknown) => this.#context.logger.warn(`consumer ${this.#name}: cannot re-create it yet`, { error: (error as Error).message }))
      .finally(() => {
        this.#lastCheck = Date.now();
        this.#checking = undefined;
      });
    return this.#checking;
  }

  async #recoverConsumer(): Promise<void> {
    const { jsm, stream, logger } = this.#context;
    const options = this.#options;
    try {
      const info = await (await this.#context.checkJsm()).consumers.info(stream.name, this.#name);
      // Still there: the stream is quiet, or the server lost acks (a leader change, a restart)
      // and waits for them before it delivers more.
      const resent = this.#acks.resendLost(info, this.#active + this.#backlog.length + this.#held.length);
      if (resent > 0) {
        logger.info(`consumer ${this.#name}: sent again ${resent} acks the server may have lost`, { ackFloor: info.ack_floor.stream_seq, pending: info.num_ack_pending });
      }
      return;
    } catch (error) {
      const code = jetStreamErrorCode(error);
      if (code !== JS_CONSUMER_NOT_FOUND && code !== JS_STREAM_NOT_FOUND) return; // no server now: the next check tells
    }
    if (this.#stopping) return;
    await stream.ensure();
    const streamInfo = await jsm.streams.info(stream.name);
    const streamIsNew = Date.parse(streamInfo.created) > this.#consumerCreated;
    const config = consumerConfig(streamIsNew ? { ...options, deliver: { policy: 'all' } } : options, this.filter);
    let info: ConsumerInfo;
    try {
      info = await jsm.consumers.add(stream.name, config);
    } catch (error) {
      // Another instance of a durable subscriber made it again meanwhile.
      if (options.durable === undefined) throw error;
      info = await jsm.consumers.info(stream.name, options.durable);
    }
    const previous = this.#name;
    try {
      this.#consumer = await this.#js.consumers.get(stream.name, info.name);
    } catch (error) {
      if (options.durable === undefined) await jsm.consumers.delete(stream.name, info.name).catch(() => undefined);
      throw error;
    }
    this.#name = info.name;
    this.#consumerCreated = Date.parse(info.created);
    this.#serverBounded = boundedByServer(info.config.max_ack_pending, options.concurrency);
    this.#maxRequestBatch = info.config.max_batch ?? 0;
    logger.warn(
      `consumer ${previous} was gone (${streamIsNew ? 'the stream was lost and made again' : 'deleted or expired'}); ` +
        `made it again as ${this.#name}${streamIsNew ? ', delivering every event of the new stream' : ''}`,
      { stream: stream.name, consumer: this.#name, previous, durable: options.durable },
    );
  }

  /** See `Subscription.stop`: run once, by `stop()`. */
  protected async halt(): Promise<void> {
    const { nc, jsm, stream, logger } = this.#context;
    const options = this.#options;
    this.#stopping = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), options.stopTimeout)));
    this.#held.push(...this.#backlog.splice(0));
    for (const wake of this.#wakeFetchers) wake();
    await this.#fetching; // the last pull request is filled or expired: the server sends nothing more
    if (this.#active > 0 && (await Promise.race([new Promise<void>((resolve) => (this.#idle = resolve)), deadline])) === 'late') {
      // Handlers that never settle cannot hold stop(): their events are given back now.
      for (const [msg, control] of this.#handling) {
        logger.warn(`consumer ${this.#name}: a handler did not settle within stopTimeout; its event is given back`, {
          stopTimeout: options.stopTimeout,
          subject: msg.subject,
          streamSequence: msg.info.streamSequence,
        });
        control.nak(0);
      }
      this.#handling.clear();
    }
    clearTimeout(timer);
    for (const msg of this.#held.splice(0)) new JsMsgControl(msg, logger).nak(0);
    clearInterval(this.#keepAlive);
    this.#telemetry?.close();
    this.#context.onStopped(this);
    if (!nc.isClosed()) {
      await nc.flush().catch(() => undefined); // the naks reach the server before stop() resolves
      if (options.durable === undefined) await jsm.consumers.delete(stream.name, this.#name).catch(() => undefined);
    }
  }
}
