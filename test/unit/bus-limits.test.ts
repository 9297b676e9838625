// The limits a NATS server puts on what it is sent, checked before anything is sent: a subject
// within MAX_SUBJECT_BYTES of UTF-8 (a longer protocol line makes nats-server drop the connection)
// and, on the in-memory bus, a message within maxPayload (what a NATS client refuses); a longer
// subject another publisher stored is still read.
import { describe, expect, it } from 'vitest';
import { BusOptionsError, PublishError } from '../../src/bus/errors.js';
import { createMemoryBus, DEFAULT_MEMORY_MAX_PAYLOAD } from '../../src/bus/memory.js';
import { resolveSubscribeOptions } from '../../src/bus/options.js';
import { durableNameProblem } from '../../src/internal/jetstream-names.js';
import { decode } from '../../src/codec/decode.js';
import { encodeToString } from '../../src/codec/encode.js';
import { createEvent } from '../../src/events.js';
import { waitFor } from '../support/bus-behaviour.js';
import { assertSubject, MAX_SUBJECT_BYTES, SubjectError, wireSubject } from '../../src/subject.js';
import * as root from '../../src/index.js';

/** A volume.create message whose `metadata.id` is `id`. */
function withId(id: string): string {
  return encodeToString(createEvent('volume.create', { target: 'v' })).replace(/"id":"[^"]*"/, `"id":${JSON.stringify(id)}`);
}

function eventWithId(id: string) {
  const event = createEvent('volume.create', { target: 'v' });
  return { ...event, metadata: { ...event.metadata, id } };
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

// `events.2.` is 9 bytes: an id of 2,039 bytes makes a subject of exactly MAX_SUBJECT_BYTES.
const ID_AT_LIMIT = MAX_SUBJECT_BYTES - 'events.2.'.length;

describe('subject limits - MAX_SUBJECT_BYTES', () => {
  it('is 2048 bytes: half nats-server\'s default max_control_line, room for the rest of the HPUB line', () => {
    expect(MAX_SUBJECT_BYTES).toBe(2_048);
  });

  it('the limits and the payload code are exported by the package root, as README and TSDoc name them', () => {
    expect(root.MAX_SUBJECT_BYTES).toBe(MAX_SUBJECT_BYTES);
    expect(root.DEFAULT_MEMORY_MAX_PAYLOAD).toBe(DEFAULT_MEMORY_MAX_PAYLOAD);
    expect(root.MAX_JETSTREAM_NAME_BYTES).toBe(255);
    expect(root.DEAD_LETTER_REASON_MAX_BYTES).toBe(1_024);
    expect(root.PAYLOAD_TOO_LARGE).toBe('MAX_PAYLOAD_EXCEEDED');
  });

  it('wireSubject - a subject of exactly MAX_SUBJECT_BYTES is accepted, one byte more is refused with a SubjectError that says the limit and why', () => {
    expect(wireSubject(eventWithId('x'.repeat(ID_AT_LIMIT)))).toHaveLength(MAX_SUBJECT_BYTES);
    const error = thrown(() => wireSubject(eventWithId('x'.repeat(ID_AT_LIMIT + 1))));
    expect(error).toBeInstanceOf(SubjectError);
    expect(error).toMatchObject({ what: 'event id', value: 'x'.repeat(ID_AT_LIMIT + 1) });
    expect((error as Error).message).toMatch(
      /makes the subject "events\.2\.x+"… \(2049 characters\), which is 2049 bytes of UTF-8, above the 2048 bytes the SDK allows a NATS subject; nothing was sent \(nats-server closes the connection on a protocol line longer than its max_control_line, 4096 bytes by default\)/,
    );
  });

  it('wireSubject - multi-byte characters count as their UTF-8 bytes, not as characters', () => {
    // 'é' is 2 bytes, '€' 3, '😀' 4 (two UTF-16 units); a lone surrogate has no UTF-8 bytes and is
    // refused whatever the length (test/unit/subject.test.ts).
    const cases: [string, number][] = [
      ['é', 2],
      ['€', 3],
      ['😀', 4],
    ];
    for (const [character, bytes] of cases) {
      const fit = Math.floor(ID_AT_LIMIT / bytes);
      const pad = 'x'.repeat(ID_AT_LIMIT - fit * bytes);
      expect(() => wireSubject(eventWithId(character.repeat(fit) + pad)), `${fit} × ${JSON.stringify(character)} at the limit`).not.toThrow();
      expect(() => wireSubject(eventWithId(`${character.repeat(fit) + pad}x`)), `${JSON.stringify(character)} one byte over`).toThrow(
        new RegExp(`${MAX_SUBJECT_BYTES + 1} bytes of UTF-8`),
      );
    }
    // 1,020 characters, far below the limit in characters, 2,040 bytes: over it.
    expect(() => wireSubject(eventWithId('é'.repeat(1_020)))).toThrow(SubjectError);
  });

  it('wireSubject - the category counts: a longer category number leaves fewer bytes for the id', () => {
    const id = 'x'.repeat(ID_AT_LIMIT);
    expect(() => wireSubject({ ...eventWithId(id), category: 10 } as never)).toThrow(/2049 bytes of UTF-8/);
  });

  it('assertSubject - a subject of MAX_SUBJECT_BYTES of UTF-8 is accepted, one byte more refused', () => {
    expect(() => assertSubject('deadLetterSubject', `dead.${'x'.repeat(MAX_SUBJECT_BYTES - 5)}`)).not.toThrow();
    expect(() => assertSubject('deadLetterSubject', `dead.${'x'.repeat(MAX_SUBJECT_BYTES - 4)}`)).toThrow(/is 2049 bytes of UTF-8, above the 2048 bytes/);
    expect(() => assertSubject('deadLetterSubject', `dead.${'é'.repeat((MAX_SUBJECT_BYTES - 5 + 1) / 2)}`)).toThrow(SubjectError);
  });

  it('wireSubject - an id of 3-byte characters is counted in UTF-8 bytes: a subject of MAX_SUBJECT_BYTES accepted, one byte more refused', () => {
    // `events.2.` is 9 bytes, 679 '€' 2,037, then 2 or 3 ASCII bytes: 2,048 or 2,049.
    expect(wireSubject(eventWithId(`${'€'.repeat(679)}dd`))).toHaveLength(9 + 679 + 2);
    expect(() => wireSubject(eventWithId(`${'€'.repeat(679)}ddd`))).toThrow(/2049 bytes of UTF-8/);
  });

  it('subscribe options - a durable name is refused by the one rule the stats service\'s durable is checked by, with its words', () => {
    for (const name of ['stats\u00a0consumer', 'stats\u2028consumer', 'd'.repeat(256), 'a/b', 'a.b']) {
      const error = thrown(() => resolveSubscribeOptions({ durable: name }));
      expect(error, JSON.stringify(name)).toBeInstanceOf(BusOptionsError);
      expect(error, JSON.stringify(name)).toMatchObject({ option: 'durable', reason: durableNameProblem(name) });
    }
    expect((thrown(() => resolveSubscribeOptions({ durable: 'stats\u00a0consumer' })) as Error).message).toBe(
      'invalid option `durable`: a durable consumer name must not contain whitespace (it is put in NATS subjects)',
    );
  });

  it('an id of 70,000 characters - refused to send, the message cutting it (whole in `value`); still read by decode, as the Rust services read it', () => {
    const id = 'x'.repeat(70_000);
    const error = thrown(() => wireSubject(eventWithId(id))) as SubjectError;
    expect(error.message.length).toBeLessThan(600);
    expect(error.message).toMatch(/^invalid event id "x{64}"… \(70000 characters\): /);
    expect(error.value).toBe(id);
    const result = decode(withId(id));
    expect(result.kind).toBe('event');
  });

  it('subscribe options - a deadLetterSubject above MAX_SUBJECT_BYTES, a durable name above 255 bytes (well below it) are refused with a BusOptionsError', () => {
    expect(() => resolveSubscribeOptions({ deadLetterSubject: `dead.${'x'.repeat(MAX_SUBJECT_BYTES - 5)}` })).not.toThrow();
    expect(() => resolveSubscribeOptions({ deadLetterSubject: `dead.${'x'.repeat(MAX_SUBJECT_BYTES - 4)}` })).toThrow(BusOptionsError);
    expect(() => resolveSubscribeOptions({ deadLetterSubject: `dead.${'x'.repeat(MAX_SUBJECT_BYTES - 4)}` })).toThrow(/2049 bytes of UTF-8/);
    expect(resolveSubscribeOptions({ durable: 'd'.repeat(255) }).durable).toHaveLength(255);
    for (const durable of ['d'.repeat(256), 'd'.repeat(MAX_SUBJECT_BYTES), 'd'.repeat(70_000)]) {
      expect(() => resolveSubscribeOptions({ durable })).toThrow(BusOptionsError);
      expect(() => resolveSubscribeOptions({ durable })).toThrow(/above the 255 bytes nats-server allows a JetStream consumer name/);
    }
  });
});

describe('memory bus limits', () => {
  it('forward, publish - a subject above MAX_SUBJECT_BYTES is refused with a SubjectError and nothing is stored', async () => {
    const bus = createMemoryBus();
    await expect(bus.forward(withId('x'.repeat(70_000)))).rejects.toBeInstanceOf(SubjectError);
    await expect(bus.forward(withId('x'.repeat(ID_AT_LIMIT + 1)))).rejects.toThrow(/2049 bytes of UTF-8/);
    await expect(bus.publish(eventWithId('é'.repeat(1_020)))).rejects.toBeInstanceOf(SubjectError);
    expect(bus.messages()).toHaveLength(0);
    const ack = await bus.forward(withId('x'.repeat(ID_AT_LIMIT)));
    expect(ack.subject).toHaveLength(MAX_SUBJECT_BYTES);
    expect(bus.messages()).toHaveLength(1);
    await bus.close();
  });

  it('publishRaw - a subject above MAX_SUBJECT_BYTES (another publisher\'s, as NATS stores it) is stored and delivered; one that is not literal is refused', async () => {
    const bus = createMemoryBus({ telemetry: { enabled: false } });
    const seen: string[] = [];
    await bus.subscribe({ 'volume.create': (_event, delivery) => void seen.push(delivery.subject) });
    const id = 'x'.repeat(3_000 - 'events.2.'.length);
    const ack = await bus.publishRaw(`events.2.${id}`, withId(id));
    expect(Buffer.byteLength(ack.subject)).toBe(3_000);
    await waitFor(() => seen.length === 1);
    expect(seen).toEqual([`events.2.${id}`]);
    await expect(bus.publishRaw('events.2.*', withId('y'))).rejects.toBeInstanceOf(SubjectError);
    await expect(bus.publishRaw(`events.2.${'x'.repeat(3_000)} y`, withId('y'))).rejects.toBeInstanceOf(SubjectError);
    expect(bus.messages()).toHaveLength(1);
    await bus.close();
  });

  it('maxPayload - 1 MiB by default, as nats-server\'s max_payload', () => {
    expect(DEFAULT_MEMORY_MAX_PAYLOAD).toBe(1_048_576);
  });

  it('maxPayload - event and headers are counted as a NATS client counts them: at the limit stored, one byte more a PublishError after one attempt', async () => {
    const bus = createMemoryBus({ maxPayload: 1_000, telemetry: { enabled: false } });
    const HEADERS = 63; // NATS/1.0\r\n, Nats-Msg-Id: <36-character id>\r\n, \r\n
    const sized = (bytes: number): string => {
      const base = encodeToString(createEvent('volume.create', { target: 'v' }));
      return base.replace('"target":', `"x":"${'a'.repeat(bytes - base.length - '"x":"",'.length)}","target":`);
    };
    const error = await bus.forward(sized(1_000 - HEADERS + 1)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PublishError);
    expect(error).toMatchObject({ attempts: 1 });
    expect((error as Error).message).toMatch(/the message is 1001 bytes \(938 of event, 63 of headers\), above the in-memory bus's maxPayload of 1000 bytes \(MAX_PAYLOAD_EXCEEDED\)/);
    expect(bus.messages()).toHaveLength(0);
    await bus.forward(sized(1_000 - HEADERS));
    expect(bus.messages()).toHaveLength(1);
    await bus.close();
  });

  it('maxPayload - publishRaw counts its headers; a message on a plain subject (a dead letter) is held to it too', async () => {
    const bus = createMemoryBus({ maxPayload: 100 });
    const seen: unknown[] = [];
    bus.listen('dead.>', (message) => void seen.push(message));
    await expect(bus.publishRaw('events.2.x', 'a'.repeat(101))).rejects.toBeInstanceOf(PublishError);
    await bus.publishRaw('events.2.x', 'a'.repeat(100));
    // 12 + `h: v` (1 + 1 + 4): 18 bytes of headers.
    await expect(bus.publishRaw('events.2.y', 'a'.repeat(83), { h: 'v' })).rejects.toThrow(/101 bytes \(83 of event, 18 of headers\)/);
    await bus.publishRaw('events.2.y', 'a'.repeat(82), { h: 'v' });
    // Multi-byte header text counts as its UTF-8 near the limit: `h: é` is 19 bytes with the framing.
    await expect(bus.publishRaw('events.2.z', 'a'.repeat(82), { h: 'é' })).rejects.toThrow(/101 bytes \(82 of event, 19 of headers\)/);
    await bus.publishRaw('events.2.z', 'a'.repeat(81), { h: 'é' });
    await expect(bus.publishRaw('dead.letters', 'a'.repeat(101))).rejects.toBeInstanceOf(PublishError);
    expect(seen).toHaveLength(0);
    expect(bus.messages()).toHaveLength(3);
    await bus.close();
  });

  it('maxPayload - a dead letter above it (the event and the reason in its headers) fails to republish as on NATS, is reported, and the event is terminated, not given back', async () => {
    const failures: { message: string; error: unknown }[] = [];
    const logger = { error: (message: string, details?: Record<string, unknown>) => void failures.push({ message, error: details?.['error'] }), warn: () => undefined };
    const bus = createMemoryBus({ maxPayload: 2_000, logger, telemetry: { enabled: false } });
    const letters: unknown[] = [];
    bus.listen('dead.>', (message) => void letters.push(message));
    let deliveries = 0;
    let deadLettered = 0;
    await bus.subscribe(
      {
        'volume.create': () => {
          deliveries++;
          throw new Error('r'.repeat(1_000)); // the reason goes into the dead letter's headers
        },
      },
      // A back-off this short would bring an event given back many times over in the wait below.
      { maxDeliver: 1, backoff: [10], deadLetterSubject: 'dead.events', onDeadLetter: () => void deadLettered++ },
    );
    await bus.publish(createEvent('volume.create', { target: 'x'.repeat(1_000) }));
    await waitFor(() => failures.length > 0 && deadLettered > 0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(failures).toHaveLength(1);
    expect(failures[0]!.message).toMatch(/can never be republished to dead\.events .*; the event is terminated without it/);
    expect(failures[0]!.error).toBeInstanceOf(PublishError);
    expect(String((failures[0]!.error as Error).message)).toMatch(/publish to dead\.events failed after 1 attempt\(s\): the message is \d+ bytes .* above the in-memory bus's maxPayload of 2000 bytes/);
    expect({ deliveries, deadLettered }).toEqual({ deliveries: 1, deadLettered: 1 });
    expect(letters).toHaveLength(0);
    await bus.close();
  });

  it.each([0, -1, 1.5, '1000'])('maxPayload - %j is refused with a BusOptionsError', (maxPayload) => {
    expect(() => createMemoryBus({ maxPayload: maxPayload as number })).toThrow(BusOptionsError);
  });
});
