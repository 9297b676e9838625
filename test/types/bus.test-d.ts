import { describe, expectTypeOf, it } from 'vitest';
import type {
  CatalogEvent,
  IoEngineStop,
  NexusCreate,
  NexusRebuildBegin,
  PoolCreate,
  VolumeCreate,
  VolumeDelete,
} from '../../src/index.js';
import type { Delivery, EventBus, HandlerMap } from '../../src/bus/types.js';
import type { EventKey } from '../../src/generated/registry.js';
import type { EventKeyMatching, EventMatching, SubjectPattern } from '../../src/subject.js';

declare const bus: EventBus;

describe('bus types', () => {
  it('EventMatching - an exact key is that event', () => {
    expectTypeOf<EventMatching<'volume.create'>>().toEqualTypeOf<VolumeCreate>();
    expectTypeOf<EventMatching<'nexus.rebuildBegin'>>().toEqualTypeOf<NexusRebuildBegin>();
  });

  it('EventMatching - a category wildcard is every event of the category', () => {
    expectTypeOf<EventMatching<'volume.*'>>().toEqualTypeOf<VolumeCreate | VolumeDelete>();
    expectTypeOf<EventMatching<'volume.>'>>().toEqualTypeOf<VolumeCreate | VolumeDelete>();
  });

  it('EventMatching - an action wildcard is that action in every category', () => {
    expectTypeOf<EventMatching<'*.stop'>>().toEqualTypeOf<IoEngineStop>();
    expectTypeOf<EventMatching<'*.create'>>().toExtend<CatalogEvent>();
    expectTypeOf<VolumeCreate>().toExtend<EventMatching<'*.create'>>();
    expectTypeOf<PoolCreate>().toExtend<EventMatching<'*.create'>>();
    expectTypeOf<VolumeDelete>().not.toExtend<EventMatching<'*.create'>>();
  });

  it('EventMatching - the full wildcards are every catalogued event', () => {
    expectTypeOf<EventMatching<'>'>>().toEqualTypeOf<CatalogEvent>();
    expectTypeOf<EventMatching<'*.*'>>().toEqualTypeOf<CatalogEvent>();
  });

  it('PatternKeys - the generated lookup is exactly what NATS wildcard rules match over the keys', () => {
    // The slow spelling (template literals over every key) that the generated table replaces.
    type Category<K> = K extends `${infer C}.${string}` ? C : never;
    type Action<K> = K extends `${string}.${infer A}` ? A : never;
    type Patterns = EventKey | `${Category<EventKey>}.*` | `${Category<EventKey>}.>` | `*.${Action<EventKey>}` | '*.*' | '>';
    type Matched<P> = P extends '>' | '*.*'
      ? EventKey
      : P extends EventKey
        ? P
        : P extends `${infer C}.*` | `${infer C}.>`
          ? Extract<EventKey, `${C}.${string}`>
          : P extends `*.${infer A}`
            ? Extract<EventKey, `${string}.${A}`>
            : never;
    expectTypeOf<SubjectPattern>().toEqualTypeOf<Patterns>();
    expectTypeOf<{ [P in SubjectPattern]: EventKeyMatching<P> }>().toEqualTypeOf<{ [P in Patterns]: Matched<P> }>();
  });

  it('SubjectPattern - refuses unknown segments and deeper subjects', () => {
    expectTypeOf<'nexus.*'>().toExtend<SubjectPattern>();
    expectTypeOf<'*.rebuildEnd'>().toExtend<SubjectPattern>();
    expectTypeOf<'nexus.foo'>().not.toExtend<SubjectPattern>();
    expectTypeOf<'*.foo'>().not.toExtend<SubjectPattern>();
    expectTypeOf<'foo.*'>().not.toExtend<SubjectPattern>();
    expectTypeOf<'events.>'>().not.toExtend<SubjectPattern>();
    expectTypeOf<'nexus.create.x'>().not.toExtend<SubjectPattern>();
  });

  it('delivery.key - a handler gets the keys its pattern matches, as a union of literals', () => {
    void bus.subscribe({
      'nexus.*': (_event, delivery) => {
        expectTypeOf(delivery.key).toEqualTypeOf<EventKeyMatching<'nexus.*'>>();
        expectTypeOf<'nexus.create' | 'nexus.delete'>().toExtend<typeof delivery.key>();
        expectTypeOf<'volume.create'>().not.toExtend<typeof delivery.key>();
      },
      '*.create': (_event, delivery) => {
        expectTypeOf(delivery.key).toEqualTypeOf<EventKeyMatching<'*.create'>>();
        expectTypeOf<'pool.create' | 'volume.create'>().toExtend<typeof delivery.key>();
        expectTypeOf<'volume.delete'>().not.toExtend<typeof delivery.key>();
      },
      '>': (_event, delivery) => {
        expectTypeOf(delivery.key).toEqualTypeOf<EventKey>();
      },
    }, {
      onInvalid: (_error, delivery) => expectTypeOf(delivery.key).toEqualTypeOf<EventKey | undefined>(),
      onUnknown: (_event, delivery) => expectTypeOf(delivery.key).toEqualTypeOf<EventKey | undefined>(),
    });
  });

  it('events - the items narrow by pattern, and by key', async () => {
    for await (const item of bus.events('nexus.*', { durable: 'd' })) {
      expectTypeOf(item.key).toEqualTypeOf<EventKeyMatching<'nexus.*'>>();
      expectTypeOf(item.event).toExtend<EventMatching<'nexus.*'>>();
      if (item.key === 'nexus.create') {
        expectTypeOf(item.event).toEqualTypeOf<NexusCreate>();
        expectTypeOf(item.delivery).toEqualTypeOf<Delivery<'nexus.create'>>();
      }
      expectTypeOf(item.ack).toEqualTypeOf<() => void>();
      expectTypeOf(item.inContext(() => 1)).toEqualTypeOf<number>();
      expectTypeOf(item.inContext(async () => item.event)).toEqualTypeOf<Promise<EventMatching<'nexus.*'>>>();
      // @ts-expect-error fn takes no arguments: the event is in scope already
      item.inContext((event: NexusCreate) => event);
    }
    for await (const { key, event } of bus.events('volume.create')) {
      expectTypeOf(key).toEqualTypeOf<'volume.create'>();
      expectTypeOf(event).toEqualTypeOf<VolumeCreate>();
    }
    // @ts-expect-error one event at a time: no concurrency option
    bus.events('>', { concurrency: 2 });
    // @ts-expect-error not a pattern
    bus.events('nexus.nope');
  });

  it('dispose - the bus, a subscription and an event stream are AsyncDisposable', async () => {
    expectTypeOf(bus).toExtend<AsyncDisposable>();
    expectTypeOf(await bus.subscribe({ '>': () => undefined })).toExtend<AsyncDisposable>();
    expectTypeOf(bus.events('>')).toExtend<AsyncDisposable & AsyncIterable<unknown>>();
  });

  it('Delivery - the default is every key, or none', () => {
    expectTypeOf<Delivery['key']>().toEqualTypeOf<EventKey | undefined>();
    expectTypeOf<Delivery<'volume.create'>>().toExtend<Delivery>();
  });

  it('subscribe - each handler is contextually typed by its key', () => {
    void bus.subscribe({
      'volume.create': (event, delivery) => {
        expectTypeOf(event).toEqualTypeOf<VolumeCreate>();
        expectTypeOf(delivery).toEqualTypeOf<Delivery<'volume.create'>>();
        expectTypeOf(delivery.key).toEqualTypeOf<'volume.create'>();
        expectTypeOf(delivery.raw).toEqualTypeOf<Uint8Array>();
      },
      'nexus.*': (event) => {
        expectTypeOf(event).toExtend<CatalogEvent>();
        expectTypeOf<NexusCreate>().toExtend<typeof event>();
        expectTypeOf(event.category).toEqualTypeOf<3>();
      },
      '>': async (event) => {
        expectTypeOf(event).toEqualTypeOf<CatalogEvent>();
      },
    });
  });

  it('subscribe - unknown keys are refused', () => {
    // @ts-expect-error not a subject pattern
    void bus.subscribe({ 'volume.resize': () => undefined });
    // @ts-expect-error not a subject pattern
    void bus.subscribe({ 'events.>': () => undefined });
  });

  it('subscribe - a handler narrower than its key is refused', () => {
    const onlyVolumeCreate = (_event: VolumeCreate): void => undefined;
    // @ts-expect-error '>' delivers every event, not only VolumeCreate
    const handlers: HandlerMap = { '>': onlyVolumeCreate };
    void handlers;
  });
});
