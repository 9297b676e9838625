// The public surface of mayastor-events: named exports only.
export { catalog, catalogEntry, isEventKey, type CatalogEntry } from './catalog.js';
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
export { EventValidationError, MayastorEventsError, type ValidationIssue } from './errors.js';
export { createEvent, type CreateEventInput, type EventDetailsInput, type EventDetailsOf } from './events.js';
export type { CatalogEvent, EventKey, EventMap } from './generated/registry.js';
// Every event's TypeBox schema and static type (twins of one name), e.g. VolumeCreate: a generated allow-list.
export * from './generated/events.js';
export type {
  CloneEventDetails,
  ErrorDetails,
  EventActionDuration,
  EventDetails,
  EventMessage,
  EventMeta,
  EventSource,
  HostInitiatorEventDetails,
  NexusChildEventDetails,
  NvmePathEventDetails,
  ReactorEventDetails,
  RebuildEventDetails,
  ReplicaEventDetails,
  SnapshotEventDetails,
  StateChangeEventDetails,
  SubsystemPauseDetails,
  SwitchOverEventDetails,
} from './generated/messages.js';
