// How the SDK names NATS servers in what it prints and in its errors' messages: as given, less
// any `user:password@` in their URLs (messages end up in logs and, for the stats service, in
// what its HTTP port answers; the error's cause keeps nats.js's own account).

/**
 * A server URL without its credentials: everything between the scheme's `//` (or the start) and
 * the last `@` goes. The last, so that a password holding a raw `@`, `/` or space is cut whole
 * (nats.js, as URL parsers do, reads the host after the last `@`); an `@` further on, in a
 * path or query no NATS URL needs, costs what comes before it, never a secret.
 */
export function serverWithoutCredentials(server: string): string {
  const at = server.lastIndexOf('@');
  if (at === -1) return server;
  const scheme = server.indexOf('//');
  return (scheme !== -1 && scheme < at ? server.slice(0, scheme + 2) : '') + server.slice(at + 1);
}

/** How a URL with a scheme begins (after any spaces). */
const SCHEMED = /^\s*[A-Za-z][A-Za-z0-9+.-]*:\/\//u;

/**
 * Whether the parts of a comma-separated server string may have been cut inside a password or
 * token: a part after the first holds an `@` without a scheme before it (`nats://u:pa,ss@h` is
 * `nats://u:pa` and `ss@h`).
 */
export function commaMayCutCredentials(parts: readonly string[]): boolean {
  return parts.slice(1).some((part) => part.includes('@') && !SCHEMED.test(part));
}

/**
 * The servers of a connection as a message shows them: each without credentials, comma-separated;
 * `fallback` when none was given (nats.js's default). A comma-separated string is shown server by
 * server, as it is read (src/internal/server-urls.ts), unless a part after the first holds an `@`
 * without a scheme before it: then a `,` may stand in a password, and the string is cut as one
 * URL (through its last `@`), so that no half of a password is shown.
 */
export function serversText(servers: string | readonly string[] | undefined, fallback = '127.0.0.1:4222'): string {
  if (servers === undefined || servers.length === 0) return fallback;
  if (typeof servers !== 'string') return servers.map(serverWithoutCredentials).join(',');
  const parts = servers.split(',');
  if (commaMayCutCredentials(parts)) return serverWithoutCredentials(servers);
  return parts.map(serverWithoutCredentials).join(',');
}

/**
 * `text` (a message that may quote server URLs, e.g. nats.js's) without the `user:password@` of
 * the URLs it quotes, as far as it can tell where one ends: for the servers themselves use
 * `serversText`, which knows.
 */
export function withoutCredentials(text: string): string {
  return text.replace(/(^|[\s,(]|\/\/)[^\s,@/()]*@/gu, '$1');
}
