import { describe, expect, it } from 'vitest';
import { BusOptionsError } from '../../src/bus/errors.js';
import { createMemoryBus, type CoreMessage, type MemoryBus } from '../../src/bus/memory.js';
import { createEvent } from '../../src/events.js';
import { busBehaviour, waitFor, type BusFixture } from '../support/bus-behaviour.js';

busBehaviour('memory bus', async (): Promise<BusFixture> => {
  const bus: MemoryBus = createMemoryBus();
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
});
