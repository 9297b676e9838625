// `mayastor-events/schemas`: the TypeBox schemas (JSON Schemas) of every event and wire message,
// for those who want them as values. The root entry never loads TypeBox: decoding and validation
// run generated checks (src/generated/checks.ts) that give the same verdicts as these schemas.

/** The TypeBox schema of every catalogued event by its subject key. */
export { eventSchemas } from './generated/schemas.js';
// Every event's TypeBox schema and static type (twins of one name), e.g. VolumeCreate: a generated allow-list.
export * from './generated/events.js';
// The wire messages as read from the bus (any enum number), and the known numbers of each enum.
export {
  CloneEventDetails,
  Duration,
  ErrorDetails,
  EventActionDuration,
  EventDetails,
  EventMessage,
  EventMeta,
  EventSource,
  HostInitiatorEventDetails,
  KnownAction,
  KnownCategory,
  KnownComponent,
  KnownRebuildStatus,
  KnownSwitchOverStatus,
  KnownVersion,
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
} from './generated/messages.js';
// The scalar wire types: i32, u64 and i64 (a number, or a bigint past 2^53), the timestamp string.
export { I32, I64, Timestamp, U64 } from './schema/typebox.js';
