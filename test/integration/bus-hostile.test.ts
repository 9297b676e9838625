// Hostile subscribe options on the NATS bus: what nats-server would take wrongly (a nak delay or
// an ack wait whose nanoseconds overflow its int64, a time with a five-digit year) is refused
// before anything is sent, with a BusOptionsError naming the option, as on the in-memory bus.
import { describe, expect, it } from 'vitest';
import { BusOptionsError, connectEventBus, type NatsEventBus, type SubscribeOptions } from 'mayastor-events';
import { testBusOptions, useNatsServer } from '../support/nats-bus.js';
import type { NatsServer } from '../support/nats-server.js';

let server: NatsServer;
const buses: NatsEventBus[] = [];

useNatsServer({
  started: (started) => {
    server = started;
  },
  buses,
});

/** What subscribing with `options` gives: the error it rejects with, or undefined (the subscription is stopped). */
async function subscribeError(options: SubscribeOptions): Promise<unknown> {
  const bus = await connectEventBus(testBusOptions(server));
  buses.push(bus);
  return bus.subscribe({ 'volume.*': () => undefined }, options).then(
    async (subscription) => {
      await subscription.stop();
      return undefined;
    },
    (error: unknown) => error,
  );
}

describe('NATS bus - hostile subscribe options', () => {
  // Each was sent: the server answered 'invalid json' (a MayastorEventsError naming no option),
  // or read a 1e13 ms nak delay as none and redelivered at once.
  it.each([
    ['deliver', { deliver: { policy: 'startTime', startTime: new Date(8.64e15) } }],
    ['deliver', { deliver: { policy: 'startTime', startTime: new Date(-8.64e15) } }],
    // Read by the server as int64 nanoseconds, wrapped round: a durable then got every stored event.
    ['deliver', { deliver: { policy: 'startTime', startTime: '2263-01-01T00:00:00Z' } }],
    ['ackWait', { ackWait: 1e13 }],
    ['backoff', { backoff: [1e13] }],
    ['deliver.startSeq', { deliver: { policy: 'startSequence', startSeq: 5 } }],
  ] as [string, SubscribeOptions][])('subscribe - refused naming %s: %j', async (option, options) => {
    const error = await subscribeError(options);
    expect(error).toBeInstanceOf(BusOptionsError);
    expect((error as BusOptionsError).option).toBe(option);
  });

  it('subscribe - the limits themselves are taken by the server', async () => {
    const error = await subscribeError({
      ackWait: 2_147_483_647,
      backoff: [2_147_483_647],
      stopTimeout: 2_147_483_647,
      deliver: { policy: 'startTime', startTime: '1677-09-21T00:12:44Z' }, // the earliest nats-server reads (int64 ns)
    });
    expect(error).toBeUndefined();
    expect(await subscribeError({ deliver: { policy: 'startTime', startTime: '2262-04-11T23:47:16Z' } })).toBeUndefined(); // the latest
  });
});

