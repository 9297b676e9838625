// How to reach NATS: the connection settings every NATS user of the SDK takes (the bus, the stats
// service's counter store, the CLI), checked and turned into nats.js options in one place.
import { readFileSync } from 'node:fs';
import { credsAuthenticator, nkeyAuthenticator, type ConnectionOptions, type TlsOptions } from 'nats';
import { BusOptionsError } from './errors.js';

/** Where the SDK connects to NATS when no server is given. */
export const DEFAULT_NATS_SERVERS = 'nats://127.0.0.1:4222';

/** How to reach and authenticate to NATS: one way to authenticate at most. */
export interface NatsConnectionSettings {
  /**
   * The NATS servers to connect to.
   * @default DEFAULT_NATS_SERVERS ('nats://127.0.0.1:4222')
   * @example ['nats://nats-0.mayastor:4222', 'nats://nats-1.mayastor:4222']
   */
  servers?: string | string[];
  /** User name, with `pass`. @default undefined */
  user?: string;
  /** Password, with `user`. @default undefined */
  pass?: string;
  /** Authentication token. @default undefined */
  token?: string;
  /** Path of a NATS credentials (`.creds`) file: JWT + nkey seed. @default undefined */
  credentialsFile?: string;
  /** An nkey seed (`SU…`) to authenticate with. @default undefined */
  nkeySeed?: string;
  /**
   * TLS: CA, client certificate and key (files or PEM text).
   * @default undefined (TLS only when the server requires it)
   */
  tls?: TlsOptions;
  /**
   * Any other nats.js connection option; applied last.
   * @default {}
   */
  connection?: Partial<ConnectionOptions>;
}

/**
 * nats.js connection options from the settings, named `name`, reconnecting for ever; throws a
 * `BusOptionsError` on conflicting settings (`user` without `pass`, two ways to authenticate).
 */
export function natsConnectionOptions(settings: NatsConnectionSettings, name: string): ConnectionOptions {
  if (typeof settings !== 'object' || settings === null) throw new BusOptionsError('options', 'expected an object');
  if ((settings.user === undefined) !== (settings.pass === undefined)) throw new BusOptionsError('user', '`user` and `pass` go together');
  const ways = [settings.user !== undefined, settings.token !== undefined, settings.credentialsFile !== undefined, settings.nkeySeed !== undefined];
  if (ways.filter(Boolean).length > 1) {
    throw new BusOptionsError('token', 'give one way to authenticate: user/pass, token, credentialsFile or nkeySeed');
  }
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
