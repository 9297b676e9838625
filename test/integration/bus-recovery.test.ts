// Recovery of the NATS bus against a real nats-server: consumers that disappear are made again,
// upstream's push consumer is refused with a clear error, close() is bounded while the server is
// away, and the stream's duplicate window covers the publish retries.
import { AckPolicy, createInbox, DeliverPolicy, nanos } from 'nats';
import { describe, expect, it } from 'vitest';
import { BusOptionsError, PublishError } from '../../src/bus/errors.js';
import {
  connectEventBus,
  DEFAULT_ACK_TIMEOUT,
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_RETRY_BACKOFF,
  duplicateWindowFor,
  publishRetrySpan,
  type NatsEventBus,
} from '../../src/bus/connect.js';
import { createEvent } from '../../src/events.js';
import { waitFor } from '../support/bus-behaviour.js';
import { testBusOptions, useNatsServer, type RawClient } from '../support/nats-bus.js';
import type { NatsServer } from '../support/nats-server.js';

let server: NatsServer;
let raw: RawClient;
const buses: NatsEventBus[] = [];

useNatsServer({
  started: (started, client) => {
    server = started;
    raw = client;
  },
  buses,
});

function collectingLogger(): { warnings: string[]; logger: { warn: (message: string) => void } } {
  const warnings: string[] = [];
  return { warnings, logger: { warn: (message: string) => void warnings.push(message) } };
}

describe('publish retry span', () => {
  it('sums the ack waits and the delays between attempts', () => {
    expect(publishRetrySpan({ maxAttempts: 1, ackTimeout: 5_000, retryBackoff: [100] })).toBe(5_000);
    expect(publishRetrySpan({ maxAttempts: 3, ackTimeout: 1_000, retryBackoff: [100] })).toBe(3_000 + 200);
    expect(publishRetrySpan({ maxAttempts: 4, ackTimeout: 10, retryBackoff: [1, 2] })).toBe(40 + 1 + 2 + 2);
    // Upstream's schedule: 10 × 5 s ack waits, then 5 s ×4, 7, 9, 10, 10 s.
    const defaults = publishRetrySpan({ maxAttempts: DEFAULT_MAX_ATTEMPTS, ackTimeout: DEFAULT_ACK_TIMEOUT, retryBackoff: DEFAULT_RETRY_BACKOFF });
    expect(defaults).toBe(50_000 + 20_000 + 7_000 + 9_000 + 30_000);
  });

  it('gives a duplicate window never below the server default, rounded up to seconds', () => {
    expect(duplicateWindowFor(1_000)).toBe(120_000);
    expect(duplicateWindowFor(116_000)).toBe(120_000);
    expect(duplicateWindowFor(200_500)).toBe(201_000);
  });
});

describe('bus recovery', () => {
  it('duplicate window - a created stream covers the retry span; an existing shorter window is warned about', async () => {
    const bus = await connectEventBus(testBusOptions(server, { ackTimeout: 30_000, maxAttempts: 10, retryBackoff: [1_000] }));
    buses.push(bus);
    const info = await raw.jsm.streams.info('events-stream');
    expect(info.config.duplicate_window).toBe(nanos(309_000));
    expect(info.config.max_msgs_per_subject).toBe(1);

    const { warnings, logger } = collectingLogger();
    const again = await connectEventBus(testBusOptions(server, { ackTimeout: 60_000, maxAttempts: 10, retryBackoff: [1_000], logger }));
    buses.push(again);
    expect(warnings.some((w) => w.includes('duplicate_window') && w.includes('retry span'))).toBe(true);
    expect((await raw.jsm.streams.info('events-stream')).config.duplicate_window).toBe(nanos(309_000)); // never changed
  });

  it('restart - a durable subscriber on a memory stream keeps receiving after the server restarts', async () => {
    const { warnings, logger } = collectingLogger();
    const options = testBusOptions(server, { logger, ackTimeout: 1_000, retryBackoff: [200], maxAttempts: 30, connection: { reconnectTimeWait: 100 } });
    const publisher = await connectEventBus(options);
    const subscriber = await connectEventBus(options);
    buses.push(publisher, subscriber);
    const handled: string[] = [];
    await subscriber.subscribe({ 'volume.create': (event) => void handled.push(event.target) }, { durable: 'recovery-durable' });
    await publisher.publish(createEvent('volume.create', { target: 'before' }));
    await waitFor(() => handled.length === 1, 5_000, 'the first event handled');

    await server.restart();
    for (let i = 0; i < 3; i++) await publisher.publish(createEvent('volume.create', { target: `after${i}` }));
    await waitFor(() => handled.length === 4, 15_000, 'the events after the restart handled');
    for (let i = 3; i < 6; i++) await publisher.publish(createEvent('volume.create', { target: `after${i}` }));
    await waitFor(() => handled.length === 7, 10_000, 'handlers keep receiving');
    expect(handled).toEqual(['before', ...Array.from({ length: 6 }, (_, i) => `after${i}`)]);
    expect(warnings.some((w) => w.includes('consumer recovery-durable was gone'))).toBe(true);
    const consumer = await raw.jsm.consumers.info('events-stream', 'recovery-durable');
    expect(consumer.config.durable_name).toBe('recovery-durable');
  }, 40_000);

  it('deleted - an ephemeral consumer deleted by an operator is made again', async () => {
    const { warnings, logger } = collectingLogger();
    const bus = await connectEventBus(testBusOptions(server, { logger }));
    buses.push(bus);
    const handled: string[] = [];
    const sub = await bus.subscribe({ 'volume.create': (event) => void handled.push(event.target) }, { deliver: { policy: 'new' } });
    const firstName = sub.name;
    await raw.jsm.consumers.delete('events-stream', firstName);
    await waitFor(() => warnings.some((w) => w.includes(`consumer ${firstName} was gone`)), 10_000, 'the consumer made again');
    expect(sub.name).not.toBe(firstName);
    await bus.publish(createEvent('volume.create', { target: 'x' }));
    await waitFor(() => handled.length === 1, 5_000, 'the event handled');
    expect(handled).toEqual(['x']);
    const name = sub.name;
    await sub.stop();
    await expect(raw.jsm.consumers.info('events-stream', name)).rejects.toThrow();
  }, 20_000);

  it('push consumer - an existing push durable (upstream stats) is refused with a BusOptionsError saying what to do', async () => {
    const bus = await connectEventBus(testBusOptions(server));
    buses.push(bus);
    await raw.jsm.consumers.add('events-stream', {
      durable_name: 'stats-events-consumer',
      deliver_subject: createInbox(),
      deliver_policy: DeliverPolicy.All,
      ack_policy: AckPolicy.Explicit,
      max_ack_pending: 1,
    });
    const error = await bus.subscribe({ '>': () => undefined }, { durable: 'stats-events-consumer' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BusOptionsError);
    expect((error as BusOptionsError).option).toBe('durable');
    expect((error as Error).message).toContain('push consumer');
    expect((error as Error).message).toContain('nats consumer rm events-stream stats-events-consumer');
  });

  it('no filter - an existing pull durable without a filter counts as events.>', async () => {
    const bus = await connectEventBus(testBusOptions(server));
    buses.push(bus);
    await raw.jsm.consumers.add('events-stream', { durable_name: 'unfiltered', deliver_policy: DeliverPolicy.All, ack_policy: AckPolicy.Explicit });
    const handled: string[] = [];
    const sub = await bus.subscribe({ '>': (event) => void handled.push(event.target) }, { durable: 'unfiltered' });
    expect(sub.name).toBe('unfiltered');
    await bus.publish(createEvent('volume.create', { target: 'u' }));
    await waitFor(() => handled.length === 1, 5_000, 'the event handled');
    await sub.stop();
    // A narrower subscription on it is still refused.
    await expect(bus.subscribe({ 'volume.create': () => undefined }, { durable: 'unfiltered' })).rejects.toBeInstanceOf(BusOptionsError);
  });

  it('max batch - an existing durable that takes fewer events per pull than the bus would ask for is consumed whole', async () => {
    const { warnings, logger } = collectingLogger();
    const bus = await connectEventBus({ ...testBusOptions(server), logger });
    buses.push(bus);
    await raw.jsm.consumers.add('events-stream', {
      durable_name: 'small-pulls',
      deliver_policy: DeliverPolicy.All,
      ack_policy: AckPolicy.Explicit,
      max_ack_pending: 1,
      max_batch: 2,
    });
    for (let i = 0; i < 5; i++) await bus.publish(createEvent('volume.create', { target: `small-${i}` }));
    const handled: string[] = [];
    const sub = await bus.subscribe({ '>': (event) => void handled.push(event.target) }, { durable: 'small-pulls', concurrency: 1 });
    await waitFor(() => handled.length === 5, 5_000, 'the five events handled');
    await sub.stop();
    expect(handled).toEqual(['small-0', 'small-1', 'small-2', 'small-3', 'small-4']);
    expect(warnings.filter((warning) => warning.includes('cannot fetch'))).toEqual([]);
  });

  it('subscribe failure - an ephemeral consumer made for a subscribe that then fails is deleted', async () => {
    const bus = await connectEventBus(testBusOptions(server));
    buses.push(bus);
    const connection = bus.connection as unknown as { jetstream: () => unknown };
    const original = connection.jetstream;
    connection.jetstream = () => ({ consumers: { get: () => Promise.reject(new Error('consumers.get failed')) } });
    try {
      await expect(bus.subscribe({ 'volume.create': () => undefined })).rejects.toThrow(/consumers.get failed/);
    } finally {
      connection.jetstream = original;
    }
    const names: string[] = [];
    for await (const info of raw.jsm.consumers.list('events-stream')) names.push(info.name);
    expect(names).toEqual([]);
  });

  it('close - with the server down, close() is bounded and every publish settles with a PublishError', async () => {
    const bus = await connectEventBus(
      testBusOptions(server, { ackTimeout: 1_000, retryBackoff: [10_000], maxAttempts: 10, maxInFlight: 4, connection: { reconnectTimeWait: 100 } }),
    );
    await bus.subscribe({ 'volume.create': () => undefined }, { durable: 'close-durable' });
    await server.stop();
    const outcomes = Array.from({ length: 20 }, (_, i) => bus.publish(createEvent('volume.create', { target: `c${i}` })).then(() => 'stored', (e: unknown) => e));
    await new Promise((resolve) => setTimeout(resolve, 1_500)); // the first ones are in their retry delay
    const started = Date.now();
    await bus.close();
    const settled = await Promise.all(outcomes);
    expect(Date.now() - started).toBeLessThan(4_000);
    for (const outcome of settled) {
      expect(outcome).toBeInstanceOf(PublishError);
      expect((outcome as Error).message).toContain('closed before the server confirmed');
    }
  }, 20_000);

  it('flush - resolves once the publishes accepted before it settled, under steady publishing', async () => {
    const bus = await connectEventBus(testBusOptions(server));
    buses.push(bus);
    let stop = false;
    let count = 0;
    const steady = (async () => {
      while (!stop) {
        await Promise.all(Array.from({ length: 20 }, () => bus.publish(createEvent('volume.create', { target: `s${count++}` }))));
      }
    })();
    const first = Array.from({ length: 50 }, (_, i) => bus.publish(createEvent('volume.create', { target: `f${i}` })));
    let firstSettled = 0;
    for (const p of first) void p.then(() => firstSettled++);
    await bus.flush();
    expect(firstSettled).toBe(50);
    stop = true;
    await steady;
  });
});
