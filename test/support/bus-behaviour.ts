// The behaviour every EventBus must show, run against each implementation (Watermill's universal
// pub/sub tests are the model): the in-memory bus in unit tests, the NATS bus in integration tests.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AbortedError, BusClosedError, BusOptionsError, PublishError } from '../../src/bus/errors.js';
import { DEAD_LETTER_HEADERS } from '../../src/bus/router.js';
import type { BusLogger, DeadLetter, Delivery, EventBus, EventItem, HandlerMap } from '../../src/bus/types.js';
import { decode, type UnknownEvent } from '../../src/codec/decode.js';
import { encode, encodeToString } from '../../src/codec/encode.js';
import { DecodeError } from '../../src/codec/errors.js';
import { EventValidationError } from '../../src/errors.js';
import { createEvent } from '../../src/events.js';
import type { CatalogEvent } from '../../src/generated/registry.js';
import type { VolumeCreate } from '../../src/generated/volume.js';
import { MAX_SUBJECT_BYTES, SubjectError, wireSubject } from '../../src/subject.js';
import { DECODE_THROWS, INJECTED_RANGE_ERROR, ROUTE_THROWS } from './decode-fault.js';

/** A message seen on a plain subject. */
export interface SeenMessage {
  readonly data: Uint8Array;
  readonly headers: Readonly<Record<string, string>>;
}

/** One bus under test, with a way to reach its backend as a foreign client would. */
export interface BusFixture {
  readonly bus: EventBus;
  /** Puts bytes on a subject of the events stream as a foreign publisher would: no checks, no headers. */
  publishRaw(subject: string, data: Uint8Array): Promise<void>;
  /** Collects the messages published on a plain subject from now on. */
  listen(subject: string): Promise<{ readonly messages: SeenMessage[]; stop(): void }>;
  /** A second bus on the same backend (another process, as far as the bus can tell). */
  another(): Promise<EventBus>;
  /** How many messages the events stream holds. */
  streamSize(): Promise<number>;
  /** Releases everything the fixture made. */
  dispose(): Promise<void>;
}

/** What a test may ask of the bus a fixture makes. */
export interface BusFixtureOptions {
  /** The bus's logger. */
  readonly logger?: BusLogger;
}

/** Waits until `predicate` holds, or fails after `timeout` ms. */
export async function waitFor(predicate: () => boolean, timeout = 5_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const FAST = { backoff: [10, 20], ackWait: 5_000 } as const;

/** Every member of EventDetails, in wire order. */
const DETAILS = Object.keys(createEvent('nexus.rebuildBegin', {
  target: 'n',
  details: { rebuild_details: { rebuild_status: 1, source_replica: 'a', destination_replica: 'b', error: null } },
}).metadata.source.event_details);

function volumeCreate(target = 'vol'): VolumeCreate {
  return createEvent('volume.create', { target });
}

function nexusCreate(target = 'nexus'): CatalogEvent {
  return createEvent('nexus.create', { target, node: 'io-engine-1' });
}

/** Containers nested in the poison messages: far deeper than any recursion survives. */
const DEPTH = 100_000;

/**
 * A valid event with one more member, `x`, an array nested DEPTH deep: the Rust services skip
 * it (an unknown member, at any depth) and read the event.
 */
export function deepUnknownMember(target: string): string {
  return encodeToString(volumeCreate(target)).replace('"target":', `"x":${'['.repeat(DEPTH)}${']'.repeat(DEPTH)},"target":`);
}

/** A volume.create whose `target` (a known member, a string) is an array nested DEPTH deep: invalid. */
export function deepKnownMember(): string {
  return encodeToString(volumeCreate('deep')).replace('"target":"deep"', `"target":${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`);
}

/**
 * Requires the test file to have mocked the decode module with `withDecodeFault`
 * (test/support/decode-fault.ts): the injected failures below rely on it.
 */
function expectDecodeFault(): void {
  expect(() => decode(DECODE_THROWS), 'this test file must mock src/codec/decode.js with withDecodeFault').toThrow(RangeError);
}

/** Runs the universal bus behaviour against buses made by `factory`. */
export function busBehaviour(name: string, factory: (options?: BusFixtureOptions) => Promise<BusFixture>): void {
  deadLetterBehaviour(name, factory);
  describe(`${name} - behaviour`, () => {
    let fixture: BusFixture;
    let bus: EventBus;

    beforeEach(async () => {
      fixture = await factory();
      bus = fixture.bus;
    });

    afterEach(async () => {
      await fixture.dispose();
    });

    it('publish - a handler receives the typed event, byte-exact, with its delivery', async () => {
      const event = volumeCreate('v1');
      const seen: { event: VolumeCreate; delivery: Delivery }[] = [];
      await bus.subscribe({ 'volume.create': (e, delivery) => void seen.push({ event: e, delivery }) });
      const ack = await bus.publish(event);
      expect(ack.subject).toBe(wireSubject(event));
      expect(ack.duplicate).toBe(false);
      await waitFor(() => seen.length === 1, 5_000, 'the event');
      const [{ event: got, delivery }] = seen as [(typeof seen)[0]];
      expect(got).toEqual(event);
      expect(delivery.subject).toBe(`events.2.${event.metadata.id}`);
      expect(delivery.streamSequence).toBe(ack.sequence);
      expect(delivery.deliveryCount).toBe(1);
      expect(Buffer.from(delivery.raw).toString('utf8')).toBe(encodeToString(event));
    });

    it('delivery.key - each handler gets the subject key of its event; onInvalid and onUnknown get none', async () => {
      const keys: string[] = [];
      const hooks: string[] = [];
      await bus.subscribe(
        {
          'nexus.*': (e, delivery) => void keys.push(`nexus.* ${delivery.key} ${e.target}`),
          '*.create': (e, delivery) => void keys.push(`*.create ${delivery.key} ${e.target}`),
        },
        {
          onInvalid: (_error, delivery) => void hooks.push(`invalid ${String(delivery.key)}`),
          onUnknown: (_unknown, delivery) => void hooks.push(`unknown ${String(delivery.key)}`),
        },
      );
      await bus.publish(volumeCreate('v'));
      await bus.publish(nexusCreate('n'));
      await bus.publish(createEvent('nexus.delete', { target: 'd', node: 'io-engine-1' }));
      await fixture.publishRaw('events.2.not-json', Buffer.from('not json'));
      const unknown = encodeToString(volumeCreate('u')).replace('"category":2,"action":1', '"category":2,"action":99');
      await fixture.publishRaw(`events.2.${decode(unknown).kind === 'unknown' ? 'unknown-pair' : 'x'}`, Buffer.from(unknown));
      await waitFor(() => keys.length === 4 && hooks.length === 2, 5_000, 'every delivery');
      expect(keys).toEqual(['*.create volume.create v', 'nexus.* nexus.create n', '*.create nexus.create n', 'nexus.* nexus.delete d']);
      expect(hooks).toEqual(['invalid undefined', 'unknown undefined']);
    });

    it('forward - a message is stored byte for byte, members this SDK does not know included', async () => {
      const event = nexusCreate('n-forwarded');
      // As a newer Mayastor might write it: a member this SDK does not know, and details this
      // catalog does not name for nexus.create (so `publish` of the decoded event would refuse it).
      const text = encodeToString(event)
        .replace('"target":', '"added_in_a_later_release":{"x":[1,2.5]},"target":')
        .replace('"event_details":null', `"event_details":${JSON.stringify({ ...Object.fromEntries(DETAILS.map((m) => [m, null])), error_details: { error: 'new' } })}`);
      const raws: string[] = [];
      await bus.subscribe({ '>': () => undefined }, { onUnknown: (_unknown, delivery) => void raws.push(Buffer.from(delivery.raw).toString('utf8')) });
      const ack = await bus.forward(Buffer.from(text));
      expect(ack.subject).toBe(wireSubject(event));
      await waitFor(() => raws.length === 1, 5_000, 'the forwarded message');
      expect(raws).toEqual([text]);
      expect((await bus.forward(text)).duplicate).toBe(true);
    });

    it('forward - a readable message with no metadata (no id for its subject) is refused with a SubjectError that says so', async () => {
      const before = await fixture.streamSize();
      const text = encodeToString(volumeCreate('v')).replace(/"metadata":\{.*\}\}$/, '"metadata":null}');
      expect(text.endsWith('"metadata":null}')).toBe(true);
      await expect(bus.forward(text)).rejects.toMatchObject({ name: 'SubjectError', message: expect.stringMatching(/has no metadata/) });
      expect(await fixture.streamSize()).toBe(before);
    });

    it('forward - an id making a subject above MAX_SUBJECT_BYTES of UTF-8 is refused at once with a SubjectError; one at the limit is stored', async () => {
      const withId = (id: string): string => encodeToString(volumeCreate('long-id')).replace(/"id":"[^"]*"/, `"id":"${id}"`);
      const before = await fixture.streamSize();
      const started = Date.now();
      const error = await bus.forward(withId('x'.repeat(70_000))).catch((e: unknown) => e);
      expect(Date.now() - started).toBeLessThan(1_000); // no attempt, no retry
      expect(error).toBeInstanceOf(SubjectError);
      expect((error as SubjectError).message).toMatch(/70009 bytes of UTF-8, above the 2048 bytes .*max_control_line, 4096 bytes by default/);
      expect((error as SubjectError).message.length).toBeLessThan(600); // the id is cut in the message
      // Counted in UTF-8 bytes: 'é' is two (1,020 characters, 2,040 bytes), and `events.2.` 9.
      const over = 'é'.repeat(1_020);
      expect(9 + 2 * 1_020).toBe(MAX_SUBJECT_BYTES + 1);
      await expect(bus.forward(withId(over))).rejects.toMatchObject({ name: 'SubjectError', message: expect.stringMatching(/2049 bytes of UTF-8/) });
      const event = volumeCreate('long-id-publish');
      await expect(bus.publish({ ...event, metadata: { ...event.metadata, id: `${over}-publish` } })).rejects.toBeInstanceOf(SubjectError);
      expect(await fixture.streamSize()).toBe(before);
      const atLimit = `${'é'.repeat(1_019)}x`;
      const raws: string[] = [];
      await bus.subscribe({ 'volume.create': (_event, delivery) => void raws.push(delivery.subject) });
      const ack = await bus.forward(withId(atLimit));
      expect(new TextEncoder().encode(ack.subject).length).toBe(MAX_SUBJECT_BYTES);
      await waitFor(() => raws.length === 1, 5_000, 'the event at the limit');
      expect(raws).toEqual([`events.2.${atLimit}`]);
    });

    it('forward, publish - a message above 1 MiB (the NATS default max_payload, event and headers) is refused after one attempt with a PublishError that says its size and the limit', async () => {
      const MAX_PAYLOAD = 1_048_576; // nats-server's default max_payload; the in-memory bus's default maxPayload
      const HEADERS = 63; // NATS/1.0\r\n, Nats-Msg-Id: <36-character id>\r\n, \r\n (no trace headers here)
      const sized = (bytes: number): string => {
        const base = encodeToString(volumeCreate('big'));
        return base.replace('"target":', `"x":"${'a'.repeat(bytes - base.length - '"x":"",'.length)}","target":`);
      };
      const before = await fixture.streamSize();
      const started = Date.now();
      const error = await bus.forward(sized(MAX_PAYLOAD - HEADERS + 1)).catch((e: unknown) => e);
      expect(Date.now() - started).toBeLessThan(1_000);
      expect(error).toBeInstanceOf(PublishError);
      expect(error).toMatchObject({ attempts: 1 });
      expect((error as PublishError).message).toMatch(/the message is 1048577 bytes \(1048514 of event, 63 of headers\), above .* of 1048576 bytes \(MAX_PAYLOAD_EXCEEDED\)/);
      await expect(bus.publish(createEvent('volume.create', { target: 'y'.repeat(2_000_000) }))).rejects.toMatchObject({
        name: 'PublishError',
        attempts: 1,
        message: expect.stringMatching(/max_payload/),
      });
      expect(await fixture.streamSize()).toBe(before);
      const ack = await bus.forward(sized(MAX_PAYLOAD - HEADERS));
      expect(ack.duplicate).toBe(false);
      expect(await fixture.streamSize()).toBe(before + 1);
    });

    it('forward - an invalid message is refused with its DecodeError and nothing is sent', async () => {
      const before = await fixture.streamSize();
      await expect(bus.forward('{"category":2,"action":1,"target":"t"')).rejects.toMatchObject({ name: 'DecodeError', code: 'syntax' });
      await expect(bus.forward(encodeToString(volumeCreate('v')).replace('"version":1', '"version":1.0'))).rejects.toMatchObject({
        name: 'DecodeError',
        path: '/metadata/version',
      });
      expect(await fixture.streamSize()).toBe(before);
    });

    it('publish - delivery is asynchronous: nothing is handled before publish resolves its caller', async () => {
      const seen: string[] = [];
      await bus.subscribe({ '>': (e) => void seen.push(e.target) });
      const pending = bus.publish(volumeCreate('a'));
      expect(seen).toEqual([]);
      await pending;
      await waitFor(() => seen.length === 1);
    });

    it('subscribe - each event goes to every handler whose key matches it', async () => {
      const byKey: Record<string, string[]> = { exact: [], category: [], action: [], all: [] };
      await bus.subscribe({
        'volume.create': (e) => void byKey.exact!.push(e.target),
        'nexus.*': (e) => void byKey.category!.push(e.target),
        '*.create': (e) => void byKey.action!.push(e.target),
        '>': (e) => void byKey.all!.push(e.target),
      });
      await bus.publish(volumeCreate('v'));
      await bus.publish(nexusCreate('n'));
      await bus.publish(createEvent('volume.delete', { target: 'd' }));
      await bus.publish(createEvent('pool.create', { target: 'p', node: 'n1' }));
      await waitFor(() => byKey.all!.length === 4);
      await sleep(20);
      expect(byKey).toEqual({ exact: ['v'], category: ['n'], action: ['v', 'n', 'p'], all: ['v', 'n', 'd', 'p'] });
    });

    it('subscribe - a category key narrows the consumer server-side', async () => {
      const seen: string[] = [];
      const subscription = await bus.subscribe({ 'volume.*': (e) => void seen.push(e.target) });
      expect(subscription.filter).toBe('events.2.>');
      await bus.publish(nexusCreate('n'));
      await bus.publish(volumeCreate('v'));
      await waitFor(() => seen.length === 1);
      expect(seen).toEqual(['v']);
    });

    it('subscribe - deliver policy all reads the stored events, new only later ones, startSequence from there', async () => {
      const first = await bus.publish(volumeCreate('old-1'));
      await bus.publish(volumeCreate('old-2'));
      const all: string[] = [];
      const fresh: string[] = [];
      const fromSecond: string[] = [];
      await bus.subscribe({ '>': (e) => void all.push(e.target) }, { deliver: { policy: 'all' } });
      await bus.subscribe({ '>': (e) => void fresh.push(e.target) }, { deliver: { policy: 'new' } });
      await bus.subscribe({ '>': (e) => void fromSecond.push(e.target) }, { deliver: { policy: 'startSequence', startSequence: first.sequence + 1 } });
      await bus.publish(volumeCreate('new-1'));
      await waitFor(() => all.length === 3 && fresh.length === 1 && fromSecond.length === 2);
      expect(all).toEqual(['old-1', 'old-2', 'new-1']);
      expect(fresh).toEqual(['new-1']);
      expect(fromSecond).toEqual(['old-2', 'new-1']);
    });

    it('subscribe - deliver policy startTime skips older events', async () => {
      await bus.publish(volumeCreate('before'));
      await sleep(50);
      const since = new Date();
      await sleep(10);
      await bus.publish(volumeCreate('after'));
      const seen: string[] = [];
      await bus.subscribe({ '>': (e) => void seen.push(e.target) }, { deliver: { policy: 'startTime', startTime: since } });
      await waitFor(() => seen.length === 1);
      await sleep(30);
      expect(seen).toEqual(['after']);
    });

    it('subscribe - concurrency 1 handles events one at a time in stream order', async () => {
      const seen: string[] = [];
      let running = 0;
      let most = 0;
      await bus.subscribe({
        '>': async (e) => {
          running++;
          most = Math.max(most, running);
          await sleep(2);
          seen.push(e.target);
          running--;
        },
      });
      const expected = Array.from({ length: 20 }, (_, i) => `v${i}`);
      await Promise.all(expected.map((target) => bus.publish(volumeCreate(target))));
      await waitFor(() => seen.length === 20);
      const sequenceOrder = expected; // published concurrently: the stream order is what counts
      expect(new Set(seen)).toEqual(new Set(sequenceOrder));
      expect(most).toBe(1);
    });

    it('subscribe - events published one after the other are handled in that order', async () => {
      const seen: string[] = [];
      await bus.subscribe({ '>': (e) => void seen.push(e.target) });
      const expected = Array.from({ length: 20 }, (_, i) => `v${i}`);
      for (const target of expected) await bus.publish(volumeCreate(target));
      await waitFor(() => seen.length === 20);
      expect(seen).toEqual(expected);
    });

    it('subscribe - concurrency n handles up to n events at once', async () => {
      let running = 0;
      let most = 0;
      let done = 0;
      await bus.subscribe(
        {
          '>': async () => {
            running++;
            most = Math.max(most, running);
            await sleep(30);
            running--;
            done++;
          },
        },
        { concurrency: 4 },
      );
      for (let i = 0; i < 12; i++) await bus.publish(volumeCreate(`v${i}`));
      await waitFor(() => done === 12);
      expect(most).toBeGreaterThan(1);
      expect(most).toBeLessThanOrEqual(4);
    });

    it('subscribe - a handler error redelivers the event with back-off until it succeeds', async () => {
      const counts: number[] = [];
      let handled = 0;
      await bus.subscribe(
        {
          'volume.create': (_e, delivery) => {
            counts.push(delivery.deliveryCount);
            if (delivery.deliveryCount < 3) throw new Error('not yet');
            handled++;
          },
        },
        { ...FAST, maxDeliver: 5 },
      );
      await bus.publish(volumeCreate());
      await waitFor(() => handled === 1);
      await sleep(80);
      expect(counts).toEqual([1, 2, 3]);
    });

    it('subscribe - with concurrency 1 a failed event is retried before the events after it', async () => {
      const seen: string[] = [];
      let failed = false;
      await bus.subscribe(
        {
          '>': (e) => {
            seen.push(e.target);
            if (e.target === 'a' && !failed) {
              failed = true;
              throw new Error('first try fails');
            }
          },
        },
        FAST,
      );
      for (const target of ['a', 'b', 'c']) await bus.publish(volumeCreate(target));
      await waitFor(() => seen.length === 4);
      await sleep(50);
      expect(seen).toEqual(['a', 'a', 'b', 'c']);
    });

    it('subscribe - a throwing onUnknown hook is retried like a handler', async () => {
      const counts: number[] = [];
      await bus.subscribe(
        { '>': () => undefined },
        {
          ...FAST,
          onUnknown: (_event, delivery) => {
            counts.push(delivery.deliveryCount);
            if (delivery.deliveryCount === 1) throw new Error('not yet');
          },
        },
      );
      await bus.publish({ ...volumeCreate('newer'), action: 99 });
      await waitFor(() => counts.length === 2);
      await sleep(50);
      expect(counts).toEqual([1, 2]);
    });

    it('subscribe - an event failing maxDeliver times is dead-lettered once and republished with the reason', async () => {
      const dead = await fixture.listen('dead-letter.events');
      const letters: DeadLetter[] = [];
      const good: string[] = [];
      let attempts = 0;
      await bus.subscribe(
        {
          'volume.create': (e) => {
            if (e.target === 'poison') {
              attempts++;
              throw new Error('handler refuses\nthis one');
            }
            good.push(e.target);
          },
        },
        { ...FAST, maxDeliver: 3, onDeadLetter: (letter) => void letters.push(letter), deadLetterSubject: 'dead-letter.events' },
      );
      const poison = volumeCreate('poison');
      await bus.publish(poison);
      await bus.publish(volumeCreate('after'));
      await waitFor(() => letters.length === 1 && good.length === 1 && dead.messages.length === 1);
      await sleep(80);
      expect(attempts).toBe(3);
      expect(letters).toHaveLength(1);
      const letter = letters[0]!;
      expect(letter.event).toEqual(poison);
      expect(letter.deliveries).toBe(3);
      expect(letter.reason).toBe('handler refuses\nthis one');
      expect(Buffer.from(letter.raw)).toEqual(Buffer.from(encode(poison)));
      const message = dead.messages[0]!;
      expect(Buffer.from(message.data)).toEqual(Buffer.from(encode(poison)));
      expect(message.headers[DEAD_LETTER_HEADERS.reason]).toBe('handler refuses this one');
      expect(message.headers[DEAD_LETTER_HEADERS.deliveries]).toBe('3');
      expect(message.headers[DEAD_LETTER_HEADERS.subject]).toBe(wireSubject(poison));
      expect(good).toEqual(['after']);
      dead.stop();
    });

    it('subscribe - a handler throwing a null-prototype object is retried, then dead-lettered, and delivery goes on', async () => {
      const dead = await fixture.listen('dead-letter.events');
      const letters: DeadLetter[] = [];
      const good: string[] = [];
      const counts: number[] = [];
      const thrown = Object.create(null) as object; // String(thrown) throws
      await bus.subscribe(
        {
          'volume.create': (e, delivery) => {
            if (e.target === 'poison') {
              counts.push(delivery.deliveryCount);
              throw thrown;
            }
            good.push(e.target);
          },
        },
        { ...FAST, maxDeliver: 2, onDeadLetter: (letter) => void letters.push(letter), deadLetterSubject: 'dead-letter.events' },
      );
      await bus.publish(volumeCreate('poison'));
      await bus.publish(volumeCreate('after'));
      await waitFor(() => letters.length === 1 && good.length === 1 && dead.messages.length === 1);
      await sleep(80);
      expect(counts).toEqual([1, 2]);
      expect(letters).toHaveLength(1);
      expect(letters[0]!.error).toBe(thrown);
      expect(typeof letters[0]!.reason).toBe('string');
      expect(dead.messages[0]!.headers[DEAD_LETTER_HEADERS.deliveries]).toBe('2');
      expect(good).toEqual(['after']);
      dead.stop();
    });

    it('subscribe - a logger whose methods throw does not stop delivery', async () => {
      const calls: string[] = [];
      const fail = (level: string) => (message: string) => {
        calls.push(`${level}: ${message}`);
        throw new Error(`logger down (${level})`);
      };
      const noisy = await factory({ logger: { debug: fail('debug'), info: fail('info'), warn: fail('warn'), error: fail('error') } });
      try {
        const good: string[] = [];
        let poisonAttempts = 0;
        await noisy.bus.subscribe(
          {
            'volume.create': (e) => {
              if (e.target === 'poison') {
                poisonAttempts++;
                throw new Error('handler refuses');
              }
              good.push(e.target);
            },
          },
          {
            ...FAST,
            maxDeliver: 1,
            onDeadLetter: () => {
              throw new Error('onDeadLetter bug'); // reported to the throwing logger
            },
          },
        );
        await noisy.bus.publish(volumeCreate('g1'));
        await noisy.bus.publish(volumeCreate('poison'));
        await noisy.publishRaw('events.2.garbage', Buffer.from('not json')); // no onInvalid: logged
        await noisy.bus.publish(volumeCreate('g2'));
        await waitFor(() => good.length === 2);
        await sleep(80);
        expect(good).toEqual(['g1', 'g2']);
        expect(poisonAttempts).toBe(1);
        expect(calls).toEqual(expect.arrayContaining([expect.stringMatching(/^warn: event dead-lettered/), expect.stringMatching(/^error: onDeadLetter hook threw/), 'warn: invalid message terminated']));
      } finally {
        await noisy.dispose();
      }
    });

    it('subscribe - poison messages are reported to onInvalid, terminated, and the good events around them handled', async () => {
      const invalid: { error: DecodeError; delivery: Delivery }[] = [];
      const good: string[] = [];
      await bus.subscribe({ '>': (e) => void good.push(e.target) }, { ...FAST, onInvalid: (error, delivery) => void invalid.push({ error, delivery }) });
      const broken = JSON.parse(encodeToString(volumeCreate('broken'))) as { metadata: { version: unknown } };
      broken.metadata.version = '1';
      await bus.publish(volumeCreate('g1'));
      await fixture.publishRaw('events.2.garbage', new Uint8Array([0xff, 0xfe, 0x00, 0x01]));
      await bus.publish(volumeCreate('g2'));
      await fixture.publishRaw('events.2.broken', Buffer.from(JSON.stringify(broken)));
      await fixture.publishRaw('events.2.text', Buffer.from('not json'));
      await bus.publish(volumeCreate('g3'));
      await waitFor(() => good.length === 3 && invalid.length === 3);
      await sleep(100);
      expect(good).toEqual(['g1', 'g2', 'g3']);
      expect(invalid.map(({ error }) => error.code)).toEqual(['utf8', 'schema', 'syntax']);
      expect(invalid[1]!.error.path).toBe('/metadata/version');
      expect(Buffer.from(invalid[0]!.delivery.raw)).toEqual(Buffer.from([0xff, 0xfe, 0x00, 0x01]));
      expect(invalid.every(({ delivery }) => delivery.deliveryCount === 1)).toBe(true);
    });

    it('poison - a message whose decode step throws is given back maxDeliver times, then reaches onInvalid; the events behind it are all handled', async () => {
      expectDecodeFault();
      const warnings: string[] = [];
      const logged = await factory({ logger: { warn: (message) => void warnings.push(message) } });
      try {
        const invalid: { error: DecodeError; delivery: Delivery }[] = [];
        const good: string[] = [];
        await logged.bus.subscribe(
          { '>': (e) => void good.push(e.target) },
          { ...FAST, maxDeliver: 3, onInvalid: (error, delivery) => void invalid.push({ error, delivery }) },
        );
        const poison = volumeCreate(DECODE_THROWS);
        const behind = Array.from({ length: 10 }, (_, i) => `behind-${i}`);
        await logged.bus.publish(volumeCreate('before'));
        await logged.bus.publish(poison);
        for (const target of behind) await logged.bus.publish(volumeCreate(target));
        await waitFor(() => good.length === 11 && invalid.length === 1, 10_000, 'the events and the verdict on the poison message');
        await sleep(100);
        expect(good).toEqual(['before', ...behind]);
        expect(invalid).toHaveLength(1);
        const [{ error, delivery }] = invalid as [(typeof invalid)[0]];
        expect(error).toBeInstanceOf(DecodeError);
        expect(error.code).toBe('internal');
        expect(error.reason).toContain(`RangeError: ${INJECTED_RANGE_ERROR}`);
        expect(Buffer.from(error.raw as Uint8Array)).toEqual(Buffer.from(encode(poison)));
        expect(delivery.deliveryCount).toBe(3);
        // Given back (nak) on the first two deliveries, each time with a warning: three deliveries in all.
        expect(warnings.filter((message) => message.startsWith('this SDK failed to read a message'))).toHaveLength(2);
      } finally {
        await logged.dispose();
      }
    });

    it('poison - an event whose routing throws is given back maxDeliver times, then dead-lettered; the events behind it are all handled', async () => {
      expectDecodeFault();
      const letters: DeadLetter[] = [];
      const good: string[] = [];
      await bus.subscribe({ '>': (e) => void good.push(e.target) }, { ...FAST, maxDeliver: 2, onDeadLetter: (letter) => void letters.push(letter) });
      const poison = volumeCreate(ROUTE_THROWS);
      await bus.publish(poison);
      await bus.publish(volumeCreate('behind-1'));
      await bus.publish(volumeCreate('behind-2'));
      await waitFor(() => good.length === 2 && letters.length === 1, 10_000, 'the events and the dead letter');
      await sleep(100);
      expect(good).toEqual(['behind-1', 'behind-2']);
      expect(letters).toHaveLength(1);
      expect(letters[0]!.event).toEqual(poison);
      expect(letters[0]!.deliveries).toBe(2);
      expect(letters[0]!.error).toBeInstanceOf(TypeError);
    });

    it('poison - an unknown member nested 100,000 deep is skipped as the Rust services skip it: the event is handled, and those behind it', async () => {
      const invalid: DecodeError[] = [];
      const good: string[] = [];
      await bus.subscribe({ '>': (e) => void good.push(e.target) }, { ...FAST, maxDeliver: 3, onInvalid: (error) => void invalid.push(error) });
      await bus.publish(volumeCreate('before'));
      await fixture.publishRaw('events.2.deep-unknown', Buffer.from(deepUnknownMember('deep')));
      for (let i = 0; i < 5; i++) await bus.publish(volumeCreate(`behind-${i}`));
      await waitFor(() => good.length === 7, 10_000, 'every event');
      await sleep(50);
      expect(good).toEqual(['before', 'deep', 'behind-0', 'behind-1', 'behind-2', 'behind-3', 'behind-4']);
      expect(invalid).toEqual([]);
    });

    it('poison - a known member nested 100,000 deep is invalid: onInvalid on the first delivery, and the events behind it are handled', async () => {
      const invalid: { error: DecodeError; delivery: Delivery }[] = [];
      const good: string[] = [];
      await bus.subscribe({ '>': (e) => void good.push(e.target) }, { ...FAST, maxDeliver: 3, onInvalid: (error, delivery) => void invalid.push({ error, delivery }) });
      await bus.publish(volumeCreate('before'));
      await fixture.publishRaw('events.2.deep-known', Buffer.from(deepKnownMember()));
      for (let i = 0; i < 5; i++) await bus.publish(volumeCreate(`behind-${i}`));
      await waitFor(() => good.length === 6 && invalid.length === 1, 10_000, 'every event and the verdict');
      await sleep(50);
      expect(good).toEqual(['before', 'behind-0', 'behind-1', 'behind-2', 'behind-3', 'behind-4']);
      expect(invalid[0]!.error.code).not.toBe('internal'); // a verdict on the message, not a failure of the SDK
      expect(invalid[0]!.error.path).toBe('/target');
      expect(invalid[0]!.delivery.deliveryCount).toBe(1);
    });

    it('forward - a message this SDK fails to read is refused with a DecodeError, never the codec\'s own throw; deep nesting is judged as Rust does', async () => {
      expectDecodeFault();
      const before = await fixture.streamSize();
      const refused = await bus.forward(encodeToString(volumeCreate(DECODE_THROWS))).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(DecodeError);
      expect(refused).toMatchObject({ code: 'internal', reason: expect.stringContaining(INJECTED_RANGE_ERROR) });
      await expect(bus.forward(deepKnownMember())).rejects.toBeInstanceOf(DecodeError);
      expect(await fixture.streamSize()).toBe(before);
      const deep = deepUnknownMember('deep-forwarded');
      const ack = await bus.forward(deep);
      expect(ack.duplicate).toBe(false);
      expect(await fixture.streamSize()).toBe(before + 1);
    });

    it('subscribe - unknown events go to onUnknown and are acked', async () => {
      const unknown: UnknownEvent[] = [];
      const good: string[] = [];
      await bus.subscribe({ '>': (e) => void good.push(e.target) }, { ...FAST, onUnknown: (event) => void unknown.push(event) });
      const newer = { ...volumeCreate('newer'), category: 99 };
      await bus.publish(newer);
      await bus.publish(volumeCreate('known'));
      await waitFor(() => unknown.length === 1 && good.length === 1);
      await sleep(80);
      expect(unknown).toHaveLength(1);
      expect(unknown[0]!.event.category).toBe(99);
      expect(unknown[0]!.event.target).toBe('newer');
      expect(good).toEqual(['known']);
    });

    it('subscribe - events without a matching handler are acked and not redelivered', async () => {
      const seen: string[] = [];
      const other: number[] = [];
      await bus.subscribe({ 'volume.delete': () => void seen.push('delete'), 'nexus.create': (_e, d) => void other.push(d.deliveryCount) }, FAST);
      await bus.publish(volumeCreate('v'));
      await bus.publish(createEvent('volume.delete', { target: 'd' }));
      await waitFor(() => seen.length === 1);
      await sleep(80);
      expect(seen).toEqual(['delete']);
    });

    it('publish - the same event id twice is stored and handled once', async () => {
      const seen: string[] = [];
      await bus.subscribe({ '>': (e) => void seen.push(e.target) });
      const event = volumeCreate('once');
      const first = await bus.publish(event);
      const second = await bus.publish(event);
      expect(second.duplicate).toBe(true);
      expect(second.sequence).toBe(first.sequence);
      await waitFor(() => seen.length === 1);
      await sleep(80);
      expect(seen).toEqual(['once']);
      expect(await fixture.streamSize()).toBe(1);
    });

    for (const concurrency of [1, 4]) {
      it(`dedupe - the same event stored again while its handler runs (a publisher's retry without msg-id) runs the handler once, concurrency ${concurrency}`, async () => {
        const event = volumeCreate('retried');
        const bytes = encode(event);
        let started = 0;
        let finished = 0;
        const subscription = await bus.subscribe(
          {
            'volume.create': async () => {
              started++;
              await sleep(300);
              finished++;
            },
          },
          { concurrency },
        );
        await fixture.publishRaw(wireSubject(event), bytes);
        await waitFor(() => started === 1, 5_000, 'the handler to start');
        await fixture.publishRaw(wireSubject(event), bytes);
        await waitFor(() => finished === 1, 5_000, 'the handler to finish');
        await sleep(300); // room for a second run, had the copy been handled
        await subscription.stop();
        expect([started, finished]).toEqual([1, 1]);
      });
    }

    it('dedupe - the same event stored again while its first handling fails is handled after that failure, once: nothing lost', async () => {
      const event = volumeCreate('retried');
      const bytes = encode(event);
      const outcomes: string[] = [];
      let running = 0;
      let most = 0;
      await bus.subscribe(
        {
          'volume.create': async () => {
            most = Math.max(most, ++running);
            await sleep(300);
            running--;
            if (outcomes.length === 0) {
              outcomes.push('failed');
              throw new Error('the first handling fails');
            }
            outcomes.push('handled');
          },
        },
        { ...FAST, concurrency: 4 },
      );
      await fixture.publishRaw(wireSubject(event), bytes);
      await waitFor(() => running === 1, 5_000, 'the handler to start');
      await fixture.publishRaw(wireSubject(event), bytes);
      await waitFor(() => outcomes.includes('handled'), 10_000, 'the event handled');
      await sleep(400);
      expect(outcomes).toEqual(['failed', 'handled']);
      expect(most).toBe(1); // the copy waited for the first handling instead of running beside it
    });

    it('dedupe - a different event reusing the subject of a handled one is handled, with a warning naming the subject; its retry is not', async () => {
      const warnings: string[] = [];
      const logged = await factory({ logger: { warn: (message) => void warnings.push(message) } });
      try {
        const created = volumeCreate('reused');
        const deletion = createEvent('volume.delete', { target: 'reused' });
        const deleted = { ...deletion, metadata: { ...deletion.metadata, id: created.metadata.id } };
        const subject = wireSubject(created);
        expect(wireSubject(deleted)).toBe(subject);
        const seen: string[] = [];
        await logged.bus.subscribe({ 'volume.create': () => void seen.push('create'), 'volume.delete': () => void seen.push('delete') }, FAST);
        await logged.publishRaw(subject, encode(created));
        await waitFor(() => seen.length === 1, 5_000, 'the create');
        await logged.publishRaw(subject, encode(deleted));
        await waitFor(() => seen.length === 2, 5_000, 'the delete');
        await logged.publishRaw(subject, encode(deleted)); // a retry of the delete: the same bytes
        await sleep(200);
        expect(seen).toEqual(['create', 'delete']);
        expect(warnings.filter((warning) => warning.includes(subject))).toHaveLength(1);
      } finally {
        await logged.dispose();
      }
    });

    it('publish - an invalid event or an unsafe id is refused before anything is sent', async () => {
      const event = volumeCreate('v');
      await expect(bus.publish({ ...event, target: 7 } as never)).rejects.toBeInstanceOf(EventValidationError);
      await expect(bus.publish({ ...event, metadata: { ...event.metadata, version: 2 } } as never)).rejects.toBeInstanceOf(EventValidationError);
      for (const id of ['a.b', 'a*', '>', 'a b', '']) {
        await expect(bus.publish({ ...event, metadata: { ...event.metadata, id } })).rejects.toBeInstanceOf(SubjectError);
      }
      expect(await fixture.streamSize()).toBe(0);
    });

    it('subscribe - invalid options and unknown keys are refused with a typed error', async () => {
      await expect(bus.subscribe({ '>': () => undefined }, { concurrency: 0 })).rejects.toBeInstanceOf(BusOptionsError);
      await expect(bus.subscribe({ '>': () => undefined }, { maxDeliver: 1.5 })).rejects.toBeInstanceOf(BusOptionsError);
      await expect(bus.subscribe({ '>': () => undefined }, { backoff: [] })).rejects.toBeInstanceOf(BusOptionsError);
      await expect(bus.subscribe({ '>': () => undefined }, { durable: 'a.b' })).rejects.toBeInstanceOf(BusOptionsError);
      await expect(bus.subscribe({ '>': () => undefined }, { deadLetterSubject: 'events.dead' })).rejects.toBeInstanceOf(BusOptionsError);
      await expect(bus.subscribe({ '>': () => undefined }, { deliver: { policy: 'startTime', startTime: 'yesterday' } })).rejects.toBeInstanceOf(
        BusOptionsError,
      );
      await expect(bus.subscribe({ '>': () => undefined }, { stopTimeout: -1 })).rejects.toBeInstanceOf(BusOptionsError);
      await expect(bus.subscribe({ '>': () => undefined }, { stopTimeout: 0.5 })).rejects.toBeInstanceOf(BusOptionsError);
      await expect(bus.subscribe({ '>': () => undefined }, { bogus: 1 } as never)).rejects.toBeInstanceOf(BusOptionsError);
      await expect(bus.subscribe({ 'volume.resize': () => undefined } as never)).rejects.toBeInstanceOf(SubjectError);
    });

    it('subscribe - two ephemeral subscribers each receive every event', async () => {
      const a: string[] = [];
      const b: string[] = [];
      await bus.subscribe({ '>': (e) => void a.push(e.target) });
      await bus.subscribe({ '>': (e) => void b.push(e.target) });
      await bus.publish(volumeCreate('x'));
      await waitFor(() => a.length === 1 && b.length === 1);
    });

    it('stop - waits for the handlers in flight and then delivers nothing more', async () => {
      let finished = 0;
      const seen: string[] = [];
      const subscription = await bus.subscribe({
        '>': async (e) => {
          seen.push(e.target);
          await sleep(100);
          finished++;
        },
      });
      await bus.publish(volumeCreate('slow'));
      await waitFor(() => seen.length === 1);
      await subscription.stop();
      expect(finished).toBe(1);
      await bus.publish(volumeCreate('later'));
      await sleep(100);
      expect(seen).toEqual(['slow']);
    });

    it('stop - a handler that never settles holds stop() only stopTimeout: its event is given back to the next subscriber, and its late settle acks nothing', async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const firstRun: string[] = [];
      const first = await bus.subscribe(
        {
          '>': async (e) => {
            firstRun.push(e.target);
            await gate;
          },
        },
        { durable: 'stuck', stopTimeout: 200 },
      );
      await bus.publish(volumeCreate('stuck'));
      await waitFor(() => firstRun.length === 1);
      await first.stop(); // the handler has not settled: the test times out if stop() waits for it
      release(); // it settles now, successfully: its event must not be acked, it was given back
      await sleep(100);
      const other = await fixture.another();
      const second: { target: string; deliveryCount: number }[] = [];
      const secondSubscription = await other.subscribe({ '>': (e, delivery) => void second.push({ target: e.target, deliveryCount: delivery.deliveryCount }) }, { durable: 'stuck' });
      await waitFor(() => second.length === 1, 10_000, 'the event given back');
      await sleep(50);
      expect(second).toEqual([{ target: 'stuck', deliveryCount: 2 }]);
      expect(firstRun).toEqual(['stuck']);
      await secondSubscription.stop();
    });

    it('close - a handler that never settles holds close() only stopTimeout, and its event is given back', async () => {
      let started = false;
      await bus.subscribe(
        {
          '>': () => {
            started = true;
            return new Promise<never>(() => undefined);
          },
        },
        { durable: 'never-settles', stopTimeout: 100 },
      );
      await bus.publish(volumeCreate('never'));
      await waitFor(() => started);
      await bus.close(); // the test times out if close() waits for the handler
      await expect(bus.publish(volumeCreate())).rejects.toBeInstanceOf(BusClosedError);
      const other = await fixture.another();
      if (other === bus) return; // the in-memory bus's stream went with it
      const redelivered: number[] = [];
      await other.subscribe({ '>': (_e, delivery) => void redelivered.push(delivery.deliveryCount) }, { durable: 'never-settles' });
      await waitFor(() => redelivered.length === 1, 10_000, 'the event given back');
      expect(redelivered).toHaveLength(1);
      expect(redelivered[0]).toBeGreaterThan(1);
    });

    it('durable - a subscriber stopped mid-stream is resumed by the next one on the same durable, nothing lost', async () => {
      const total = 30;
      const first: string[] = [];
      const firstSubscription = await bus.subscribe(
        {
          '>': async (e) => {
            first.push(e.target);
            await sleep(3);
          },
        },
        { durable: 'resume-test' },
      );
      for (let i = 0; i < total; i++) await bus.publish(volumeCreate(`v${i}`));
      await waitFor(() => first.length >= 5);
      await firstSubscription.stop();
      const handledFirst = [...first];
      expect(handledFirst.length).toBeLessThan(total);

      const other = await fixture.another();
      const second: string[] = [];
      const secondSubscription = await other.subscribe({ '>': (e) => void second.push(e.target) }, { durable: 'resume-test' });
      await waitFor(() => new Set([...handledFirst, ...second]).size === total, 10_000, 'every event');
      await sleep(50);
      // Every event handled; the handlers of the first run finished and were acked, so no event twice.
      expect([...handledFirst, ...second].sort()).toEqual(Array.from({ length: total }, (_, i) => `v${i}`).sort());
      await secondSubscription.stop();
      if (other !== bus) await other.close();
    });

    it('close - a handler still running while close() stops the subscriptions cannot publish: BusClosedError', async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const outcomes: unknown[] = [];
      let started = false;
      await bus.subscribe({
        'volume.create': async (e) => {
          if (e.target !== 'trigger') return;
          started = true;
          await gate;
          outcomes.push(await bus.publish(volumeCreate('from-handler')).catch((error: unknown) => error));
        },
      });
      await bus.publish(volumeCreate('trigger'));
      await waitFor(() => started);
      const closing = bus.close();
      release();
      await closing;
      expect(outcomes).toHaveLength(1);
      expect(outcomes[0]).toBeInstanceOf(BusClosedError);
      await expect(bus.publish(volumeCreate())).rejects.toBeInstanceOf(BusClosedError);
    });

    it('close - publish and subscribe afterwards are refused with BusClosedError', async () => {
      await bus.close();
      await expect(bus.publish(volumeCreate())).rejects.toBeInstanceOf(BusClosedError);
      await expect(bus.subscribe({ '>': () => undefined })).rejects.toBeInstanceOf(BusClosedError);
    });

    it('dispose - await using stops a subscription at the end of its block, and closes a bus', async () => {
      const seen: string[] = [];
      {
        await using subscription = await bus.subscribe({ '>': (e) => void seen.push(e.target) });
        expect(subscription.name).not.toBe('');
        await bus.publish(volumeCreate('inside'));
        await waitFor(() => seen.length === 1);
      }
      await bus.publish(volumeCreate('after'));
      await sleep(100);
      expect(seen).toEqual(['inside']);
      const other = await fixture.another();
      {
        await using disposed = other;
        await disposed.publish(volumeCreate('by-the-other'));
      }
      await expect(other.publish(volumeCreate())).rejects.toBeInstanceOf(BusClosedError);
    });

    it('signal - subscribe with an aborted signal rejects with an AbortError; aborting later stops the subscription', async () => {
      const early = new AbortController();
      early.abort(new Error('not wanted'));
      const refused = await bus.subscribe({ '>': () => undefined }, { signal: early.signal }).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(AbortedError);
      expect(refused).toMatchObject({ name: 'AbortError', cause: early.signal.reason });
      const controller = new AbortController();
      const seen: string[] = [];
      await bus.subscribe({ '>': (e) => void seen.push(e.target) }, { signal: controller.signal, durable: 'aborted-later' });
      await bus.publish(volumeCreate('before'));
      await waitFor(() => seen.length === 1);
      controller.abort();
      await sleep(50);
      await bus.publish(volumeCreate('after'));
      await sleep(100);
      expect(seen).toEqual(['before']);
      // Stopped, not lost: the durable resumes with the event published after the abort.
      const resumed: string[] = [];
      const again = await bus.subscribe({ '>': (e) => void resumed.push(e.target) }, { durable: 'aborted-later' });
      await waitFor(() => resumed.length === 1, 5_000, 'the event after the abort');
      expect(resumed).toEqual(['after']);
      await again.stop();
      await expect(bus.subscribe({ '>': () => undefined }, { signal: 'no' as never })).rejects.toBeInstanceOf(BusOptionsError);
    });

    it('events - for await hands over typed events one at a time, acking each as the loop moves on; break after ack() stops', async () => {
      await bus.publish(nexusCreate('n1'));
      await bus.publish(volumeCreate('not-nexus'));
      await bus.publish(createEvent('nexus.delete', { target: 'n2', node: 'io-engine-1' }));
      await bus.publish(nexusCreate('n3'));
      const seen: string[] = [];
      for await (const item of bus.events('nexus.*', { durable: 'loop' })) {
        const { key, event, delivery } = item;
        seen.push(`${key} ${event.target} ${delivery.deliveryCount}`);
        if (key === 'nexus.delete') {
          item.ack();
          break;
        }
      }
      expect(seen).toEqual(['nexus.create n1 1', 'nexus.delete n2 1']);
      // Both were acked: the durable resumes after them.
      const next: string[] = [];
      for await (const { event } of bus.events('nexus.*', { durable: 'loop' })) {
        next.push(event.target);
        break; // without ack(): n3 is given back
      }
      expect(next).toEqual(['n3']);
      const again: EventItem<'nexus.*'>[] = [];
      for await (const item of bus.events('nexus.*', { durable: 'loop' })) {
        again.push(item);
        item.ack();
        break;
      }
      // Given back: delivered again (on NATS the closing pulls may bring it back and give it back once more).
      expect(again.map((item) => item.event.target)).toEqual(['n3']);
      expect(again[0]!.delivery.deliveryCount).toBeGreaterThan(1);
    });

    it('events - an event that arrives while the body still runs after ack() waits for the body: none is skipped', async () => {
      for (const target of ['a', 'b', 'c']) await bus.publish(volumeCreate(target));
      const seen: string[] = [];
      for await (const { event, ack } of bus.events('volume.*')) {
        ack(); // the next event is sent now, and arrives before the body asks for it
        await sleep(50);
        seen.push(event.target);
        if (seen.length === 3) break;
      }
      expect(seen).toEqual(['a', 'b', 'c']);
    });

    it('events - a throw in the loop body gives its event back (redelivered), and the loop ends with that error', async () => {
      await bus.publish(volumeCreate('fails'));
      const failure = new Error('body failed');
      const thrown = await (async () => {
        for await (const { event } of bus.events('volume.*', { durable: 'throwing', backoff: [0] })) {
          if (event.target === 'fails') throw failure;
        }
      })().catch((error: unknown) => error);
      expect(thrown).toBe(failure);
      const redelivered: number[] = [];
      for await (const { delivery, ack } of bus.events('volume.*', { durable: 'throwing' })) {
        redelivered.push(delivery.deliveryCount);
        ack();
        break;
      }
      expect(redelivered).toHaveLength(1);
      expect(redelivered[0]).toBeGreaterThan(1);
    });

    it('events - an abort ends the loop with an AbortError, closing the bus ends it quietly, and concurrency is refused', async () => {
      const controller = new AbortController();
      const loop = (async () => {
        const seen: string[] = [];
        for await (const { event } of bus.events('>', { signal: controller.signal })) seen.push(event.target);
        return seen;
      })();
      await bus.publish(volumeCreate('one'));
      await sleep(100);
      controller.abort();
      await expect(loop).rejects.toBeInstanceOf(AbortedError);
      expect(() => bus.events('>', { concurrency: 2 } as never)).toThrow(BusOptionsError);
      const quiet = (async () => {
        const seen: string[] = [];
        for await (const { event } of bus.events('volume.*')) seen.push(event.target);
        return seen;
      })();
      await sleep(100);
      await bus.close();
      expect(await quiet).toEqual(['one']);
    });

    it('events - await using a stream that was never iterated, or was left, is harmless', async () => {
      {
        await using stream = bus.events('volume.*');
        expect(typeof stream[Symbol.asyncIterator]).toBe('function');
      }
      await bus.publish(volumeCreate('x'));
      const seen: string[] = [];
      {
        await using stream = bus.events('volume.*');
        for await (const { event, ack } of stream) {
          seen.push(event.target);
          ack();
          break;
        }
      }
      expect(seen).toEqual(['x']);
    });

    it('subscribe - a signal whose addEventListener throws is refused, and nothing is left running', async () => {
      // subscribe failed with the signal's own error, but the subscription it had made ran on: its
      // handlers took events from a durable that nobody could stop.
      await bus.publish(volumeCreate('v1'));
      const signal = { aborted: false, addEventListener: () => { throw new Error('no listeners here'); }, removeEventListener: () => undefined } as unknown as AbortSignal;
      const orphan: string[] = [];
      const error = await bus.subscribe({ 'volume.create': (event) => void orphan.push(event.target) }, { durable: 'hostile-signal', signal }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(BusOptionsError);
      expect((error as BusOptionsError).option).toBe('signal');
      const handled: string[] = [];
      const subscription = await bus.subscribe({ 'volume.create': (event) => void handled.push(event.target) }, { durable: 'hostile-signal' });
      await waitFor(() => handled.length === 1, 5_000, 'the event');
      expect(orphan).toEqual([]);
      await subscription.stop();
    });

    it.each([
      ['an empty object', {}],
      ['a Map', new Map([['volume.*', () => undefined]])],
      ['an array', []],
      ['handlers only inherited', Object.create({ 'volume.*': () => undefined }) as object],
    ])('subscribe - %s is refused: it would ack every event and run nothing', async (_name, handlers) => {
      await bus.publish(volumeCreate('kept'));
      await expect(bus.subscribe(handlers as HandlerMap, { durable: 'no-handlers' })).rejects.toMatchObject({ name: 'BusOptionsError', option: 'handlers' });
      // Nothing was acked: the event is still there for a subscription with a handler.
      const seen: string[] = [];
      const subscription = await bus.subscribe({ 'volume.*': (event) => void seen.push(event.target) }, { durable: 'no-handlers' });
      await waitFor(() => seen.length === 1, 5_000, 'the event');
      expect(seen).toEqual(['kept']);
      await subscription.stop();
    });

    it('events - an event that arrived after ack() and never reached the loop body is given back, not dead-lettered, when the loop is left', async () => {
      await bus.publish(volumeCreate('v1'));
      await bus.publish(volumeCreate('v2'));
      const dead: string[] = [];
      const options = { durable: 'one-per-run', maxDeliver: 1, signal: AbortSignal.timeout(10_000), onDeadLetter: (letter: DeadLetter) => void dead.push(letter.event.target) };
      const seen: string[] = [];
      for (let run = 0; run < 2; run++) {
        for await (const item of bus.events('volume.*', options)) {
          seen.push(item.event.target);
          item.ack();
          await new Promise((resolve) => setTimeout(resolve, 10)); // work after the ack: v2 is handed over meanwhile
          break;
        }
      }
      expect(dead).toEqual([]);
      expect(seen).toEqual(['v1', 'v2']);
    });
  });
}

/** The largest message a fixture's bus may send: nats-server's default `max_payload`, the in-memory bus's default `maxPayload`. */
const FIXTURE_MAX_PAYLOAD = 1_048_576;

/** A volume.create of exactly `bytes` bytes encoded (its target padded with `x`). */
function volumeCreateOfSize(bytes: number): VolumeCreate {
  const base = encode(volumeCreate('')).length;
  return volumeCreate('x'.repeat(bytes - base));
}

/**
 * Dead letters that can never be republished (above max_payload) are terminated, not given back
 * for ever; a reason of any size is cut to fit a header. Part of `busBehaviour`.
 */
function deadLetterBehaviour(name: string, factory: (options?: BusFixtureOptions) => Promise<BusFixture>): void {
  describe(`${name} - dead letters that cannot be republished`, () => {
    it('publish - a message above max_payload is refused with a PublishError of code MAX_PAYLOAD_EXCEEDED; others have no code', async () => {
      const fixture = await factory();
      try {
        const error = await fixture.bus.publish(volumeCreateOfSize(FIXTURE_MAX_PAYLOAD)).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(PublishError);
        expect(error).toMatchObject({ code: 'MAX_PAYLOAD_EXCEEDED', attempts: 1 });
        expect(new PublishError('events.2.x', 3, 'TIMEOUT').code).toBeUndefined();
      } finally {
        await fixture.dispose();
      }
    });

    it('dead letter - an event whose letter is above max_payload is dead-lettered once and terminated, not redelivered; the error log says why', async () => {
      const errors: { message: string; details: unknown }[] = [];
      const fixture = await factory({ logger: { error: (message, details) => void errors.push({ message, details }) } });
      try {
        const dead = await fixture.listen('dead-letter.events');
        const letters: DeadLetter[] = [];
        const good: string[] = [];
        let attempts = 0;
        await fixture.bus.subscribe(
          {
            'volume.create': (e) => {
              if (e.target.startsWith('x')) {
                attempts++;
                throw new Error('handler refuses the big one');
              }
              good.push(e.target);
            },
          },
          { ...FAST, maxDeliver: 2, onDeadLetter: (letter) => void letters.push(letter), deadLetterSubject: 'dead-letter.events' },
        );
        // The largest event the bus publishes (with its 63 bytes of Nats-Msg-Id header): its letter's headers are larger.
        const big = volumeCreateOfSize(FIXTURE_MAX_PAYLOAD - 63);
        await fixture.bus.publish(big);
        await fixture.bus.publish(volumeCreate('after'));
        await waitFor(() => letters.length === 1 && good.length === 1, 5_000, 'the dead letter and the event behind it');
        await sleep(300); // many times the back-off: an event given back would have come again
        expect(attempts).toBe(2);
        expect(letters).toHaveLength(1);
        expect(letters[0]!).toMatchObject({ deliveries: 2, reason: 'handler refuses the big one', subject: wireSubject(big) });
        expect(dead.messages).toHaveLength(0);
        const refusals = errors.filter((entry) => /can never be republished/.test(entry.message));
        expect(refusals).toHaveLength(1);
        expect(refusals[0]!.message).toMatch(
          new RegExp(`^the dead letter of ${wireSubject(big).replace(/\./g, '\\.')} can never be republished to dead-letter\\.events \\(publish to dead-letter\\.events failed after 1 attempt\\(s\\): the (message|letter) is \\d+ bytes .*MAX_PAYLOAD_EXCEEDED.*\\); the event is terminated without it, and onDeadLetter is still called$`),
        );
        // Each bus names its limit and its size, and says what to do, as a publish above it does.
        const limit = name === 'nats bus' ? "the server's max_payload" : "the in-memory bus's maxPayload";
        expect(refusals[0]!.message).toContain(
          `of headers), above ${limit} of ${FIXTURE_MAX_PAYLOAD} bytes (MAX_PAYLOAD_EXCEEDED): it was not sent; shorten its strings, or raise max_payload in the nats-server configuration)`,
        );
        expect(refusals[0]!.details).toMatchObject({ error: { name: 'PublishError', code: 'MAX_PAYLOAD_EXCEEDED' }, eventSubject: wireSubject(big) });
        expect(errors.filter((entry) => /will be redelivered/.test(entry.message))).toHaveLength(0);
        dead.stop();
      } finally {
        await fixture.dispose();
      }
    });

    it('dead letter - a handler error with a 2 MB message: the letter is republished, its reason header cut to 1024 bytes with a marker, control characters made spaces', async () => {
      const fixture = await factory();
      try {
        const dead = await fixture.listen('dead-letter.events');
        const letters: DeadLetter[] = [];
        const huge = `first line\r\nsecond\u0000\tthird\u007f${'é'.repeat(1_000_000)}`; // 2,000,026 bytes of UTF-8, 2,000,024 once made a header
        let attempts = 0;
        await fixture.bus.subscribe(
          {
            'volume.create': () => {
              attempts++;
              throw new Error(huge);
            },
          },
          { ...FAST, maxDeliver: 2, onDeadLetter: (letter) => void letters.push(letter), deadLetterSubject: 'dead-letter.events' },
        );
        const event = volumeCreate('poison');
        await fixture.bus.publish(event);
        await waitFor(() => letters.length === 1 && dead.messages.length === 1, 5_000, 'the dead letter');
        await sleep(100);
        expect(attempts).toBe(2);
        expect(letters[0]!.reason).toBe(huge); // the whole reason for the hook
        const message = dead.messages[0]!;
        expect(Buffer.from(message.data)).toEqual(Buffer.from(encode(event)));
        const header = message.headers[DEAD_LETTER_HEADERS.reason]!;
        expect(Buffer.byteLength(header)).toBeLessThanOrEqual(1_024);
        expect(header).toMatch(/^first line second third é+ … \[cut: 2000024 bytes in all\]$/);
        expect(Buffer.byteLength(header)).toBeGreaterThan(1_020); // cut at the limit, on a character boundary
        expect(message.headers[DEAD_LETTER_HEADERS.deliveries]).toBe('2');
        dead.stop();
      } finally {
        await fixture.dispose();
      }
    });
  });
}
