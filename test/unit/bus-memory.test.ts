import { describe, expect, it, vi } from 'vitest';
import { BusOptionsError } from '../../src/bus/errors.js';
import { MessageLog } from '../../src/bus/memory-log.js';
import { createMemoryBus, setMemoryBusTestHooks, type CoreMessage, type MemoryBus } from '../../src/bus/memory.js';
import { resolveSubscribeOptions } from '../../src/bus/options.js';
import { createRouter, describeError } from '../../src/bus/router.js';
import type { DeadLetter } from '../../src/bus/types.js';
import { decode } from '../../src/codec/decode.js';
import { encode } from '../../src/codec/encode.js';
import { createEvent } from '../../src/events.js';
import { busBehaviour, waitFor, type BusFixture } from '../support/bus-behaviour.js';

// An injected failure of the decode step for the poison tests (see test/support/decode-fault.ts).
vi.mock('../../src/codec/decode.js', async (importOriginal) => (await import('../support/decode-fault.js')).withDecodeFault(await importOriginal()));

busBehaviour('memory bus', async (options): Promise<BusFixture> => {
  const bus: MemoryBus = createMemoryBus({ logger: options?.logger });
  return {
    bus,
    publishRaw: async (subject, data) => {
      await bus.publishRaw(subject, data);
    },
    listen: async (subject) => {
      const messages: { data: Uint8Array; headers: Record<string, string> }[] = [];
      const stop = bus.listen(subject, (message: CoreMessage) => void messages.push({ data: message.data, headers: message.headers }));
      return { messages, stop };
    },
    another: async () => bus,
    streamSize: async () => bus.messages().length,
    dispose: () => bus.close(),
  };
});

describe('memory bus', () => {
  it('maxMessages - the oldest messages are discarded beyond the limit', async () => {
    const bus = createMemoryBus({ maxMessages: 3 });
    for (let i = 0; i < 5; i++) await bus.publish(createEvent('volume.create', { target: `v${i}` }));
    expect(bus.messages().map((message) => message.sequence)).toEqual([3, 4, 5]);
    const seen: string[] = [];
    await bus.subscribe({ '>': (event) => void seen.push(event.target) });
    await waitFor(() => seen.length === 3);
    expect(seen).toEqual(['v2', 'v3', 'v4']);
    await bus.close();
  });

  it('maxMessages - at the limit for thousands of publishes, the stream keeps exactly the newest, in order, for every deliver policy', async () => {
    const bus = createMemoryBus({ maxMessages: 100 });
    const lagging: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // A durable consumer stuck on its first event while the stream turns over many times.
    const stuck = await bus.subscribe(
      {
        '>': async (event) => {
          lagging.push(event.target);
          await gate;
        },
      },
      { durable: 'lagging' },
    );
    const total = 2_500; // the discarded slots are compacted more than once on the way
    await bus.publish(createEvent('volume.create', { target: 'v1' }));
    await waitFor(() => lagging.length === 1);
    for (let i = 2; i <= total; i++) await bus.publish(createEvent('volume.create', { target: `v${i}` }));
    expect(bus.messages().map((message) => message.sequence)).toEqual(Array.from({ length: 100 }, (_, i) => total - 99 + i));
    release();
    await stuck.stop();
    const all: string[] = [];
    const fromSequence: string[] = [];
    const resumed: string[] = [];
    await bus.subscribe({ '>': (event) => void all.push(event.target) });
    await bus.subscribe({ '>': (event) => void fromSequence.push(event.target) }, { deliver: { policy: 'startSequence', startSequence: total - 9 } });
    await bus.subscribe({ '>': (event) => void resumed.push(event.target) }, { durable: 'lagging' });
    await waitFor(() => all.length === 100 && fromSequence.length === 10 && resumed.length === 100);
    const newest = (n: number) => Array.from({ length: n }, (_, i) => `v${total - n + 1 + i}`);
    expect(all).toEqual(newest(100));
    expect(fromSequence).toEqual(newest(10));
    expect(lagging).toEqual(['v1']);
    expect(resumed).toEqual(newest(100)); // resumes at the oldest event kept: those discarded are gone
    await bus.close();
  });

  it('message log - discarding the oldest keeps the rest in order, across compactions', () => {
    const log = new MessageLog<number>();
    for (let i = 0; i < 5_000; i++) {
      log.push(i);
      if (log.length > 7) log.dropOldest();
    }
    expect(log.length).toBe(7);
    expect(log.toArray()).toEqual([4993, 4994, 4995, 4996, 4997, 4998, 4999]);
    expect([log.at(-1), log.at(0), log.at(6), log.at(7)]).toEqual([undefined, 4993, 4999, undefined]);
    expect(log.findIndex((n) => n >= 4995)).toBe(2);
    expect(log.findIndex((n) => n > 5_000)).toBe(-1);
    for (let i = 0; i < 10; i++) log.dropOldest();
    expect([log.length, log.toArray(), log.at(0)]).toEqual([0, [], undefined]);
  });

  it('options - invalid bus options are refused', () => {
    expect(() => createMemoryBus({ maxMessages: 0 })).toThrow(BusOptionsError);
    expect(() => createMemoryBus({ duplicateWindow: -1 })).toThrow(BusOptionsError);
  });

  it('durable - a second running subscription on the same durable is refused', async () => {
    const bus = createMemoryBus();
    await bus.subscribe({ '>': () => undefined }, { durable: 'one' });
    await expect(bus.subscribe({ '>': () => undefined }, { durable: 'one' })).rejects.toBeInstanceOf(BusOptionsError);
    await bus.close();
  });

  it('durable - a durable with other handler keys (another filter) is refused', async () => {
    const bus = createMemoryBus();
    const subscription = await bus.subscribe({ 'volume.*': () => undefined }, { durable: 'narrow' });
    await subscription.stop();
    await expect(bus.subscribe({ 'nexus.*': () => undefined }, { durable: 'narrow' })).rejects.toBeInstanceOf(BusOptionsError);
    await bus.close();
  });

  it('durable - an event whose redelivery was pending when stopped is redelivered to the next subscriber', async () => {
    const bus = createMemoryBus();
    const counts: number[] = [];
    const first = await bus.subscribe(
      {
        '>': () => {
          throw new Error('fails in the first run');
        },
      },
      { durable: 'retry', backoff: [30] },
    );
    await bus.publish(createEvent('volume.create', { target: 'v' }));
    await new Promise((resolve) => setTimeout(resolve, 10));
    await first.stop();
    await bus.subscribe({ '>': (_e, delivery) => void counts.push(delivery.deliveryCount) }, { durable: 'retry' });
    await waitFor(() => counts.length === 1);
    expect(counts).toEqual([2]);
    await bus.close();
  });

  it('hooks - a throwing onInvalid hook is reported to the logger and the loop goes on', async () => {
    const errors: string[] = [];
    const bus = createMemoryBus({ logger: { error: (message) => void errors.push(message) } });
    const seen: string[] = [];
    await bus.subscribe(
      { '>': (event) => void seen.push(event.target) },
      {
        onInvalid: () => {
          throw new Error('hook bug');
        },
      },
    );
    await bus.publishRaw('events.2.x', 'garbage');
    await bus.publish(createEvent('volume.create', { target: 'after' }));
    await waitFor(() => seen.length === 1);
    expect(errors).toEqual(['onInvalid hook threw; the message is settled anyway']);
    await bus.close();
  });

  it('dead letter - a failed republish does not terminate: the event is redelivered and dead-lettered on a later delivery, once', async () => {
    const errors: string[] = [];
    const bus = createMemoryBus({ logger: { error: (message) => void errors.push(message) } });
    let republishes = 0;
    setMemoryBusTestHooks(bus, {
      beforeDeadLetter: () => {
        if (++republishes === 1) throw new Error('dead-letter subject unreachable');
      },
    });
    const dead: CoreMessage[] = [];
    bus.listen('dead-letter.events', (message) => void dead.push(message));
    const counts: number[] = [];
    const letters: DeadLetter[] = [];
    await bus.subscribe(
      {
        'volume.create': (_e, delivery) => {
          counts.push(delivery.deliveryCount);
          throw new Error('poison');
        },
      },
      { backoff: [10, 20], maxDeliver: 2, deadLetterSubject: 'dead-letter.events', onDeadLetter: (letter) => void letters.push(letter) },
    );
    await bus.publish(createEvent('volume.create', { target: 'poison' }));
    await waitFor(() => letters.length === 1 && dead.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(counts).toEqual([1, 2, 3]); // the 2nd delivery's republish failed: given back, not terminated
    expect(republishes).toBe(2);
    expect(letters).toHaveLength(1);
    expect(letters[0]!.deliveries).toBe(3);
    expect(dead).toHaveLength(1);
    expect(errors).toEqual(['cannot republish a dead letter; the event will be redelivered and dead-lettered again']);
    await bus.close();
  });

  it('dead letter - carries the key decoding found: the catalogued event\'s, undefined for an unknown event whose onUnknown hook failed', async () => {
    const bus = createMemoryBus();
    const letters: DeadLetter[] = [];
    await bus.subscribe(
      {
        'nexus.*': () => {
          throw new Error('poison');
        },
      },
      {
        maxDeliver: 1,
        onUnknown: () => {
          throw new Error('hook bug');
        },
        onDeadLetter: (letter) => void letters.push(letter),
      },
    );
    const known = createEvent('nexus.delete', { target: 'known' });
    const uncataloguedPair = { ...createEvent('nexus.create', { target: 'pair' }), action: 99 };
    // A catalogued pair not in its catalogued form (metadata null, its object moved under an unknown
    // member): decoding says unknown, naming the pair's key.
    const otherForm = JSON.stringify(createEvent('nexus.create', { target: 'form' })).replace('"metadata":{', '"metadata":null,"x":{');
    expect(decode(otherForm)).toMatchObject({ kind: 'unknown', code: 'uncatalogued-form', key: 'nexus.create' });
    await bus.publish(known);
    await bus.publishRaw('events.3.pair', JSON.stringify(uncataloguedPair));
    await bus.publishRaw('events.3.form', otherForm);
    await waitFor(() => letters.length === 3);
    expect(letters.map((letter) => [letter.event.target, letter.key])).toEqual([
      ['known', 'nexus.delete'],
      ['pair', undefined],
      ['form', undefined],
    ]);
    expect(letters[0]!.event).toEqual(known);
    expect(letters[1]!.reason).toBe('hook bug');
    await bus.close();
  });

  it('close - dead letters still go out while close() waits for the handlers', async () => {
    const bus = createMemoryBus();
    const dead: CoreMessage[] = [];
    bus.listen('dead-letter.events', (message) => void dead.push(message));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started = false;
    await bus.subscribe(
      {
        'volume.create': async () => {
          started = true;
          await gate;
          throw new Error('fails while closing');
        },
      },
      { maxDeliver: 1, deadLetterSubject: 'dead-letter.events' },
    );
    await bus.publish(createEvent('volume.create', { target: 'v' }));
    await waitFor(() => started);
    const closing = bus.close();
    release();
    await closing;
    expect(dead).toHaveLength(1);
  });

  it('router - dispatch neither throws nor rejects when the control or the logger throws, and settles the message once', async () => {
    const throwing = () => {
      throw Object.create(null);
    };
    const router = createRouter(
      { 'volume.create': () => undefined },
      resolveSubscribeOptions({ backoff: [10] }),
      async () => undefined,
      { error: throwing, warn: throwing },
    );
    const event = createEvent('volume.create', { target: 'v' });
    const delivery = { key: undefined, subject: 'events.2.x', streamSequence: 1, deliveryCount: 1, raw: encode(event) };
    const settled: string[] = [];
    expect(() =>
      router.dispatch(delivery, {
        ack: () => {
          settled.push('ack');
          throwing();
        },
        nak: () => void settled.push('nak'),
        term: () => void settled.push('term'),
      }),
    ).not.toThrow();
    expect(settled).toEqual(['ack']);
    const asyncRouter = createRouter({ 'volume.create': async () => undefined }, resolveSubscribeOptions({ backoff: [10] }), async () => undefined, {
      error: throwing,
    });
    const result = asyncRouter.dispatch(delivery, {
      ack: throwing,
      nak: () => void settled.push('nak'),
      term: () => void settled.push('term'),
    });
    await expect(Promise.resolve(result)).resolves.toBeUndefined();
    expect(settled).toEqual(['ack']);
  });

  it('router - describeError never throws', () => {
    expect(describeError(new Error('boom'))).toBe('boom');
    expect(describeError(Object.create(null))).toBe('[object Object]');
    expect(describeError('text')).toBe('text');
    const hostile = new Proxy(
      {},
      {
        getPrototypeOf: () => {
          throw new Error('trap');
        },
        get: () => {
          throw new Error('trap');
        },
      },
    );
    expect(typeof describeError(hostile)).toBe('string');
  });
});
