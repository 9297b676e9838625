// A durable the bus reuses as it is (made by someone else: the nats CLI, another client) may
// carry a max_deliver of its own. The bus makes its consumers with max_deliver -1 and counts
// deliveries itself; an existing durable whose max_deliver is below the subscription's
// `maxDeliver` would have the server stop delivering an event (an advisory only) before the
// router dead-letters it: no onDeadLetter, nothing on deadLetterSubject. Such a durable is
// refused, as one with another filter is.
import { AckPolicy } from 'nats';
import { describe, expect, it } from 'vitest';
import { BusOptionsError, connectEventBus, createEvent, DEFAULT_STREAM_NAME, type DeadLetter, type NatsEventBus } from 'mayastor-events';
import { waitFor } from '../support/bus-behaviour.js';
import { testBusOptions, useNatsServer, type RawClient } from '../support/nats-bus.js';
import type { NatsServer } from '../support/nats-server.js';

let server: NatsServer;
let raw: RawClient;
const buses: NatsEventBus[] = [];

useNatsServer({
  started: (started, client) => {
    server = started;
    raw = client;
  },
  buses,
});

const failing = { 'volume.create': () => Promise.reject(new Error('handler fails')) };

/** A bus, and the durable `name` made by another client for `failing`'s filter with this max_deliver. */
async function busWithDurable(name: string, maxDeliver: number): Promise<NatsEventBus> {
  const bus = await connectEventBus(testBusOptions(server));
  buses.push(bus);
  // The filter these handlers need, as the bus computes it (an ephemeral consumer tells it).
  const probe = await bus.subscribe(failing);
  const filter = probe.filter;
  await probe.stop();
  await raw.jsm.consumers.add(DEFAULT_STREAM_NAME, { durable_name: name, ack_policy: AckPolicy.Explicit, filter_subject: filter, max_deliver: maxDeliver });
  return bus;
}

/** Subscribes `failing` on the durable and waits for the event's dead letter. */
async function deadLetters(bus: NatsEventBus, durable: string, maxDeliver: number): Promise<DeadLetter> {
  const letters: DeadLetter[] = [];
  const subscription = await bus.subscribe(failing, { durable, maxDeliver, backoff: [10], onDeadLetter: (letter) => void letters.push(letter) });
  try {
    await bus.publish(createEvent('volume.create', { target: durable }));
    await waitFor(() => letters.length === 1);
    return letters[0]!;
  } finally {
    await subscription.stop();
  }
}

/** What subscribing `failing` on `durable` gives: the error it rejects with, or undefined (the subscription is stopped). */
async function subscribeError(bus: NatsEventBus, durable: string): Promise<unknown> {
  return bus.subscribe(failing, { durable }).then(
    async (subscription) => {
      await subscription.stop();
      return undefined;
    },
    (e: unknown) => e,
  );
}

describe('subscribe - an existing durable with a max_deliver of its own', () => {
  it('a durable whose max_deliver is below maxDeliver is refused, saying what to do', async () => {
    const bus = await busWithDurable('capped', 2);
    const error = await subscribeError(bus, 'capped');
    expect(error).toBeInstanceOf(BusOptionsError);
    expect(error).toMatchObject({ option: 'durable' });
    expect((error as BusOptionsError).reason).toBe(
      'consumer capped on events-stream has max_deliver 2, below maxDeliver 5: the server stops delivering an event after 2 deliveries, ' +
        'so it would never be dead-lettered (no onDeadLetter, no deadLetterSubject). Delete the consumer (`nats consumer rm events-stream capped`) ' +
        'to have it made again without that limit, raise its max_deliver to 5 or more (`nats consumer edit events-stream capped --max-deliver=-1`), ' +
        'or subscribe with maxDeliver 2 or less',
    );
    // With maxDeliver 2, the durable's limit, the event is dead-lettered on its last delivery.
    expect(await deadLetters(bus, 'capped', 2)).toMatchObject({ deliveries: 2 });
  });

  it('once its max_deliver is raised on the server, the durable is used', async () => {
    const bus = await busWithDurable('raised', 2);
    await expect(bus.subscribe(failing, { durable: 'raised', maxDeliver: 3 })).rejects.toThrow(/has max_deliver 2, below maxDeliver 3/);
    const info = await raw.jsm.consumers.info(DEFAULT_STREAM_NAME, 'raised');
    await raw.jsm.consumers.update(DEFAULT_STREAM_NAME, 'raised', { ...info.config, max_deliver: -1 });
    expect(await deadLetters(bus, 'raised', 3)).toMatchObject({ deliveries: 3 });
  });
});

describe('subscribe - an existing durable that does not ack each event explicitly', () => {
  it.each([
    [AckPolicy.None, 'with `none` a failed event would never be delivered again'],
    [AckPolicy.All, 'with `all` an ack would settle the events before it whose handlers still run or failed'],
  ])('a durable with ack policy %s is refused, saying why and what to do; nothing is consumed', async (policy, why) => {
    const bus = await connectEventBus(testBusOptions(server));
    buses.push(bus);
    const probe = await bus.subscribe(failing);
    const filter = probe.filter;
    await probe.stop();
    const name = `acks-${policy}`;
    await raw.jsm.consumers.add(DEFAULT_STREAM_NAME, { durable_name: name, ack_policy: policy, filter_subject: filter });
    await bus.publish(createEvent('volume.create', { target: name }));
    const error = await subscribeError(bus, name);
    expect(error).toBeInstanceOf(BusOptionsError);
    expect(error).toMatchObject({ option: 'durable' });
    expect((error as BusOptionsError).reason).toContain(`has ack policy ${policy}, but the bus acks each event once its handlers are done (ack policy explicit): ${why}.`);
    expect((error as BusOptionsError).reason).toContain(`\`nats consumer rm events-stream ${name}\``);
    const info = await raw.jsm.consumers.info(DEFAULT_STREAM_NAME, name);
    expect(info.delivered.stream_seq).toBe(0); // the refused subscription took nothing from it
  });
});
