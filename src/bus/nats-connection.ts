// The connection settings turned into nats.js options: checked, with nats.js's authenticators
// for a credentials file or an nkey seed. Imports nats.js and node:fs: loaded by the NATS bus and
// by `natsConnectionOptions` on demand, never by the root entry's import graph.
import { readFileSync } from 'node:fs';
import { credsAuthenticator, nkeyAuthenticator, type ConnectionOptions } from 'nats';
import { DEFAULT_NATS_SERVERS, type NatsConnectionSettings } from './connection.js';
import { authenticationProblem } from '../internal/checks.js';
import { BusOptionsError } from './errors.js';

/**
 * nats.js connection options from the settings, named `name`, reconnecting for ever; throws a
 * `BusOptionsError` on conflicting settings (`user` without `pass`, two ways to authenticate).
 */
export function connectionOptions(settings: NatsConnectionSettings, name: string): ConnectionOptions {
  if (typeof settings !== 'object' || settings === null) throw new BusOptionsError('options', 'expected an object');
  const problem = authenticationProblem(settings.user, settings.pass, settings.token, settings.credentialsFile, settings.nkeySeed);
  if (problem === 'user-without-pass') throw new BusOptionsError('user', '`user` and `pass` go together');
  if (problem === 'several-ways') throw new BusOptionsError('token', 'give one way to authenticate: user/pass, token, credentialsFile or nkeySeed');
  const connection: ConnectionOptions = { name, maxReconnectAttempts: -1, reconnectTimeWait: 1_000 };
  connection.servers = settings.servers ?? DEFAULT_NATS_SERVERS;
  if (settings.user !== undefined) {
    connection.user = settings.user;
    connection.pass = settings.pass!;
  }
  if (settings.token !== undefined) connection.token = settings.token;
  if (settings.credentialsFile !== undefined) {
    const file = settings.credentialsFile;
    connection.authenticator = credsAuthenticator(() => new Uint8Array(readFileSync(file)));
  }
  if (settings.nkeySeed !== undefined) connection.authenticator = nkeyAuthenticator(new TextEncoder().encode(settings.nkeySeed));
  if (settings.tls !== undefined) connection.tls = settings.tls;
  Object.assign(connection, settings.connection);
  return connection;
}
