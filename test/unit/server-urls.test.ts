// Server URLs are read once (src/internal/server-urls.ts) and handed to nats.js in a form it reads
// to the host and port they name: nats.js 2.29 takes any `[` or `::` for an IPv6 literal and then
// dials port 4222, whatever the URL says, and it ignores a URL's user and password.
import { hostPort } from 'nats/lib/nats-base-client/servers.js';
import { describe, expect, it } from 'vitest';
import { BusOptionsError, natsConnectionOptions, type NatsConnectionSettings } from 'mayastor-events';
import { readNatsServer, readNatsServers, type UrlCredentials } from '../../src/internal/server-urls.js';

const user = (name: string, pass: string): UrlCredentials => ({ kind: 'user', user: name, pass });

describe('readNatsServer - the host and port a URL names, as nats.js reads the form handed to it', () => {
  it.each<[string, string, string, number, UrlCredentials | undefined]>([
    // given, handed to nats.js, host, port, credentials
    ['nats://u:pa[ss@127.0.0.1:1', 'nats://127.0.0.1:1', '127.0.0.1', 1, user('u', 'pa[ss')],
    ['nats://u:pa]ss@127.0.0.1:1', 'nats://127.0.0.1:1', '127.0.0.1', 1, user('u', 'pa]ss')],
    ['nats://u:p%5Bss@127.0.0.1:1', 'nats://127.0.0.1:1', '127.0.0.1', 1, user('u', 'p[ss')],
    ['nats://u:p@ss@h:1', 'nats://h:1', 'h', 1, user('u', 'p@ss')],
    ['nats://u:p:ss@h:1', 'nats://h:1', 'h', 1, user('u', 'p:ss')],
    ['nats://u:p%2Fs%3Fs%23@h:1', 'nats://h:1', 'h', 1, user('u', 'p/s?s#')],
    ['nats://u:100%25@h:1', 'nats://h:1', 'h', 1, user('u', '100%')],
    ['nats://a%40b:c@h:1', 'nats://h:1', 'h', 1, user('a@b', 'c')],
    ['nats://u:p w,x(y@h:1', 'nats://h:1', 'h', 1, user('u', 'p w,x(y')],
    ['nats://u:p\\s\u001bs@h:1', 'nats://h:1', 'h', 1, user('u', 'p\\s\u001bs')],
    ['nats://u:@h:1', 'nats://h:1', 'h', 1, user('u', '')],
    ['nats://s3cr3t@h:1', 'nats://h:1', 'h', 1, { kind: 'token', token: 's3cr3t' }],
    ['nats://127.0.0.1:4222', 'nats://127.0.0.1:4222', '127.0.0.1', 4222, undefined],
    // A path, query or fragment means nothing to NATS: dropped (nats.js alone dials 4222 for the `[` ones).
    ['nats://h:4222/', 'nats://h:4222', 'h', 4222, undefined],
    ['nats://127.0.0.1:1?x=[', 'nats://127.0.0.1:1', '127.0.0.1', 1, undefined],
    ['nats://localhost:1/[', 'nats://localhost:1', 'localhost', 1, undefined],
    ['nats://127.0.0.1:1/abc#x', 'nats://127.0.0.1:1', '127.0.0.1', 1, undefined],
    ['nats://127.0.0.1:1/\u202eevil\u001b[2J', 'nats://127.0.0.1:1', '127.0.0.1', 1, undefined],
    ['nats://u:p@127.0.0.1:1/::', 'nats://127.0.0.1:1', '127.0.0.1', 1, user('u', 'p')],
    ['nats://h:1\u001b', 'nats://h:1', 'h', 1, undefined], // a URL parser drops a trailing control, nats.js too
    ['nats://mayastor-nats', 'nats://mayastor-nats:4222', 'mayastor-nats', 4222, undefined],
    ['  NATS://Mayastor-NATS:80 ', 'nats://mayastor-nats:80', 'mayastor-nats', 80, undefined],
    ['127.0.0.1:5222', '127.0.0.1:5222', '127.0.0.1', 5222, undefined],
    ['localhost', 'localhost:4222', 'localhost', 4222, undefined],
    ['u:p[w@localhost:5', 'localhost:5', 'localhost', 5, user('u', 'p[w')],
    ['tls://h:7422', 'tls://h:7422', 'h', 7422, undefined],
    ['tls://tok@h', 'tls://h:4222', 'h', 4222, { kind: 'token', token: 'tok' }],
    ['nats://127.1:7', 'nats://127.0.0.1:7', '127.0.0.1', 7, undefined],
    ['nats://bücher.example:7', 'nats://xn--bcher-kva.example:7', 'xn--bcher-kva.example', 7, undefined],
    ['nats://[::1]:4223', 'nats://[::1]:4223', '[::1]', 4223, undefined],
    ['nats://[::1]', 'nats://[::1]:4222', '[::1]', 4222, undefined],
    ['[::1]:4223', '[::1]:4223', '[::1]', 4223, undefined],
    ['nats://u:p[1]@[::1]:4223', 'nats://[::1]:4223', '[::1]', 4223, user('u', 'p[1]')],
    // IPv4-mapped IPv6: handed as the IPv4 address (nats.js alone maps it so), dialled where IPv6 is disabled too.
    ['nats://[::ffff:127.0.0.1]:9', 'nats://127.0.0.1:9', '127.0.0.1', 9, undefined],
    ['nats://[::FFFF:10.1.2.3]', 'nats://10.1.2.3:4222', '10.1.2.3', 4222, undefined],
    ['nats://[::ffff:c0a8:102]:9', 'nats://192.168.1.2:9', '192.168.1.2', 9, undefined],
    ['[0:0:0:0:0:ffff:7f00:1]:9', '127.0.0.1:9', '127.0.0.1', 9, undefined],
    ['::ffff:127.0.0.1', '127.0.0.1:4222', '127.0.0.1', 4222, undefined],
    ['nats://[::ffff:1:7f00:1]:9', 'nats://[::ffff:1:7f00:1]:9', '[::ffff:1:7f00:1]', 9, undefined], // not IPv4-mapped
    ['nats://[2001:DB8::1]:9', 'nats://[2001:db8::1]:9', '[2001:db8::1]', 9, undefined],
    ['::1', '[::1]:4222', '[::1]', 4222, undefined], // a bare IPv6 address: nats.js takes it, without a port
    ['nats://fe80::1', 'nats://[fe80::1]:4222', '[fe80::1]', 4222, undefined],
  ])('%j is handed as %j: %s port %i', (given, handed, host, port, credentials) => {
    expect(readNatsServer(given)).toEqual({ server: handed, host, port, credentials });
    // nats.js's own reading of what it is handed: the same host and port.
    const read = hostPort(handed);
    expect(read.port).toBe(port);
    expect(read.hostname).toBe(host.replace(/^\[(.*)\]$/u, '$1'));
  });

  it.each<[string, RegExp]>([
    // Without `scheme://`, a `/`, `?` or `#` is refused: a URL parser reads `nats:/h:1` as host nats, port 4222.
    ['nats:/h:1', /without `nats:\/\/` or `tls:\/\/` before the host: did you mean nats:\/\/…\?/],
    ['nats//h:1', /did you mean nats:\/\/…\?/],
    ['nats:/10.0.0.5:4223', /did you mean nats:\/\/…\?/],
    ['NATS:/h:1', /did you mean nats:\/\/…\?/],
    ['tls:/h:1', /did you mean tls:\/\/…\?/],
    ['h:1/', /did you mean nats:\/\/…\?/],
    ['h:1?x', /did you mean nats:\/\/…\?/],
    ['h:1#x', /did you mean nats:\/\/…\?/],
    ['u:pa/ss@h:1', /did you mean nats:\/\/…\?.*percent-encode/],
    ['nats://u:1/ss@h:1', /an `@` after the host's.*percent-encode.*`,` as %2C/], // a raw / in a password: the URL names host u
    ['nats://u:1?ss@h:1', /an `@` after the host's/],
    ['nats://u:1#ss@h:1', /an `@` after the host's/],
    ['nats://u:pa/ss@h:1', /an `@` after the host's/],
    ['nats://u:p#ss@h:1', /an `@` after the host's/],
    ['nats://u:100%@h:1', /write `%` as %25/],
    ['nats://u:%FF@h:1', /not a %XX escape of UTF-8/],
    ['nats://h:1\n2', /a tab or a line break/], // a URL parser drops the newline: port 12
    ['nats://h\t:1', /a tab or a line break/],
    ['nats://u:p\rw@h:1', /a tab or a line break/],
    ['nats://h\u001b:1', /is not a host name or IP address/],
    ['nats://:p@h:1', /a password without a user name/],
    ['nats://@h:1', /an empty token/],
    ['nats://h:0', /port 0/],
    ['nats://h:65536', /not a URL/],
    ['nats://h:x', /not a URL/],
    ['nats://', /not a URL|no host/],
    ['nats://:4222', /not a URL|no host/],
    ['nats://a:1,nats://b:2', /several servers are given as an array/],
    ['ws://h:8080', /websocket/],
    ['wss://h:443', /websocket/],
    ['http://h:4222', /unknown scheme http:\/\//],
    ['nats://[::1', /not a URL/],
    ['nats://[::1]x:1', /not a URL/],
    ['1::2::3', /not an IPv6 address/],
    ['nats://999.0.0.1:1', /is not a host name or IP address/],
    ['nats://a%zzb:1', /is not a host name or IP address/],
    ['', /an empty server URL/],
    ['   ', /an empty server URL/],
  ])('%j is refused: %s', (given, reason) => {
    const read = readNatsServer(given);
    expect(read).toEqual({ problem: expect.stringMatching(reason) as unknown });
  });

  it('a refusal names the server without its credentials, its non-printing characters escaped', () => {
    const { problem } = readNatsServer('ws://operator:s3cret@127.0.0.1:1/\u202eevil') as { problem: string };
    expect(problem).toMatch(/^server "ws:\/\/127\.0\.0\.1:1\/\\u202eevil": /u);
    expect(problem).not.toMatch(/s3cret|operator|\u202e/u);
    expect((readNatsServer('nats://u:p#ss@h:1') as { problem: string }).problem).not.toContain('p#ss');
    expect((readNatsServer('nats:/operator:s3cret@h:1') as { problem: string }).problem).not.toMatch(/s3cret|operator/);
  });
});

describe('readNatsServers - several servers, one set of credentials', () => {
  it('reads each; the credentials are the connection\'s, carried by any of them', () => {
    expect(readNatsServers(['nats://u:p[w@a:1', 'nats://b:2', 'nats://u:p%5Bw@[::1]:3'])).toEqual({
      servers: ['nats://a:1', 'nats://b:2', 'nats://[::1]:3'],
      given: ['nats://u:p[w@a:1', 'nats://b:2', 'nats://u:p%5Bw@[::1]:3'],
      credentials: user('u', 'p[w'),
      tls: false,
    });
    expect(readNatsServers('nats://a:1')).toEqual({ servers: ['nats://a:1'], given: ['nats://a:1'], credentials: undefined, tls: false });
    expect(readNatsServers([])).toEqual({ servers: [], given: [], credentials: undefined, tls: false });
  });

  it('a comma-separated string is several servers, each trimmed (as nats.go and the nats CLI read it); an array\'s URLs are not split', () => {
    expect(readNatsServers('a.example:1,b.example:2')).toEqual({ servers: ['a.example:1', 'b.example:2'], given: ['a.example:1', 'b.example:2'], credentials: undefined, tls: false });
    expect(readNatsServers(' nats://a:4222 , nats://b:4222,')).toEqual({ servers: ['nats://a:4222', 'nats://b:4222'], given: ['nats://a:4222', 'nats://b:4222'], credentials: undefined, tls: false });
    expect(readNatsServers('nats://u:p@a:1,tls://u:p@b:2')).toMatchObject({ servers: ['nats://a:1', 'tls://b:2'], credentials: user('u', 'p'), tls: true });
    expect(readNatsServers('nats://t@a:1,b:2')).toMatchObject({ servers: ['nats://a:1', 'b:2'], credentials: { kind: 'token', token: 't' } });
    expect(readNatsServers('nats://u:p%2Cw@a:1')).toMatchObject({ servers: ['nats://a:1'], credentials: user('u', 'p,w') });
    expect(readNatsServers(['nats://u:p,w@a:1'])).toMatchObject({ servers: ['nats://a:1'], credentials: user('u', 'p,w') });
    expect(readNatsServers(' , ')).toEqual({ problem: 'expected a server URL such as nats://127.0.0.1:4222' });
    expect(readNatsServers('nats://a:1,nats://b:1:2')).toEqual({ problem: expect.stringMatching(/^server "nats:\/\/b:1:2": .*\(server 2 of 2\)$/) as unknown });
  });

  it.each([
    ['nats://operator:s3c,r3t@h:1'], // a password with a `,`: `nats://operator:s3c` alone would dial host operator
    ['nats://operator:1234,5678@h:1'], // would dial host operator, port 1234, with the token 5678
    ['nats://operator:s3c, r3t@h:1'],
    ['tls://s3c,r3t@h:1'], // a token with a `,`
    ['nats://a:1,operator:s3cr3t@h:1'], // a server without a scheme carrying credentials in a list
    ['nats://a:1,nats://b:2,operator:s3cr3t@h:1'],
  ])('%j: a server after a `,` with an `@` but no scheme:// is refused, no part quoted', (servers) => {
    const read = readNatsServers(servers) as { problem: string };
    expect(read.problem).toMatch(/^a server after a `,` holds an `@` without `nats:\/\/` or `tls:\/\/` before it: .*write a `,` in a password as %2C \(or put nats:\/\/ before each server\)$/);
    expect(read.problem).not.toMatch(/s3c|r3t|1234|5678|operator/);
  });

  it('servers with different credentials are refused, naming which, not what', () => {
    const read = readNatsServers(['nats://a:1', 'nats://u:s3cret-1@b:2', 'nats://u:s3cret-2@c:3']) as { problem: string };
    expect(read.problem).toMatch(/^servers 2 and 3 carry different credentials/);
    expect(read.problem).not.toMatch(/s3cret/);
    expect(readNatsServers(['nats://u:p@a:1', 'nats://p@b:2'])).toHaveProperty('problem');
  });

  it('a tls:// server among them is told: the connection must require TLS', () => {
    expect(readNatsServers(['tls://a:1', 'TLS://b'])).toMatchObject({ servers: ['tls://a:1', 'tls://b:4222'], credentials: undefined, tls: true });
    expect(readNatsServers('tls://t@a:1')).toMatchObject({ servers: ['tls://a:1'], credentials: { kind: 'token', token: 't' }, tls: true });
    expect(readNatsServers(['nats://a:1', 'b:2', 'tls://c:3'])).toMatchObject({ tls: true });
    expect(readNatsServers(['nats://a:1', 'b:2'])).toMatchObject({ tls: false });
  });

  it('a refused server is named by its place among several', () => {
    expect(readNatsServers(['nats://a:1', 'nats://b:1:2'])).toEqual({ problem: expect.stringMatching(/^server "nats:\/\/b:1:2": .*\(server 2 of 2\)$/) as unknown });
    expect(readNatsServers(['nats://a:1', 42])).toEqual({ problem: expect.stringMatching(/expected a server URL/) as unknown });
  });
});

describe('natsConnectionOptions - the servers nats.js gets, and their credentials', () => {
  const options = (settings: NatsConnectionSettings) => natsConnectionOptions(settings, 'test');

  it('a URL\'s user and password become the connection\'s user and pass, decoded; the URL loses them', async () => {
    const connection = await options({ servers: ['nats://u:p%5Bss@127.0.0.1:5222', 'nats://127.0.0.1:5223'] });
    expect(connection).toMatchObject({ servers: ['nats://127.0.0.1:5222', 'nats://127.0.0.1:5223'], user: 'u', pass: 'p[ss' });
    expect(connection.token).toBeUndefined();
  });

  it('a comma-separated string of servers is several servers, one `,` in a password refused', async () => {
    expect(await options({ servers: 'nats://a:4222,nats://b:4222' })).toMatchObject({ servers: ['nats://a:4222', 'nats://b:4222'] });
    expect(await options({ servers: 'a.example:1,b.example:2' })).toMatchObject({ servers: ['a.example:1', 'b.example:2'] });
    expect(await options({ servers: 'a.example:1, u:p@b.example:2' }).catch((e: unknown) => e)).toMatchObject({ name: 'BusOptionsError', option: 'servers' });
    expect(await options({ connection: { servers: 'nats://u:p%2Cw@a:1,b:2' } })).toMatchObject({ servers: ['nats://a:1', 'b:2'], user: 'u', pass: 'p,w' });
    const error = (await options({ servers: 'nats://operator:s3c,r3t@h:1' }).catch((e: unknown) => e)) as BusOptionsError;
    expect(error).toMatchObject({ name: 'BusOptionsError', option: 'servers', reason: expect.stringMatching(/%2C/) as unknown });
    expect(error.message).not.toMatch(/s3c|r3t|operator/);
  });

  it('a URL\'s token becomes the connection\'s token', async () => {
    expect(await options({ servers: 'tls://s3cr3t@h:7422' })).toMatchObject({ servers: ['tls://h:7422'], token: 's3cr3t' });
  });

  it('servers given through `connection` are read too', async () => {
    expect(await options({ connection: { servers: 'nats://u:p[w@h:1' } })).toMatchObject({ servers: ['nats://h:1'], user: 'u', pass: 'p[w' });
    await expect(options({ connection: { servers: 'nats://h:1/@' } })).rejects.toMatchObject({ name: 'BusOptionsError', option: 'connection.servers' });
  });

  it('tls:// servers make the connection require TLS: nats.js gets `tls: {}`, or the `tls` given', async () => {
    expect(await options({ servers: 'tls://127.0.0.1:4443' })).toMatchObject({ servers: ['tls://127.0.0.1:4443'], tls: {} });
    expect(await options({ servers: ['tls://a:1', 'tls://b:2'] })).toMatchObject({ tls: {} });
    // One TLS setting for the connection: a nats:// server beside a tls:// one must offer TLS too.
    expect(await options({ servers: ['nats://a:1', 'tls://b:2'] })).toMatchObject({ servers: ['nats://a:1', 'tls://b:2'], tls: {} });
    expect(await options({ connection: { servers: 'tls://a:1' } })).toMatchObject({ tls: {} });
    const tls = { caFile: '/etc/ca.pem' };
    expect((await options({ servers: 'tls://a:1', tls })).tls).toBe(tls);
    expect((await options({ servers: 'tls://a:1', connection: { tls } })).tls).toBe(tls);
    // nats:// leaves TLS to the server, as nats.js does (used when the server requires or offers it).
    expect((await options({ servers: 'nats://a:1' })).tls).toBeUndefined();
    expect((await options({})).tls).toBeUndefined();
  });

  it('tls:// servers with `connection.tls: null` (never TLS) are refused', async () => {
    await expect(options({ servers: 'tls://a:1', connection: { tls: null } })).rejects.toMatchObject({
      name: 'BusOptionsError',
      option: 'servers',
      reason: expect.stringMatching(/tls:\/\/ servers require TLS, while `connection.tls` is null/) as unknown,
    });
  });

  it('without servers, the default', async () => {
    expect((await options({})).servers).toEqual(['nats://127.0.0.1:4222']);
  });

  it.each<[NatsConnectionSettings, RegExp]>([
    [{ servers: 'ws://127.0.0.1:1/\u202eevil\u001b[2J' }, /websocket/],
    [{ servers: 'nats://u:p/w@h:1' }, /an `@` after the host's/],
    [{ servers: 'nats://h:1\n2' }, /a tab or a line break/],
    [{ servers: ['nats://u:a@h:1', 'nats://u:b@h:2'] }, /different credentials/],
    [{ servers: 'nats://u:p@h:1', user: 'v', pass: 'q' }, /carries a user and password while `user` is given too: give one way to authenticate/],
    [{ servers: 'nats://tok@h:1', token: 'other' }, /carries a token while `token` is given too/],
    [{ servers: 'nats://u:p@h:1', nkeySeed: 'SUAAAA' }, /while `credentialsFile`, `nkeySeed` or `connection.authenticator` is given too/],
    [{ servers: 'nats://u:p@h:1', connection: { user: 'v' } }, /while `user` is given too/],
    [{ servers: 42 as unknown as string }, /expected a server URL/],
  ])('%j is refused with a BusOptionsError on `servers`', async (settings, reason) => {
    const error = (await options(settings).then(
      () => undefined,
      (e: unknown) => e,
    )) as BusOptionsError;
    expect(error).toBeInstanceOf(BusOptionsError);
    expect(error.option).toBe('servers');
    expect(error.reason).toMatch(reason);
    expect(error.message).not.toMatch(/\u001b|\u202e/u);
  });
});
