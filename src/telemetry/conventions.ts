// The names the bus's spans and metrics carry: OpenTelemetry's messaging semantic conventions
// where they name the thing (semconv 1.3x, "development" status), `mayastor.*` attributes and
// `mayastor_events.*` metrics for the rest. README.md documents them in a table.

/** Span and metric attribute names. */
export const ATTR = {
  messagingSystem: 'messaging.system',
  operationType: 'messaging.operation.type',
  operationName: 'messaging.operation.name',
  destinationName: 'messaging.destination.name',
  consumerGroupName: 'messaging.consumer.group.name',
  messageId: 'messaging.message.id',
  bodySize: 'messaging.message.body.size',
  errorType: 'error.type',
  eventKey: 'mayastor.event.key',
  streamSequence: 'mayastor.stream.sequence',
  deliveryCount: 'mayastor.delivery.count',
  duplicate: 'mayastor.publish.duplicate',
  attempts: 'mayastor.publish.attempts',
  settlement: 'mayastor.settlement',
  deadLetterReason: 'mayastor.dead_letter.reason',
  deadLetterDeliveries: 'mayastor.dead_letter.deliveries',
} as const;

/** `messaging.system` of every span and metric. */
export const MESSAGING_SYSTEM = 'nats';

/** Span event names. */
export const SPAN_EVENT = {
  /** A publish attempt failed and is tried again. */
  retry: 'mayastor.publish.retry',
  /** The event was given up on after `maxDeliver` deliveries. */
  deadLetter: 'mayastor.dead_letter',
} as const;

/** Metric names: the messaging conventions' first, then this package's. */
export const METRIC = {
  sentMessages: 'messaging.client.sent.messages',
  operationDuration: 'messaging.client.operation.duration',
  consumedMessages: 'messaging.client.consumed.messages',
  processDuration: 'messaging.process.duration',
  publishRetries: 'mayastor_events.publish.retries',
  publishFailures: 'mayastor_events.publish.failures',
  queueDepth: 'mayastor_events.publish.queue.depth',
  acked: 'mayastor_events.consumer.acked',
  nacked: 'mayastor_events.consumer.nacked',
  redelivered: 'mayastor_events.consumer.redelivered',
  deadLettered: 'mayastor_events.consumer.dead_lettered',
  invalid: 'mayastor_events.consumer.invalid',
  unknown: 'mayastor_events.consumer.unknown',
  lag: 'mayastor_events.consumer.lag',
} as const;

/** The conventions' histogram buckets for messaging durations (seconds). */
export const DURATION_BUCKETS: readonly number[] = /* @__PURE__ */ Object.freeze([0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10]);

/** The instrumentation scope: the package's name and version (a unit test holds it equal to package.json). */
export const INSTRUMENTATION_SCOPE = { name: 'mayastor-events', version: '0.1.0' } as const;

/**
 * The category number of a wire subject `events.<category>.<id>` when it is one of 0 to 99 (the
 * catalog has 12; a newer Mayastor may add a few), else -1; read without making a string, so
 * that it can index what is cached per destination.
 */
export function categoryOf(subject: string): number {
  if (!subject.startsWith('events.')) return -1;
  let category = 0;
  let i = 7;
  for (; i < subject.length && i < 10; i++) {
    const digit = subject.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) break;
    category = category * 10 + digit;
  }
  return i > 7 && i < 10 && subject.charCodeAt(i) === 46 /* . */ ? category : -1;
}

/**
 * The low-cardinality destination of a wire subject, `events.<category>.*` (the event id, the
 * last token, is the message id): `events.2.0b6f…` gives `events.2.*`. Any other subject the
 * stream holds (a foreign publisher's) gives `events.>`, so that no publisher can make the
 * metrics' cardinality, or what the bus caches per destination, grow without bound.
 */
export function destinationOf(subject: string): string {
  const category = categoryOf(subject);
  return category >= 0 ? `events.${category}.*` : 'events.>';
}

/** The event id a wire subject ends with (`events.<category>.<id>`), or `undefined`. */
export function messageIdOf(subject: string): string | undefined {
  const dot = subject.indexOf('.', 7);
  return subject.startsWith('events.') && dot > 7 ? subject.slice(dot + 1) : undefined;
}

/** A thrown value's message, whatever was thrown (never throws). */
export function errorMessage(error: unknown): string {
  try {
    return error instanceof Error ? String(error.message) : String(error);
  } catch {
    return 'unprintable error';
  }
}

/** `error.type` of a thrown value: a decode error's code, an error's name, else `_OTHER` (low cardinality). */
export function errorType(error: unknown): string {
  try {
    if (error instanceof Error) {
      const code = (error as { code?: unknown }).code;
      if (error.name === 'DecodeError' && typeof code === 'string') return `DecodeError.${code}`;
      return typeof error.name === 'string' && error.name !== '' ? error.name : 'Error';
    }
  } catch {
    // a hostile error object (a throwing getter): still a failure, of no known type
  }
  return '_OTHER';
}
