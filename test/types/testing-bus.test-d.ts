import { describe, expect, expectTypeOf, it } from 'vitest';
import { EventAction, type CatalogEvent, type DecodeError, type EventKey, type MemoryBus, type NexusRebuildEnd, type UnknownEvent, type VolumeCreate, type VolumeDelete } from 'mayastor-events';
import {
  WaitTimeoutError,
  eventMatchers,
  expectNotPublished,
  expectPublished,
  recordEvents,
  waitForEvent,
  type EventKeyMatching,
  type EventMatchers,
  type EventRecorder,
  type MatcherResult,
} from 'mayastor-events/testing';

declare module 'vitest' {
  interface Matchers<T = any> extends EventMatchers<T> {}
}

declare const bus: MemoryBus;
declare const volumes: EventRecorder<'volume.*'>;
declare const everything: EventRecorder;

describe('testing bus helpers types', () => {
  it('EventKeyMatching - the keys a pattern matches', () => {
    expectTypeOf<EventKeyMatching<'volume.*'>>().toEqualTypeOf<'volume.create' | 'volume.delete'>();
    expectTypeOf<EventKeyMatching<'volume.>'>>().toEqualTypeOf<'volume.create' | 'volume.delete'>();
    expectTypeOf<EventKeyMatching<'nexus.rebuildEnd'>>().toEqualTypeOf<'nexus.rebuildEnd'>();
    expectTypeOf<EventKeyMatching<'>'>>().toEqualTypeOf<EventKey>();
    expectTypeOf<'pool.create'>().toExtend<EventKeyMatching<'*.create'>>();
    expectTypeOf<'pool.delete'>().not.toExtend<EventKeyMatching<'*.create'>>();
  });

  it('recordEvents - the recorder is typed by its pattern, > by default', () => {
    expectTypeOf(recordEvents(bus)).resolves.toEqualTypeOf<EventRecorder<'>'>>();
    expectTypeOf(recordEvents(bus, 'volume.*')).resolves.toEqualTypeOf<EventRecorder<'volume.*'>>();
    expectTypeOf(volumes.events).toEqualTypeOf<readonly (VolumeCreate | VolumeDelete)[]>();
    expectTypeOf(everything.events).toEqualTypeOf<readonly CatalogEvent[]>();
    expectTypeOf(everything.unknown).toEqualTypeOf<readonly UnknownEvent[]>();
    expectTypeOf(everything.invalid).toEqualTypeOf<readonly DecodeError[]>();
    // @ts-expect-error not a subject pattern
    void recordEvents(bus, 'volume.created');
  });

  it('ofKey - is typed by the key, and only takes keys the pattern matches', () => {
    expectTypeOf(volumes.ofKey('volume.delete')).toEqualTypeOf<VolumeDelete[]>();
    expectTypeOf(everything.ofKey('nexus.rebuildEnd')).toEqualTypeOf<NexusRebuildEnd[]>();
    // @ts-expect-error the recorder never sees nexus events
    volumes.ofKey('nexus.create');
  });

  it('waitForEvent - resolves with the pattern’s events; where takes them typed', () => {
    expectTypeOf(waitForEvent(bus, 'volume.create')).resolves.toEqualTypeOf<VolumeCreate>();
    expectTypeOf(waitForEvent(bus, 'volume.*', { timeout: 10 })).resolves.toEqualTypeOf<VolumeCreate | VolumeDelete>();
    void waitForEvent(bus, 'nexus.rebuildEnd', {
      where: (event) => {
        expectTypeOf(event).toEqualTypeOf<NexusRebuildEnd>();
        return event.metadata.source.event_details.rebuild_details.rebuild_status === 1;
      },
    });
    expectTypeOf(waitForEvent(bus, 'volume.*', { where: (event): event is VolumeDelete => event.action === EventAction.Delete })).resolves.toEqualTypeOf<VolumeDelete>();
    expectTypeOf(waitForEvent(bus, 'volume.*', { where: (event) => event.target === 'v1' })).resolves.toEqualTypeOf<VolumeCreate | VolumeDelete>();
    // @ts-expect-error where must return a boolean
    void waitForEvent(bus, 'volume.create', { where: (event) => event.target });
    // @ts-expect-error not a subject pattern
    void waitForEvent(bus, 'volume.created');
    expectTypeOf<WaitTimeoutError['seen']['events'][number]['key']>().toEqualTypeOf<EventKey>();
  });

  it('expectPublished - returns the event; the partial is a typed deep partial', () => {
    expectTypeOf(expectPublished(volumes, 'volume.create', { target: 'v1', metadata: { source: { node: 'io-engine-1' } } })).toEqualTypeOf<VolumeCreate>();
    expectTypeOf(expectNotPublished(everything, 'nexus.create')).toEqualTypeOf<void>();
    // @ts-expect-error node is a string
    expectPublished(volumes, 'volume.create', { metadata: { source: { node: 1 } } });
    // @ts-expect-error not a member of the event
    expectPublished(volumes, 'volume.create', { targett: 'v1' });
    // @ts-expect-error the recorder never sees nexus events
    expectNotPublished(volumes, 'nexus.create');
  });

  it('eventMatchers - plain matchers for expect.extend, typed by the module augmentation', () => {
    expect.extend(eventMatchers);
    expectTypeOf(eventMatchers.toHavePublished).returns.toEqualTypeOf<MatcherResult>();
    expect(volumes).toHavePublished('volume.create', { target: 'v1' });
    expect(volumes).not.toHavePublished('volume.delete');
    // @ts-expect-error the recorder never sees nexus events
    expect(volumes).toHavePublished('nexus.create');
    // @ts-expect-error target is a string
    expect(everything).toHavePublished('volume.create', { target: 1 });
  });
});
