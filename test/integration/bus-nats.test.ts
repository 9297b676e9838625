import { afterAll, beforeAll, vi } from 'vitest';
import { busBehaviour } from '../support/bus-behaviour.js';
import { natsBusFixture, rawClient, type RawClient } from '../support/nats-bus.js';
import { startNatsServer, type NatsServer } from '../support/nats-server.js';

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
