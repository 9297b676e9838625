// The telemetry of the buses, unit by unit (no server): the `send` span and the trace headers it
// writes, the `process` span that continues the trace from those headers (or starts one when
// there are none, as with the Rust services' messages), errors and dead letters on the span, and
// the metrics' names, units and values, recorded by the real SDK (in memory).
import { readFileSync } from 'node:fs';
import { SpanKind, SpanStatusCode, trace, type TracerProvider, type MeterProvider, type TextMapPropagator } from '@opentelemetry/api';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BusOptionsError } from '../../src/bus/errors.js';
import { createEvent } from '../../src/events.js';
import { encode } from '../../src/codec/encode.js';
import { wireSubject } from '../../src/subject.js';
import { INSTRUMENTATION_SCOPE, METRIC, destinationOf, errorType, messageIdOf } from '../../src/telemetry/conventions.js';
import type { TelemetryOptions } from '../../src/telemetry/options.js';
import { startTelemetry, type BusTelemetry } from '../../src/telemetry/telemetry.js';
import { recordTelemetry, total, type TelemetryRecorder } from '../support/telemetry.js';

const event = createEvent('volume.create', { target: '0b6f5d2e-8f3e-4d1a-9a57-3c2e1f0a9b77' });
const bytes = encode(event);
const target = { subject: wireSubject(event), id: event.metadata.id, bytes, key: 'volume.create' };
const unkeyed = { ...target, key: undefined };

/** A delivery of `target` as a bus hands it to the router, and a control that remembers how it was settled. */
function delivered(deliveryCount = 1) {
  const settled: string[] = [];
  return {
    delivery: { subject: target.subject, streamSequence: 7, deliveryCount, raw: bytes },
    settled,
    control: { ack: () => void settled.push('ack'), nak: (delay: number) => void settled.push(`nak ${delay}`), term: () => void settled.push('term') },
  };
}

let recorder: TelemetryRecorder;
let telemetry: BusTelemetry;

beforeEach(async () => {
  recorder = recordTelemetry();
  const { tracerProvider, meterProvider, propagator } = recorder;
  telemetry = (await startTelemetry({ tracerProvider, meterProvider, propagator }))!;
});

afterEach(async () => {
  telemetry.close();
  await recorder.shutdown();
});

describe('telemetry - send', () => {
  it('a publish makes a PRODUCER span named after its destination, and writes its trace context into the headers', () => {
    const send = telemetry.send('publish', target)!;
    expect(send.headers?.['traceparent']).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    send.sent({ sequence: 12, duplicate: false });

    const [span] = recorder.spans();
    expect(span!.name).toBe('publish events.2.*');
    expect(span!.kind).toBe(SpanKind.PRODUCER);
    expect(send.headers!['traceparent']).toBe(`00-${span!.spanContext().traceId}-${span!.spanContext().spanId}-01`);
    expect(span!.attributes).toEqual({
      'messaging.system': 'nats',
      'messaging.operation.type': 'send',
      'messaging.operation.name': 'publish',
      'messaging.destination.name': 'events.2.*',
      'mayastor.event.key': 'volume.create',
      'messaging.message.id': event.metadata.id,
      'messaging.message.body.size': bytes.byteLength,
      'mayastor.stream.sequence': 12,
      'mayastor.publish.duplicate': false,
      'mayastor.publish.attempts': 1,
    });
    expect(span!.status.code).toBe(SpanStatusCode.UNSET);
    expect(span!.instrumentationScope).toMatchObject(INSTRUMENTATION_SCOPE);
  });

  it('the send span is a child of the span active where publish was called', () => {
    const tracer = recorder.tracerProvider.getTracer('app');
    tracer.startActiveSpan('volume reconcile', (parent) => {
      telemetry.send('forward', unkeyed)!.sent({ sequence: 1, duplicate: true });
      parent.end();
    });
    const [send, parent] = recorder.spans();
    expect(send!.name).toBe('forward events.2.*');
    expect(send!.parentSpanContext?.spanId).toBe(parent!.spanContext().spanId);
    expect(send!.spanContext().traceId).toBe(parent!.spanContext().traceId);
  });

  it('retries are span events and a counter; a failure sets the status, error.type and the failure counters', async () => {
    const send = telemetry.send('publish', target)!;
    const timeout = Object.assign(new Error('TIMEOUT: no ack'), { name: 'AttemptError' });
    send.retry(1, timeout);
    send.retry(2, timeout);
    const failure = Object.assign(new Error('publish to events.2.x failed after 3 attempt(s)'), { name: 'PublishError' });
    send.failed(failure);
    send.sent({ sequence: 1, duplicate: false }); // settled once: ignored

    const [span] = recorder.spans();
    expect(span!.status).toEqual({ code: SpanStatusCode.ERROR, message: failure.message });
    expect(span!.attributes['error.type']).toBe('PublishError');
    expect(span!.attributes['mayastor.publish.attempts']).toBe(3);
    expect(span!.events.map((e) => [e.name, e.attributes?.['mayastor.publish.attempt']])).toEqual([
      ['mayastor.publish.retry', 1],
      ['mayastor.publish.retry', 2],
      ['exception', undefined],
    ]);

    const metrics = await recorder.collect();
    expect(total(metrics.get(METRIC.publishRetries)?.points)).toBe(2);
    expect(total(metrics.get(METRIC.publishFailures)?.points, { 'error.type': 'PublishError' })).toBe(1);
    expect(total(metrics.get(METRIC.sentMessages)?.points, { 'error.type': 'PublishError' })).toBe(1);
    expect(total(metrics.get(METRIC.operationDuration)?.points, { 'messaging.operation.name': 'publish' })).toBe(1);
  });

  it('follow() settles the span with the promise', async () => {
    const ack = { stream: 'events-stream', sequence: 3, duplicate: false, subject: target.subject };
    await telemetry.send('publish', target)!.follow(Promise.resolve(ack));
    await expect(telemetry.send('publish', target)!.follow(Promise.reject(new TypeError('no')))).rejects.toThrow('no');
    await Promise.resolve();
    expect(recorder.spans().map((span) => span.status.code)).toEqual([SpanStatusCode.UNSET, SpanStatusCode.ERROR]);
  });
});

describe('telemetry - process', () => {
  it('the process span continues the trace of the headers: same trace id, the send span as parent', () => {
    const send = telemetry.send('publish', target)!;
    send.sent({ sequence: 7, duplicate: false });
    const { delivery, control, settled } = delivered();
    const consumer = telemetry.consumer('stats-events-consumer');
    const process = consumer.process(delivery, { headers: send.headers }, control)!;
    process.decoded('volume.create');
    // What a handler does inside: its own span nests under `process`.
    process.run(() => recorder.tracerProvider.getTracer('app').startSpan('count volume').end());
    process.ack();

    expect(settled).toEqual(['ack']);
    const [sendSpan, handlerSpan, processSpan] = recorder.spans();
    expect(processSpan!.name).toBe('process events.2.*');
    expect(processSpan!.kind).toBe(SpanKind.CONSUMER);
    expect(processSpan!.spanContext().traceId).toBe(sendSpan!.spanContext().traceId);
    expect(processSpan!.parentSpanContext?.spanId).toBe(sendSpan!.spanContext().spanId);
    expect(processSpan!.parentSpanContext?.isRemote).toBe(true);
    expect(handlerSpan!.parentSpanContext?.spanId).toBe(processSpan!.spanContext().spanId);
    expect(processSpan!.attributes).toEqual({
      'messaging.system': 'nats',
      'messaging.operation.type': 'process',
      'messaging.operation.name': 'process',
      'messaging.destination.name': 'events.2.*',
      'messaging.consumer.group.name': 'stats-events-consumer',
      'messaging.message.id': event.metadata.id,
      'messaging.message.body.size': bytes.byteLength,
      'mayastor.stream.sequence': 7,
      'mayastor.delivery.count': 1,
      'mayastor.event.key': 'volume.create',
      'mayastor.settlement': 'ack',
    });
  });

  it('a message without headers (as the Rust services publish) starts a new trace', () => {
    const { delivery, control } = delivered();
    const process = telemetry.consumer(undefined).process(delivery, undefined, control)!;
    process.ack();
    const withEmptyHeaders = telemetry.consumer(undefined).process(delivery, { headers: {} }, control)!;
    withEmptyHeaders.ack();
    const [first, second] = recorder.spans();
    for (const span of [first!, second!]) {
      expect(span.parentSpanContext).toBeUndefined();
      expect(span.attributes['messaging.consumer.group.name']).toBeUndefined();
    }
    expect(first!.spanContext().traceId).not.toBe(second!.spanContext().traceId);
  });

  it('reads the trace context from nats.js headers, whatever the letter case of the name', () => {
    const send = telemetry.send('publish', target)!;
    send.sent({ sequence: 1, duplicate: false });
    const natsHeaders = new Map([['Traceparent', send.headers!['traceparent']!]]);
    const carrier = { get: (key: string) => natsHeaders.get(key) ?? '', keys: () => [...natsHeaders.keys()] };
    const { delivery, control } = delivered();
    telemetry.consumer(undefined).process(delivery, { headers: carrier }, control)!.ack();
    const [sendSpan, processSpan] = recorder.spans();
    expect(processSpan!.parentSpanContext?.spanId).toBe(sendSpan!.spanContext().spanId);
  });

  it('a handler error sets the span status ERROR, records the exception and error.type; the nak is counted', async () => {
    const { delivery, control, settled } = delivered(2);
    const process = telemetry.consumer('svc').process(delivery, undefined, control)!;
    process.decoded('volume.create');
    process.failed(new RangeError('pool not found'));
    process.nak(1000);

    expect(settled).toEqual(['nak 1000']);
    const [span] = recorder.spans();
    expect(span!.status).toEqual({ code: SpanStatusCode.ERROR, message: 'pool not found' });
    expect(span!.attributes['error.type']).toBe('RangeError');
    expect(span!.attributes['mayastor.settlement']).toBe('nak');
    expect(span!.events.map((e) => e.name)).toEqual(['exception']);

    const metrics = await recorder.collect();
    const group = { 'messaging.consumer.group.name': 'svc' };
    expect(total(metrics.get(METRIC.nacked)?.points, group)).toBe(1);
    expect(total(metrics.get(METRIC.acked)?.points)).toBe(0);
    expect(total(metrics.get(METRIC.redelivered)?.points, group)).toBe(1);
    expect(total(metrics.get(METRIC.consumedMessages)?.points, { ...group, 'messaging.operation.name': 'receive' })).toBe(1);
    expect(total(metrics.get(METRIC.processDuration)?.points, { 'error.type': 'RangeError', 'mayastor.event.key': 'volume.create' })).toBe(1);
  });

  it('a dead letter is an event on the span and a counter; a thrown non-Error is recorded too', async () => {
    const { delivery, control, settled } = delivered(5);
    const process = telemetry.consumer('svc').process(delivery, undefined, control)!;
    process.decoded('volume.create');
    process.failed('a string');
    process.deadLettered('a string', 5);
    process.term();

    expect(settled).toEqual(['term']);
    const [span] = recorder.spans();
    expect(span!.events.map((e) => e.name)).toEqual(['exception', 'mayastor.dead_letter']);
    expect(span!.events[1]!.attributes).toEqual({ 'mayastor.dead_letter.reason': 'a string', 'mayastor.dead_letter.deliveries': 5 });
    expect(span!.attributes['error.type']).toBe('_OTHER');
    expect(total((await recorder.collect()).get(METRIC.deadLettered)?.points)).toBe(1);
  });

  it('an invalid message: status ERROR, error.type the decode error code, counted as invalid', async () => {
    const { delivery, control } = delivered();
    const process = telemetry.consumer(undefined).process(delivery, undefined, control)!;
    process.invalid(Object.assign(new Error('cannot decode event: expected value'), { name: 'DecodeError', code: 'syntax' }));
    process.term();
    const [span] = recorder.spans();
    expect(span!.status.code).toBe(SpanStatusCode.ERROR);
    expect(span!.attributes['error.type']).toBe('DecodeError.syntax');
    expect(total((await recorder.collect()).get(METRIC.invalid)?.points, { 'error.type': 'DecodeError.syntax' })).toBe(1);
  });

  it('an unknown event is counted, and has no key', async () => {
    const { delivery, control } = delivered();
    const process = telemetry.consumer(undefined).process(delivery, undefined, control)!;
    process.decoded(undefined);
    process.ack();
    expect(recorder.spans()[0]!.attributes['mayastor.event.key']).toBeUndefined();
    expect(total((await recorder.collect()).get(METRIC.unknown)?.points)).toBe(1);
  });

  it('settling twice ends the span once; a control that throws still ends it', () => {
    const { delivery } = delivered();
    const throwing = { ack: () => { throw new Error('connection closed'); }, nak: () => undefined, term: () => undefined };
    const process = telemetry.consumer(undefined).process(delivery, undefined, throwing)!;
    expect(() => process.ack()).toThrow('connection closed');
    process.nak(0);
    expect(recorder.spans().map((span) => span.attributes['mayastor.settlement'])).toEqual(['ack']);
  });

  it('a dead letter republished from the process span carries its trace context', () => {
    const { delivery, control } = delivered();
    const process = telemetry.consumer(undefined).process(delivery, undefined, control)!;
    const headers = process.headers();
    process.term();
    expect(headers?.['traceparent']).toContain(recorder.spans()[0]!.spanContext().spanId);
  });
});

describe('telemetry - metrics', () => {
  it('names, units and instruments follow the conventions', async () => {
    telemetry.observeQueue(() => 3);
    telemetry.consumer('svc').observeLag(() => Promise.resolve(42), 'events.2.>');
    telemetry.send('publish', target)!.sent({ sequence: 1, duplicate: false });
    const { delivery, control } = delivered();
    telemetry.consumer('svc').process(delivery, undefined, control)!.ack();

    const metrics = await recorder.collect();
    const described = Object.fromEntries([...metrics].map(([name, { unit, type }]) => [name, `${type} ${unit}`]));
    expect(described).toMatchObject({
      'messaging.client.sent.messages': 'Counter {message}',
      'messaging.client.operation.duration': 'Histogram s',
      'messaging.client.consumed.messages': 'Counter {message}',
      'messaging.process.duration': 'Histogram s',
      'mayastor_events.publish.queue.depth': 'UpDownCounter {message}',
      'mayastor_events.consumer.acked': 'Counter {message}',
      'mayastor_events.consumer.lag': 'Gauge {message}',
    });
    expect(metrics.get(METRIC.queueDepth)!.points).toEqual([{ attributes: { 'messaging.system': 'nats' }, value: 3 }]);
    expect(metrics.get(METRIC.lag)!.points).toEqual([
      { attributes: { 'messaging.system': 'nats', 'messaging.destination.name': 'events.2.>', 'messaging.consumer.group.name': 'svc' }, value: 42 },
    ]);
    const duration = metrics.get(METRIC.operationDuration)!.points[0]!;
    expect(duration.count).toBe(1);
    expect(duration.value).toBeGreaterThanOrEqual(0);
  });

  it('a lag that cannot be read now is left out of the collection; close() stops the observations', async () => {
    let reads = 0;
    let lagReads = 0;
    telemetry.observeQueue(() => ++reads);
    const consumer = telemetry.consumer('svc');
    consumer.observeLag(() => (lagReads++, Promise.reject(new Error('timeout'))), 'events.>');
    const metrics = await recorder.collect();
    expect(metrics.get(METRIC.lag)?.points ?? []).toEqual([]);
    expect([reads, lagReads]).toEqual([1, 1]);
    consumer.close();
    await recorder.collect();
    expect([reads, lagReads]).toEqual([2, 1]);
    telemetry.close();
    await recorder.collect();
    expect([reads, lagReads]).toEqual([2, 1]);
  });
});

describe('telemetry - set-up', () => {
  it('uses the globally registered tracer provider, meter provider and propagator by default', async () => {
    const global = recordTelemetry();
    const undo = global.registerGlobally();
    try {
      const fromGlobals = (await startTelemetry(undefined))!;
      const send = fromGlobals.send('publish', target)!;
      send.sent({ sequence: 1, duplicate: false });
      expect(send.headers?.['traceparent']).toContain(global.spans()[0]!.spanContext().spanId);
      expect(total((await global.collect()).get(METRIC.sentMessages)?.points)).toBe(1);
      expect(recorder.spans()).toEqual([]);
      fromGlobals.close();
    } finally {
      undo();
      await global.shutdown();
    }
  });

  it('without an SDK registered: no trace object, no headers, nothing timed (the cost is one no-op span)', async () => {
    const bare = (await startTelemetry(undefined))!;
    expect(bare.metered).toBe(false);
    expect(bare.send('publish', target)).toBeUndefined();
    const { delivery, control } = delivered();
    expect(bare.consumer('svc').process(delivery, undefined, control)).toBeUndefined();
    expect(trace.getActiveSpan()).toBeUndefined();
    bare.close();
  });

  it('an SDK and propagator registered globally after the telemetry was made are used from the next message on', async () => {
    const bare = (await startTelemetry(undefined))!;
    const startSpan = vi.spyOn(bare.tracer, 'startSpan');
    const { delivery, control } = delivered();
    expect([bare.send('publish', target), bare.consumer('svc').process(delivery, undefined, control)]).toEqual([undefined, undefined]);
    expect(startSpan).not.toHaveBeenCalled(); // nothing registered: not even a no-op span
    const global = recordTelemetry();
    const undo = global.registerGlobally();
    try {
      const send = bare.send('publish', target)!;
      send.sent({ sequence: 1, duplicate: false });
      const process = bare.consumer('svc').process(delivery, { headers: send.headers }, control)!;
      process.ack();
      expect(startSpan).toHaveBeenCalledTimes(2);
      const [sendSpan, processSpan] = global.spans();
      expect([sendSpan?.kind, processSpan?.kind, processSpan?.parentSpanContext?.spanId]).toEqual([SpanKind.PRODUCER, SpanKind.CONSUMER, sendSpan?.spanContext().spanId]);
    } finally {
      bare.close();
      undo();
      await global.shutdown();
    }
  });

  it('a propagator without an SDK: the trace context of the headers is carried on to the handlers, nothing is recorded', async () => {
    const sent = telemetry.send('publish', target)!; // headers from a publisher that traces
    sent.sent({ sequence: 1, duplicate: false });
    const carrying = (await startTelemetry({ propagator: recorder.propagator }))!;
    const { delivery, control, settled } = delivered();
    const process = carrying.consumer('svc').process(delivery, { headers: sent.headers }, control)!;
    expect(trace.getSpanContext(process.context!)?.traceId).toBe(recorder.spans()[0]!.spanContext().traceId);
    process.ack();
    expect([settled, recorder.spans().length]).toEqual([['ack'], 1]);
    carrying.close();
  });

  it('metrics without tracing: a meter provider alone counts, and writes no trace headers', async () => {
    const metered = (await startTelemetry({ meterProvider: recorder.meterProvider }))!;
    const send = metered.send('publish', target)!;
    expect(send.headers).toBeUndefined();
    send.sent({ sequence: 1, duplicate: false });
    const { delivery, control, settled } = delivered();
    const process = metered.consumer('svc').process(delivery, undefined, control)!;
    expect(process.context).toBeUndefined();
    expect(process.run((a: number) => a + 1, 1)).toBe(2);
    process.ack();
    expect(settled).toEqual(['ack']);
    const metrics = await recorder.collect();
    expect(total(metrics.get(METRIC.sentMessages)?.points)).toBe(1);
    expect(total(metrics.get(METRIC.acked)?.points)).toBe(1);
    expect(recorder.spans()).toEqual([]);
    metered.close();
  });

  it('tracing without metrics: a tracer provider alone traces', async () => {
    const traced = (await startTelemetry({ tracerProvider: recorder.tracerProvider, propagator: recorder.propagator }))!;
    expect(traced.metered).toBe(false);
    const send = traced.send('publish', target)!;
    send.sent({ sequence: 1, duplicate: false });
    const { delivery, control } = delivered();
    traced.consumer('svc').process(delivery, { headers: send.headers }, control)!.ack();
    expect(recorder.spans().map((span) => span.name)).toEqual(['publish events.2.*', 'process events.2.*']);
    traced.close();
  });

  it('a delivery still in hand when the subscription stops ends its span as given back', () => {
    const consumer = telemetry.consumer('svc');
    const { delivery, control, settled } = delivered();
    const process = consumer.process(delivery, undefined, control)!;
    consumer.close();
    process.ack(); // the handler settles late: the bus sent the nak already, the span is ended once
    expect(settled).toEqual(['ack']);
    expect(recorder.spans().map((span) => span.attributes['mayastor.settlement'])).toEqual(['nak']);
    expect(consumer.traceOf(delivery)).toBeUndefined();
  });

  it('enabled: false gives no telemetry', async () => {
    expect(await startTelemetry({ enabled: false, tracerProvider: recorder.tracerProvider })).toBeUndefined();
  });

  it.each([
    [{ tracerProvider: {} }, 'telemetry.tracerProvider', 'missing getTracer'],
    [{ meterProvider: { getMeter: 1 } }, 'telemetry.meterProvider', 'missing getMeter'],
    [{ propagator: { inject() {} } }, 'telemetry.propagator', 'missing extract, fields'],
    [{ enabled: 'yes' }, 'telemetry.enabled', 'expected a boolean'],
    ['on', 'telemetry', 'expected an object'],
  ])('a malformed option %j is a BusOptionsError naming it', async (options, option, message) => {
    const error = await startTelemetry(options as TelemetryOptions).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BusOptionsError);
    expect(error).toMatchObject({ option });
    expect((error as Error).message).toContain(message);
  });

  it('a provider that throws is a BusOptionsError', async () => {
    const tracerProvider = { getTracer: () => { throw new Error('broken'); } };
    await expect(startTelemetry({ tracerProvider })).rejects.toThrow(/invalid option `telemetry`: a provider failed: broken/);
  });

  it("the real API's providers and propagator fit the option's structural types", () => {
    const options: TelemetryOptions = {
      tracerProvider: recorder.tracerProvider as TracerProvider,
      meterProvider: recorder.meterProvider as MeterProvider,
      propagator: recorder.propagator as TextMapPropagator,
    };
    expect(options.tracerProvider).toBe(recorder.tracerProvider);
  });

  it('the instrumentation scope is the package name and version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
    expect(INSTRUMENTATION_SCOPE).toEqual({ name: pkg.name, version: pkg.version });
  });

  it('destinations are low-cardinality, the message id is the subject id, error.type is low-cardinality', () => {
    expect(destinationOf('events.11.abc')).toBe('events.11.*');
    // Whatever a foreign publisher writes, the destinations stay few.
    for (const subject of ['events.100.x', 'events.2147483647.x', 'events.x.y', 'events.-1.x', 'events.2', 'events..x', 'other.2.x']) {
      expect(destinationOf(subject)).toBe('events.>');
    }
    expect(messageIdOf('events.2.0b6f')).toBe('0b6f');
    expect(messageIdOf('other')).toBeUndefined();
    expect(errorType(new TypeError('x'))).toBe('TypeError');
    expect(errorType({ name: 'x' })).toBe('_OTHER');
    const hostile = new Error('x');
    Object.defineProperty(hostile, 'name', { get: () => { throw new Error('no'); } });
    expect(errorType(hostile)).toBe('_OTHER');
  });
});
