import fc from 'fast-check';
import { describe, expectTypeOf, it } from 'vitest';
import {
  RebuildStatus,
  type CatalogEvent,
  type EventMap,
  type HighAvailabilitySwitchOver,
  type NexusRebuildEnd,
  type VolumeCreate,
} from 'mayastor-events';
import {
  createFabricator,
  eventArbitraries,
  fabricate,
  invalidMutations,
  scenarios,
  type DeepPartial,
  type EventOverrides,
  type Fabricator,
  type InvalidMutation,
} from 'mayastor-events/testing';
import type { Arbitrary } from 'fast-check';

describe('testing kit types', () => {
  it('fabricate - returns exactly the event type of its key', () => {
    expectTypeOf(fabricate('nexus.rebuildEnd')).toEqualTypeOf<NexusRebuildEnd>();
    expectTypeOf(createFabricator({ seed: 1 }).fabricate('volume.create')).toEqualTypeOf<VolumeCreate>();
    // @ts-expect-error not a catalogued key
    fabricate('nexus.rebuildBegun');
  });

  it('overrides - are a deep partial of the event', () => {
    expectTypeOf<EventOverrides<'volume.create'>>().toEqualTypeOf<DeepPartial<VolumeCreate>>();
    fabricate('nexus.rebuildEnd', {
      target: 'nexus-uuid',
      metadata: {
        timestamp: '2024-05-01T10:20:30Z',
        source: { event_details: { rebuild_details: { rebuild_status: RebuildStatus.Failed, error: 'I/O error' } } },
      },
    });
    // null and bigint replace whole members
    fabricate('nexus.rebuildEnd', { metadata: { source: { event_details: { rebuild_details: { error: null } } } } });
    fabricate('highAvailability.switchOver', {
      metadata: { source: { event_details: { switch_over_details: { retry_count: 2n ** 60n, new_path: null } } } },
    });
    // optional details may be given on an event that may carry them
    fabricate('nexus.shutdown', { metadata: { source: { event_details: { error_details: { error: 'busy' } } } } });
  });

  it('overrides - wrong member types are compile errors', () => {
    // @ts-expect-error target is a string
    fabricate('volume.create', { target: 42 });
    // @ts-expect-error a nexus event's category is 3
    fabricate('nexus.create', { category: 4 });
    // @ts-expect-error 9 is not a RebuildStatus the catalog knows
    fabricate('nexus.rebuildEnd', { metadata: { source: { event_details: { rebuild_details: { rebuild_status: 9 } } } } });
    // @ts-expect-error a rebuild event carries no replica details
    fabricate('nexus.rebuildEnd', { metadata: { source: { event_details: { replica_details: { pool_name: 'p' } } } } });
    // @ts-expect-error node is a string
    fabricate('pool.create', { metadata: { source: { node: null } } });
    // @ts-expect-error no such member
    fabricate('volume.create', { metadata: { colour: 'blue' } });
    // @ts-expect-error retry_count is a u64: number or bigint
    fabricate('highAvailability.switchOver', { metadata: { source: { event_details: { switch_over_details: { retry_count: '1' } } } } });
  });

  it('createFabricator - takes a seed and a base time', () => {
    expectTypeOf(createFabricator({ seed: 'replay-7', now: new Date() })).toEqualTypeOf<Fabricator>();
    createFabricator({ now: '2024-05-01T10:20:30Z' });
    // @ts-expect-error a seed is a number or a string
    createFabricator({ seed: true });
    // @ts-expect-error now is a Date or a timestamp string
    createFabricator({ now: 1714558830 });
  });

  it('scenarios and mutations - return catalogued events and typed mutations', () => {
    expectTypeOf(scenarios.volumeLifecycle()).toEqualTypeOf<CatalogEvent[]>();
    expectTypeOf(scenarios.nodeFailure(createFabricator({ seed: 1 }))).toEqualTypeOf<CatalogEvent[]>();
    expectTypeOf(invalidMutations(fabricate('pool.create'))).toEqualTypeOf<InvalidMutation[]>();
    expectTypeOf<InvalidMutation['path']>().toEqualTypeOf<string>();
  });

  it('eventArbitraries - takes the fast-check module and gives typed arbitraries', () => {
    const arbitraries = eventArbitraries(fc);
    expectTypeOf(arbitraries.event('highAvailability.switchOver')).toEqualTypeOf<Arbitrary<HighAvailabilitySwitchOver>>();
    expectTypeOf(arbitraries.event('volume.create')).toEqualTypeOf<Arbitrary<EventMap['volume.create']>>();
    expectTypeOf(arbitraries.anyEvent).toEqualTypeOf<Arbitrary<CatalogEvent>>();
    expectTypeOf(arbitraries.invalidMutation()).toEqualTypeOf<Arbitrary<InvalidMutation>>();
  });
});
