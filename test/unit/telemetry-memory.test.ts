// The in-memory bus reports the same telemetry as the NATS bus (both drive their consumers through
// the router, which makes the process span): a publish and its handling share one trace, the
// stored message carries the trace headers, a message stored without them starts a trace.
import { SpanStatusCode } from '@opentelemetry/api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BusOptionsError } from '../../src/bus/errors.js';
import { createMemoryBus, type MemoryBus } from '../../src/bus/memory.js';
import { encode } from '../../src/codec/encode.js';
import { createEvent } from '../../src/events.js';
import { wireSubject } from '../../src/subject.js';
import { METRIC } from '../../src/telemetry/conventions.js';
import { waitFor } from '../support/bus-behaviour.js';
import { recordTelemetry, total, type TelemetryRecorder } from '../support/telemetry.js';

let recorder: TelemetryRecorder;
let bus: MemoryBus;
beforeEach(() => {
  recorder = recordTelemetry();
  const { tracerProvider, meterProvider, propagator } = recorder;
  bus = createMemoryBus({ telemetry: { tracerProvider, meterProvider, propagator } });
});
afterEach(async () => {
  await bus.close();
  await recorder.shutdown();
});

const volume = (n: number) => createEvent('volume.create', { target: `0b6f5d2e-8f3e-4d1a-9a57-${n.toString().padStart(12, '0')}` });
const named = (name: string) => recorder.spans().filter((span) => span.name === name);

describe('telemetry - in-memory bus', () => {
  it('a publish and its handling share one trace; the stored message carries traceparent', async () => {
    let handled = 0;
    await bus.subscribe({ 'volume.create': () => void handled++ }, { durable: 'memory' });
    await bus.publish(volume(1));
    await waitFor(() => named('process events.2.*').length === 1, 2_000, 'the process span');
    const [send] = named('publish events.2.*');
    const [process] = named('process events.2.*');
    expect(process!.parentSpanContext?.spanId).toBe(send!.spanContext().spanId);
    expect(process!.attributes).toMatchObject({ 'messaging.consumer.group.name': 'memory', 'mayastor.event.key': 'volume.create', 'mayastor.settlement': 'ack' });
    expect(bus.messages()[0]!.headers['traceparent']).toContain(send!.spanContext().spanId);
    expect(handled).toBe(1);
  });

  it('a message stored without headers (as the Rust services publish) starts a trace', async () => {
    await bus.subscribe({ 'volume.create': () => undefined });
    const event = volume(2);
    await bus.publishRaw(wireSubject(event), encode(event));
    await waitFor(() => named('process events.2.*').length === 1, 2_000, 'the process span');
    const [process] = named('process events.2.*');
    expect(process!.parentSpanContext).toBeUndefined();
    expect(process!.status.code).toBe(SpanStatusCode.UNSET);
  });

  it('a handler error is an ERROR span; the dead letter is counted', async () => {
    await bus.subscribe({ 'volume.create': () => Promise.reject(new TypeError('boom')) }, { maxDeliver: 1 });
    await bus.publish(volume(3));
    await waitFor(() => named('process events.2.*').length === 1, 2_000, 'the failed span');
    const [failed] = named('process events.2.*');
    expect(failed!.status).toEqual({ code: SpanStatusCode.ERROR, message: 'boom' });
    expect(failed!.attributes).toMatchObject({ 'error.type': 'TypeError', 'mayastor.settlement': 'term' });
    expect(failed!.events.map((event) => event.name)).toEqual(['exception', 'mayastor.dead_letter']);
    expect(total((await recorder.collect()).get(METRIC.deadLettered)?.points)).toBe(1);
  });

  it('a handler still running when stop() times out: its event is given back and its process span ends so', async () => {
    let started = false;
    const subscription = await bus.subscribe(
      {
        'volume.create': () => {
          started = true;
          return new Promise(() => undefined); // never settles
        },
      },
      { stopTimeout: 10 },
    );
    await bus.publish(volume(5));
    await waitFor(() => started, 2_000, 'the handler');
    await subscription.stop();
    const [process] = named('process events.2.*');
    expect(process?.attributes['mayastor.settlement']).toBe('nak');
    expect(total((await recorder.collect()).get(METRIC.nacked)?.points)).toBe(1);
  });

  it('forward sends as forward', async () => {
    await bus.forward(encode(volume(4)));
    expect(named('forward events.2.*')).toHaveLength(1);
    expect(total((await recorder.collect()).get(METRIC.sentMessages)?.points, { 'messaging.operation.name': 'forward' })).toBe(1);
  });

  it('a malformed telemetry option is refused when the bus is made', () => {
    expect(() => createMemoryBus({ telemetry: { tracerProvider: {} as never } })).toThrow(BusOptionsError);
  });
});
