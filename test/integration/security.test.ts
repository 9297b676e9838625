// A server with authentication and TLS: the bus connects with the right credentials and fails
// with a clear, typed error with the wrong ones.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nkeyAuthenticator, nkeys } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BusConnectionError } from '../../src/bus/errors.js';
import { connectEventBus, type EventBusOptions } from '../../src/bus/connect.js';
import { createEvent } from '../../src/events.js';
import { waitFor } from '../support/bus-behaviour.js';
import { startNatsServer, type NatsServer } from '../support/nats-server.js';
import { makeTestCertificates, type TestCertificates } from '../support/nats-tls.js';

let certs: TestCertificates;
let secure: NatsServer;
let tokenServer: NatsServer;
let nkeyServer: NatsServer;
const user = nkeys.createUser();
const seed = new TextDecoder().decode(user.getSeed());

beforeAll(async () => {
  certs = makeTestCertificates();
  const tls = { caFile: certs.ca, certFile: certs.clientCert, keyFile: certs.clientKey };
  secure = await startNatsServer({
    args: () => ['--user', 'alice', '--pass', 's3cret', '--tls', '--tlscert', certs.serverCert, '--tlskey', certs.serverKey, '--tlsverify', '--tlscacert', certs.ca],
    probe: { user: 'alice', pass: 's3cret', tls },
  });
  tokenServer = await startNatsServer({ args: () => ['--auth', 'let-me-in'], probe: { token: 'let-me-in' } });
  const config = join(certs.dir, 'nkey.conf');
  writeFileSync(config, `authorization { users = [ { nkey: "${user.getPublicKey()}" } ] }\n`);
  nkeyServer = await startNatsServer({ args: () => ['-c', config], probe: nkeyProbe() });
});

afterAll(async () => {
  await secure?.dispose();
  await tokenServer?.dispose();
  await nkeyServer?.dispose();
  certs?.dispose();
});

function nkeyProbe(): EventBusOptions['connection'] {
  return { authenticator: nkeyAuthenticator(new TextEncoder().encode(seed)) };
}

async function roundTrip(options: EventBusOptions): Promise<void> {
  const bus = await connectEventBus({ ...options, connection: { reconnect: false, timeout: 2_000 } });
  try {
    const seen: string[] = [];
    await bus.subscribe({ 'volume.create': (event) => void seen.push(event.target) });
    await bus.publish(createEvent('volume.create', { target: 'secure' }));
    await waitFor(() => seen.length === 1);
  } finally {
    await bus.close();
  }
}

async function failure(options: EventBusOptions): Promise<BusConnectionError> {
  const error = await connectEventBus({ ...options, connection: { reconnect: false, timeout: 2_000 } }).then(
    async (bus) => {
      await bus.close();
      return undefined;
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BusConnectionError);
  return error as BusConnectionError;
}

describe('security', () => {
  it('tls + user/password - the bus connects with a client certificate and the right credentials', async () => {
    await roundTrip({
      servers: secure.url,
      user: 'alice',
      pass: 's3cret',
      tls: { caFile: certs.ca, certFile: certs.clientCert, keyFile: certs.clientKey },
    });
  });

  it('tls + user/password - a wrong password is a BusConnectionError naming the authorization failure', async () => {
    const error = await failure({
      servers: secure.url,
      user: 'alice',
      pass: 'wrong',
      tls: { caFile: certs.ca, certFile: certs.clientCert, keyFile: certs.clientKey },
    });
    expect(error.message).toMatch(/cannot connect to NATS at .*: .*authorization/i);
  });

  it('tls - no client certificate is a BusConnectionError', async () => {
    await failure({ servers: secure.url, user: 'alice', pass: 's3cret', tls: { caFile: certs.ca } });
  });

  it('tls - a server certificate from an unknown CA is a BusConnectionError', async () => {
    const other = makeTestCertificates();
    try {
      await failure({ servers: secure.url, user: 'alice', pass: 's3cret', tls: { caFile: other.ca, certFile: certs.clientCert, keyFile: certs.clientKey } });
    } finally {
      other.dispose();
    }
  });

  it('token - the right token connects, a wrong one is a BusConnectionError', async () => {
    await roundTrip({ servers: tokenServer.url, token: 'let-me-in' });
    const error = await failure({ servers: tokenServer.url, token: 'nope' });
    expect(error.message).toMatch(/authorization/i);
  });

  it('nkey - the right seed connects, another one is a BusConnectionError', async () => {
    await roundTrip({ servers: nkeyServer.url, nkeySeed: seed });
    const stranger = new TextDecoder().decode(nkeys.createUser().getSeed());
    await failure({ servers: nkeyServer.url, nkeySeed: stranger });
  });

  it('options - two ways to authenticate at once are refused', async () => {
    await expect(connectEventBus({ servers: tokenServer.url, token: 'let-me-in', nkeySeed: seed })).rejects.toThrow(/one way to authenticate/);
  });
});
