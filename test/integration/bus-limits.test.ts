// The limits of a real nats-server, met before anything is sent: a subject longer than
// MAX_SUBJECT_BYTES (nats-server drops the connection on a protocol line over its
// max_control_line, and nats.js would reconnect and retry) is refused at once, the bus's
// connection never drops, and its subscriptions keep receiving; a message above the server's
// max_payload is refused in one attempt with its size and the limit.
import type { Status } from 'nats';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { connectEventBus, type NatsEventBus } from '../../src/bus/connect.js';
import { BusOptionsError, PublishError } from '../../src/bus/errors.js';
import { encodeToString } from '../../src/codec/encode.js';
import { createEvent } from '../../src/events.js';
import { MAX_SUBJECT_BYTES, SubjectError } from '../../src/subject.js';
import { waitFor } from '../support/bus-behaviour.js';
import { testBusOptions, useNatsServer } from '../support/nats-bus.js';
import type { NatsServer } from '../support/nats-server.js';

let server: NatsServer;
const buses: NatsEventBus[] = [];
useNatsServer({ started: (s) => (server = s), buses });

let bus: NatsEventBus;
let statuses: Status[];

beforeEach(async () => {
  bus = await connectEventBus(testBusOptions(server));
  buses.push(bus);
  const seen: Status[] = (statuses = []);
  void (async () => {
    for await (const status of bus.connection.status()) seen.push(status);
  })();
});

afterEach(() => {
  // Not a disconnect, a reconnect or a protocol error on the bus's connection during the test.
  expect(statuses.map((status) => `${status.type} ${String(status.data)}`)).toEqual([]);
});

/** A volume.create message whose `metadata.id` is `id`. */
function withId(id: string, target = 'v'): string {
  return encodeToString(createEvent('volume.create', { target })).replace(/"id":"[^"]*"/, `"id":${JSON.stringify(id)}`);
}

it('forward - an id of 70,000 characters is refused at once with a SubjectError; the connection stays up, a subscription keeps receiving, and a subject of exactly MAX_SUBJECT_BYTES goes through', async () => {
  const seen: string[] = [];
  const subjects: string[] = [];
  await bus.subscribe({
    'volume.create': (event, delivery) => {
      seen.push(event.target);
      subjects.push(delivery.subject);
    },
  });
  await bus.publish(createEvent('volume.create', { target: 'before' }));
  await waitFor(() => seen.length === 1, 5_000, 'the event before');

  for (const id of ['x'.repeat(70_000), 'x'.repeat(MAX_SUBJECT_BYTES), 'é'.repeat(1_020)]) {
    const sent = bus.connection.stats().outBytes;
    const error = await bus.forward(withId(id)).catch((e: unknown) => e);
    expect(bus.connection.stats().outBytes - sent, 'bytes sent meanwhile').toBeLessThan(id.length); // nothing of it sent
    expect(error).toBeInstanceOf(SubjectError);
    expect((error as Error).message).toMatch(/above the 2048 bytes the SDK allows a NATS subject/);
  }
  // Published afterwards, in the same connection: handled, with no reconnect in between.
  await bus.publish(createEvent('volume.create', { target: 'after' }));
  await waitFor(() => seen.length === 2, 5_000, 'the event after');
  expect(seen).toEqual(['before', 'after']);

  const id = `${'é'.repeat(1_019)}x`; // 2,039 bytes; `events.2.` makes 2,048
  const ack = await bus.forward(withId(id, 'at-limit'));
  expect(new TextEncoder().encode(ack.subject)).toHaveLength(MAX_SUBJECT_BYTES);
  await waitFor(() => seen.length === 3, 5_000, 'the event at the limit');
  expect(subjects[2]).toBe(`events.2.${id}`);
  expect(bus.connection.isClosed()).toBe(false);
});

it('subscribe - a deadLetterSubject or a durable name above the limit is refused before anything is sent', async () => {
  for (const options of [{ deadLetterSubject: `dead.${'x'.repeat(70_000)}` }, { durable: 'd'.repeat(70_000) }]) {
    const sent = bus.connection.stats().outBytes;
    await expect(bus.subscribe({ '>': () => undefined }, options)).rejects.toBeInstanceOf(BusOptionsError);
    expect(bus.connection.stats().outBytes - sent, 'bytes sent meanwhile').toBeLessThan(70_000); // nothing of it sent
  }
  await bus.flush();
});

it('publish - a message above the server\'s max_payload is refused after one attempt, the error says its size and the server\'s limit', async () => {
  const maxPayload = bus.connection.info?.max_payload;
  expect(maxPayload).toBe(1_048_576);
  const sent = bus.connection.stats().outBytes;
  const error = await bus.publish(createEvent('volume.create', { target: 'y'.repeat(2_000_000) })).catch((e: unknown) => e);
  expect(bus.connection.stats().outBytes - sent, 'bytes sent meanwhile').toBeLessThan(1_000_000); // not sent, not retried
  expect(error).toBeInstanceOf(PublishError);
  expect(error).toMatchObject({ attempts: 1 });
  expect((error as Error).message).toMatch(/failed after 1 attempt\(s\): the message is 2000\d{3} bytes \(2000\d{3} of event, 63 of headers\), above the server's max_payload of 1048576 bytes \(MAX_PAYLOAD_EXCEEDED\): it was not sent/);
});
