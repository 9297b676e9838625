// A server URL with a `[` in its password reaches the server on the port it names, and its user
// and password authenticate there: nats.js 2.29 alone dials port 4222 for such a URL (any `[` is an
// IPv6 literal to it) and ignores a URL's credentials. The server here requires the password
// `p[ss` on a free port (never 4222); what may listen on 4222 plays no part, and each test that
// writes checks first that the SDK hands nats.js this server, so that nothing is written elsewhere.
import { connect } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BusConnectionError, connectEventBus, createEvent, natsConnectionOptions } from 'mayastor-events';
import { openNatsCounterStore } from 'mayastor-events/stats';
import { waitFor } from '../support/bus-behaviour.js';
import { startNatsServer, type NatsServer } from '../support/nats-server.js';

const PASSWORD = 'p[ss';
let server: NatsServer;

beforeAll(async () => {
  server = await startNatsServer({ args: () => ['--user', 'u', '--pass', PASSWORD], probe: { user: 'u', pass: PASSWORD } });
});

afterAll(async () => {
  await server?.dispose();
});

/** Fails unless the SDK hands nats.js exactly this test's server, with the password decoded. */
async function handsThisServer(url: string): Promise<void> {
  const options = await natsConnectionOptions({ servers: url }, 'guard');
  expect(options.servers).toEqual([`nats://127.0.0.1:${server.port}`]);
}

describe('server URLs - a `[` in the password', () => {
  it.each([
    ['raw', () => `nats://u:p[ss@127.0.0.1:${server.port}`],
    ['percent-encoded', () => `nats://u:p%5Bss@127.0.0.1:${server.port}`],
  ])('natsConnectionOptions - a URL with the password %s authenticates to the server on the port it names', async (_, url) => {
    const nc = await connect({ ...(await natsConnectionOptions({ servers: url() }, 'test')), reconnect: false, timeout: 2_000 });
    try {
      expect(nc.info?.port).toBe(server.port);
    } finally {
      await nc.close();
    }
  });

  it('the bus publishes to the server the URL names, authenticated by the URL\'s user and password', async () => {
    const url = `nats://u:p[ss@127.0.0.1:${server.port}`;
    await handsThisServer(url);
    const bus = await connectEventBus({ servers: url, connection: { reconnect: false, timeout: 2_000 } });
    try {
      const seen: string[] = [];
      await bus.subscribe({ 'volume.create': (event) => void seen.push(event.target) });
      await bus.publish(createEvent('volume.create', { target: 'bracket' }));
      await waitFor(() => seen.length === 1);
    } finally {
      await bus.close();
    }
    // And the event is in this server's stream.
    const nc = await connect({ servers: server.url, user: 'u', pass: PASSWORD });
    try {
      const info = await (await nc.jetstreamManager()).streams.info('events-stream');
      expect(info.state.messages).toBeGreaterThanOrEqual(1);
    } finally {
      await nc.close();
    }
  });

  it('the stats store connects to the server the URL names', async () => {
    const url = `nats://u:p%5Bss@127.0.0.1:${server.port}`;
    await handsThisServer(url);
    const store = await openNatsCounterStore({ servers: url, bucket: 'server_urls_test' });
    try {
      expect(store.connection.info?.port).toBe(server.port);
    } finally {
      await store.close();
    }
  });

  it('a wrong password with a `[` is refused by the server the URL names, and not shown', async () => {
    const url = `nats://u:wr[ong@127.0.0.1:${server.port}`;
    await handsThisServer(url);
    const error = await connectEventBus({ servers: url, connection: { reconnect: false, timeout: 2_000 } }).then(
      async (bus) => {
        await bus.close();
        return undefined;
      },
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BusConnectionError);
    expect((error as Error).message).toMatch(new RegExp(`cannot connect to NATS at nats://127\\.0\\.0\\.1:${server.port}: .*authorization`, 'i'));
    expect((error as Error).message).not.toContain('wr[ong');
  });
});
