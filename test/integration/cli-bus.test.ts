// `mayastor-events tail` and `publish` as users run them: the built bin, as child processes,
// against a real nats-server.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { connect, type NatsConnection } from 'nats';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_STREAM_NAME, decode, encodeToString, type CatalogEvent } from 'mayastor-events';
import { main } from '../../src/cli/main.js';
import { DECODE_THROWS, INJECTED_RANGE_ERROR } from '../support/decode-fault.js';
import { freePort, startNatsServer, type NatsServer } from '../support/nats-server.js';
import { sampleMessage } from '../support/samples.js';

// An injected failure of the decode step, for `tail` run in this process (the bin's child
// processes are not affected): see test/support/decode-fault.ts.
vi.mock('../../src/codec/decode.js', async (importOriginal) => (await import('../support/decode-fault.js')).withDecodeFault(await importOriginal()));

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'dist/cli.js');

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

let server: NatsServer;
let nc: NatsConnection;

/** The bin as a child process connected to the test server (NATS_URL), with its output collected. */
function start(
  args: string[],
  env: Record<string, string> = {},
): { child: ChildProcess; result: Promise<Run>; stderrIncludes(text: string): Promise<void>; stdoutIncludes(text: string): Promise<void> } {
  const child = spawn(process.execPath, [bin, ...args], {
    cwd: root,
    env: { ...process.env, NATS_URL: server.url, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const waiters: (() => void)[] = [];
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    for (const wake of waiters.splice(0)) wake();
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    for (const wake of waiters.splice(0)) wake();
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  const result = new Promise<Run>((resolve) =>
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    }),
  );
  async function includes(output: () => string, text: string): Promise<void> {
    while (!output().includes(text)) {
      if (child.exitCode !== null) throw new Error(`exited (${child.exitCode}) before writing ${JSON.stringify(text)}:\n${stderr}`);
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  }
  return { child, result, stderrIncludes: (text) => includes(() => stderr, text), stdoutIncludes: (text) => includes(() => stdout, text) };
}

const cli = (args: string[], env?: Record<string, string>): Promise<Run> => start(args, env).result;

/** Publishes one event with the bin; returns what `publish --json` printed. */
async function publish(key: string, ...sets: string[]): Promise<{ subject: string; sequence: number; event: CatalogEvent }> {
  const run = await cli(['publish', key, '--json', ...sets.flatMap((set) => ['--set', set])]);
  expect(run, run.stderr).toMatchObject({ status: 0 });
  return JSON.parse(run.stdout) as { subject: string; sequence: number; event: CatalogEvent };
}

async function lastSequence(): Promise<number> {
  const jsm = await nc.jetstreamManager();
  return (await jsm.streams.info(DEFAULT_STREAM_NAME)).state.last_seq;
}

const lines = (text: string): string[] => text.split('\n').filter((line) => line !== '');

/** A sample message with a fresh id (and so its own subject), as JSON text with `extra` in front when given. */
function rawMessage(key: string, extra?: string): { id: string; text: string } {
  const message = sampleMessage(key) as { metadata: { id: string } };
  message.metadata.id = randomUUID();
  const text = JSON.stringify(message);
  return { id: message.metadata.id, text: extra === undefined ? text : `{"extra":${extra},${text.slice(1)}` };
}

/** Stores raw bytes on `subject` with a JetStream publish (as a broken or hostile producer would); returns the stream sequence. */
async function publishRaw(subject: string, text: string): Promise<number> {
  return (await nc.jetstream().publish(subject, new TextEncoder().encode(text))).seq;
}

/** Runs the CLI in this process (so that the injected decode failure applies), with the test server's URL. */
async function runHere(args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (text: string) => void): Writable =>
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        append(chunk.toString());
        done();
      },
    });
  const status = await main(args, {
    stdin: Readable.from([]),
    stdout: sink((text) => (stdout += text)),
    stderr: sink((text) => (stderr += text)),
    env: { NATS_URL: server.url },
  });
  return { status, stdout, stderr };
}

/** The characters that act on a terminal or break a line: C0/C1 controls, DEL, bidi controls, line and paragraph separators. */
const HOSTILE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;
const HOSTILE_TARGET = '\u001b[2J\u001b[1;31mPWNED\u001b]0;title\u0007\u202e';
const HOSTILE_NODE = 'n\u001b[8m';
/** A timestamp the decoder accepts (chrono allows trailing whitespace) that would break one line per event. */
const HOSTILE_TIMESTAMP = '2024-05-01T10:20:30Z\r\n\n\u000b';

/** The bin with standard output (or error) closed by its reader before it writes, as `… | head -0`. */
function startClosed(args: string[], closed: 'stdout' | 'stderr' = 'stdout'): { child: ChildProcess; result: Promise<Run & { signal: NodeJS.Signals | null }> } {
  const child = spawn(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, NATS_URL: server.url }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child[closed]!.destroy();
  if (closed === 'stderr') child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  else child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  const result = new Promise<Run & { signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr });
    }),
  );
  return { child, result };
}

beforeAll(async () => {
  server = await startNatsServer();
  nc = await connect({ servers: server.url });
}, 20_000);

afterAll(async () => {
  await nc?.close();
  await server?.dispose();
});

describe('cli - publish and tail', () => {
  it('publish prints the subject, sequence and event; tail --from all --max N shows one line per event', async () => {
    const target = '0b6f5d2e-8f3e-4d1a-9a57-3c2e1f0a9b77';
    const text = await cli(['publish', 'volume.create', '--set', `target=${target}`, '--set', 'metadata.source.node=io-engine-1']);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^published volume\.create to events\.\d+\.[0-9a-f-]+ \(stream events-stream, sequence 1\)\n/);
    const rebuild = await publish('nexus.rebuildBegin', 'metadata.source.event_details.rebuild_details.rebuild_status=1');

    const tail = await cli(['tail', '--from', 'all', '--max', '2']);
    expect(tail.status, tail.stderr).toBe(0);
    const shown = lines(tail.stdout);
    expect(shown).toHaveLength(2);
    expect(shown[0]).toMatch(new RegExp(`^\\S+Z? volume\\.create target=${target} node=io-engine-1$`));
    expect(shown[1]).toContain(`${rebuild.event.metadata.timestamp} nexus.rebuildBegin target=${rebuild.event.target} node=${rebuild.event.metadata.source.node}`);
    expect(shown[1]).toContain(' rebuild_details.rebuild_status=1');
  });

  it('tail --json prints each event exactly as published, one per line', async () => {
    const from = (await lastSequence()) + 1;
    const published = [await publish('pool.create'), await publish('nexus.rebuildEnd'), await publish('highAvailability.switchOver')];
    const tail = await cli(['tail', '--json', '--from', String(from), '--max', '3']);
    expect(tail.status, tail.stderr).toBe(0);
    const shown = lines(tail.stdout);
    expect(shown).toEqual(published.map(({ event }) => encodeToString(event)));
    for (const [i, line] of shown.entries()) expect(decode(line)).toMatchObject({ kind: 'event', event: published[i]!.event });
  });

  it('tail with patterns shows only the events they match; an invalid pattern is a usage error naming it', async () => {
    const from = (await lastSequence()) + 1;
    await publish('volume.create');
    const nexus = await publish('nexus.create');
    await publish('replica.create');
    const pool = await publish('pool.delete');
    const tail = await cli(['tail', 'nexus.*', 'pool.>', '--from', String(from), '--max', '2']);
    expect(tail.status, tail.stderr).toBe(0);
    expect(lines(tail.stdout).map((line) => line.split(' ')[1])).toEqual(['nexus.create', 'pool.delete']);
    expect(tail.stdout).toContain(`target=${nexus.event.target}`);
    expect(tail.stdout).toContain(`target=${pool.event.target}`);

    const creates = await cli(['tail', '*.create', '--json', '--from', String(from), '--max', '3']);
    expect(lines(creates.stdout).map((line) => decode(line)).map((result) => (result.kind === 'event' ? result.key : result.kind))).toEqual([
      'volume.create',
      'nexus.create',
      'replica.create',
    ]);

    const bad = await cli(['tail', 'nexus.*', 'nexus.bogus']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^mayastor-events tail: "nexus\.bogus" is not a subject key pattern.*\nUsage: mayastor-events tail/s);
  });

  it('tail shows an unknown event and an invalid message as such', async () => {
    const from = (await lastSequence()) + 1;
    const js = nc.jetstream();
    const valid = JSON.stringify(sampleMessage('nexus.rebuildBegin'));
    const unknownSequence = (await js.publish('events.3.unknown-1', new TextEncoder().encode(valid.replace('"action":4', '"action":99')))).seq;
    const invalidSequence = (await js.publish('events.3.invalid-1', new TextEncoder().encode(valid.replace('"version":1', '"version":1.0')))).seq;
    const after = await publish('nexus.create');
    const tail = await cli(['tail', '--from', String(from), '--max', '3']);
    expect(tail.status, tail.stderr).toBe(0);
    const shown = lines(tail.stdout);
    expect(shown[0]).toBe(`unknown (events.3.unknown-1, sequence ${unknownSequence}): category 3 (Nexus) / action 99 is not in this SDK's catalog (from a newer Mayastor?)`);
    expect(shown[1]).toBe(`invalid (events.3.invalid-1, sequence ${invalidSequence}) at /metadata/version: invalid type: floating point \`1.0\`, expected i32`);
    expect(shown[2]).toContain(`nexus.create target=${after.event.target}`);

    // With --json, standard output holds only events; the verdicts go to standard error.
    const json = await cli(['tail', '--json', '--from', String(from), '--max', '3']);
    expect(lines(json.stdout)).toEqual([encodeToString(after.event)]);
    expect(json.stderr).toMatch(/^unknown \(events\.3\.unknown-1, .*\ninvalid \(events\.3\.invalid-1, sequence \d+\) at \/metadata\/version: /m);
  });

  it('tail names what is wrong and where, with subject and sequence: not JSON (the column), a timestamp field out of range, a known pair out of form', async () => {
    const from = (await lastSequence()) + 1;
    const notJson = await publishRaw('events.2.not-json', '{"category": x}');
    const month = rawMessage('volume.create');
    const monthSequence = await publishRaw(`events.2.${month.id}`, month.text.replace(/"timestamp":"[^"]*"/, '"timestamp":"2024-13-01T10:20:30Z"'));
    const noMetadata = await publishRaw('events.2.no-metadata', JSON.stringify({ category: 2, action: 1, target: 'v', metadata: null }));
    const tail = await cli(['tail', '--from', String(from), '--max', '3']);
    expect(tail.status, tail.stderr).toBe(0);
    expect(lines(tail.stdout)).toEqual([
      `invalid (events.2.not-json, sequence ${notJson}): not JSON: unexpected character 'x' where a value should be, at column 14`,
      `invalid (events.2.${month.id}, sequence ${monthSequence}) at /metadata/timestamp: invalid timestamp "2024-13-01T10:20:30Z": month 13 is out of range (1-12)`,
      `uncatalogued (events.2.no-metadata, sequence ${noMetadata}): not in the catalogued form of volume.create: /metadata expected an EventMeta object, got null`,
    ]);
    expect(tail.stdout).not.toMatch(/newer/);
  });

  it('tail shows a message nested too deep with its subject and stream sequence, and goes on to the events behind it', async () => {
    const from = (await lastSequence()) + 1;
    // serde_json skips an unknown member at any depth: the Rust services read this one.
    const deepUnknown = rawMessage('volume.create', `${'['.repeat(10_000)}${']'.repeat(10_000)}`);
    await publishRaw(`events.2.${deepUnknown.id}`, deepUnknown.text);
    // A document of 100,000 nested arrays (200 KB, under NATS's 1 MB payload): invalid (serde_json
    // reads an array as a struct's members in order, and `[` is no i32).
    const deepId = randomUUID();
    const deepSequence = await publishRaw(`events.2.${deepId}`, `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    const after = [await publish('volume.create'), await publish('volume.delete')];

    const tail = await cli(['tail', '--from', String(from), '--max', '4']);
    expect(tail.status, tail.stderr).toBe(0);
    const shown = lines(tail.stdout);
    expect(shown).toHaveLength(4);
    expect(shown[0]).toMatch(/^\S+ volume\.create target=/);
    expect(shown[1]).toMatch(new RegExp(`^invalid \\(events\\.2\\.${deepId}, sequence ${deepSequence}\\)( at \\S+)?: \\S`));
    expect(shown[2]).toContain(`volume.create target=${after[0]!.event.target}`);
    expect(shown[3]).toContain(`volume.delete target=${after[1]!.event.target}`);
  });

  it('tail shows a message whose decoding failed (injected) as unreadable, with its subject and stream sequence, and goes on', async () => {
    const from = (await lastSequence()) + 1;
    const poison = rawMessage('volume.create', JSON.stringify(DECODE_THROWS));
    const poisonSequence = await publishRaw(`events.2.${poison.id}`, poison.text);
    const after = [await publish('volume.create'), await publish('pool.create')];

    const tail = await runHere(['tail', '--from', String(from), '--max', '3']);
    expect(tail.status, tail.stderr).toBe(0);
    expect(lines(tail.stdout)).toEqual([
      `unreadable (events.2.${poison.id}, sequence ${poisonSequence}): this SDK failed to read the message (RangeError: ${INJECTED_RANGE_ERROR}); please report it`,
      expect.stringContaining(`volume.create target=${after[0]!.event.target}`),
      expect.stringContaining(`pool.create target=${after[1]!.event.target}`),
    ]);
  });

  it('tail --from new shows what is published after it started, and stops cleanly on SIGTERM', async () => {
    const live = start(['tail', 'volume.*', '--max', '1']);
    await live.stderrIncludes('following');
    const event = await publish('volume.delete');
    const run = await live.result;
    expect(run.status, run.stderr).toBe(0);
    expect(lines(run.stdout)).toEqual([expect.stringContaining(`volume.delete target=${event.event.target}`)]);

    const idle = start(['tail']);
    await idle.stderrIncludes('following');
    idle.child.kill('SIGTERM');
    expect((await idle.result).status).toBe(0);
  });

  it('tail ends quietly when its output is closed (EPIPE), text or --json', async () => {
    for (const args of [['tail', 'node.*'], ['tail', 'node.*', '--json']]) {
      const piped = start(args);
      await piped.stderrIncludes('following');
      piped.child.stdout!.destroy();
      await publish('node.stateChange');
      await publish('node.stateChange');
      const run = await piped.result;
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).not.toMatch(/EPIPE|Error/);
    }
  });

  it('publish with its output closed publishes the event and exits 0 quietly, text or --json', async () => {
    for (const args of [['publish', 'pool.create'], ['publish', 'pool.create', '--json']]) {
      const before = await lastSequence();
      const run = await startClosed(args).result;
      expect({ args, status: run.status, signal: run.signal, stderr: run.stderr }).toEqual({ args, status: 0, signal: null, stderr: '' });
      expect(await lastSequence()).toBe(before + 1);
    }
  });

  it('stats with its log (standard error) closed keeps serving, and stops with status 0 on SIGTERM', async () => {
    const port = await freePort();
    const stats = startClosed(['stats', '--listen', `127.0.0.1:${port}`, '--bucket', `cli_closed_log_${randomUUID().slice(0, 8)}`], 'stderr');
    let ready = false;
    while (!ready && stats.child.exitCode === null) {
      ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
        (response) => response.status === 200,
        () => false,
      );
      if (!ready) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(ready, 'ready before it exited').toBe(true);
    stats.child.kill('SIGTERM');
    const run = await stats.result;
    expect({ status: run.status, signal: run.signal, stdout: run.stdout }).toEqual({ status: 0, signal: null, stdout: '' });
  });

  it('tail shows a hostile producer\'s target, node and timestamp quoted and escaped: one line per event, no raw control or bidi character', async () => {
    const from = (await lastSequence()) + 1;
    const hostile = sampleMessage('volume.create') as { target: string; metadata: { id: string; timestamp: string; source: { node: string } } };
    hostile.metadata.id = randomUUID();
    hostile.target = HOSTILE_TARGET;
    hostile.metadata.source.node = HOSTILE_NODE;
    hostile.metadata.timestamp = HOSTILE_TIMESTAMP;
    await publishRaw(`events.2.${hostile.metadata.id}`, JSON.stringify(hostile));
    // Invalid: its reason quotes the bad timestamp, its subject carries an ESC too.
    const invalid = rawMessage('volume.create');
    const invalidSubject = `events.2.${invalid.id}\u001b[2J`;
    await publishRaw(invalidSubject, invalid.text.replace(/"timestamp":"[^"]*"/, `"timestamp":${JSON.stringify(`x${HOSTILE_TARGET}\u2028`)}`));
    const after = await publish('volume.delete');

    const tail = await cli(['tail', '--from', String(from), '--max', '3']);
    expect(tail.status, tail.stderr).toBe(0);
    const shown = tail.stdout.split('\n');
    expect(shown).toHaveLength(4); // three lines and the end of the last one
    for (const line of shown) expect(line).not.toMatch(HOSTILE);
    expect(shown[0]).toBe(
      String.raw`"2024-05-01T10:20:30Z\r\n\n\u000b" volume.create target="\u001b[2J\u001b[1;31mPWNED\u001b]0;title\u0007\u202e" node="n\u001b[8m"`,
    );
    expect(shown[1]).toMatch(/^invalid \(events\.2\.[0-9a-f-]+\\u001b\[2J, sequence \d+\) at \/metadata\/timestamp: invalid timestamp "x\\u001b\[2J/);
    expect(shown[2]).toContain(`volume.delete target=${after.event.target}`);

    // --json: JSON with every such character escaped; it reads back as the event the producer sent.
    const json = await cli(['tail', '--json', '--from', String(from), '--max', '3']);
    const events = lines(json.stdout);
    expect(events).toHaveLength(2);
    for (const line of events) expect(line).not.toMatch(HOSTILE);
    expect(events[1]).toBe(encodeToString(after.event));
    expect(decode(events[0]!)).toMatchObject({ kind: 'event', event: { target: HOSTILE_TARGET, metadata: { source: { node: HOSTILE_NODE } } } });
    for (const line of lines(json.stderr)) expect(line).not.toMatch(HOSTILE);
    expect(json.stderr).toContain('invalid (events.2.');
  });

  it('publish with a --set that makes the event invalid names the path and publishes nothing', async () => {
    const before = await lastSequence();
    const run = await cli(['publish', 'nexus.rebuildBegin', '--set', 'metadata.source.node=5', '--set', 'metadata.source.event_details.rebuild_details.rebuild_status="x"']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    const errors = lines(run.stderr);
    expect(errors.some((line) => line.startsWith('mayastor-events publish: metadata.source.node: '))).toBe(true);
    expect(errors.some((line) => line.startsWith('mayastor-events publish: metadata.source.event_details.rebuild_details.rebuild_status: '))).toBe(true);
    expect(errors.at(-1)).toContain('nothing was published');

    const unknownKey = await cli(['publish', 'nexus.rebuildBegun']);
    expect(unknownKey.status).toBe(2);
    expect(unknownKey.stderr).toContain('"nexus.rebuildBegun" is not a catalogued event key; `mayastor-events schema --list` lists them');
    const badSet = await cli(['publish', 'volume.create', '--set', 'target']);
    expect(badSet.status).toBe(2);
    expect(badSet.stderr).toContain('--set "target": expected path=value');
    expect(await lastSequence()).toBe(before);
  });

  it('an unreachable server is a one-line error and a non-zero exit', async () => {
    const url = `nats://127.0.0.1:${await freePort()}`;
    for (const args of [['tail'], ['publish', 'volume.create']]) {
      const run = await cli(args, { NATS_URL: url });
      expect(run.status, args.join(' ')).toBe(1);
      expect(run.stderr).toMatch(new RegExp(`^mayastor-events ${args[0]}: cannot connect to NATS at .*${url.slice(7).replaceAll('.', '\\.')}.*\\n$`));
    }
  });

  it('tail only reads: on a server without the events stream it says so and exits 3, leaving no stream behind', async () => {
    const empty = await startNatsServer();
    try {
      const run = await cli(['tail'], { NATS_URL: empty.url });
      expect(run.status, run.stderr).toBe(3);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        `mayastor-events tail: there is no stream events-stream on ${empty.url} (in the account these credentials use); nothing to tail. ` +
          'The Mayastor services create it when they start: check --nats-url and the credentials, or use --wait to wait for it\n',
      );
      const other = await connect({ servers: empty.url });
      try {
        const jsm = await other.jetstreamManager();
        expect(await jsm.streams.names().next()).toEqual([]);
      } finally {
        await other.close();
      }
    } finally {
      await empty.dispose();
    }
  });

  it('tail --wait says it waits for the stream, creates none, and follows it once a publisher made it', async () => {
    const empty = await startNatsServer();
    const other = await connect({ servers: empty.url });
    try {
      const waiting = start(['tail', '--wait', '--from', 'all', '--max', '1'], { NATS_URL: empty.url });
      await waiting.stderrIncludes('waiting for it');
      const jsm = await other.jetstreamManager();
      expect(await jsm.streams.names().next()).toEqual([]);
      const published = await cli(['publish', 'volume.create', '--json'], { NATS_URL: empty.url });
      expect(published.status, published.stderr).toBe(0);
      const event = (JSON.parse(published.stdout) as { event: CatalogEvent }).event;
      const run = await waiting.result;
      expect(run.status, run.stderr).toBe(0);
      expect(lines(run.stdout)).toEqual([expect.stringContaining(`volume.create target=${event.target}`)]);
      expect(run.stderr).toMatch(/there is no stream events-stream on .*; waiting for it .*\n.*following events-stream \(events\.>\)/);
    } finally {
      await other.close();
      await empty.dispose();
    }
  });

  it('tail says when the stream goes away while it reads: exits 3; with --wait, follows the stream made again from its first event', async () => {
    const own = await startNatsServer();
    const other = await connect({ servers: own.url });
    try {
      const env = { NATS_URL: own.url };
      expect((await cli(['publish', 'pool.create'], env)).status).toBe(0);
      const exiting = start(['tail', '--from', 'all'], env);
      const waiting = start(['tail', '--from', 'all', '--wait'], env);
      await exiting.stderrIncludes('following');
      await waiting.stderrIncludes('following');
      const jsm = await other.jetstreamManager();
      await jsm.streams.delete(DEFAULT_STREAM_NAME);
      const exited = await exiting.result;
      expect(exited.status, exited.stderr).toBe(3);
      expect(exited.stderr).toMatch(/the stream events-stream went away \(deleted, or lost in a server restart\)\n.*events-stream is not there now; nothing to tail/);
      await waiting.stderrIncludes('waiting for it');
      const again = await cli(['publish', 'nexus.create', '--json'], env);
      const event = (JSON.parse(again.stdout) as { event: CatalogEvent }).event;
      await waiting.stderrIncludes('from the first event of the new stream');
      // The new stream's first event (sequence 1 again) is shown.
      await waiting.stdoutIncludes(`nexus.create target=${event.target}`);
      waiting.child.kill('SIGTERM');
      const run = await waiting.result;
      expect(run.status, run.stderr).toBe(0);
      expect(lines(run.stdout).at(-1)).toContain(`nexus.create target=${event.target}`);
    } finally {
      await other.close();
      await own.dispose();
    }
  });

  it('tail --wait through a server restart: says the connection went and came back, that the (memory) stream was lost, and follows the new one', async () => {
    const own = await startNatsServer();
    try {
      const env = { NATS_URL: own.url };
      expect((await cli(['publish', 'volume.create'], env)).status).toBe(0);
      const tail = start(['tail', '--from', 'all', '--wait'], env);
      await tail.stderrIncludes('following');
      await own.restart();
      await tail.stderrIncludes('lost the connection to NATS');
      await tail.stderrIncludes('connected again to NATS');
      await tail.stderrIncludes('the stream events-stream went away');
      await tail.stderrIncludes('waiting for it');
      const again = await cli(['publish', 'pool.create', '--json'], env);
      const event = (JSON.parse(again.stdout) as { event: CatalogEvent }).event;
      await tail.stdoutIncludes(`pool.create target=${event.target}`);
      tail.child.kill('SIGINT');
      expect((await tail.result).status).toBe(0);
    } finally {
      await own.dispose();
    }
  });

  it('--help describes both commands, their flags and environment variables', async () => {
    const overview = await cli(['--help']);
    expect(overview.stdout).toMatch(/^ {2}tail +print the events of the events stream/m);
    expect(overview.stdout).toMatch(/^ {2}publish +fabricate and publish one event/m);
    for (const [command, flags] of [
      ['tail', ['--from', '--wait', '--json', '--max', 'nexus.*']],
      ['publish', ['--set', '--json', 'schema --list']],
    ] as const) {
      const help = await cli([command, '--help']);
      expect(help.status).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: mayastor-events ${command} `));
      for (const text of [...flags, '--nats-url', 'NATS_URL', '--user', 'NATS_USER', '--password', '--token', 'NATS_TOKEN', '--creds', 'NATS_CREDS']) {
        expect(help.stdout).toContain(text);
      }
    }
  });
});
