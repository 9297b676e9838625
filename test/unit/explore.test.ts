// The explorer's server-side pieces: JSON lines read as records, the URL's filters, the spans the
// timeline pairs, the bounded ring, and what the server streams to a page.
import { createServer, request } from 'node:http';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { encodeToString } from 'mayastor-events';
import { createFabricator, scenarios } from 'mayastor-events/testing';
import { compileExploreClient } from '../../scripts/generate/explore-client.ts';
import { DEFAULT_EXPLORE_MAX_BYTES, startExplorer } from '../../src/cli/explore/command.js';
import { fileRecords, lineRecord } from '../../src/cli/explore/file.js';
import { main } from '../../src/cli/main.js';
import { matchesFilter, parseFilter, type ExploreFilter } from '../../src/cli/explore/filter.js';
import type { ExploreRecord } from '../../src/cli/explore/protocol.js';
import { MAX_FIELD_CHARS, MAX_RAW_CHARS, invalidRecord, recordBytes, type RecordInput } from '../../src/cli/explore/record.js';
import { Ring } from '../../src/cli/explore/ring.js';
import { shownServers } from '../../src/cli/nats-options.js';
import { ExploreServer, SECURITY_HEADERS, isLocalHost } from '../../src/cli/explore/server.js';

const fabricator = createFabricator({ seed: 7, now: '2024-05-01T10:20:30Z' });
const lifecycle = scenarios.volumeLifecycle(fabricator);
const outage = scenarios.nodeFailure(fabricator);
const all = [...lifecycle, ...outage];

const numbered = (inputs: RecordInput[]): ExploreRecord[] => inputs.map((input, i) => ({ seq: i + 1, ...input, bytes: recordBytes(input) }));
const records = numbered(fileRecords(all.map((event) => encodeToString(event)).join('\n')));

function filter(query: string): ExploreFilter {
  const parsed = parseFilter(new URLSearchParams(query));
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
}

const shown = (query: string, from: ExploreRecord[] = records): ExploreRecord[] => from.filter((record) => matchesFilter(record, filter(query)));

describe('explore - JSON lines', () => {
  it('reads a line from its first {, skipping what a log shipper put before it', () => {
    const event = lifecycle[0]!;
    const record = lineRecord(`2024-05-01T10:20:30.1Z stdout F ${encodeToString(event)}\r`, 4)!;
    expect(record).toMatchObject({ kind: 'event', key: 'replica.create', category: 'Replica', action: 'Create', target: event.target, where: 'line 4' });
    expect(record.raw).toBe(encodeToString(event));
    expect(record.summary).toContain('A replica was successfully created.');
  });

  it('gives every non-blank line a record: events, unknown events and invalid messages with their reason', () => {
    const unknown = encodeToString(lifecycle[0]!).replace('"category":4', '"category":99');
    const text = [encodeToString(lifecycle[0]!), '', '   ', 'no json here', unknown, '{"category":2,"action":1,"target":"x","metadata":{}}', '{"category'].join('\n');
    const read = fileRecords(text);
    expect(read.map((record) => [record.kind, record.where])).toEqual([
      ['event', 'line 1'],
      ['invalid', 'line 4'],
      ['unknown', 'line 5'],
      ['invalid', 'line 6'],
      ['invalid', 'line 7'],
    ]);
    expect(read[1]!.reason).toBe('no JSON object on this line (no `{`)');
    expect(read[1]!.raw).toBe('no json here');
    expect(read[2]!).toMatchObject({ key: '99.create', category: '99', action: 'Create' });
    expect(read[2]!.reason).toContain('category 99');
    expect(read[3]!.reason).toBe('missing field `id` at /metadata/id');
    expect(read[3]!.event).toBeNull();
  });
  it('a megabyte-long target or node is cut in the record (decoded event included): each record stays small whatever a producer sends', () => {
    const event = lifecycle[0]!;
    const huge = { ...event, target: 'T'.repeat(1_000_000), metadata: { ...event.metadata, source: { ...event.metadata.source!, node: 'N'.repeat(1_000_000) } } };
    const record = lineRecord(JSON.stringify(huge), 1)!;
    expect(record.kind).toBe('event');
    expect(record.target).toBe(`${'T'.repeat(MAX_FIELD_CHARS)}… (cut at ${MAX_FIELD_CHARS} characters)`);
    expect(record.node).toBe(`${'N'.repeat(MAX_FIELD_CHARS)}… (cut at ${MAX_FIELD_CHARS} characters)`);
    expect((record.event as { target: string }).target).toBe(record.target);
    // The raw text's own bound, plus a few kilobytes of facts.
    expect(JSON.stringify(record).length).toBeLessThan(MAX_RAW_CHARS + 20 * MAX_FIELD_CHARS);
  });
});

describe('explore - filters', () => {
  it('reads the URL: comma-separated patterns, target, node, time range; says what is wrong', () => {
    expect(filter('pattern=nexus.*,%20*.create&target=ABC&node=n1&since=2024-05-01T10:20:30Z&until=2024-05-01T11:00:00%2B01:00')).toEqual({
      patterns: ['nexus.*', '*.create'],
      target: 'abc',
      node: 'n1',
      since: Date.parse('2024-05-01T10:20:30Z'),
      until: Date.parse('2024-05-01T10:00:00Z'),
    });
    expect(parseFilter(new URLSearchParams('pattern=nexus.nope'))).toContain('"nexus.nope" is not a subject key pattern');
    expect(parseFilter(new URLSearchParams('since=yesterday'))).toContain('since: expected an RFC 3339 time');
    expect(parseFilter(new URLSearchParams('until=2024-13-01T00:00:00Z'))).toContain('until: expected an RFC 3339 time');
  });

  it('a pattern keeps the events it matches, as handlers do; invalid messages have no key and stay', () => {
    const withInvalid = numbered([...fileRecords(encodeToString(lifecycle[0]!)), ...fileRecords('oops')]);
    expect(shown('pattern=nexus.*').map((record) => record.key)).toEqual(all.filter((event) => event.category === 3).map(() => expect.stringMatching(/^nexus\./u)));
    expect(new Set(shown('pattern=*.create').map((record) => record.action))).toEqual(new Set(['Create']));
    expect(shown('pattern=volume.*', withInvalid).map((record) => record.kind)).toEqual(['invalid']);
    expect(shown('pattern=volume.*,replica.create', withInvalid).map((record) => record.kind)).toEqual(['event', 'invalid']);
  });

  it('a target is found anywhere in the event: target, details, any letter case, quotes included', () => {
    const nexus = lifecycle.find((event) => event.category === 3)!.target;
    const byNexus = shown(`target=${nexus.toUpperCase()}`);
    expect(byNexus.map((record) => record.key)).toContain('hostInitiator.nvmeConnect'); // the nexus uuid in its details
    expect(byNexus.every((record) => JSON.stringify(record.event).includes(nexus))).toBe(true);
    const quoted = numbered(fileRecords(encodeToString(fabricator.fabricate('volume.create', { target: 'a "quoted" name' }))));
    expect(shown('target=%22quoted%22%20name', quoted)).toHaveLength(1);
  });

  it('node is exact; since and until bound the time, and leave out what has none', () => {
    const node = outage[0]!.metadata.source!.node;
    expect(shown(`node=${node}`).length).toBe(all.filter((event) => event.metadata.source!.node === node).length);
    expect(shown(`node=${node.slice(0, -1)}`)).toEqual([]);
    const middle = records[Math.floor(records.length / 2)]!;
    expect(shown(`since=${middle.time!}`).length).toBe(records.filter((record) => record.ms! >= middle.ms!).length);
    expect(shown(`until=${middle.time!}`).length).toBe(records.filter((record) => record.ms! <= middle.ms!).length);
    expect(shown('since=2024-01-01T00:00:00Z', numbered(fileRecords('oops')))).toEqual([]);
  });
});

describe('explore - timeline spans', () => {
  it('pairs a rebuild begin with its end, and a switch-over start with its end (which carries its start time)', () => {
    const begin = records.find((record) => record.key === 'nexus.rebuildBegin')!;
    const end = records.find((record) => record.key === 'nexus.rebuildEnd')!;
    expect(begin.span).toMatchObject({ label: 'rebuild', phase: 'start' });
    expect(end.span).toMatchObject({ label: 'rebuild', phase: 'end', id: begin.span!.id });
    const switchOvers = records.filter((record) => record.key === 'highAvailability.switchOver');
    expect(switchOvers.map((record) => record.span!.phase)).toEqual(['start', 'end']);
    expect(switchOvers[1]!.span!.startMs).toBe(switchOvers[0]!.ms);
  });

  it('an action duration is a whole span; a failed rebuild or an error is a failure', () => {
    const stop = fabricator.fabricate('ioEngine.stop', { metadata: { source: { event_details: { action_duration_details: { time_taken: { seconds: 2, nanos: 500_000_000 } } } } } });
    const failed = fabricator.fabricate('nexus.rebuildEnd', { metadata: { source: { event_details: { rebuild_details: { rebuild_status: 4, error: 'I/O error' } } } } });
    const [stopped, rebuild] = fileRecords([encodeToString(stop), encodeToString(failed)].join('\n'));
    expect(stopped!.span).toMatchObject({ phase: 'whole', durationMs: 2500 });
    expect(stopped!.summary).toContain('time_taken=2500 ms');
    expect(rebuild).toMatchObject({ failed: true, span: { phase: 'end' } });
    expect(rebuild!.summary).toContain('rebuild_status=Failed');
    expect(records.some((record) => record.failed)).toBe(false);
  });
});

describe('explore - bounded memory and the stream to the page', () => {
  it('the ring keeps the newest N, oldest first', () => {
    const ring = new Ring<number>({ maxItems: 3 });
    for (let i = 1; i <= 5; i++) ring.push(i);
    expect([...ring]).toEqual([3, 4, 5]);
    expect(ring.size).toBe(3);
  });

  it('serves the page under a strict policy and streams the kept records its filter lets through', async () => {
    const server = new ExploreServer({ maxEvents: 5, maxBytes: DEFAULT_EXPLORE_MAX_BYTES, source: 'test' });
    const { port } = await server.listen('127.0.0.1', 0);
    try {
      for (const record of fileRecords(all.map((event) => encodeToString(event)).join('\n'))) server.add(record);
      expect(server.size).toBe(5);
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(page.headers.get('content-security-policy')).toBe(SECURITY_HEADERS['content-security-policy']);
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      const html = await page.text();
      expect(html).toContain('<script src="/explore.js" defer></script>');
      expect(html).not.toMatch(/<script>|style=/u);
      const script = await fetch(`http://127.0.0.1:${port}/explore.js`);
      expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      const scriptText = await script.text();
      expect(scriptText).not.toContain('innerHTML');
      // client.ts as esbuild bundles it now, character for character: the generated module
      // (src/generated/explore-client.ts) is current, and its template literal's escapes are right.
      expect(scriptText).toBe(compileExploreClient(fileURLToPath(new URL('../..', import.meta.url))));

      const controller = new AbortController();
      const stream = await fetch(`http://127.0.0.1:${port}/events?pattern=nvmePath.*`, { signal: controller.signal });
      expect(stream.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
      const reader = stream.body!.getReader();
      let text = '';
      while (!text.includes('event: ready')) text += new TextDecoder().decode((await reader.read()).value);
      controller.abort();
      const sent = [...text.matchAll(/event: record\ndata: (.*)\n/gu)].map((match) => (JSON.parse(match[1]!) as ExploreRecord).key);
      const kept = all.slice(-5).map((event) => encodeToString(event));
      expect(sent).toEqual(numbered(fileRecords(kept.join('\n'))).filter((record) => record.key.startsWith('nvmePath.')).map((record) => record.key));
      expect(sent.length).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  });
  it('a page opening on a ring of hostile messages (over 512 M characters as frames) gets them all; the server does not fail', async () => {
    // Each raw text at its bound, of control characters that JSON writes as six characters each.
    const count = 1_400;
    const server = new ExploreServer({ maxEvents: count, maxBytes: Number.MAX_SAFE_INTEGER, source: 'test' });
    const { port } = await server.listen('127.0.0.1', 0);
    try {
      const raw = '\u0001'.repeat(MAX_RAW_CHARS);
      for (let i = 0; i < count; i++) server.add(invalidRecord('not JSON', '', raw, `line ${i + 1}`));
      const response = await fetch(`http://127.0.0.1:${port}/events`);
      const reader = response.body!.getReader();
      let records = 0;
      let tail = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`the stream ended after ${records} records`);
        const text = tail + Buffer.from(value).toString('latin1');
        records += text.split('event: record\n').length - 1;
        if (text.includes('event: ready\n')) break;
        tail = text.slice(-32);
        records -= tail.split('event: record\n').length - 1;
      }
      await reader.cancel();
      expect(records).toBe(count);
    } finally {
      await server.close();
    }
  }, 60_000);
});

describe('explore - what a page may see', () => {
  it('the servers without the credentials a URL may carry', () => {
    expect(shownServers({ servers: ['nats://admin:s3cret@nats-1:4222', 'user@nats-2:4222', 'tls://nats-3'] })).toBe('nats://nats-1:4222,nats-2:4222,tls://nats-3');
    expect(shownServers({ servers: 'nats://admin:s3cret@nats-1:4222' })).toBe('nats://nats-1:4222');
  });

  it('on loopback, only pages that name the host as localhost or by IP address (no DNS rebinding)', async () => {
    expect([isLocalHost('localhost:8080'), isLocalHost('127.0.0.1:8080'), isLocalHost('[::1]:8080'), isLocalHost('evil.example:8080'), isLocalHost(undefined)]).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    const server = new ExploreServer({ maxEvents: 5, maxBytes: DEFAULT_EXPLORE_MAX_BYTES, source: 'test' });
    const { port } = await server.listen('127.0.0.1', 0);
    try {
      const status = (host: string): Promise<number | undefined> =>
        new Promise((resolve, reject) => request({ host: '127.0.0.1', port, path: '/', headers: { host } }, (response) => resolve(response.resume().statusCode)).on('error', reject).end());
      expect([await status(`127.0.0.1:${port}`), await status(`localhost:${port}`), await status(`evil.example:${port}`)]).toEqual([200, 200, 421]);
    } finally {
      await server.close();
    }
  });
});

describe('explore - a bus out of reach', () => {
  it('is said on the page, without the credentials of the URL, and tried again', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise((resolve) => closed.close(resolve)); // a port nothing listens on
    const explorer = await startExplorer({
      listen: { host: '127.0.0.1', port: 0 },
      live: { connection: { servers: `nats://admin:s3cret@127.0.0.1:${port}` }, deliver: { policy: 'all' }, from: 'all' },
    });
    const controller = new AbortController();
    try {
      const stream = await fetch(`${explorer.url}events`, { signal: controller.signal });
      const reader = stream.body!.getReader();
      let text = '';
      while (!text.includes('"state":"down"')) text += new TextDecoder().decode((await reader.read()).value);
      expect(text).toContain(`"text":"cannot read the stream on nats://127.0.0.1:${port}: cannot connect to NATS at nats://127.0.0.1:${port}`);
      expect(text).toContain('trying again');
      expect(text).not.toContain('s3cret');
      expect(text).not.toContain('admin');
    } finally {
      controller.abort();
      await explorer.close();
    }
  });
});

describe('explore - the command line', () => {
  async function explore(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const sink = (into: (text: string) => void): Writable =>
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          into(chunk.toString());
          done();
        },
      });
    const status = await main(['explore', ...args], { stdin: Readable.from([]), stdout: sink((text) => (stdout += text)), stderr: sink((text) => (stderr += text)), env: {} });
    return { status, stdout, stderr };
  }

  it.each<[string[], string]>([
    [['--max-events', '0'], '--max-events: expected a positive integer, got "0"'],
    ...['0', '-1', '1.5', '64MiB', '64 MiB', '', '0x100', '1e6', '99999999999999999999'].map((value): [string[], string] => [
      [`--max-bytes=${value}`, '--file', 'events.jsonl'],
      `--max-bytes: expected a positive number of bytes, got ${JSON.stringify(value)}\n`,
    ]),
    [['--listen', 'localhost'], '--listen: expected host:port such as 0.0.0.0:9090, got "localhost"\n'],
    [['--from', 'yesterday'], '--from: expected all, new, an RFC 3339 time'],
    [['--file', 'x.jsonl', '--from', 'all'], '--from reads a live bus: it does not go with --file'],
    [['extra'], 'unexpected argument "extra"'],
  ])('%j is a usage error that says what is wrong', async (args, message) => {
    const { status, stderr } = await explore(args);
    expect(status).toBe(2);
    expect(stderr).toContain(`mayastor-events explore: ${message}`);
  });

  it('a --listen value with a bidi override is quoted with it escaped: nothing reorders the line on the terminal', async () => {
    const { status, stderr } = await explore(['--listen', '\u202eevil']);
    expect(status).toBe(2);
    expect(stderr).toContain(String.raw`mayastor-events explore: --listen: expected host:port such as 0.0.0.0:9090, got "\u202eevil"` + '\n');
  });

  it('--help says how it reads and its exit statuses', async () => {
    let stdout = '';
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        stdout += chunk.toString();
        done();
      },
    });
    expect(await main(['explore', '--help'], { stdin: Readable.from([]), stdout: sink, stderr: sink, env: {} })).toBe(0);
    expect(stdout).toContain('the\nstream is never created');
    expect(stdout).toMatch(/Exit status: 0 when stopped by SIGINT or SIGTERM, 1 when the page cannot be served .*\n.*2 on a usage error\./u);
  });

  it('--max-bytes takes a number of bytes (then the file is read, here in vain), and --help says what the bound is', async () => {
    const { status, stderr } = await explore(['--max-bytes', '1048576', '--file', '/nonexistent/events.jsonl', '--listen', '127.0.0.1:0']);
    expect(status).toBe(1);
    expect(stderr).toContain('ENOENT');
    const { stdout } = await explore(['--help']);
    expect(stdout).toContain('[--max-bytes N]');
    expect(stdout).toMatch(/--max-bytes N +and no more than N bytes of them, on the server and again in the page\n +\(default 67108864: 64 MiB\)/u);
    expect(stdout).toContain('newest stays, alone, even if it is more than N bytes by itself');
  });

  it('a file that cannot be read is a clear error, status 1', async () => {
    const { status, stderr } = await explore(['--file', '/nonexistent/events.jsonl', '--listen', '127.0.0.1:0']);
    expect(status).toBe(1);
    expect(stderr).toBe("mayastor-events explore: ENOENT: no such file or directory, open '/nonexistent/events.jsonl'\n");
  });
});
