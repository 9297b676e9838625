// The router: one decode per message, then the handlers whose pattern matches the event's key,
// and the verdict for the message (ack, nak with back-off, terminate, dead-letter). Both buses
// drive their consumers through it, so they behave the same.
import { catalog } from '../catalog.js';
import { decode } from '../codec/decode.js';
import type { EventMessage } from '../generated/messages.js';
import type { CatalogEvent, EventKey } from '../generated/registry.js';
import { assertSubjectPattern, matchesPattern, wireFilter, type SubjectPattern } from '../subject.js';
import { BusOptionsError } from './errors.js';
import { backoffDelay, type ResolvedSubscribeOptions } from './options.js';
import type { BusLogger, DeadLetter, Delivery, HandlerMap } from './types.js';

/** What the router does with the message it was given. */
export interface MessageControl {
  ack(): void;
  nak(delayMs: number): void;
  term(): void;
}

/** Headers of a dead letter republished to `deadLetterSubject`. */
export const DEAD_LETTER_HEADERS = Object.freeze({
  reason: 'Mayastor-Dead-Letter-Reason',
  deliveries: 'Mayastor-Dead-Letter-Deliveries',
  subject: 'Mayastor-Dead-Letter-Subject',
  sequence: 'Mayastor-Dead-Letter-Sequence',
});

/** How a bus republishes a dead letter: the original payload to `subject`, with headers. */
export type DeadLetterPublisher = (subject: string, raw: Uint8Array, headers: Record<string, string>) => Promise<void>;

type AnyHandler = (event: CatalogEvent, delivery: Delivery) => unknown;

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/** How many recently handled stream sequences a subscription remembers (see `dispatch`). */
const HANDLED_MEMORY = 10_000;

/** A handler map compiled for dispatch. */
export interface Router {
  /** The handler keys, in the map's order. */
  readonly patterns: readonly SubjectPattern[];
  /** The narrowest server-side filter subject for the keys. */
  readonly filter: string;
  /** Handles one delivered message and settles it through `control`; never throws nor rejects. Synchronous when the handlers are. */
  dispatch(delivery: Delivery, control: MessageControl): void | Promise<void>;
}

/** Checks a handler map (keys are patterns, values functions) and compiles it for dispatch. */
export function createRouter(
  handlers: HandlerMap,
  options: ResolvedSubscribeOptions,
  publishDeadLetter: DeadLetterPublisher,
  logger: BusLogger = {},
): Router {
  if (typeof handlers !== 'object' || handlers === null) throw new BusOptionsError('handlers', 'expected an object of handlers keyed by subject pattern');
  const entries = Object.entries(handlers) as [string, unknown][];
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

  // Stream sequences handled successfully, oldest first: when an ack is lost (a server restart,
  // a broken connection) the server redelivers an event that was handled; it is acked again
  // without running the handlers twice.
  const handled = new Set<number>();
  const handledRing: number[] = new Array<number>(HANDLED_MEMORY);
  let ringAt = 0;
  function remember(sequence: number): void {
    if (ringAt >= HANDLED_MEMORY) handled.delete(handledRing[ringAt % HANDLED_MEMORY]!);
    handledRing[ringAt++ % HANDLED_MEMORY] = sequence;
    handled.add(sequence);
  }

  async function hook(name: string, run: () => unknown, delivery: Delivery): Promise<void> {
    try {
      await run();
    } catch (error) {
      logger.error?.(`${name} hook threw; the message is settled anyway`, { error, subject: delivery.subject, streamSequence: delivery.streamSequence });
    }
  }

  async function fail(event: CatalogEvent | EventMessage, error: unknown, delivery: Delivery, control: MessageControl): Promise<void> {
    if (delivery.deliveryCount < options.maxDeliver) {
      control.nak(backoffDelay(options.backoff, delivery.deliveryCount));
      return;
    }
    const reason = error instanceof Error ? error.message : String(error);
    const letter: DeadLetter = {
      event,
      raw: delivery.raw,
      subject: delivery.subject,
      streamSequence: delivery.streamSequence,
      reason,
      error,
      deliveries: delivery.deliveryCount,
    };
    logger.warn?.('event dead-lettered after maxDeliver failed deliveries', { subject: delivery.subject, reason, deliveries: delivery.deliveryCount });
    if (options.onDeadLetter) await hook('onDeadLetter', () => options.onDeadLetter!(letter), delivery);
    if (options.deadLetterSubject !== undefined) {
      try {
        await publishDeadLetter(options.deadLetterSubject, delivery.raw, {
          [DEAD_LETTER_HEADERS.reason]: reason.replace(/[\r\n]+/g, ' '),
          [DEAD_LETTER_HEADERS.deliveries]: String(delivery.deliveryCount),
          [DEAD_LETTER_HEADERS.subject]: delivery.subject,
          [DEAD_LETTER_HEADERS.sequence]: String(delivery.streamSequence),
        });
      } catch (publishError) {
        logger.error?.('cannot republish a dead letter', { error: publishError, subject: options.deadLetterSubject });
      }
    }
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
    remember(delivery.streamSequence);
    control.ack();
  }

  function dispatch(delivery: Delivery, control: MessageControl): void | Promise<void> {
    if (delivery.deliveryCount > 1 && handled.has(delivery.streamSequence)) {
      control.ack();
      return;
    }
    const result = decode(delivery.raw);
    if (result.kind === 'event') return runHandlers(byKey.get(result.key)!, 0, result.event, delivery, control);
    if (result.kind === 'invalid') {
      if (options.onInvalid === undefined) {
        logger.warn?.('invalid message terminated', { subject: delivery.subject, reason: result.error.message });
        control.term();
        return;
      }
      return hook('onInvalid', () => options.onInvalid!(result.error, delivery), delivery).then(() => control.term());
    }
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

  return { patterns, filter: wireFilter(patterns), dispatch };
}
