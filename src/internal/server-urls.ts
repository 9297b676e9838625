// How the SDK reads the NATS server URLs it is given, once for every way it connects (the bus,
// the stats store, the CLI). nats.js 2.29 reads host and port with patterns of its own: any `[`
// or `::` in the text makes it an IPv6 literal and the port is lost, so `nats://u:pa[ss@h:1` or
// `nats://h:1/[` dials h:4222 (another server, maybe another NATS, with the user's credentials).
// And it ignores the user and password of a URL. So each server is read here as a WHATWG URL and
// handed to nats.js as `scheme://host:port` (the form it reads to the same host and port; a path,
// query or fragment dropped), its credentials taken out for the connection's `user`/`pass` or
// `token`; what cannot be read so is refused with a reason, never dialled somewhere else. nats.js
// also reads no meaning into `tls://`: against a server without TLS it connects in plain text, so
// the reading says when a server is `tls://`, for the connection to require TLS.
import { commaMayCutCredentials, serverWithoutCredentials } from './servers.js';
import { escapeUnprintable } from './printable.js';

/** The port nats.js dials when a server URL names none. */
export const DEFAULT_NATS_PORT = 4222;

/** The credentials a server URL carries: `user:pass@host` or `token@host` (percent-decoded). */
export type UrlCredentials = { readonly kind: 'user'; readonly user: string; readonly pass: string } | { readonly kind: 'token'; readonly token: string };

/** One server URL as read: what to hand nats.js, where it leads, and its credentials (a path, query or fragment is dropped). */
export interface NatsServerAddress {
  /** `scheme://host:port` (no scheme when none was given): nats.js reads it to `host` and `port`. */
  readonly server: string;
  /** The host as nats.js reads it (as an http URL's host): a name, an IPv4 address (an IPv4-mapped IPv6 one too), or an IPv6 address in brackets. */
  readonly host: string;
  readonly port: number;
  readonly credentials: UrlCredentials | undefined;
}

/**
 * The servers as read: to hand nats.js, with the one set of credentials they carry and whether
 * any is `tls://` (the connection must then require TLS, which nats.js alone does not do for a
 * `tls://` URL); or why not.
 */
export type NatsServersReading =
  | {
      readonly servers: string[];
      /** The servers as given (a comma-separated string split, each trimmed): to name them in messages, without their credentials. */
      readonly given: string[];
      readonly credentials: UrlCredentials | undefined;
      readonly tls: boolean;
    }
  | { readonly problem: string };

/** The schemes nats.js (over TCP, as the SDK uses it) takes; it reads no meaning into either (the SDK makes `tls://` require TLS). */
const SCHEMES = new Set(['nats', 'tls']);

/** How a `tls://` server begins as read (the scheme in lower case). */
const TLS_PREFIX = 'tls://';

/** The characters a URL parser drops wherever they stand (`nats://h:1\n2` is port 12): refused, never removed. */
const DROPPED = /[\t\n\r]/u;

/** How to write a character of a user name or password that a URL would read otherwise. */
const ENCODE_HINT = 'percent-encode what a user name or password holds of `@ : / ? # [ ] % ,` (`[` as %5B, `%` as %25, `,` as %2C)';

/** How a URL with a scheme begins. */
const SCHEMED = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//u;

/**
 * Why a comma-separated string whose part after the first holds an `@` without `scheme://` is
 * refused: it is a password (or token) with a `,`, cut in two (`nats://u:pa,ss@h`: a server
 * `nats://u:pa`, which would dial host u, and `ss@h`), or a server without a scheme carrying
 * credentials in a list; which, cannot be told. No part is quoted: they hold credentials.
 */
const AMBIGUOUS_COMMA =
  'a server after a `,` holds an `@` without `nats://` or `tls://` before it: a `,` in a user name, password or token splits the servers there; write a `,` in a password as %2C (or put nats:// before each server)';

/**
 * Reads one server URL (`nats://host:port`, `tls://…`, `host:port`, `[::1]:4222`, a bare IPv6
 * address; `user:pass@` or `token@` before the host, percent-encoded); `problem` says what is
 * wrong and how to write it.
 */
export function readNatsServer(text: string): NatsServerAddress | { problem: string } {
  const given = text.trim();
  const refuse = (why: string): { problem: string } => ({ problem: `server "${escapeUnprintable(serverWithoutCredentials(given))}": ${why}` });
  if (given === '') return { problem: 'an empty server URL: expected one such as nats://127.0.0.1:4222' };
  if (DROPPED.test(given)) return refuse(`holds a tab or a line break, which a URL parser drops; ${ENCODE_HINT}`);

  const schemed = SCHEMED.exec(given);
  const scheme = schemed?.[1]!.toLowerCase();
  if (scheme === 'ws' || scheme === 'wss') return refuse(`${scheme}:// is a websocket server, which nats.js over TCP does not speak: give the server's NATS port (nats://host:4222)`);
  if (scheme !== undefined && !SCHEMES.has(scheme)) return refuse(`unknown scheme ${scheme}://: expected nats:// or tls://`);
  const rest = schemed === null ? given : given.slice(schemed[0].length);
  const prefix = scheme === undefined ? '' : `${scheme}://`;
  // Without `scheme://` the text is `host:port`: a URL parser would take what comes before a `/`
  // for the host, so `nats:/h:1` (a typo for `nats://h:1`) dials a host called nats, port 4222.
  if (scheme === undefined && /[/?#]/u.test(given)) {
    const typed = /^(nats|tls)(?=[:/])/iu.exec(given)?.[1]!.toLowerCase() ?? 'nats';
    return refuse(`a \`/\`, \`?\` or \`#\` without \`nats://\` or \`tls://\` before the host: did you mean ${typed}://…? (if a user name or password holds these, ${ENCODE_HINT})`);
  }

  // A bare IPv6 address (`::1`), which nats.js takes without a port: the default port.
  if (!/[[\]@/?#]/u.test(rest) && (rest.match(/:/gu)?.length ?? 0) >= 2) {
    const host = ipv4Unmapped(parse(`nats://[${rest}]`)?.hostname);
    if (host === undefined) return refuse('not an IPv6 address; write an IPv6 address in brackets, with its port: nats://[::1]:4222');
    return { server: `${prefix}${host}:${DEFAULT_NATS_PORT}`, host, port: DEFAULT_NATS_PORT, credentials: undefined };
  }

  // After `scheme://`, a path, query or fragment means nothing to NATS (nats.js and the Go client
  // ignore them), and is ignored; but an `@` there is most likely a password's raw `/`, `?` or `#` before it: the
  // URL would name the wrong host.
  const authority = rest.split(/[/?#]/u, 1)[0]!;
  if (rest.slice(authority.length).includes('@')) {
    return refuse(`an \`@\` after the host's \`/\`, \`?\` or \`#\`: if a user name or password holds these, ${ENCODE_HINT}`);
  }
  const url = parse(`${scheme ?? 'nats'}://${rest}`);
  if (url === undefined) {
    const several = given.includes(',') ? '; several servers are given as an array, or as one comma-separated string' : '';
    return refuse(`not a URL of the form nats://host:port; ${ENCODE_HINT}${several}`);
  }
  if (url.hostname === '') return refuse('no host: expected one such as nats://127.0.0.1:4222');
  // nats.js reads the host as an http URL's (lower case, IDNA, IPv4 in full): handed so read.
  const host = ipv4Unmapped(parse(`http://${url.hostname}`)?.hostname);
  if (host === undefined) return refuse(`"${escapeUnprintable(url.hostname)}" is not a host name or IP address`);
  const port = url.port === '' ? DEFAULT_NATS_PORT : Number(url.port);
  if (port === 0) return refuse('port 0: expected a port from 1 to 65535');

  const credentials = urlCredentials(authority, url);
  if (typeof credentials === 'string') return refuse(credentials);
  return { server: `${prefix}${host}:${port}`, host, port, credentials };
}

/**
 * Reads the servers of a connection (one URL, several in one comma-separated string as nats.go
 * and the nats CLI take them, or an array of URLs); their credentials become the
 * connection's, which nats.js sends to every server it dials (the ones a cluster announces too):
 * the URLs that carry credentials must carry the same. A `tls://` server makes the connection
 * require TLS, of every server it dials (nats.js has one TLS setting for a connection, as for
 * credentials): of a `nats://` one beside it too, rather than letting the `tls://` one go without.
 */
export function readNatsServers(servers: unknown): NatsServersReading {
  const list: unknown[] | { problem: string } = typeof servers === 'string' ? commaSeparated(servers) : Array.isArray(servers) ? servers : [servers];
  if (!Array.isArray(list)) return list;
  if (list.some((server) => typeof server !== 'string')) return { problem: 'expected a server URL (a string) or an array of them' };
  const read: string[] = [];
  let credentials: UrlCredentials | undefined;
  let carrier = 0;
  let tls = false;
  for (const [index, text] of (list as string[]).entries()) {
    const address = readNatsServer(text);
    if ('problem' in address) return { problem: list.length > 1 ? `${address.problem} (server ${index + 1} of ${list.length})` : address.problem };
    read.push(address.server);
    if (address.server.startsWith(TLS_PREFIX)) tls = true;
    if (address.credentials === undefined) continue;
    if (credentials === undefined) {
      credentials = address.credentials;
      carrier = index + 1;
    } else if (!sameCredentials(credentials, address.credentials)) {
      return {
        problem: `servers ${carrier} and ${index + 1} carry different credentials: a connection has one set, which nats.js sends to every server it dials; give the same in each URL`,
      };
    }
  }
  return { servers: read, given: (list as string[]).map((server) => server.trim()), credentials, tls };
}

/** The servers of a comma-separated string, each trimmed, none empty; refused when a `,` may cut a password (see `AMBIGUOUS_COMMA`). */
function commaSeparated(text: string): string[] | { problem: string } {
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0) return { problem: 'expected a server URL such as nats://127.0.0.1:4222' };
  if (commaMayCutCredentials(parts)) return { problem: AMBIGUOUS_COMMA };
  return parts;
}

/** The way to authenticate that URL credentials are, in words (for a message refusing a second way). */
export function credentialsKind(credentials: UrlCredentials): string {
  return credentials.kind === 'user' ? 'a user and password' : 'a token';
}

/**
 * An IPv4-mapped IPv6 host (`[::ffff:127.0.0.1]`, which the URL parser writes `[::ffff:7f00:1]`)
 * as its IPv4 address, as nats.js 2.29 alone maps it: dialled over IPv6 it fails where IPv6 is
 * disabled. Any other host as it is.
 */
function ipv4Unmapped(host: string | undefined): string | undefined {
  const mapped = /^\[::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})\]$/u.exec(host ?? '');
  if (mapped === null) return host;
  const [high, low] = [Number.parseInt(mapped[1]!, 16), Number.parseInt(mapped[2]!, 16)];
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
}

function parse(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/**
 * The credentials before the host (in `authority`, the text up to the first `/ ? #`): `user:pass`
 * (with a colon) or a token (without); undefined when there is no `@`; a string says what is
 * wrong. The URL parser splits them from the host at the last `@` of the authority, the user from
 * the password at the first `:`, and percent-encodes both: decoded here.
 */
function urlCredentials(authority: string, url: URL): UrlCredentials | undefined | string {
  const at = authority.lastIndexOf('@');
  if (at === -1) return undefined;
  const user = decoded(url.username);
  const pass = decoded(url.password);
  if (user === undefined || pass === undefined) return `a \`%\` in the user name or password that is not a %XX escape of UTF-8: write \`%\` as %25`;
  if (!authority.slice(0, at).includes(':')) {
    if (user === '') return 'an empty token before `@`: give one (nats://token@host:4222), or no `@`';
    return { kind: 'token', token: user };
  }
  if (user === '') return 'a password without a user name: nats://user:password@host:4222';
  return { kind: 'user', user, pass };
}

function decoded(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

function sameCredentials(a: UrlCredentials, b: UrlCredentials): boolean {
  if (a.kind === 'token') return b.kind === 'token' && a.token === b.token;
  return b.kind === 'user' && a.user === b.user && a.pass === b.pass;
}
