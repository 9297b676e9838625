// Whose counts they are: the stats service records its durable consumer with the counts it saves,
// and a service under another durable name refuses to start on them (two services would both
// count every message into one set of counts). Counts saved before the name was recorded are
// taken by the first service that loads them, none lost. On the in-memory bus and store.
import { afterEach, describe, expect, it } from 'vitest';
import { fabricate } from 'mayastor-events/testing';
import { createMemoryBus, type MemoryBus } from '../../src/bus/memory.js';
import {
  CounterConflictError,
  CounterStoreError,
  StatsOptionsError,
  createMemoryCounterStore,
  emptyCounts,
  parseCounts,
  serializeCounts,
  startStatsService,
  type CounterSnapshot,
  type CounterStore,
  type StatsService,
  type StatsServiceOptions,
} from '../../src/stats/index.js';
import { waitFor } from '../support/bus-behaviour.js';

const running: StatsService[] = [];
const buses: MemoryBus[] = [];

async function start(bus: MemoryBus, store: CounterStore, extra: Partial<StatsServiceOptions> = {}): Promise<StatsService> {
  const service = await startStatsService({ bus, store, listen: false, logger: {}, saveRetry: [1], ...extra });
  running.push(service);
  return service;
}

function memoryBus(): MemoryBus {
  const bus = createMemoryBus();
  buses.push(bus);
  return bus;
}

afterEach(async () => {
  for (const service of running.splice(0)) await service.stop();
  for (const bus of buses.splice(0)) await bus.close();
});

const lastSequence = (bus: MemoryBus): number => bus.messages().at(-1)?.sequence ?? 0;
const counted = (service: StatsService, bus: MemoryBus) => waitFor(() => service.counts().sequence === lastSequence(bus), 5_000, 'every message counted');

/** Counts as an SDK that did not record the durable consumer saved them: no `durable` member. */
function savedBeforeTheName(counts: CounterSnapshot): Uint8Array {
  const doc = JSON.parse(new TextDecoder().decode(serializeCounts(counts))) as Record<string, unknown>;
  delete doc['durable'];
  return new TextEncoder().encode(JSON.stringify(doc));
}

/** A memory store holding exactly `bytes` at revision 1 (what another writer left). */
function storeHolding(bytes: Uint8Array): CounterStore & { readonly stored: Uint8Array | undefined } {
  const inner = createMemoryCounterStore();
  let stored: Uint8Array | undefined = bytes;
  let revision = 1;
  return {
    get stored() {
      return stored;
    },
    load: async () => (stored === undefined ? undefined : { counts: parseCounts(stored), revision }),
    async save(counts, expected) {
      if (expected !== (stored === undefined ? undefined : revision)) throw new CounterConflictError('changed by another writer');
      stored = serializeCounts(counts);
      return ++revision;
    },
    close: () => inner.close(),
  };
}

describe('stats - the durable consumer the counts belong to', () => {
  it('the saved counts name the durable consumer that counted them, from the start', async () => {
    const bus = memoryBus();
    const store = createMemoryCounterStore();
    const service = await start(bus, store, { durable: 'stats-a' });
    // Recorded before anything is counted, so that a second service finds out at its start.
    expect(parseCounts(store.stored!)).toMatchObject({ sequence: 0, durable: 'stats-a' });
    await bus.publish(fabricate('volume.create'));
    await counted(service, bus);
    expect(parseCounts(store.stored!)).toMatchObject({ sequence: 1, durable: 'stats-a' });
    expect(service.counts().durable).toBe('stats-a');
  });

  it('a second service under another durable name refuses to start on them, saying to give it a bucket of its own or the same name; the first counts on, untouched', async () => {
    const bus = memoryBus();
    const store = createMemoryCounterStore();
    const first = await start(bus, store, { durable: 'stats-a' });
    await bus.publish(fabricate('volume.create'));
    await counted(first, bus);
    const before = store.stored;

    const error = await start(bus, store, { durable: 'stats-b' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StatsOptionsError);
    expect((error as StatsOptionsError).option).toBe('durable');
    expect((error as Error).message).toBe(
      'invalid option `durable`: the counts in the counter store are those of durable consumer stats-a, not stats-b, and two stats services under different durable names cannot share them; ' +
        'give this one a bucket of its own: `mayastor-events stats --bucket NAME` (or STATS_BUCKET=NAME; embedded, the `bucket` option of startStatsService, or a `store` of its own), ' +
        'or the same durable name: `--durable stats-a` (the `durable` option)',
    );
    expect(store.stored).toBe(before); // not saved to
    await bus.publish(fabricate('pool.create'));
    await counted(first, bus);
    expect(parseCounts(store.stored!)).toMatchObject({ sequence: 2, durable: 'stats-a', events: expect.objectContaining({ 'volume.create': 1, 'pool.create': 1 }) });
  });

  it('under the same durable name (a restart, a second replica), the counts are shared as before', async () => {
    const bus = memoryBus();
    const store = createMemoryCounterStore();
    const first = await start(bus, store, { durable: 'stats-a' });
    await bus.publish(fabricate('volume.create'));
    await counted(first, bus);
    await first.stop();
    const second = await start(bus, store, { durable: 'stats-a' });
    await bus.publish(fabricate('volume.create'));
    await counted(second, bus);
    expect(second.counts()).toMatchObject({ sequence: 2, durable: 'stats-a', events: expect.objectContaining({ 'volume.create': 2 }) });
  });

  it('two services under different names started together on an empty store: the first to save owns the counts, the other refuses', async () => {
    const bus = memoryBus();
    const store = createMemoryCounterStore();
    const outcomes = await Promise.allSettled([start(bus, store, { durable: 'stats-a' }), start(bus, store, { durable: 'stats-b' })]);
    const started = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    const refused = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    expect(started).toHaveLength(1);
    expect(refused).toHaveLength(1);
    const owner = parseCounts(store.stored!).durable;
    expect(owner === 'stats-a' || owner === 'stats-b').toBe(true);
    expect(refused[0]!.reason).toBeInstanceOf(StatsOptionsError);
    expect((refused[0]!.reason as Error).message).toContain(`are those of durable consumer ${owner}, not `);
  });

  it('counts saved before the name was recorded are taken by the first service that loads them: none lost, its name recorded; another name is refused from then on', async () => {
    const saved: CounterSnapshot = { ...emptyCounts('stream-1'), sequence: 7, unknown: 1, invalid: 2, events: { ...emptyCounts().events, 'volume.create': 4 } };
    const store = storeHolding(savedBeforeTheName(saved));
    expect(parseCounts(store.stored!).durable).toBeUndefined();
    const lines: string[] = [];
    const bus = memoryBus();
    const service = await start(bus, store, { durable: 'stats-beside', streamIdentity: 'stream-1', logger: { info: (message) => lines.push(message) } });
    expect(lines).toContain('the saved counts name no durable consumer (saved by an earlier version): consumer stats-beside takes them');
    expect(parseCounts(store.stored!)).toEqual({ ...saved, durable: 'stats-beside' });
    // The stream's first 7 messages are in the counts already; the 8th is counted.
    for (let i = 0; i < 8; i++) await bus.publish(fabricate('volume.create'));
    await counted(service, bus);
    expect(parseCounts(store.stored!)).toMatchObject({ sequence: 8, unknown: 1, invalid: 2, durable: 'stats-beside', events: expect.objectContaining({ 'volume.create': 5 }) });
    await expect(start(bus, store, { durable: 'stats-events-consumer' })).rejects.toThrow(/are those of durable consumer stats-beside, not stats-events-consumer/);
  });

  it('counts taken by another name while it runs (the key deleted, another service started): it stops at once, closed() tells why, the message is not acked, and the store is not tried again', async () => {
    const bus = memoryBus();
    const inner = createMemoryCounterStore();
    let attempts = 0;
    const store: CounterStore = {
      load: () => (attempts++, inner.load()),
      save: (counts, revision) => (attempts++, inner.save(counts, revision)),
      close: () => inner.close(),
    };
    const warnings: string[] = [];
    const errors: unknown[] = [];
    const service = await start(bus, store, { durable: 'stats-a', logger: { warn: (message) => warnings.push(message), error: (_message, details) => errors.push(details?.['error']) } });
    await bus.publish(fabricate('volume.create'));
    await counted(service, bus);
    // What another service leaves after the key was deleted and it started on the empty store.
    const taken = { ...emptyCounts(), sequence: 1, durable: 'stats-b', events: { ...emptyCounts().events, 'pool.create': 1 } };
    await inner.save(taken, (await inner.load())!.revision);
    const takenBytes = inner.stored;
    // The service's next save conflicts; the counts it reloads are another consumer's.
    await bus.publish(fabricate('volume.create'));
    const failure = await Promise.race([service.closed(), new Promise((resolve) => setTimeout(() => resolve('still running'), 2_000))]);
    expect(failure).toBeInstanceOf(StatsOptionsError);
    expect((failure as StatsOptionsError).option).toBe('durable');
    expect((failure as Error).message).toContain('the counts in the counter store are those of durable consumer stats-b, not stats-a');
    expect(errors).toContain(failure);
    expect(service.ready).toBe(false);
    expect(service.notReady).toBe(`counting stopped: ${(failure as Error).message}`);
    // No retry loop: a save that conflicted and one reload, then nothing more.
    const tried = attempts;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(attempts).toBe(tried);
    expect(warnings.filter((line) => line.startsWith('cannot save the counts'))).toEqual([]);
    expect(inner.stored).toBe(takenBytes); // never written over, not even by the final save
    expect(service.counts().sequence).toBe(1);
    // Not acked: the message is still this consumer's to deliver.
    const redelivered: number[] = [];
    await using _again = await bus.subscribe({ '>': (_event, delivery) => void redelivered.push(delivery.streamSequence) }, { durable: 'stats-a' });
    await waitFor(() => redelivered.length > 0, 5_000, 'the message delivered again');
    expect(redelivered).toEqual([2]);
  });
});

describe('stats - recording the durable consumer at start', () => {
  /** A memory store whose saves fail while `failing` says so, counting them. */
  function flakyStore(failing: () => boolean): CounterStore & { saves: number } {
    const inner = createMemoryCounterStore();
    const store = {
      saves: 0,
      load: () => inner.load(),
      async save(counts: CounterSnapshot, revision: number | undefined) {
        store.saves++;
        if (failing()) throw new Error('nats: timeout');
        return inner.save(counts, revision);
      },
      close: () => inner.close(),
    };
    return store;
  }

  it('a store that cannot be written at start (a leader election) is waited for as NATS is, however many tries it takes, then the service counts', async () => {
    const store = flakyStore(() => store.saves <= 15);
    const warnings: string[] = [];
    const bus = memoryBus();
    const service = await start(bus, store, { durable: 'stats-a', connectRetry: [1], logger: { warn: (message) => warnings.push(message) } });
    expect(store.saves).toBe(16);
    expect(warnings).toEqual(['waiting for the counter store to take the counts (cannot save the counts in the counter store with durable consumer stats-a: nats: timeout); trying again with back-off, a summary every 60 s']);
    await bus.publish(fabricate('volume.create'));
    await counted(service, bus);
    expect(service.counts()).toMatchObject({ sequence: 1, durable: 'stats-a' });
  });

  it('with waitForNats false, the first failure ends the start', async () => {
    const store = flakyStore(() => true);
    const error = await start(memoryBus(), store, { waitForNats: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CounterStoreError);
    expect((error as Error).message).toBe('cannot save the counts in the counter store with durable consumer stats-events-consumer: nats: timeout');
    expect(store.saves).toBe(1);
  });

  it('aborting the signal while it waits for the store ends the start at once with the AbortError', async () => {
    const store = flakyStore(() => true);
    const abort = new AbortController();
    const starting = start(memoryBus(), store, { signal: abort.signal, saveRetry: [10_000], connectRetry: [10_000] });
    await waitFor(() => store.saves > 0, 5_000, 'a failed save');
    const abortedAt = performance.now();
    abort.abort(new Error('SIGTERM received'));
    const error = await starting.catch((e: unknown) => e);
    expect(performance.now() - abortedAt).toBeLessThan(1_000);
    expect(error).toMatchObject({ name: 'AbortError', message: 'startStatsService was aborted' });
    expect((error as Error).cause).toEqual(new Error('SIGTERM received'));
    expect(store.saves).toBe(1);
  });
});

describe('stats - the durable consumer in the stored counts', () => {
  it('is kept through a round trip, is absent (undefined) in counts saved before it was recorded, and must be a name', () => {
    const counts: CounterSnapshot = { ...emptyCounts('x'), sequence: 3, durable: 'stats-a' };
    expect(parseCounts(serializeCounts(counts))).toEqual(counts);
    expect(JSON.parse(new TextDecoder().decode(serializeCounts(counts)))).toMatchObject({ version: 1, durable: 'stats-a' });
    expect(parseCounts(savedBeforeTheName(counts)).durable).toBeUndefined();
    expect(parseCounts(serializeCounts({ ...counts, durable: undefined })).durable).toBeUndefined();
    const withDurable = (value: unknown) => {
      const doc = JSON.parse(new TextDecoder().decode(serializeCounts(counts))) as Record<string, unknown>;
      return new TextEncoder().encode(JSON.stringify({ ...doc, durable: value }));
    };
    expect(() => parseCounts(withDurable(7))).toThrow('stored `durable` is not a consumer name: 7');
    expect(() => parseCounts(withDurable(''))).toThrow('stored `durable` is not a consumer name: ""');
  });

  it('a name that is not a plain consumer name is quoted in the refusal', async () => {
    const store = storeHolding(serializeCounts({ ...emptyCounts(), durable: 'odd name\u001b[31m' }));
    await expect(start(memoryBus(), store)).rejects.toThrow('are those of durable consumer "odd name\\u001b[31m", not stats-events-consumer');
  });
});
