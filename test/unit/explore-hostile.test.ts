// The explorer's server against requests and files no page or `tail --json` writes: request
// targets a browser sends as is but a URL parser refuses, Host headers in every form, an explorer
// bound to loopback under another name. A real server on a free port and raw sockets; no NATS.
import { once } from 'node:events';
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ExploreServer, isLocalHost } from '../../src/cli/explore/server.js';

const servers: ExploreServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function started(host = '127.0.0.1'): Promise<number> {
  const server = new ExploreServer({ maxEvents: 10, maxBytes: Number.MAX_SAFE_INTEGER, source: 'test' });
  servers.push(server);
  return (await server.listen(host, 0)).port;
}

/** Sends `request` as is on a raw socket and returns the status line and headers of the answer (then hangs up: `/events` never ends). */
async function exchange(port: number, request: string): Promise<{ status: string; headers: string }> {
  const socket = connect(port, '127.0.0.1');
  await once(socket, 'connect');
  socket.setEncoding('latin1');
  socket.write(request);
  let text = '';
  try {
    while (!text.includes('\r\n\r\n')) {
      const [piece] = (await Promise.race([once(socket, 'data'), once(socket, 'close').then(() => [''])])) as [string];
      if (piece === '') throw new Error(`the server hung up after ${JSON.stringify(text)}`);
      text += piece;
    }
  } finally {
    socket.destroy();
  }
  const head = text.slice(0, text.indexOf('\r\n\r\n'));
  return { status: head.split('\r\n')[0]!.replace(/^HTTP\/1\.\d /u, ''), headers: head };
}

const get = (target: string, host = '127.0.0.1'): string => `GET ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`;

describe('explore - request targets', () => {
  it('a path that is not a URL of its own (//[, //a:b) is a 404 under the policy, and the server goes on answering', async () => {
    const port = await started();
    for (const target of ['//[', '//a:b/events', '//[::1/']) {
      const { status, headers } = await exchange(port, get(target));
      expect(status, target).toBe('404 Not Found');
      expect(headers, target).toMatch(/^content-security-policy: default-src 'none'/imu);
    }
    expect((await exchange(port, get('/'))).status).toBe('200 OK');
  });

  it('a path starting with // is that path, not a host and a path: //name/events is no stream', async () => {
    const port = await started();
    expect((await exchange(port, get('//name/events'))).status).toBe('404 Not Found');
    expect((await exchange(port, get('//events'))).status).toBe('404 Not Found');
    expect((await exchange(port, get('/events'))).headers).toMatch(/^content-type: text\/event-stream/imu);
  });

  it('an absolute-form target names the host (RFC 9112), so one naming another site is refused as its Host would be', async () => {
    const port = await started();
    expect((await exchange(port, get('http://evil.example/events'))).status).toBe('421 Misdirected Request');
    expect((await exchange(port, get(`http://127.0.0.1:${port}/events`, 'evil.example'))).status).toBe('200 OK');
    expect((await exchange(port, get('ftp://127.0.0.1/'))).status).toBe('400 Bad Request');
  });

  it('two Host headers are a bad request, whichever comes first', async () => {
    const port = await started();
    for (const hosts of [['127.0.0.1', 'evil.example'], ['evil.example', '127.0.0.1']]) {
      const { status, headers } = await exchange(port, `GET / HTTP/1.1\r\nHost: ${hosts[0]}\r\nHost: ${hosts[1]}\r\nConnection: close\r\n\r\n`);
      expect(status, hosts.join()).toBe('400 Bad Request');
      expect(headers).toMatch(/^content-security-policy: /imu);
    }
  });
});

describe('explore - DNS rebinding: the names a page on loopback may use', () => {
  it.each([
    'localhost',
    'localhost:8080',
    'LOCALHOST:8080',
    'localhost.:8080',
    '127.0.0.1',
    '127.0.0.1:8080',
    '127.1:8080',
    '2130706433',
    '0x7f.1',
    '[::1]:8080',
    '[::ffff:127.0.0.1]',
    '192.168.1.20:8080',
  ])('%s is this machine by address or as localhost', (host) => {
    expect(isLocalHost(host)).toBe(true);
  });

  it.each([
    'localhost.evil.example',
    '127.0.0.1.nip.io:8080',
    'evil.example:8080',
    '[::1',
    '[::1]evil.example',
    '[127.0.0.1]',
    'local%68ost',
    'evil.example@127.0.0.1',
    '127.0.0.1/x',
    '127.0.0.1:8080:1',
    '127.0.0.1:99999',
    '',
  ])('%j is refused: a name someone else may point at 127.0.0.1, or not a host at all', (host) => {
    expect(isLocalHost(host)).toBe(false);
  });

  it.each(['127.1', 'LOCALHOST'])('bound to loopback as --listen %s, it refuses a page naming another host', async (listen) => {
    const port = await started(listen);
    expect((await exchange(port, get('/', `evil.example:${port}`))).status).toBe('421 Misdirected Request');
    expect((await exchange(port, get('/', `127.0.0.1:${port}`))).status).toBe('200 OK');
  });
});
