// The connection settings turned into nats.js options: checked, with nats.js's authenticators
// for a credentials file or an nkey seed. Imports nats.js and node:fs: loaded by the NATS bus and
// by `natsConnectionOptions` on demand, never by the root entry's import graph.
import { readFileSync } from 'node:fs';
import { credsAuthenticator, nkeyAuthenticator, type ConnectionOptions } from 'nats';
import { DEFAULT_NATS_SERVERS, type NatsConnectionSettings } from './connection.js';
import { authenticationProblem } from '../internal/checks.js';
import { credentialsKind, readNatsServers } from '../internal/server-urls.js';
import { BusOptionsError } from './errors.js';

/**
 * nats.js connection options from the settings, named `name`, reconnecting for ever; throws a
 * `BusOptionsError` on conflicting settings (`user` without `pass`, two ways to authenticate) and
 * on a server URL nats.js would not read to the host and port it names (see `readNatsServers`).
 * A URL's `user:pass@` or `token@` becomes the connection's `user`/`pass` or `token`; `tls://`
 * servers make the connection require TLS (`tls: {}` when `tls` is not given).
 */
export function connectionOptions(settings: NatsConnectionSettings, name: string): ConnectionOptions {
  if (typeof settings !== 'object' || settings === null) throw new BusOptionsError('options', 'expected an object');
  const problem = authenticationProblem(settings.user, settings.pass, settings.token, settings.credentialsFile, settings.nkeySeed);
  if (problem === 'user-without-pass') throw new BusOptionsError('pass', 'missing, while `user` is given (the two go together)');
  if (problem === 'pass-without-user') throw new BusOptionsError('user', 'missing, while `pass` is given (the two go together)');
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
  useServers(connection, settings.connection?.servers !== undefined ? 'connection.servers' : 'servers');
  return connection;
}

/**
 * `connection.servers` replaced by what nats.js reads to the hosts and ports they name, and the
 * credentials of their URLs (nats.js ignores them) made the connection's: a second way to
 * authenticate beside them is refused, as two ways in the settings are. `tls://` servers require
 * TLS: nats.js ignores the scheme and connects in plain text to a server that does not require
 * TLS, unless `tls` is set (then it refuses a server without TLS, and upgrades on one that offers it).
 */
function useServers(connection: ConnectionOptions, option: string): void {
  if (connection.servers === undefined) return; // `connection: { servers: undefined }`: nats.js's default
  const reading = readNatsServers(connection.servers);
  if ('problem' in reading) throw new BusOptionsError(option, reading.problem);
  connection.servers = reading.servers;
  if (reading.tls) {
    if (connection.tls === null) throw new BusOptionsError(option, 'tls:// servers require TLS, while `connection.tls` is null (never TLS): write nats:// for a connection without TLS');
    connection.tls ??= {};
  }
  const credentials = reading.credentials;
  if (credentials === undefined) return;
  const other = (['user', 'pass', 'token', 'authenticator'] as const).find((key) => connection[key] !== undefined);
  if (other !== undefined) {
    const named = other === 'authenticator' ? '`credentialsFile`, `nkeySeed` or `connection.authenticator`' : `\`${other}\``;
    throw new BusOptionsError(option, `a server URL carries ${credentialsKind(credentials)} while ${named} is given too: give one way to authenticate`);
  }
  if (credentials.kind === 'token') connection.token = credentials.token;
  else {
    connection.user = credentials.user;
    connection.pass = credentials.pass;
  }
}


/**
 * `connection` made to give up as soon as `signal` aborts: nats.js asks its delay handler before
 * each dial (also while it waits for a first server with `waitOnFirstConnect`), and a handler
 * that throws ends the dial loop, so that an aborted connect leaves no client dialling on.
 */
export function abortableConnection(connection: ConnectionOptions, signal: AbortSignal, aborted: () => Error): ConnectionOptions {
  const given = connection.reconnectDelayHandler;
  return {
    ...connection,
    reconnectDelayHandler: () => {
      if (signal.aborted) throw aborted();
      if (given !== undefined) return given();
      // nats.js's own default: the wait plus a random jitter (larger with TLS).
      const jitter = connection.tls ? (connection.reconnectJitterTLS ?? 1_000) : (connection.reconnectJitter ?? 100);
      return (connection.reconnectTimeWait ?? 2_000) + Math.floor(Math.random() * jitter);
    },
  };
}
