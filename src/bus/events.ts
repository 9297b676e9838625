// `bus.events(pattern)`: a subscription read with `for await`. The handler of each event hands
// it to the loop and waits: it returns (ack) when the loop asks for the next event or the body
// calls `ack()`, and throws (a failed delivery: nak with back-off) when the loop is left while the
// event is in hand, since `return()` cannot tell a `break` from a throw in the body. With `concurrency` 1 the router hands
// over the next event only after that, so at most one event is ever held: no queue to bound.
// The body runs in the loop's async context, not in the handler's (the event's `process` span):
// `item.inContext(fn)` runs `fn` in the span's context, looked up once when the event arrives.
import type { EventMap } from '../generated/registry.js';
import { asyncDispose, whenAborted } from '../internal/abort.js';
import { MayastorEventsError } from '../errors.js';
import { assertSubjectPattern, type SubjectPattern } from '../subject.js';
import type { ProcessTrace } from '../telemetry/process.js';
import { AbortedError, BusOptionsError } from './errors.js';
import { NotHandled } from './router.js';
import type { Delivery, EventItem, EventStream, EventsOptions, HandlerMap, SubscribeOptions, Subscription } from './types.js';

/** A subscription that says when it has stopped, whoever stopped it (the bus closing, a signal). */
export interface WatchedSubscription extends Subscription {
  /** Resolves once the subscription has stopped. */
  whenStopped(): Promise<void>;
  /** The trace of a delivery its handlers are processing (its `process` span), or `undefined` when there is none. */
  traceOf(delivery: Delivery): ProcessTrace | undefined;
}

/** `item.inContext` of an event without a trace context to run in: a plain call, one function for every item. */
const callPlain = <R>(fn: () => R): R => fn();

/** Why the loop was told to give an event back: it was left with the event in hand. */
class LoopLeft extends MayastorEventsError {
  override readonly name = 'LoopLeft';

  constructor() {
    super('the loop over bus.events() was left with this event in hand; it is given back');
  }
}

/** Why an event that never reached the loop's body is given back: not a failure (see `NotHandled`). */
class NotHandedOver extends NotHandled {
  override readonly name = 'NotHandedOver';

  constructor() {
    super('the loop over bus.events() ended before this event was handed to it; it is given back');
  }
}

interface InHand {
  readonly item: EventItem<SubjectPattern>;
  readonly settle: (error?: Error) => void;
}

type Waiter = { resolve: (result: IteratorResult<EventItem<SubjectPattern>, undefined>) => void; reject: (error: unknown) => void };

/** The iterator over one subscription's events (see `EventBus.events`). */
class EventIterator implements AsyncIterator<EventItem<SubjectPattern>, undefined> {
  readonly #subscribe: (handlers: HandlerMap, options: SubscribeOptions) => Promise<WatchedSubscription>;
  readonly #pattern: SubjectPattern;
  readonly #options: SubscribeOptions;
  #subscription: Promise<WatchedSubscription> | undefined;
  // The subscription once made; both buses deliver in a later task than the one that resolves it.
  #started: WatchedSubscription | undefined;
  #inHand: InHand | undefined; // handed to the loop body
  #ready: InHand | undefined; // arrived while the body ran (after its ack()): handed by the next next()
  #waiter: Waiter | undefined;
  // Set when the loop is over: the reason a waiting next() gets (undefined: it ends quietly).
  #ended: { readonly error: unknown } | undefined;
  #stopAborting: () => void = () => undefined;

  constructor(subscribe: (handlers: HandlerMap, options: SubscribeOptions) => Promise<WatchedSubscription>, pattern: SubjectPattern, options: SubscribeOptions) {
    this.#subscribe = subscribe;
    this.#pattern = pattern;
    this.#options = options;
  }

  next(): Promise<IteratorResult<EventItem<SubjectPattern>, undefined>> {
    this.#settleInHand(); // the body moved on: the event it had is done
    if (this.#ended !== undefined) return this.#ended.error === undefined ? Promise.resolve({ done: true, value: undefined }) : Promise.reject(this.#ended.error);
    if (this.#waiter !== undefined) return Promise.reject(new BusOptionsError('events', 'next() was called again before the last one settled; iterate with for await'));
    const ready = this.#ready;
    if (ready !== undefined) {
      this.#ready = undefined;
      this.#inHand = ready;
      return Promise.resolve({ done: false, value: ready.item });
    }
    const result = new Promise<IteratorResult<EventItem<SubjectPattern>, undefined>>((resolve, reject) => (this.#waiter = { resolve, reject }));
    this.#subscription ??= this.#start();
    return result;
  }

  async return(): Promise<IteratorResult<EventItem<SubjectPattern>, undefined>> {
    await this.#end(undefined, true);
    return { done: true, value: undefined };
  }

  async throw(error?: unknown): Promise<IteratorResult<EventItem<SubjectPattern>, undefined>> {
    await this.#end(undefined, true);
    throw error;
  }

  #start(): Promise<WatchedSubscription> {
    const handlers = { [this.#pattern]: (event: EventMap[keyof EventMap], delivery: Delivery) => this.#take(event, delivery) } as HandlerMap;
    const started = this.#subscribe(handlers, { ...this.#options, concurrency: 1 });
    started.then(
      (subscription) => {
        this.#started = subscription;
        // Ends the loop whoever stops the subscription: close() of the bus, the signal.
        void subscription.whenStopped().then(() => this.#finish(undefined));
        this.#stopAborting = whenAborted(this.#options.signal, () => void this.#end(new AbortedError('bus.events()', { cause: this.#options.signal?.reason }), true));
      },
      (error: unknown) => this.#finish(error),
    );
    return started;
  }

  // The handler: hands the event to the loop and settles when the loop is done with it.
  #take(event: EventMap[keyof EventMap], delivery: Delivery): Promise<void> | undefined {
    if (this.#ended !== undefined) throw new NotHandedOver(); // arrived as the loop ended: given back
    return new Promise<void>((resolve, reject) => {
      let settled = false;
      const settle = (error?: Error): void => {
        if (settled) return;
        settled = true;
        if (this.#inHand?.settle === settle) this.#inHand = undefined;
        if (this.#ready?.settle === settle) this.#ready = undefined;
        if (error === undefined) resolve();
        else reject(error);
      };
      // Only an event with a trace context costs a closure: otherwise every item shares `callPlain`.
      const trace = this.#started?.traceOf(delivery);
      const inContext = trace?.context === undefined ? callPlain : <R>(fn: () => R): R => trace.run(fn);
      const item = { key: delivery.key!, event, delivery, ack: () => settle(), inContext } as EventItem<SubjectPattern>;
      const waiter = this.#waiter;
      if (waiter === undefined) {
        this.#ready = { item, settle };
        return;
      }
      this.#waiter = undefined;
      this.#inHand = { item, settle };
      waiter.resolve({ done: false, value: item });
    });
  }

  #settleInHand(): void {
    this.#inHand?.settle();
  }

  // The loop is over: the event in hand is given back, the subscription stopped.
  async #end(error: unknown, giveBack: boolean): Promise<void> {
    if (giveBack) this.#inHand?.settle(new LoopLeft());
    this.#ready?.settle(new NotHandedOver());
    this.#finish(error);
    const subscription = await this.#subscription?.catch(() => undefined);
    await subscription?.stop();
  }

  // Ends the loop once: a waiting next() gets `error`, or the end of the loop.
  #finish(error: unknown): void {
    if (this.#ended !== undefined) return;
    this.#ended = { error };
    this.#stopAborting();
    this.#inHand?.settle(new LoopLeft()); // the bus is closing: the event was not done
    this.#ready?.settle(new NotHandedOver());
    const waiter = this.#waiter;
    this.#waiter = undefined;
    if (waiter === undefined) return;
    if (error === undefined) waiter.resolve({ done: true, value: undefined });
    else waiter.reject(error);
  }
}

/** `bus.events(pattern, options)` for a bus whose `subscribe` returns watched subscriptions. */
export function eventStream<P extends SubjectPattern>(
  subscribe: (handlers: HandlerMap, options: SubscribeOptions) => Promise<WatchedSubscription>,
  pattern: P,
  options: EventsOptions = {},
): EventStream<P> {
  assertSubjectPattern(pattern);
  if (typeof options !== 'object' || options === null) throw new BusOptionsError('options', 'expected an object');
  const given = (options as SubscribeOptions).concurrency;
  if (given !== undefined && given !== 1) throw new BusOptionsError('concurrency', 'bus.events() hands over one event at a time; use subscribe() for concurrency');
  let iterator: EventIterator | undefined;
  return {
    [Symbol.asyncIterator]() {
      if (iterator !== undefined) throw new BusOptionsError('events', 'a bus.events() stream is iterated once; call bus.events() again for another loop');
      iterator = new EventIterator(subscribe, pattern, options);
      return iterator as unknown as AsyncIterator<EventItem<P>, undefined>;
    },
    async [asyncDispose]() {
      await iterator?.return();
    },
  };
}
