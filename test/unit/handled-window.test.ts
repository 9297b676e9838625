// The window of handled events: an event the server delivers again after its ack was lost is
// acked without running its handlers, whatever its delivery count; bounded in count and time.
import { describe, expect, it } from 'vitest';
import { encode } from '../../src/codec/encode.js';
import { createEvent } from '../../src/events.js';
import { BusOptionsError } from '../../src/bus/errors.js';
import { HandledWindow } from '../../src/bus/handled.js';
import { DEFAULT_DEDUPE_MAX_EVENTS, resolveSubscribeOptions, withStreamDedupeWindow } from '../../src/bus/options.js';
import { createRouter, type MessageControl } from '../../src/bus/router.js';
import type { Delivery, HandlerMap, SubscribeOptions } from '../../src/bus/types.js';
import { wireSubject } from '../../src/subject.js';

function recordingControl(): MessageControl & { verdicts: string[] } {
  const verdicts: string[] = [];
  return { verdicts, ack: () => void verdicts.push('ack'), nak: () => void verdicts.push('nak'), term: () => void verdicts.push('term') };
}

function delivery(raw: Uint8Array, subject: string, deliveryCount = 1, streamSequence = 1): Delivery {
  return { subject, raw, deliveryCount, streamSequence };
}

function router(handlers: HandlerMap, options?: SubscribeOptions) {
  return createRouter(handlers, resolveSubscribeOptions({ backoff: [0], ...options }), async () => undefined);
}

describe('handled window', () => {
  it('forgets the oldest subject once more than maxEvents were handled', () => {
    const window = new HandledWindow({ window: 60_000, maxEvents: 3 });
    for (const subject of ['a', 'b', 'c', 'd']) window.add(subject);
    expect(['a', 'b', 'c', 'd'].map((s) => window.has(s))).toEqual([false, true, true, true]);
    expect(window.size).toBe(3);
  });

  it('holds exactly the newest maxEvents over many events', () => {
    const window = new HandledWindow({ window: 60_000, maxEvents: 1_500 });
    for (let i = 0; i < 10_000; i++) window.add(`s${i}`);
    expect(window.size).toBe(1_500);
    expect([window.has('s8499'), window.has('s8500'), window.has('s9999')]).toEqual([false, true, true]);
  });

  it('forgets subjects older than the window, but only as newer ones are handled (an outage forgets nothing)', () => {
    let now = 0;
    const window = new HandledWindow({ window: 1_000, maxEvents: 100, now: () => now });
    window.add('a');
    now = 500;
    window.add('b');
    now = 1_000_000; // a long outage: nothing handled meanwhile
    expect(window.has('a')).toBe(true);
    expect(window.has('b')).toBe(true);
    window.add('c');
    expect([window.has('a'), window.has('b'), window.has('c')]).toEqual([false, false, true]);
  });

  it('a subject handled again counts from its latest handling', () => {
    let now = 0;
    const window = new HandledWindow({ window: 1_000, maxEvents: 100, now: () => now });
    window.add('a');
    now = 900;
    window.add('a');
    now = 1_500;
    window.add('b');
    expect(window.has('a')).toBe(true);
  });

  it('tells once when the count bound forgets a subject still inside the time window', () => {
    let told = 0;
    const window = new HandledWindow({ window: 60_000, maxEvents: 2, onShortened: () => told++ });
    for (let i = 0; i < 10; i++) window.add(String(i));
    expect(told).toBe(1);
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
    const other = createEvent('volume.create', { target: 'v2' });
    // Another event carried on the first one's subject: the same stream identity, so not handled again.
    await r.dispatch(delivery(raw, subject), recordingControl());
    await r.dispatch(delivery(encode(other), subject), recordingControl());
    // The first event on another subject: another identity, handled.
    await r.dispatch(delivery(raw, 'events.2.elsewhere'), recordingControl());
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
