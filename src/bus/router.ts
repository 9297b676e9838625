// The router: one decode per message, then the handlers whose pattern matches the event's key,
// and the verdict for the message (ack, nak with back-off, terminate, dead-letter). Both buses
// drive their consumers through it, so they behave the same.
import { catalog } from '../catalog.js';
import type { DecodeError } from '../codec/errors.js';
import type { EventMessage } from '../generated/types.js';
import type { CatalogEvent, EventKey } from '../generated/registry.js';
import { assertSubjectPattern, matchesPattern, SubjectError, wireFilter, type SubjectPattern } from '../subject.js';
import { utf8Length, utf8Prefix } from '../internal/utf8.js';
import { BusOptionsError, PAYLOAD_TOO_LARGE, PublishError } from './errors.js';
import { HandledWindow } from './handled.js';
import { backoffDelay, DEFAULT_DEDUPE_WINDOW, type ResolvedSubscribeOptions } from './options.js';
import { internalDecodeError } from '../codec/errors.js';
import { readMessage } from './read.js';
import { guardLogger } from '../internal/logger.js';
import type { BusLogger, DeadLetter, Delivery, HandlerMap } from './types.js';
import type { ConsumerTelemetry } from '../telemetry/process.js';
import type { HeaderSource } from '../telemetry/telemetry.js';

/** What the router does with the message it was given. */
export interface MessageControl {
  ack(): void;
  nak(delayMs: number): void;
  term(): void;
}

/** Headers of a dead letter republished to `deadLetterSubject`. */
export const DEAD_LETTER_HEADERS = /* @__PURE__ */ Object.freeze({
  reason: 'Mayastor-Dead-Letter-Reason',
  deliveries: 'Mayastor-Dead-Letter-Deliveries',
  subject: 'Mayastor-Dead-Letter-Subject',
  sequence: 'Mayastor-Dead-Letter-Sequence',
});

/**
 * The most bytes of UTF-8 a dead letter's reason header carries. A longer reason (a handler's
 * error may say anything) is cut, with a marker giving its whole size: the letter is the event
 * plus its headers, and it must stay under the server's `max_payload`. The whole reason stays in
 * `DeadLetter.reason`, the log and the span.
 */
export const DEAD_LETTER_REASON_MAX_BYTES = 1_024;

// Control characters (C0, DEL, C1): nats.js refuses CR and LF in a header value (BAD_HEADER),
// nats-server ends a header line at CRLF, and readers that follow RFC 7230's field-vchar (Go's
// net/textproto) refuse the others. A run of them becomes one space.
const HEADER_UNSAFE = /[\u0000-\u001f\u007f-\u009f]+/g;

/**
 * A dead letter's reason as a header value: control characters made spaces, trimmed (nats.js
 * trims header values), and cut on a character boundary to at most
 * `DEAD_LETTER_REASON_MAX_BYTES` of UTF-8, with `… [cut: N bytes in all]` when cut.
 */
export function deadLetterReasonHeader(reason: string): string {
  const value = reason.replace(HEADER_UNSAFE, ' ').trim();
  if (value.length <= DEAD_LETTER_REASON_MAX_BYTES / 3) return value; // at most 3 bytes a UTF-16 unit
  const total = utf8Length(value);
  if (total <= DEAD_LETTER_REASON_MAX_BYTES) return value;
  const marker = ` … [cut: ${total} bytes in all]`;
  const budget = DEAD_LETTER_REASON_MAX_BYTES - utf8Length(marker);
  return value.slice(0, utf8Prefix(value, budget)).trimEnd() + marker;
}

/**
 * Whether a dead letter's republish failed for good, the same letter being refused every time:
 * above `max_payload` (a `PublishError` of code `PAYLOAD_TOO_LARGE`), a subject or header the
 * client refuses (a `SubjectError`); each bus's publisher says its client's refusals so. The
 * refusal to report, or undefined for a failure that may pass (no server, a closed connection),
 * after which the event is given back.
 */
function permanentRefusal(error: unknown): SubjectError | PublishError | undefined {
  if (error instanceof SubjectError) return error;
  if (error instanceof PublishError && error.code === PAYLOAD_TOO_LARGE) return error;
  return undefined;
}

/**
 * What a handler throws to give its event back without having handled it (`bus.events()` for an
 * event that never reached the loop's body): naked at once, not a failed delivery, so never
 * dead-lettered for it. @internal
 */
export class NotHandled extends Error {}

/** How a bus republishes a dead letter: the original payload to `subject`, with headers. */
export type DeadLetterPublisher = (subject: string, raw: Uint8Array, headers: Record<string, string>) => Promise<void>;

type AnyHandler = (event: CatalogEvent, delivery: Delivery) => unknown;

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/**
 * Describes a thrown value in words; never throws, whatever was thrown (a null-prototype object,
 * a proxy, an error whose `message` getter throws).
 */
export function describeError(error: unknown): string {
  try {
    if (error instanceof Error) return String(error.message);
    return String(error);
  } catch {
    try {
      return Object.prototype.toString.call(error);
    } catch {
      return 'unprintable error';
    }
  }
}

/** A handler map compiled for dispatch. */
export interface Router {
  /** The handler keys, in the map's order. */
  readonly patterns: readonly SubjectPattern[];
  /** The narrowest server-side filter subject for the keys. */
  readonly filter: string;
  /** Handles one delivered message and settles it through `control`; never throws nor rejects. Synchronous when the handlers are. */
  dispatch(delivery: Delivery, control: MessageControl, source?: HeaderSource): void | Promise<void>;
}

/** What `route` has learnt of a message so far: its event, once decoded. */
interface Routed {
  event: CatalogEvent | EventMessage | undefined;
}

/** A message control that settles at most once: the first ack, nak or term wins. */
export class SettleOnce implements MessageControl {
  settled = false;

  constructor(private readonly control: MessageControl) {}

  ack(): void {
    if (this.settled) return;
    this.settled = true;
    this.control.ack();
  }

  nak(delayMs: number): void {
    if (this.settled) return;
    this.settled = true;
    this.control.nak(delayMs);
  }

  term(): void {
    if (this.settled) return;
    this.settled = true;
    this.control.term();
  }
}

/** A message's control in `dispatch`, settled once, with what routing learnt of it: one object per message. */
class Dispatched extends SettleOnce implements Routed {
  event: CatalogEvent | EventMessage | undefined = undefined;
}

/** Checks a handler map (keys are patterns, values functions) and compiles it for dispatch. */
export function createRouter(
  handlers: HandlerMap,
  options: ResolvedSubscribeOptions,
  publishDeadLetter: DeadLetterPublisher,
  logger: BusLogger = {},
  telemetry?: ConsumerTelemetry,
): Router {
  const log = guardLogger(logger);
  if (typeof handlers !== 'object' || handlers === null) throw new BusOptionsError('handlers', 'expected an object of handlers keyed by subject pattern');
  const entries = Object.entries(handlers) as [string, unknown][];
  // No handler (an empty object, a Map or an array, handlers only inherited) would ack every event
  // and run nothing: on a durable, the events are gone.
  if (entries.length === 0) throw new BusOptionsError('handlers', "expected at least one handler, keyed by subject pattern, as own members of an object such as { 'volume.create': (event) => … } ('>' for every event)");
  for (const [pattern, handler] of entries) {
    assertSubjectPattern(pattern);
    if (typeof handler !== 'function') throw new BusOptionsError('handlers', `the handler of ${JSON.stringify(pattern)} is not a function`);
  }
  const patterns = entries.map(([pattern]) => pattern as SubjectPattern);
  // Every key's handlers resolved once, so a message costs one map lookup.
  const byKey = new Map<EventKey, AnyHandler[]>();
  for (const { key } of catalog) {
    byKey.set(key, entries.filter(([pattern]) => matchesPattern(pattern, key)).map(([, handler]) => handler as AnyHandler));
  }

  // The events handled and acked (see handled.ts): one that comes back is acked again without
  // running the handlers twice, whatever its delivery count.
  const dedupe = options.dedupe;
  const handled =
    dedupe === false
      ? undefined
      : new HandledWindow({
          window: dedupe.window ?? DEFAULT_DEDUPE_WINDOW,
          maxEvents: dedupe.maxEvents,
          onShortened: () =>
            log.warn('more events were handled within the dedupe window than dedupe.maxEvents: handled events are forgotten sooner', {
              maxEvents: dedupe.maxEvents,
            }),
        });

  async function hook(name: string, run: () => unknown, delivery: Delivery): Promise<void> {
    try {
      await run();
    } catch (error) {
      log.error(`${name} hook threw; the message is settled anyway`, { error, subject: delivery.subject, streamSequence: delivery.streamSequence });
    }
  }

  async function fail(event: CatalogEvent | EventMessage, error: unknown, delivery: Delivery, control: MessageControl): Promise<void> {
    if (error instanceof NotHandled) {
      control.nak(0);
      return;
    }
    telemetry?.traceOf(delivery)?.failed(error);
    if (delivery.deliveryCount < options.maxDeliver) {
      control.nak(backoffDelay(options.backoff, delivery.deliveryCount));
      return;
    }
    const reason = describeError(error);
    const letter: DeadLetter = {
      event,
      key: delivery.key,
      raw: delivery.raw,
      subject: delivery.subject,
      streamSequence: delivery.streamSequence,
      reason,
      error,
      deliveries: delivery.deliveryCount,
    };
    if (options.deadLetterSubject !== undefined) {
      const headers = {
        [DEAD_LETTER_HEADERS.reason]: deadLetterReasonHeader(reason),
        [DEAD_LETTER_HEADERS.deliveries]: String(delivery.deliveryCount),
        [DEAD_LETTER_HEADERS.subject]: delivery.subject,
        [DEAD_LETTER_HEADERS.sequence]: String(delivery.streamSequence),
        ...telemetry?.traceOf(delivery)?.headers(), // the dead letter continues the trace
      };
      try {
        await publishDeadLetter(options.deadLetterSubject, delivery.raw, headers);
      } catch (publishError) {
        const refusal = permanentRefusal(publishError);
        if (refusal === undefined) {
          // Not terminated: a dead letter is never dropped for a failure that may pass. The event
          // comes back after the last back-off; if its handlers fail again, dead-lettering is tried again.
          log.error('cannot republish a dead letter; the event will be redelivered and dead-lettered again', {
            error: publishError,
            subject: options.deadLetterSubject,
            eventSubject: delivery.subject,
            streamSequence: delivery.streamSequence,
          });
          control.nak(backoffDelay(options.backoff, options.backoff.length));
          return;
        }
        // The same letter would be refused every time: given back, the event would come and fail
        // for ever, holding up those behind it. It is terminated; onDeadLetter still has it.
        log.error(
          `the dead letter of ${delivery.subject} can never be republished to ${options.deadLetterSubject} (${describeError(refusal)}); ` +
            'the event is terminated without it, and onDeadLetter is still called',
          { error: refusal, subject: options.deadLetterSubject, eventSubject: delivery.subject, streamSequence: delivery.streamSequence, reason },
        );
      }
    }
    log.warn('event dead-lettered after maxDeliver failed deliveries', { subject: delivery.subject, reason, deliveries: delivery.deliveryCount });
    telemetry?.traceOf(delivery)?.deadLettered(reason, delivery.deliveryCount);
    if (options.onDeadLetter) await hook('onDeadLetter', () => options.onDeadLetter!(letter), delivery);
    control.term();
  }

  // Handlers run in order; while they return plain values everything stays synchronous, so the
  // ack leaves in the same tick as the message arrived (and the client batches the writes).
  function runHandlers(chosen: readonly AnyHandler[], from: number, event: CatalogEvent, delivery: Delivery, control: MessageControl): void | Promise<void> {
    for (let i = from; i < chosen.length; i++) {
      let returned: unknown;
      try {
        returned = chosen[i]!(event, delivery);
      } catch (error) {
        return fail(event, error, delivery, control);
      }
      if (isThenable(returned)) {
        return Promise.resolve(returned).then(
          () => runHandlers(chosen, i + 1, event, delivery, control),
          (error: unknown) => fail(event, error, delivery, control),
        );
      }
    }
    control.ack();
  }

  function invalid(error: DecodeError, delivery: Delivery, control: MessageControl): void | Promise<void> {
    telemetry?.traceOf(delivery)?.invalid(error);
    if (options.onInvalid === undefined) {
      log.warn('invalid message terminated', { subject: delivery.subject, reason: error.message });
      control.term();
      return;
    }
    return hook('onInvalid', () => options.onInvalid!(error, delivery), delivery).then(() => control.term());
  }

  // A message this SDK failed to read (its decode step threw, or said `internal`): a failed
  // delivery like a handler's throw, retried with the back-off while deliveries are under
  // `maxDeliver` (the failure may be passing, e.g. memory), then given up on as an invalid
  // message (onInvalid, terminated). Never retried for ever: nothing behind it waits for ever.
  function unreadable(error: DecodeError, delivery: Delivery, control: MessageControl): void | Promise<void> {
    if (delivery.deliveryCount < options.maxDeliver) {
      telemetry?.traceOf(delivery)?.failed(error);
      log.warn('this SDK failed to read a message; it is given back for redelivery', {
        reason: error.reason,
        subject: delivery.subject,
        streamSequence: delivery.streamSequence,
        deliveries: delivery.deliveryCount,
      });
      control.nak(backoffDelay(options.backoff, delivery.deliveryCount));
      return;
    }
    return invalid(error, delivery, control);
  }

  function route(delivery: Delivery, control: MessageControl, routed: Routed): void | Promise<void> {
    if (handled === undefined) return handle(delivery, control, routed);
    // A message on a subject being handled right now (with `concurrency` above 1: a publisher's
    // retry stored again without a msg-id, a redelivery while the handler runs) waits for that
    // handling to settle, then is routed as if it had just arrived: acked as handled if the first
    // was acked, handled if it failed. That is what concurrency 1 does, and it never acks the
    // event before a handler succeeded on it. Not a nak for later: with `max_msgs_per_subject` 1
    // the first copy is gone from the stream once the second is stored, so if the first handling
    // failed the second copy is the only one left, and naks count toward `maxDeliver`, after which
    // the server sends it no more. Holding costs a concurrency slot while the first runs.
    const busy = handled.busy(delivery.subject);
    if (busy !== undefined) {
      log.debug('a message came on the subject of an event being handled; it waits for that handling to settle', {
        subject: delivery.subject,
        streamSequence: delivery.streamSequence,
        deliveryCount: delivery.deliveryCount,
      });
      return busy.then(() => route(delivery, control, routed));
    }
    const seen = handled.lookup(delivery.subject, delivery.raw);
    if (seen === 'same') {
      log.debug('an event handled already came again; acked without running its handlers', {
        subject: delivery.subject,
        streamSequence: delivery.streamSequence,
        deliveryCount: delivery.deliveryCount,
      });
      control.ack();
      return;
    }
    if (seen === 'differs') {
      // Not a redelivery (that carries the same bytes): another message reusing the subject's id.
      log.warn(`a different message came on ${delivery.subject}, the subject of an event handled already; it is handled as a new event`, {
        subject: delivery.subject,
        streamSequence: delivery.streamSequence,
        deliveryCount: delivery.deliveryCount,
      });
    }
    const recording = handled.recording(delivery.subject, delivery.raw, control);
    // Should routing throw, `dispatch` settles the message through its own control, unseen by
    // `recording`: the subject is released here so that what waits on it does not wait for ever.
    let result: void | Promise<void>;
    try {
      result = handle(delivery, recording, routed);
    } catch (error) {
      recording.abandon();
      throw error;
    }
    if (result === undefined) {
      recording.abandon(); // settled already (then a no-op), or the subject would stay taken
      return;
    }
    return result.finally(() => recording.abandon());
  }

  // Decodes the message and runs its handlers or hooks; settles it through `control`.
  function handle(delivery: Delivery, control: MessageControl, routed: Routed): void | Promise<void> {
    const result = readMessage(delivery.raw);
    if (result.kind === 'invalid') {
      if (result.error.code === 'internal') return unreadable(result.error, delivery, control);
      return invalid(result.error, delivery, control);
    }
    routed.event = result.event;
    // The key decoding found, passed along to the handlers (and to a dead letter, should anything
    // after this throw): the buses make each delivery with its key undefined, and only the router
    // learns it (one write, no new object per message).
    if (result.kind === 'event') (delivery as { key: EventKey | undefined }).key = result.key;
    telemetry?.traceOf(delivery)?.decoded(delivery.key);
    if (result.kind === 'event') return runHandlers(byKey.get(result.key)!, 0, result.event, delivery, control);
    if (options.onUnknown === undefined) {
      control.ack();
      return;
    }
    return (async () => {
      try {
        await options.onUnknown!(result, delivery);
      } catch (error) {
        await fail(result.event, error, delivery, control);
        return;
      }
      control.ack();
    })();
  }

  // The step after `escaped` fails too: the message is given back uncounted, unless settled.
  function lastResort(error: unknown, delivery: Delivery, guarded: Dispatched): void {
    log.error('the router failed on a message; it is given back for redelivery', {
      error,
      reason: describeError(error),
      subject: delivery.subject,
      streamSequence: delivery.streamSequence,
    });
    if (guarded.settled) return;
    try {
      guarded.nak(backoffDelay(options.backoff, delivery.deliveryCount));
    } catch (nakError) {
      log.error('cannot give a message back; the server will redeliver it', { error: nakError, subject: delivery.subject });
    }
  }

  // Whatever escapes `route` (a bug in classifying or routing, a control that throws) is a failed
  // delivery too, counted toward `maxDeliver`: the message is given back with the back-off, and
  // in the end dead-lettered (its event was decoded) or reported to onInvalid (it was not). Only
  // when that step fails as well is the message given back uncounted. Neither throws nor rejects.
  function escaped(error: unknown, delivery: Delivery, guarded: Dispatched): void | Promise<void> {
    if (guarded.settled) {
      log.error('the router failed on a message it had settled', { error, reason: describeError(error), subject: delivery.subject });
      return;
    }
    log.error('the router failed on a message; it counts as a failed delivery', {
      error,
      reason: describeError(error),
      subject: delivery.subject,
      streamSequence: delivery.streamSequence,
      deliveries: delivery.deliveryCount,
    });
    let settling: void | Promise<void>;
    try {
      settling =
        guarded.event === undefined
          ? unreadable(internalDecodeError(error, delivery.raw), delivery, guarded)
          : fail(guarded.event, error, delivery, guarded);
    } catch (settleError) {
      lastResort(settleError, delivery, guarded);
      return;
    }
    return settling === undefined ? undefined : Promise.resolve(settling).then(undefined, (settleError: unknown) => lastResort(settleError, delivery, guarded));
  }

  // The hot path: one object per message (its guard, which also carries what routing learnt), no
  // closure unless the handlers went asynchronous.
  function dispatch(delivery: Delivery, control: MessageControl, source?: HeaderSource): void | Promise<void> {
    const trace = telemetry?.process(delivery, source, control); // the process span, ended when the message is settled
    const guarded = new Dispatched(trace ?? control);
    let result: void | Promise<void>;
    try {
      result = trace === undefined ? route(delivery, guarded, guarded) : trace.run(route, delivery, guarded, guarded);
    } catch (error) {
      return escaped(error, delivery, guarded);
    }
    return result === undefined ? undefined : Promise.resolve(result).then(undefined, (error: unknown) => escaped(error, delivery, guarded));
  }

  return { patterns, filter: wireFilter(patterns), dispatch };
}
