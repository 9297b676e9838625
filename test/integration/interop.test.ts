// Interop with the Rust services, both ways, on a real nats-server: what they publish is received
// typed; what the bus publishes lands in a stream made with the upstream config, readable as the
// Rust consumer reads it.
import { AckPolicy, DeliverPolicy, DiscardPolicy, RetentionPolicy, StorageType, type StreamConfig } from 'nats';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { StreamConfigError } from '../../src/bus/errors.js';
import { connectEventBus, type NatsEventBus } from '../../src/bus/connect.js';
import type { Delivery } from '../../src/bus/types.js';
import { catalog } from '../../src/catalog.js';
import { decode } from '../../src/codec/decode.js';
import { encodeToString } from '../../src/codec/encode.js';
import { createEvent } from '../../src/events.js';
import type { CatalogEvent } from '../../src/generated/registry.js';
import { wireSubject } from '../../src/subject.js';
import { waitFor } from '../support/bus-behaviour.js';
import { rawClient, removeStreams, testBusOptions, type RawClient } from '../support/nats-bus.js';
import { startNatsServer, type NatsServer } from '../support/nats-server.js';
import { sampleMessage } from '../support/samples.js';

/** The stream as the Rust services create it (replicas 1 on a single server); a fresh copy each time (nats.js adds members). */
const upstreamStream = (): Partial<StreamConfig> => ({
  name: 'events-stream',
  subjects: ['events.>'],
  storage: StorageType.Memory,
  retention: RetentionPolicy.Limits,
  discard: DiscardPolicy.Old,
  max_bytes: 3 * 1024 * 1024,
  max_msgs_per_subject: 1,
  num_replicas: 1,
});

let server: NatsServer;
let raw: RawClient;
const buses: NatsEventBus[] = [];

async function bus(): Promise<NatsEventBus> {
  const created = await connectEventBus(testBusOptions(server));
  buses.push(created);
  return created;
}

beforeAll(async () => {
  server = await startNatsServer();
  raw = await rawClient(server);
});

afterEach(async () => {
  await Promise.all(buses.splice(0).map((b) => b.close()));
  await removeStreams(raw);
});

afterAll(async () => {
  await raw?.nc.close();
  await server?.dispose();
});

describe('interop', () => {
  it('rust to sdk - every catalogued event published with raw nats.js (no headers) is received typed, byte-exact', async () => {
    await raw.jsm.streams.add(upstreamStream());
    const received = new Map<string, { event: CatalogEvent; delivery: Delivery }>();
    const b = await bus();
    await b.subscribe({ '>': (event, delivery) => void received.set(event.metadata.id, { event, delivery }) });
    const js = raw.nc.jetstream();
    const sent = new Map<string, string>();
    for (const entry of catalog) {
      const message = sampleMessage(entry.key) as { category: number; metadata: { id: string } };
      const text = JSON.stringify(message);
      const subject = `events.${message.category}.${message.metadata.id}`;
      // Exactly as the Rust publisher: a JetStream publish of the JSON bytes, no headers.
      await js.publish(subject, Buffer.from(text));
      sent.set(message.metadata.id, text);
    }
    await waitFor(() => received.size === catalog.length, 10_000, 'every event');
    for (const entry of catalog) {
      const message = sampleMessage(entry.key) as { metadata: { id: string } };
      const got = received.get(message.metadata.id)!;
      const verdict = decode(sent.get(message.metadata.id)!);
      expect(verdict.kind === 'event' && verdict.key).toBe(entry.key);
      expect(got.event).toEqual(message);
      expect(Buffer.from(got.delivery.raw).toString('utf8')).toBe(sent.get(message.metadata.id));
      expect(encodeToString(got.event)).toBe(sent.get(message.metadata.id));
    }
  });

  it('sdk to rust - published events land in the upstream stream, on events.<category>.<id>, bytes the Rust consumer reads', async () => {
    await raw.jsm.streams.add(upstreamStream());
    const b = await bus();
    const events = catalog.map((entry) => createEvent(entry.key, { target: 't', ...(sampleDetails(entry.key) as object) } as never) as CatalogEvent);
    for (const event of events) await b.publish(event);
    // Read as the upstream stats consumer does: a durable consumer, deliver all, explicit acks.
    await raw.jsm.consumers.add('events-stream', {
      durable_name: 'stats-events-consumer',
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      max_ack_pending: 1,
    });
    const consumer = await raw.nc.jetstream().consumers.get('events-stream', 'stats-events-consumer');
    const read = await consumer.fetch({ max_messages: events.length, expires: 2_000 });
    const seen: { subject: string; text: string; msgId: string | undefined }[] = [];
    for await (const msg of read) {
      seen.push({ subject: msg.subject, text: Buffer.from(msg.data).toString('utf8'), msgId: msg.headers?.get('Nats-Msg-Id') });
      msg.ack();
    }
    expect(seen).toHaveLength(events.length);
    events.forEach((event, i) => {
      expect(seen[i]!.subject).toBe(`events.${event.category}.${event.metadata.id}`);
      expect(seen[i]!.text).toBe(encodeToString(event));
      expect(JSON.parse(seen[i]!.text)).toEqual(event);
      expect(seen[i]!.msgId).toBe(event.metadata.id);
    });
    // The existing stream was used as it was.
    const info = await raw.jsm.streams.info('events-stream');
    expect(info.config).toMatchObject(upstreamStream());
  });

  it('stream - created with the upstream config when missing', async () => {
    await bus();
    const info = await raw.jsm.streams.info('events-stream');
    expect(info.config).toMatchObject(upstreamStream());
  });

  it('stream - file storage and another size are honoured when creating', async () => {
    await connectEventBus(testBusOptions(server, { stream: { storage: 'file', maxBytes: 1024 * 1024 } })).then((b) => buses.push(b));
    const info = await raw.jsm.streams.info('events-stream');
    expect(info.config.storage).toBe(StorageType.File);
    expect(info.config.max_bytes).toBe(1024 * 1024);
  });

  it('stream - an existing stream is never changed', async () => {
    await raw.jsm.streams.add({ ...upstreamStream(), max_bytes: 512 * 1024, max_msgs_per_subject: -1 });
    const before = (await raw.jsm.streams.info('events-stream')).config;
    const b = await bus();
    await b.publish(createEvent('volume.create', { target: 'v' }));
    const after = (await raw.jsm.streams.info('events-stream')).config;
    expect(after).toEqual(before);
  });

  it('stream - events-stream on other subjects is a clear StreamConfigError', async () => {
    await raw.jsm.streams.add({ name: 'events-stream', subjects: ['other.>'] });
    const error = await connectEventBus(testBusOptions(server)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StreamConfigError);
    expect((error as Error).message).toMatch(/exists with subjects \[other\.>\].*never changes an existing stream/);
  });

  it('stream - another stream already holding events.> is a clear StreamConfigError', async () => {
    await raw.jsm.streams.add({ name: 'legacy', subjects: ['events.>'] });
    const error = await connectEventBus(testBusOptions(server)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StreamConfigError);
    expect((error as Error).message).toMatch(/cannot be created on events\.>/);
  });

  it('publish - the subject is events.<category>.<id>', async () => {
    const b = await bus();
    const event = createEvent('nexus.create', { target: 'n' });
    const ack = await b.publish(event);
    expect(ack.subject).toBe(wireSubject(event));
    expect(ack.subject).toBe(`events.3.${event.metadata.id}`);
    const stored = await raw.jsm.streams.getMessage('events-stream', { seq: ack.sequence });
    expect(stored.subject).toBe(ack.subject);
    expect(Buffer.from(stored.data).toString('utf8')).toBe(encodeToString(event));
  });
});

/** The details a catalogued event needs, taken from the Rust-shaped sample. */
function sampleDetails(key: string): { details?: Record<string, unknown> } {
  const sample = sampleMessage(key) as { metadata: { source: { event_details: Record<string, unknown> | null } } };
  const details = sample.metadata.source.event_details;
  if (details === null) return {};
  const carried = Object.fromEntries(Object.entries(details).filter(([, value]) => value !== null));
  return Object.keys(carried).length === 0 ? {} : { details: carried };
}
