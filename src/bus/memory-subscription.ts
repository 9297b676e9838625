// A subscription on the in-memory bus: its consumer's events delivered through the router, at
// most `concurrency` at once, naks redelivered after their delay, and `stop()` that waits for
// the handlers at most `stopTimeout` and gives back what still runs, as the NATS bus does.
import type { GuardedLogger } from '../internal/logger.js';
import { matchesPattern } from '../subject.js';
import type { ConsumerState, MemoryStream, Pending, StoredMessage } from './memory-stream.js';
import { backoffDelay, type ResolvedSubscribeOptions } from './options.js';
import { describeError, type MessageControl, type Router } from './router.js';
import { StoppableSubscription } from './subscription-base.js';
import type { ConsumerTelemetry, ProcessTrace } from '../telemetry/process.js';
import type { Delivery, Subscription } from './types.js';

// A consumer's next pump: setImmediate where the runtime has one (Node: after pending I/O, with
// no 1 ms clamp), setTimeout elsewhere (browsers), so that the memory bus runs in both. A function
// rather than a constant chosen at load, so that a bundle that never uses the bus can drop it.
function soon(run: () => void): void {
  if (typeof globalThis.setImmediate === 'function') globalThis.setImmediate(run);
  else setTimeout(run, 0);
}

// The most deliveries a consumer launches before it yields to the event loop. Handlers that
// settle at once chain each delivery to the next in microtasks; without a yield a backlog of
// 100,000 events kept timers, I/O and an abort from them waiting for the whole of it (on NATS,
// deliveries arrive in pulls, with I/O between them).
const BURST = 256;

/** What a subscription uses of its bus. */
export interface MemorySubscriptionContext {
  readonly stream: MemoryStream;
  readonly logger: GuardedLogger;
  /** Whether the bus is closed: nothing more is delivered. */
  readonly closed: () => boolean;
  /** Called once the subscription has stopped. */
  readonly onStopped: (subscription: MemorySubscription) => void;
}

/** A running subscription of the in-memory bus. */
export class MemorySubscription extends StoppableSubscription implements Subscription {
  /** The consumer's name (the durable name, or `ephemeral-<n>`). */
  readonly name: string;
  /** The filter subject, e.g. `events.2.>`. */
  readonly filter: string;
  readonly #context: MemorySubscriptionContext;
  readonly #consumer: ConsumerState;
  readonly #router: Router;
  readonly #options: ResolvedSubscribeOptions;
  readonly #telemetry: ConsumerTelemetry | undefined;
  // The runs of the handlers in flight, each with the way to give its event back (see stop()).
  readonly #inFlight = new Map<Promise<void>, () => void>();
  #stopping = false;
  #scheduled = false;
  #burst = 0; // deliveries launched since the pump last ran from the event loop

  constructor(context: MemorySubscriptionContext, consumer: ConsumerState, router: Router, options: ResolvedSubscribeOptions, telemetry?: ConsumerTelemetry) {
    super();
    this.#context = context;
    this.#consumer = consumer;
    this.#router = router;
    this.#options = options;
    this.#telemetry = telemetry;
    this.name = consumer.name;
    this.filter = consumer.filter;
    consumer.active = { wake: () => this.#wake() };
    this.#wake();
    this.stopOnAbort(options.signal);
  }

  /** The trace of a delivery being processed (its `process` span), for `bus.events()`'s `item.inContext`. */
  traceOf(delivery: Delivery): ProcessTrace | undefined {
    return this.#telemetry?.traceOf(delivery);
  }

  #wake(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    soon(() => {
      this.#scheduled = false;
      this.#burst = 0;
      this.#pump();
    });
  }

  // A control that settles once; a nak makes the event ready again after its delay.
  #control(sequence: number, pending: Pending): { control: MessageControl; isSettled: () => boolean } {
    const consumer = this.#consumer;
    let settled = false;
    const once = (run: () => void) => () => {
      if (settled) return;
      settled = true;
      run();
      consumer.active?.wake();
    };
    const control: MessageControl = {
      ack: once(() => consumer.pending.delete(sequence)),
      term: once(() => consumer.pending.delete(sequence)),
      nak: (delayMs: number) =>
        once(() => {
          pending.timer = setTimeout(() => {
            pending.timer = undefined;
            pending.ready = true;
            consumer.active?.wake();
          }, delayMs);
        })(),
    };
    return { control, isSettled: () => settled };
  }

  #launch(sequence: number, message: StoredMessage, pending: Pending): void {
    const logger = this.#context.logger;
    pending.deliveries++;
    pending.ready = false;
    pending.inFlight = true;
    // Each delivery has bytes of its own, as on NATS: a handler that writes into `raw` does not
    // change the stored message that redeliveries, other consumers and dead letters read.
    const delivery: Delivery = { key: undefined, subject: message.subject, streamSequence: sequence, deliveryCount: pending.deliveries, raw: message.data.slice() };
    const { control, isSettled } = this.#control(sequence, pending);
    // The router never throws nor rejects; should it ever, the message is still settled
    // (given back), so the consumer cannot stall on it.
    const giveBack = (error: unknown): void => {
      logger.error('dispatch failed; the message is given back', { error, reason: describeError(error), streamSequence: sequence });
    };
    let dispatched: void | Promise<void> = undefined;
    try {
      dispatched = this.#router.dispatch(delivery, control, message);
    } catch (error) {
      giveBack(error);
    }
    // Set when stop() gave the event back while its handler ran on: the pending state is then
    // no longer this run's (a later subscriber may have it in hand), and its settle is ignored.
    let abandoned = false;
    const run = Promise.resolve(dispatched)
      .catch(giveBack)
      .finally(() => {
        if (abandoned) return;
        if (!isSettled()) control.nak(backoffDelay(this.#options.backoff, delivery.deliveryCount));
        pending.inFlight = false;
        this.#inFlight.delete(run);
        this.#pump();
      });
    this.#inFlight.set(run, () => {
      abandoned = true;
      this.#inFlight.delete(run);
      pending.inFlight = false;
      control.nak(0);
    });
  }

  #nextRedelivery(): number | undefined {
    let best: number | undefined;
    for (const [sequence, pending] of this.#consumer.pending) {
      if (pending.ready && !pending.inFlight && (best === undefined || sequence < best)) best = sequence;
    }
    return best;
  }

  #pump(): void {
    const stream = this.#context.stream;
    const consumer = this.#consumer;
    while (!this.#stopping && !this.#context.closed() && this.#inFlight.size < this.#options.concurrency) {
      if (this.#burst >= BURST) {
        this.#wake(); // the rest after the event loop has run
        return;
      }
      const again = this.#nextRedelivery();
      if (again !== undefined) {
        const pending = consumer.pending.get(again)!;
        const message = stream.messageAt(again);
        if (message === undefined) {
          consumer.pending.delete(again); // discarded from the stream meanwhile
          continue;
        }
        this.#burst++;
        this.#launch(again, message, pending);
        continue;
      }
      if (consumer.pending.size >= this.#options.concurrency) return;
      if (consumer.next < stream.firstSequence) consumer.next = stream.firstSequence;
      let message: StoredMessage | undefined;
      while (consumer.next <= stream.lastSequence) {
        const candidate = stream.messageAt(consumer.next++);
        if (candidate !== undefined && matchesPattern(consumer.filter, candidate.subject)) {
          message = candidate;
          break;
        }
      }
      if (message === undefined) return;
      const pending: Pending = { deliveries: 0, ready: false, inFlight: false, timer: undefined };
      consumer.pending.set(message.sequence, pending);
      this.#burst++;
      this.#launch(message.sequence, message, pending);
    }
  }

  // Resolves when no handler is running, or after `ms`, whichever comes first.
  async #settledWithin(ms: number): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), ms)));
    try {
      while (this.#inFlight.size > 0) {
        if ((await Promise.race([Promise.allSettled([...this.#inFlight.keys()]), deadline])) === 'late') return;
      }
    } finally {
      clearTimeout(timer);
    }
  }

  /** See `Subscription.stop`: run once, by `stop()`. */
  protected async halt(): Promise<void> {
    this.#stopping = true;
    // A stop() that a handler calls as it runs (or an abort it causes) comes before `#launch` has
    // counted that handler's run, which it does once dispatch returns: one tick later the run is
    // counted and waited for, not given back at once as one that outlived stopTimeout.
    await Promise.resolve();
    await this.#settledWithin(this.#options.stopTimeout);
    for (const giveBack of [...this.#inFlight.values()]) {
      this.#context.logger.warn('a handler did not settle within stopTimeout; its event is given back', { stopTimeout: this.#options.stopTimeout });
      giveBack();
    }
    this.#telemetry?.close(); // the spans of the events given back end so, as on the NATS bus
    this.#consumer.active = undefined;
    this.#context.onStopped(this);
    if (!this.#consumer.durable) this.#context.stream.removeConsumer(this.#consumer);
  }
}
