import { AssertionError } from 'node:assert';
import { afterEach, describe, expect, it } from 'vitest';
import {
  AbortedError,
  BusOptionsError,
  MayastorEventsError,
  createMemoryBus,
  encodeToString,
  type EventBus,
  type HandlerMap,
  type MemoryBus,
  type SubscribeOptions,
  type Subscription,
} from 'mayastor-events';
import {
  DEFAULT_WAIT_TIMEOUT,
  WaitTimeoutError,
  createFabricator,
  eventMatchers,
  expectNotPublished,
  expectPublished,
  recordEvents,
  waitForEvent,
  type EventMatchers,
} from 'mayastor-events/testing';

declare module 'vitest' {
  interface Matchers<T = any> extends EventMatchers<T> {}
}

expect.extend(eventMatchers);

const fabricator = createFabricator({ seed: 42 });
const { fabricate } = fabricator;

/** A bus that is not the in-memory one (no `messages()`), over the in-memory one. */
function opaque(bus: MemoryBus): EventBus {
  return {
    publish: (event) => bus.publish(event),
    forward: (message) => bus.forward(message),
    subscribe: (handlers, options) => bus.subscribe(handlers, options),
    events: (pattern, options) => bus.events(pattern, options),
    flush: () => bus.flush(),
    close: () => bus.close(),
    [Symbol.asyncDispose]: () => bus.close(),
  };
}

/** The in-memory bus, counting its running subscriptions to prove the helpers leave none behind. */
function tracked(bus: MemoryBus): MemoryBus & { readonly running: number } {
  let running = 0;
  return {
    get running() {
      return running;
    },
    publish: (event) => bus.publish(event),
    forward: (message) => bus.forward(message),
    publishRaw: (subject, data, headers) => bus.publishRaw(subject, data, headers),
    listen: (subject, listener) => bus.listen(subject, listener),
    messages: () => bus.messages(),
    flush: () => bus.flush(),
    close: () => bus.close(),
    [Symbol.asyncDispose]: () => bus.close(),
    events: (pattern, options) => bus.events(pattern, options),
    async subscribe(handlers: HandlerMap, options?: SubscribeOptions): Promise<Subscription> {
      const inner = await bus.subscribe(handlers, options);
      running++;
      let stopped = false;
      const subscription: Subscription = {
        name: inner.name,
        filter: inner.filter,
        async stop() {
          await inner.stop();
          if (!stopped) running--;
          stopped = true;
        },
        [Symbol.asyncDispose]: () => subscription.stop(),
      };
      return subscription;
    },
  };
}

/** A well-formed event whose (category, action) the catalog does not know. */
function unknownEventJson(): string {
  const message = JSON.parse(encodeToString(fabricate('volume.create'))) as { action: number; metadata: { id: string } };
  message.action = 999;
  return JSON.stringify(message);
}

let bus: MemoryBus;
afterEach(async () => {
  await bus?.close();
});

describe('recordEvents', () => {
  it('recordEvents - await using stops the recorder at the end of its block; what it recorded stays readable', async () => {
    bus = createMemoryBus();
    const tracking = tracked(bus);
    let recorder: Awaited<ReturnType<typeof recordEvents>> | undefined;
    {
      await using recording = await recordEvents(tracking);
      recorder = recording;
      await bus.publish(fabricate('volume.create'));
      await recording.caughtUp();
      expect(tracking.running).toBe(1);
    }
    expect(tracking.running).toBe(0);
    expect(recorder.events).toHaveLength(1);
  });

  it('recordEvents - keeps every event in arrival order, those published before it too', async () => {
    bus = createMemoryBus();
    const first = fabricate('volume.create');
    await bus.publish(first);
    const recorder = await recordEvents(bus);
    const later = [fabricate('nexus.create'), fabricate('replica.create'), fabricate('volume.delete')];
    for (const event of later) await bus.publish(event);
    await recorder.caughtUp();
    expect(recorder.events).toEqual([first, ...later]);
    expect(recorder.pattern).toBe('>');
    await recorder.stop();
  });

  it('recordEvents - a pattern keeps only its events; ofKey picks one key', async () => {
    bus = createMemoryBus();
    const recorder = await recordEvents(bus, 'volume.*');
    const create = fabricate('volume.create');
    const remove = fabricate('volume.delete', { target: create.target });
    await bus.publish(create);
    await bus.publish(fabricate('nexus.create'));
    await bus.publish(remove);
    await recorder.caughtUp();
    expect(recorder.events).toEqual([create, remove]);
    expect(recorder.ofKey('volume.delete')).toEqual([remove]);
    expect(recorder.ofKey('volume.create')[0]?.target).toBe(create.target);
    await recorder.stop();
  });

  it('recordEvents - unknown and invalid messages are kept apart from the events', async () => {
    bus = createMemoryBus();
    const recorder = await recordEvents(bus);
    const event = fabricate('pool.create');
    await bus.publish(event);
    await bus.publishRaw('events.2.some-id', unknownEventJson());
    await bus.publishRaw('events.2.other-id', '{"category": 2');
    await recorder.caughtUp();
    expect(recorder.events).toEqual([event]);
    expect(recorder.unknown).toHaveLength(1);
    expect(recorder.unknown[0]).toMatchObject({ kind: 'unknown', code: 'uncatalogued-pair' });
    expect(recorder.invalid).toHaveLength(1);
    expect(recorder.invalid[0]?.code).toBe('syntax');
    await recorder.stop();
  });

  it('recordEvents - clear forgets what was recorded, and recording goes on', async () => {
    bus = createMemoryBus();
    const recorder = await recordEvents(bus);
    await bus.publish(fabricate('volume.create'));
    await bus.publishRaw('events.2.bad', 'nope');
    await recorder.caughtUp();
    recorder.clear();
    expect([recorder.events, recorder.unknown, recorder.invalid]).toEqual([[], [], []]);
    const next = fabricate('volume.delete');
    await bus.publish(next);
    await recorder.caughtUp();
    expect(recorder.events).toEqual([next]);
    await recorder.stop();
  });

  it('recordEvents - events is a snapshot; stop keeps what was recorded and records no more', async () => {
    bus = createMemoryBus();
    const tracking = tracked(bus);
    const recorder = await recordEvents(tracking, 'volume.create');
    const event = fabricate('volume.create');
    await bus.publish(event);
    await recorder.caughtUp();
    const snapshot = recorder.events;
    await recorder.stop();
    expect(tracking.running).toBe(0);
    await bus.publish(fabricate('volume.create'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(recorder.events).toEqual([event]);
    expect(snapshot).toEqual([event]);
    await expect(recorder.caughtUp()).rejects.toThrow(/stopped/);
  });

  it('recordEvents - a pattern that matches no catalogued event is refused', async () => {
    bus = createMemoryBus();
    // @ts-expect-error not a subject pattern
    await expect(recordEvents(bus, 'volume.created')).rejects.toThrow(/invalid pattern/);
  });

  it('caughtUp - needs the in-memory bus, and says what to use instead', async () => {
    bus = createMemoryBus();
    const recorder = await recordEvents(opaque(bus));
    await expect(recorder.caughtUp()).rejects.toThrow(/in-memory bus.*waitForEvent/);
    await recorder.stop();
  });
});

describe('waitForEvent', () => {
  it('waitForEvent - an abort rejects with an AbortError, its subscription stopped; an aborted signal never waits', async () => {
    bus = createMemoryBus();
    const tracking = tracked(bus);
    const controller = new AbortController();
    const waiting = waitForEvent(tracking, 'volume.delete', { signal: controller.signal, timeout: 5_000 }).catch((error: unknown) => error);
    await bus.publish(fabricate('volume.create'));
    controller.abort(new Error('test over'));
    const error = await waiting;
    expect(error).toBeInstanceOf(AbortedError);
    expect(error).toMatchObject({ name: 'AbortError', cause: controller.signal.reason });
    expect(tracking.running).toBe(0);
    await expect(waitForEvent(tracking, 'volume.create', { signal: controller.signal })).rejects.toBeInstanceOf(AbortedError);
    expect(tracking.running).toBe(0);
  });

  it('waitForEvent - resolves with an event published before the call', async () => {
    bus = createMemoryBus();
    const tracking = tracked(bus);
    const event = fabricate('nexus.rebuildEnd');
    await bus.publish(event);
    await expect(waitForEvent(tracking, 'nexus.rebuildEnd')).resolves.toEqual(event);
    expect(tracking.running).toBe(0);
  });

  it('waitForEvent - resolves with an event published after the call, the first that satisfies where', async () => {
    bus = createMemoryBus();
    const tracking = tracked(bus);
    const wanted = fabricate('volume.delete');
    const waiting = waitForEvent(tracking, 'volume.*', { where: (event) => event.target === wanted.target, timeout: 1_000 });
    await bus.publish(fabricate('volume.create'));
    await bus.publish(fabricate('nexus.create', { target: wanted.target }));
    await bus.publish(wanted);
    await bus.publish(fabricate('volume.create', { target: wanted.target }));
    await expect(waiting).resolves.toEqual(wanted);
    expect(tracking.running).toBe(0);
  });

  it('waitForEvent - times out with a WaitTimeoutError that says what it waited for and what it saw', async () => {
    bus = createMemoryBus();
    const tracking = tracked(bus);
    const other = fabricate('volume.create');
    await bus.publish(other);
    await bus.publishRaw('events.2.bad', 'not json');
    const started = Date.now();
    const error: unknown = await waitForEvent(tracking, 'volume.create', { where: (event) => event.target === 'missing', timeout: 50 }).catch(
      (caught: unknown) => caught,
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error).toBeInstanceOf(MayastorEventsError);
    const timeout = error as WaitTimeoutError;
    expect(timeout.name).toBe('WaitTimeoutError');
    expect(timeout.timeout).toBe(50);
    expect(timeout.waitedFor).toMatch(/^a volume\.create event where \(event\) => event\.target === ["']missing["']$/);
    expect(timeout.seen).toEqual({ events: [{ kind: 'event', key: 'volume.create', event: other }], eventCount: 1, unknownCount: 0, invalidCount: 1 });
    expect(timeout.message).toContain('waited 50 ms for a volume.create event where');
    expect(timeout.message).toContain(`saw 1 other event(s) instead, and 1 invalid message(s):\n  #1 volume.create target=${other.target}`);
    expect(tracking.running).toBe(0);
  });

  it('waitForEvent - on an empty bus the timeout asks whether it was published at all', async () => {
    bus = createMemoryBus();
    const tracking = tracked(bus);
    await expect(waitForEvent(tracking, 'nexus.*', { timeout: 10 })).rejects.toThrow(
      /waited 10 ms for a nexus\.\* event; saw no catalogued event: was it published on this bus/,
    );
    expect(tracking.running).toBe(0);
  });

  it('waitForEvent - a throwing where rejects with its error, and stops', async () => {
    bus = createMemoryBus();
    const tracking = tracked(bus);
    await bus.publish(fabricate('volume.create'));
    const broken = new Error('broken predicate');
    await expect(
      waitForEvent(tracking, 'volume.create', {
        where: () => {
          throw broken;
        },
      }),
    ).rejects.toBe(broken);
    expect(tracking.running).toBe(0);
  });

  it('waitForEvent - refuses a bad timeout or pattern, and defaults to DEFAULT_WAIT_TIMEOUT', async () => {
    bus = createMemoryBus();
    await expect(waitForEvent(bus, 'volume.create', { timeout: -1 })).rejects.toBeInstanceOf(BusOptionsError);
    // @ts-expect-error not a subject pattern
    await expect(waitForEvent(bus, 'volume')).rejects.toThrow(/invalid pattern/);
    expect(DEFAULT_WAIT_TIMEOUT).toBe(2_000);
  });
});

describe('expectPublished and expectNotPublished', () => {
  it('expectPublished - passes on a deep partial and returns the event', async () => {
    bus = createMemoryBus();
    const recorder = await recordEvents(bus);
    const event = fabricate('volume.create', { metadata: { source: { node: 'io-engine-1' } } });
    await bus.publish(fabricate('volume.create'));
    await bus.publish(event);
    await recorder.caughtUp();
    expect(expectPublished(recorder, 'volume.create', { target: event.target, metadata: { source: { node: 'io-engine-1' } } })).toEqual(event);
    expect(expectPublished(recorder, 'volume.create', { target: expect.any(String) })).toBeDefined();
    expect(() => expectNotPublished(recorder, 'nexus.create')).not.toThrow();
    expect(() => expectNotPublished(recorder, 'volume.create', { target: 'another' })).not.toThrow();
    await recorder.stop();
  });

  it('expectPublished - fails with an AssertionError listing what was published and where the closest differs', async () => {
    bus = createMemoryBus();
    const recorder = await recordEvents(bus);
    const volume = fabricate('volume.create', { metadata: { source: { node: 'io-engine-2' } } });
    const nexus = fabricate('nexus.create');
    await bus.publish(volume);
    await bus.publish(nexus);
    await recorder.caughtUp();
    let failure: unknown;
    try {
      expectPublished(recorder, 'volume.create', { target: volume.target, metadata: { source: { node: 'io-engine-1' } } });
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(AssertionError);
    expect((failure as AssertionError).message).toBe(
      [
        `expected a volume.create event matching { target: '${volume.target}', metadata: { source: { node: 'io-engine-1' } } } to have been published, but none of the 1 volume.create event(s) matches`,
        'the closest, #1, differs at:',
        "  /metadata/source/node: expected 'io-engine-1', got 'io-engine-2'",
        'recorded on > (2 event(s), in order):',
        `  #1 volume.create target=${volume.target} node=io-engine-2 id=${volume.metadata.id}`,
        `  #2 nexus.create target=${nexus.target} node=${nexus.metadata.source.node} id=${nexus.metadata.id}`,
      ].join('\n'),
    );
    expect(() => expectPublished(recorder, 'volume.delete')).toThrow(/but no volume\.delete event was recorded\nrecorded on > \(2 event/);
    await recorder.stop();
  });

  it('expectPublished - on nothing recorded, reminds to await caughtUp', async () => {
    bus = createMemoryBus();
    const recorder = await recordEvents(bus);
    await bus.publishRaw('events.2.bad', 'nope');
    await recorder.caughtUp();
    expect(() => expectPublished(recorder, 'volume.create')).toThrow(
      /recorded on >: nothing \(was it published on this bus\? await recorder\.caughtUp\(\) before asserting\)\n\(also recorded: 1 invalid message\(s\)\)/,
    );
    await recorder.stop();
  });

  it('expectNotPublished - fails with an AssertionError listing the matching events', async () => {
    bus = createMemoryBus();
    const recorder = await recordEvents(bus, 'volume.*');
    const event = fabricate('volume.delete');
    await bus.publish(event);
    await recorder.caughtUp();
    expect(() => expectNotPublished(recorder, 'volume.delete', { target: event.target })).toThrow(AssertionError);
    expect(() => expectNotPublished(recorder, 'volume.delete')).toThrow(
      `expected no volume.delete event to have been published, but 1 did:\n  #1 volume.delete target=${event.target}`,
    );
    await recorder.stop();
  });

  it('expectPublished - a key the recorder cannot see is a misuse, not a failure', async () => {
    bus = createMemoryBus();
    const recorder = await recordEvents(bus, 'volume.*');
    // @ts-expect-error the recorder records volume events only
    expect(() => expectPublished(recorder, 'nexus.create')).toThrow(TypeError);
    // @ts-expect-error not a catalogued key
    expect(() => expectNotPublished(recorder, 'volume.created')).toThrow(/not a catalogued event key/);
    // @ts-expect-error not a recorder
    expect(() => expectPublished([], 'volume.create')).toThrow(/expects an event recorder from recordEvents/);
    await recorder.stop();
  });
});

describe('eventMatchers', () => {
  it('toHavePublished - passes and fails through expect, with .not too', async () => {
    bus = createMemoryBus();
    const recorder = await recordEvents(bus, 'nexus.*');
    const event = fabricate('nexus.create');
    await bus.publish(event);
    await recorder.caughtUp();
    expect(recorder).toHavePublished('nexus.create');
    expect(recorder).toHavePublished('nexus.create', { target: event.target });
    expect(recorder).not.toHavePublished('nexus.delete');
    expect(recorder).not.toHavePublished('nexus.create', { target: 'another' });
    expect(() => expect(recorder).toHavePublished('nexus.delete')).toThrow(/expected a nexus\.delete event to have been published, but no nexus\.delete event was recorded/);
    expect(() => expect(recorder).not.toHavePublished('nexus.create')).toThrow(
      /expected no nexus\.create event to have been published, but 1 did/,
    );
    await recorder.stop();
  });

  it('toHavePublished - returns { pass, message } as custom matchers do', async () => {
    bus = createMemoryBus();
    const recorder = await recordEvents(bus);
    await bus.publish(fabricate('volume.create'));
    await recorder.caughtUp();
    const hit = eventMatchers.toHavePublished.call({}, recorder, 'volume.create');
    const miss = eventMatchers.toHavePublished.call({}, recorder, 'volume.delete');
    expect(hit.pass).toBe(true);
    expect(hit.message()).toMatch(/^expected no volume\.create event/);
    expect(miss.pass).toBe(false);
    expect(miss.message()).toMatch(/^expected a volume\.delete event/);
    // A misuse throws, so that `.not` cannot turn it into a pass.
    expect(() => expect({}).not.toHavePublished('volume.create')).toThrow(TypeError);
    await recorder.stop();
  });
});
