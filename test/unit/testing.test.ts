import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  EventValidationError,
  MayastorEventsError,
  RebuildStatus,
  SwitchOverStatus,
  catalog,
  decode,
  encodeToString,
  isCanonicalTimestamp,
  timestampToEpochNanos,
  type CatalogEvent,
  type EventKey,
  type EventMap,
} from 'mayastor-events';
import {
  DEFAULT_FABRICATOR_NOW,
  createFabricator,
  createRandom,
  eventArbitraries,
  fabricate,
  invalidMutations,
  scenarios,
  subsystemNqn,
  type Fabricator,
} from 'mayastor-events/testing';

const SEEDS = 1000;
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}';
const NVMF_CHILD = new RegExp(`^nvmf://10\\.\\d+\\.\\d+\\.\\d+:8420/nqn\\.2019-05\\.io\\.openebs:(${UUID})\\?uuid=\\1$`);
const BDEV_CHILD = new RegExp(`^bdev:///(${UUID})\\?uuid=\\1$`);
const CHILD_URI = (uri: string): boolean => NVMF_CHILD.test(uri) || BDEV_CHILD.test(uri);
const SYSFS_CONTROLLER = /^\/sys\/devices\/virtual\/nvme-fabrics\/ctl\/nvme\d+$/;
const CHRONO_DISPLAY = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{3}|\.\d{6}|\.\d{9})? UTC$/;

/** The catalogued key of an event, by its numbers. */
function keyOf(event: CatalogEvent): EventKey {
  return catalog.find((entry) => entry.category === event.category && entry.action === event.action)!.key;
}

/** The details of an event, whichever key it is. */
function detailsOf(event: CatalogEvent): Record<string, unknown> | null {
  return event.metadata.source.event_details as Record<string, unknown> | null;
}

/** What the bus carries, and what a subscriber decodes. */
function roundTrip(event: CatalogEvent): { text: string; again: string | undefined; key: EventKey | undefined } {
  const text = encodeToString(event);
  const result = decode(Buffer.from(text, 'utf8'));
  return result.kind === 'event' ? { text, again: encodeToString(result.event), key: result.key } : { text, again: undefined, key: undefined };
}

// One fabricator per seed, each fabricating the one key, computed once per key and shared by its tests.
const seeded = new Map<EventKey, string[]>();
function seededTexts(key: EventKey): string[] {
  let texts = seeded.get(key);
  if (texts === undefined) {
    texts = Array.from({ length: SEEDS }, (_, seed) => encodeToString(createFabricator({ seed }).fabricate(key)));
    seeded.set(key, texts);
  }
  return texts;
}

describe.each(catalog.map((entry) => entry))('fabricate - $key', (entry) => {
  const key = entry.key;
  // Thousands of checks per test: collect the failures and assert once, since expect() per item is slow.

  it('1,000 seeded events each decode to the same key and re-encode to the same bytes', () => {
    const failures: string[] = [];
    for (const text of seededTexts(key)) {
      const result = decode(Buffer.from(text, 'utf8'));
      if (result.kind !== 'event') failures.push(`${result.kind}: ${text}`);
      else if (result.key !== key || encodeToString(result.event) !== text) failures.push(`${result.key}: ${text}`);
    }
    expect(failures).toEqual([]);
  });

  it('the same seed gives the same bytes twice', () => {
    const texts = seededTexts(key);
    const differing = texts.filter((text, seed) => encodeToString(createFabricator({ seed }).fabricate(key)) !== text);
    expect(differing).toEqual([]);
  });

  it('different seeds give different events', () => {
    expect(new Set(seededTexts(key)).size).toBe(SEEDS);
  });

  it("carries the catalog's component and exactly the details the catalog names", () => {
    const allowed = new Set([...entry.requiredDetails, ...entry.optionalDetails]);
    const failures: string[] = [];
    for (const text of seededTexts(key)) {
      const event = JSON.parse(text) as CatalogEvent;
      const carried = Object.entries(detailsOf(event) ?? {})
        .filter(([, value]) => value !== null)
        .map(([name]) => name);
      const ok =
        event.metadata.source.component === entry.component &&
        UUID_V4.test(event.metadata.id) &&
        isCanonicalTimestamp(event.metadata.timestamp) &&
        entry.requiredDetails.every((name) => carried.includes(name)) &&
        carried.every((name) => allowed.has(name));
      if (!ok) failures.push(text);
    }
    expect(failures).toEqual([]);
  });
});

/** Realistic-value checks per key, over many seeds: what the services would send. */
const REALISM: Partial<{ [K in EventKey]: (event: EventMap[K], fabricator: Fabricator) => void }> = {
  'volume.create': (event) => expect(event.target).toMatch(UUID_V4),
  'replica.create': (event, f) => {
    const details = event.metadata.source.event_details.replica_details;
    expect(details.replica_name).toBe(event.target);
    const node = f.cluster.nodes.find((candidate) => candidate.name === event.metadata.source.node)!;
    expect(details).toMatchObject({ pool_name: node.pool.name, pool_uuid: node.pool.uuid });
  },
  'replica.stateChange': (event) => {
    const { previous, next } = event.metadata.source.event_details.state_change_details;
    for (const state of [previous, next]) expect(state).toMatch(/^(init|open|closed|destroying|config invalid|faulted \([a-z ]+\))$/);
    expect(event.target === '' || UUID_V4.test(event.target)).toBe(true);
  },
  'pool.create': (event, f) => {
    const node = f.cluster.nodes.find((candidate) => candidate.name === event.metadata.source.node)!;
    expect(event.target).toBe(node.pool.name);
  },
  'nexus.stateChange': (event) => {
    const { previous, next } = event.metadata.source.event_details.state_change_details;
    for (const state of [previous, next]) expect(['init', 'closed', 'open', 'reconfiguring', 'shutting_down', 'shutdown']).toContain(state);
  },
  'nexus.rebuildBegin': (event) => {
    const details = event.metadata.source.event_details.rebuild_details;
    expect(details.rebuild_status).toBe(RebuildStatus.Started);
    expect(details.error).toBeNull();
    expect(CHILD_URI(details.source_replica) && CHILD_URI(details.destination_replica)).toBe(true);
  },
  'nexus.rebuildEnd': (event) => {
    const details = event.metadata.source.event_details.rebuild_details;
    expect([RebuildStatus.Completed, RebuildStatus.Stopped, RebuildStatus.Failed]).toContain(details.rebuild_status);
    expect(details.error !== null).toBe(details.rebuild_status === RebuildStatus.Failed);
  },
  'nexus.addChild': (event) => expect(CHILD_URI(event.metadata.source.event_details.nexus_child_details.uri)).toBe(true),
  'nexus.subsystemPause': (event) => {
    const details = event.metadata.source.event_details;
    // an error is only sent together with the time the failed pause took
    if (details.error_details !== null) expect(details.action_duration_details).not.toBeNull();
  },
  'node.stateChange': (event, f) => {
    expect(f.cluster.nodes.map((node) => node.name)).toContain(event.target);
    expect(event.metadata.source.node).toBe(event.target);
    const { previous, next } = event.metadata.source.event_details.state_change_details;
    expect(['Online', 'Offline', 'Unknown']).toContain(previous);
    expect(['Online', 'Offline', 'Unknown']).toContain(next);
  },
  'highAvailability.switchOver': (event) => {
    const details = event.metadata.source.event_details.switch_over_details;
    expect(details.start_time).not.toBeNull();
    expect(timestampToEpochNanos(details.start_time!)).toBeLessThanOrEqual(timestampToEpochNanos(event.metadata.timestamp));
    expect(details.existing_nqn).toBe(subsystemNqn(event.target));
    expect(details.new_path !== null).toBe(details.switch_over_status === SwitchOverStatus.SwitchOverCompleted);
    expect(event.metadata.source.node).not.toBe('');
  },
  'nvmePath.nvmePathFail': (event) => {
    const details = event.metadata.source.event_details.nvme_path_details;
    expect(details.nqn.split(':').at(-1)).toBe(event.target);
    expect(details.path).toMatch(SYSFS_CONTROLLER);
  },
  'nvmePath.nvmePathFix': (event) => {
    expect(event.metadata.source.node).toBe('');
    expect(event.metadata.source.event_details.nvme_path_details.path).toMatch(NVMF_CHILD);
  },
  'hostInitiator.nvmeConnect': (event) => {
    expect(event.target).toBe('');
    const details = event.metadata.source.event_details.host_initiator_details;
    expect(details.host_nqn).toMatch(/^nqn\.(2014-08\.org\.nvmexpress:uuid:|2019-05\.io\.openebs:node-name:)/);
    expect(['nexus', 'replica', '']).toContain(details.target);
    if (details.target === '') expect(details.uuid).toBe('');
    else expect(details.subsystem_nqn).toBe(subsystemNqn(details.uuid));
  },
  'ioEngine.reactorFreeze': (event) => {
    expect(event.target).toMatch(/^\d+$/);
    expect(['Running', 'Delayed']).toContain(event.metadata.source.event_details.reactor_details.state);
  },
  'ioEngine.start': (event) => expect(event.target).toBe('mayastor'),
  'snapshot.create': (event) => expect(event.metadata.source.event_details.snapshot_details.create_time).toMatch(CHRONO_DISPLAY),
  'clone.create': (event) => expect(event.metadata.source.event_details.clone_details.create_time).toMatch(CHRONO_DISPLAY),
};

describe('fabricate - realistic values', () => {
  it.each(Object.keys(REALISM) as EventKey[])('%s looks like what the services send (200 seeds)', (key) => {
    const check = REALISM[key] as (event: CatalogEvent, fabricator: Fabricator) => void;
    for (let seed = 0; seed < 200; seed++) {
      const fabricator = createFabricator({ seed });
      check(fabricator.fabricate(key), fabricator);
    }
  });

  it('rebuild ends are completed, stopped or failed, and only failed ones carry an error', () => {
    const f = createFabricator({ seed: 'rebuilds' });
    const statuses = new Set(
      Array.from({ length: 200 }, () => f.fabricate('nexus.rebuildEnd').metadata.source.event_details.rebuild_details.rebuild_status),
    );
    expect([...statuses].sort()).toEqual([RebuildStatus.Completed, RebuildStatus.Stopped, RebuildStatus.Failed]);
  });

  it('timestamps are chrono canonical, strictly increasing, with 0, 3, 6 and 9 fraction digits', () => {
    const f = createFabricator({ seed: 'time' });
    const stamps = Array.from({ length: 400 }, (_, i) => f.fabricate(catalog[i % catalog.length]!.key).metadata.timestamp);
    expect(stamps[0]).toBe(DEFAULT_FABRICATOR_NOW);
    const digits = new Set(stamps.map((stamp) => (/\.(\d+)Z$/.exec(stamp)?.[1] ?? '').length));
    expect([...digits].sort()).toEqual([0, 3, 6, 9]);
    for (let i = 1; i < stamps.length; i++) {
      expect(isCanonicalTimestamp(stamps[i]!)).toBe(true);
      const step = timestampToEpochNanos(stamps[i]!) - timestampToEpochNanos(stamps[i - 1]!);
      // a step of up to 2 s, plus up to 1 s when the previous timestamp was rounded down to whole seconds
      expect(step > 0n && step < 3_000_001_000n).toBe(true);
    }
  });

  it('the first event happens at `now`, given as a Date or as a timestamp in any RFC 3339 form', () => {
    expect(createFabricator({ now: new Date(Date.UTC(2025, 0, 31, 8)) }).fabricate('volume.create').metadata.timestamp).toBe('2025-01-31T08:00:00Z');
    expect(createFabricator({ seed: 1, now: '2025-01-31 10:00:00.5+02:00' }).fabricate('volume.create').metadata.timestamp).toBe(
      '2025-01-31T08:00:00.500Z',
    );
  });

  it('ids are UUID v4 and unique', () => {
    const f = createFabricator({ seed: 'ids' });
    const ids = Array.from({ length: 2000 }, () => f.fabricate('volume.create').metadata.id);
    for (const id of ids) expect(id).toMatch(UUID_V4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('a seed gives the same bytes on every machine (pinned digest of every key under seed 42)', () => {
    // Changing a recipe changes what a seed gives: then update this digest on purpose.
    const f = createFabricator({ seed: 42 });
    const hash = createHash('sha256');
    for (const entry of catalog) hash.update(encodeToString(f.fabricate(entry.key)));
    expect(hash.digest('hex')).toMatchInlineSnapshot(`"11392551d225591daf471972eac85be243a635f2d7632da9ed83338a6cc63bf8"`);
  });

  it('createRandom - the PRNG sequence is pinned', () => {
    const random = createRandom(42);
    expect([random.next(), random.next(), random.int(1, 6), random.uuid()]).toMatchInlineSnapshot(`
      [
        1638748083,
        721226348,
        2,
        "a30c0b3b-59f7-4e45-95f0-baff59c6ba0a",
      ]
    `);
  });
});

describe('fabricate - determinism', () => {
  afterEach(() => vi.restoreAllMocks());

  it('a seeded fabricator reads no Math.random, crypto.randomUUID, Date.now or monotonic clock', () => {
    const spies = [
      vi.spyOn(Math, 'random'),
      vi.spyOn(globalThis.crypto, 'randomUUID'),
      vi.spyOn(Date, 'now'),
      vi.spyOn(process.hrtime, 'bigint'),
    ];
    const f = createFabricator({ seed: 'pure' });
    for (const entry of catalog) f.fabricate(entry.key);
    scenarios.volumeLifecycle(f);
    scenarios.nodeFailure(f);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it('an unseeded fabricator follows the real clock and exposes its random seed', () => {
    const before = BigInt(Date.now()) * 1_000_000n;
    const f = createFabricator();
    expect(typeof f.seed).toBe('number');
    const stamp = timestampToEpochNanos(f.fabricate('pool.create').metadata.timestamp);
    expect(stamp >= before - 1_000_000_000n && stamp <= BigInt(Date.now() + 1000) * 1_000_000n).toBe(true);
    expect(encodeToString(createFabricator({ seed: f.seed, now: DEFAULT_FABRICATOR_NOW }).fabricate('pool.create'))).toBe(
      encodeToString(createFabricator({ seed: f.seed }).fabricate('pool.create')),
    );
  });

  it('the default fabricate gives valid events with the current time', () => {
    const event = fabricate('nexus.rebuildEnd');
    expect(roundTrip(event).key).toBe('nexus.rebuildEnd');
    expect(Math.abs(Date.now() - Number(timestampToEpochNanos(event.metadata.timestamp) / 1_000_000n))).toBeLessThan(5000);
  });

  it('overrides do not shift the seeded sequence', () => {
    const plain = createFabricator({ seed: 5 });
    const overridden = createFabricator({ seed: 5 });
    plain.fabricate('replica.create');
    overridden.fabricate('replica.create', { target: 'r', metadata: { source: { node: 'elsewhere' } } });
    expect(encodeToString(overridden.fabricate('nexus.rebuildEnd'))).toBe(encodeToString(plain.fabricate('nexus.rebuildEnd')));
  });

  it('rejects a key that is not catalogued and a seed or time it cannot use', () => {
    expect(() => fabricate('volume.rebuildBegin' as EventKey)).toThrow(MayastorEventsError);
    expect(() => createFabricator({ seed: Number.NaN })).toThrow(/finite number or a string/);
    expect(() => createFabricator({ now: 'yesterday' })).toThrow(/"yesterday" is not a timestamp: expected the year/);
    expect(() => createFabricator({ now: new Date(Number.NaN) })).toThrow(/invalid Date/);
  });
});

describe('fabricate - overrides', () => {
  const f = (): Fabricator => createFabricator({ seed: 'overrides' });

  it('merges deeply: the members given change, every other member stays', () => {
    const base = f().fabricate('nexus.rebuildEnd');
    const event = f().fabricate('nexus.rebuildEnd', {
      metadata: { source: { event_details: { rebuild_details: { rebuild_status: RebuildStatus.Failed, error: 'I/O error' } } } },
    });
    const details = event.metadata.source.event_details.rebuild_details;
    expect(details).toEqual({ ...base.metadata.source.event_details.rebuild_details, rebuild_status: RebuildStatus.Failed, error: 'I/O error' });
    expect({ ...event, metadata: { ...event.metadata, source: null } }).toEqual({ ...base, metadata: { ...base.metadata, source: null } });
    expect(roundTrip(event).again).toBe(roundTrip(event).text);
  });

  it('null and bigint replace a member whole', () => {
    const event = f().fabricate('highAvailability.switchOver', {
      metadata: { source: { event_details: { switch_over_details: { new_path: null, retry_count: 2n ** 60n } } } },
    });
    const details = event.metadata.source.event_details.switch_over_details;
    expect(details.new_path).toBeNull();
    expect(details.retry_count).toBe(2n ** 60n);
    expect(roundTrip(event).text).toContain('"retry_count":1152921504606846976');
  });

  it('details given to an event fabricated without them start from all-null details', () => {
    for (let seed = 0; seed < 20; seed++) {
      const event = createFabricator({ seed }).fabricate('nexus.shutdown', {
        metadata: { source: { event_details: { error_details: { error: 'failed to destroy nexus' } } } },
      });
      expect(detailsOf(event)).toMatchObject({ error_details: { error: 'failed to destroy nexus' }, rebuild_details: null });
      expect(roundTrip(event).key).toBe('nexus.shutdown');
    }
  });

  it('a target or node given is what the details refer to', () => {
    const volume = '7f8d2b1c-0e6a-4f3b-9c2d-1a5e8b7c6d40';
    const path = f().fabricate('nvmePath.nvmePathFail', { target: volume }).metadata.source.event_details.nvme_path_details;
    expect(path.nqn).toBe(subsystemNqn(volume));
    const replica = f().fabricate('replica.create', { target: 'replica-1', metadata: { source: { node: 'worker-9' } } });
    expect(replica.metadata.source.event_details.replica_details.replica_name).toBe('replica-1');
    expect(replica.metadata.source.node).toBe('worker-9');
  });

  it('an override that makes the event invalid throws EventValidationError naming the member', () => {
    const bad = <T>(overrides: T) => () => f().fabricate('nexus.rebuildEnd', overrides as never);
    const issuePaths = (thunk: () => unknown): string[] => {
      try {
        thunk();
      } catch (error) {
        expect(error).toBeInstanceOf(EventValidationError);
        return (error as EventValidationError).issues.map((issue) => issue.path);
      }
      return expect.fail('expected an EventValidationError');
    };
    expect(issuePaths(bad({ target: 42 }))).toContain('/target');
    expect(issuePaths(bad({ metadata: { timestamp: '2024-02-30T10:20:30Z' } }))).toContain('/metadata/timestamp');
    expect(issuePaths(bad({ metadata: { source: { event_details: { rebuild_details: { rebuild_status: 9 } } } } }))).toContain(
      '/metadata/source/event_details/rebuild_details/rebuild_status',
    );
    expect(issuePaths(bad({ metadata: { source: { event_details: { replica_details: { pool_name: 'p' } } } } }))).toContain(
      '/metadata/source/event_details/replica_details',
    );
    expect(issuePaths(bad({ metadata: { colour: 'blue' } }))).toContain('/metadata/colour');
    expect(issuePaths(() => f().fabricate('volume.create', { target: 'lone \ud800 surrogate' }))).toContain('/target');
  });
});

/** A scenario's events with their keys. */
function keyed(events: CatalogEvent[]): { key: EventKey; event: CatalogEvent }[] {
  return events.map((event) => ({ key: keyOf(event), event }));
}

function expectIncreasingTimestamps(events: CatalogEvent[]): void {
  for (let i = 1; i < events.length; i++) {
    expect(timestampToEpochNanos(events[i]!.metadata.timestamp)).toBeGreaterThan(timestampToEpochNanos(events[i - 1]!.metadata.timestamp));
  }
}

describe('scenarios', () => {
  it('volumeLifecycle - a causally ordered life whose ids refer to each other (50 seeds)', () => {
    for (let seed = 0; seed < 50; seed++) {
      const f = createFabricator({ seed });
      const events = scenarios.volumeLifecycle(f);
      const story = keyed(events);
      expect(story.map((step) => step.key)).toEqual([
        'replica.create', 'replica.create', 'replica.create', 'volume.create', 'nexus.create', 'hostInitiator.nvmeConnect',
        'nexus.addChild', 'nexus.rebuildBegin', 'nexus.rebuildEnd', 'hostInitiator.nvmeDisconnect', 'nexus.delete',
        'replica.delete', 'replica.delete', 'replica.delete', 'volume.delete',
      ]); // prettier-ignore
      for (const { event } of story) expect(roundTrip(event).again).toBe(roundTrip(event).text);
      expectIncreasingTimestamps(events);

      const [r1, r2, r3, volumeCreate, nexusCreate, connect, addChild, begin, end, disconnect, nexusDelete, d1, d2, d3, volumeDelete] =
        events as [
          EventMap['replica.create'], EventMap['replica.create'], EventMap['replica.create'], EventMap['volume.create'],
          EventMap['nexus.create'], EventMap['hostInitiator.nvmeConnect'], EventMap['nexus.addChild'], EventMap['nexus.rebuildBegin'],
          EventMap['nexus.rebuildEnd'], EventMap['hostInitiator.nvmeDisconnect'], EventMap['nexus.delete'], EventMap['replica.delete'],
          EventMap['replica.delete'], EventMap['replica.delete'], EventMap['volume.delete'],
        ]; // prettier-ignore
      const volume = volumeCreate.target;
      const nexus = nexusCreate.target;
      const nexusNode = nexusCreate.metadata.source.node;
      const replicas = [r1, r2, r3];

      // three replicas on three nodes, each in its node's pool, named by its uuid
      expect(new Set(replicas.map((r) => r.metadata.source.node)).size).toBe(3);
      for (const replica of replicas) {
        const node = f.cluster.nodes.find((candidate) => candidate.name === replica.metadata.source.node)!;
        expect(replica.metadata.source.event_details.replica_details).toEqual({
          pool_name: node.pool.name,
          pool_uuid: node.pool.uuid,
          replica_name: replica.target,
        });
      }
      // the nexus is on a replica's node; the host connects to the volume's NQN on it
      expect(replicas.map((r) => r.metadata.source.node)).toContain(nexusNode);
      for (const hostEvent of [connect, disconnect]) {
        expect(hostEvent.metadata.source.node).toBe(nexusNode);
        expect(hostEvent.metadata.source.event_details.host_initiator_details).toMatchObject({
          subsystem_nqn: subsystemNqn(volume),
          target: 'nexus',
          uuid: nexus,
        });
      }
      // every nexus event is about that nexus, on its node
      for (const nexusEvent of [addChild, begin, end, nexusDelete]) {
        expect(nexusEvent.target).toBe(nexus);
        expect(nexusEvent.metadata.source.node).toBe(nexusNode);
      }
      // children are the replicas: bdev:/// on the nexus' node, nvmf:// elsewhere
      const uriOf = (replica: EventMap['replica.create']): string => {
        const local = replica.metadata.source.node === nexusNode;
        const node = f.cluster.nodes.find((candidate) => candidate.name === replica.metadata.source.node)!;
        return local ? `bdev:///${replica.target}?uuid=${replica.target}` : `nvmf://${node.ip}:8420/nqn.2019-05.io.openebs:${replica.target}?uuid=${replica.target}`;
      };
      expect(addChild.metadata.source.event_details.nexus_child_details.uri).toBe(uriOf(r3));
      for (const rebuild of [begin, end]) {
        const details = rebuild.metadata.source.event_details.rebuild_details;
        expect(details.source_replica).toBe(uriOf(r1));
        expect(details.destination_replica).toBe(uriOf(r3));
      }
      expect(begin.metadata.source.event_details.rebuild_details).toMatchObject({ rebuild_status: RebuildStatus.Started, error: null });
      expect(end.metadata.source.event_details.rebuild_details).toMatchObject({ rebuild_status: RebuildStatus.Completed, error: null });
      // deletes mirror the creates
      expect([d1, d2, d3].map((d) => d.target)).toEqual(replicas.map((r) => r.target));
      expect(volumeDelete.target).toBe(volume);
      expect(nexus).not.toBe(volume);
    }
  });

  it('nodeFailure - HA switch-over and NVMe path events refer to the volume and the new nexus (50 seeds)', () => {
    for (let seed = 0; seed < 50; seed++) {
      const events = scenarios.nodeFailure(createFabricator({ seed }));
      expect(keyed(events).map((step) => step.key)).toEqual([
        'nvmePath.nvmePathSuspect', 'node.stateChange', 'nvmePath.nvmePathFail', 'highAvailability.switchOver', 'nexus.create',
        'highAvailability.switchOver', 'hostInitiator.nvmeConnect', 'nvmePath.nvmePathFix', 'nvmePath.nvmePathDeleting',
      ]); // prettier-ignore
      for (const event of events) expect(roundTrip(event).again).toBe(roundTrip(event).text);
      expectIncreasingTimestamps(events);

      const [suspect, offline, fail, started, nexusCreate, completed, connect, fix, deleting] = events as [
        EventMap['nvmePath.nvmePathSuspect'], EventMap['node.stateChange'], EventMap['nvmePath.nvmePathFail'],
        EventMap['highAvailability.switchOver'], EventMap['nexus.create'], EventMap['highAvailability.switchOver'],
        EventMap['hostInitiator.nvmeConnect'], EventMap['nvmePath.nvmePathFix'], EventMap['nvmePath.nvmePathDeleting'],
      ]; // prettier-ignore
      const volume = suspect.target;
      const frontEnd = suspect.metadata.source.node;

      for (const path of [suspect, fail, fix, deleting]) {
        expect(path.target).toBe(volume);
        expect(path.metadata.source.event_details.nvme_path_details.nqn.endsWith(`:${volume}`)).toBe(true);
      }
      for (const path of [suspect, fail, deleting]) {
        expect(path.metadata.source.node).toBe(frontEnd);
        expect(path.metadata.source.event_details.nvme_path_details.path).toMatch(SYSFS_CONTROLLER);
      }
      expect(offline.metadata.source.event_details.state_change_details).toEqual({ previous: 'Online', next: 'Offline' });
      expect(offline.target).not.toBe(nexusCreate.metadata.source.node);

      const [s, c] = [started, completed].map((event) => event.metadata.source.event_details.switch_over_details);
      for (const switchOver of [started, completed]) {
        expect(switchOver.target).toBe(volume);
        expect(switchOver.metadata.source.node).toBe(frontEnd);
      }
      expect(s!.switch_over_status).toBe(SwitchOverStatus.SwitchOverStarted);
      expect(c!.switch_over_status).toBe(SwitchOverStatus.SwitchOverCompleted);
      expect(s!.start_time).toBe(started.metadata.timestamp);
      expect(c!.start_time).toBe(s!.start_time);
      expect(s!.new_path).toBeNull();
      expect(c!.existing_nqn).toBe(subsystemNqn(volume));
      expect(c!.new_path).toMatch(NVMF_CHILD);
      expect(fix.metadata.source.node).toBe('');
      expect(fix.metadata.source.event_details.nvme_path_details.path).toBe(c!.new_path);
      expect(deleting.metadata.source.event_details.nvme_path_details.path).toBe(fail.metadata.source.event_details.nvme_path_details.path);
      // the new nexus is where the new path points, and the host connects to it there
      const nexusNode = createFabricator({ seed }).cluster.nodes.find((node) => node.name === nexusCreate.metadata.source.node)!;
      expect(c!.new_path).toContain(`nvmf://${nexusNode.ip}:8420/`);
      expect(connect.metadata.source.node).toBe(nexusNode.name);
      expect(connect.metadata.source.event_details.host_initiator_details).toMatchObject({
        subsystem_nqn: subsystemNqn(volume),
        target: 'nexus',
        uuid: nexusCreate.target,
      });
    }
  });

  it('a scenario with the same seed gives the same bytes', () => {
    const texts = (seed: number): string[] => scenarios.volumeLifecycle(createFabricator({ seed })).map((event) => encodeToString(event));
    expect(texts(9)).toEqual(texts(9));
    expect(texts(9)).not.toEqual(texts(10));
  });
});

describe('invalidMutations', () => {
  it('every mutation of every key is reported invalid by decode at the stated path (5 seeds)', () => {
    const kinds = new Set<string>();
    const failures: string[] = [];
    for (let seed = 0; seed < 5; seed++) {
      const f = createFabricator({ seed });
      for (const entry of catalog) {
        const mutations = invalidMutations(f.fabricate(entry.key));
        expect(mutations.map((m) => m.kind)).toEqual(expect.arrayContaining(['removed', 'retyped', 'badTimestamp', 'duplicated']));
        for (const mutation of mutations) {
          kinds.add(mutation.kind);
          const result = decode(mutation.json);
          if (mutation.key !== entry.key || result.kind !== 'invalid' || result.error.path !== mutation.path) {
            failures.push(`${mutation.description}: decode gave ${result.kind} ${result.kind === 'invalid' ? result.error.path : ''}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect([...kinds].sort()).toEqual(['badTimestamp', 'duplicated', 'nulled', 'outOfRange', 'removed', 'retyped']);
  });
});

describe('eventArbitraries', () => {
  const arbitraries = eventArbitraries(fc);

  it('anyEvent - valid events that decode to their key and re-encode to the same bytes', () => {
    fc.assert(
      fc.property(arbitraries.anyEvent, (event) => {
        const { text, again, key } = roundTrip(event);
        expect(key).toBe(keyOf(event));
        expect(again).toBe(text);
      }),
      { numRuns: 1000, seed: 20240501 },
    );
  });

  it.each(catalog.map((entry) => entry.key))('event(%s) - valid events of that key', (key) => {
    fc.assert(
      fc.property(arbitraries.event(key), (event) => {
        const { text, again, key: decoded } = roundTrip(event);
        expect(decoded).toBe(key);
        expect(again).toBe(text);
      }),
      { numRuns: 40 },
    );
  });

  it('event - reaches edge values: u64 past 2^53, far timestamps, all-null details', () => {
    const samples = fc.sample(fc.oneof(arbitraries.event('ioEngine.reactorFreeze'), arbitraries.event('volume.create')), { numRuns: 600, seed: 7 });
    const texts = samples.map((event) => encodeToString(event));
    expect(texts.some((text) => /"lcore":\d{17,}/.test(text))).toBe(true);
    expect(texts.some((text) => /"timestamp":"[+-]\d{5,}/.test(text))).toBe(true);
    expect(texts.some((text) => text.includes('"event_details":{"rebuild_details":null'))).toBe(true);
  });

  it('invalidMutation - decode reports each mutation invalid at the stated path', () => {
    fc.assert(
      fc.property(arbitraries.invalidMutation(), (mutation) => {
        const result = decode(new TextEncoder().encode(mutation.json));
        expect(result.kind).toBe('invalid');
        if (result.kind === 'invalid') expect(result.error.path).toBe(mutation.path);
      }),
      { numRuns: 1000, seed: 20240501 },
    );
    fc.assert(
      fc.property(arbitraries.invalidMutation('highAvailability.switchOver'), (mutation) => mutation.key === 'highAvailability.switchOver'),
      { numRuns: 50 },
    );
  });

  it('importing mayastor-events/testing works without fast-check installed', async () => {
    vi.resetModules();
    vi.doMock('fast-check', () => {
      throw new Error('Cannot find package fast-check');
    });
    try {
      // the mock stands for a missing package: importing it fails
      await expect(import('fast-check')).rejects.toThrow();
      const testing = await import('mayastor-events/testing');
      expect(typeof testing.eventArbitraries).toBe('function');
      expect(testing.createFabricator({ seed: 1 }).fabricate('volume.create').category).toBe(2);
    } finally {
      vi.doUnmock('fast-check');
      vi.resetModules();
    }
  });
});
