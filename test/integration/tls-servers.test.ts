// A `tls://` server URL requires TLS: nats.js 2.29 reads no meaning into the scheme and, against
// a server that does not require TLS, connects in plain text. The SDK gives nats.js `tls: {}` for
// `tls://` servers (when `tls` is not given), so a server without TLS is refused, with a reason.
import { connect } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BusConnectionError, connectEventBus, createEvent, natsConnectionOptions, type EventBusOptions } from 'mayastor-events';
import { openNatsCounterStore } from 'mayastor-events/stats';
import { waitFor } from '../support/bus-behaviour.js';
import { startNatsServer, type NatsServer } from '../support/nats-server.js';
import { makeTestCertificates, type TestCertificates } from '../support/nats-tls.js';

let certs: TestCertificates;
let secure: NatsServer;
let plain: NatsServer;

beforeAll(async () => {
  certs = makeTestCertificates();
  secure = await startNatsServer({ args: () => ['--tls', '--tlscert', certs.serverCert, '--tlskey', certs.serverKey], probe: { tls: { caFile: certs.ca } } });
  plain = await startNatsServer();
});

afterAll(async () => {
  await secure?.dispose();
  await plain?.dispose();
  certs?.dispose();
});

const once = { reconnect: false, timeout: 2_000 } as const;

async function connectFailure(options: EventBusOptions): Promise<unknown> {
  return connectEventBus({ ...options, connection: once }).then(
    async (bus) => {
      await bus.close();
      return undefined;
    },
    (e: unknown) => e,
  );
}

describe('tls:// servers', () => {
  it('the bus connects to a TLS server given as tls://, with the CA given', async () => {
    const bus = await connectEventBus({ servers: `tls://127.0.0.1:${secure.port}`, tls: { caFile: certs.ca }, connection: once });
    try {
      const seen: string[] = [];
      await bus.subscribe({ 'volume.create': (event) => void seen.push(event.target) });
      await bus.publish(createEvent('volume.create', { target: 'over-tls' }));
      await waitFor(() => seen.length === 1);
    } finally {
      await bus.close();
    }
  });

  it('the bus refuses a server without TLS given as tls://, saying so, instead of connecting in plain text', async () => {
    const error = await connectFailure({ servers: `tls://127.0.0.1:${plain.port}` });
    expect(error).toBeInstanceOf(BusConnectionError);
    expect((error as Error).message).toBe(
      `cannot connect to NATS at tls://127.0.0.1:${plain.port}: the server does not offer TLS, which a tls:// server URL or TLS settings (the \`tls\` option; in the CLI --tls-ca, --tls-cert) require: ` +
        'enable TLS on the server, or write nats:// and leave TLS settings out if the connection is meant to be in plain text',
    );
  });

  it('a nats:// server beside a tls:// one must offer TLS too: one TLS setting for the connection', async () => {
    const error = await connectFailure({ servers: [`nats://127.0.0.1:${plain.port}`, `tls://127.0.0.1:${plain.port}`] });
    expect(error).toBeInstanceOf(BusConnectionError);
    expect((error as Error).message).toMatch(/: the server does not offer TLS, which a tls:\/\/ server URL/);
  });

  it('natsConnectionOptions for a tls:// server: nats.js refuses a server without TLS', async () => {
    const options = await natsConnectionOptions({ servers: `tls://127.0.0.1:${plain.port}` }, 'test');
    const outcome = await connect({ ...options, ...once }).then(
      async (nc) => {
        await nc.close();
        return 'connected in plain text';
      },
      (e: unknown) => e,
    );
    expect(outcome).toMatchObject({ code: 'SERVER_OPT_NA', message: 'tls' });
  });

  it('the stats store refuses a server without TLS given as tls://', async () => {
    const outcome = await openNatsCounterStore({ servers: `tls://127.0.0.1:${plain.port}`, bucket: 'tls_servers_test', connection: once }).then(
      async (store) => {
        await store.close();
        return 'connected in plain text';
      },
      (e: unknown) => e,
    );
    expect(outcome).toMatchObject({
      name: 'CounterStoreError',
      message: expect.stringMatching(/^cannot connect to NATS at tls:\/\/127\.0\.0\.1:\d+: the server does not offer TLS, which a tls:\/\/ server URL/) as unknown,
    });
  });
});
