// What a publisher can hand the SDK when it builds events by hand, and what reaches the stream:
// the subject, the de-duplication id and the catalog's check all follow the bytes stored, however
// the event's members answer (getters, proxies, classes), and forward stores the message given.
import { describe, expect, it } from 'vitest';
import { DecodeError } from '../../src/codec/errors.js';
import { decode } from '../../src/codec/decode.js';
import { encode } from '../../src/codec/encode.js';
import { createMemoryBus } from '../../src/bus/memory.js';
import { EventValidationError } from '../../src/errors.js';
import { createEvent } from '../../src/events.js';
import { RebuildStatus } from '../../src/generated/enums.js';
import type { EventMessage } from '../../src/generated/types.js';

const text = new TextDecoder();

/** Where the stored message says it belongs, from its own bytes. */
function addressOf(data: Uint8Array): string {
  const result = decode(data);
  if (result.kind === 'invalid') throw result.error;
  return `events.${result.event.category}.${result.event.metadata!.id}`;
}

/** A getter that answers `first` on its first read and `later` after. */
function changing<T>(target: object, name: string, first: T, later: T): void {
  let reads = 0;
  Object.defineProperty(target, name, { enumerable: true, get: () => (reads++ === 0 ? first : later) });
}

describe('publish - members that answer differently on each read', () => {
  it('publish - a metadata getter (an own accessor) that makes a fresh id on each read stores the event under the id its bytes carry', async () => {
    // A plausible hand-written event: each read of `metadata` builds it again.
    const event = {
      category: 2,
      action: 1,
      target: 'b0a5e0b8-1c7e-4a47-9a3f-6f4b9e1d2c3a',
      get metadata(): EventMessage['metadata'] {
        return { id: crypto.randomUUID(), source: { component: 1, node: 'control-plane-1', event_details: null }, timestamp: '2024-05-01T10:20:30Z', version: 1 };
      },
    };
    const bus = createMemoryBus();
    try {
      const ack = await bus.publish(event);
      const [stored] = bus.messages();
      expect(stored!.subject).toBe(addressOf(stored!.data));
      expect(ack.subject).toBe(stored!.subject);
    } finally {
      await bus.close();
    }
  });

  it('publish - a category that changes after the first read is stored on the subject of the category written', async () => {
    const event = createEvent('volume.create', { target: 'v1' }) as unknown as Record<string, unknown>;
    changing(event, 'category', 2, 1); // written as Volume (2), read again as Pool (1)
    const bus = createMemoryBus();
    try {
      const ack = await bus.publish(event as unknown as EventMessage);
      const [stored] = bus.messages();
      expect(text.decode(stored!.data)).toContain('"category":2,');
      expect(ack.subject).toBe(addressOf(stored!.data));
      expect(ack.subject.startsWith('events.2.')).toBe(true);
    } finally {
      await bus.close();
    }
  });

  it('publish - an event written with version 7 is refused though a second read says version 1', async () => {
    const event = createEvent('volume.create', { target: 'v1' }) as unknown as Record<string, unknown>;
    const metadata = event.metadata as Record<string, unknown>;
    changing(event, 'metadata', { ...metadata, version: 7 }, metadata);
    const bus = createMemoryBus();
    try {
      const error = await bus.publish(event as unknown as EventMessage).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EventValidationError);
      expect((error as EventValidationError).issues.map((issue) => issue.path)).toEqual(['/metadata/version']);
      expect(bus.messages()).toHaveLength(0);
    } finally {
      await bus.close();
    }
  });
});

describe('publish - members it would not write', () => {
  it('publish - an uncatalogued event (category 99) with members of its own is refused at their paths, as a catalogued one is, not stored without them', async () => {
    const volume = createEvent('volume.create', { target: 'v1' });
    const event = { ...volume, category: 99, note: 'for a newer reader', metadata: { ...volume.metadata, trace: { id: 1 } } };
    const bus = createMemoryBus();
    try {
      const error = await bus.publish(event as EventMessage).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EventValidationError);
      expect((error as EventValidationError).issues.map((issue) => issue.path)).toEqual(['/metadata/trace', '/note']);
      expect((error as EventValidationError).issues[0]!.message).toContain('forward');
      expect(bus.messages()).toHaveLength(0);
      // Without them it is published, on the subject of its category.
      const ack = await bus.publish({ ...volume, category: 99 } as EventMessage);
      expect(ack.subject).toBe(`events.99.${volume.metadata.id}`);
    } finally {
      await bus.close();
    }
  });
});

describe('forward - the message stored is the message given', () => {
  const withUnknown = (member: string): string =>
    `{"category":2,"action":1,"target":"v","extra":${member},"metadata":{"id":"0b6f5d2e-8f3e-4d1a-9a57-3c2e1f0a9b77","source":{"component":1,"node":"","event_details":null},"timestamp":"2024-05-01T10:20:30Z","version":1}}`;

  it('forward - a text with a lone surrogate (in a member nobody reads) is refused with a DecodeError: it has no UTF-8 bytes to store', async () => {
    const bus = createMemoryBus();
    try {
      const message = withUnknown('"a\ud800b"');
      const error = await bus.forward(message).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DecodeError);
      expect((error as DecodeError).code).toBe('utf8');
      expect((error as DecodeError).message).toContain('lone UTF-16 surrogate (U+D800)');
      expect((error as DecodeError).column).toBe(message.indexOf('\ud800') + 1);
      expect(bus.messages()).toHaveLength(0);
      // A surrogate pair is a character like any other, stored as its UTF-8.
      await bus.forward(withUnknown('"a\ud83d\ude00b"'));
      expect(text.decode(bus.messages()[0]!.data)).toBe(withUnknown('"a\u{1f600}b"'));
    } finally {
      await bus.close();
    }
  });
});

describe('createEvent - the event it returns is its own', () => {
  it('createEvent - a details object reused for the next event does not change the events already made', () => {
    // A publisher building a batch from one details object, changing it for each child.
    const rebuild = { rebuild_status: RebuildStatus.Started, source_replica: 'nvmf://10.1.0.5:8420/healthy', destination_replica: '', error: null as string | null };
    const events = ['child-a', 'child-b', 'child-c'].map((child) => {
      rebuild.destination_replica = `bdev:///${child}`;
      return createEvent('nexus.rebuildBegin', { target: 'nexus-1', details: { rebuild_details: rebuild } });
    });
    expect(events.map((event) => event.metadata.source.event_details.rebuild_details.destination_replica)).toEqual([
      'bdev:///child-a',
      'bdev:///child-b',
      'bdev:///child-c',
    ]);
    // A change that would make it invalid does not reach it either: it stays the event that was checked.
    (rebuild as { rebuild_status: unknown }).rebuild_status = '1';
    expect(() => encode(events[0]!)).not.toThrow();
  });

  it('createEvent - a nested time_taken object is copied too', () => {
    const timeTaken = { seconds: 3, nanos: 5 };
    const event = createEvent('ioEngine.stop', { target: 'mayastor', details: { action_duration_details: { time_taken: timeTaken } } });
    timeTaken.seconds = -1.5;
    expect(text.decode(encode(event))).toContain('"time_taken":{"seconds":3,"nanos":5}');
  });

  it.each([
    ['an array', [], 'volume.create', 'expected null (volume.create carries no details), got an array'],
    ['a string', 'rebuild', 'nexus.rebuildBegin', 'expected an object of details members such as rebuild_details, got string'],
    ['an array of details', [{ rebuild_status: 1 }], 'nexus.rebuildBegin', 'expected an object of details members such as rebuild_details, got an array'],
  ] as const)('createEvent - details given as %s are refused at /metadata/source/event_details, saying what to give', (_, details, key, message) => {
    const error = (() => {
      try {
        createEvent(key as 'volume.create', { target: 't', details } as never);
        return undefined;
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(EventValidationError);
    expect((error as EventValidationError).issues).toEqual([{ path: '/metadata/source/event_details', message }]);
  });
});

describe('encode - numbers as JavaScript computes them', () => {
  it('encode - -0 (Math.round(-0.4), 0 * -1) is the number zero: written 0 in an enum, a u64 and a Duration, as the Rust services write zero', async () => {
    const zero = Math.round(-0.4);
    expect(Object.is(zero, -0)).toBe(true);
    const reactor = createEvent('ioEngine.reactorFreeze', { target: '3', details: { reactor_details: { lcore: zero, state: 'frozen' } } });
    expect(text.decode(encode(reactor))).toContain('"lcore":0,');
    const stop = createEvent('ioEngine.stop', { target: 'mayastor', details: { action_duration_details: { time_taken: { seconds: zero, nanos: 0 * -1 } } } });
    expect(text.decode(encode(stop))).toContain('"time_taken":{"seconds":0,"nanos":0}');
    const categoryZero = { ...createEvent('volume.create', { target: 'v' }), category: zero } as EventMessage;
    expect(text.decode(encode(categoryZero)).startsWith('{"category":0,')).toBe(true);
    const bus = createMemoryBus();
    try {
      await bus.publish(reactor);
      expect(decode(bus.messages()[0]!.data)).toMatchObject({ kind: 'event', key: 'ioEngine.reactorFreeze' });
    } finally {
      await bus.close();
    }
  });
});
