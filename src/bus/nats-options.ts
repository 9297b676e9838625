// The NATS bus's options: checked and resolved once, before anything connects.
import type { ConnectionOptions } from 'nats';
import { delaysOption, positiveIntegerOption } from '../internal/checks.js';
import {
  DEFAULT_ACK_TIMEOUT,
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_MAX_IN_FLIGHT,
  DEFAULT_MAX_QUEUE,
  DEFAULT_RETRY_BACKOFF,
  DEFAULT_STREAM_MAX_BYTES,
  DEFAULT_STREAM_NAME,
  DEFAULT_STREAM_REPLICAS,
  type EventBusOptions,
  type StreamOptions,
} from './connect.js';
import { BusOptionsError } from './errors.js';
import { connectionOptions } from './nats-connection.js';
import { assertJetStreamName } from './options.js';
import type { BusLogger } from './types.js';

/** `connectEventBus` options with every default applied and every conflict rejected. */
export interface ResolvedBusOptions {
  readonly connection: ConnectionOptions;
  readonly stream: Required<StreamOptions>;
  readonly maxQueue: number;
  readonly maxInFlight: number;
  readonly ackTimeout: number;
  readonly maxAttempts: number;
  readonly retryBackoff: readonly number[];
  readonly logger: BusLogger;
}

const optionError = (option: string, message: string): BusOptionsError => new BusOptionsError(option, message);

// The stream's name, checked as nats-server checks a stream name before anything connects.
function streamName(name: unknown): string {
  if (name === undefined) return DEFAULT_STREAM_NAME;
  assertJetStreamName('stream.name', name, 'stream');
  return name;
}

// Every option connectEventBus reads (EventBusOptions and its NatsConnectionSettings), and those of
// `stream`: another name is a typo (`maxQueu`, `stream.nmae`) that would silently keep a default.
const KNOWN: ReadonlySet<string> = new Set([
  'servers', 'user', 'pass', 'token', 'credentialsFile', 'nkeySeed', 'tls', 'connection',
  'stream', 'maxQueue', 'maxInFlight', 'ackTimeout', 'maxAttempts', 'retryBackoff', 'logger', 'signal', 'telemetry',
]);
const KNOWN_STREAM: ReadonlySet<string> = new Set(['name', 'storage', 'replicas', 'maxBytes']);

function refuseUnknown(options: object, known: ReadonlySet<string>, prefix: string): void {
  for (const name of Object.keys(options)) {
    if (!known.has(name)) throw new BusOptionsError(`${prefix}${name}`, `not a connectEventBus option; expected one of ${[...known].map((k) => prefix + k).join(', ')}`);
  }
}

/** Applies the defaults to the bus options; throws a `BusOptionsError` on an invalid or conflicting one. */
export function resolveBusOptions(options: EventBusOptions): ResolvedBusOptions {
  const connection = connectionOptions(options, 'mayastor-events');
  refuseUnknown(options, KNOWN, '');
  if (options.stream !== undefined) {
    if (typeof options.stream !== 'object' || options.stream === null) throw new BusOptionsError('stream', 'expected an object');
    refuseUnknown(options.stream, KNOWN_STREAM, 'stream.');
  }
  if (options.logger !== undefined && (typeof options.logger !== 'object' || options.logger === null)) {
    throw new BusOptionsError('logger', 'expected an object with debug, info, warn and error methods (each optional), such as console');
  }
  const storage = options.stream?.storage ?? 'memory';
  if (storage !== 'memory' && storage !== 'file') throw new BusOptionsError('stream.storage', "expected 'memory' or 'file'");
  const retryBackoff = delaysOption('retryBackoff', options.retryBackoff, DEFAULT_RETRY_BACKOFF, optionError);
  const maxQueue = positiveIntegerOption('maxQueue', options.maxQueue, DEFAULT_MAX_QUEUE, optionError);
  return {
    connection,
    stream: {
      name: streamName(options.stream?.name),
      storage,
      replicas: positiveIntegerOption('stream.replicas', options.stream?.replicas, DEFAULT_STREAM_REPLICAS, optionError),
      maxBytes: positiveIntegerOption('stream.maxBytes', options.stream?.maxBytes, DEFAULT_STREAM_MAX_BYTES, optionError),
    },
    maxQueue,
    maxInFlight: Math.min(positiveIntegerOption('maxInFlight', options.maxInFlight, DEFAULT_MAX_IN_FLIGHT, optionError), maxQueue),
    ackTimeout: positiveIntegerOption('ackTimeout', options.ackTimeout, DEFAULT_ACK_TIMEOUT, optionError),
    maxAttempts: positiveIntegerOption('maxAttempts', options.maxAttempts, DEFAULT_MAX_ATTEMPTS, optionError),
    retryBackoff,
    logger: options.logger ?? {},
  };
}
