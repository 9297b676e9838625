import { afterAll, beforeAll } from 'vitest';
import { busBehaviour } from '../support/bus-behaviour.js';
import { natsBusFixture, rawClient, type RawClient } from '../support/nats-bus.js';
import { startNatsServer, type NatsServer } from '../support/nats-server.js';

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
