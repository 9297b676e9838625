// The limits a NATS server puts on what it is sent, checked before anything is sent: a subject
// within MAX_SUBJECT_BYTES of UTF-8 (a longer protocol line makes nats-server drop the connection).
import { describe, expect, it } from 'vitest';
import { BusOptionsError } from '../../src/bus/errors.js';
import { createMemoryBus } from '../../src/bus/memory.js';
import { resolveSubscribeOptions } from '../../src/bus/options.js';
import { decode } from '../../src/codec/decode.js';
import { encodeToString } from '../../src/codec/encode.js';
import { createEvent } from '../../src/events.js';
import { assertSubject, assertSubjectToken, MAX_SUBJECT_BYTES, SubjectError, wireSubject } from '../../src/subject.js';

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
    // 'é' is 2 bytes, '€' 3, '😀' 4 (two UTF-16 units), a lone surrogate 3 (sent as U+FFFD).
    const cases: [string, number][] = [
      ['é', 2],
      ['€', 3],
      ['😀', 4],
      ['\ud800', 3],
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

  it('assertSubjectToken - a token (a durable name) of MAX_SUBJECT_BYTES of UTF-8 is accepted, one byte more refused', () => {
    expect(() => assertSubjectToken('durable', 'd'.repeat(MAX_SUBJECT_BYTES))).not.toThrow();
    expect(() => assertSubjectToken('durable', 'd'.repeat(MAX_SUBJECT_BYTES + 1))).toThrow(SubjectError);
    expect(() => assertSubjectToken('durable', `${'€'.repeat(682)}dd`)).not.toThrow(); // 2,046 + 2 bytes
    expect(() => assertSubjectToken('durable', `${'€'.repeat(682)}ddd`)).toThrow(/2049 bytes of UTF-8/);
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

  it('subscribe options - a deadLetterSubject or a durable name above the limit is refused with a BusOptionsError', () => {
    expect(() => resolveSubscribeOptions({ deadLetterSubject: `dead.${'x'.repeat(MAX_SUBJECT_BYTES - 5)}` })).not.toThrow();
    expect(() => resolveSubscribeOptions({ deadLetterSubject: `dead.${'x'.repeat(MAX_SUBJECT_BYTES - 4)}` })).toThrow(BusOptionsError);
    expect(() => resolveSubscribeOptions({ deadLetterSubject: `dead.${'x'.repeat(MAX_SUBJECT_BYTES - 4)}` })).toThrow(/2049 bytes of UTF-8/);
    expect(() => resolveSubscribeOptions({ durable: 'd'.repeat(70_000) })).toThrow(BusOptionsError);
  });
});

describe('memory bus - subject limits', () => {
  it('forward, publish, publishRaw - a subject above MAX_SUBJECT_BYTES is refused with a SubjectError and nothing is stored', async () => {
    const bus = createMemoryBus();
    await expect(bus.forward(withId('x'.repeat(70_000)))).rejects.toBeInstanceOf(SubjectError);
    await expect(bus.forward(withId('x'.repeat(ID_AT_LIMIT + 1)))).rejects.toThrow(/2049 bytes of UTF-8/);
    await expect(bus.publish(eventWithId('é'.repeat(1_020)))).rejects.toBeInstanceOf(SubjectError);
    await expect(bus.publishRaw(`events.2.${'x'.repeat(ID_AT_LIMIT + 1)}`, withId('y'))).rejects.toBeInstanceOf(SubjectError);
    expect(bus.messages()).toHaveLength(0);
    const ack = await bus.forward(withId('x'.repeat(ID_AT_LIMIT)));
    expect(ack.subject).toHaveLength(MAX_SUBJECT_BYTES);
    expect(bus.messages()).toHaveLength(1);
    await bus.close();
  });
});
