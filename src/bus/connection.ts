// How to reach NATS: the connection settings every NATS user of the SDK takes (the bus, the stats
// service's counter store, the CLI). Checking them and turning them into nats.js options needs
// nats.js (its authenticators) and node:fs (a credentials file): that is nats-connection.ts,
// loaded on demand, so that the root entry loads neither.
import type { ConnectionOptions, TlsOptions } from 'nats';

/** Where the SDK connects to NATS when no server is given. */
export const DEFAULT_NATS_SERVERS = 'nats://127.0.0.1:4222';

/** How to reach and authenticate to NATS: one way to authenticate at most. */
export interface NatsConnectionSettings {
  /**
   * The NATS servers to connect to: `nats://host:port`, `tls://…`, `host:port`, `[::1]:4222`
   * (port 4222 when none); several as an array or in one comma-separated string. `user:pass@` or
   * `token@` before the host (percent-encoded) authenticate the connection, as `user`/`pass` or
   * `token` would; a URL nats.js would not read to its host and port is refused with a
   * `BusOptionsError`.
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
   * @default undefined (TLS when a server is given as `tls://`, which then every server must offer; otherwise only when the server requires it)
   */
  tls?: TlsOptions;
  /**
   * Any other nats.js connection option; applied last, over the options made from the settings
   * above. Its `servers`, when given, replace `servers` and are read as they are (refused, or
   * rewritten to `scheme://host:port`, credentials moved to `user`/`pass`/`token`, `tls://`
   * requiring TLS); its `user`, `pass`, `token` or `authenticator` beside credentials in a URL
   * are refused.
   * @default {}
   */
  connection?: Partial<ConnectionOptions>;
}

/**
 * nats.js connection options from the settings, named `name`, reconnecting for ever; rejects
 * with a `BusOptionsError` on conflicting settings (`user` without `pass`, two ways to
 * authenticate). The server URLs (`servers`, or `connection.servers` when given) are read by the
 * SDK: refused with a `BusOptionsError` when nats.js would not read them to the host and port
 * they name, otherwise rewritten to `scheme://host:port` (a path, query or fragment dropped), their
 * credentials moved to `user`/`pass` or `token`, and `tls://` making the connection require TLS
 * (`tls: {}` when no `tls` is given). Asynchronous because it loads nats.js (for the
 * authenticators) on first use.
 *
 * @example
 * const nc = await connect(await natsConnectionOptions({ servers: 'nats://mayastor-nats:4222' }, 'my-service'));
 */
export async function natsConnectionOptions(settings: NatsConnectionSettings, name: string): Promise<ConnectionOptions> {
  const { connectionOptions } = await import('./nats-connection.js');
  return connectionOptions(settings, name);
}
