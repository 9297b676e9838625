// The durable consumer of every event, wired to the tally: what each of the bus's callbacks
// (an event, an unknown event, an invalid message, a dead letter) counts as.
import { catalogEntryFor, isEventKey, type DeadLetter, type DecodeError, type Delivery, type EventBus, type Subscription, type UnknownEvent } from 'mayastor-events';
import type { CountedAs } from './counters.js';
import type { StatsLogger } from './logger.js';
import type { CountedDelivery, Tally } from './tally.js';

/**
 * Deliveries of one message before the consumer gives up on it. Only a message this SDK fails to
 * read gets there in practice (it is then counted as invalid, and counting goes on); a delivery
 * whose count cannot be saved fails only while stopping, and an event given up on is counted
 * all the same (see `onDeadLetter` below).
 */
const STATS_MAX_DELIVER = 5;
/** Delays (ms) before such a message is delivered again: short, since all counting waits on it. */
const STATS_BACKOFF: readonly number[] = Object.freeze([100, 500, 1_000]);

// A dead letter carries the key decoding found for a catalogued event. An unknown event's (its
// onUnknown hook failed) has none, and a key the catalog does not hold is one the router failed
// on: both count by (category, action), as upstream does and onUnknown does.
function deadLetterCountedAs(letter: DeadLetter): CountedAs {
  const key = isEventKey(letter.key) ? letter.key : catalogEntryFor(letter.event.category, letter.event.action)?.key;
  return key === undefined ? { kind: 'unknown' } : { kind: 'event', key };
}

/** How the consumer is subscribed. */
export interface CountingConsumerOptions {
  readonly durable: string;
  readonly ackWait: number | undefined;
  readonly logger: StatsLogger;
  /** Called after each message is handled (counted, or found counted already). */
  readonly handled: () => void;
}

/** Subscribes the durable consumer; each message is counted by `tally`, one at a time, before it is acked. */
export async function subscribeCounting(bus: EventBus, tally: Tally, options: CountingConsumerOptions): Promise<Subscription> {
  const { logger, handled } = options;
  const count = (delivery: CountedDelivery, as: CountedAs, terminated?: boolean) =>
    tally.serially(async () => {
      await tally.count(delivery, as, terminated);
      handled();
    });
  return bus.subscribe(
    {
      // A router that routes an event here has it catalogued, under the key it matched.
      '>': (_event, delivery) => count(delivery, { kind: 'event', key: delivery.key }),
    },
    {
      durable: options.durable,
      deliver: { policy: 'all' },
      concurrency: 1,
      ackWait: options.ackWait,
      // Bounded, so that a message this SDK fails to read reaches onInvalid and counting goes on.
      maxDeliver: STATS_MAX_DELIVER,
      backoff: STATS_BACKOFF,
      onUnknown: (unknown: UnknownEvent, delivery: Delivery) => {
        logger.debug?.(`unknown event at sequence ${delivery.streamSequence}: ${unknown.reason}`);
        // Upstream counts by (category, action) alone: a catalogued pair in another form (a
        // newer Mayastor's details, say) still counts as that event, so the reporter agrees.
        return count(delivery, unknown.key !== undefined ? { kind: 'event', key: unknown.key } : { kind: 'unknown' });
      },
      onInvalid: (error: DecodeError, delivery: Delivery) =>
        tally.serially(async () => {
          if (tally.isNew(delivery.streamSequence)) {
            logger.warn?.(`invalid message at sequence ${delivery.streamSequence} on ${delivery.subject}: ${error.reason}`, { path: error.path });
          }
          await tally.count(delivery, { kind: 'invalid' });
          handled();
        }),
      // An event given up on (its count could not be saved on `maxDeliver` deliveries, each
      // ending in a stop while the store was down) is still counted: a message not saved is a
      // message not counted. Upstream counts by (category, action), as the handlers above do.
      onDeadLetter: (letter: DeadLetter) =>
        tally.serially(async () => {
          logger.warn?.(`message ${letter.streamSequence} failed ${letter.deliveries} deliveries (${letter.reason}); counted now`);
          await tally.count({ streamSequence: letter.streamSequence, deliveryCount: letter.deliveries }, deadLetterCountedAs(letter), true);
          handled();
        }),
    },
  );
}
