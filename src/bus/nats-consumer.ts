// The JetStream consumer behind a subscription: its config from the subscribe options, and the
// consumer got (a durable that exists, checked against what the handlers need) or created.
import { AckPolicy, DeliverPolicy as NatsDeliverPolicy, nanos, type ConsumerConfig, type ConsumerInfo, type JetStreamManager } from 'nats';
import { MayastorEventsError } from '../errors.js';
import { JS_CONSUMER_NOT_FOUND, jetStreamErrorCode } from '../internal/jetstream.js';
import { EVENTS_SUBJECT_FILTER } from '../subject.js';
import { BusOptionsError } from './errors.js';
import type { ResolvedSubscribeOptions } from './options.js';

/** How long an ephemeral consumer outlives a subscriber that died without `stop()` (ms). */
export const EPHEMERAL_INACTIVE_THRESHOLD = 60_000;

/** Whether a consumer's `max_ack_pending` keeps the server from sending more unsettled events than `concurrency` slots. */
export function boundedByServer(maxAckPending: number | undefined, concurrency: number): boolean {
  return maxAckPending !== undefined && maxAckPending > 0 && maxAckPending <= concurrency;
}

/** The subjects a consumer takes, as one filter: no filter at all means the whole stream, `events.>`. */
export function consumerFilter(config: Partial<ConsumerConfig>): string {
  if (config.filter_subject !== undefined && config.filter_subject !== '') return config.filter_subject;
  const filters = config.filter_subjects ?? [];
  if (filters.length === 0) return EVENTS_SUBJECT_FILTER;
  return filters.length === 1 ? filters[0]! : filters.join(', ');
}

/** The config of a consumer the bus makes for a subscription with these options and filter. */
export function consumerConfig(resolved: ResolvedSubscribeOptions, filter: string): Partial<ConsumerConfig> {
  const config: Partial<ConsumerConfig> = {
    ack_policy: AckPolicy.Explicit,
    filter_subject: filter,
    max_ack_pending: resolved.concurrency,
    ack_wait: nanos(resolved.ackWait),
    max_deliver: -1, // the router counts deliveries and dead-letters itself, so it sees the last failure
  };
  if (resolved.durable !== undefined) config.durable_name = resolved.durable;
  else config.inactive_threshold = nanos(EPHEMERAL_INACTIVE_THRESHOLD);
  const deliver = resolved.deliver;
  switch (deliver.policy) {
    case 'all':
      config.deliver_policy = NatsDeliverPolicy.All;
      break;
    case 'new':
      config.deliver_policy = NatsDeliverPolicy.New;
      break;
    case 'startTime':
      config.deliver_policy = NatsDeliverPolicy.StartTime;
      config.opt_start_time = deliver.startTime.toISOString();
      break;
    case 'startSequence':
      config.deliver_policy = NatsDeliverPolicy.StartSequence;
      config.opt_start_seq = deliver.startSequence;
      break;
  }
  return config;
}

/**
 * The consumer of a subscription: the durable of that name when it exists (refused when it is a
 * push consumer, takes another filter, does not ack each event explicitly or stops delivering
 * before `maxDeliver`), else a new one
 * made with `consumerConfig`.
 */
export async function consumerFor(jsm: JetStreamManager, stream: string, options: ResolvedSubscribeOptions, filter: string): Promise<ConsumerInfo> {
  if (options.durable !== undefined) {
    try {
      const info = await jsm.consumers.info(stream, options.durable);
      if (info.config.deliver_subject !== undefined && info.config.deliver_subject !== '') {
        throw new BusOptionsError(
          'durable',
          `consumer ${options.durable} on ${stream} is a push consumer (deliver subject ${info.config.deliver_subject}), ` +
            'but the bus consumes with pull consumers: use another durable name, or delete the push consumer ' +
            `(\`nats consumer rm ${stream} ${options.durable}\`; stop upstream's stats service first if it is its consumer) ` +
            'and subscribe again to have it made as a pull consumer',
        );
      }
      const existing = consumerFilter(info.config);
      if (existing !== filter) {
        throw new BusOptionsError(
          'durable',
          `consumer ${options.durable} exists with filter ${existing}, ` + `these handlers need ${filter}: use another durable name or delete the consumer`,
        );
      }
      // Settling is per event: with `none` the server takes every event as acked once sent (a
      // handler's failure redelivers nothing), with `all` an ack settles every event before it
      // too (with `concurrency` above 1, events whose handlers still run or will fail).
      const ackPolicy = info.config.ack_policy;
      if (ackPolicy !== undefined && ackPolicy !== AckPolicy.Explicit) {
        throw new BusOptionsError(
          'durable',
          `consumer ${options.durable} on ${stream} has ack policy ${ackPolicy}, but the bus acks each event once its handlers are done ` +
            `(ack policy explicit): with ${ackPolicy === AckPolicy.None ? '`none` a failed event would never be delivered again' : '`all` an ack would settle the events before it whose handlers still run or failed'}. ` +
            `Use another durable name, or delete the consumer (\`nats consumer rm ${stream} ${options.durable}\`) and subscribe again to have it made with explicit acks`,
        );
      }
      // The server gives up on an event after max_deliver deliveries (an advisory is all it
      // sends): below maxDeliver, the router never sees the delivery on which it dead-letters.
      const limit = info.config.max_deliver;
      if (limit !== undefined && limit > 0 && limit < options.maxDeliver) {
        throw new BusOptionsError(
          'durable',
          `consumer ${options.durable} on ${stream} has max_deliver ${limit}, below maxDeliver ${options.maxDeliver}: the server stops delivering ` +
            `an event after ${limit} deliveries, so it would never be dead-lettered (no onDeadLetter, no deadLetterSubject). Delete the consumer ` +
            `(\`nats consumer rm ${stream} ${options.durable}\`) to have it made again without that limit, raise its max_deliver to ` +
            `${options.maxDeliver} or more (\`nats consumer edit ${stream} ${options.durable} --max-deliver=-1\`), or subscribe with maxDeliver ${limit} or less`,
        );
      }
      return info;
    } catch (error) {
      if (error instanceof BusOptionsError) throw error;
      if (jetStreamErrorCode(error) !== JS_CONSUMER_NOT_FOUND) {
        throw new MayastorEventsError(`cannot look the consumer ${options.durable} up: ${(error as Error).message}`, { cause: error });
      }
    }
  }
  try {
    return await jsm.consumers.add(stream, consumerConfig(options, filter));
  } catch (error) {
    throw new MayastorEventsError(`cannot create the consumer ${options.durable ?? '(ephemeral)'} on ${stream}: ${(error as Error).message}`, { cause: error });
  }
}
