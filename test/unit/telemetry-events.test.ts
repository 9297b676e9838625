// The loop body of `bus.events()` runs in the loop's own async context, not in its event's
// `process` span; `item.inContext(fn)` runs `fn` in that span's context, so the spans the body
// makes there join the event's trace. On the in-memory bus, recorded by the real SDK (in
// memory); without telemetry it is a plain call, the same function for every item.
import { ProxyTracer, context, trace } from '@opentelemetry/api';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryBus, type MemoryBus } from '../../src/bus/memory.js';
import type { EventItem } from '../../src/bus/types.js';
import { encode } from '../../src/codec/encode.js';
import { createEvent } from '../../src/events.js';
import { wireSubject } from '../../src/subject.js';
import { waitFor } from '../support/bus-behaviour.js';
import { recordTelemetry, type TelemetryRecorder } from '../support/telemetry.js';

// The trace context a foreign publisher wrote into the message's headers.
const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const PUBLISHER_SPAN_ID = '00f067aa0ba902b7';
const TRACEPARENT = `00-${TRACE_ID}-${PUBLISHER_SPAN_ID}-01`;

let recorder: TelemetryRecorder;
let bus: MemoryBus | undefined;
beforeEach(() => {
  recorder = recordTelemetry(); // also the async-hooks context manager, which the plain cases keep
});
afterEach(async () => {
  await bus?.close();
  bus = undefined;
  vi.restoreAllMocks();
  await recorder.shutdown();
});

/** A bus whose telemetry goes to the recorder, or as given. */
function memoryBus(telemetry: Parameters<typeof createMemoryBus>[0] = { telemetry: { tracerProvider: recorder.tracerProvider, meterProvider: recorder.meterProvider, propagator: recorder.propagator } }): MemoryBus {
  bus = createMemoryBus(telemetry);
  return bus;
}

const volume = (n: number) => createEvent('volume.create', { target: `0b6f5d2e-8f3e-4d1a-9a57-${n.toString().padStart(12, '0')}` });

/** Stores `count` events as a foreign publisher does, each with the headers' trace context. */
async function feed(into: MemoryBus, count: number): Promise<void> {
  for (let n = 1; n <= count; n++) {
    const event = volume(n);
    await into.publishRaw(wireSubject(event), encode(event), { traceparent: TRACEPARENT });
  }
}

const named = (name: string) => recorder.spans().filter((span) => span.name === name);

/** What `run` throws (the very value), or `undefined`. */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('telemetry - bus.events() items', () => {
  it('item.inContext - spans of the loop body made in it are children of the event\'s process span, in the trace of its traceparent', async () => {
    const events = memoryBus();
    await feed(events, 1);
    const app = recorder.tracerProvider.getTracer('app');
    let active: string | undefined;
    for await (const item of events.events('volume.*')) {
      app.startSpan('outside').end(); // the loop's own context: the gap inContext closes
      active = item.inContext(() => trace.getActiveSpan()?.spanContext().spanId);
      await item.inContext(async () => {
        await new Promise((resolve) => setTimeout(resolve, 1)); // still inside after an await
        app.startSpan('store').end();
      });
      const { inContext } = item; // destructured, as `ack` is
      inContext(() => app.startSpan('destructured').end());
      item.ack();
      break;
    }
    await waitFor(() => named('process events.2.*').length === 1, 2_000, 'the process span');
    const [process] = named('process events.2.*');
    expect(process!.parentSpanContext?.spanId).toBe(PUBLISHER_SPAN_ID);
    expect(active).toBe(process!.spanContext().spanId);
    for (const span of [...named('store'), ...named('destructured')]) {
      expect(span.parentSpanContext?.spanId).toBe(process!.spanContext().spanId);
      expect(span.spanContext().traceId).toBe(TRACE_ID);
    }
    expect(named('store')).toHaveLength(1);
    expect(named('destructured')).toHaveLength(1);
    const [outside] = named('outside');
    expect(outside!.parentSpanContext).toBeUndefined();
    expect(outside!.spanContext().traceId).not.toBe(TRACE_ID);
  });

  it('item.inContext - returns what fn returns; a throw in it reaches the loop unchanged and the event is given back', async () => {
    const events = memoryBus();
    await feed(events, 1);
    const failure = new TypeError('store failed');
    let returned: unknown;
    let rejected: unknown;
    let caught: unknown;
    try {
      for await (const item of events.events('volume.*')) {
        returned = item.inContext(() => 42);
        rejected = await item.inContext(() => Promise.reject(failure)).catch((error: unknown) => error);
        item.inContext(() => {
          throw failure;
        });
      }
    } catch (error) {
      caught = error;
    }
    expect([returned, rejected, caught]).toEqual([42, failure, failure]);
    expect(caught).toBe(failure);
    expect(rejected).toBe(failure);
    await waitFor(() => named('process events.2.*').length === 1, 2_000, 'the process span');
    expect(named('process events.2.*')[0]!.attributes['mayastor.settlement']).toBe('nak');
  });

  it.each([
    ['telemetry off', { telemetry: { enabled: false } }],
    ['no SDK nor propagator registered', {}],
  ])('without telemetry (%s): inContext is a plain call, one function for every item, and no span is started', async (_name, options) => {
    const startSpan = vi.spyOn(ProxyTracer.prototype, 'startSpan'); // the global provider's tracer: what the idle bus holds
    const events = memoryBus(options);
    await feed(events, 2);
    const failure = new Error('plain');
    const items: EventItem<'volume.*'>[] = [];
    const outer = context.active();
    for await (const item of events.events('volume.*')) {
      items.push(item);
      expect(item.inContext(() => context.active())).toBe(outer);
      expect(item.inContext(() => 'done')).toBe('done');
      expect(
        thrown(() =>
          item.inContext(() => {
            throw failure;
          }),
        ),
      ).toBe(failure);
      if (items.length === 2) {
        item.ack();
        break;
      }
    }
    expect(items[0]!.inContext).toBe(items[1]!.inContext); // no closure per item
    expect(startSpan).not.toHaveBeenCalled();
    expect(recorder.spans()).toEqual([]);
  });
});
