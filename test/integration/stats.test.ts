// The stats service against a real nats-server: what /stats serves equals what was published,
// a service killed with SIGKILL mid-stream and started again neither loses nor doubles a count,
// and, as an operator sees it, NATS coming and going: /readyz, the log, waiting at start, and one
// call that stops everything the service opened.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { AckPolicy } from 'nats';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EventKey } from 'mayastor-events';
import { fabricate } from 'mayastor-events/testing';
import { connectEventBus, type NatsEventBus } from '../../src/bus/connect.js';
import {
  DEFAULT_STATS_BUCKET,
  DEFAULT_STATS_KEY,
  openNatsCounterStore,
  parseCounts,
  startStatsService,
  type CounterStore,
  type NatsCounterStore,
  type StatsLogger,
  type StatsService,
} from '../../src/stats/index.js';
import { deepKnownMember, deepUnknownMember, waitFor } from '../support/bus-behaviour.js';
import { DECODE_THROWS } from '../support/decode-fault.js';
import { rawClient, removeStreams, testBusOptions, type RawClient } from '../support/nats-bus.js';
import { freePort, startNatsServer, type NatsServer } from '../support/nats-server.js';

// An injected failure of the decode step for the poison test (see test/support/decode-fault.ts);
// the stats processes the other tests spawn are not affected.
vi.mock('../../src/codec/decode.js', async (importOriginal) => (await import('../support/decode-fault.js')).withDecodeFault(await importOriginal()));

interface MetricFamily {
  name: string;
  type: string;
  metrics: { labels?: Record<string, string>; value: string }[];
}
const parsePrometheus = createRequire(import.meta.url)('parse-prometheus-text-format') as (text: string) => MetricFamily[];

const root = fileURLToPath(new URL('../..', import.meta.url));
const runner = fileURLToPath(new URL('../support/stats-runner.ts', import.meta.url));

/** Per-key counts, unknown, invalid and sequence as `GET /stats` says them. */
interface Scraped {
  events: Record<string, number>;
  upstream: Record<string, number>;
  unknown: number;
  invalid: number;
  sequence: number;
  pending: number | undefined;
}

async function scrape(base: string): Promise<Scraped> {
  const response = await fetch(`${base}/stats`);
  expect(response.status).toBe(200);
  const families = parsePrometheus(await response.text());
  const one = (name: string) => {
    const value = families.find((f) => f.name === name)?.metrics[0]?.value;
    return value === undefined ? undefined : Number(value);
  };
  const events: Record<string, number> = {};
  for (const metric of families.find((f) => f.name === 'mayastor_events_total')!.metrics) {
    const value = Number(metric.value);
    if (value > 0) events[`${metric.labels!['category']}.${metric.labels!['action']}`] = value;
  }
  const upstream: Record<string, number> = {};
  for (const name of ['volume', 'pool', 'nexus']) {
    for (const metric of families.find((f) => f.name === name)!.metrics) upstream[`${name}/${metric.labels!['action']}`] = Number(metric.value);
  }
  return { events, upstream, unknown: one('mayastor_events_unknown_total')!, invalid: one('mayastor_events_invalid_total')!, sequence: one('mayastor_events_last_sequence')!, pending: one('mayastor_events_consumer_pending') };
}

const KEYS: readonly EventKey[] = ['volume.create', 'volume.delete', 'pool.create', 'pool.delete', 'nexus.create', 'nexus.rebuildBegin', 'nexus.rebuildEnd', 'replica.create', 'node.stateChange'];

/** What was published, as the service should count it. */
class Ledger {
  readonly events: Record<string, number> = {};
  unknown = 0;
  invalid = 0;
  total = 0;

  add(key: string): void {
    this.events[key] = (this.events[key] ?? 0) + 1;
    this.total++;
  }
}

let server: NatsServer;
let raw: RawClient;
const buses: NatsEventBus[] = [];
const children: ChildProcess[] = [];

beforeAll(async () => {
  server = await startNatsServer();
  raw = await rawClient(server);
});

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await Promise.all(buses.splice(0).map((bus) => bus.close()));
  await removeStreams(raw);
});

afterAll(async () => {
  await raw?.nc.close();
  await server?.dispose();
});

/** Publishes `count` events through the SDK, then one invalid and one unknown message raw (as a foreign publisher would). */
async function publish(bus: NatsEventBus, ledger: Ledger, count: number): Promise<void> {
  const js = raw.nc.jetstream();
  const keys = Array.from({ length: count }, (_, i) => KEYS[(ledger.total + i) % KEYS.length]!);
  const acks = await Promise.all(keys.map((key) => bus.publish(fabricate(key))));
  expect(acks.every((ack) => !ack.duplicate)).toBe(true);
  for (const key of keys) ledger.add(key);
  await js.publish(`events.2.invalid-${ledger.total}`, new TextEncoder().encode('{"category":2,'));
  ledger.invalid++;
  const unknown = JSON.stringify(fabricate('volume.create')).replace('"action":1', '"action":77');
  await js.publish(`events.2.unknown-${ledger.total}`, new TextEncoder().encode(unknown));
  ledger.unknown++;
}

function expectCounts(scraped: Scraped, ledger: Ledger): void {
  expect(scraped.events).toEqual(ledger.events);
  expect(scraped.unknown).toBe(ledger.unknown);
  expect(scraped.invalid).toBe(ledger.invalid);
  expect(scraped.upstream).toEqual({
    'volume/created': ledger.events['volume.create'] ?? 0,
    'volume/deleted': ledger.events['volume.delete'] ?? 0,
    'pool/created': ledger.events['pool.create'] ?? 0,
    'pool/deleted': ledger.events['pool.delete'] ?? 0,
    'nexus/created': ledger.events['nexus.create'] ?? 0,
    'nexus/deleted': ledger.events['nexus.delete'] ?? 0,
    'nexus/rebuild_started': ledger.events['nexus.rebuildBegin'] ?? 0,
    'nexus/rebuild_ended': ledger.events['nexus.rebuildEnd'] ?? 0,
  });
}

/** Starts the stats command in a child process; resolves with its base URL once it is ready. */
function spawnRunner(env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', runner], {
    cwd: root,
    env: { ...process.env, NATS_URL: server.url, STATS_LISTEN: '127.0.0.1:0', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(child);
  return child;
}

async function spawnStats(bucket: string): Promise<{ child: ChildProcess; base: string; log: () => string }> {
  const child = spawnRunner({ STATS_BUCKET: bucket });
  children.push(child);
  let log = '';
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  await waitFor(() => /consuming /.test(log) || child.exitCode !== null, 20_000, `the stats process to start:\n${log}`);
  const port = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(log)?.[1];
  if (port === undefined) throw new Error(`the stats process did not start:\n${log}`);
  return { child, base: `http://127.0.0.1:${port}`, log: () => log };
}

async function until(base: string, predicate: (scraped: Scraped) => boolean, timeout: number, what: string): Promise<Scraped> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const scraped = await scrape(base);
    if (predicate(scraped)) return scraped;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(scraped)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('stats service on nats-server', () => {
  it('GET /stats equals the events published, and the counts are in the key-value bucket', async () => {
    const bus = await connectEventBus(testBusOptions(server));
    buses.push(bus);
    const ledger = new Ledger();
    for (let i = 0; i < 6; i++) await publish(bus, ledger, 50);
    const store = await openNatsCounterStore({ servers: server.url });
    let service: StatsService | undefined;
    try {
      service = await startStatsService({
        bus,
        store,
        listen: '127.0.0.1:0',
        logger: {},
        streamIdentity: await store.streamIdentity(bus.stream),
        pending: () => store.consumerPending(bus.stream, 'stats-events-consumer'),
      });
      const base = `http://127.0.0.1:${service.address!.port}`;
      const last = (await raw.jsm.streams.info(bus.stream)).state.last_seq;
      const scraped = await until(base, (s) => s.sequence === last, 30_000, `sequence ${last}`);
      expectCounts(scraped, ledger);
      expect((await scrape(base)).pending).toBe(0);
      // /metrics, where Prometheus scrapes, serves what /stats serves.
      expect(await (await fetch(`${base}/metrics`)).text()).toBe(await (await fetch(`${base}/stats`)).text());
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
      const entry = await (await raw.nc.jetstream().views.kv(DEFAULT_STATS_BUCKET, { bindOnly: true })).get(DEFAULT_STATS_KEY);
      expect(parseCounts(entry!.value)).toEqual(service.counts());
    } finally {
      await service?.stop();
      await store.close();
    }
  }, 60_000);

  it('poison - messages this SDK fails to read or the Rust services reject, amid 20 events: each counted, counting goes on, /readyz 200', async () => {
    const bus = await connectEventBus(testBusOptions(server));
    buses.push(bus);
    const js = raw.nc.jetstream();
    const ledger = new Ledger();
    const publishSome = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const key = KEYS[ledger.total % KEYS.length]!;
        await bus.publish(fabricate(key));
        ledger.add(key);
      }
    };
    await publishSome(10);
    await js.publish('events.2.poison', new TextEncoder().encode(JSON.stringify({ ...fabricate('volume.create'), target: DECODE_THROWS })));
    await js.publish('events.2.deep-known', new TextEncoder().encode(deepKnownMember()));
    ledger.invalid += 2;
    await js.publish('events.2.deep-unknown', new TextEncoder().encode(deepUnknownMember('deep'))); // read as Rust reads it: an event
    ledger.add('volume.create');
    await publishSome(10);
    const store = await openNatsCounterStore({ servers: server.url, bucket: 'stats-poison-test' });
    let service: StatsService | undefined;
    try {
      service = await startStatsService({ bus, store, listen: '127.0.0.1:0', logger: {}, streamIdentity: await store.streamIdentity(bus.stream) });
      const base = `http://127.0.0.1:${service.address!.port}`;
      const last = (await raw.jsm.streams.info(bus.stream)).state.last_seq;
      const scraped = await until(base, (s) => s.sequence === last, 30_000, `sequence ${last}`);
      expectCounts(scraped, ledger);
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
    } finally {
      await service?.stop();
      await store.close();
    }
  }, 60_000);

  it("--durable (STATS_DURABLE): beside upstream's call-home stats, whose push consumer has the default name, it counts as its own consumer", async () => {
    const bus = await connectEventBus(testBusOptions(server)); // makes the stream
    buses.push(bus);
    const jsm = raw.jsm;
    const stream = bus.stream;
    await jsm.consumers.add(stream, { durable_name: 'stats-events-consumer', deliver_subject: 'upstream.stats.deliver', ack_policy: AckPolicy.Explicit, max_ack_pending: 1 });
    {
      const child = spawnRunner({ STATS_BUCKET: 'stats-beside', STATS_DURABLE: 'stats-beside' });
      let log = '';
      child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
      await waitFor(() => /consuming /.test(log) || child.exitCode !== null, 20_000, `the stats process to start:\n${log}`);
      expect(log).toMatch(/consuming events\.> as durable consumer stats-beside\n/);
      expect((await jsm.consumers.info(stream, 'stats-events-consumer')).config.deliver_subject).toBe('upstream.stats.deliver');
      await bus.publish(fabricate('volume.create'));
      const port = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(log)![1];
      await until(`http://127.0.0.1:${port}`, (scraped) => scraped.events['volume.create'] === 1, 30_000, 'the event counted');
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  }, 60_000);

  it('a password in NATS_URL: the stats CLI waits for NATS, then connects, and none of its log lines naming the servers shows the credentials', async () => {
    // Reached only with a server that comes late: the waiting line, then "answered after" and
    // "connected to NATS at" (a test without a server sees the first alone).
    const port = await freePort();
    const child = spawnRunner({ NATS_URL: `nats://operator:s3cret@127.0.0.1:${port}`, STATS_BUCKET: 'stats-credentials' });
    let log = '';
    child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    await waitFor(() => /waiting for NATS/.test(log) || child.exitCode !== null, 20_000, `the waiting line:\n${log}`);
    const late = await startNatsServer({ port });
    try {
      await waitFor(() => /consuming /.test(log) || child.exitCode !== null, 20_000, `the stats process to connect:\n${log}`);
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((resolve) => child.once('exit', resolve));
      }
      expect(log).not.toMatch(/s3cret|operator/);
      const where = `nats://127.0.0.1:${port}`;
      for (const said of [`WARN waiting for NATS at ${where} (`, `INFO NATS at ${where} answered after `, `INFO connected to NATS at ${where}; `]) expect(log, log).toContain(said);
    } finally {
      await late.dispose();
    }
  }, 60_000);

  it("upstream's push consumer under the default name, and no --durable: exit 1, and the error says to start it with --durable", async () => {
    const bus = await connectEventBus(testBusOptions(server)); // makes the stream
    buses.push(bus);
    await raw.jsm.consumers.add(bus.stream, { durable_name: 'stats-events-consumer', deliver_subject: 'upstream.stats.deliver', ack_policy: AckPolicy.Explicit, max_ack_pending: 1 });
    const child = spawnRunner({ STATS_BUCKET: 'stats-refused' });
    let log = '';
    child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    const status = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(status, log).toBe(1);
    const refusal = log.split('\n').find((line) => line.startsWith('mayastor-events stats: '));
    expect(refusal, log).toBeDefined();
    expect(refusal).toContain('invalid option `durable`: consumer stats-events-consumer on events-stream is a push consumer (deliver subject upstream.stats.deliver)');
    expect(refusal).toContain('start it with another durable name: `mayastor-events stats --durable NAME` (or STATS_DURABLE=NAME');
    // Nothing was changed: upstream's consumer is as it was.
    expect((await raw.jsm.consumers.info(bus.stream, 'stats-events-consumer')).config.deliver_subject).toBe('upstream.stats.deliver');
  }, 60_000);

  it('SIGKILL mid-stream, then a restart: the counts equal the events published, none lost, none doubled', async () => {
    const bus = await connectEventBus(testBusOptions(server));
    buses.push(bus);
    const ledger = new Ledger();
    const bucket = 'stats-kill-test';
    let first = await spawnStats(bucket);

    // Events keep coming until the last restart is done.
    let publishingDone = false;
    const publishing = (async () => {
      while (!publishingDone) {
        await publish(bus, ledger, 10);
        await new Promise((resolve) => setTimeout(resolve, 60));
      }
    })();

    // Twice: kill it while it counts and events keep coming, then start it again.
    for (let kill = 0; kill < 2; kill++) {
      const counted = (await scrape(first.base)).sequence;
      await until(first.base, (s) => s.sequence > counted + 150, 30_000, 'counting to progress');
      first.child.kill('SIGKILL');
      await new Promise((resolve) => first.child.once('exit', resolve));
      first = await spawnStats(bucket);
      expect(first.log()).toMatch(/loaded counts at sequence [1-9]\d*/);
    }
    await until(first.base, (s) => s.sequence > 0 && s.pending !== undefined, 30_000, 'the restarted service to count');
    publishingDone = true;
    await publishing;
    const { first_seq: firstSequence, last_seq: last } = (await raw.jsm.streams.info(bus.stream)).state;
    expect(firstSequence).toBe(1); // nothing discarded by the stream's 3 MiB limit
    expect(last).toBe(ledger.total + ledger.invalid + ledger.unknown);
    const scraped = await until(first.base, (s) => s.sequence === last, 40_000, `sequence ${last}`);
    expectCounts(scraped, ledger);
    expect(scraped.pending).toBe(0);

    // A graceful stop on SIGTERM saves, says so, and exits 0.
    const exited = new Promise<number | null>((resolve) => first.child.once('exit', (code) => resolve(code)));
    first.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(first.log()).toMatch(/SIGTERM received[\s\S]*stopping[\s\S]*stopped with counts at sequence \d+/);
  }, 90_000);

  it('a crash after the counts are saved and before the ack: the redelivered message is acked without counting it again', async () => {
    const bus = await connectEventBus(testBusOptions(server));
    buses.push(bus);
    const ledger = new Ledger();
    for (let i = 0; i < 4; i++) await publish(bus, ledger, 25);
    const bucket = 'stats-crash-window';
    // The first save, at start, records the durable consumer in counts of nothing; the 41st holds sequence 40.
    const dying = spawnRunner({ STATS_BUCKET: bucket, STATS_KILL_AFTER_SAVES: '41' });
    const signal = await new Promise<NodeJS.Signals | null>((resolve) => dying.once('exit', (_code, killed) => resolve(killed)));
    expect(signal).toBe('SIGKILL');
    const saved = await (await raw.nc.jetstream().views.kv(bucket, { bindOnly: true })).get(DEFAULT_STATS_KEY);
    expect(parseCounts(saved!.value).sequence).toBe(40);

    const stats = await spawnStats(bucket);
    const last = (await raw.jsm.streams.info(bus.stream)).state.last_seq;
    const scraped = await until(stats.base, (s) => s.sequence === last, 30_000, `sequence ${last}`);
    expectCounts(scraped, ledger);
    expect(stats.log()).toContain('loaded counts at sequence 40');
    expect(stats.log()).toContain('sequence 40 is already in the saved counts: acked without counting it again');
  }, 60_000);
});

/** Every log line of a service, `LEVEL message`, debug left out as an operator runs it. */
function logSpy(): { logger: StatsLogger; lines: string[]; count(pattern: RegExp): number } {
  const lines: string[] = [];
  const logger: StatsLogger = { info: (m) => lines.push(`INFO ${m}`), warn: (m) => lines.push(`WARN ${m}`), error: (m) => lines.push(`ERROR ${m}`) };
  return { logger, lines, count: (pattern) => lines.filter((line) => pattern.test(line)).length };
}

async function readyz(service: StatsService): Promise<{ status: number; body: string }> {
  const response = await fetch(`http://127.0.0.1:${service.address!.port}/readyz`);
  return { status: response.status, body: await response.text() };
}

async function eventually<T>(read: () => Promise<T>, predicate: (value: T) => boolean, what: string, timeout = 30_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (predicate(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('stats service on its own bus and store: NATS coming and going, as an operator sees it', () => {
  // A server of its own, stopped and started by these tests, with the monitoring port on to see
  // which connections are open.
  let natsd: NatsServer;
  let monitor: number;
  let publisher: NatsEventBus;
  const services: StatsService[] = [];

  /** The names of the client connections the server has now. */
  async function connectionNames(): Promise<string[]> {
    const connz = (await (await fetch(`http://127.0.0.1:${monitor}/connz`)).json()) as { connections?: { name?: string }[] };
    return (connz.connections ?? []).map((c) => c.name ?? '');
  }
  const serviceConnections = async () => (await connectionNames()).filter((name) => name === 'mayastor-events' || name === 'mayastor-events-stats');

  async function startOwn(extra: Parameters<typeof startStatsService>[0] = {}): Promise<StatsService> {
    const service = await startStatsService({ servers: natsd.url, listen: '127.0.0.1:0', logger: {}, ...extra });
    services.push(service);
    return service;
  }

  const published = async (n: number, key: EventKey = 'volume.create') => {
    for (let i = 0; i < n; i++) await publisher.publish(fabricate(key));
    return (await publisher.connection.jetstreamManager()).streams.info(publisher.stream).then((info) => info.state.last_seq);
  };

  beforeAll(async () => {
    monitor = await freePort();
    natsd = await startNatsServer({ args: () => ['-m', String(monitor)] });
    publisher = await connectEventBus({ servers: natsd.url, connection: { name: 'test-publisher', reconnectTimeWait: 100 }, logger: {} });
  });

  afterEach(async () => {
    for (const service of services.splice(0)) await service.stop();
    if (natsd.pid === -1) await natsd.start();
  });

  afterAll(async () => {
    await publisher?.close();
    await natsd?.dispose();
  });

  it('one call starts it on its own bus and store (lag and stream identity included), and one stop() closes both connections', async () => {
    const service = await startOwn({ bucket: 'own-parts' });
    expect((await connectionNames()).sort()).toEqual(expect.arrayContaining(['mayastor-events', 'mayastor-events-stats']));
    const last = await published(3);
    const base = `http://127.0.0.1:${service.address!.port}`;
    const text = await eventually(() => fetch(`${base}/metrics`).then((r) => r.text()), (t) => t.includes(`mayastor_events_last_sequence ${last}\n`), 'the events counted');
    expect(text).toMatch(/^volume\{action="created"\} 3$/m);
    expect(await eventually(() => fetch(`${base}/metrics`).then((r) => r.text()), (t) => /^mayastor_events_consumer_pending 0$/m.test(t), 'the lag gauge')).toBeTruthy();
    await service.stop();
    await eventually(serviceConnections, (names) => names.length === 0, 'the service connections to close');
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  }, 60_000);

  it('await using and AbortSignal stop everything the service opened', async () => {
    {
      await using stats = await startStatsService({ servers: natsd.url, listen: '127.0.0.1:0', logger: {}, bucket: 'own-using' });
      expect(stats.ready).toBe(true);
      expect(await serviceConnections()).toHaveLength(2);
    }
    await eventually(serviceConnections, (names) => names.length === 0, 'await using to close the connections');

    const controller = new AbortController();
    const aborted = await startOwn({ bucket: 'own-abort', signal: controller.signal });
    expect(await serviceConnections()).toHaveLength(2);
    controller.abort();
    await eventually(serviceConnections, (names) => names.length === 0, 'the abort to close the connections');
    expect(aborted.ready).toBe(false);
  }, 60_000);

  it('an outage: /readyz 503 naming it while NATS is away, one line when it goes, one when it is back, a summary per interval; 200 and counting after', async () => {
    const log = logSpy();
    const service = await startOwn({ bucket: 'own-outage', logger: log.logger, summaryInterval: 300 });
    const last = await published(2);
    await eventually(async () => service.counts().sequence, (sequence) => sequence === last, 'the first events counted');
    expect(await readyz(service)).toEqual({ status: 200, body: 'ready\n' });

    await natsd.stop();
    const down = await eventually(() => readyz(service), (r) => r.status === 503, '/readyz to say 503');
    expect(down.body).toMatch(/^not ready: NATS is disconnected \(since .+Z, [\d.]+ s\)\n$/);
    // Long enough for several reconnect attempts and summaries.
    await eventually(async () => log.count(/still disconnected/), (n) => n >= 2, 'two summary lines');
    await natsd.start();
    await eventually(() => readyz(service), (r) => r.status === 200, '/readyz to say 200 again');

    expect(log.count(/^WARN NATS disconnected/)).toBe(1);
    expect(log.count(/NATS reconnected after [\d.]+ s \(\d+ reconnect attempts\): counting goes on$/)).toBe(1);
    expect(log.count(/^WARN NATS still disconnected after [\d.]+ s: \d+ reconnect attempts so far$/)).toBeGreaterThanOrEqual(2);
    // No line per reconnect attempt (nats.js reports one a second): the summaries say them.
    expect(log.count(/nats connection: reconnecting/)).toBe(0);

    // The memory stream was lost with the server: the events published now are counted.
    await eventually(async () => publisher.publish(fabricate('pool.create')).then(() => true, () => false), (ok) => ok, 'the publisher to be back');
    await eventually(async () => service.counts().events['pool.create'], (n) => (n ?? 0) >= 1, 'the event after the outage counted');
    expect(service.ready).toBe(true);
  }, 90_000);

  it('NATS not up at start: it waits with back-off, says so once plus a summary per interval, and counts once NATS is there', async () => {
    const port = await freePort();
    const log = logSpy();
    // With a password in the URL, which no line shows (the summary lines are reached only here).
    const starting = startStatsService({ servers: `nats://operator:s3cret@127.0.0.1:${port}`, listen: '127.0.0.1:0', logger: log.logger, bucket: 'own-late', connectRetry: [50, 100, 200], summaryInterval: 300 });
    await eventually(async () => log.count(/still waiting for NATS/), (n) => n >= 2, 'two summary lines while waiting');
    const late = await startNatsServer({ port });
    try {
      const service = await starting;
      services.push(service);
      expect(log.count(/s3cret|operator/)).toBe(0);
      expect(log.count(new RegExp(`^WARN waiting for NATS at nats://127\\.0\\.0\\.1:${port} \\(.*\\); trying again with back-off`))).toBe(1);
      expect(log.count(/^WARN still waiting for NATS at .* after [\d.]+ s \(\d+ attempts\): /)).toBeGreaterThanOrEqual(2);
      expect(log.count(new RegExp(`^INFO NATS at nats://127\\.0\\.0\\.1:${port} answered after [\\d.]+ s \\(\\d+ attempts\\): bus open$`))).toBe(1);
      expect(await readyz(service)).toEqual({ status: 200, body: 'ready\n' });
      const bus = await connectEventBus({ servers: late.url, connection: { name: 'test-publisher' }, logger: {} });
      try {
        await bus.publish(fabricate('nexus.create'));
      } finally {
        await bus.close();
      }
      await eventually(async () => service.counts().events['nexus.create'], (n) => n === 1, 'the event counted');
      await service.stop();
    } finally {
      await late.dispose();
    }
  }, 60_000);

  it('aborting the signal while it waits for NATS ends the start with an AbortError', async () => {
    const port = await freePort();
    const log = logSpy();
    const controller = new AbortController();
    const starting = startStatsService({ servers: `nats://127.0.0.1:${port}`, listen: '127.0.0.1:0', logger: log.logger, connectRetry: [50], signal: controller.signal });
    await eventually(async () => log.count(/waiting for NATS/), (n) => n === 1, 'the waiting line');
    controller.abort(new Error('SIGTERM received'));
    await expect(starting).rejects.toThrow(expect.objectContaining({ name: 'AbortError', message: 'startStatsService was aborted' }));
    // HTTP listens while it waits (for /healthz); the consumer was never subscribed.
    expect(log.count(/consuming/)).toBe(0);
  }, 60_000);

  it('waitForNats: false, and the CLI\'s --exit-if-unreachable: NATS not up at start ends at once (the CLI with status 1 and one line)', async () => {
    const port = await freePort();
    await expect(startStatsService({ servers: `nats://127.0.0.1:${port}`, listen: '127.0.0.1:0', logger: {}, waitForNats: false })).rejects.toThrow(
      expect.objectContaining({ name: 'BusConnectionError', message: expect.stringContaining('CONNECTION_REFUSED') }),
    );
    const child = spawnRunner({ NATS_URL: `nats://127.0.0.1:${port}`, STATS_EXIT_IF_UNREACHABLE: '1' });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', (exit) => resolve(exit)));
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`^mayastor-events stats: cannot connect to NATS at .*127\\.0\\.0\\.1:${port}.*\\n$`));
  }, 60_000);

  it('credentials refused at start: no waiting (retrying cannot mend it), the start fails at once naming it', async () => {
    const guarded = await startNatsServer({ args: () => ['--user', 'stats', '--pass', 'right'], probe: { user: 'stats', pass: 'right' } });
    try {
      const log = logSpy();
      await expect(startStatsService({ servers: guarded.url, user: 'stats', pass: 'wrong', listen: '127.0.0.1:0', logger: log.logger, connectRetry: [50] })).rejects.toThrow(
        expect.objectContaining({ name: 'BusConnectionError', message: expect.stringMatching(/AUTHORIZATION_VIOLATION|Authorization Violation/i) }),
      );
      expect(log.count(/waiting for NATS/)).toBe(0);
    } finally {
      await guarded.dispose();
    }
  }, 60_000);

  it('a stalled consumer (its counts cannot be saved): /readyz 503 naming the pending messages, 200 once it counts again', async () => {
    const real = await openNatsCounterStore({ servers: natsd.url, bucket: 'own-stall' });
    let failing = false;
    // The real store (its lag and stream identity too), with saves that fail while `failing`.
    const store: CounterStore & Pick<NatsCounterStore, 'consumerPending' | 'streamIdentity'> = {
      load: () => real.load(),
      save: (counts, revision) => (failing ? Promise.reject(new Error('store unreachable (test)')) : real.save(counts, revision)),
      close: () => real.close(),
      consumerPending: (stream, consumer) => real.consumerPending(stream, consumer),
      streamIdentity: (stream) => real.streamIdentity(stream),
    };
    const log = logSpy();
    try {
      const service = await startOwn({ store, logger: log.logger, stallTimeout: 400, saveRetry: [50] });
      let last = await published(1);
      await eventually(async () => service.counts().sequence, (sequence) => sequence === last, 'the first event counted');
      failing = true;
      last = await published(3);
      const stalled = await eventually(() => readyz(service), (r) => r.status === 503, '/readyz to say 503');
      expect(stalled.body).toMatch(/^not ready: consumer stats-events-consumer is stalled: 3 messages pending and none counted for [\d.]+ s\n$/);
      failing = false;
      await eventually(async () => service.counts().sequence, (sequence) => sequence === last, 'every event counted');
      await eventually(() => readyz(service), (r) => r.status === 200, '/readyz to say 200 again');
      expect(log.count(/is stalled/)).toBe(1);
      expect(log.count(/^INFO consumer stats-events-consumer counts again$/)).toBe(1);
    } finally {
      await real.close();
    }
  }, 60_000);
});
