// Hostile options and hostile user code against the in-memory bus (the NATS bus's twin): what is
// refused is refused with a BusOptionsError naming the option, and nothing a caller or a handler
// does stops or stalls a consumer, or reaches the process as an unhandled rejection.
import { describe, expect, it } from 'vitest';
import { BusOptionsError } from '../../src/bus/errors.js';
import { createMemoryBus } from '../../src/bus/memory.js';
import { MAX_DELAY_MS } from '../../src/bus/options.js';
import type { DeadLetter, SubscribeOptions } from '../../src/bus/types.js';
import { encode } from '../../src/codec/encode.js';
import { createEvent } from '../../src/events.js';
import { waitFor } from '../support/bus-behaviour.js';
import { recordTelemetry } from '../support/telemetry.js';

const refusal = async (options: Record<string, unknown>): Promise<unknown> => {
  const bus = createMemoryBus();
  try {
    const subscription = await bus.subscribe({ 'volume.*': () => undefined }, options as SubscribeOptions);
    await subscription.stop();
    return undefined;
  } catch (error) {
    return error;
  } finally {
    await bus.close();
  }
};

describe('hostile subscribe options', () => {
  // Node (and browsers) fire a timer above 2^31 - 1 ms after 1 ms: a stopTimeout of 30 days gave
  // running handlers' events back at once, a back-off of 30 days redelivered at once, and an
  // ackWait above 2^32 ms made the NATS bus's keep-alive run every millisecond.
  it.each([
    ['stopTimeout', { stopTimeout: MAX_DELAY_MS + 1 }],
    ['stopTimeout', { stopTimeout: 30 * 24 * 3_600_000 }],
    ['ackWait', { ackWait: MAX_DELAY_MS + 1 }],
    ['ackWait', { ackWait: 1e13 }],
    ['backoff', { backoff: [1_000, MAX_DELAY_MS + 1] }],
    ['backoff', { backoff: [1e15] }],
    ['backoff', { backoff: [1_000, , 5_000] }], // a hole waits `undefined`: no delay at all
    ['backoff', { backoff: Object.assign([1_000, , 5_000], { note: 'a member beside the delays' }) }],
    ['backoff', { backoff: Object.assign(new Array<number>(2 ** 32 - 1), { 0: 5 }) }], // refused without walking its length
  ])('subscribe - %s above the longest timer, or with a hole, is refused naming it', async (option, options) => {
    const error = await refusal(options);
    expect(error).toBeInstanceOf(BusOptionsError);
    expect((error as BusOptionsError).option).toBe(option);
  });

  it('subscribe - delays up to the longest timer are taken', async () => {
    expect(await refusal({ stopTimeout: MAX_DELAY_MS, ackWait: MAX_DELAY_MS, backoff: [0, MAX_DELAY_MS] })).toBeUndefined();
  });

  // A typo in the deliver policy was ignored (the consumer started at sequence 1, or anywhere the
  // policy says), and a time outside RFC 3339's years failed on NATS with 'invalid json' while
  // the in-memory bus took it.
  it.each([
    ['deliver.startSeq', { policy: 'startSequence', startSeq: 100 }],
    ['deliver.startSequence', { policy: 'startSequence' }],
    ['deliver.startSequence', { policy: 'all', startSequence: 100 }],
    ['deliver.startTime', { policy: 'new', startTime: new Date() }],
    ['deliver.start_time', { policy: 'startTime', startTime: new Date(), start_time: 'x' }],
    ['deliver', { policy: 'startTime', startTime: new Date(8.64e15) }],
    ['deliver', { policy: 'startTime', startTime: new Date(Date.UTC(10_000, 0, 1)) }],
    ['deliver', { policy: 'startTime', startTime: '-000001-12-31T00:00:00Z' }],
  ])('subscribe - deliver refused naming %s: %j', async (option, deliver) => {
    const error = await refusal({ deliver });
    expect(error).toBeInstanceOf(BusOptionsError);
    expect((error as BusOptionsError).option).toBe(option);
  });

  // nats-server reads a start time as int64 nanoseconds: 2263 wrapped round (a NATS durable got
  // every stored event, the memory bus none), and so did 1600.
  it.each(['2263-01-01T00:00:00Z', '9999-12-31T23:59:59.999Z', '1600-01-01T00:00:00Z', '0000-01-01T00:00:00Z', '2262-04-11T23:47:17Z'])(
    'subscribe - a start time nats-server cannot read, %s, is refused naming the range',
    async (startTime) => {
      const error = await refusal({ deliver: { policy: 'startTime', startTime } });
      expect(error).toMatchObject({ option: 'deliver', reason: expect.stringMatching(/^startTime must be from 1677-09-21T00:12:44Z to 2262-04-11T23:47:16Z/) as unknown });
    },
  );

  it('subscribe - a start time at either end of what nats-server reads is taken', async () => {
    expect(await refusal({ deliver: { policy: 'startTime', startTime: '1677-09-21T00:12:44Z' } })).toBeUndefined();
    expect(await refusal({ deliver: { policy: 'startTime', startTime: '2262-04-11T23:47:16Z' } })).toBeUndefined();
  });
});

// On NATS the bytes a caller publishes are copied into the client's buffer, and each delivery
// comes with bytes of its own. The in-memory bus stored the caller's array and handed that same
// array to every handler: a caller or a handler writing into it changed the stored event.
describe('hostile callers and handlers writing into bytes', () => {
  const target = '0b6f5d2e-8f3e-4d1a-9a57-3c2e1f0a9b77';

  async function received(bus: ReturnType<typeof createMemoryBus>): Promise<{ targets: string[]; invalid: string[] }> {
    const seen = { targets: [] as string[], invalid: [] as string[] };
    await bus.subscribe({ 'volume.*': (event) => void seen.targets.push(event.target) }, { onInvalid: (error) => void seen.invalid.push(error.reason) });
    await waitFor(() => seen.targets.length + seen.invalid.length > 0, 5_000, 'the event');
    return seen;
  }

  it('forward - a bridge that reuses its buffer afterwards does not change the stored event', async () => {
    const bus = createMemoryBus();
    const bytes = encode(createEvent('volume.create', { target }));
    const buffer = new Uint8Array(4_096);
    buffer.set(bytes);
    await bus.forward(buffer.subarray(0, bytes.length));
    buffer.fill(0x20);
    expect(await received(bus)).toEqual({ targets: [target], invalid: [] });
    await bus.close();
  });

  it('publishRaw - bytes and headers changed afterwards do not change the stored message', async () => {
    const bus = createMemoryBus();
    const event = createEvent('volume.create', { target });
    const bytes = encode(event);
    const headers = { 'X-Test': 'kept' };
    await bus.publishRaw(`events.2.${event.metadata.id}`, bytes);
    const plain: string[] = [];
    bus.listen('plain.>', (message) => void plain.push(`${new TextDecoder().decode(message.data)} ${message.headers['X-Test']}`));
    const sent = new TextEncoder().encode('payload');
    void bus.publishRaw('plain.x', sent, headers);
    sent.fill(0x20);
    headers['X-Test'] = 'changed';
    bytes.fill(0x20);
    expect(await received(bus)).toEqual({ targets: [target], invalid: [] });
    expect(plain).toEqual(['payload kept']);
    await bus.close();
  });

  it('listen - a listener writing into its message does not change what the next listener gets', async () => {
    const bus = createMemoryBus();
    const second: string[] = [];
    bus.listen('plain.>', (message) => void message.data.fill(0x20));
    bus.listen('plain.>', (message) => void second.push(new TextDecoder().decode(message.data)));
    await bus.publishRaw('plain.x', 'payload');
    expect(second).toEqual(['payload']);
    await bus.close();
  });

  it('subscribe - a handler writing into delivery.raw changes neither its redelivery nor another consumer', async () => {
    const bus = createMemoryBus();
    const counts: number[] = [];
    const letters: DeadLetter[] = [];
    await bus.subscribe(
      {
        'volume.create': (_event, delivery) => {
          counts.push(delivery.deliveryCount);
          delivery.raw.fill(0x20);
          throw new Error('fails after scribbling on its bytes');
        },
      },
      { backoff: [1], maxDeliver: 2, onDeadLetter: (letter) => void letters.push(letter) },
    );
    const event = createEvent('volume.create', { target });
    await bus.publish(event);
    await waitFor(() => letters.length === 1, 5_000, 'the dead letter');
    expect(counts).toEqual([1, 2]); // redelivered as the event, not as an invalid message
    expect(await received(bus)).toEqual({ targets: [target], invalid: [] });
    await bus.close();
  });
});

describe('a backlog does not hold up the process', () => {
  // Handlers that settle at once chained every delivery to the next in microtasks: a subscriber
  // with a backlog kept timers and I/O (an abort from a timer, a health check) waiting until the
  // whole of it was handled. On NATS deliveries come in pulls, with the event loop between them.
  it('subscribe - a timer set as the subscription starts fires before a backlog of 5,000 events is handled', async () => {
    const bus = createMemoryBus();
    const total = 5_000;
    for (let i = 0; i < total; i += 500) {
      await Promise.all(Array.from({ length: 500 }, (_, j) => bus.publish(createEvent('volume.create', { target: `v${i + j}` }))));
    }
    let handled = 0;
    await bus.subscribe({ 'volume.create': () => void handled++ });
    const atTimer = await new Promise<number>((resolve) => setTimeout(() => resolve(handled), 0));
    expect(atTimer).toBeLessThan(total);
    await waitFor(() => handled === total, 10_000, 'the whole backlog');
    await bus.close();
  });
});

describe('a handler that stops its own subscription', () => {
  // The in-memory bus gave the event of a handler that called stop() (or aborted the signal) as
  // it ran back at once, as if it had outlived stopTimeout: the next subscriber handled it again.
  // The NATS bus waits for that handler, as stop() promises.
  it.each(['stop()', 'the signal'])('stop - a handler that ends its subscription through %s and then finishes has its event acked', async (how) => {
    const bus = createMemoryBus();
    await bus.publish(createEvent('volume.create', { target: 'v1' }));
    const aborting = new AbortController();
    let started = false;
    let finished = false;
    const subscription = await bus.subscribe(
      {
        'volume.create': async () => {
          started = true;
          if (how === 'stop()') void subscription.stop();
          else aborting.abort();
          await new Promise((resolve) => setTimeout(resolve, 10));
          finished = true;
        },
      },
      { durable: 'stops-itself', signal: aborting.signal },
    );
    await waitFor(() => started, 5_000, 'the handler');
    await subscription.stop(); // the stop the handler began
    expect(finished).toBe(true);
    const again: number[] = [];
    const next = await bus.subscribe({ 'volume.create': (_event, delivery) => void again.push(delivery.deliveryCount) }, { durable: 'stops-itself' });
    await bus.publish(createEvent('volume.create', { target: 'v2' })); // delivered after any redelivery of v1
    await waitFor(() => again.length > 0, 5_000, 'a delivery');
    await next.stop();
    expect(again).toEqual([1]);
    await bus.close();
  });
});

describe('hostile createMemoryBus options', () => {
  // A typo was ignored (the stream kept its default limits), a logger given as a function reported
  // nothing, and null failed with a TypeError.
  it.each([
    ['maxMessage', { maxMessage: 10 }],
    ['maxPayLoad', { maxPayLoad: 100 }],
    ['logger', { logger: console.log }],
    ['logger', { logger: 5 }],
    ['logger', { logger: null }],
    ['options', null],
    ['options', 'maxMessages=10'],
    ['options', [10]],
  ])('createMemoryBus - refused naming %s: %j', (option, options) => {
    let error: unknown;
    try {
      createMemoryBus(options as never);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BusOptionsError);
    expect((error as BusOptionsError).option).toBe(option);
  });

  it('createMemoryBus - every documented option is taken', async () => {
    const bus = createMemoryBus({ maxMessages: 10, duplicateWindow: 1_000, maxPayload: 2_000, logger: console, telemetry: { enabled: false } });
    await bus.close();
  });
});

describe('hostile loggers, thrown values and handler maps', () => {
  it('subscribe - a logger whose methods return rejected promises causes no unhandled rejection', async () => {
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown): void => void rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    const sinkDown = async (): Promise<void> => {
      throw new Error('log sink down');
    };
    const bus = createMemoryBus({ logger: { debug: sinkDown, info: sinkDown, warn: sinkDown, error: sinkDown } });
    const letters: DeadLetter[] = [];
    try {
      await bus.subscribe(
        {
          'volume.create': () => {
            throw new Error('fails');
          },
        },
        {
          maxDeliver: 1,
          onDeadLetter: (letter) => {
            letters.push(letter);
            throw new Error('hook fails too');
          },
        },
      );
      await bus.publish(createEvent('volume.create', { target: 'v1' }));
      await waitFor(() => letters.length === 1, 5_000, 'the dead letter');
      await new Promise((resolve) => setTimeout(resolve, 50)); // unhandled rejections are reported after a turn
    } finally {
      process.off('unhandledRejection', onRejection);
      await bus.close();
    }
    expect(rejections).toEqual([]);
  });

  it('subscribe - with telemetry, a dead letter keeps the value the handler threw, however hostile its getters', async () => {
    const recorder = recordTelemetry();
    const bus = createMemoryBus({ telemetry: { tracerProvider: recorder.tracerProvider, meterProvider: recorder.meterProvider, propagator: recorder.propagator } });
    const thrown = Object.create(Error.prototype, {
      message: {
        get() {
          throw new Error('message getter');
        },
      },
    }) as Error;
    const letters: DeadLetter[] = [];
    try {
      await bus.subscribe(
        {
          'volume.create': () => {
            throw thrown;
          },
        },
        { maxDeliver: 1, onDeadLetter: (letter) => void letters.push(letter) },
      );
      await bus.publish(createEvent('volume.create', { target: 'v1' }));
      await waitFor(() => letters.length === 1, 5_000, 'the dead letter');
    } finally {
      await bus.close();
      await recorder.shutdown();
    }
    expect(letters[0]!.error).toBe(thrown);
  });

});

describe('a closed memory bus names the operation refused', () => {
  it('forward after close() says it cannot forward, publish that it cannot publish', async () => {
    const bus = createMemoryBus();
    await bus.close();
    const bytes = encode(createEvent('volume.create', { target: 'late' }));
    await expect(bus.forward(bytes)).rejects.toMatchObject({ name: 'BusClosedError', message: 'cannot forward: the event bus is closed' });
    await expect(bus.publish(createEvent('volume.create', { target: 'late' }))).rejects.toMatchObject({ message: 'cannot publish: the event bus is closed' });
  });
});
