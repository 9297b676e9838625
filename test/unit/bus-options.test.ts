import { describe, expect, it } from 'vitest';
import { natsConnectionOptions } from '../../src/bus/connection.js';
import { BusOptionsError } from '../../src/bus/errors.js';
import {
  DEFAULT_ACK_WAIT,
  DEFAULT_BACKOFF,
  DEFAULT_CONCURRENCY,
  DEFAULT_MAX_DELIVER,
  DEFAULT_STOP_TIMEOUT,
  backoffDelay,
  resolveSubscribeOptions,
} from '../../src/bus/options.js';
import { prepareEvent } from '../../src/bus/prepare.js';
import { createEvent } from '../../src/events.js';
import { EventValidationError } from '../../src/errors.js';
import { SubjectError } from '../../src/subject.js';

describe('subscribe options', () => {
  it('resolveSubscribeOptions - applies the documented defaults', () => {
    const resolved = resolveSubscribeOptions();
    expect(resolved).toMatchObject({
      durable: undefined,
      deliver: { policy: 'all' },
      concurrency: DEFAULT_CONCURRENCY,
      maxDeliver: DEFAULT_MAX_DELIVER,
      backoff: DEFAULT_BACKOFF,
      ackWait: DEFAULT_ACK_WAIT,
      stopTimeout: DEFAULT_STOP_TIMEOUT,
      deadLetterSubject: undefined,
    });
    expect(DEFAULT_CONCURRENCY).toBe(1);
    expect(resolveSubscribeOptions({ stopTimeout: 0 }).stopTimeout).toBe(0); // give running events back at once
  });

  it('resolveSubscribeOptions - a start time given as text becomes a Date', () => {
    const resolved = resolveSubscribeOptions({ deliver: { policy: 'startTime', startTime: '2024-05-01T10:20:30Z' } });
    expect(resolved.deliver).toEqual({ policy: 'startTime', startTime: new Date('2024-05-01T10:20:30Z') });
  });

  it.each([
    [{ concurrency: 0 }, 'concurrency'],
    [{ concurrency: 2.5 }, 'concurrency'],
    [{ maxDeliver: 0 }, 'maxDeliver'],
    [{ ackWait: -1 }, 'ackWait'],
    [{ stopTimeout: -1 }, 'stopTimeout'],
    [{ stopTimeout: 1.5 }, 'stopTimeout'],
    [{ stopTimeout: '10s' }, 'stopTimeout'],
    [{ backoff: [] }, 'backoff'],
    [{ backoff: [10, -1] }, 'backoff'],
    [{ durable: '' }, 'durable'],
    [{ durable: 'a b' }, 'durable'],
    [{ durable: 'a.>' }, 'durable'],
    [{ deliver: { policy: 'sometimes' } }, 'deliver'],
    [{ deliver: { policy: 'startSequence', startSequence: 0 } }, 'deliver.startSequence'],
    [{ deadLetterSubject: 'events.dead' }, 'deadLetterSubject'],
    [{ deadLetterSubject: 'dead.*' }, 'deadLetterSubject'],
    [{ onInvalid: 'log' }, 'onInvalid'],
    [{ durabel: 'x' }, 'durabel'],
  ])('resolveSubscribeOptions - %j is refused naming %s', (options, option) => {
    let error: unknown;
    try {
      resolveSubscribeOptions(options as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BusOptionsError);
    expect((error as BusOptionsError).option).toBe(option);
  });

  it('backoffDelay - the n-th failure waits the n-th delay, the last one repeats', () => {
    expect([1, 2, 3, 4, 9].map((n) => backoffDelay([10, 20, 30], n))).toEqual([10, 20, 30, 30, 30]);
  });
});

describe('connection settings', () => {
  it.each([
    [{ user: 'u' }, 'pass', 'invalid option `pass`: missing, while `user` is given (the two go together)'],
    [{ pass: 'p' }, 'user', 'invalid option `user`: missing, while `pass` is given (the two go together)'],
    [{ pass: 'p', token: 't' }, 'user', 'invalid option `user`: missing, while `pass` is given (the two go together)'],
  ])('natsConnectionOptions - %j, half of user/pass, is refused naming the missing half, %s', async (settings, option, message) => {
    const refused = natsConnectionOptions(settings, 'test');
    await expect(refused).rejects.toThrow(BusOptionsError);
    await expect(refused).rejects.toMatchObject({ option, message });
  });
});

describe('prepareEvent', () => {
  it('prepareEvent - encodes once and names the wire subject and dedupe id', () => {
    const event = createEvent('nexus.create', { target: 'n' });
    const prepared = prepareEvent(event);
    expect(prepared.subject).toBe(`events.3.${event.metadata.id}`);
    expect(prepared.id).toBe(event.metadata.id);
    expect(JSON.parse(Buffer.from(prepared.bytes).toString('utf8'))).toEqual(event);
  });

  it('prepareEvent - a catalogued pair must carry what the catalog names', () => {
    const event = createEvent('volume.create', { target: 'v' });
    const wrong = {
      ...event,
      metadata: { ...event.metadata, source: { ...event.metadata.source, event_details: { ...nullDetails(), error_details: { error: 'x' } } } },
    };
    expect(() => prepareEvent(wrong as never)).toThrow(EventValidationError);
  });

  it('prepareEvent - a well-formed event of a newer Mayastor (uncatalogued pair) can be relayed', () => {
    const event = { ...createEvent('volume.create', { target: 'v' }), category: 42, action: 77 };
    expect(prepareEvent(event).subject).toBe(`events.42.${event.metadata.id}`);
  });

  it('prepareEvent - a malformed message or an event without metadata is refused', () => {
    expect(() => prepareEvent({ category: 2 } as never)).toThrow(EventValidationError);
    expect(() => prepareEvent({ category: 42, action: 1, target: 't', metadata: null })).toThrow(SubjectError);
  });
});

function nullDetails(): Record<string, null> {
  const names = ['rebuild_details', 'replica_details', 'switch_over_details', 'nexus_child_details', 'nvme_path_details', 'host_initiator_details',
    'reactor_details', 'state_change_details', 'action_duration_details', 'snapshot_details', 'clone_details', 'error_details', 'subsystem_pause_details'];
  return Object.fromEntries(names.map((name) => [name, null]));
}

describe('connectEventBus options', () => {
  // A typo kept the default silently: maxQueu: 10 left the queue at 10,000, stream.nmae made the
  // default stream. Refused before anything connects (no server listens on port 1).
  it.each([
    [{ maxQueu: 10 }, 'maxQueu', /^not a connectEventBus option; expected one of servers, .*maxQueue/],
    [{ stream: { nmae: 'x' } }, 'stream.nmae', /^not a connectEventBus option; expected one of stream\.name, stream\.storage, stream\.replicas, stream\.maxBytes$/],
    [{ stream: 'events-stream' }, 'stream', /^expected an object$/],
    [{ logger: console.log }, 'logger', /^expected an object with debug, info, warn and error methods/],
    [{ logger: 5 }, 'logger', /^expected an object/],
    // A timer above 2^31 - 1 ms fires after 1 ms, and a hole waits undefined: retried at once.
    [{ retryBackoff: [3e9] }, 'retryBackoff', /^expected at most 2147483647 ms \(24\.8 days\): a longer timer fires at once, got 3000000000$/],
    // eslint-disable-next-line no-sparse-arrays
    [{ retryBackoff: [1000, , 5000] }, 'retryBackoff', /^expected a non-empty array of delays in milliseconds \(>= 0\), without holes$/],
  ])('%j is refused, naming the option', async (options, option, reason) => {
    const { connectEventBus } = await import('../../src/bus/connect.js');
    const error = await connectEventBus({ servers: 'nats://127.0.0.1:1', ...(options as object) }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BusOptionsError);
    expect(error).toMatchObject({ option, reason: expect.stringMatching(reason) as unknown });
  });
});
