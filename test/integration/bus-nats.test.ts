import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { connectEventBus } from '../../src/bus/connect.js';
import { AbortedError, BusClosedError } from '../../src/bus/errors.js';
import { createEvent } from '../../src/events.js';
import { busBehaviour } from '../support/bus-behaviour.js';
import { natsBusFixture, rawClient, testBusOptions, type RawClient } from '../support/nats-bus.js';
import { freePort, startNatsServer, type NatsServer } from '../support/nats-server.js';

// An injected failure of the decode step for the poison tests (see test/support/decode-fault.ts).
vi.mock('../../src/codec/decode.js', async (importOriginal) => (await import('../support/decode-fault.js')).withDecodeFault(await importOriginal()));

let server: NatsServer;
let raw: RawClient;

beforeAll(async () => {
  server = await startNatsServer();
  raw = await rawClient(server);
});

afterAll(async () => {
  await raw?.nc.close();
  await server?.dispose();
});

busBehaviour('nats bus', (options) => natsBusFixture(server, raw, options));

describe('connectEventBus - signal', () => {
  it('an aborted signal rejects with an AbortError before anything connects', async () => {
    const controller = new AbortController();
    controller.abort(new Error('shutting down'));
    const error = await connectEventBus(testBusOptions(server, { signal: controller.signal })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortedError);
    expect(error).toMatchObject({ name: 'AbortError', cause: controller.signal.reason });
  });

  it('aborting while it waits for a server rejects at once', async () => {
    const port = await freePort(); // nothing listens there
    const controller = new AbortController();
    const connecting = connectEventBus({ servers: `nats://127.0.0.1:${port}`, signal: controller.signal, connection: { waitOnFirstConnect: true, reconnectTimeWait: 50 } });
    const outcome = connecting.catch((e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 300));
    controller.abort(new Error('gave up'));
    expect(await outcome).toMatchObject({ name: 'AbortError', cause: controller.signal.reason });
  });

  it('aborting once connected closes the bus', async () => {
    const controller = new AbortController();
    const bus = await connectEventBus(testBusOptions(server, { signal: controller.signal }));
    await bus.publish(createEvent('volume.create', { target: 'before-abort' }));
    controller.abort();
    await bus.connection.closed();
    await expect(bus.publish(createEvent('volume.create', { target: 'after-abort' }))).rejects.toBeInstanceOf(BusClosedError);
  });
});
