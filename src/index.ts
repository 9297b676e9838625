// The public surface of mayastor-events: named exports only.
export { catalog, catalogEntry, catalogEntryFor, isEventKey, type CatalogEntry } from './catalog.js';
export {
  decode,
  type DecodeResult,
  type DecodedEvent,
  type InvalidMessage,
  type UnknownEvent,
  type UnknownEventCode,
} from './codec/decode.js';
export { encode, encodeToString } from './codec/encode.js';
export { DecodeError, type DecodeErrorCode } from './codec/errors.js';
export {
  TimestampError,
  formatTimestamp,
  isCanonicalTimestamp,
  normalizeTimestamp,
  nowTimestamp,
  parseTimestamp,
  timestampFromDate,
  timestampFromEpochNanos,
  timestampToDate,
  timestampToEpochNanos,
  type TimestampParts,
} from './codec/timestamp.js';
export {
  EventAction,
  EventCategory,
  EventComponent,
  EventVersion,
  RebuildStatus,
  SwitchOverStatus,
  enumName,
  enumValue,
} from './enums.js';
export { EventValidationError, MayastorEventsError, OptionsError, type ValidationIssue } from './errors.js';
export { createEvent, validateEvent, type CreateEventInput, type EventDetailsInput, type EventDetailsOf } from './events.js';
export type { CatalogEvent, EventKey, EventMap } from './generated/registry.js';
// Every event and wire message as a plain interface, e.g. VolumeCreate (types only: the TypeBox
// schemas of the same names are in `mayastor-events/schemas`, so that importing the codec loads
// no TypeBox and type-checking a consumer evaluates no schema).
export type {
  CloneCreate,
  HighAvailabilitySwitchOver,
  HostInitiatorNvmeConnect,
  HostInitiatorNvmeDisconnect,
  HostInitiatorNvmeKeepAliveTimeout,
  IoEngineReactorFreeze,
  IoEngineReactorUnfreeze,
  IoEngineShutdown,
  IoEngineStart,
  IoEngineStop,
  NexusAddChild,
  NexusCreate,
  NexusDelete,
  NexusInit,
  NexusOnlineChild,
  NexusRebuildBegin,
  NexusRebuildEnd,
  NexusReconfiguring,
  NexusRemoveChild,
  NexusShutdown,
  NexusStateChange,
  NexusSubsystemPause,
  NexusSubsystemResume,
  NodeStateChange,
  NvmePathNvmePathDeleting,
  NvmePathNvmePathFail,
  NvmePathNvmePathFix,
  NvmePathNvmePathSuspect,
  PoolCreate,
  PoolDelete,
  ReplicaCreate,
  ReplicaDelete,
  ReplicaStateChange,
  SnapshotCreate,
  VolumeCreate,
  VolumeDelete,
} from './generated/types.js';
export type {
  CloneEventDetails,
  Duration,
  ErrorDetails,
  EventActionDuration,
  EventDetails,
  EventMessage,
  EventMeta,
  EventSource,
  HostInitiatorEventDetails,
  NexusChildEventDetails,
  NvmePathEventDetails,
  OpenRebuildEventDetails,
  OpenSwitchOverEventDetails,
  ReactorEventDetails,
  RebuildEventDetails,
  ReplicaEventDetails,
  SnapshotEventDetails,
  StateChangeEventDetails,
  SubsystemPauseDetails,
  SwitchOverEventDetails,
} from './generated/types.js';

// Subject keys and patterns: `<category>.<action>` keys, NATS wildcards, wire subjects.
export {
  EVENTS_SUBJECT_FILTER,
  EVENTS_SUBJECT_PREFIX,
  MAX_SUBJECT_BYTES,
  SubjectError,
  assertSubjectPattern,
  isSubjectPattern,
  matchesPattern,
  wireFilter,
  wireSubject,
  type EventKeyMatching,
  type EventMatching,
  type SubjectAction,
  type SubjectCategory,
  type SubjectPattern,
} from './subject.js';

// The event bus: one interface, a NATS JetStream implementation and an in-memory twin.
export type {
  BusLogger,
  DeadLetter,
  DedupeOptions,
  DeliverPolicy,
  Delivery,
  EventBus,
  EventHandler,
  EventItem,
  EventStream,
  EventsOptions,
  HandlerMap,
  PublishAck,
  SubscribeOptions,
  Subscription,
} from './bus/types.js';
export {
  DEFAULT_ACK_WAIT,
  DEFAULT_BACKOFF,
  DEFAULT_CONCURRENCY,
  DEFAULT_DEDUPE_MAX_EVENTS,
  DEFAULT_DEDUPE_WINDOW,
  DEFAULT_DELIVER_POLICY,
  DEFAULT_MAX_DELIVER,
  DEFAULT_STOP_TIMEOUT,
  MAX_DELAY_MS,
  MAX_JETSTREAM_NAME_BYTES,
  MAX_START_TIME_MS,
  MIN_START_TIME_MS,
} from './bus/options.js';
export { DEAD_LETTER_HEADERS, DEAD_LETTER_REASON_MAX_BYTES } from './bus/router.js';
export { DEFAULT_NATS_SERVERS, natsConnectionOptions, type NatsConnectionSettings } from './bus/connection.js';
export { AbortedError, BusClosedError, BusConnectionError, BusOptionsError, PAYLOAD_TOO_LARGE, PublishError, QueueFullError, StreamConfigError, type PublishErrorCode } from './bus/errors.js';
export {
  DEFAULT_DUPLICATE_WINDOW,
  DEFAULT_MEMORY_MAX_MESSAGES,
  DEFAULT_MEMORY_MAX_PAYLOAD,
  createMemoryBus,
  type CoreMessage,
  type MemoryBus,
  type MemoryBusOptions,
  type StoredMessage,
} from './bus/memory.js';
export {
  DEFAULT_ACK_TIMEOUT,
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_MAX_IN_FLIGHT,
  DEFAULT_MAX_QUEUE,
  DEFAULT_RETRY_BACKOFF,
  DEFAULT_STREAM_MAX_BYTES,
  DEFAULT_STREAM_NAME,
  DEFAULT_STREAM_REPLICAS,
  connectEventBus,
  type EventBusOptions,
  type NatsEventBus,
  type StreamOptions,
} from './bus/connect.js';
// OpenTelemetry: the `telemetry` option of both buses (structural types: @opentelemetry/api stays optional).
export type { TelemetryMeterProvider, TelemetryOptions, TelemetryPropagator, TelemetryTracerProvider } from './telemetry/options.js';
