// The explorer's server against requests and files no page or `tail --json` writes: request
// targets a browser sends as is but a URL parser refuses, Host headers in every form, an explorer
// bound to loopback under another name; JSON lines files that are not UTF-8, mix line ends, or
// hold a line longer than any message. A real server on a free port and raw sockets; no NATS.
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { Readable, Writable } from 'node:stream';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { decode, encodeToString } from 'mayastor-events';
import { createFabricator, scenarios } from 'mayastor-events/testing';
import { lineRecord, readFileRecords } from '../../src/cli/explore/file.js';
import { KeptRecords } from '../../src/cli/explore/kept.js';
import { recordOf, type RecordInput } from '../../src/cli/explore/record.js';
import { ExploreServer, isLocalHost } from '../../src/cli/explore/server.js';
import { DEFAULT_MAX_LINE_BYTES } from '../../src/cli/lines.js';
import { main } from '../../src/cli/main.js';

const servers: ExploreServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function started(host = '127.0.0.1'): Promise<number> {
  const server = new ExploreServer({ maxEvents: 10, maxBytes: Number.MAX_SAFE_INTEGER, source: 'test' });
  servers.push(server);
  return (await server.listen(host, 0)).port;
}

/** Sends `request` as is on a raw socket and reads the answer until `until` has come (then hangs up: `/events` never ends). */
async function answer(port: number, request: string, until: string): Promise<string> {
  const socket = connect(port, '127.0.0.1');
  await once(socket, 'connect');
  socket.setEncoding('utf8');
  socket.write(request);
  let text = '';
  try {
    while (!text.includes(until)) {
      const [piece] = (await Promise.race([once(socket, 'data'), once(socket, 'close').then(() => [''])])) as [string];
      if (piece === '') throw new Error(`the server hung up after ${JSON.stringify(text)}`);
      text += piece;
    }
  } finally {
    socket.destroy();
  }
  return text;
}

/** The status line and headers of the answer to `request`. */
async function exchange(port: number, request: string): Promise<{ status: string; headers: string }> {
  const text = await answer(port, request, '\r\n\r\n');
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

describe('explore --file: lines no tail --json writes', () => {
  const fabricator = createFabricator({ seed: 11, now: '2024-05-01T10:20:30Z' });
  const event = encodeToString(scenarios.volumeLifecycle(fabricator)[0]!);
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'explore-hostile-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function read(name: string, content: Buffer): Promise<{ lines: number; records: RecordInput[] }> {
    const path = join(dir, name);
    writeFileSync(path, content);
    const records: RecordInput[] = [];
    const lines = await readFileRecords(path, (record) => records.push(record));
    return { lines, records };
  }

  it('a line that is not UTF-8 is an invalid message, as the Rust services find it, not an event with U+FFFD in it', async () => {
    const bytes = Buffer.from(event.replace('"target":"', '"target":"\u00e9'), 'utf8');
    bytes[bytes.indexOf(0xc3)] = 0xff;
    expect(decode(bytes).kind).toBe('invalid');
    const { records } = await read('not-utf8.jsonl', Buffer.concat([bytes, Buffer.from('\n')]));
    expect(records.map((record) => record.kind)).toEqual(['invalid']);
    expect(records[0]!.reason).toMatch(/UTF-8/u);
  });

  it('a BOM, a prefix, CRLF and a lone CR: one record per \\n-ended line, numbered as an editor numbers them', async () => {
    const content = `\ufeff${event}\r\n2024-05-01 stdout F ${event}\r\n{"category":2}\r{"category":3}\n\n{\n`;
    const { lines, records } = await read('mixed.jsonl', Buffer.from(content, 'utf8'));
    expect(lines).toBe(5);
    expect(records.map((record) => [record.where, record.kind])).toEqual([
      ['line 1', 'event'],
      ['line 2', 'event'],
      ['line 3', 'invalid'],
      ['line 5', 'invalid'],
    ]);
  });

  it.each([
    ['a file of 100,000 lines', 'long.jsonl'],
    ['a file that never ends a line', '/dev/zero'],
  ])('Ctrl-C while %s is read stops explore there (status 0), instead of being held until the whole file is read and the page served', async (_what, file) => {
    const path = file.startsWith('/') ? file : join(dir, file);
    if (!file.startsWith('/')) writeFileSync(path, `${event}\n`.repeat(100_000));
    let stdout = '';
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        stdout += chunk.toString();
        done();
      },
    });
    const running = main(['explore', '--file', path, '--listen', '127.0.0.1:0'], { stdin: Readable.from([]), stdout: sink, stderr: sink, env: {} });
    // As a terminal's Ctrl-C: again and again (no one listens between the first and the end).
    const ctrlC = setInterval(() => process.emit('SIGINT', 'SIGINT'), 10);
    try {
      expect(await running).toBe(0);
    } finally {
      clearInterval(ctrlC);
    }
    expect(stdout).not.toContain('serving');
  }, 30_000);

  it('a line longer than any NATS message is one invalid message, counted and not held: explore does not fail on it', async () => {
    const length = DEFAULT_MAX_LINE_BYTES + 1;
    const huge = Buffer.alloc(length, 0x61);
    huge[0] = 0x7b;
    const { lines, records } = await read('huge.jsonl', Buffer.concat([huge, Buffer.from(`\n${event}\n`)]));
    expect(lines).toBe(2);
    expect(records.map((record) => [record.where, record.kind])).toEqual([
      ['line 1', 'invalid'],
      ['line 2', 'event'],
    ]);
    expect(records[0]!.reason).toContain(`${length} bytes`);
    expect(records[0]!.raw).toBe('');
  }, 60_000);
});

describe('explore - times in a URL', () => {
  /** The opening of `/events?<query>` up to `ready`: the reset's error and the records' times. */
  async function view(port: number, query: string): Promise<{ error: unknown; times: unknown[] }> {
    const text = await answer(port, get(`/events?${query}`), 'event: ready\n');
    const data = (event: string): Record<string, unknown>[] =>
      [...text.matchAll(new RegExp(`event: ${event}\\ndata: (.*)\\n`, 'gu'))].map((match) => JSON.parse(match[1]!) as Record<string, unknown>);
    return { error: data('reset')[0]?.['error'], times: data('record').map((record) => record['time']) };
  }

  it('an offset written with + (…T12:00:00+02:00, as typed or shared) is that offset, not a space that makes it no time; a + for a space still reads', async () => {
    const port = await started();
    const server = servers.at(-1)!;
    for (const now of ['2024-05-01T09:59:59Z', '2024-05-01T10:00:00Z']) {
      server.add(lineRecord(encodeToString(scenarios.volumeLifecycle(createFabricator({ seed: 1, now }))[0]!), 1)!);
    }
    const expected = { error: null, times: ['2024-05-01T10:00:00Z'] };
    expect(await view(port, 'since=2024-05-01T12:00:00+02:00')).toEqual(expected);
    expect(await view(port, 'since=2024-05-01T12%3A00%3A00%2B02%3A00')).toEqual(expected);
    expect(await view(port, 'since=2024-05-01+10:00:00Z')).toEqual(expected);
    expect(await view(port, 'since=+2024-05-01T10:00:00Z&until=2024-05-01T07:00:00-03:00')).toEqual(expected);
    expect((await view(port, 'since=2024-05-01+12:00:00+02:00')).error).toMatch(/^since: expected an RFC 3339 time/u);
  });
});

describe('explore - what a kept record holds', () => {
  // The heap after a full collection (gc made callable for this test's process).
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const heapUsed = (): number => {
    gc();
    gc();
    return process.memoryUsage().heapUsed;
  };

  it('records of 1 MiB messages hold about --max-bytes, as counted: a text kept from a message is not a view holding the whole message', () => {
    const maxBytes = 16 * 1024 * 1024;
    const kept = new KeptRecords({ maxEvents: 5_000, maxBytes });
    const event = encodeToString(scenarios.volumeLifecycle(createFabricator({ seed: 5 }))[0]!);
    // An event with a 1 MiB member no reader knows, one with a 1 MiB target, and a 1 MiB line with no JSON.
    const records = (i: number): RecordInput[] => {
      const letter = String.fromCharCode(97 + (i % 26));
      const pad = Buffer.from(`${event.slice(0, -1)},"pad":"${letter.repeat(1 << 20)}"}`);
      const target = Buffer.from(event.replace(/"target":"[^"]*"/u, `"target":"${letter.repeat(1 << 20)}"`));
      return [recordOf(decode(pad), pad, `line ${i}`), recordOf(decode(target), target, `line ${i}`), lineRecord(Buffer.alloc(1 << 20, letter), i)!];
    };
    records(0); // the code's first run allocates too
    const before = heapUsed();
    for (let i = 0; i < 80; i++) for (const record of records(i)) kept.add(record);
    const held = heapUsed() - before;
    expect(kept.size).toBeGreaterThan(100);
    // Each record holds about what it counts (its raw text at two bytes a character: the … that
    // ends a cut text makes it a two-byte string); the rest of this process adds a little.
    expect(held).toBeLessThan(maxBytes * 1.25);
  }, 120_000);
});
