// The `process` span and consumer metrics of one delivery: started when the message reaches the
// router, as a child of the trace context its headers carry (the publisher's `send` span) or as
// the root of a new trace when they carry none (messages from the Rust services); the handlers
// run inside it; it ends when the message is settled (ack, nak or term), with what happened.
import type { Attributes, Context, Span, SpanOptions } from '@opentelemetry/api';
import { ATTR, MESSAGING_SYSTEM, SPAN_EVENT, categoryOf, destinationOf, errorMessage, errorType, messageIdOf } from './conventions.js';
import type { BusTelemetry, HeaderSource } from './telemetry.js';

/** How a delivered message is settled (the router's `MessageControl`). */
export interface SettleControl {
  ack(): void;
  nak(delayMs: number): void;
  term(): void;
}

/** What the telemetry reads of a delivery (the bus's `Delivery`). */
export interface DeliveredMessage {
  readonly subject: string;
  readonly streamSequence: number;
  readonly deliveryCount: number;
  readonly raw: Uint8Array;
}

/** What every delivery of one destination shares in one subscription: made once, reused. */
interface ProcessShape {
  readonly name: string;
  readonly options: SpanOptions;
  /** Attributes of the consumer counters. */
  readonly metric: Attributes;
  /** Attributes of `messaging.client.consumed.messages`. */
  readonly consumed: Attributes;
  /** Attributes of `messaging.process.duration`, by event key ('' for no key). */
  readonly durations: Map<string, Attributes>;
}

/** The attributes of `messaging.process.duration` for an event key in a shape (made once per key). */
function durationAttributes(shape: ProcessShape, key: string | undefined): Attributes {
  let attributes = shape.durations.get(key ?? '');
  if (attributes === undefined) {
    attributes = { ...shape.metric, [ATTR.operationName]: 'process' };
    if (key !== undefined) attributes[ATTR.eventKey] = key;
    shape.durations.set(key ?? '', attributes);
  }
  return attributes;
}

/** The telemetry of one subscription: a `ProcessTrace` per delivery, and its lag. */
export class ConsumerTelemetry {
  readonly telemetry: BusTelemetry;
  readonly #group: string | undefined;
  // By category number (what a wire subject starts with), else by destination.
  readonly #byCategory: (ProcessShape | undefined)[] = [];
  readonly #shapes = new Map<string, ProcessShape>();
  // The trace of each delivery being processed, for the router's failure paths; a trace leaves
  // when its message is settled (a Map: a WeakMap's entries cost microseconds of garbage
  // collection each, at thousands of messages a second).
  readonly #traces = new Map<DeliveredMessage, ProcessTrace>();
  #stopLag: (() => void) | undefined;

  constructor(telemetry: BusTelemetry, group: string | undefined) {
    this.telemetry = telemetry;
    this.#group = group;
  }

  /**
   * Starts the `process` span of a delivery, as a child of the context its headers carry, and
   * counts it; the returned trace settles `control` and ends the span when it is settled.
   * `undefined` when the tracer or meter throws (the delivery is then processed untraced).
   */
  process(delivery: DeliveredMessage, source: HeaderSource | undefined, control: SettleControl): ProcessTrace | undefined {
    try {
      const { telemetry } = this;
      if (telemetry.idle()) return undefined;
      const shape = this.#shape(delivery.subject);
      const parent = telemetry.extract(source);
      const span = telemetry.tracer.startSpan(shape.name, shape.options, parent);
      // No SDK (no-op tracer and meter) but a propagator, and no trace in the headers: nothing to record, nothing to carry on.
      if (!telemetry.metered && !telemetry.traced(span)) return undefined;
      if (telemetry.metered) {
        telemetry.instruments.consumed.add(1, shape.consumed);
        if (delivery.deliveryCount > 1) telemetry.instruments.redelivered.add(1, shape.metric);
      }
      const trace = new ProcessTrace(this, shape, delivery, parent, span, control);
      this.#traces.set(delivery, trace);
      return trace;
    } catch {
      return undefined;
    }
  }

  /** The trace of a delivery being processed, if any. */
  traceOf(delivery: DeliveredMessage): ProcessTrace | undefined {
    return this.#traces.get(delivery);
  }

  /** Reports `read()`, the consumer's `num_pending`, as the subscription's lag until `close()`. */
  observeLag(read: () => number | undefined | Promise<number | undefined>, filter: string): void {
    this.#stopLag?.();
    const attributes: Attributes = { [ATTR.messagingSystem]: MESSAGING_SYSTEM, [ATTR.destinationName]: filter };
    if (this.#group !== undefined) attributes[ATTR.consumerGroupName] = this.#group;
    this.#stopLag = this.telemetry.observeLag(read, attributes);
  }

  /** Stops observing the lag (the subscription stopped); a delivery still in hand was given back by the bus: its span ends so. */
  close(): void {
    this.#stopLag?.();
    this.#stopLag = undefined;
    for (const trace of [...this.#traces.values()]) trace.givenBack();
    this.#traces.clear();
  }

  /** Forgets the trace of a settled delivery. */
  settled(delivery: DeliveredMessage): void {
    this.#traces.delete(delivery);
  }

  #shape(subject: string): ProcessShape {
    const category = categoryOf(subject);
    const known = category >= 0 ? this.#byCategory[category] : undefined;
    if (known !== undefined) return known;
    const destination = destinationOf(subject);
    let shape = this.#shapes.get(destination);
    if (shape === undefined) {
      const metric: Attributes = { [ATTR.messagingSystem]: MESSAGING_SYSTEM, [ATTR.destinationName]: destination };
      if (this.#group !== undefined) metric[ATTR.consumerGroupName] = this.#group;
      shape = {
        name: `process ${destination}`,
        options: {
          kind: this.telemetry.api.SpanKind.CONSUMER,
          attributes: { ...metric, [ATTR.operationType]: 'process', [ATTR.operationName]: 'process' },
        },
        metric,
        consumed: { ...metric, [ATTR.operationName]: 'receive' },
        durations: new Map(),
      };
      this.#shapes.set(destination, shape);
    }
    if (category >= 0) this.#byCategory[category] = shape;
    return shape;
  }

}

type Settlement = 'ack' | 'nak' | 'term';

/** One delivery being processed: its span, the handlers' context, and its settlement. */
export class ProcessTrace implements SettleControl {
  /** The context the handlers run in (the span's), or `undefined` when there is no span to nest in. */
  readonly context: Context | undefined;
  readonly #consumer: ConsumerTelemetry;
  readonly #shape: ProcessShape;
  readonly #span: Span;
  readonly #control: SettleControl;
  readonly #delivery: DeliveredMessage;
  readonly #started: number;
  #key: string | undefined;
  #errorType: string | undefined;
  #ended = false;

  constructor(consumer: ConsumerTelemetry, shape: ProcessShape, delivery: DeliveredMessage, parent: Context, span: Span, control: SettleControl) {
    this.#consumer = consumer;
    this.#shape = shape;
    this.#control = control;
    this.#delivery = delivery;
    const { telemetry } = consumer;
    this.#started = telemetry.metered ? performance.now() : 0;
    this.#span = span;
    if (span.isRecording()) {
      const id = messageIdOf(delivery.subject);
      if (id !== undefined) span.setAttribute(ATTR.messageId, id);
      span.setAttribute(ATTR.bodySize, delivery.raw.byteLength);
      span.setAttribute(ATTR.streamSequence, delivery.streamSequence);
      span.setAttribute(ATTR.deliveryCount, delivery.deliveryCount);
    }
    this.context = telemetry.traced(span) ? telemetry.api.trace.setSpan(parent, span) : undefined;
  }

  /** Calls `fn(...args)` with the span as the active context, so that the handlers' own spans are its children. */
  run<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): R {
    return this.context === undefined ? fn(...args) : this.#consumer.telemetry.api.context.with(this.context, fn, undefined, ...args);
  }

  /** The message was decoded: a catalogued event of `key`, or (`key` undefined) an event this SDK does not know. */
  decoded(key: string | undefined): void {
    this.#key = key;
    if (key === undefined) this.#consumer.telemetry.instruments.unknown.add(1, this.#shape.metric);
    else if (this.#span.isRecording()) this.#span.setAttribute(ATTR.eventKey, key);
  }

  /** A handler (or the `onUnknown` hook) threw `error`: the delivery failed. */
  failed(error: unknown): void {
    this.#errorType = errorType(error);
    const span = this.#span;
    if (!span.isRecording()) return;
    // recordException reads the error's name, message and stack: a hostile value's getters may throw,
    // and what a handler threw must reach the failure handling (nak, dead letter) as it was thrown.
    try {
      if (error instanceof Error) span.recordException(error);
      else span.recordException({ message: errorMessage(error) });
    } catch {
      span.recordException({ message: errorMessage(error) });
    }
    span.setStatus({ code: this.#consumer.telemetry.api.SpanStatusCode.ERROR, message: errorMessage(error) });
  }

  /** The message is not an event (`error` is its `DecodeError`): it is terminated. */
  invalid(error: unknown): void {
    this.#errorType = errorType(error);
    this.#consumer.telemetry.instruments.invalid.add(1, { ...this.#shape.metric, [ATTR.errorType]: this.#errorType });
    if (this.#span.isRecording()) this.#span.setStatus({ code: this.#consumer.telemetry.api.SpanStatusCode.ERROR, message: errorMessage(error) });
  }

  /** The event was given up on after `deliveries` deliveries (dead-lettered), for `reason`. */
  deadLettered(reason: string, deliveries: number): void {
    this.#consumer.telemetry.instruments.deadLettered.add(1, this.#shape.metric);
    if (this.#span.isRecording()) this.#span.addEvent(SPAN_EVENT.deadLetter, { [ATTR.deadLetterReason]: reason, [ATTR.deadLetterDeliveries]: deliveries });
  }

  /** The trace context of this span for the headers of a message it sends (a dead letter), or `undefined`. */
  headers(): Record<string, string> | undefined {
    return this.context === undefined ? undefined : this.#consumer.telemetry.inject(this.context);
  }

  /** The bus gave the message back without the router (a handler still running when `stop()` timed out). */
  givenBack(): void {
    this.#end('nak');
  }

  ack(): void {
    try {
      this.#control.ack();
    } finally {
      this.#end('ack');
    }
  }

  nak(delayMs: number): void {
    try {
      this.#control.nak(delayMs);
    } finally {
      this.#end('nak');
    }
  }

  term(): void {
    try {
      this.#control.term();
    } finally {
      this.#end('term');
    }
  }

  #end(settlement: Settlement): void {
    if (this.#ended) return;
    this.#ended = true;
    try {
      const { telemetry } = this.#consumer;
      this.#consumer.settled(this.#delivery);
      if (telemetry.metered) {
        const { instruments } = telemetry;
        const attributes = durationAttributes(this.#shape, this.#key);
        const seconds = (performance.now() - this.#started) / 1000;
        instruments.processDuration.record(seconds, this.#errorType === undefined ? attributes : { ...attributes, [ATTR.errorType]: this.#errorType });
        if (settlement === 'ack') instruments.acked.add(1, this.#shape.metric);
        else if (settlement === 'nak') instruments.nacked.add(1, this.#shape.metric);
      }
      const span = this.#span;
      if (span.isRecording()) {
        span.setAttribute(ATTR.settlement, settlement);
        if (this.#errorType !== undefined) span.setAttribute(ATTR.errorType, this.#errorType);
      }
      span.end();
    } catch {
      // the message is settled; a failing tracer or meter loses only its own record
    }
  }
}
