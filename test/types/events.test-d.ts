import { describe, expectTypeOf, it } from 'vitest';
import {
  createEvent,
  decode,
  type EventKey,
  type EventMap,
  type NexusRebuildBegin,
  type RebuildEventDetails,
  type VolumeCreate,
} from '../../src/index.js';

describe('types', () => {
  it('decode - narrowing on key gives that exact event type', () => {
    const result = decode('');
    if (result.kind === 'event' && result.key === 'nexus.rebuildBegin') {
      expectTypeOf(result.event).toEqualTypeOf<NexusRebuildBegin>();
      expectTypeOf(result.event.metadata.source.event_details.rebuild_details).toEqualTypeOf<RebuildEventDetails>();
      expectTypeOf(result.event.metadata.source.event_details.replica_details).toEqualTypeOf<null>();
      expectTypeOf(result.event.category).toEqualTypeOf<3>();
      expectTypeOf(result.event.action).toEqualTypeOf<4>();
    }
    if (result.kind === 'event' && result.key === 'volume.create') {
      expectTypeOf(result.event).toEqualTypeOf<VolumeCreate>();
      expectTypeOf(result.event.metadata.source.event_details).toEqualTypeOf<VolumeCreate['metadata']['source']['event_details']>();
    }
    if (result.kind === 'invalid') expectTypeOf(result.error.path).toEqualTypeOf<string>();
  });

  it('EventMap - every key maps to its own type', () => {
    expectTypeOf<EventMap['nexus.rebuildBegin']>().toEqualTypeOf<NexusRebuildBegin>();
    expectTypeOf<'nexus.rebuildBegin'>().toExtend<EventKey>();
    expectTypeOf<'nexus.rebuildBegun'>().not.toExtend<EventKey>();
  });

  it('u64 members are number or bigint', () => {
    type Lcore = EventMap['ioEngine.reactorFreeze']['metadata']['source']['event_details']['reactor_details']['lcore'];
    expectTypeOf<Lcore>().toEqualTypeOf<number | bigint>();
  });

  it('createEvent - returns the exact event type and requires the catalogued details', () => {
    const event = createEvent('replica.create', {
      target: 'r',
      details: { replica_details: { pool_name: 'p', pool_uuid: 'u', replica_name: 'r' } },
    });
    expectTypeOf(event).toEqualTypeOf<EventMap['replica.create']>();

    // @ts-expect-error replica.create requires replica_details
    createEvent('replica.create', { target: 'r' });
    // @ts-expect-error volume.create carries no details
    createEvent('volume.create', { target: 'v', details: { replica_details: { pool_name: 'p', pool_uuid: 'u', replica_name: 'r' } } });
    // @ts-expect-error not a catalogued key
    createEvent('volume.rebuildBegin', { target: 'v' });
    // @ts-expect-error optional details have their exact type
    createEvent('nexus.shutdown', { target: 'n', details: { error_details: { error: 42 } } });
    createEvent('nexus.shutdown', { target: 'n', details: { error_details: { error: 'failed' } } });
    createEvent('nexus.shutdown', { target: 'n' });
  });
});
