// The window of handled events: an event the server delivers again after its ack was lost is
// acked without running its handlers, whatever its delivery count; bounded in count and time.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encode } from '../../src/codec/encode.js';
import { createEvent } from '../../src/events.js';
import { BusOptionsError } from '../../src/bus/errors.js';
import { fingerprint, HandledWindow } from '../../src/bus/handled.js';
import { DEFAULT_DEDUPE_MAX_EVENTS, resolveSubscribeOptions, withStreamDedupeWindow } from '../../src/bus/options.js';
import { createRouter, type MessageControl } from '../../src/bus/router.js';
import type { BusLogger, Delivery, HandlerMap, SubscribeOptions } from '../../src/bus/types.js';
import { wireSubject } from '../../src/subject.js';
import { ROUTE_THROWS } from '../support/decode-fault.js';

// An injected failure of routing (see test/support/decode-fault.ts).
vi.mock('../../src/codec/decode.js', async (importOriginal) => (await import('../support/decode-fault.js')).withDecodeFault(await importOriginal()));

afterEach(() => {
  vi.restoreAllMocks();
});

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

function recordingControl(): MessageControl & { verdicts: string[] } {
  const verdicts: string[] = [];
  return { verdicts, ack: () => void verdicts.push('ack'), nak: () => void verdicts.push('nak'), term: () => void verdicts.push('term') };
}

function delivery(raw: Uint8Array, subject: string, deliveryCount = 1, streamSequence = 1): Delivery {
  return { key: undefined, subject, raw, deliveryCount, streamSequence };
}

function router(handlers: HandlerMap, options?: SubscribeOptions, logger?: BusLogger) {
  return createRouter(handlers, resolveSubscribeOptions({ backoff: [0], ...options }), async () => undefined, logger);
}

/** A promise and its resolver. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

/** Lets every queued promise reaction run. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('handled window', () => {
  it('forgets the oldest subject once more than maxEvents were handled', () => {
    const window = new HandledWindow({ window: 60_000, maxEvents: 3 });
    for (const subject of ['a', 'b', 'c', 'd']) window.add(subject, bytes(subject));
    expect(['a', 'b', 'c', 'd'].map((s) => window.has(s))).toEqual([false, true, true, true]);
    expect(window.size).toBe(3);
  });

  it('holds exactly the newest maxEvents over many events', () => {
    const window = new HandledWindow({ window: 60_000, maxEvents: 1_500 });
    for (let i = 0; i < 10_000; i++) window.add(`s${i}`, bytes(`s${i}`));
    expect(window.size).toBe(1_500);
    expect([window.has('s8499'), window.has('s8500'), window.has('s9999')]).toEqual([false, true, true]);
  });

  it('forgets subjects older than the window, but only as newer ones are handled (an outage forgets nothing)', () => {
    let now = 0;
    const window = new HandledWindow({ window: 1_000, maxEvents: 100, now: () => now });
    window.add('a', bytes('a'));
    now = 500;
    window.add('b', bytes('b'));
    now = 1_000_000; // a long outage: nothing handled meanwhile
    expect(window.has('a')).toBe(true);
    expect(window.has('b')).toBe(true);
    window.add('c', bytes('c'));
    expect([window.has('a'), window.has('b'), window.has('c')]).toEqual([false, false, true]);
  });

  it('a subject handled again counts from its latest handling', () => {
    let now = 0;
    const window = new HandledWindow({ window: 1_000, maxEvents: 100, now: () => now });
    window.add('a', bytes('a'));
    now = 900;
    window.add('a', bytes('a'));
    now = 1_500;
    window.add('b', bytes('b'));
    expect(window.has('a')).toBe(true);
  });

  it('grows while its queue has wrapped around: every remembered subject is still found, and forgotten oldest first', () => {
    let now = 0;
    const window = new HandledWindow({ window: 1_000, maxEvents: 100_000, now: () => now });
    const handle = (name: string): void => window.add(name, bytes(`message of ${name}`));
    const found = (names: string[]): string[] => names.filter((name) => window.lookup(name, bytes(`message of ${name}`)) === 'same');
    // 700 handled, then all forgotten by time as the next comes: the queue now starts 700 places in.
    for (let i = 0; i < 700; i++) handle(`old${i}`);
    now = 5_000;
    // 50 subjects handled again and again (each handling a new place in the queue, the subjects
    // still 50), past the queue's first capacity: it wraps around its end, then grows.
    const early = Array.from({ length: 50 }, (_, i) => `early${i}`);
    const late = Array.from({ length: 50 }, (_, i) => `late${i}`);
    for (let round = 0; round < 30; round++) early.forEach(handle);
    now = 5_500;
    for (let round = 0; round < 30; round++) late.forEach(handle);
    expect([found(early).length, found(late).length, window.size, window.has('old0') || window.has('old699')]).toEqual([50, 50, 100, false]);
    // Time forgets the early ones, and only them, as one more is handled.
    now = 6_200;
    handle('last');
    expect([found(early), found(late).length, window.size]).toEqual([[], 50, 51]);
  });

  it('tells once when the count bound forgets a subject still inside the time window', () => {
    let told = 0;
    const window = new HandledWindow({ window: 60_000, maxEvents: 2, onShortened: () => told++ });
    for (let i = 0; i < 10; i++) window.add(String(i), bytes(String(i)));
    expect(told).toBe(1);
  });
});

// What the window promises, written plainly: every handling queued oldest first; a subject is
// remembered by its latest handling, forgotten once that is older than the window or once more
// than maxEvents subjects are remembered; a subject is busy from its recording to the first
// settlement of that recording.
class ReferenceWindow {
  readonly queue: { subject: string; at: number; text: string; latest: boolean }[] = [];
  readonly latest = new Map<string, { subject: string; at: number; text: string; latest: boolean }>();
  readonly busy = new Set<string>();
  constructor(
    readonly window: number,
    readonly maxEvents: number,
  ) {}
  add(subject: string, text: string, now: number): void {
    const previous = this.latest.get(subject);
    if (previous !== undefined) previous.latest = false;
    const handling = { subject, at: now, text, latest: true };
    this.queue.push(handling);
    this.latest.set(subject, handling);
    while (this.queue.length > 0) {
      const head = this.queue[0]!;
      if (this.latest.size <= this.maxEvents && head.at >= now - this.window) break;
      this.queue.shift();
      if (head.latest) this.latest.delete(head.subject);
    }
  }
  lookup(subject: string, text: string): string {
    const handling = this.latest.get(subject);
    return handling === undefined ? 'absent' : handling.text === text ? 'same' : 'differs';
  }
}

describe('handled window against a plain model of it', () => {
  // Many subjects handled, handled again, forgotten by count and by time, while others are being
  // handled and settled in any order: the window's table (collisions, removals, growth) and its
  // queue must answer exactly as the model does, for every subject, all along.
  it.each([1, 2, 3])('agrees with the model on has, lookup, size and busy over 30,000 random steps (run %i)', (run) => {
    let seed = run * 7919;
    const random = (n: number): number => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) & 0x7fff_ffff;
      return seed % n;
    };
    let now = 0;
    const window = new HandledWindow({ window: 5_000, maxEvents: 1_200, now: () => now });
    const model = new ReferenceWindow(5_000, 1_200);
    const pool = Array.from({ length: 4_000 }, (_, i) => `events.volume.${i % 3 === 0 ? `v${i}` : `${i}-${'x'.repeat(i % 40)}`}`);
    const inFlight: { subject: string; text: string; recording: ReturnType<HandledWindow['recording']> }[] = [];
    for (let step = 0; step < 30_000; step++) {
      now += random(4);
      const choice = random(10);
      const subject = pool[random(step < 10_000 ? 1_500 : pool.length)]!;
      const text = `message ${random(3)} of ${subject}`;
      if (choice < 5) {
        window.add(subject, bytes(text));
        model.add(subject, text, now);
      } else if (choice < 8 && !model.busy.has(subject)) {
        expect(window.busy(subject)).toBeUndefined();
        inFlight.push({ subject, text, recording: window.recording(subject, bytes(text), recordingControl()) });
        model.busy.add(subject);
      } else if (inFlight.length > 0) {
        const { subject: settled, text: settledText, recording } = inFlight.splice(random(inFlight.length), 1)[0]!;
        if (random(3) === 0) recording.nak(0);
        else {
          recording.ack();
          model.add(settled, settledText, now);
        }
        recording.abandon(); // a second settlement changes nothing
        model.busy.delete(settled);
      }
      if (step % 499 === 0) {
        const disagreements = pool.filter((probe) => {
          const said = `message 1 of ${probe}`;
          return (
            window.has(probe) !== model.latest.has(probe) ||
            window.lookup(probe, bytes(said)) !== model.lookup(probe, said) ||
            (window.busy(probe) !== undefined) !== model.busy.has(probe)
          );
        });
        expect([step, disagreements.slice(0, 5), window.size]).toEqual([step, [], model.latest.size]);
      }
    }
  });

  it('a subject handled while another handling of it is under way stays busy until the first of the two settles', async () => {
    const window = new HandledWindow({ window: 60_000, maxEvents: 10 });
    const first = window.recording('s', bytes('one'), recordingControl());
    const second = window.recording('s', bytes('two'), recordingControl());
    let woken = false;
    void window.busy('s')!.then(() => (woken = true));
    second.ack();
    await settle();
    expect([woken, window.busy('s'), window.lookup('s', bytes('two'))]).toEqual([true, undefined, 'same']);
    first.nak(0); // the handling ended already: nothing more happens
    expect([window.busy('s'), window.lookup('s', bytes('two'))]).toEqual([undefined, 'same']);
  });
});

describe('handled window: which message was handled', () => {
  const raw = encode(createEvent('volume.create', { target: 'v1' }));

  it('the same bytes are the same message wherever they lie in memory; other bytes on the subject are another message', () => {
    const window = new HandledWindow({ window: 60_000, maxEvents: 10 });
    window.add('s', raw);
    const elsewhere = new Uint8Array(raw.byteLength + 3).subarray(3); // not aligned to 4 bytes
    elsewhere.set(raw);
    expect(window.lookup('s', elsewhere)).toBe('same');
    expect(window.lookup('s', encode(createEvent('volume.create', { target: 'v1' })))).toBe('differs');
    expect(window.lookup('other', raw)).toBe('absent');
  });

  it('every one-byte change of a handled message, and every shorter message, is another message', () => {
    const window = new HandledWindow({ window: 60_000, maxEvents: 10 });
    window.add('s', raw);
    const verdicts = new Set<string>();
    for (let i = 0; i < raw.byteLength; i++) {
      for (const flip of [0x01, 0x20, 0x80]) {
        const changed = raw.slice();
        changed[i]! ^= flip;
        verdicts.add(window.lookup('s', changed));
      }
      verdicts.add(window.lookup('s', raw.subarray(0, i)));
    }
    expect([...verdicts]).toEqual(['differs']);
  });

  it('remembers the latest message handled on a subject', () => {
    const window = new HandledWindow({ window: 60_000, maxEvents: 10 });
    window.add('s', bytes('first'));
    window.add('s', bytes('second'));
    expect([window.lookup('s', bytes('first')), window.lookup('s', bytes('second'))]).toEqual(['differs', 'same']);
  });

  it('keeps each message fingerprint in step with their subjects across compactions', () => {
    const window = new HandledWindow({ window: 60_000, maxEvents: 1_500 });
    for (let i = 0; i < 10_000; i++) window.add(`s${i}`, bytes(`message ${i}`));
    expect([window.lookup('s9999', bytes('message 9999')), window.lookup('s8500', bytes('message 8500')), window.lookup('s8500', bytes('message 8501'))]).toEqual([
      'same',
      'same',
      'differs',
    ]);
  });

  it('a wall clock jumping forward by more than the window forgets nothing: time is monotonic', () => {
    let wall = Date.now();
    vi.spyOn(Date, 'now').mockImplementation(() => wall); // before the window exists, which may keep the function
    const window = new HandledWindow({ window: 1_000, maxEvents: 100 });
    window.add('a', bytes('a'));
    wall += 86_400_000;
    window.add('b', bytes('b'));
    expect([window.has('a'), window.has('b')]).toEqual([true, true]);
  });
});

describe('router with the handled window', () => {
  const event = createEvent('volume.create', { target: 'v1' });
  const raw = encode(event);
  const subject = wireSubject(event);

  it('an event delivered again as a first delivery (ack lost) is acked without running its handler', async () => {
    const seen: number[] = [];
    const r = router({ 'volume.create': (_e, d) => void seen.push(d.streamSequence) });
    const first = recordingControl();
    await r.dispatch(delivery(raw, subject, 1, 7), first);
    const again = recordingControl();
    await r.dispatch(delivery(raw, subject, 1, 7), again);
    const redelivered = recordingControl();
    await r.dispatch(delivery(raw, subject, 3, 7), redelivered);
    expect(seen).toEqual([7]);
    expect([first.verdicts, again.verdicts, redelivered.verdicts]).toEqual([['ack'], ['ack'], ['ack']]);
  });

  it('the same event stored again under a new stream sequence (a memory stream lost and republished to) is not handled twice', async () => {
    const seen: number[] = [];
    const r = router({ 'volume.create': (_e, d) => void seen.push(d.streamSequence) });
    await r.dispatch(delivery(raw, subject, 1, 40), recordingControl());
    await r.dispatch(delivery(raw, subject, 1, 2), recordingControl());
    expect(seen).toEqual([40]);
  });

  it('an event whose handler failed is not remembered: its redelivery runs the handler again', async () => {
    let calls = 0;
    const r = router({
      'volume.create': () => {
        if (++calls === 1) throw new Error('not yet');
      },
    });
    const failed = recordingControl();
    await r.dispatch(delivery(raw, subject, 1), failed);
    const retried = recordingControl();
    await r.dispatch(delivery(raw, subject, 2), retried);
    const third = recordingControl();
    await r.dispatch(delivery(raw, subject, 1), third);
    expect(calls).toBe(2);
    expect([failed.verdicts, retried.verdicts, third.verdicts]).toEqual([['nak'], ['ack'], ['ack']]);
  });

  it('events are known by their wire subject, also when metadata.id disagrees with it or metadata is null', async () => {
    const seen: string[] = [];
    const unknown: string[] = [];
    const r = router({ 'volume.create': (e) => void seen.push(e.target) }, { onUnknown: (_e, d) => void unknown.push(d.subject) });
    // The first event again on another subject: another identity, handled; on its own subject, not.
    await r.dispatch(delivery(raw, subject), recordingControl());
    await r.dispatch(delivery(raw, 'events.2.elsewhere'), recordingControl());
    await r.dispatch(delivery(raw, subject), recordingControl());
    expect(seen).toEqual(['v1', 'v1']);
    // Without metadata (no id at all): known by its subject all the same.
    const noMetadata = Buffer.from(JSON.stringify({ category: 2, action: 1, target: 'x', metadata: null }));
    for (const s of ['events.2.nometa', 'events.2.nometa', 'events.2.nometa2']) await r.dispatch(delivery(noMetadata, s), recordingControl());
    expect(unknown).toEqual(['events.2.nometa', 'events.2.nometa2']);
  });

  it('an invalid message is terminated, not remembered', async () => {
    const r = router({ '>': () => undefined }, { onInvalid: () => undefined });
    const verdicts = [recordingControl(), recordingControl()];
    for (const control of verdicts) await r.dispatch(delivery(Buffer.from('not json'), 'events.2.bad'), control);
    expect(verdicts.map((v) => v.verdicts)).toEqual([['term'], ['term']]);
  });

  it('an unknown event acked after onUnknown is not given to onUnknown twice', async () => {
    const unknown = { ...event, action: 999 };
    const rawUnknown = Buffer.from(JSON.stringify(unknown));
    let calls = 0;
    const r = router({ '>': () => undefined }, { onUnknown: () => void calls++ });
    await r.dispatch(delivery(rawUnknown, subject), recordingControl());
    await r.dispatch(delivery(rawUnknown, subject), recordingControl());
    expect(calls).toBe(1);
  });

  it('dedupe: false runs the handlers on every delivery', async () => {
    let calls = 0;
    const r = router({ 'volume.create': () => void calls++ }, { dedupe: false });
    await r.dispatch(delivery(raw, subject, 1), recordingControl());
    await r.dispatch(delivery(raw, subject, 1), recordingControl());
    expect(calls).toBe(2);
  });

  it('dedupe.maxEvents bounds the window: an event beyond it runs again', async () => {
    const seen: string[] = [];
    const r = router({ 'volume.create': (e) => void seen.push(e.target) }, { dedupe: { maxEvents: 2 } });
    const events = ['a', 'b', 'c'].map((target) => createEvent('volume.create', { target }));
    for (const e of [...events, events[0]!]) await r.dispatch(delivery(encode(e), wireSubject(e)), recordingControl());
    expect(seen).toEqual(['a', 'b', 'c', 'a']);
  });

  it('another message on the subject of a handled event (an id reused) is handled, not taken for a redelivery, with a warning naming the subject', async () => {
    const warnings: { message: string; details?: Record<string, unknown> }[] = [];
    const seen: string[] = [];
    const r = router(
      { 'volume.create': (e) => void seen.push(`create ${e.target}`), 'volume.delete': (e) => void seen.push(`delete ${e.target}`) },
      undefined,
      { warn: (message, details) => void warnings.push({ message, details }) },
    );
    const deletion = createEvent('volume.delete', { target: 'v1' });
    const reused = encode({ ...deletion, metadata: { ...deletion.metadata, id: event.metadata.id } });
    const verdicts = [recordingControl(), recordingControl(), recordingControl()];
    await r.dispatch(delivery(raw, subject, 1, 1), verdicts[0]!);
    await r.dispatch(delivery(reused, subject, 1, 2), verdicts[1]!);
    await r.dispatch(delivery(reused, subject, 1, 2), verdicts[2]!); // its redelivery: the same bytes
    expect(seen).toEqual(['create v1', 'delete v1']);
    expect(verdicts.map((v) => v.verdicts)).toEqual([['ack'], ['ack'], ['ack']]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain(subject);
    expect(warnings[0]!.details).toMatchObject({ subject, streamSequence: 2 });
  });

  it('a copy arriving while the event is being handled waits, and is acked without running the handler once the first was acked', async () => {
    const open = gate();
    let calls = 0;
    const r = router({
      'volume.create': async () => {
        calls++;
        await open.promise;
      },
    });
    const first = recordingControl();
    const copy = recordingControl();
    const redelivery = recordingControl();
    const handling = r.dispatch(delivery(raw, subject, 1, 1), first);
    const copied = r.dispatch(delivery(raw, subject, 1, 2), copy); // a publisher's retry, stored again
    const again = r.dispatch(delivery(raw, subject, 2, 1), redelivery); // the server's redelivery
    await settle();
    expect(calls).toBe(1);
    // Not acked before the event is handled: the first handling may still fail.
    expect([first.verdicts, copy.verdicts, redelivery.verdicts]).toEqual([[], [], []]);
    open.open();
    await Promise.all([handling, copied, again]);
    expect(calls).toBe(1);
    expect([first.verdicts, copy.verdicts, redelivery.verdicts]).toEqual([['ack'], ['ack'], ['ack']]);
  });

  it('a copy dispatched from inside the handler of its event (before that handler returns) waits for it, and is acked unhandled', async () => {
    let calls = 0;
    const copy = recordingControl();
    let copied: void | Promise<void> = undefined;
    const r = router({
      'volume.create': () => {
        calls++;
        if (calls === 1) copied = r.dispatch(delivery(raw, subject, 1, 2), copy);
      },
    });
    const first = recordingControl();
    expect(r.dispatch(delivery(raw, subject, 1, 1), first)).toBeUndefined(); // its handler returned at once
    expect(copied).toBeInstanceOf(Promise); // the copy waits for the first handling
    await copied;
    expect([calls, first.verdicts, copy.verdicts]).toEqual([1, ['ack'], ['ack']]);
  });

  it('a copy arriving while the first handling fails is handled after it, once: nothing is lost', async () => {
    const open = gate();
    const runs: string[] = [];
    const r = router({
      'volume.create': async (_e, d) => {
        runs.push(`start ${d.streamSequence}`);
        if (d.streamSequence === 1) {
          await open.promise;
          runs.push('fail 1');
          throw new Error('the first handling fails');
        }
        runs.push(`done ${d.streamSequence}`);
      },
    });
    const first = recordingControl();
    const copy = recordingControl();
    const handling = r.dispatch(delivery(raw, subject, 1, 1), first);
    const copied = r.dispatch(delivery(raw, subject, 1, 2), copy);
    await settle();
    expect(runs).toEqual(['start 1']);
    open.open();
    await Promise.all([handling, copied]);
    expect(runs).toEqual(['start 1', 'fail 1', 'start 2', 'done 2']);
    expect([first.verdicts, copy.verdicts]).toEqual([['nak'], ['ack']]);
    // The first copy's redelivery finds the event handled.
    const redelivered = recordingControl();
    await r.dispatch(delivery(raw, subject, 2, 1), redelivered);
    expect(runs).toHaveLength(4);
    expect(redelivered.verdicts).toEqual(['ack']);
  });

  it('another message arriving on a subject being handled waits for it, then is handled', async () => {
    const open = gate();
    const runs: string[] = [];
    const r = router(
      {
        'volume.create': async () => {
          runs.push('create');
          await open.promise;
        },
        'volume.delete': () => void runs.push('delete'),
      },
      undefined,
      { warn: () => undefined },
    );
    const deletion = createEvent('volume.delete', { target: 'v1' });
    const reused = encode({ ...deletion, metadata: { ...deletion.metadata, id: event.metadata.id } });
    const handling = r.dispatch(delivery(raw, subject, 1, 1), recordingControl());
    const other = recordingControl();
    const waiting = r.dispatch(delivery(reused, subject, 1, 2), other);
    await settle();
    expect(runs).toEqual(['create']);
    open.open();
    await Promise.all([handling, waiting]);
    expect(runs).toEqual(['create', 'delete']);
    expect(other.verdicts).toEqual(['ack']);
  });

  it('a subject whose routing threw is free again: the next message on it is handled at once', async () => {
    const poison = createEvent('volume.create', { target: ROUTE_THROWS });
    const poisonSubject = wireSubject(poison);
    const seen: string[] = [];
    const r = router({ 'volume.create': (e) => void seen.push(e.target) }, { maxDeliver: 5 });
    const failed = recordingControl();
    await r.dispatch(delivery(encode(poison), poisonSubject), failed);
    expect(failed.verdicts).toEqual(['nak']);
    const next = recordingControl();
    // Synchronous handlers settle in the same call: nothing waits on the subject.
    expect(r.dispatch(delivery(raw, poisonSubject), next)).toBeUndefined();
    expect(seen).toEqual(['v1']);
    expect(next.verdicts).toEqual(['ack']);
  });

  it('after a wall-clock jump forward larger than the window, a handled event delivered again is still not handled twice', async () => {
    let wall = Date.now();
    vi.spyOn(Date, 'now').mockImplementation(() => wall);
    let calls = 0;
    const r = router({ 'volume.create': () => void calls++ }, { dedupe: { window: 1_000 } });
    await r.dispatch(delivery(raw, subject, 1, 1), recordingControl());
    wall += 86_400_000;
    const later = createEvent('volume.create', { target: 'later' });
    await r.dispatch(delivery(encode(later), wireSubject(later), 1, 2), recordingControl()); // handling it forgets what is too old
    const again = recordingControl();
    await r.dispatch(delivery(raw, subject, 1, 1), again);
    expect(calls).toBe(2);
    expect(again.verdicts).toEqual(['ack']);
  });
});

describe('dedupe option', () => {
  it('defaults to on, with the stream duplicate window filled in by the bus', () => {
    const resolved = resolveSubscribeOptions();
    expect(resolved.dedupe).toEqual({ window: undefined, maxEvents: DEFAULT_DEDUPE_MAX_EVENTS });
    expect(withStreamDedupeWindow(resolved, 300_000).dedupe).toEqual({ window: 300_000, maxEvents: DEFAULT_DEDUPE_MAX_EVENTS });
    const given = resolveSubscribeOptions({ dedupe: { window: 5_000 } });
    expect(withStreamDedupeWindow(given, 300_000).dedupe).toEqual({ window: 5_000, maxEvents: DEFAULT_DEDUPE_MAX_EVENTS });
    expect(resolveSubscribeOptions({ dedupe: false }).dedupe).toBe(false);
  });

  it.each([
    [{ dedupe: { window: 0 } }, 'dedupe.window'],
    [{ dedupe: { window: 1.5 } }, 'dedupe.window'],
    [{ dedupe: { maxEvents: -1 } }, 'dedupe.maxEvents'],
    [{ dedupe: { size: 10 } }, 'dedupe.size'],
    [{ dedupe: true }, 'dedupe'],
    [{ dedupe: null }, 'dedupe'],
  ])('refuses %j with a BusOptionsError naming %s', (options, option) => {
    const error = (() => {
      try {
        resolveSubscribeOptions(options as SubscribeOptions);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(BusOptionsError);
    expect((error as BusOptionsError).option).toBe(option);
  });
});

describe('fingerprint', () => {
  // The same function written plainly: each word read through a DataView, in place, in the
  // platform's byte order (as `fingerprint` reads them: its hashes never leave the process).
  const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
  function reference(bytes: Uint8Array): number {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const step = (h: number, word: number): number => {
      const m = Math.imul(h ^ word, 0x01000193);
      return m ^ (m >>> 15);
    };
    const lanes = [0x811c9dc5 | 0, 0x01234567, 0x89abcdef | 0, 0x7f4a7c15];
    const whole = bytes.length & ~31;
    for (let i = 0; i < whole; i += 32) {
      for (let lane = 0; lane < 4; lane++) {
        const m = Math.imul(lanes[lane]! ^ view.getInt32(i + 4 * lane, littleEndian), 0x01000193) ^ view.getInt32(i + 16 + 4 * lane, littleEndian);
        lanes[lane] = m ^ (m >>> 15);
      }
    }
    let i = whole;
    for (; i + 3 < bytes.length; i += 4) lanes[0] = step(lanes[0]!, view.getInt32(i, littleEndian));
    for (; i < bytes.length; i++) lanes[0] = step(lanes[0]!, bytes[i]!);
    let a = step(lanes[0]!, lanes[1]!);
    a = step(a, lanes[2]!);
    a = Math.imul(a ^ lanes[3]!, 0x01000193);
    return a ^ (a >>> 15);
  }

  it('hashes every byte of a message of any length, wherever it starts in its buffer', () => {
    const buffer = new Uint8Array(20_000).map((_, i) => (i * 131 + (i >> 7)) & 0xff);
    const lengths = [...Array.from({ length: 100 }, (_, i) => i), 255, 256, 660, 4_095, 4_096, 4_097, 4_127, 4_128, 8_192, 8_200, 12_345];
    for (const length of lengths) {
      for (const offset of [0, 1, 3]) {
        const bytes = buffer.subarray(offset, offset + length);
        expect(fingerprint(bytes), `length ${length} at ${offset}`).toBe(reference(bytes));
        // One byte changed, first, in the middle or last: another fingerprint.
        for (const at of length > 0 ? [0, length >> 1, length - 1] : []) {
          const changed = bytes.slice();
          changed[at] = changed[at]! ^ 0x20;
          expect(fingerprint(changed), `length ${length}, byte ${at} changed`).not.toBe(fingerprint(bytes));
        }
      }
    }
    // A short message after a long one reads none of the long one's bytes.
    fingerprint(buffer.subarray(0, 4_000));
    expect(fingerprint(new Uint8Array([1, 2, 3]))).toBe(reference(new Uint8Array([1, 2, 3])));
  });
});

describe('router', () => {
  it('a catalogued event dead-lettered because the telemetry threw after decoding still carries its key', async () => {
    const letters: { key: string | undefined; reason: string }[] = [];
    const failing = { decoded: () => { throw new Error('exporter broke'); }, failed: () => undefined, invalid: () => undefined, deadLettered: () => undefined, headers: () => ({}) };
    const telemetry = { process: () => undefined, traceOf: () => failing } as never;
    const routing = createRouter(
      { '>': () => undefined },
      resolveSubscribeOptions({ backoff: [0], maxDeliver: 1, onDeadLetter: (letter) => void letters.push({ key: letter.key, reason: letter.reason }) }),
      async () => undefined,
      {},
      telemetry,
    );
    const event = createEvent('volume.create', { target: '0b6f5d2e-8f3e-4d1a-9a57-3c2e1f0a9b77' });
    const control = recordingControl();
    await routing.dispatch(delivery(encode(event), wireSubject(event)), control);
    expect(control.verdicts).toEqual(['term']);
    expect(letters).toEqual([{ key: 'volume.create', reason: 'exporter broke' }]);
  });
});
