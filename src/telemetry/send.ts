// The `send` span and publish metrics of one publish or forward: started in the caller's
// context when the event is accepted, it covers the queue, every attempt and the wait for the
// stream's ack (as `messaging.client.operation.duration` does), and writes its trace context into
// the headers the publisher sends, so that the consumers' `process` spans are its children.
import type { Attributes, Context, Span, SpanOptions } from '@opentelemetry/api';
import { ATTR, SPAN_EVENT, errorMessage, errorType } from './conventions.js';
import type { BusTelemetry, SendTarget } from './telemetry.js';

/** `messaging.operation.name` of a send: what the application called. */
export type SendOperation = 'publish' | 'forward';

/** What every send of one operation, destination and event key shares: made once, reused. */
export interface SendShape {
  readonly name: string;
  readonly options: SpanOptions;
  /** The metrics' attributes. */
  readonly metric: Attributes;
}

/** One publish in flight: its span, when it started, and the trace headers to send. */
export class SendTrace {
  /** The trace context to write into the message's NATS headers (`traceparent`, `tracestate`); `undefined` when there is none. */
  readonly headers: Record<string, string> | undefined;
  readonly #telemetry: BusTelemetry;
  readonly #shape: SendShape;
  readonly #span: Span;
  readonly #started: number;
  #attempts = 1;
  #ended = false;

  constructor(telemetry: BusTelemetry, shape: SendShape, target: SendTarget, parent: Context, span: Span) {
    this.#telemetry = telemetry;
    this.#shape = shape;
    this.#started = telemetry.metered ? performance.now() : 0;
    this.#span = span;
    if (span.isRecording()) {
      span.setAttribute(ATTR.messageId, target.id);
      span.setAttribute(ATTR.bodySize, target.bytes.byteLength);
    }
    const context = telemetry.traced(span) ? telemetry.api.trace.setSpan(parent, span) : parent;
    this.headers = telemetry.inject(context);
  }

  /** Attempt `attempt` failed with `error` and the event is tried again. */
  retry(attempt: number, error: unknown): void {
    this.#attempts = attempt + 1;
    if (this.#telemetry.metered) this.#telemetry.instruments.retries.add(1, this.#shape.metric);
    if (this.#span.isRecording()) this.#span.addEvent(SPAN_EVENT.retry, { 'mayastor.publish.attempt': attempt, [ATTR.errorType]: errorType(error) });
  }

  /** The stream acked the event. */
  sent(ack: { readonly sequence: number; readonly duplicate: boolean }): void {
    if (this.#ended) return;
    this.#ended = true;
    if (this.#telemetry.metered) {
      const { instruments } = this.#telemetry;
      instruments.sent.add(1, this.#shape.metric);
      instruments.operationDuration.record((performance.now() - this.#started) / 1000, this.#shape.metric);
    }
    const span = this.#span;
    if (span.isRecording()) {
      span.setAttribute(ATTR.streamSequence, ack.sequence);
      span.setAttribute(ATTR.duplicate, ack.duplicate);
      span.setAttribute(ATTR.attempts, this.#attempts);
    }
    span.end();
  }

  /** The publish rejected with `error` (retries ran out, the bus closed); returns `error`. */
  failed<E>(error: E): E {
    if (this.#ended) return error;
    this.#ended = true;
    const type = errorType(error);
    if (this.#telemetry.metered) {
      const attributes: Attributes = { ...this.#shape.metric, [ATTR.errorType]: type };
      const { instruments } = this.#telemetry;
      instruments.sent.add(1, attributes);
      instruments.failures.add(1, attributes);
      instruments.operationDuration.record((performance.now() - this.#started) / 1000, attributes);
    }
    const span = this.#span;
    if (span.isRecording()) {
      span.setAttribute(ATTR.errorType, type);
      span.setAttribute(ATTR.attempts, this.#attempts);
      if (error instanceof Error) span.recordException(error);
      span.setStatus({ code: this.#telemetry.api.SpanStatusCode.ERROR, message: errorMessage(error) });
    }
    span.end();
    return error;
  }

  /** Settles with `promise`: `sent` when it resolves with an ack, `failed` when it rejects. Returns `promise`. */
  follow<T extends { readonly sequence: number; readonly duplicate: boolean }>(promise: Promise<T>): Promise<T> {
    promise.then(
      (ack) => this.sent(ack),
      (error: unknown) => this.failed(error),
    );
    return promise;
  }
}
