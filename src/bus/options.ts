// Subscribe options: the defaults, and the one place where input is checked and resolved.
import { assertSubject, EVENTS_SUBJECT_PREFIX, SubjectError } from '../subject.js';
import { durableNameProblem, jetStreamNameProblem } from '../internal/jetstream-names.js';
import { isAbortSignal } from '../internal/abort.js';
import { MAX_DELAY_MS, delaysOption, nonNegativeIntegerOption, positiveIntegerOption } from '../internal/checks.js';
import { BusOptionsError } from './errors.js';
import type { UnknownEvent } from '../codec/decode.js';
import type { DecodeError } from '../codec/errors.js';
import type { DeadLetter, DedupeOptions, DeliverPolicy, Delivery, SubscribeOptions } from './types.js';

/** Events handled at the same time by default: one, in stream order. */
export const DEFAULT_CONCURRENCY = 1;
/** Deliveries of an event before it is dead-lettered, by default. */
export const DEFAULT_MAX_DELIVER = 5;
/** Redelivery delays (ms) after a handler's throw, by default; the last one repeats. */
export const DEFAULT_BACKOFF: readonly number[] = /* @__PURE__ */ Object.freeze([1_000, 5_000, 10_000]);
/** How long the server waits for an ack before redelivering (ms), by default. */
export const DEFAULT_ACK_WAIT = 30_000;
/** How long `stop()` and `close()` wait for a running handler before giving its event back (ms), by default. */
export const DEFAULT_STOP_TIMEOUT = 10_000;
/** Where a new consumer starts by default: every stored event, like the upstream stats consumer. */
export const DEFAULT_DELIVER_POLICY = /* @__PURE__ */ Object.freeze({ policy: 'all' } as const);
/** The longest `ackWait`, `stopTimeout` and `backoff` delay (ms), about 24.8 days: see `delaysOption`. */
export { MAX_DELAY_MS };

/**
 * The earliest and latest `deliver.startTime` (ms since 1970, whole seconds): nats-server reads a
 * start time as 64-bit nanoseconds, 1677-09-21T00:12:44Z to 2262-04-11T23:47:16Z.
 */
export const MIN_START_TIME_MS = -9_223_372_036_000;
/** See {@link MIN_START_TIME_MS}. */
export const MAX_START_TIME_MS = 9_223_372_036_000;

/** Subscribe options with every default applied and every conflict rejected. */
export interface ResolvedSubscribeOptions {
  readonly durable: string | undefined;
  readonly deliver:
    | { readonly policy: 'all' }
    | { readonly policy: 'new' }
    | { readonly policy: 'startTime'; readonly startTime: Date }
    | { readonly policy: 'startSequence'; readonly startSequence: number };
  readonly concurrency: number;
  readonly maxDeliver: number;
  readonly backoff: readonly number[];
  readonly ackWait: number;
  readonly stopTimeout: number;
  readonly onInvalid: ((error: DecodeError, delivery: Delivery) => unknown) | undefined;
  readonly onUnknown: ((event: UnknownEvent, delivery: Delivery) => unknown) | undefined;
  readonly onDeadLetter: ((letter: DeadLetter) => unknown) | undefined;
  readonly deadLetterSubject: string | undefined;
  readonly dedupe: ResolvedDedupe | false;
  readonly signal: AbortSignal | undefined;
}

const KNOWN = new Set([
  'durable',
  'deliver',
  'concurrency',
  'maxDeliver',
  'backoff',
  'ackWait',
  'stopTimeout',
  'onInvalid',
  'onUnknown',
  'onDeadLetter',
  'deadLetterSubject',
  'dedupe',
  'signal',
]);

const optionError = (option: string, message: string): BusOptionsError => new BusOptionsError(option, message);
const positiveInteger = (option: string, value: unknown, fallback: number): number => positiveIntegerOption(option, value, fallback, optionError);
const TOO_LONG = `at most ${MAX_DELAY_MS} ms (24.8 days): a longer timer fires at once`;

// A delay the bus sets a timer with (or sends to the server as nanoseconds): no longer than MAX_DELAY_MS.
function timerDelay(option: string, value: number): number {
  if (value > MAX_DELAY_MS) throw new BusOptionsError(option, `expected ${TOO_LONG}, got ${value}`);
  return value;
}

function hook<T>(option: string, value: T | undefined): T | undefined {
  if (value !== undefined && typeof value !== 'function') throw new BusOptionsError(option, 'expected a function');
  return value;
}

// The members each policy takes: another (a typo such as `startSeq`) would be ignored, and the
// consumer would start elsewhere than asked.
const DELIVER_MEMBERS: Readonly<Record<string, readonly string[]>> = { all: [], new: [], startTime: ['startTime'], startSequence: ['startSequence'] };

function resolveDeliver(deliver: DeliverPolicy | undefined): ResolvedSubscribeOptions['deliver'] {
  if (deliver === undefined) return DEFAULT_DELIVER_POLICY;
  if (typeof deliver !== 'object' || deliver === null) throw new BusOptionsError('deliver', 'expected an object such as { policy: "all" }');
  const members = Object.hasOwn(DELIVER_MEMBERS, deliver.policy) ? DELIVER_MEMBERS[deliver.policy]! : undefined;
  for (const name of members === undefined ? [] : Object.keys(deliver)) {
    if (name !== 'policy' && !members!.includes(name)) {
      const expected = members!.length === 0 ? 'it takes no other member' : `expected ${members!.join(', ')}`;
      throw new BusOptionsError(`deliver.${name}`, `not a member of { policy: ${JSON.stringify(deliver.policy)} }; ${expected}`);
    }
  }
  switch (deliver.policy) {
    case 'all':
    case 'new':
      return { policy: deliver.policy };
    case 'startTime': {
      const time = typeof deliver.startTime === 'string' ? new Date(deliver.startTime) : deliver.startTime;
      if (!(time instanceof Date) || Number.isNaN(time.getTime())) {
        throw new BusOptionsError('deliver', 'startTime must be a Date or an RFC 3339 string');
      }
      // nats-server reads the time as int64 nanoseconds since 1970: outside that range it would
      // compare a wrapped time (a NATS consumer delivering every event, the memory bus none).
      if (time.getTime() < MIN_START_TIME_MS || time.getTime() > MAX_START_TIME_MS) {
        throw new BusOptionsError('deliver', `startTime must be from 1677-09-21T00:12:44Z to 2262-04-11T23:47:16Z, the times nats-server reads (64-bit nanoseconds), got ${time.toISOString()}`);
      }
      return { policy: 'startTime', startTime: time };
    }
    case 'startSequence':
      if (deliver.startSequence === undefined) throw new BusOptionsError('deliver.startSequence', 'expected the stream sequence to start from (a positive integer)');
      return { policy: 'startSequence', startSequence: positiveInteger('deliver.startSequence', deliver.startSequence, 1) };
    default:
      throw new BusOptionsError('deliver', `unknown policy ${JSON.stringify((deliver as { policy: unknown }).policy)}; expected all, new, startTime or startSequence`);
  }
}

export { MAX_JETSTREAM_NAME_BYTES } from '../internal/jetstream-names.js';

/**
 * Throws a `BusOptionsError` naming `option` unless `name` is a name JetStream takes for a `what`
 * (stream or consumer): see `jetStreamNameProblem`. Checked before anything is sent.
 * @internal
 */
export function assertJetStreamName(option: string, name: unknown, what: 'stream' | 'consumer'): asserts name is string {
  const problem = jetStreamNameProblem(name, what);
  if (problem !== undefined) throw new BusOptionsError(option, problem);
}

// The rule is durableNameProblem's, which the stats service's durable is checked by too.
function resolveName(option: string, value: string): string {
  const problem = durableNameProblem(value);
  if (problem !== undefined) throw new BusOptionsError(option, problem);
  return value;
}

/** Applies the defaults to subscribe options and rejects invalid or conflicting ones. */
export function resolveSubscribeOptions(options: SubscribeOptions = {}): ResolvedSubscribeOptions {
  if (typeof options !== 'object' || options === null) throw new BusOptionsError('options', 'expected an object');
  for (const name of Object.keys(options)) {
    if (!KNOWN.has(name)) throw new BusOptionsError(name, `not a subscribe option; expected one of ${[...KNOWN].join(', ')}`);
  }
  const durable = options.durable === undefined ? undefined : resolveName('durable', options.durable);
  const backoff = delaysOption('backoff', options.backoff, DEFAULT_BACKOFF, optionError);
  let deadLetterSubject: string | undefined;
  if (options.deadLetterSubject !== undefined) {
    try {
      assertSubject('deadLetterSubject', options.deadLetterSubject);
    } catch (error) {
      if (error instanceof SubjectError) throw new BusOptionsError('deadLetterSubject', error.message);
      throw error;
    }
    if (options.deadLetterSubject.split('.')[0] === EVENTS_SUBJECT_PREFIX) {
      throw new BusOptionsError('deadLetterSubject', 'must be outside `events.>`: dead letters would be stored in the events stream again');
    }
    deadLetterSubject = options.deadLetterSubject;
  }
  return {
    durable,
    deliver: resolveDeliver(options.deliver),
    concurrency: positiveInteger('concurrency', options.concurrency, DEFAULT_CONCURRENCY),
    maxDeliver: positiveInteger('maxDeliver', options.maxDeliver, DEFAULT_MAX_DELIVER),
    backoff,
    ackWait: timerDelay('ackWait', positiveInteger('ackWait', options.ackWait, DEFAULT_ACK_WAIT)),
    stopTimeout: timerDelay('stopTimeout', nonNegativeIntegerOption('stopTimeout', options.stopTimeout, DEFAULT_STOP_TIMEOUT, optionError)),
    onInvalid: hook('onInvalid', options.onInvalid),
    onUnknown: hook('onUnknown', options.onUnknown),
    onDeadLetter: hook('onDeadLetter', options.onDeadLetter),
    deadLetterSubject,
    dedupe: resolveDedupe(options.dedupe),
    signal: resolveSignal(options.signal),
  };
}

/** The `signal` option checked: an AbortSignal, or undefined. */
export function resolveSignal(signal: unknown): AbortSignal | undefined {
  if (signal === undefined) return undefined;
  if (!isAbortSignal(signal)) throw new BusOptionsError('signal', 'expected an AbortSignal');
  return signal;
}

// The window of handled events (`dedupe`): see src/bus/handled.ts.

/** How long a handled event's id is remembered by default (ms) when the stream's duplicate window is not known: the server's default. */
export const DEFAULT_DEDUPE_WINDOW = 120_000;
/** How many handled event ids a subscription remembers at most by default. */
export const DEFAULT_DEDUPE_MAX_EVENTS = 100_000;

/** The `dedupe` option resolved; `window` undefined means the stream's duplicate window. */
export interface ResolvedDedupe {
  readonly window: number | undefined;
  readonly maxEvents: number;
}

function resolveDedupe(dedupe: DedupeOptions | false | undefined): ResolvedDedupe | false {
  if (dedupe === false) return false;
  if (dedupe === undefined) return { window: undefined, maxEvents: DEFAULT_DEDUPE_MAX_EVENTS };
  if (typeof dedupe !== 'object' || dedupe === null) throw new BusOptionsError('dedupe', 'expected false or an object such as { window: 120000 }');
  for (const name of Object.keys(dedupe)) {
    if (name !== 'window' && name !== 'maxEvents') throw new BusOptionsError(`dedupe.${name}`, 'not a dedupe option; expected window or maxEvents');
  }
  return {
    window: dedupe.window === undefined ? undefined : positiveInteger('dedupe.window', dedupe.window, 0),
    maxEvents: positiveInteger('dedupe.maxEvents', dedupe.maxEvents, DEFAULT_DEDUPE_MAX_EVENTS),
  };
}

/** The options with the dedupe window, when not given, set to `streamWindow` (ms): the stream's duplicate window. */
export function withStreamDedupeWindow(options: ResolvedSubscribeOptions, streamWindow: number): ResolvedSubscribeOptions {
  if (options.dedupe === false || options.dedupe.window !== undefined) return options;
  return { ...options, dedupe: { ...options.dedupe, window: Math.max(streamWindow, 1) } };
}

/** The redelivery delay after the n-th failed delivery (1-based). */
export function backoffDelay(backoff: readonly number[], failures: number): number {
  return backoff[Math.min(Math.max(failures, 1), backoff.length) - 1]!;
}
