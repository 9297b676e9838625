// forward() against a real nats-server: the message stored is the message given when forward was
// called, byte for byte, even when the caller reuses its buffer at once (a bridge reading into one
// buffer); the refusals after close() name the operation refused; a connection closed under the
// bus fails its publishes at once, saying so, and so does a server that refuses the user's publishes.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { NatsEventBus } from '../../src/bus/connect.js';
import { connectEventBus } from '../../src/bus/connect.js';
import { BusClosedError, PublishError } from '../../src/bus/errors.js';
import { createEvent } from '../../src/events.js';
import { testBusOptions, useNatsServer, type RawClient } from '../support/nats-bus.js';
import { startNatsServer, type NatsServer } from '../support/nats-server.js';

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

const encoder = new TextEncoder();

/** A volume.create message as a service writes it, with a member this SDK does not know. */
function message(n: number): string {
  return (
    `{"category":2,"action":1,"target":"volume-${n}","from_a_newer_mayastor":{"n":${n}},` +
    `"metadata":{"id":"${crypto.randomUUID()}","source":{"component":1,"node":"","event_details":null},"timestamp":"2024-05-01T10:20:30Z","version":1}}`
  );
}

it('forward - a bridge that reads every message into one buffer and reuses it as soon as forward returns gets each message stored as given', async () => {
  // maxInFlight 1: most of the messages wait in the queue, as behind a slow server.
  const bus = await connectEventBus(testBusOptions(server, { maxInFlight: 1 }));
  buses.push(bus);
  const buffer = Buffer.alloc(4096);
  const given: string[] = [];
  const pending: Promise<{ sequence: number }>[] = [];
  for (let n = 0; n < 20; n++) {
    const text = message(n);
    given.push(text);
    const length = buffer.write(text);
    pending.push(bus.forward(buffer.subarray(0, length)));
  }
  buffer.fill(' '); // the next read overwrites the buffer
  const acks = await Promise.all(pending);
  for (const [n, ack] of acks.entries()) {
    const stored = await raw.jsm.streams.getMessage('events-stream', { seq: ack.sequence });
    expect(Buffer.from(stored.data).toString()).toBe(given[n]);
  }
});

it('forward - after close() it is refused with a BusClosedError that says forward', async () => {
  const bus = await connectEventBus(testBusOptions(server));
  buses.push(bus);
  await bus.close();
  const error = await bus.forward(encoder.encode(message(1))).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(BusClosedError);
  expect((error as BusClosedError).message).toBe('cannot forward: the event bus is closed');
});

it('publish - a connection closed under the bus (bus.connection.close()) fails the publishes in flight saying so, and those after it, without retrying', async () => {
  // The default back-off (5 s first): a retry would be seen in the attempts.
  const bus = await connectEventBus({ ...testBusOptions(server), retryBackoff: undefined });
  buses.push(bus);
  const inFlight = bus.publish(createEvent('volume.create', { target: 'in-flight' })).catch((e: unknown) => e);
  await bus.connection.close();
  const error = await inFlight;
  expect(error).toBeInstanceOf(PublishError);
  expect((error as PublishError).attempts).toBe(1);
  expect((error as PublishError).message).toContain('the NATS connection is closed');
  expect((error as PublishError).message).toContain('it may or may not be in the stream');
  const after = await bus.publish(createEvent('volume.create', { target: 'after' })).catch((e: unknown) => e);
  expect(after).toBeInstanceOf(PublishError);
  expect((after as PublishError).message).toContain('the NATS connection is closed');
  expect((after as PublishError).message).toContain('the event was not sent');
});

it('publish - a user the server does not let publish to events.> gets a PublishError saying so after one attempt, not a timeout after every retry', async () => {
  const config = join(mkdtempSync(join(tmpdir(), 'publish-hostile-')), 'deny.conf');
  writeFileSync(
    config,
    `authorization { users: [
      { user: admin, password: admin },
      { user: reader, password: reader, permissions: { publish: { allow: ["$JS.API.>", "_INBOX.>"] } } }
    ] }\n`,
  );
  const guarded = await startNatsServer({ args: () => ['-c', config], probe: { user: 'admin', pass: 'admin' } });
  try {
    // The default retries (10 attempts, 5 s ack timeout): a timeout would take minutes.
    const bus = await connectEventBus({ servers: `nats://reader:reader@127.0.0.1:${guarded.port}`, stream: { replicas: 1 } });
    buses.push(bus);
    const error = await bus.publish(createEvent('volume.create', { target: 'v' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PublishError);
    expect((error as PublishError).attempts).toBe(1);
    expect((error as PublishError).message).toMatch(/may not publish to events\.2\.[0-9a-f-]+ \(Permissions Violation\)/);
    await bus.close();
  } finally {
    await guarded.dispose();
  }
}, 30_000);
