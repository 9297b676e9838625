// The testing kit as a plain JavaScript caller meets it: inputs the types would refuse (JSON.parse
// output, null, arrays, class instances, numbers out of range). Each is refused with a clear SDK
// error that says what to pass, never a TypeError from deep inside nor a silently odd result.
import { AssertionError } from 'node:assert';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BusOptionsError,
  EventValidationError,
  MayastorEventsError,
  TimestampError,
  catalog,
  createMemoryBus,
  decode,
  encodeToString,
  type EventKey,
  type MemoryBus,
} from 'mayastor-events';
import {
  WaitTimeoutError,
  chronoDisplayTime,
  createFabricator,
  createRandom,
  eventArbitraries,
  eventMatchers,
  expectNotPublished,
  expectPublished,
  invalidMutations,
  recordEvents,
  scenarios,
  waitForEvent,
} from 'mayastor-events/testing';

/** The bus of the test that made one, closed after it. */
let bus: MemoryBus | undefined;
afterEach(async () => {
  await bus?.close();
  bus = undefined;
});

/** The issues of the EventValidationError `thunk` throws. */
function issuesOf(thunk: () => unknown): { path: string; message: string }[] {
  try {
    thunk();
  } catch (error) {
    expect(error).toBeInstanceOf(EventValidationError);
    return (error as EventValidationError).issues.map(({ path, message }) => ({ path, message }));
  }
  return expect.fail('expected an EventValidationError');
}

/** `fabricate` as a JavaScript caller sees it: any key, any overrides. */
function untyped(seed = 1): (key: string, overrides?: unknown) => unknown {
  const f = createFabricator({ seed });
  return (key, overrides) => f.fabricate(key as EventKey, overrides as never);
}

describe('fabricate - overrides from plain JavaScript', () => {
  afterEach(() => {
    // Nothing here may reach Object.prototype.
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>)['target']).toBeUndefined();
  });

  it('an own __proto__ member (as JSON.parse makes) is refused as a member, at every depth; it never becomes the prototype', () => {
    const fabricate = untyped();
    expect(issuesOf(() => fabricate('volume.create', JSON.parse('{"__proto__":{"target":"from-json"}}')))).toEqual([
      { path: '/__proto__', message: 'not a member of this event' },
    ]);
    expect(issuesOf(() => fabricate('volume.create', JSON.parse('{"__proto__":{"polluted":1}}')))[0]?.path).toBe('/__proto__');
    expect(issuesOf(() => fabricate('volume.create', JSON.parse('{"metadata":{"__proto__":{"version":1}}}')))[0]?.path).toBe(
      '/metadata/__proto__',
    );
    const nested = '{"metadata":{"source":{"event_details":{"rebuild_details":{"__proto__":{"error":"x"}}}}}}';
    expect(issuesOf(() => fabricate('nexus.rebuildEnd', JSON.parse(nested)))[0]?.path).toBe(
      '/metadata/source/event_details/rebuild_details/__proto__',
    );
  });

  it('overrides that are not a plain object are refused at the root, saying what they are', () => {
    const fabricate = untyped();
    class Patch {
      target = 'from-a-class';
    }
    const cases: [unknown, string][] = [
      [null, 'null'],
      [[], 'an array'],
      [new Map([['target', 'x']]), 'a Map'],
      [new Patch(), 'a Patch'],
      ['volume-1', 'a string'],
      [5, 'number 5'],
    ];
    for (const [overrides, what] of cases) {
      expect(issuesOf(() => fabricate('volume.create', overrides))).toEqual([
        { path: '', message: `overrides must be a plain object (any part of the event), got ${what}` },
      ]);
    }
    // What JSON.parse and Object.create(null) make is a plain object.
    const bare = Object.assign(Object.create(null) as object, { target: 'bare' });
    expect((fabricate('volume.create', bare) as { target: string }).target).toBe('bare');
  });
});

describe('createFabricator - options from plain JavaScript', () => {
  it('a null seed is refused, not replaced by a random one (which would not reproduce)', () => {
    expect(() => createFabricator({ seed: null as never })).toThrow(MayastorEventsError);
    expect(() => createFabricator({ seed: null as never })).toThrow('a seed must be a finite number or a string, got null');
  });

  it('an array is not an options object', () => {
    expect(() => createFabricator([] as never)).toThrow('createFabricator takes an options object');
  });

  it('a `now` outside the years the Rust services can write is refused when the fabricator is made, naming `now`', () => {
    expect(() => createFabricator({ seed: 1, now: new Date(8.64e15) })).toThrow(/^`now` \+275760-09-13T00:00:00.000Z cannot be an event's time: .*outside the years/);
    expect(() => createFabricator({ seed: 1, now: new Date(-8.64e15) })).toThrow(MayastorEventsError);
    // The last instant chrono writes is still a `now`.
    const last = createFabricator({ seed: 1, now: '+262143-12-31T23:59:59.999999999Z' }).fabricate('pool.create');
    expect(last.metadata.timestamp).toBe('+262143-12-31T23:59:59.999999999Z');
  });
});

describe('createFabricator - a `now` at either end of the years chrono writes', () => {
  it('at the first instant, every event is made, its earlier times (start_time, create_time) kept at or after it', () => {
    for (let seed = 0; seed < 5; seed++) {
      for (const entry of catalog) {
        const event = createFabricator({ seed, now: '-262144-01-01T00:00:00Z' }).fabricate(entry.key);
        const result = decode(encodeToString(event));
        expect(result.kind === 'event' && result.key).toBe(entry.key);
      }
    }
  });

  it('at the last instant, the event after it says the clock ran out and what to do', () => {
    const f = createFabricator({ seed: 1, now: '+262143-12-31T23:59:59.999999999Z' });
    expect(f.fabricate('pool.create').metadata.timestamp).toBe('+262143-12-31T23:59:59.999999999Z');
    expect(() => f.fabricate('pool.create')).toThrow(
      "the fabricator's clock ran past the last instant the Rust services can write (after +262143-12-31T23:59:59.999999999Z): give an earlier `now`",
    );
  });
});

describe('scenarios - given something other than a fabricator', () => {
  it.each([
    ['the options of a fabricator', { seed: 1 }],
    ['null', null],
    ['a seed', 42],
  ])('%s: says what it takes', (_what, given) => {
    for (const scenario of [scenarios.volumeLifecycle, scenarios.nodeFailure]) {
      expect(() => scenario(given as never)).toThrow(MayastorEventsError);
      expect(() => scenario(given as never)).toThrow(/takes a fabricator, e\.g\. scenarios\.\w+\(createFabricator\(\{ seed: 1 \}\)\)/);
    }
  });
});

describe('waitForEvent and the recorder - options from plain JavaScript', () => {
  it('a timeout longer than a timer can hold (2^31 - 1 ms) is refused: Node would fire it after 1 ms', async () => {
    bus = createMemoryBus();
    for (const timeout of [2 ** 31, 3e9, Number.MAX_SAFE_INTEGER]) {
      const waiting = waitForEvent(bus, 'volume.create', { timeout });
      await expect(waiting).rejects.toBeInstanceOf(BusOptionsError);
      await expect(waiting).rejects.toThrow(`expected a number of milliseconds from 0 to 2147483647 (about 24.8 days), got ${timeout}`);
    }
    const recorder = await recordEvents(bus, 'volume.*');
    await bus.publish(createFabricator({ seed: 1 }).fabricate('volume.create'));
    await expect(recorder.caughtUp({ timeout: 2 ** 31 })).rejects.toBeInstanceOf(BusOptionsError);
    await expect(waitForEvent(bus, 'volume.create', { timeout: '100' as never })).rejects.toThrow("got '100'");
  });

  it('something other than a bus, options object or where function is refused, saying what it takes', async () => {
    bus = createMemoryBus();
    await expect(waitForEvent(null as never, 'volume.create')).rejects.toThrow('waitForEvent takes an event bus (createMemoryBus() or connectEventBus(…)), got null');
    await expect(recordEvents({} as never, 'volume.*')).rejects.toThrow('recordEvents takes an event bus');
    await expect(waitForEvent(bus, 'volume.create', null as never)).rejects.toThrow('waitForEvent takes an options object or nothing, got null');
    const where = waitForEvent(bus, 'volume.create', { where: 'volume-1' as never });
    await expect(where).rejects.toBeInstanceOf(BusOptionsError);
    await expect(where).rejects.toThrow('invalid option `where`: expected a function of the event, got string');
    const recorder = await recordEvents(bus, 'volume.*');
    await expect(recorder.caughtUp(null as never)).rejects.toThrow('recorder.caughtUp takes an options object or nothing, got null');
  });

  it('an async where is refused when it answers, rather than its promise choosing the first event', async () => {
    bus = createMemoryBus();
    const f = createFabricator({ seed: 2 });
    const wanted = f.fabricate('volume.create', { target: 'wanted' });
    await bus.publish(f.fabricate('volume.create', { target: 'other' }));
    await bus.publish(wanted);
    const waiting = waitForEvent(bus, 'volume.create', { where: (async (event: { target: string }) => event.target === 'wanted') as never });
    await expect(waiting).rejects.toBeInstanceOf(BusOptionsError);
    await expect(waiting).rejects.toThrow('invalid option `where`: returned a promise: decide synchronously');
  });

  it('ofKey refuses a key it can never hold, as expectPublished does, rather than answer "none"', async () => {
    bus = createMemoryBus();
    const recorder = await recordEvents(bus, 'volume.*');
    expect(() => recorder.ofKey('volume.created' as never)).toThrow(TypeError);
    expect(() => recorder.ofKey('volume.created' as never)).toThrow("recorder.ofKey: 'volume.created' is not a catalogued event key");
    expect(() => recorder.ofKey('nexus.create' as never)).toThrow('the recorder records volume.*, which never includes nexus.create');
    expect(recorder.ofKey('volume.create')).toEqual([]);
  });
});

describe('expectPublished - a u64 member compared by the integer it holds', () => {
  it('5n expected of a retry_count published as 5n (received as the number 5) matches; 6n does not', async () => {
    bus = createMemoryBus();
    const recorder = await recordEvents(bus, 'highAvailability.*');
    const details = (retry_count: number | bigint) => ({ metadata: { source: { event_details: { switch_over_details: { retry_count } } } } });
    await bus.publish(createFabricator({ seed: 3 }).fabricate('highAvailability.switchOver', details(5n)));
    await recorder.caughtUp();
    expect(() => expectPublished(recorder, 'highAvailability.switchOver', details(5n))).not.toThrow();
    expect(() => expectPublished(recorder, 'highAvailability.switchOver', details(5))).not.toThrow();
    expect(() => expectPublished(recorder, 'highAvailability.switchOver', details(6n))).toThrow('retry_count: expected 6n, got 5');
    expect(() => expectNotPublished(recorder, 'highAvailability.switchOver', details(5n))).toThrow(AssertionError);
  });
});

describe('failure messages - what a producer wrote is shown printable, on its line, and cut', () => {
  /** Every character a terminal could act on, or that breaks or hides a line (but the message's own newlines). */
  const HOSTILE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/u;
  const FORGED = 'evil\u001b[2J\n  #9 volume.delete target=forged\u202e';
  const HUGE = 'x'.repeat(200_000);

  async function recorded() {
    bus = createMemoryBus();
    const f = createFabricator({ seed: 7 });
    await bus.publish(f.fabricate('volume.create', { target: FORGED, metadata: { source: { node: 'node\r\n-1' } } }));
    await bus.publish(f.fabricate('volume.create', { target: HUGE }));
    const recorder = await recordEvents(bus, 'volume.*');
    await recorder.caughtUp();
    return recorder;
  }

  /** The message of what `thunk` throws (or rejects with). */
  async function messageOf(thunk: () => unknown): Promise<string> {
    try {
      await thunk();
    } catch (error) {
      return (error as Error).message;
    }
    return expect.fail('expected a throw');
  }

  function expectReadable(message: string): void {
    expect(message).not.toMatch(HOSTILE);
    expect(message.length).toBeLessThan(5_000);
    // One line per event: the forged line break did not make a line of its own.
    const lines = message.split('\n').filter((line) => line.includes('volume.delete target=forged'));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toMatch(/^ {2}#1 volume\.create target=evil\\u001b\[2J\\u000a {2}#9 volume\.delete target=forged\\u202e node=node\\u000d\\u000a-1 id=[\w-]+$/);
    }
  }

  it('expectPublished, expectNotPublished and toHavePublished list the events escaped, each on one line, each value cut', async () => {
    const recorder = await recorded();
    const missing = await messageOf(() => expectPublished(recorder, 'volume.delete'));
    expectReadable(missing);
    expect(missing).toMatch(new RegExp(`^ {2}#2 volume\\.create target=${'x'.repeat(120)}…\\(199880 more\\) node=[\\w-]+ id=[\\w-]+$`, 'm'));
    expectReadable(await messageOf(() => expectNotPublished(recorder, 'volume.create')));
    expectReadable(eventMatchers.toHavePublished(recorder, 'volume.delete').message());
    const closest = await messageOf(() => expectPublished(recorder, 'volume.create', { target: 'volume-1', metadata: { id: 'y'.repeat(100_000) } }));
    expect(closest).not.toMatch(HOSTILE);
    expect(closest.length).toBeLessThan(5_000);
    await expect(Promise.resolve().then(() => expectPublished(recorder, 'volume.delete'))).rejects.toBeInstanceOf(AssertionError);
  });

  it('a WaitTimeoutError lists what it saw the same way', async () => {
    const recorder = await recorded();
    const events = recorder.ofKey('volume.create').map((event) => ({ kind: 'event' as const, key: 'volume.create' as const, event }));
    const error = new WaitTimeoutError('a volume.delete event', 50, { events, eventCount: 2, unknownCount: 0, invalidCount: 0 });
    expectReadable(error.message);
  });
});

describe('eventArbitraries and invalidMutations - arguments from plain JavaScript', () => {
  it('eventArbitraries says it takes the fast-check module when given something else', () => {
    for (const given of [undefined, null, {}, { integer: () => undefined }]) {
      expect(() => eventArbitraries(given as never)).toThrow(MayastorEventsError);
      expect(() => eventArbitraries(given as never)).toThrow("eventArbitraries takes the fast-check module (import fc from 'fast-check'; eventArbitraries(fc))");
    }
  });

  it('event(key) and invalidMutation(key) refuse a key that is not catalogued when called, not when fast-check first draws', () => {
    const arbitraries = eventArbitraries(fc);
    expect(() => arbitraries.event('volume.created' as never)).toThrow('unknown event key "volume.created"');
    expect(() => arbitraries.invalidMutation('volume.created' as never)).toThrow(MayastorEventsError);
  });

  it("event(key) reaches both ends of chrono's years (-262144 and +262143), as it says, and they decode", () => {
    const texts = fc.sample(eventArbitraries(fc).event('volume.create'), { numRuns: 1500, seed: 11 }).map((event) => encodeToString(event));
    for (const year of ['-262144', '+262143']) {
      const reached = texts.filter((text) => text.includes(`"timestamp":"${year}-`));
      expect(reached.length).toBeGreaterThan(0);
      for (const text of reached) expect(decode(text).kind).toBe('event');
    }
  });

  it('invalidMutations refuses an event that is invalid to begin with: its mutations would not be reported where they are', () => {
    const event = createFabricator({ seed: 1 }).fabricate('volume.create');
    expect(issuesOf(() => invalidMutations({ ...event, target: 42 } as never))).toEqual([expect.objectContaining({ path: '/target' })]);
    expect(issuesOf(() => invalidMutations({ ...event, colour: 'blue' } as never))).toEqual([
      { path: '/colour', message: 'not a member of this event' },
    ]);
    expect(() => invalidMutations(null as never)).toThrow('expected a catalogued event, got null: pass an event built by fabricate or createEvent');
  });
});

describe('helpers - chronoDisplayTime and createRandom from plain JavaScript', () => {
  it('chronoDisplayTime writes any timestamp the reader accepts as chrono displays its UTC instant, and refuses the rest', () => {
    expect(chronoDisplayTime('2024-10-23T18:26:38.5+02:00')).toBe('2024-10-23 16:26:38.500 UTC');
    expect(chronoDisplayTime('2024-10-23t16:26:38.1z')).toBe('2024-10-23 16:26:38.100 UTC');
    expect(chronoDisplayTime('2024-10-23T16:26:38.123456789Z')).toBe('2024-10-23 16:26:38.123456789 UTC');
    for (const text of ['nonsense', '', '2024-10-23T16:26:38', 5]) {
      expect(() => chronoDisplayTime(text as never)).toThrow(TimestampError);
    }
  });

  it('createRandom refuses negative weights, a digit count that is not a count, and bounds past 2^53 rather than answer oddly', () => {
    const random = createRandom(1);
    expect(() => random.weighted([[-1, 'a'], [3, 'b']])).toThrow('random.weighted: expected integer weights, 0 or more, at least one of them positive');
    expect(() => random.weighted([])).toThrow('random.weighted: expected integer weights');
    expect(() => random.hex(-1)).toThrow('random.hex(-1): expected a number of digits');
    expect(() => random.hex(1.5)).toThrow(MayastorEventsError);
    expect(() => random.int(2 ** 53, 2 ** 53 + 10)).toThrow('expected safe integers');
    expect(random.weighted([[0, 'never'], [2, 'always']])).toBe('always');
  });
});
