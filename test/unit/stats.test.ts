// The stats service on the in-memory bus and the in-memory counter store: what it counts, what
// /stats serves (read back by a real parser of the Prometheus text format), and how a restart
// from saved counts neither loses nor doubles a message.
import { createRequire } from 'node:module';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BusOptionsError, EventAction, OptionsError, catalog, decode, type DeadLetter, type EventBus, type EventKey } from 'mayastor-events';
import { fabricate } from 'mayastor-events/testing';
import { createMemoryBus, type MemoryBus } from '../../src/bus/memory.js';
import { statsCommand } from '../../src/cli/stats.js';
import {
  CounterConflictError,
  StatsOptionsError,
  UPSTREAM_COUNTERS,
  createLineLogger,
  createMemoryCounterStore,
  emptyCounts,
  parseCounts,
  parseListen,
  renderPrometheus,
  serializeCounts,
  startStatsService,
  type CounterSnapshot,
  type CounterStore,
  type StatsLogger,
  type StatsService,
  type StatsServiceOptions,
} from '../../src/stats/index.js';
import { deepKnownMember, deepUnknownMember, waitFor } from '../support/bus-behaviour.js';
import { runMain } from '../support/cli.js';
import { DECODE_THROWS, ROUTE_THROWS } from '../support/decode-fault.js';

// An injected failure of the decode step for the poison tests (see test/support/decode-fault.ts).
vi.mock('../../src/codec/decode.js', async (importOriginal) => (await import('../support/decode-fault.js')).withDecodeFault(await importOriginal()));

/** A family as parse-prometheus-text-format (prom2json's shape) returns it. */
interface MetricFamily {
  name: string;
  help: string;
  type: string;
  metrics: { labels?: Record<string, string>; value: string }[];
}
const parsePrometheus = createRequire(import.meta.url)('parse-prometheus-text-format') as (text: string) => MetricFamily[];

function sample(families: MetricFamily[], name: string, labels: Record<string, string> = {}): number | undefined {
  const family = families.find((candidate) => candidate.name === name);
  const metric = family?.metrics.find((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v) && Object.keys(m.labels ?? {}).length === Object.keys(labels).length);
  return metric === undefined ? undefined : Number(metric.value);
}

const quiet: StatsLogger = {};
const running: { service: StatsService; bus: MemoryBus }[] = [];

async function start(bus: MemoryBus, store: CounterStore, extra: Partial<StatsServiceOptions> = {}): Promise<StatsService> {
  const service = await startStatsService({ bus, store, listen: false, logger: quiet, saveRetry: [1], ...extra });
  running.push({ service, bus });
  return service;
}

afterEach(async () => {
  for (const { service, bus } of running.splice(0)) {
    await service.stop();
    await bus.close();
  }
});

const lastSequence = (bus: MemoryBus): number => bus.messages().at(-1)?.sequence ?? 0;
const counted = (service: StatsService, bus: MemoryBus) => waitFor(() => service.counts().sequence === lastSequence(bus), 5_000, 'every message counted');

function unknownMessage(): string {
  return JSON.stringify(fabricate('nexus.create')).replace('"action":1', '"action":99');
}

/** A newer Mayastor's nexus.create: details this catalog does not name for it (an unknown event of a catalogued pair). */
function otherFormMessage(): string {
  return JSON.stringify(fabricate('nexus.create')).replace('"event_details":null', `"event_details":${JSON.stringify({
    ...Object.fromEntries(Object.keys(fabricate('nexus.rebuildBegin').metadata.source.event_details).map((name) => [name, null])),
    error_details: { error: 'new in a later release' },
  })}`);
}

/**
 * `bus` whose subscriptions fail every handler and onUnknown call, with maxDeliver 1: each message
 * is dead-lettered at once, and only the subscriber's onDeadLetter counts it (given the letter as
 * `letter` makes it).
 */
function deadLettering(bus: MemoryBus, letter: (letter: DeadLetter) => DeadLetter = (same) => same): MemoryBus {
  const fails = () => {
    throw new Error('fails');
  };
  const subscribe = ((handlers, options) =>
    bus.subscribe(Object.fromEntries(Object.keys(handlers).map((pattern) => [pattern, fails])), {
      ...options,
      maxDeliver: 1,
      onUnknown: fails,
      onDeadLetter: (dead) => options!.onDeadLetter!(letter(dead)),
    })) as EventBus['subscribe'];
  return new Proxy(bus, { get: (target, name) => (name === 'subscribe' ? subscribe : Reflect.get(target, name, target)) });
}

describe('stats - counting', () => {
  it('counts every catalogued event under its subject key, blind to categories', async () => {
    const bus = createMemoryBus();
    const store = createMemoryCounterStore();
    const service = await start(bus, store);
    const expected: Record<string, number> = {};
    for (const [index, entry] of catalog.entries()) {
      for (let i = 0; i <= index % 3; i++) {
        await bus.publish(fabricate(entry.key as EventKey));
        expected[entry.key] = (expected[entry.key] ?? 0) + 1;
      }
    }
    await counted(service, bus);
    expect(service.counts().events).toEqual(expected);
    expect(service.counts()).toMatchObject({ unknown: 0, invalid: 0, sequence: lastSequence(bus) });
    // Saved before each ack: the store holds the same counts.
    expect(parseCounts(store.stored!)).toEqual(service.counts());
  });

  it('counts unknown events and invalid messages, and logs each invalid one with its reason', async () => {
    const bus = createMemoryBus();
    const lines: string[] = [];
    const service = await start(bus, createMemoryCounterStore(), { logger: { warn: (message) => lines.push(message) } });
    await bus.publish(fabricate('volume.create'));
    await bus.publishRaw('events.3.6e7a0b52-5c3c-4b7e-9a38-0d2a8a1c7f10', unknownMessage());
    await bus.publishRaw('events.2.x', '{"category":2');
    await bus.publishRaw('events.2.y', new Uint8Array([0xff, 0xfe]));
    await counted(service, bus);
    expect(service.counts()).toMatchObject({ unknown: 1, invalid: 2 });
    expect(service.counts().events['volume.create']).toBe(1);
    expect(lines.filter((line) => line.startsWith('invalid message at sequence'))).toHaveLength(2);
    const reason = (decode('{"category":2') as { error: { reason: string } }).error.reason;
    expect(lines.find((line) => line.startsWith('invalid message at sequence 3'))).toBe(`invalid message at sequence 3 on events.2.x: ${reason}`);
  });

  it('the log shows a hostile subject escaped: no ESC sequence or bidi override reaches the terminal', async () => {
    const bus = createMemoryBus();
    const log = new PassThrough();
    let text = '';
    log.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const service = await start(bus, createMemoryCounterStore(), { logger: createLineLogger({ stream: log }) });
    // Accepted by nats-server as it is by the memory bus (no whitespace in a subject).
    await bus.publishRaw('events.2.\u001b]0;pwned\u0007\u202eevil', 'nope');
    await counted(service, bus);
    const line = text.split('\n').find((candidate) => candidate.includes('invalid message at sequence 1'))!;
    expect(line).toContain('on events.2.\\u001b]0;pwned\\u0007\\u202eevil: not JSON');
    expect(text).not.toMatch(/[\u001b\u0007\u202e]/u);
  });

  it('a catalogued pair in another form counts as that event, as upstream counts by pair', async () => {
    const bus = createMemoryBus();
    const service = await start(bus, createMemoryCounterStore());
    const newer = otherFormMessage();
    expect(decode(newer)).toMatchObject({ kind: 'unknown', code: 'uncatalogued-form', key: 'nexus.create' });
    await bus.publishRaw('events.3.6e7a0b52-5c3c-4b7e-9a38-0d2a8a1c7f11', newer);
    await counted(service, bus);
    expect(service.counts()).toMatchObject({ unknown: 0, invalid: 0 });
    expect(service.counts().events['nexus.create']).toBe(1);
  });

  it('dead letters are counted: a catalogued event under its key, an unknown one by its (category, action) pair', async () => {
    const bus = createMemoryBus();
    const lines: string[] = [];
    const service = await start(deadLettering(bus), createMemoryCounterStore(), { logger: { warn: (message) => lines.push(message) } });
    await bus.publish(fabricate('volume.create'));
    await bus.publishRaw('events.3.6e7a0b52-5c3c-4b7e-9a38-0d2a8a1c7f12', otherFormMessage());
    await bus.publishRaw('events.3.6e7a0b52-5c3c-4b7e-9a38-0d2a8a1c7f13', unknownMessage());
    await counted(service, bus);
    expect(lines.filter((line) => /^message \d+ failed 1 deliveries \(fails\); counted now$/.test(line))).toHaveLength(3);
    expect(service.counts()).toMatchObject({ unknown: 1, invalid: 0 });
    expect(service.counts().events['volume.create']).toBe(1);
    expect(service.counts().events['nexus.create']).toBe(1);
  });

  it('a dead letter of a catalogued event counts under the key decoding found, not by its pair looked up again', async () => {
    const bus = createMemoryBus();
    // Decoding found volume.create; the letter's event says (Volume, Delete). The two agree on a
    // real bus (a pair has one key): they differ here so that the count tells which one it follows.
    const service = await start(deadLettering(bus, (letter) => ({ ...letter, event: { ...letter.event, action: EventAction.Delete } })), createMemoryCounterStore());
    await bus.publish(fabricate('volume.create'));
    await counted(service, bus);
    expect(service.counts().events).toMatchObject({ 'volume.create': 1, 'volume.delete': 0 });
  });

  it('a store that fails for a while delays the ack; every message is still counted once', async () => {
    const bus = createMemoryBus();
    const store = createMemoryCounterStore();
    const service = await start(bus, store);
    store.failNextSaves(5);
    for (let i = 0; i < 5; i++) await bus.publish(fabricate('pool.create'));
    await bus.publishRaw('events.1.bad', 'nope');
    await counted(service, bus);
    expect(service.counts().events['pool.create']).toBe(5);
    expect(service.counts().invalid).toBe(1);
  });

  it('stopping while the store is down leaves the event for redelivery: the next run counts it', async () => {
    const bus = createMemoryBus();
    const store = createMemoryCounterStore();
    const first = await start(bus, store);
    store.failNextSaves(Number.MAX_SAFE_INTEGER);
    await bus.publish(fabricate('nexus.rebuildEnd'));
    await bus.publishRaw('events.3.bad', '[');
    await new Promise((resolve) => setTimeout(resolve, 30));
    await first.stop();
    expect(first.counts().events['nexus.rebuildEnd']).toBe(0);
    // Nothing counted was saved (only the counts of nothing, with the consumer, at start).
    expect(parseCounts(store.stored!)).toMatchObject({ sequence: 0, invalid: 0, durable: 'stats-events-consumer' });
    store.failNextSaves(0);
    const second = await start(bus, store);
    await counted(second, bus);
    expect(second.counts().events['nexus.rebuildEnd']).toBe(1);
    expect(second.counts().invalid).toBe(1);
  });

  it('poison - a message this SDK fails to read, amid 20 events, is counted as invalid and counting goes on; /readyz stays 200', async () => {
    expect(() => decode(DECODE_THROWS)).toThrow(RangeError); // the injected failure is in place
    const bus = createMemoryBus();
    const lines: string[] = [];
    const service = await start(bus, createMemoryCounterStore(), { listen: '127.0.0.1:0', logger: { warn: (message) => lines.push(message) } });
    for (let i = 0; i < 10; i++) await bus.publish(fabricate('volume.create'));
    await bus.publishRaw('events.2.poison', JSON.stringify({ ...fabricate('volume.create'), target: DECODE_THROWS }));
    await bus.publishRaw('events.2.deep-known', deepKnownMember()); // invalid, as the Rust services say
    await bus.publishRaw('events.2.deep-unknown', deepUnknownMember('deep')); // an event, as the Rust services say
    for (let i = 0; i < 10; i++) await bus.publish(fabricate('pool.create'));
    await waitFor(() => service.counts().sequence === lastSequence(bus), 15_000, 'every message counted');
    expect(service.counts()).toMatchObject({ invalid: 2, unknown: 0 });
    expect(service.counts().events['volume.create']).toBe(11);
    expect(service.counts().events['pool.create']).toBe(10);
    expect(lines.find((line) => line.startsWith('invalid message at sequence 11'))).toMatch(/this SDK failed to read the message \(RangeError: /);
    expect((await fetch(`http://127.0.0.1:${service.address!.port}/readyz`)).status).toBe(200);
  });

  it('poison - an event whose routing keeps failing is given up on by the bus, and still counted once', async () => {
    const bus = createMemoryBus();
    const service = await start(bus, createMemoryCounterStore());
    await bus.publish(fabricate('volume.create'));
    await bus.publishRaw('events.2.unroutable', JSON.stringify({ ...fabricate('nexus.create'), target: ROUTE_THROWS }));
    await bus.publish(fabricate('volume.create'));
    await waitFor(() => service.counts().sequence === lastSequence(bus), 15_000, 'every message counted');
    expect(service.counts()).toMatchObject({ invalid: 0, unknown: 0 });
    expect(service.counts().events['volume.create']).toBe(2);
    expect(service.counts().events['nexus.create']).toBe(1);
  });

  it('a save that was stored but reported as failed (a lost reply) is not counted twice', async () => {
    const bus = createMemoryBus();
    const inner = createMemoryCounterStore();
    let lose = 2;
    const store: CounterStore = {
      load: () => inner.load(),
      close: () => inner.close(),
      async save(counts, revision) {
        const saved = await inner.save(counts, revision);
        if (lose-- > 0) throw new Error('timeout: the reply was lost');
        return saved;
      },
    };
    const service = await start(bus, store);
    for (let i = 0; i < 4; i++) await bus.publish(fabricate('volume.delete'));
    await counted(service, bus);
    expect(service.counts().events['volume.delete']).toBe(4);
    expect(parseCounts(inner.stored!).events['volume.delete']).toBe(4);
  });

  it('compare-and-set - counts saved by another writer are reloaded and added to, never overwritten', async () => {
    const bus = createMemoryBus();
    const inner = createMemoryCounterStore();
    let raced = false;
    const store: CounterStore = {
      load: () => inner.load(),
      close: () => inner.close(),
      async save(counts, revision) {
        if (counts.sequence === 2 && !raced) {
          // Another instance counted sequence 2 (a redelivery it took) and saved first.
          raced = true;
          const theirs = (await inner.load())!;
          await inner.save({ ...theirs.counts, sequence: 2, events: { ...theirs.counts.events, 'nexus.delete': 1 } }, theirs.revision);
        }
        return inner.save(counts, revision);
      },
    };
    const lines: string[] = [];
    const service = await start(bus, store, { logger: { warn: (message) => lines.push(message) } });
    await bus.publish(fabricate('nexus.create'));
    await bus.publish(fabricate('nexus.delete'));
    await bus.publish(fabricate('nexus.delete'));
    await counted(service, bus);
    expect(raced).toBe(true);
    expect(service.counts().events).toMatchObject({ 'nexus.create': 1, 'nexus.delete': 2 });
    expect(parseCounts(inner.stored!).events).toMatchObject({ 'nexus.create': 1, 'nexus.delete': 2 });
    expect(lines).toContain('the counts were saved by another writer: reloaded at sequence 2');
    await expect(inner.save(emptyCounts(), 1)).rejects.toBeInstanceOf(CounterConflictError);
  });
  it('a logger that throws never stops the counting', async () => {
    const bus = createMemoryBus();
    const fail = () => {
      throw new Error('log sink gone');
    };
    const service = await start(bus, createMemoryCounterStore(), { logger: { debug: fail, info: fail, warn: fail, error: fail } });
    await bus.publish(fabricate('volume.create'));
    await bus.publishRaw('events.2.x', '{"category":2');
    await counted(service, bus);
    expect(service.counts()).toMatchObject({ invalid: 1, events: expect.objectContaining({ 'volume.create': 1 }) });
  });
});

describe('stats - restart', () => {
  it('a restart from saved counts skips the deliveries they include, and counts the rest', async () => {
    const bus = createMemoryBus();
    const store = createMemoryCounterStore();
    const first = await start(bus, store);
    for (let i = 0; i < 3; i++) await bus.publish(fabricate('volume.create'));
    await counted(first, bus);
    await first.stop();
    // The durable lost (a new consumer under the same name): delivered everything again, from sequence 1.
    const again = createMemoryBus();
    for (const message of bus.messages()) await again.publishRaw(message.subject, message.data);
    for (let i = 0; i < 2; i++) await again.publish(fabricate('volume.create'));
    const second = await start(again, store);
    await counted(second, again);
    expect(second.counts().events['volume.create']).toBe(5);
    expect(second.counts().sequence).toBe(5);
  });

  it('a durable the bus refuses (another filter under the name): the error names the option to start the stats service with another durable name', async () => {
    const bus = createMemoryBus();
    const other = await bus.subscribe({ 'nexus.*': () => undefined }, { durable: 'stats-events-consumer' });
    await other.stop();
    const error = await start(bus, createMemoryCounterStore()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BusOptionsError);
    expect((error as BusOptionsError).option).toBe('durable');
    expect((error as Error).message).toMatch(/^invalid option `durable`: consumer stats-events-consumer exists with filter /);
    expect((error as Error).message).toContain('start it with another durable name: `mayastor-events stats --durable NAME` (or STATS_DURABLE=NAME; the `durable` option of startStatsService)');
    // The bus's own refusal is kept as the cause, its reason once in the message.
    expect((error as Error).cause).toBeInstanceOf(BusOptionsError);
    expect((error as Error).message.split('exists with filter').length).toBe(2);
    // As it says: under another name it counts.
    const service = await start(bus, createMemoryCounterStore(), { durable: 'stats-beside' });
    await bus.publish(fabricate('volume.create'));
    await counted(service, bus);
    expect(service.counts().events['volume.create']).toBe(1);
  });

  it('saved counts of a recreated stream keep their totals and restart the sequence', async () => {
    const saved: CounterSnapshot = { ...emptyCounts('2024-01-01T00:00:00Z'), sequence: 40, events: { ...emptyCounts().events, 'pool.create': 7 } };
    const bus = createMemoryBus();
    const service = await start(bus, createMemoryCounterStore(saved), { streamIdentity: '2024-02-02T00:00:00Z' });
    await bus.publish(fabricate('pool.create'));
    await counted(service, bus);
    expect(service.counts()).toMatchObject({ sequence: 1, stream: '2024-02-02T00:00:00Z' });
    expect(service.counts().events['pool.create']).toBe(8);
  });

  it('a stream recreated while the service runs is noticed: new messages are counted, not taken for old ones', async () => {
    const saved: CounterSnapshot = { ...emptyCounts('stream-A'), sequence: 5, events: { ...emptyCounts().events, 'volume.create': 5 } };
    let identity = 'stream-A';
    const lines: string[] = [];
    const bus = createMemoryBus(); // numbers its messages from 1: the recreated stream
    const service = await start(bus, createMemoryCounterStore(saved), { streamIdentity: async () => identity, logger: { warn: (message) => lines.push(message) } });
    identity = 'stream-B';
    for (let i = 0; i < 3; i++) await bus.publish(fabricate('volume.create'));
    await counted(service, bus);
    expect(service.counts()).toMatchObject({ sequence: 3, stream: 'stream-B' });
    expect(service.counts().events['volume.create']).toBe(8);
    expect(lines).toContain('the events stream was recreated (stream-A -> stream-B): counts kept, sequence 5 starts over at 0');
  });

  it('stored counts survive a round trip, and keys this catalog does not know are kept', () => {
    const counts: CounterSnapshot = { ...emptyCounts('x'), sequence: 9, unknown: 2, invalid: 3, events: { ...emptyCounts().events, 'volume.create': 4 } };
    expect(parseCounts(serializeCounts(counts))).toEqual(counts);
    const future = JSON.parse(new TextDecoder().decode(serializeCounts(counts))) as { events: Record<string, number> };
    future.events['widget.create'] = 5;
    expect(parseCounts(new TextEncoder().encode(JSON.stringify(future))).events['widget.create']).toBe(5);
    expect(() => parseCounts(new TextEncoder().encode('{"version":2}'))).toThrow(/version 2/);
  });
});

describe('stats - Prometheus text', () => {
  it('the upstream counters keep their names, help texts and labels byte for byte', () => {
    const counts: CounterSnapshot = {
      ...emptyCounts(),
      events: { ...emptyCounts().events, 'volume.create': 3, 'volume.delete': 1, 'pool.create': 2, 'nexus.rebuildBegin': 5, 'nexus.rebuildEnd': 4 },
    };
    const text = renderPrometheus(counts);
    expect(text.startsWith(
      [
        '# HELP nexus Nexus stats',
        '# TYPE nexus counter',
        'nexus{action="created"} 0',
        'nexus{action="deleted"} 0',
        'nexus{action="rebuild_ended"} 4',
        'nexus{action="rebuild_started"} 5',
        '# HELP pool Pool stats',
        '# TYPE pool counter',
        'pool{action="created"} 2',
        'pool{action="deleted"} 0',
        '# HELP volume Volume stats',
        '# TYPE volume counter',
        'volume{action="created"} 3',
        'volume{action="deleted"} 1',
        '',
      ].join('\n'),
    )).toBe(true);
    expect(UPSTREAM_COUNTERS.map((counter) => counter.name)).toEqual(['nexus', 'pool', 'volume']);
  });

  it('upstream counters - every upstream key is a catalogued event key', () => {
    const catalogued = new Set<string>(catalog.map((entry) => entry.key));
    const keys = UPSTREAM_COUNTERS.flatMap((counter) => counter.actions.map((action) => action.key));
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((key) => !catalogued.has(key))).toEqual([]);
  });

  it('is read by a real parser: one sample per catalogued key, unknown, invalid, and the lag when known', () => {
    const events = Object.fromEntries(catalog.map((entry, index) => [entry.key, index]));
    const counts: CounterSnapshot = { ...emptyCounts(), sequence: 77, events, unknown: 6, invalid: 7 };
    const families = parsePrometheus(renderPrometheus(counts, { pending: 12 }));
    expect(families.find((f) => f.name === 'volume')).toMatchObject({ help: 'Volume stats', type: 'COUNTER' });
    expect(sample(families, 'volume', { action: 'created' })).toBe(events['volume.create']);
    expect(sample(families, 'nexus', { action: 'rebuild_started' })).toBe(events['nexus.rebuildBegin']);
    const total = families.find((f) => f.name === 'mayastor_events_total')!;
    expect(total.type).toBe('COUNTER');
    expect(total.metrics).toHaveLength(catalog.length);
    for (const entry of catalog) {
      const [category, action] = entry.key.split('.') as [string, string];
      expect(sample(families, 'mayastor_events_total', { category, action })).toBe(events[entry.key]);
    }
    expect(sample(families, 'mayastor_events_unknown_total')).toBe(6);
    expect(sample(families, 'mayastor_events_invalid_total')).toBe(7);
    expect(sample(families, 'mayastor_events_last_sequence')).toBe(77);
    expect(families.find((f) => f.name === 'mayastor_events_consumer_pending')).toMatchObject({ type: 'GAUGE', metrics: [{ value: '12' }] });
    expect(parsePrometheus(renderPrometheus(counts)).some((f) => f.name === 'mayastor_events_consumer_pending')).toBe(false);
  });
});

describe('stats - HTTP', () => {
  it('serves /metrics and /stats (the same text), /healthz and /readyz, 404 otherwise; readyz turns 503 on stop', async () => {
    const bus = createMemoryBus();
    const service = await startStatsService({ bus, store: createMemoryCounterStore(), listen: '127.0.0.1:0', logger: quiet, pending: async () => 3 });
    running.push({ service, bus });
    const base = `http://127.0.0.1:${service.address!.port}`;
    await bus.publish(fabricate('volume.create'));
    await counted(service, bus);
    const stats = await fetch(`${base}/stats`);
    expect(stats.status).toBe(200);
    expect(stats.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const families = parsePrometheus(await stats.text());
    expect(sample(families, 'volume', { action: 'created' })).toBe(1);
    expect(sample(families, 'mayastor_events_consumer_pending')).toBe(3);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const metrics = await fetch(`${base}/metrics`);
    expect(metrics.status).toBe(200);
    expect(metrics.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(await metrics.text()).toBe(await (await fetch(`${base}/stats`)).text());
    expect((await fetch(`${base}/nothing`)).status).toBe(404);
    expect((await fetch(`${base}/stats`, { method: 'POST' })).status).toBe(405);
    expect(service.ready).toBe(true);
    await service.stop();
    expect(service.ready).toBe(false);
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  });

  it('listen addresses: host:port, [v6]:port, :port; anything else is refused', () => {
    expect(parseListen('0.0.0.0:9090')).toEqual({ host: '0.0.0.0', port: 9090 });
    expect(parseListen('[::1]:80')).toEqual({ host: '::1', port: 80 });
    expect(parseListen(':9090')).toEqual({ host: '0.0.0.0', port: 9090 });
    for (const bad of ['9090', 'host:', 'host:99999', 'a:b:c']) expect(() => parseListen(bad)).toThrow(/expected host:port/);
  });

  it('a refused option names it and keeps its reason apart (and a cause when given), for a caller to word its own flag', () => {
    const refused = (() => {
      try {
        parseListen('nowhere');
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(StatsOptionsError);
    expect(refused).toMatchObject({ option: 'listen', reason: 'expected host:port such as 0.0.0.0:9090, got "nowhere"' });
    expect((refused as Error).message).toBe('invalid option `listen`: expected host:port such as 0.0.0.0:9090, got "nowhere"');
    const cause = new Error('the cause');
    const error = new StatsOptionsError('bucket', 'cannot be used', { cause });
    expect(error).toMatchObject({ name: 'StatsOptionsError', option: 'bucket', reason: 'cannot be used', message: 'invalid option `bucket`: cannot be used', cause });
  });

  it('an invalid option of the stats service or of the bus is one OptionsError to catch, with option and reason', () => {
    const refusals = [() => parseListen('nowhere'), () => createMemoryBus({ maxMessages: 0 })].map((refuse) => {
      try {
        refuse();
      } catch (error) {
        return error;
      }
      return undefined;
    });
    expect(refusals[0]).toBeInstanceOf(StatsOptionsError);
    expect(refusals[1]).toBeInstanceOf(BusOptionsError);
    for (const refused of refusals) {
      expect(refused).toBeInstanceOf(OptionsError);
      const { option, reason, message } = refused as OptionsError;
      expect(message).toBe(`invalid option \`${option}\`: ${reason}`);
    }
    expect(refusals.map((refused) => (refused as OptionsError).option)).toEqual(['listen', 'maxMessages']);
  });
});

describe('stats - CLI', () => {
  function io(env: Record<string, string> = {}) {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = '';
    let err = '';
    stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    return { context: { stdin: new PassThrough(), stdout, stderr, env }, out: () => out, err: () => err };
  }

  async function runStats(args: string[], env: Record<string, string> = {}) {
    const streams = io(env);
    // The command as main runs it, whether or not main lists it yet.
    const run = async (): Promise<number> => {
      const { parseArgs } = await import('node:util');
      let parsed;
      try {
        parsed = parseArgs({ args, options: { ...statsCommand.options, help: { type: 'boolean' } }, allowPositionals: true, strict: true });
      } catch (error) {
        streams.context.stderr.write(`${(error as Error).message}\n`);
        return 2;
      }
      if (parsed.values.help) {
        streams.context.stdout.write(statsCommand.help);
        return 0;
      }
      const outcome = await statsCommand.run({ ...streams.context, positionals: parsed.positionals, values: parsed.values });
      if ('usageError' in outcome) {
        streams.context.stderr.write(`${outcome.usageError}\n`);
        return 2;
      }
      return outcome.exitCode;
    };
    const status = await run();
    return { status, stdout: streams.out(), stderr: streams.err() };
  }

  it('--help names every flag and its environment variable', async () => {
    const { status, stdout } = await runStats(['--help']);
    expect(status).toBe(0);
    for (const text of ['--nats-url', 'NATS_URL', '--user', 'NATS_USER', '--password', 'NATS_PASSWORD', '--token', 'NATS_TOKEN', '--creds', 'NATS_CREDS', '--listen', 'STATS_LISTEN', '--bucket', 'STATS_BUCKET', '--replicas', '0.0.0.0:9090']) {
      expect(stdout).toContain(text);
    }
  });

  it('bad flags are usage errors that say what is wrong', async () => {
    expect(await runStats(['--listen', 'nowhere'])).toMatchObject({ status: 2, stderr: '--listen: expected host:port such as 0.0.0.0:9090, got "nowhere"\n' });
    // From the environment, whatever it holds: quoted, with nothing that acts on the terminal.
    // (through main, which escapes what a usage error quotes; the variable is named as its source)
    const hostile = await runMain(['stats'], { STATS_LISTEN: '\u001b[2J\u202e:90' });
    expect(hostile.status).toBe(2);
    expect(hostile.stderr.split('\n')[0]).toBe(String.raw`mayastor-events stats: --listen (STATS_LISTEN): expected host:port such as 0.0.0.0:9090, got "\u001b[2J\u202e:90"`);
    expect(await runStats(['--replicas', '2'])).toMatchObject({ status: 2, stderr: expect.stringContaining('--replicas: expected 1, 3 or 5') });
    expect(await runStats(['--user', 'u'])).toMatchObject({ status: 2, stderr: expect.stringContaining('go together') });
    // Each way given is named by its source: a variable left set is easily forgotten.
    expect(await runStats(['--token', 't'], { NATS_CREDS: '/x.creds' })).toMatchObject({ status: 2, stderr: 'give one way to authenticate (--user/--password, --token or --creds), not --token and --creds (NATS_CREDS)\n' });
    // The user/password way is named as the pair, with each variable that gave a half (never a value).
    expect(await runStats(['--creds', '/x.creds', '--user', 'u'], { NATS_PASSWORD: 'p', NATS_TOKEN: 't' })).toMatchObject({ status: 2, stderr: 'give one way to authenticate (--user/--password, --token or --creds), not --user/--password (NATS_PASSWORD), --token (NATS_TOKEN) and --creds\n' });
    expect(await runStats(['--token', 't'], { NATS_USER: 'u', NATS_PASSWORD: 'p' })).toMatchObject({ status: 2, stderr: 'give one way to authenticate (--user/--password, --token or --creds), not --user/--password (NATS_USER, NATS_PASSWORD) and --token\n' });
    expect(await runStats(['--user', 'u', '--password', 'p'], { NATS_CREDS: '/x.creds' })).toMatchObject({ status: 2, stderr: 'give one way to authenticate (--user/--password, --token or --creds), not --user/--password and --creds (NATS_CREDS)\n' });
    expect(await runStats(['--bucket', 'a.b'])).toMatchObject({ status: 2, stderr: expect.stringContaining('not a bucket name') });
    expect(await runStats(['--durable', 'stats.*'])).toMatchObject({ status: 2, stderr: expect.stringContaining('--durable: "stats.*" is not a consumer name') });
    expect(await runStats(['extra'])).toMatchObject({ status: 2 });
    expect(await runStats(['--bogus'])).toMatchObject({ status: 2, stderr: expect.stringContaining("Unknown option '--bogus'") });
    // Read as "no", a typo would make the service wait for NATS instead of exiting.
    expect(await runStats([], { STATS_EXIT_IF_UNREACHABLE: 'yes', NATS_URL: `nats://127.0.0.1:${await deadPort()}`, STATS_LISTEN: '127.0.0.1:0' })).toMatchObject({ status: 2, stderr: expect.stringContaining('STATS_EXIT_IF_UNREACHABLE: expected 1 or true (exit), 0 or false (wait), got "yes"') });
  });

  async function deadPort(): Promise<number> {
    const { createServer } = await import('node:net');
    return new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const address = server.address() as { port: number };
        server.close(() => resolve(address.port));
      });
    });
  }

  it('--exit-if-unreachable: an unreachable server ends with status 1 and a one-line reason, as --help says', async () => {
    expect(statsCommand.help).toMatch(/--exit-if-unreachable[\s\S]*Exit status: 0 when stopped by SIGTERM or SIGINT; 1 when it cannot start \(NATS unreachable with\s+--exit-if-unreachable/);
    const port = await deadPort();
    const listeners = process.listenerCount('SIGTERM');
    for (const [args, env] of [[['--exit-if-unreachable'], {}], [[], { STATS_EXIT_IF_UNREACHABLE: '1' }]] as const) {
      const result = await runStats([...args], { NATS_URL: `nats://127.0.0.1:${port}`, STATS_LISTEN: '127.0.0.1:0', ...env });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(new RegExp(`^mayastor-events stats: cannot connect to NATS at .*127\\.0\\.0\\.1:${port}.*\\n$`));
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(process.listenerCount('SIGTERM')).toBe(listeners);
  });

  it('an unreachable server at start: it says once that it waits, and SIGTERM while it waits ends it with status 0', async () => {
    const port = await deadPort();
    const listeners = process.listenerCount('SIGTERM');
    // A password in the URL is never logged. Only the waiting line names the servers here; the
    // lines once NATS answers are checked in test/integration/stats.test.ts.
    const streams = io({ NATS_URL: `nats://operator:s3cret@127.0.0.1:${port}`, STATS_LISTEN: '127.0.0.1:0' });
    const outcome = statsCommand.run({ ...streams.context, positionals: [], values: {} });
    // Several attempts (0.5 s, then 1 s apart) before the signal: still one line.
    await waitFor(() => /waiting for NATS/.test(streams.err()), 10_000, 'the waiting line');
    await new Promise((resolve) => setTimeout(resolve, 1_700));
    process.emit('SIGTERM', 'SIGTERM');
    expect(await outcome).toEqual({ exitCode: 0 });
    const lines = streams.err().trim().split('\n');
    expect(lines.filter((line) => line.includes('waiting for NATS'))).toHaveLength(1);
    expect(lines.find((line) => line.includes('waiting for NATS'))).toMatch(new RegExp(`WARN waiting for NATS at nats://127\\.0\\.0\\.1:${port} \\(.*CONNECTION_REFUSED.*\\); trying again with back-off`));
    expect(lines.at(-1)).toMatch(/INFO SIGTERM received$/);
    expect(streams.err()).not.toMatch(/s3cret|operator/);
    expect(process.listenerCount('SIGTERM')).toBe(listeners);
  });

  it('while it waits for NATS at start, HTTP already answers: /healthz 200 (no liveness restart), /readyz and /metrics 503 saying it waits', async () => {
    const port = await deadPort();
    const listen = await deadPort();
    const controller = new AbortController();
    // With a password in the URL, which the unauthenticated HTTP side must never answer with.
    const starting = startStatsService({ servers: `nats://operator:s3cret@127.0.0.1:${port}`, listen: `127.0.0.1:${listen}`, logger: quiet, connectRetry: [50], signal: controller.signal });
    starting.catch(() => undefined);
    try {
      const base = `http://127.0.0.1:${listen}`;
      let readyz = { status: 0, body: '' };
      for (const deadline = Date.now() + 10_000; !/waiting for NATS/.test(readyz.body); await new Promise((resolve) => setTimeout(resolve, 20))) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for /readyz to say it waits for NATS; last: ${JSON.stringify(readyz)}`);
        readyz = await fetch(`${base}/readyz`).then(async (r) => ({ status: r.status, body: await r.text() }), () => readyz);
      }
      expect(readyz.status).toBe(503);
      expect(readyz.body).toMatch(new RegExp(`^not ready: waiting for NATS at nats://127\\.0\\.0\\.1:${port} for [\\d.]+ s \\(\\d+ attempts\\): .*CONNECTION_REFUSED`));
      expect(readyz.body).not.toMatch(/s3cret|operator/);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      // No counts loaded yet: not zeros, which Prometheus would take for a counter reset.
      const metrics = await fetch(`${base}/metrics`);
      expect(metrics.status).toBe(503);
      expect(await metrics.text()).toMatch(/^not ready: waiting for NATS/);
    } finally {
      controller.abort();
      await expect(starting).rejects.toThrow(expect.objectContaining({ name: 'AbortError' }));
    }
    // The abort closed the HTTP side too.
    await expect(fetch(`http://127.0.0.1:${listen}/healthz`)).rejects.toThrow();
  });

  it('--stall-timeout takes a duration; anything else is a usage error', async () => {
    // What it takes, and what not: test/unit/cli-durations.test.ts.
    expect(await runStats(['--stall-timeout', 'soon'])).toMatchObject({ status: 2, stderr: expect.stringContaining('--stall-timeout: expected a duration such as 60s') });
    const { stdout } = await runStats(['--help']);
    for (const text of ['--stall-timeout', 'STATS_STALL_TIMEOUT', '(default 60s)', '--exit-if-unreachable', 'STATS_EXIT_IF_UNREACHABLE', 'GET /metrics', '--listen 127.0.0.1:9090']) expect(stdout).toContain(text);
  });
});

/** A status stream as nats.js's `NatsConnection.status()` gives it, fed by the test. */
class StatusFeed implements AsyncIterable<{ type: string; data?: unknown }> {
  #queue: { type: string; data?: unknown }[] = [];
  #wake: (() => void) | undefined;
  #ended = false;

  push(type: string): void {
    this.#queue.push({ type, data: '127.0.0.1:4999' });
    this.#wake?.();
  }

  stop(): void {
    this.#ended = true;
    this.#wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<{ type: string; data?: unknown }> {
    for (;;) {
      while (this.#queue.length > 0) yield this.#queue.shift()!;
      if (this.#ended) return;
      await new Promise<void>((resolve) => (this.#wake = resolve));
    }
  }
}

/** The memory bus with a `connection` whose status the test drives, as a NATS bus's. */
function busWithConnection(bus: MemoryBus, feed: StatusFeed): MemoryBus {
  return Object.assign(Object.create(bus) as MemoryBus, { connection: { status: () => feed } });
}

async function readyz(service: StatsService): Promise<{ status: number; body: string }> {
  const response = await fetch(`http://127.0.0.1:${service.address!.port}/readyz`);
  return { status: response.status, body: await response.text() };
}

describe('stats - readiness and outages', () => {
  it('NATS disconnected: /readyz 503 naming it, one line when it goes and one when it is back, a summary per interval, none per reconnect attempt', async () => {
    const bus = createMemoryBus();
    const feed = new StatusFeed();
    const lines: string[] = [];
    const logger: StatsLogger = { info: (m) => lines.push(`INFO ${m}`), warn: (m) => lines.push(`WARN ${m}`), error: (m) => lines.push(`ERROR ${m}`) };
    const service = await start(busWithConnection(bus, feed), createMemoryCounterStore(), { listen: '127.0.0.1:0', logger, summaryInterval: 100 });
    expect(await readyz(service)).toEqual({ status: 200, body: 'ready\n' });

    feed.push('disconnect');
    for (let i = 0; i < 50; i++) feed.push('reconnecting');
    await waitFor(() => lines.some((line) => line.includes('still disconnected')), 5_000, 'a summary line');
    const down = await readyz(service);
    expect(down.status).toBe(503);
    expect(down.body).toMatch(/^not ready: NATS is disconnected \(since \d{4}-\d\d-\d\dT[\d:.]+Z, [\d.]+ s\)\n$/);
    expect(service.notReady).toMatch(/^NATS is disconnected/);
    expect(lines.find((line) => line.includes('still disconnected'))).toMatch(/^WARN NATS still disconnected after [\d.]+ s: 50 reconnect attempts so far$/);

    feed.push('reconnecting');
    feed.push('reconnect');
    await waitFor(() => service.ready, 5_000, 'ready again');
    expect(await readyz(service)).toEqual({ status: 200, body: 'ready\n' });
    const summaries = lines.filter((line) => line.includes('still disconnected')).length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    // No summary once it is back; one line per change.
    expect(lines.filter((line) => line.includes('still disconnected'))).toHaveLength(summaries);
    expect(lines.filter((line) => line.startsWith('WARN NATS disconnected'))).toHaveLength(1);
    expect(lines.filter((line) => line.includes('NATS reconnected'))).toEqual([expect.stringMatching(/^INFO NATS reconnected after [\d.]+ s \(51 reconnect attempts\): counting goes on$/)]);
    expect(lines.filter((line) => /reconnecting/i.test(line))).toHaveLength(1); // the "disconnected: …, reconnecting" line
    feed.stop();
  });

  it('stalled consumer: messages pending and none counted for stallTimeout makes /readyz 503 naming it; counting again makes it 200', async () => {
    const bus = createMemoryBus();
    const store = createMemoryCounterStore();
    const lines: string[] = [];
    let service: StatsService | undefined;
    const pending = async () => lastSequence(bus) - (service?.counts().sequence ?? 0);
    service = await start(bus, store, { listen: '127.0.0.1:0', pending, stallTimeout: 200, saveRetry: [20], logger: { warn: (m) => lines.push(m), info: (m) => lines.push(m) } });
    // Idle (nothing pending) for longer than the timeout: not stalled.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await readyz(service)).status).toBe(200);

    store.failNextSaves(1_000_000);
    await bus.publish(fabricate('volume.create'));
    await bus.publish(fabricate('volume.delete'));
    await waitFor(() => !service!.ready, 5_000, 'the stall to be seen');
    const stalled = await readyz(service);
    expect(stalled.status).toBe(503);
    expect(stalled.body).toMatch(/^not ready: consumer stats-events-consumer is stalled: 2 messages pending and none counted for [\d.]+ s\n$/);
    expect(lines.filter((line) => line.includes('is stalled'))).toHaveLength(1);

    store.failNextSaves(0);
    await counted(service, bus);
    await waitFor(() => service!.ready, 5_000, 'ready again');
    expect((await readyz(service)).status).toBe(200);
    expect(lines.filter((line) => line === 'consumer stats-events-consumer counts again')).toHaveLength(1);
  });

  it('without a way to tell the lag, a slow consumer is never called stalled', async () => {
    const bus = createMemoryBus();
    const store = createMemoryCounterStore();
    const service = await start(bus, store, { stallTimeout: 50, saveRetry: [20] });
    store.failNextSaves(1_000_000);
    await bus.publish(fabricate('volume.create'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(service.notReady).toBeUndefined();
    store.failNextSaves(0);
    await counted(service, bus);
  });

  it('bad readiness options are refused by name', async () => {
    const bus = createMemoryBus();
    for (const [option, value] of [['stallTimeout', 0], ['summaryInterval', -5], ['connectRetry', []], ['waitForNats', 'yes']] as const) {
      await expect(startStatsService({ bus, store: createMemoryCounterStore(), listen: false, [option]: value } as StatsServiceOptions)).rejects.toThrow(
        expect.objectContaining({ name: 'StatsOptionsError', option }),
      );
    }
    await bus.close();
  });
});

describe('stats - AbortSignal and await using', () => {
  it('aborting the signal stops the service: the message in hand is saved, /readyz and the consumer go', async () => {
    const bus = createMemoryBus();
    const store = createMemoryCounterStore();
    const controller = new AbortController();
    const lines: string[] = [];
    const service = await start(bus, store, { signal: controller.signal, logger: { info: (m) => lines.push(m) } });
    await bus.publish(fabricate('volume.create'));
    await counted(service, bus);
    controller.abort();
    await waitFor(() => lines.some((line) => line.startsWith('stopped with counts at sequence 1')), 5_000, 'the stop');
    expect(service.ready).toBe(false);
    expect(parseCounts(store.stored!).sequence).toBe(1);
    // Nothing consumes any more: a new event stays uncounted.
    await bus.publish(fabricate('volume.create'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(service.counts().sequence).toBe(1);
  });

  it('an aborted signal at start rejects with an AbortError (the reason as its cause) and opens nothing', async () => {
    const bus = createMemoryBus();
    const controller = new AbortController();
    const reason = new Error('shutting down');
    controller.abort(reason);
    await expect(startStatsService({ bus, store: createMemoryCounterStore(), listen: '127.0.0.1:0', logger: quiet, signal: controller.signal })).rejects.toThrow(
      expect.objectContaining({ name: 'AbortError', message: 'startStatsService was aborted', cause: reason }),
    );
    await bus.close();
  });

  it('await using: the service is stopped at the end of the block', async () => {
    const bus = createMemoryBus();
    const store = createMemoryCounterStore();
    let address: { port: number } | undefined;
    {
      await using stats = await startStatsService({ bus, store, listen: '127.0.0.1:0', logger: quiet });
      address = stats.address;
      await bus.publish(fabricate('pool.create'));
      await waitFor(() => stats.counts().sequence === 1, 5_000, 'counted');
      expect((await fetch(`http://127.0.0.1:${address!.port}/readyz`)).status).toBe(200);
    }
    await expect(fetch(`http://127.0.0.1:${address!.port}/readyz`)).rejects.toThrow();
    expect(parseCounts(store.stored!).events['pool.create']).toBe(1);
    await bus.close();
  });
});
