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

/**
 * The servers of a connection as a message shows them: each without credentials, comma-separated;
 * `fallback` when none was given (nats.js's default).
 */
export function serversText(servers: string | readonly string[] | undefined, fallback = '127.0.0.1:4222'): string {
  if (servers === undefined || servers.length === 0) return fallback;
  return typeof servers === 'string' ? serverWithoutCredentials(servers) : servers.map(serverWithoutCredentials).join(',');
}

/**
 * `text` (a message that may quote server URLs, e.g. nats.js's) without the `user:password@` of
 * the URLs it quotes, as far as it can tell where one ends: for the servers themselves use
 * `serversText`, which knows.
 */
export function withoutCredentials(text: string): string {
  return text.replace(/(^|[\s,(]|\/\/)[^\s,@/()]*@/gu, '$1');
}
