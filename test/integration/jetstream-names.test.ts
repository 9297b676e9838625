// Stream and durable names at the boundary, against nats-server 2.9: the longest name the server
// takes (255 bytes of UTF-8) works end to end, the server itself refuses one byte more, and the
// bus refuses that name first, with a BusOptionsError, before anything is sent.
import { AckPolicy } from 'nats';
import { describe, expect, it } from 'vitest';
import { connectEventBus, type NatsEventBus } from '../../src/bus/connect.js';
import { BusOptionsError } from '../../src/bus/errors.js';
import { createEvent } from '../../src/events.js';
import { waitFor } from '../support/bus-behaviour.js';
import { testBusOptions, useNatsServer, type RawClient } from '../support/nats-bus.js';
import type { NatsServer } from '../support/nats-server.js';

let server: NatsServer;
let raw: RawClient;
const buses: NatsEventBus[] = [];
useNatsServer({
  started: (s, r) => {
    server = s;
    raw = r;
  },
  buses,
});

// 255 bytes of UTF-8 each (Go's len, which nats-server compares with JSMaxNameLen), in 2- and 3-byte characters.
const STREAM_255 = `${'é'.repeat(127)}s`;
const DURABLE_255 = '€'.repeat(85);

describe('JetStream names against nats-server', () => {
  it('names of 255 bytes (the longest nats-server takes) work end to end; one byte more is refused by the server, and by the bus first; other names the server takes work', async () => {
    const bus = await connectEventBus(testBusOptions(server, { stream: { name: STREAM_255 } }));
    buses.push(bus);
    expect(bus.stream).toBe(STREAM_255);
    const seen: string[] = [];
    const subscription = await bus.subscribe({ 'volume.create': (event) => void seen.push(event.target) }, { durable: DURABLE_255 });
    await bus.publish(createEvent('volume.create', { target: 'at-the-limit' }));
    await waitFor(() => seen.length === 1, 5_000, 'the event');
    expect(seen).toEqual(['at-the-limit']);
    expect((await raw.jsm.streams.info(STREAM_255)).config.name).toBe(STREAM_255);
    expect((await raw.jsm.consumers.info(STREAM_255, DURABLE_255)).name).toBe(DURABLE_255);
    await subscription.stop();

    // One byte more: nats-server refuses the stream and the consumer; the bus refuses both names first, naming the option.
    const stream256 = `${STREAM_255}s`;
    const durable256 = `${DURABLE_255}d`;
    await expect(raw.jsm.streams.add({ name: stream256, subjects: ['names-test.>'] })).rejects.toThrow(/stream name is too long, maximum allowed is 255/);
    await raw.jsm.streams.add({ name: 'names-test', subjects: ['names-test.>'] });
    await expect(raw.jsm.consumers.add('names-test', { durable_name: durable256, ack_policy: AckPolicy.Explicit })).rejects.toThrow(/consumer name is too long, maximum allowed is 255/);

    const streamError = await connectEventBus(testBusOptions(server, { stream: { name: stream256 } })).catch((e: unknown) => e);
    expect(streamError).toBeInstanceOf(BusOptionsError);
    expect(streamError).toMatchObject({ option: 'stream.name' });
    expect((streamError as Error).message).toMatch(/256 bytes of UTF-8, above the 255 bytes nats-server allows a JetStream stream name/);

    const durableError = await bus.subscribe({ '>': () => undefined }, { durable: durable256 }).catch((e: unknown) => e);
    expect(durableError).toBeInstanceOf(BusOptionsError);
    expect(durableError).toMatchObject({ option: 'durable' });
    expect((durableError as Error).message).toMatch(/256 bytes of UTF-8, above the 255 bytes nats-server allows a JetStream consumer name/);
    expect(bus.connection.isClosed()).toBe(false);
    await bus.close();
    await raw.jsm.streams.delete(STREAM_255); // the next ones take events.> too

    // Names the server takes with punctuation, non-ASCII letters and a no-break space are taken.
    for (const name of ['a:b=c@d#e$f%g&h+i', 'événements\u00a02']) {
      const named = await connectEventBus(testBusOptions(server, { stream: { name } }));
      expect((await raw.jsm.streams.info(name)).config.name).toBe(name);
      await named.close();
      await raw.jsm.streams.delete(name); // the next one takes events.> too
    }
  });
});
