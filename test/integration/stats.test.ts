// The stats service against a real nats-server: what /stats serves equals what was published,
// and a service killed with SIGKILL mid-stream and started again neither loses nor doubles a count.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EventKey } from 'mayastor-events';
import { fabricate } from 'mayastor-events/testing';
import { connectEventBus, type NatsEventBus } from '../../src/bus/connect.js';
import { DEFAULT_STATS_BUCKET, DEFAULT_STATS_KEY, openNatsCounterStore, parseCounts, startStatsService, type StatsService } from '../../src/stats/index.js';
import { deepKnownMember, deepUnknownMember, waitFor } from '../support/bus-behaviour.js';
import { DECODE_THROWS } from '../support/decode-fault.js';
import { rawClient, removeStreams, testBusOptions, type RawClient } from '../support/nats-bus.js';
import { startNatsServer, type NatsServer } from '../support/nats-server.js';

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
    const dying = spawnRunner({ STATS_BUCKET: bucket, STATS_KILL_AFTER_SAVES: '40' });
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
