// Fixtures for running the bus against a test nats-server: a raw nats.js client (what the Rust
// services and foreign tools look like to the bus) and a fresh events stream per test.
import { connect, type JetStreamManager, type NatsConnection } from 'nats';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { connectEventBus, DEFAULT_STREAM_NAME, type EventBusOptions, type NatsEventBus } from '../../src/bus/connect.js';
import type { BusFixture, BusFixtureOptions, SeenMessage } from './bus-behaviour.js';
import { startNatsServer, type NatsServer } from './nats-server.js';

/** A raw nats.js connection to the test server. */
export interface RawClient {
  readonly nc: NatsConnection;
  readonly jsm: JetStreamManager;
}

/** Connects a plain nats.js client to `server`. */
export async function rawClient(server: NatsServer): Promise<RawClient> {
  const nc = await connect({ servers: server.url, maxReconnectAttempts: -1, reconnectTimeWait: 100, timeout: 5_000 });
  return { nc, jsm: await nc.jetstreamManager({ timeout: 1_500 }) };
}

/**
 * Removes every stream, so the next bus starts from nothing. Retried: a request the client
 * buffered while the server was restarting can go unanswered.
 */
export async function removeStreams(raw: RawClient): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      for await (const info of raw.jsm.streams.list()) await raw.jsm.streams.delete(info.config.name);
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

/**
 * One nats-server for a test file: started before the tests (`started` receives it and a raw
 * client), and after each test restarted if a test stopped it, the buses in `buses` closed and
 * every stream removed; stopped at the end.
 */
export function useNatsServer(hooks: { started(server: NatsServer, raw: RawClient): void; buses: NatsEventBus[] }): void {
  let server: NatsServer | undefined;
  let raw: RawClient | undefined;
  beforeAll(async () => {
    server = await startNatsServer();
    raw = await rawClient(server);
    hooks.started(server, raw);
  });
  afterEach(async () => {
    if (server !== undefined && server.pid < 0) await server.start();
    await Promise.all(hooks.buses.splice(0).map((bus) => bus.close()));
    if (raw !== undefined) await removeStreams(raw);
  });
  afterAll(async () => {
    await raw?.nc.close();
    await server?.dispose();
  });
}

/** Bus options for tests: quick retries, short deadlines, the test server. */
export function testBusOptions(server: NatsServer, extra: EventBusOptions = {}): EventBusOptions {
  return { servers: server.url, ackTimeout: 2_000, retryBackoff: [50, 100, 200], ...extra };
}

/** A behaviour-suite fixture on the NATS bus: a fresh stream, a raw client for foreign traffic. */
export async function natsBusFixture(server: NatsServer, raw: RawClient, options: BusFixtureOptions = {}): Promise<BusFixture> {
  await removeStreams(raw);
  const buses: NatsEventBus[] = [await connectEventBus(testBusOptions(server, options.logger === undefined ? {} : { logger: options.logger }))];
  const js = raw.nc.jetstream();
  return {
    bus: buses[0]!,
    publishRaw: async (subject, data) => {
      await js.publish(subject, data);
    },
    listen: async (subject) => {
      const messages: SeenMessage[] = [];
      const sub = raw.nc.subscribe(subject, {
        callback: (_error, msg) => {
          const headers: Record<string, string> = {};
          for (const [key, values] of msg.headers ?? []) headers[key] = values[0] ?? '';
          messages.push({ data: msg.data, headers });
        },
      });
      await raw.nc.flush();
      return { messages, stop: () => sub.unsubscribe() };
    },
    another: async () => {
      const bus = await connectEventBus(testBusOptions(server));
      buses.push(bus);
      return bus;
    },
    streamSize: async () => (await raw.jsm.streams.info(DEFAULT_STREAM_NAME)).state.messages,
    dispose: async () => {
      await Promise.all(buses.map((bus) => bus.close()));
    },
  };
}
