// The telemetry of one bus: its tracer, meter instruments and propagator, made once when the bus
// is made (or never: without @opentelemetry/api, or with `enabled: false`, the bus gets
// `undefined` and its hooks are `telemetry?.…`, costing nothing). With the API and no SDK nor
// propagator registered, a message costs no span and no trace object (`idle`); with a
// propagator alone, one no-op span that carries the headers' trace context on. Per message it
// only looks up what is made once per event key or destination: span names, options and
// attribute objects.
import type {
  Attributes,
  Context,
  Counter,
  Histogram,
  Meter,
  ObservableCallback,
  ObservableGauge,
  ObservableUpDownCounter,
  Span,
  SpanOptions,
  TextMapGetter,
  TextMapPropagator,
  TextMapSetter,
  Tracer,
} from '@opentelemetry/api';
import { loadOpenTelemetryApi, type OpenTelemetryApiModule } from './api.js';
import { ATTR, DURATION_BUCKETS, INSTRUMENTATION_SCOPE, MESSAGING_SYSTEM, METRIC, destinationOf, errorMessage } from './conventions.js';
import { BusOptionsError } from '../bus/errors.js';
import { telemetryOptionsProblem, type TelemetryOptions } from './options.js';
import { ConsumerTelemetry } from './process.js';
import { SendTrace, type SendOperation, type SendShape } from './send.js';

/** What a bus sends: its wire subject, event id, bytes and key when catalogued (a prepared event). */
export interface SendTarget {
  readonly subject: string;
  readonly id: string;
  readonly bytes: Uint8Array;
  readonly key?: string | undefined;
}

/** Headers as both buses hold them: nats.js `MsgHdrs` (get, keys) or a plain record. */
export type HeaderCarrier = { get(key: string): string; keys(): string[] } | Readonly<Record<string, string>>;

/** What a delivered message's headers are read from: a nats.js `JsMsg` (which decodes them when asked) or a stored message. */
export interface HeaderSource {
  readonly headers?: HeaderCarrier | undefined;
}

const recordSetter: TextMapSetter<Record<string, string>> = {
  set: (carrier, key, value) => void (carrier[key] = value),
};

function isNatsHeaders(carrier: HeaderCarrier): carrier is { get(key: string): string; keys(): string[] } {
  return typeof (carrier as { get?: unknown }).get === 'function' && typeof (carrier as { keys?: unknown }).keys === 'function';
}

/** Reads `traceparent`/`tracestate` from NATS headers (exact, then any letter case, as HTTP header names) or a record. */
export const headerGetter: TextMapGetter<HeaderCarrier> = {
  keys: (carrier) => (isNatsHeaders(carrier) ? carrier.keys() : Object.keys(carrier)),
  get: (carrier, key) => {
    if (isNatsHeaders(carrier)) {
      const value = carrier.get(key);
      if (value !== '') return value;
      for (const name of carrier.keys()) if (name.toLowerCase() === key) return carrier.get(name) || undefined;
      return undefined;
    }
    const value = (carrier as Readonly<Record<string, string>>)[key];
    if (value !== undefined) return value;
    for (const name of Object.keys(carrier)) if (name.toLowerCase() === key) return (carrier as Readonly<Record<string, string>>)[name];
    return undefined;
  },
};

/** The instruments of one bus (README.md, "Traces and metrics", says what each one counts). */
export interface Instruments {
  readonly sent: Counter;
  readonly operationDuration: Histogram;
  readonly retries: Counter;
  readonly failures: Counter;
  readonly queueDepth: ObservableUpDownCounter;
  readonly consumed: Counter;
  readonly processDuration: Histogram;
  readonly acked: Counter;
  readonly nacked: Counter;
  readonly redelivered: Counter;
  readonly deadLettered: Counter;
  readonly invalid: Counter;
  readonly unknown: Counter;
  readonly lag: ObservableGauge;
}

function createInstruments(meter: Meter): Instruments {
  const messages = (name: string, description: string): Counter => meter.createCounter(name, { unit: '{message}', description });
  const seconds = (name: string, description: string): Histogram =>
    meter.createHistogram(name, { unit: 's', description, advice: { explicitBucketBoundaries: [...DURATION_BUCKETS] } });
  return {
    sent: messages(METRIC.sentMessages, 'Events the bus published or forwarded, counted once each when the stream acked it or the publish failed (error.type set).'),
    operationDuration: seconds(METRIC.operationDuration, 'From publish() or forward() to the stream ack or the final failure, queue and retries included.'),
    retries: meter.createCounter(METRIC.publishRetries, { unit: '{attempt}', description: 'Publish attempts tried again after a timeout, no responders or a disconnect.' }),
    failures: messages(METRIC.publishFailures, 'Publishes that rejected after they were accepted: retries ran out, or the bus closed first.'),
    queueDepth: meter.createObservableUpDownCounter(METRIC.queueDepth, { unit: '{message}', description: 'Events accepted by publish() and not yet acked or failed.' }),
    consumed: messages(METRIC.consumedMessages, 'Messages delivered to a subscription (redeliveries included).'),
    processDuration: seconds(METRIC.processDuration, 'From a delivery to its settlement (ack, nak or term): decoding and the handlers.'),
    acked: messages(METRIC.acked, 'Deliveries acked: handled, or known as handled already.'),
    nacked: messages(METRIC.nacked, 'Deliveries given back for redelivery after a handler failed.'),
    redelivered: messages(METRIC.redelivered, 'Deliveries of a message delivered before (delivery count above 1).'),
    deadLettered: messages(METRIC.deadLettered, 'Events given up on after maxDeliver failed deliveries.'),
    invalid: messages(METRIC.invalid, 'Messages that are not events (not UTF-8, not JSON, not an EventMessage): terminated.'),
    unknown: messages(METRIC.unknown, 'Well-formed messages that are not catalogued events: a (category, action) pair this SDK does not know, or a known pair not in its catalogued form.'),
    lag: meter.createObservableGauge(METRIC.lag, { unit: '{message}', description: "Messages in the stream the subscription's consumer has not been delivered yet (num_pending)." }),
  };
}

type Observer = () => number | undefined | Promise<number | undefined>;

/** The OpenTelemetry API, a bus's tracer, propagator and instruments, and what the bus observes. */
export class BusTelemetry {
  readonly api: OpenTelemetryApiModule;
  readonly tracer: Tracer;
  readonly propagator: TextMapPropagator;
  readonly instruments: Instruments;
  /** False when the meter is OpenTelemetry's no-op one (no SDK): then nothing is timed or counted. */
  readonly metered: boolean;
  // The API's global tracer provider when the bus was made with it (a proxy that forwards to the
  // SDK registered later, if any), and what it answers while none is: see `idle`.
  readonly #globalProvider: { getDelegate(): unknown } | undefined;
  readonly #noDelegate: unknown;
  // Made once per operation and event key (or destination, for events the catalog does not know).
  readonly #sendShapes = { publish: new Map<string, SendShape>(), forward: new Map<string, SendShape>() };
  readonly #queues = new Set<Observer>();
  readonly #lags = new Map<Observer, Attributes>();
  readonly #observeQueues: ObservableCallback;
  readonly #observeLags: ObservableCallback;

  constructor(api: OpenTelemetryApiModule, options: TelemetryOptions = {}) {
    this.api = api;
    const tracerProvider = options.tracerProvider ?? api.trace.getTracerProvider();
    const meterProvider = options.meterProvider ?? api.metrics.getMeterProvider();
    this.tracer = tracerProvider.getTracer(INSTRUMENTATION_SCOPE.name, INSTRUMENTATION_SCOPE.version) as Tracer;
    this.#globalProvider = tracerProvider instanceof api.ProxyTracerProvider ? tracerProvider : undefined;
    this.#noDelegate = new api.ProxyTracerProvider().getDelegate();
    this.propagator = (options.propagator as TextMapPropagator | undefined) ?? api.propagation;
    const meter = meterProvider.getMeter(INSTRUMENTATION_SCOPE.name, INSTRUMENTATION_SCOPE.version) as Meter;
    this.metered = meter.createCounter !== api.createNoopMeter().createCounter;
    this.instruments = createInstruments(meter);
    const queueAttributes: Attributes = { [ATTR.messagingSystem]: MESSAGING_SYSTEM };
    this.#observeQueues = (result) => {
      let depth = 0;
      for (const read of this.#queues) depth += Number(read()) || 0;
      result.observe(depth, queueAttributes);
    };
    this.#observeLags = async (result) => {
      await Promise.all(
        [...this.#lags].map(async ([read, attributes]) => {
          try {
            const lag = await read();
            if (typeof lag === 'number' && Number.isFinite(lag)) result.observe(lag, attributes);
          } catch {
            // no answer now (the server is away): no point for this collection
          }
        }),
      );
    };
  }

  /**
   * Starts the `send` span of one publish or forward, in the caller's context (call it from
   * `publish()` itself, before anything is queued): its `headers` carry the trace context to
   * the consumers; the publisher reports retries and the outcome to it.
   */
  send(operation: SendOperation, target: SendTarget): SendTrace | undefined {
    try {
      if (this.idle()) return undefined;
      const shape = this.#sendShape(operation, target.subject, target.key);
      const parent = this.api.context.active();
      const span = this.tracer.startSpan(shape.name, shape.options, parent);
      // No SDK (no-op tracer and meter) but a propagator: nothing to record and no trace to carry on, at the cost of one no-op span.
      if (!this.metered && !this.traced(span)) return undefined;
      return new SendTrace(this, shape, target, parent, span);
    } catch {
      return undefined; // a provider that throws costs the bus its telemetry, never a publish
    }
  }

  /** The telemetry of one subscription; `group` is its durable name (unset for an ephemeral consumer). */
  consumer(group: string | undefined): ConsumerTelemetry {
    return new ConsumerTelemetry(this, group);
  }

  /** Reports `read()` (events waiting and in flight) as the queue depth until `close()`. */
  observeQueue(read: () => number): void {
    if (this.#queues.size === 0) this.instruments.queueDepth.addCallback(this.#observeQueues);
    this.#queues.add(read);
  }

  /** Reports `read()` (the consumer's `num_pending`) as the lag of a subscription; returns the function that stops it. */
  observeLag(read: Observer, attributes: Attributes): () => void {
    if (this.#lags.size === 0) this.instruments.lag.addCallback(this.#observeLags);
    this.#lags.set(read, attributes);
    return () => {
      if (this.#lags.delete(read) && this.#lags.size === 0) this.instruments.lag.removeCallback(this.#observeLags);
    };
  }

  /** Stops the observations (the bus is closed): the meter keeps no callback of a closed bus. */
  close(): void {
    if (this.#queues.size > 0) this.instruments.queueDepth.removeCallback(this.#observeQueues);
    if (this.#lags.size > 0) this.instruments.lag.removeCallback(this.#observeLags);
    this.#queues.clear();
    this.#lags.clear();
  }

  /**
   * True while there is nothing to trace, count or carry on: the meter is a no-op, the global
   * tracer provider the bus was made with forwards to no SDK, and the propagator reads no fields
   * (no trace context can come in or go out). Asked on every message, so that a message then costs
   * no span at all; a tracer provider or propagator registered later is used from the next message.
   */
  idle(): boolean {
    return !this.metered && this.#globalProvider !== undefined && this.#globalProvider.getDelegate() === this.#noDelegate && this.propagator.fields().length === 0;
  }

  /** Whether `span` belongs to a trace (false for the no-op tracer's spans, without a parent). */
  traced(span: Span): boolean {
    const context = span.spanContext();
    return context !== this.api.INVALID_SPAN_CONTEXT && this.api.isSpanContextValid(context);
  }

  /** Writes the trace context of `context` into a new record; `undefined` when the propagator wrote nothing. */
  inject(context: Context): Record<string, string> | undefined {
    const carrier: Record<string, string> = {};
    this.propagator.inject(context, carrier, recordSetter);
    for (const _ in carrier) return carrier;
    return undefined;
  }

  /**
   * The context a message's headers carry (the root context when they carry none). The headers
   * are read only when the propagator reads some (nats.js decodes them on first access).
   */
  extract(source: HeaderSource | undefined): Context {
    const root = this.api.ROOT_CONTEXT;
    if (source === undefined || this.propagator.fields().length === 0) return root;
    const headers = source.headers;
    return headers === undefined ? root : this.propagator.extract(root, headers, headerGetter);
  }

  #sendShape(operation: SendOperation, subject: string, key: string | undefined): SendShape {
    // A key names its category, so it names the destination too: no string is made to look it up.
    const shapes = this.#sendShapes[operation];
    const cached = shapes.get(key ?? destinationOf(subject));
    if (cached !== undefined) return cached;
    const destination = destinationOf(subject);
    const metric: Attributes = {
      [ATTR.messagingSystem]: MESSAGING_SYSTEM,
      [ATTR.operationName]: operation,
      [ATTR.destinationName]: destination,
    };
    if (key !== undefined) metric[ATTR.eventKey] = key;
    const options: SpanOptions = {
      kind: this.api.SpanKind.PRODUCER,
      attributes: { ...metric, [ATTR.operationType]: 'send' },
    };
    const shape = { name: `${operation} ${destination}`, options, metric };
    shapes.set(key ?? destination, shape);
    return shape;
  }}

/** Throws a `BusOptionsError` when the `telemetry` option is not well-formed (call it where the bus checks its options). */
export function checkTelemetryOptions(options: unknown): void {
  const problem = telemetryOptionsProblem(options);
  if (problem !== undefined) throw new BusOptionsError(problem.option, problem.message);
}

/**
 * The telemetry of a bus made synchronously (the in-memory bus): checks the option at once,
 * loads the API in the background. Once loaded, `send` answers at once; before (only the first
 * bus of a process, for a few ticks), it answers with a promise.
 */
export class PendingTelemetry {
  /** Resolves to the telemetry (or `undefined`); rejects with a `BusOptionsError` when a provider throws. */
  readonly ready: Promise<BusTelemetry | undefined>;
  #current: BusTelemetry | undefined;
  #settled = false;

  constructor(options: TelemetryOptions | undefined) {
    checkTelemetryOptions(options);
    this.ready = startTelemetry(options).then(
      (telemetry) => {
        this.#current = telemetry;
        this.#settled = true;
        return telemetry;
      },
      (error: unknown) => {
        this.#settled = true;
        throw error;
      },
    );
    this.ready.catch(() => undefined); // reported where it is awaited (subscribe), never unhandled
  }

  /** `BusTelemetry.send`, once the telemetry is loaded; a promise of it before. */
  send(operation: SendOperation, target: SendTarget): SendTrace | undefined | Promise<SendTrace | undefined> {
    if (this.#settled) return this.#current?.send(operation, target);
    return this.ready.then(
      (telemetry) => telemetry?.send(operation, target),
      () => undefined,
    );
  }
}

/**
 * The telemetry of a new bus, or `undefined` when `enabled` is false or @opentelemetry/api is
 * not installed (its import is tried once per process). Throws a `BusOptionsError` when the
 * option is not well-formed or a provider given throws.
 */
export async function startTelemetry(options: TelemetryOptions | undefined): Promise<BusTelemetry | undefined> {
  checkTelemetryOptions(options);
  if (options?.enabled === false) return undefined;
  const api = await loadOpenTelemetryApi();
  if (api === undefined) return undefined;
  try {
    return new BusTelemetry(api, options);
  } catch (error) {
    throw new BusOptionsError('telemetry', `a provider failed: ${errorMessage(error)}`);
  }
}
