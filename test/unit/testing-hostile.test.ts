// The testing kit as a plain JavaScript caller meets it: inputs the types would refuse (JSON.parse
// output, null, arrays, class instances, numbers out of range). Each is refused with a clear SDK
// error that says what to pass, never a TypeError from deep inside nor a silently odd result.
import { afterEach, describe, expect, it } from 'vitest';
import { EventValidationError, MayastorEventsError, type EventKey } from 'mayastor-events';
import { createFabricator, scenarios } from 'mayastor-events/testing';

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
