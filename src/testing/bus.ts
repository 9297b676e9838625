// Helpers for tests that run code against an event bus (usually `createMemoryBus()`): record what
// was published, assert on it (plain throws, or vitest/jest matchers), wait for one event.
// The library never imports vitest: failures are node:assert `AssertionError`s, which every
// runner reports, and the matchers are plain `{ pass, message }` functions for `expect.extend`.
import { AssertionError } from 'node:assert';
import { inspect, isDeepStrictEqual } from 'node:util';
import {
  AbortedError,
  BusOptionsError,
  MAX_DELAY_MS,
  MayastorEventsError,
  assertSubjectPattern,
  isEventKey,
  matchesPattern,
  type CatalogEvent,
  type DecodeError,
  type DecodedEvent,
  type EventBus,
  type EventKey,
  type EventKeyMatching,
  type EventMap,
  type EventMatching,
  type MemoryBus,
  type SubjectPattern,
  type Subscription,
  type UnknownEvent,
} from 'mayastor-events';
import { asyncDispose, isAbortSignal, whenAborted } from '../internal/abort.js';
import { escapeUnprintable } from '../internal/printable.js';
import { describeValue } from './describe-value.js';
import { isPlainObject, type EventOverrides } from './overrides.js';

/** How long `waitForEvent` and `recorder.caughtUp()` wait by default (ms). */
export const DEFAULT_WAIT_TIMEOUT = 2_000;

/** How many events a failure message lists; the rest are counted. */
const LISTED = 20;
/** How many non-matching events a `WaitTimeoutError` keeps. */
const KEPT = 100;
/** The longest timeout a timer can hold: Node fires a longer one after 1 ms. */
const MAX_TIMEOUT = MAX_DELAY_MS;
/** How many characters of a producer's string (a target, a node) a failure message shows. */
const SHOWN_CHARS = 120;
/** How many characters of a value (an expected partial, a member that differs) a failure message shows. */
const SHOWN_VALUE_CHARS = 1_000;

export type { EventKeyMatching };

function resolveTimeout(timeout: number | undefined): number {
  if (timeout === undefined) return DEFAULT_WAIT_TIMEOUT;
  if (typeof timeout !== 'number' || !Number.isFinite(timeout) || timeout < 0 || timeout > MAX_TIMEOUT) {
    throw new BusOptionsError('timeout', `expected a number of milliseconds from 0 to ${MAX_TIMEOUT} (about 24.8 days), got ${show(timeout)}`);
  }
  return timeout;
}

/** The event bus a helper was given, refused clearly when it is something else. */
function assertBus(bus: unknown, caller: string): asserts bus is EventBus {
  if (typeof (bus as Partial<EventBus> | null)?.subscribe !== 'function') {
    throw new MayastorEventsError(`${caller} takes an event bus (createMemoryBus() or connectEventBus(…)), got ${describeValue(bus)}`);
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (typeof value === 'object' || typeof value === 'function') && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/** An options object, or `{}` for undefined; anything else is refused. */
function optionsObject<T extends object>(options: T | undefined, caller: string): T {
  if (options === undefined) return {} as T;
  if (typeof options !== 'object' || options === null) {
    throw new MayastorEventsError(`${caller} takes an options object or nothing, got ${describeValue(options)}`);
  }
  return options;
}

/** `text` cut to `max` characters (never inside a surrogate pair), as one line a terminal shows as it is. */
function clip(text: string, max: number): string {
  if (text.length <= max) return escapeUnprintable(text);
  const end = /[\ud800-\udbff]/.test(text[max - 1]!) ? max - 1 : max;
  return `${escapeUnprintable(text.slice(0, end))}…(${text.length - end} more)`;
}

/** A value as a failure message shows it: one line, printable, bounded. */
function show(value: unknown): string {
  return clip(inspect(value, { depth: 8, breakLength: Infinity, compact: true, maxStringLength: SHOWN_CHARS, maxArrayLength: LISTED }), SHOWN_VALUE_CHARS);
}

/** One line per event: `#3 nexus.create target=… node=…`; what a producer wrote is shown escaped and cut. */
function describeEvent(index: number, key: EventKey, event: CatalogEvent): string {
  const node = event.metadata.source.node;
  return `#${index + 1} ${key} target=${clip(event.target, SHOWN_CHARS)}${node ? ` node=${clip(node, SHOWN_CHARS)}` : ''} id=${clip(event.metadata.id, SHOWN_CHARS)}`;
}

function listEvents(records: readonly DecodedEvent[], indent = '  '): string {
  const lines = records.slice(0, LISTED).map((record, i) => `${indent}${describeEvent(i, record.key, record.event)}`);
  if (records.length > LISTED) lines.push(`${indent}… and ${records.length - LISTED} more`);
  return lines.join('\n');
}

/** A predicate's source on one short line, to say what a wait was for. */
function describePredicate(where: (...args: never[]) => unknown): string {
  const source = String(where).replace(/\s+/g, ' ').trim();
  return clip(source, 100);
}

/** What a wait saw instead of the event it waited for. */
export interface WaitTimeoutSeen {
  /** The catalogued events it saw, in arrival order (the first 100). */
  readonly events: readonly DecodedEvent[];
  /** How many catalogued events it saw in all. */
  readonly eventCount: number;
  /** How many well-formed events the catalog does not know it saw. */
  readonly unknownCount: number;
  /** How many invalid messages it saw. */
  readonly invalidCount: number;
}

/** A wait ran out of time: `waitedFor` says for what, `seen` what arrived instead. */
export class WaitTimeoutError extends MayastorEventsError {
  override readonly name = 'WaitTimeoutError';
  /** What was waited for, in words, e.g. ``a volume.create event where (event) => event.target === id``. */
  readonly waitedFor: string;
  /** How long it waited (ms). */
  readonly timeout: number;
  /** What arrived meanwhile. */
  readonly seen: WaitTimeoutSeen;

  constructor(waitedFor: string, timeout: number, seen?: WaitTimeoutSeen) {
    super(`waited ${timeout} ms for ${waitedFor}${seen === undefined ? '' : `; ${sawInstead(seen)}`}\n(raise \`timeout\` if the code under test is slow)`);
    this.waitedFor = waitedFor;
    this.timeout = timeout;
    this.seen = seen ?? { events: [], eventCount: 0, unknownCount: 0, invalidCount: 0 };
  }
}

/** What a wait saw instead, in words. */
function sawInstead(seen: WaitTimeoutSeen): string {
  const others = [
    seen.unknownCount > 0 ? `${seen.unknownCount} unknown event(s)` : '',
    seen.invalidCount > 0 ? `${seen.invalidCount} invalid message(s)` : '',
  ].filter(Boolean);
  if (seen.eventCount === 0) {
    return `saw no catalogued event${others.length > 0 ? ` (only ${others.join(' and ')})` : ''}: was it published on this bus, and under this key?`;
  }
  return `saw ${seen.eventCount} other event(s) instead${others.length > 0 ? `, and ${others.join(' and ')}` : ''}:\n${listEvents(seen.events)}`;
}

/** Collects what a wait saw, for its timeout error. */
function seenCollector(): { add(record: DecodedEvent): void; unknown(): void; invalid(): void; result(): WaitTimeoutSeen } {
  const events: DecodedEvent[] = [];
  let eventCount = 0;
  let unknownCount = 0;
  let invalidCount = 0;
  return {
    add(record) {
      eventCount++;
      if (events.length < KEPT) events.push(record);
    },
    unknown: () => void unknownCount++,
    invalid: () => void invalidCount++,
    result: () => ({ events: [...events], eventCount, unknownCount, invalidCount }),
  };
}

// ---------------------------------------------------------------------------------------------
// The recorder

const RECORDER = Symbol.for('mayastor-events.testing.recorder');

/** Options of `recorder.caughtUp()`. */
export interface CaughtUpOptions {
  /**
   * How long to wait (ms) before rejecting with a `WaitTimeoutError`: 0 to 2147483647, the most a timer holds.
   * @default DEFAULT_WAIT_TIMEOUT (2000)
   */
  timeout?: number;
}

/** What was published on a bus: the catalogued events that match `pattern`, and every unknown or invalid message; from {@link recordEvents}. */
export interface EventRecorder<P extends SubjectPattern = '>'> {
  /** The pattern the recorded events match. */
  readonly pattern: P;
  /** Every catalogued event that matches the pattern, in arrival (stream) order; a snapshot. */
  readonly events: readonly EventMatching<P>[];
  /** Every well-formed event the catalog does not know, whatever the pattern (no key to match it against); a snapshot. */
  readonly unknown: readonly UnknownEvent[];
  /** Every invalid message (not UTF-8, not JSON, not an EventMessage), whatever the pattern; a snapshot. */
  readonly invalid: readonly DecodeError[];
  /** The recorded events of one key, in arrival order, typed as that event. */
  ofKey<K extends EventKeyMatching<P>>(key: K): EventMap[K][];
  /**
   * Resolves once every message the bus held when it was called has reached the recorder: await it
   * before asserting, since delivery is asynchronous (an `expectNotPublished` right after a publish
   * would pass for the wrong reason). Needs the in-memory bus; elsewhere use `waitForEvent`.
   */
  caughtUp(options?: CaughtUpOptions): Promise<void>;
  /** Forgets everything recorded so far (events keep arriving). */
  clear(): void;
  /** Stops the recorder's subscription (the recorded events stay readable). */
  stop(): Promise<void>;
  /** `stop()`, for `await using recorder = await recordEvents(bus)`. */
  [Symbol.asyncDispose](): Promise<void>;
}

interface RecorderState {
  readonly pattern: SubjectPattern;
  readonly records: DecodedEvent[];
  readonly unknown: UnknownEvent[];
  readonly invalid: DecodeError[];
}

function isRecorder(value: unknown): value is EventRecorder<SubjectPattern> & { readonly [RECORDER]: RecorderState } {
  return typeof value === 'object' && value !== null && RECORDER in value;
}

function isMemoryBus(bus: EventBus): bus is MemoryBus {
  return typeof (bus as Partial<MemoryBus>).messages === 'function';
}

/**
 * Records every event published on `bus` (before and after the call) that matches `pattern`, with
 * an ephemeral subscription that delivers the whole stream; unknown and invalid messages are kept
 * apart. Stop it when done (closing the bus stops it too).
 *
 * @example
 * const recorder = await recordEvents(bus, 'volume.*');
 * await service.createVolume(volumeUuid);
 * await recorder.caughtUp();
 * expectPublished(recorder, 'volume.create', { target: volumeUuid });
 */
export async function recordEvents<P extends SubjectPattern = '>'>(bus: EventBus, pattern: P = '>' as P): Promise<EventRecorder<P>> {
  assertBus(bus, 'recordEvents');
  assertSubjectPattern(pattern);
  const state: RecorderState = { pattern, records: [], unknown: [], invalid: [] };
  let lastSequence = 0;
  let stopped = false;
  const waiters = new Set<{ target: number; done(): void }>();

  function reached(sequence: number): void {
    if (sequence > lastSequence) lastSequence = sequence;
    for (const waiter of waiters) if (lastSequence >= waiter.target) waiter.done();
  }

  // `>` so that every message reaches the recorder (its sequence tells `caughtUp` how far it is);
  // the pattern is applied here.
  const subscription: Subscription = await bus.subscribe(
    {
      '>': (event, delivery) => {
        const key = delivery.key;
        if (matchesPattern(pattern, key)) state.records.push({ kind: 'event', key, event } as DecodedEvent);
        reached(delivery.streamSequence);
      },
    },
    {
      deliver: { policy: 'all' },
      onUnknown: (event, delivery) => {
        state.unknown.push(event);
        reached(delivery.streamSequence);
      },
      onInvalid: (error, delivery) => {
        state.invalid.push(error);
        reached(delivery.streamSequence);
      },
    },
  );

  const recorder: EventRecorder<P> & { readonly [RECORDER]: RecorderState } = {
    [RECORDER]: state,
    pattern,
    get events() {
      return state.records.map((record) => record.event as EventMatching<P>);
    },
    get unknown() {
      return [...state.unknown];
    },
    get invalid() {
      return [...state.invalid];
    },
    ofKey<K extends EventKeyMatching<P>>(key: K): EventMap[K][] {
      checkKey(state, key, 'recorder.ofKey'); // a typo would read as "none recorded"
      return state.records.filter((record) => record.key === key).map((record) => record.event as EventMap[K]);
    },
    async caughtUp(options?: CaughtUpOptions) {
      const timeout = resolveTimeout(optionsObject(options, 'recorder.caughtUp').timeout);
      if (!isMemoryBus(bus)) {
        throw new MayastorEventsError(
          'recorder.caughtUp() needs the in-memory bus (createMemoryBus), which can say what it holds: on another bus, await waitForEvent(...) for the event you expect',
        );
      }
      const target = bus.messages().at(-1)?.sequence ?? 0;
      if (lastSequence >= target) return;
      if (stopped) throw new MayastorEventsError(`recorder.caughtUp(): the recorder was stopped at stream sequence ${lastSequence}, before ${target}`);
      await new Promise<void>((resolve, reject) => {
        const waiter = {
          target,
          done() {
            clearTimeout(timer);
            waiters.delete(waiter);
            resolve();
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new WaitTimeoutError(`the recorder to reach stream sequence ${target} (it is at ${lastSequence}; is the bus closed?)`, timeout));
        }, timeout);
        waiters.add(waiter);
      });
    },
    clear() {
      state.records.length = 0;
      state.unknown.length = 0;
      state.invalid.length = 0;
    },
    async stop() {
      stopped = true;
      await subscription.stop();
    },
    [asyncDispose]() {
      return recorder.stop();
    },
  };
  return recorder;
}

// ---------------------------------------------------------------------------------------------
// Waiting for one event

/** Options of {@link waitForEvent}. */
export interface WaitForEventOptions<P extends SubjectPattern> {
  /**
   * Only an event for which this returns true will do; a throw rejects the wait with that error,
   * and so does a promise (an async predicate), with a `BusOptionsError`.
   * @default undefined (the first event that matches the pattern)
   * @example { where: (event) => event.target === volumeUuid }
   */
  where?: (event: EventMatching<P>) => boolean;
  /**
   * How long to wait (ms) before rejecting with a `WaitTimeoutError`: 0 to 2147483647, the most a timer holds.
   * @default DEFAULT_WAIT_TIMEOUT (2000)
   */
  timeout?: number;
  /**
   * Cancels the wait: it rejects with an `AbortedError` (name `'AbortError'`, the signal's
   * reason as `cause`) once its subscription has stopped.
   * @default undefined
   */
  signal?: AbortSignal;
}

/**
 * Resolves with the first event on `bus` that matches `pattern` (and `where`), whether it was
 * published before or after the call; rejects with a `WaitTimeoutError` listing what arrived
 * instead after `timeout` ms. Its subscription is stopped before it settles, either way. A
 * type-guard `where` narrows the result.
 *
 * @example
 * const rebuilt = await waitForEvent(bus, 'nexus.rebuildEnd', { where: (event) => event.target === nexusUuid, timeout: 500 });
 */
export function waitForEvent<P extends SubjectPattern, E extends EventMatching<P>>(
  bus: EventBus,
  pattern: P,
  options: WaitForEventOptions<NoInfer<P>> & { where: (event: EventMatching<NoInfer<P>>) => event is E },
): Promise<E>;
export function waitForEvent<P extends SubjectPattern>(bus: EventBus, pattern: P, options?: WaitForEventOptions<NoInfer<P>>): Promise<EventMatching<P>>;
export function waitForEvent<P extends SubjectPattern>(
  bus: EventBus,
  pattern: P,
  options?: WaitForEventOptions<NoInfer<P>>,
): Promise<EventMatching<P>> {
  return new Promise<EventMatching<P>>((resolve, reject) => {
    assertBus(bus, 'waitForEvent');
    assertSubjectPattern(pattern);
    const { timeout: timeoutOption, where, signal } = optionsObject(options, 'waitForEvent');
    const timeout = resolveTimeout(timeoutOption);
    if (where !== undefined && typeof where !== 'function') throw new BusOptionsError('where', `expected a function of the event, got ${typeof where}`);
    if (signal !== undefined && !isAbortSignal(signal)) throw new BusOptionsError('signal', 'expected an AbortSignal');
    const waitedFor = `a ${pattern} event${where === undefined ? '' : ` where ${describePredicate(where)}`}`;
    const seen = seenCollector();
    let subscription: Subscription | undefined;
    let settle: (() => void) | undefined;

    // Settles only once the subscription has stopped, so none is left behind.
    function end(outcome: () => void): void {
      if (settle !== undefined) return;
      settle = outcome;
      clearTimeout(timer);
      stopAborting();
      if (subscription !== undefined) void subscription.stop().then(outcome, outcome);
    }

    const timer = setTimeout(() => end(() => reject(new WaitTimeoutError(waitedFor, timeout, seen.result()))), timeout);
    let stopAborting = (): void => undefined;
    stopAborting = whenAborted(signal, () => end(() => reject(new AbortedError(`waiting for ${waitedFor}`, { cause: signal?.reason }))));

    bus
      .subscribe(
        {
          '>': (event, delivery) => {
            if (settle !== undefined) return;
            const key = delivery.key;
            if (matchesPattern(pattern, key)) {
              const candidate = event as EventMatching<P>;
              let chosen: unknown;
              try {
                chosen = where === undefined || where(candidate);
              } catch (error) {
                end(() => reject(error));
                return;
              }
              if (isThenable(chosen)) {
                // An async predicate: its promise is truthy, so the first event would do, whatever it says.
                void Promise.resolve(chosen).catch(() => undefined);
                end(() => reject(new BusOptionsError('where', 'returned a promise: decide synchronously, e.g. (event) => event.target === id')));
                return;
              }
              if (chosen) {
                end(() => resolve(candidate));
                return;
              }
            }
            seen.add({ kind: 'event', key, event } as DecodedEvent);
          },
        },
        { deliver: { policy: 'all' }, onUnknown: () => seen.unknown(), onInvalid: () => seen.invalid() },
      )
      .then(
        (started) => {
          subscription = started;
          if (settle !== undefined) void started.stop().then(settle, settle);
        },
        (error: unknown) => {
          clearTimeout(timer);
          if (settle === undefined) {
            settle = () => undefined;
            reject(error);
          } else settle();
        },
      );
  });
}

// ---------------------------------------------------------------------------------------------
// Assertions

interface Mismatch {
  readonly path: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

function isAsymmetricMatcher(value: unknown): value is { asymmetricMatch(other: unknown): boolean } {
  return typeof value === 'object' && value !== null && typeof (value as { asymmetricMatch?: unknown }).asymmetricMatch === 'function';
}

/**
 * Whether a number and a bigint are the same integer: a u64 member is `number | bigint` (a bigint
 * only past 2^53 once decoded), so `5n` expected of a `5` received is a match.
 */
function sameInteger(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'bigint') return Number.isInteger(a) && BigInt(a) === b;
  if (typeof a === 'bigint' && typeof b === 'number') return Number.isInteger(b) && BigInt(b) === a;
  return false;
}

/**
 * Where `actual` differs from the deep-partial `expected`: plain objects member by member (an
 * `undefined` member is not compared), anything else (arrays, bigints, `null`, scalars) whole, a
 * number and a bigint by the integer they hold; an asymmetric matcher such as `expect.any(String)` is asked.
 */
function mismatches(actual: unknown, expected: unknown, path = ''): Mismatch[] {
  if (expected === undefined) return [];
  if (isAsymmetricMatcher(expected)) return expected.asymmetricMatch(actual) ? [] : [{ path, expected, actual }];
  if (isPlainObject(expected)) {
    if (!isPlainObject(actual)) return [{ path, expected, actual }];
    // Own members only: an expected `__proto__` (JSON.parse makes one) is not the event's prototype.
    return Object.entries(expected).flatMap(([name, value]) => mismatches(Object.hasOwn(actual, name) ? actual[name] : undefined, value, `${path}/${name}`));
  }
  return isDeepStrictEqual(actual, expected) || sameInteger(actual, expected) ? [] : [{ path, expected, actual }];
}

interface Verdict {
  readonly matching: DecodedEvent[];
  /** `expectPublished`'s failure, said in full. */
  readonly missing: () => string;
  /** `expectNotPublished`'s failure, said in full. */
  readonly present: () => string;
}

function judge(state: RecorderState, key: string, partial: unknown): Verdict {
  const what = `a ${key} event${partial === undefined ? '' : ` matching ${show(partial)}`}`;
  const ofKey = state.records.map((record, index) => ({ record, index })).filter(({ record }) => record.key === key);
  const matching = ofKey.filter(({ record }) => mismatches(record.event, partial).length === 0);
  const published = (): string => {
    const extras = [
      state.unknown.length > 0 ? `${state.unknown.length} unknown event(s)` : '',
      state.invalid.length > 0 ? `${state.invalid.length} invalid message(s)` : '',
    ].filter(Boolean);
    const also = extras.length > 0 ? `\n(also recorded: ${extras.join(', ')})` : '';
    if (state.records.length === 0) {
      return `recorded on ${state.pattern}: nothing (was it published on this bus? await recorder.caughtUp() before asserting)${also}`;
    }
    return `recorded on ${state.pattern} (${state.records.length} event(s), in order):\n${listEvents(state.records)}${also}`;
  };
  return {
    matching: matching.map(({ record }) => record),
    missing() {
      let closest = '';
      if (ofKey.length > 0 && partial !== undefined) {
        const ranked = ofKey.map(({ record, index }) => ({ index, diff: mismatches(record.event, partial) }));
        const best = ranked.reduce((a, b) => (b.diff.length < a.diff.length ? b : a));
        const lines = best.diff.map((m) => `  ${m.path || '/'}: expected ${show(m.expected)}, got ${show(m.actual)}`);
        closest = `the closest, #${best.index + 1}, differs at:\n${lines.join('\n')}\n`;
      }
      const none = ofKey.length === 0 ? `no ${key} event was recorded` : `none of the ${ofKey.length} ${key} event(s) matches`;
      return `expected ${what} to have been published, but ${none}\n${closest}${published()}`;
    },
    present() {
      const lines = matching.map(({ record, index }) => `  ${describeEvent(index, record.key, record.event)}`);
      return `expected no ${what.slice(2)} to have been published, but ${matching.length} did:\n${lines.join('\n')}\n${published()}`;
    },
  };
}

function stateOf(recorder: unknown, caller: string): RecorderState {
  if (!isRecorder(recorder)) throw new TypeError(`${caller} expects an event recorder from recordEvents(bus), got ${show(recorder)}`);
  return recorder[RECORDER];
}

function checkKey(state: RecorderState, key: unknown, caller: string): asserts key is EventKey {
  if (!isEventKey(key)) throw new TypeError(`${caller}: ${show(key)} is not a catalogued event key such as 'volume.create'`);
  if (!matchesPattern(state.pattern, key)) {
    throw new TypeError(`${caller}: the recorder records ${state.pattern}, which never includes ${key}: record with a pattern that matches it`);
  }
}

/**
 * Asserts that a `key` event matching the deep-partial `partial` was recorded, and returns the
 * first such event. Throws a node:assert `AssertionError` that lists what was recorded, and where
 * the closest event differs. Delivery is asynchronous: `await recorder.caughtUp()` first.
 *
 * @example
 * expectPublished(recorder, 'volume.create', { target: volumeUuid, metadata: { source: { node: 'io-engine-1' } } });
 */
export function expectPublished<P extends SubjectPattern, K extends EventKeyMatching<P>>(
  recorder: EventRecorder<P>,
  key: K,
  partial?: EventOverrides<K>,
): EventMap[K] {
  const state = stateOf(recorder, 'expectPublished');
  checkKey(state, key, 'expectPublished');
  const verdict = judge(state, key, partial);
  if (verdict.matching.length === 0) throw new AssertionError({ message: verdict.missing(), operator: 'expectPublished', stackStartFn: expectPublished });
  return verdict.matching[0]!.event as EventMap[K];
}

/**
 * Asserts that no `key` event matching the deep-partial `partial` was recorded (with no
 * `partial`, no `key` event at all). Throws a node:assert `AssertionError` listing the matches.
 * `await recorder.caughtUp()` first, or it passes before the event has arrived.
 */
export function expectNotPublished<P extends SubjectPattern, K extends EventKeyMatching<P>>(
  recorder: EventRecorder<P>,
  key: K,
  partial?: EventOverrides<K>,
): void {
  const state = stateOf(recorder, 'expectNotPublished');
  checkKey(state, key, 'expectNotPublished');
  const verdict = judge(state, key, partial);
  if (verdict.matching.length > 0) throw new AssertionError({ message: verdict.present(), operator: 'expectNotPublished', stackStartFn: expectNotPublished });
}

/** What a custom matcher returns to vitest or jest. */
export interface MatcherResult {
  readonly pass: boolean;
  readonly message: () => string;
}

type RecorderKeys<T> = T extends EventRecorder<infer P> ? EventKeyMatching<P> : EventKey;

/**
 * The matchers `eventMatchers` adds, for the module augmentation that types them in vitest (one
 * line in a test file or a `.d.ts`):
 *
 * `declare module 'vitest' { interface Matchers<T = any> extends EventMatchers<T> {} }`
 */
export interface EventMatchers<T = unknown> {
  /** Passes when the recorder recorded a `key` event matching the deep-partial `partial`. */
  toHavePublished<K extends RecorderKeys<T>>(key: K, partial?: EventOverrides<K>): void;
}

/**
 * Custom matchers for vitest or jest: `expect.extend(eventMatchers)` gives
 * `expect(recorder).toHavePublished(key, partial?)` and its `.not`. Type them with
 * `declare module 'vitest' { interface Matchers<T = any> extends EventMatchers<T> {} }`.
 *
 * @example
 * expect.extend(eventMatchers);
 * await recorder.caughtUp();
 * expect(recorder).toHavePublished('volume.create', { target: volumeUuid });
 * expect(recorder).not.toHavePublished('volume.delete');
 */
export const eventMatchers = {
  /** `expect(recorder).toHavePublished(key, partial?)`: see {@link expectPublished}. */
  toHavePublished(this: unknown, received: unknown, key: unknown, partial?: unknown): MatcherResult {
    // A misuse throws rather than fails, so that `.not` cannot turn it into a pass.
    const state = stateOf(received, 'toHavePublished');
    checkKey(state, key, 'toHavePublished');
    const verdict = judge(state, key, partial);
    const pass = verdict.matching.length > 0;
    return { pass, message: pass ? verdict.present : verdict.missing };
  },
};
