// What the explorer's server queues for a page: the kept records are sent as the page reads them
// (the response's backpressure), never all at once, so a page that opens on a large ring, or reads
// slowly, or not at all, costs the server a small fixed amount beside the ring; the page still gets
// every kept record once, in order, then the live ones, and is told how many it missed when it read
// so slowly that the server forgot records before sending them; a HEAD request gets the headers
// only and opens no page. A real server on a free port and raw sockets speaking HTTP/1.0 (no
// chunked encoding to take apart; one does not read); no NATS, no browser.
import { once } from 'node:events';
import { ServerResponse } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExploreRecord } from '../../src/cli/explore/protocol.js';
import { MAX_RAW_CHARS, invalidRecord } from '../../src/cli/explore/record.js';
import { ExploreServer } from '../../src/cli/explore/server.js';

// The most a page's response may hold in this process, well above one chunk and one record's frame
// (a hostile record's raw text of control characters is about 6 × 64 Ki characters as JSON), far
// below the ring (the tests' rings are tens of megabytes as frames).
const QUEUE_BOUND = 1024 * 1024;

/** A record whose raw text is of control characters, that JSON writes as six characters each; at its bound unless told. */
const hostile = (i: number, chars = MAX_RAW_CHARS) => invalidRecord('not JSON', '', '\u0001'.repeat(chars), `line ${i}`);

const servers: ExploreServer[] = [];
const sockets: Socket[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const socket of sockets.splice(0)) socket.destroy();
  for (const server of servers.splice(0)) await server.close();
});

async function started(options: { maxEvents: number; maxBytes: number }): Promise<{ server: ExploreServer; port: number }> {
  const server = new ExploreServer({ ...options, source: 'test' });
  servers.push(server);
  const { port } = await server.listen('127.0.0.1', 0);
  return { server, port };
}

/** Opens `/events` on a raw socket that reads nothing (paused), and the server's response to it. */
async function pausedPage(port: number): Promise<{ socket: Socket; response: () => ServerResponse }> {
  const writeHead = vi.spyOn(ServerResponse.prototype, 'writeHead');
  const socket = connect(port, '127.0.0.1');
  sockets.push(socket);
  await once(socket, 'connect');
  socket.pause();
  socket.write('GET /events HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n');
  await vi.waitFor(() => expect(writeHead).toHaveBeenCalled());
  return { socket, response: () => writeHead.mock.contexts[0] as ServerResponse };
}

/** Waits until the response's queue stops changing for a while (the socket's buffers full), and returns it. */
async function settled(response: ServerResponse): Promise<number> {
  let last = -1;
  for (let still = 0; still < 5; ) {
    await new Promise((resolve) => setTimeout(resolve, 40));
    still = response.writableLength === last ? still + 1 : 0;
    last = response.writableLength;
  }
  return last;
}

/** The events of an SSE text, in order: name and parsed data (comments left out). */
function events(text: string): { event: string; data: unknown }[] {
  return [...text.matchAll(/event: (\w+)\ndata: (.*)\n\n/gu)].map((match) => ({ event: match[1]!, data: JSON.parse(match[2]!) as unknown }));
}

/** Reads the socket (resumed) until the frame of the record from `where` has ended, calling `each` for every piece before; the text. */
async function readUntil(socket: Socket, where: string, each: (piece: string) => void = () => {}): Promise<string> {
  const pieces: string[] = [];
  let seen = false;
  socket.setEncoding('latin1');
  await new Promise<void>((resolve, reject) => {
    socket.on('error', reject);
    socket.on('end', () => reject(new Error(`the stream ended after ${pieces.join('').length} characters`)));
    socket.on('data', (piece: string) => {
      // The name and the end of the frame may come in different pieces (the raw text is after `where`).
      const window = (pieces.at(-1) ?? '').slice(-64) + piece;
      pieces.push(piece);
      seen ||= window.includes(`"where":"${where}"`);
      if (seen && window.endsWith('\n\n')) resolve();
      else each(piece);
    });
    socket.resume();
  });
  return pieces.join('');
}

describe('explore - what the server queues for a page', () => {
  it('a page that opens on a large ring of hostile records and does not read: the response holds a small fixed amount, not the ring', async () => {
    // 200 records of about 400 KB each as frames: about 80 MB at once before.
    const { server, port } = await started({ maxEvents: 1_000, maxBytes: Number.MAX_SAFE_INTEGER });
    for (let i = 1; i <= 200; i++) server.add(hostile(i));
    const { response } = await pausedPage(port);
    expect(await settled(response())).toBeLessThan(QUEUE_BOUND);
  }, 60_000);

  it('a page that does not read while live records pour in: the response stays within the bound, and the page is told what it missed when it reads again', async () => {
    const { server, port } = await started({ maxEvents: 20, maxBytes: Number.MAX_SAFE_INTEGER });
    const { socket, response } = await pausedPage(port);
    await settled(response());
    for (let i = 1; i <= 300; i++) {
      server.add(hostile(i));
      expect(response().writableLength).toBeLessThan(QUEUE_BOUND);
    }
    expect(await settled(response())).toBeLessThan(QUEUE_BOUND);
    const received = events(await readUntil(socket, 'line 300'));
    const records = received.filter(({ event }) => event === 'record').map(({ data }) => (data as ExploreRecord).seq);
    const gaps = received.filter(({ event }) => event === 'gap').map(({ data }) => (data as { missed: number }).missed);
    // Nothing twice, nothing out of order, the newest kept ones at the end; every record either
    // received or counted in a gap notice, which comes where the missed records would have been.
    expect(records).toEqual([...records].sort((a, b) => a - b));
    expect(new Set(records).size).toBe(records.length);
    expect(records.slice(-20)).toEqual(Array.from({ length: 20 }, (_, i) => 281 + i));
    expect(gaps.length).toBeGreaterThan(0);
    expect(records.length + gaps.reduce((sum, missed) => sum + missed, 0)).toBe(300);
    const gapAt = received.findIndex(({ event }) => event === 'gap');
    const before = received.slice(0, gapAt).filter(({ event }) => event === 'record').length;
    expect((received[gapAt + 1]!.data as ExploreRecord).seq).toBe(before + gaps[0]! + 1);
  }, 60_000);

  it('a page that goes away in the middle of the ring: nothing more is written to it', async () => {
    const { server, port } = await started({ maxEvents: 1_000, maxBytes: Number.MAX_SAFE_INTEGER });
    for (let i = 1; i <= 100; i++) server.add(hostile(i));
    const { socket, response } = await pausedPage(port);
    await settled(response());
    const write = vi.spyOn(response(), 'write');
    socket.destroy();
    await once(response(), 'close');
    server.add(hostile(101));
    server.setStatus({ state: 'file', text: 'done' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(write).not.toHaveBeenCalled();
  });

  it('a page reading while records arrive gets every kept record once, in order, the ready mark after those kept when it opened, then the live ones', async () => {
    const { server, port } = await started({ maxEvents: 1_000, maxBytes: Number.MAX_SAFE_INTEGER });
    for (let i = 1; i <= 60; i++) server.add(hostile(i, MAX_RAW_CHARS / 4));
    const socket = connect(port, '127.0.0.1');
    sockets.push(socket);
    await once(socket, 'connect');
    socket.write('GET /events?pattern=*.* HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n');
    // A live record each time a piece of the stream arrives, the first ones while the ring is sent.
    let added = 60;
    let addedBeforeReady = 0;
    let tail = '';
    const text = await readUntil(socket, 'line 120', (piece) => {
      if (addedBeforeReady === 0 && (tail + piece).includes('event: ready')) addedBeforeReady = added;
      tail = piece.slice(-16);
      if (added < 120) server.add(hostile(++added, MAX_RAW_CHARS / 4));
    });
    expect(addedBeforeReady).toBeGreaterThan(61);
    const received = events(text);
    const names = received.map(({ event }) => event);
    expect(names.slice(0, 3)).toEqual(['hello', 'status', 'reset']);
    const records = received.filter(({ event }) => event === 'record').map(({ data }) => (data as ExploreRecord).seq);
    expect(records).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    // Invalid messages pass any pattern; ready comes right after the 60 kept when the page opened.
    expect(names.indexOf('ready')).toBe(3 + 60);
    expect(names).not.toContain('gap');
  }, 60_000);
});

/** Sends a HEAD request for `path` over HTTP/1.0 and returns all the server sent before it ended the connection; fails if it does not end it within a second. */
async function head(port: number, path: string): Promise<string> {
  const socket = connect(port, '127.0.0.1');
  sockets.push(socket);
  await once(socket, 'connect');
  socket.setEncoding('latin1');
  let text = '';
  socket.on('data', (piece: string) => (text += piece));
  socket.write(`HEAD ${path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n`);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`HEAD ${path}: the server did not end its answer within a second (it sent ${JSON.stringify(text)})`)), 1_000);
  });
  try {
    await Promise.race([once(socket, 'end'), late]);
  } finally {
    clearTimeout(timer);
  }
  return text;
}

describe('explore - HEAD requests', () => {
  it('every route answers with its headers only and ends at once; HEAD /events opens no page (nothing is written to it, now or when records arrive)', async () => {
    const { server, port } = await started({ maxEvents: 1_000, maxBytes: Number.MAX_SAFE_INTEGER });
    for (let i = 1; i <= 20; i++) server.add(hostile(i));
    const write = vi.spyOn(ServerResponse.prototype, 'write');
    const routes: [path: string, status: string, type: string | undefined][] = [
      ['/events', '200 OK', 'text/event-stream; charset=utf-8'],
      ['/events?target=x&since=nonsense', '200 OK', 'text/event-stream; charset=utf-8'],
      ['/', '200 OK', 'text/html; charset=utf-8'],
      ['/explore.js', '200 OK', 'text/javascript; charset=utf-8'],
      ['/explore.css', '200 OK', 'text/css; charset=utf-8'],
      ['/favicon.ico', '204 No Content', undefined],
      ['/nowhere', '404 Not Found', 'text/plain; charset=utf-8'],
    ];
    for (const [path, status, type] of routes) {
      const text = await head(port, path);
      expect(text.split('\r\n')[0]?.replace(/^HTTP\/1\.\d /u, ''), path).toBe(status);
      // The headers, then nothing: the blank line that ends them is the last thing sent.
      expect(text.indexOf('\r\n\r\n'), path).toBe(text.length - 4);
      expect(text.match(/^content-type: (.*)$/imu)?.[1], path).toBe(type);
      expect(text, path).toMatch(/^content-security-policy: /imu);
    }
    server.add(hostile(21));
    server.setStatus({ state: 'file', text: 'done' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(write).not.toHaveBeenCalled();
  });
});
