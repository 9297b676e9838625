// OpenTelemetry across a real nats-server: the trace a publish starts is continued by its
// handling (the `traceparent` travels in the NATS headers), a message without headers (as the
// Rust services publish) starts its own trace, handler errors and dead letters are on the spans,
// and the metrics count what happened; in a `bus.events()` loop, what runs in `item.inContext`
// joins the event's trace. Recorded by the real SDK, in memory.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { headers } from 'nats';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectEventBus, type EventBusOptions, type NatsEventBus } from '../../src/bus/connect.js';
import { encode } from '../../src/codec/encode.js';
import { createEvent } from '../../src/events.js';
import { createFabricator } from '../../src/testing/index.js';
import { wireSubject } from '../../src/subject.js';
import { METRIC } from '../../src/telemetry/conventions.js';
import { waitFor } from '../support/bus-behaviour.js';
import { testBusOptions, useNatsServer, type RawClient } from '../support/nats-bus.js';
import type { NatsServer } from '../support/nats-server.js';
import { recordTelemetry, total, type TelemetryRecorder } from '../support/telemetry.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

let server: NatsServer;
let raw: RawClient;
const buses: NatsEventBus[] = [];
useNatsServer({ started: (s, r) => ((server = s), (raw = r)), buses });

let recorder: TelemetryRecorder;
beforeEach(() => {
  recorder = recordTelemetry();
});
afterEach(async () => {
  await Promise.all(buses.splice(0).map((bus) => bus.close()));
  await recorder.shutdown();
});

/** A bus on the test server whose telemetry goes to the recorder. */
async function tracedBus(extra: EventBusOptions = {}): Promise<NatsEventBus> {
  const { tracerProvider, meterProvider, propagator } = recorder;
  const bus = await connectEventBus(testBusOptions(server, { telemetry: { tracerProvider, meterProvider, propagator }, ...extra }));
  buses.push(bus);
  return bus;
}

const volume = (n: number) => createEvent('volume.create', { target: `0b6f5d2e-8f3e-4d1a-9a57-${n.toString().padStart(12, '0')}` });
const named = (name: string) => recorder.spans().filter((span) => span.name === name);

describe('telemetry - traces across nats-server', () => {
  it('a publish and its handling share one trace: the process span is a child of the send span, the handler nests inside', async () => {
    const bus = await tracedBus();
    const app = recorder.tracerProvider.getTracer('app');
    const handled: string[] = [];
    await bus.subscribe(
      {
        'volume.create': (event) => {
          app.startSpan('provision').end();
          handled.push(trace.getActiveSpan()?.spanContext().spanId ?? 'none');
          return event;
        },
      },
      { durable: 'traced' },
    );
    const event = volume(1);
    await app.startActiveSpan('reconcile', async (span) => {
      await bus.publish(event);
      span.end();
    });
    await waitFor(() => named('process events.2.*').length === 1, 5_000, 'the process span');

    const [reconcile] = named('reconcile');
    const [send] = named('publish events.2.*');
    const [process] = named('process events.2.*');
    const [provision] = named('provision');
    const traceId = reconcile!.spanContext().traceId;
    expect([send, process, provision].map((span) => span!.spanContext().traceId)).toEqual([traceId, traceId, traceId]);
    expect(send!.parentSpanContext?.spanId).toBe(reconcile!.spanContext().spanId);
    expect(send!.kind).toBe(SpanKind.PRODUCER);
    expect(process!.kind).toBe(SpanKind.CONSUMER);
    expect(process!.parentSpanContext?.spanId).toBe(send!.spanContext().spanId);
    expect(provision!.parentSpanContext?.spanId).toBe(process!.spanContext().spanId);
    expect(handled).toEqual([process!.spanContext().spanId]);
    expect(process!.attributes).toMatchObject({
      'messaging.system': 'nats',
      'messaging.operation.type': 'process',
      'messaging.destination.name': 'events.2.*',
      'messaging.consumer.group.name': 'traced',
      'messaging.message.id': event.metadata.id,
      'mayastor.event.key': 'volume.create',
      'mayastor.settlement': 'ack',
    });
    expect(send!.attributes).toMatchObject({ 'messaging.message.id': event.metadata.id, 'mayastor.publish.duplicate': false, 'mayastor.publish.attempts': 1 });
  });

  it('a message published without headers, as the Rust services do, starts a new trace', async () => {
    const bus = await tracedBus();
    let seen = 0;
    await bus.subscribe({ 'volume.create': () => void seen++ });
    const first = volume(2);
    const second = volume(3);
    const js = raw.nc.jetstream();
    await js.publish(wireSubject(first), encode(first));
    await js.publish(wireSubject(second), encode(second));
    await waitFor(() => named('process events.2.*').length === 2, 5_000, 'two process spans');
    const spans = named('process events.2.*');
    for (const span of spans) expect(span.parentSpanContext).toBeUndefined();
    expect(spans[0]!.spanContext().traceId).not.toBe(spans[1]!.spanContext().traceId);
    expect(named('publish events.2.*')).toEqual([]);
  });

  it('a handler error sets the process span ERROR; the redelivery that succeeds is a new span of the same trace', async () => {
    const bus = await tracedBus();
    let calls = 0;
    await bus.subscribe(
      {
        'volume.create': () => {
          if (++calls === 1) throw new RangeError('pool not found');
        },
      },
      { durable: 'failing', backoff: [50] },
    );
    await bus.publish(volume(4));
    await waitFor(() => named('process events.2.*').length === 2, 5_000, 'two deliveries');
    const [failed, retried] = named('process events.2.*');
    expect(failed!.status).toEqual({ code: SpanStatusCode.ERROR, message: 'pool not found' });
    expect(failed!.attributes).toMatchObject({ 'error.type': 'RangeError', 'mayastor.settlement': 'nak', 'mayastor.delivery.count': 1 });
    expect(failed!.events.map((event) => event.name)).toEqual(['exception']);
    expect(retried!.status.code).toBe(SpanStatusCode.UNSET);
    expect(retried!.attributes).toMatchObject({ 'mayastor.settlement': 'ack', 'mayastor.delivery.count': 2 });
    expect(retried!.spanContext().traceId).toBe(failed!.spanContext().traceId);
    expect(retried!.parentSpanContext?.spanId).toBe(named('publish events.2.*')[0]!.spanContext().spanId);
  });

  it('a dead letter is recorded on the span and counted; the republished letter carries the trace on', async () => {
    const bus = await tracedBus();
    const letters: { traceparent: string | undefined }[] = [];
    const sub = raw.nc.subscribe('dead-letter.telemetry', { callback: (_error, msg) => void letters.push({ traceparent: msg.headers?.get('traceparent') }) });
    await raw.nc.flush();
    await bus.subscribe(
      {
        'volume.create': () => {
          throw new Error('always');
        },
      },
      { durable: 'dead', maxDeliver: 2, backoff: [20], deadLetterSubject: 'dead-letter.telemetry' },
    );
    await bus.publish(volume(5));
    await waitFor(() => named('process events.2.*').length === 2 && letters.length === 1, 5_000, 'the dead letter');
    sub.unsubscribe();
    const last = named('process events.2.*')[1]!;
    expect(last.attributes['mayastor.settlement']).toBe('term');
    expect(last.events.map((event) => event.name)).toEqual(['exception', 'mayastor.dead_letter']);
    expect(last.events[1]!.attributes).toEqual({ 'mayastor.dead_letter.reason': 'always', 'mayastor.dead_letter.deliveries': 2 });
    expect(letters[0]!.traceparent).toContain(last.spanContext().spanId);
    const metrics = await recorder.collect();
    expect(total(metrics.get(METRIC.deadLettered)?.points, { 'messaging.consumer.group.name': 'dead' })).toBe(1);
    expect(total(metrics.get(METRIC.nacked)?.points)).toBe(1);
  });
});

describe('telemetry - bus.events() items across nats-server', () => {
  const TRACE_ID = '0af7651916cd43dd8448eb211c80319c';
  const PUBLISHER_SPAN_ID = 'b7ad6b7169203331';

  /** Stores an event as a foreign publisher does, with the trace context in its `traceparent` header. */
  async function publishTraced(n: number): Promise<void> {
    const event = volume(n);
    const carried = headers();
    carried.set('traceparent', `00-${TRACE_ID}-${PUBLISHER_SPAN_ID}-01`);
    await raw.nc.jetstream().publish(wireSubject(event), encode(event), { headers: carried });
  }

  it("item.inContext - the loop body's spans made in it are children of the event's process span, in the trace of its traceparent", async () => {
    const bus = await tracedBus();
    await publishTraced(60);
    const app = recorder.tracerProvider.getTracer('app');
    let active: string | undefined;
    for await (const item of bus.events('volume.*', { durable: 'traced-loop' })) {
      active = await item.inContext(async () => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        app.startSpan('store').end();
        return trace.getActiveSpan()?.spanContext().spanId;
      });
      app.startSpan('outside').end(); // the loop's own context: a trace of its own
      item.ack();
      break;
    }
    await waitFor(() => named('process events.2.*').length === 1, 5_000, 'the process span');
    const [process] = named('process events.2.*');
    const [store] = named('store');
    const [outside] = named('outside');
    expect(process!.parentSpanContext?.spanId).toBe(PUBLISHER_SPAN_ID);
    expect(active).toBe(process!.spanContext().spanId);
    expect(store!.parentSpanContext?.spanId).toBe(process!.spanContext().spanId);
    expect(store!.spanContext().traceId).toBe(TRACE_ID);
    expect(outside!.spanContext().traceId).not.toBe(TRACE_ID);
  });

  it('item.inContext - a throw in it reaches the loop unchanged, and the event is given back', async () => {
    const bus = await tracedBus();
    await publishTraced(61);
    const failure = new RangeError('store failed');
    let caught: unknown;
    try {
      for await (const item of bus.events('volume.*', { durable: 'failing-loop' })) {
        item.inContext(() => {
          throw failure;
        });
      }
    } catch (error) {
      caught = error;
    }
    expect(caught).toBe(failure);
    await waitFor(() => named('process events.2.*').length === 1, 5_000, 'the process span');
    expect(named('process events.2.*')[0]!.attributes['mayastor.settlement']).toBe('nak');
  });
});

describe('telemetry - metrics across nats-server', () => {
  it('count what happened: published, consumed, acked, redelivered, invalid and unknown messages, handler durations', async () => {
    const bus = await tracedBus();
    let failures = 1;
    let handled = 0;
    await bus.subscribe(
      {
        'volume.create': () => {
          if (failures-- > 0) throw new Error('once');
          handled++;
        },
      },
      { durable: 'counted', backoff: [20], onInvalid: () => undefined },
    );
    for (let n = 10; n < 15; n++) await bus.publish(volume(n));
    const js = raw.nc.jetstream();
    await js.publish('events.2.not-an-event', new TextEncoder().encode('{"category":2,'));
    const newer = { ...volume(20), action: 99 };
    await js.publish(wireSubject(newer), encode(newer));
    await waitFor(() => handled === 5 && named('process events.2.*').length === 8, 5_000, 'every delivery settled');

    const metrics = await recorder.collect();
    const group = { 'messaging.consumer.group.name': 'counted' };
    expect(total(metrics.get(METRIC.sentMessages)?.points, { 'messaging.operation.name': 'publish', 'mayastor.event.key': 'volume.create' })).toBe(5);
    expect(total(metrics.get(METRIC.operationDuration)?.points)).toBe(5);
    expect(total(metrics.get(METRIC.publishFailures)?.points)).toBe(0);
    expect(total(metrics.get(METRIC.consumedMessages)?.points, group)).toBe(8); // 5 + a redelivery + invalid + unknown
    expect(total(metrics.get(METRIC.acked)?.points, group)).toBe(6); // 5 handled + the unknown event
    expect(total(metrics.get(METRIC.nacked)?.points, group)).toBe(1);
    expect(total(metrics.get(METRIC.redelivered)?.points, group)).toBe(1);
    expect(total(metrics.get(METRIC.invalid)?.points, { ...group, 'error.type': 'DecodeError.syntax' })).toBe(1);
    expect(total(metrics.get(METRIC.unknown)?.points, group)).toBe(1);
    expect(total(metrics.get(METRIC.processDuration)?.points, { 'mayastor.event.key': 'volume.create' })).toBe(6);
    expect(total(metrics.get(METRIC.processDuration)?.points, { 'mayastor.event.key': 'volume.create', 'error.type': 'Error' })).toBe(1);
    expect(metrics.get(METRIC.queueDepth)?.points).toEqual([{ attributes: { 'messaging.system': 'nats' }, value: 0 }]);
  });

  it('consumer lag is the consumer\'s num_pending; queue depth and retries show a publisher waiting for the server', async () => {
    const bus = await tracedBus({ ackTimeout: 500, retryBackoff: [100] });
    for (let n = 30; n < 40; n++) await bus.publish(volume(n));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started = 0;
    const subscription = await bus.subscribe({ 'volume.create': async () => void (started++, await gate) }, { durable: 'lagging', concurrency: 1 });
    await waitFor(() => started === 1, 5_000, 'the first handler');
    const lag = (await recorder.collect()).get(METRIC.lag)?.points;
    expect(lag).toEqual([{ attributes: { 'messaging.system': 'nats', 'messaging.destination.name': 'events.2.>', 'messaging.consumer.group.name': 'lagging' }, value: 9 }]);
    release();
    await subscription.stop();

    await server.stop();
    const pending = [bus.publish(volume(50)), bus.publish(volume(51))];
    expect((await recorder.collect()).get(METRIC.queueDepth)?.points?.[0]?.value).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 700)); // at least one attempt timed out
    await server.start();
    await Promise.all(pending);
    const metrics = await recorder.collect();
    expect(total(metrics.get(METRIC.publishRetries)?.points)).toBeGreaterThanOrEqual(2);
    expect(total(metrics.get(METRIC.sentMessages)?.points)).toBe(12);
    expect(metrics.get(METRIC.queueDepth)?.points?.[0]?.value).toBe(0);
    const retried = named('publish events.2.*').filter((span) => span.events.some((event) => event.name === 'mayastor.publish.retry'));
    expect(retried).toHaveLength(2);
  });
});

describe('telemetry - examples/consumer.ts', () => {
  it("prints its spans with OTEL_TRACES_EXPORTER=console: the handling continues the publisher's trace, the handler's span inside", async () => {
    const bus = await tracedBus();
    const rebuildEnd = createFabricator({ seed: 7 }).fabricate('nexus.rebuildEnd');
    await bus.publish(rebuildEnd);
    const [send] = named('publish events.3.*');
    const env = { ...process.env, NATS_URL: server.url, EXIT_AFTER: '1', DURABLE: 'telemetry-example', OTEL_TRACES_EXPORTER: 'console' };
    const { stdout } = await run(`${root}node_modules/.bin/tsx`, ['examples/consumer.ts'], { cwd: root, env, timeout: 30_000 });
    expect(stdout).toMatch(new RegExp(`^rebuild ended nexus=${rebuildEnd.target} `, 'm'));
    // The console exporter prints each span as an object literal, from a `{` line to a `}` line.
    const spans = (stdout.match(/^\{\n[\s\S]*?\n\}$/gm) ?? []).map((text) => ({
      name: /^  name: '([^']*)'/m.exec(text)?.[1],
      traceId: /^  traceId: '([0-9a-f]+)'/m.exec(text)?.[1],
      id: /^  id: '([0-9a-f]+)'/m.exec(text)?.[1],
      parent: /^  parentSpanContext: \{[^}]*spanId: '([0-9a-f]+)'/m.exec(text)?.[1],
    }));
    const processSpan = spans.find((span) => span.name === 'process events.3.*');
    const report = spans.find((span) => span.name === 'report rebuild');
    expect(processSpan).toMatchObject({ traceId: send!.spanContext().traceId, parent: send!.spanContext().spanId });
    expect(report).toMatchObject({ traceId: send!.spanContext().traceId, parent: processSpan!.id });
  });
});

describe('telemetry - the built package', () => {
  // A program in which @opentelemetry/* cannot be found, by import() (an ESM resolve hook) or by
  // require() (a CommonJS preload), as in a project that does not install the optional peer dependency.
  const hide = [
    `--import=data:text/javascript,${encodeURIComponent(
      `import { register } from 'node:module'; register('data:text/javascript,' + encodeURIComponent('export async function resolve(s, c, n) { if (s.startsWith("@opentelemetry/")) throw Object.assign(new Error("Cannot find package " + s), { code: "ERR_MODULE_NOT_FOUND" }); return n(s, c); }'));`,
    )}`,
    `--require=${root}test/support/hide-opentelemetry.cjs`,
  ];
  const load = (format: 'esm' | 'cjs', name: string): string => (format === 'esm' ? `await import('${name}')` : `require('${name}')`);
  // Publishes one event and handles it through dist/, then prints `result` (set by `then`).
  const program = (format: 'esm' | 'cjs', before: string, then: string): string => {
    const body = `
      ${before}
      const m = ${load(format, 'mayastor-events')};
      const bus = await m.connectEventBus({ servers: ${JSON.stringify(server.url)} });
      let got;
      const seen = new Promise((resolve) => (got = resolve));
      const sub = await bus.subscribe({ 'volume.create': (event, delivery) => got(delivery.subject) });
      const ack = await bus.publish(m.createEvent('volume.create', { target: 'v' }));
      const subject = await seen;
      await sub.stop();
      await bus.close();
      let result = { same: subject === ack.subject };
      ${then}
      console.log(JSON.stringify(result));`;
    return format === 'esm' ? body : `(async () => { ${body} })().catch((e) => { console.error(e); process.exit(1); });`;
  };
  const node = (format: 'esm' | 'cjs', flags: string[], source: string) =>
    run(process.execPath, [...flags, ...(format === 'esm' ? ['--input-type=module'] : []), '-e', source], { cwd: root });

  it.each(['esm', 'cjs'] as const)('without @opentelemetry/api the bus publishes and consumes (%s), untraced and without an error', async (format) => {
    const probe = `
      try { ${load(format, '@opentelemetry/api')}; result.api = 'found'; } catch { result.api = 'hidden'; }
      try { await import('@opentelemetry/api'); result.imported = 'found'; } catch { result.imported = 'hidden'; }`;
    const { stdout, stderr } = await node(format, hide, program(format, '', probe));
    expect(JSON.parse(stdout)).toEqual({ same: true, api: 'hidden', imported: 'hidden' });
    expect(stderr).toBe('');
  });

  it.each(['esm', 'cjs'] as const)('with an SDK registered globally the built package (%s) traces through the global providers', async (format) => {
    const before = `
      const api = ${load(format, '@opentelemetry/api')};
      const { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } = ${load(format, '@opentelemetry/sdk-trace-base')};
      const { W3CTraceContextPropagator } = ${load(format, '@opentelemetry/core')};
      const exporter = new InMemorySpanExporter();
      api.trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }));
      api.propagation.setGlobalPropagator(new W3CTraceContextPropagator());`;
    const then = `
      const spans = exporter.getFinishedSpans();
      result.spans = spans.map((span) => span.name).sort();
      result.oneTrace = new Set(spans.map((span) => span.spanContext().traceId)).size === 1;`;
    const { stdout } = await node(format, [], program(format, before, then));
    expect(JSON.parse(stdout)).toEqual({ same: true, spans: ['process events.2.*', 'publish events.2.*'], oneTrace: true });
  });
});
