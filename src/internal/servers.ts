// How the SDK names NATS servers in what it prints and in its errors' messages: as given, less
// any `user:password@` in their URLs (messages end up in logs; the cause keeps the rest).

/** `text` without the `user:password@` of the server URLs it quotes. */
export function withoutCredentials(text: string): string {
  return text.replace(/(^|[\s,(]|\/\/)[^\s,@/()]*@/gu, '$1');
}

/** The servers of a connection as a message shows them: comma-separated, without credentials. */
export function serversText(servers: string | readonly string[] | undefined, fallback = '127.0.0.1:4222'): string {
  if (servers === undefined) return fallback;
  return withoutCredentials(typeof servers === 'string' ? servers : servers.join(','));
}
