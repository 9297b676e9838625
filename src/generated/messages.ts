// Generated from schemas/catalog.yaml by scripts/generate.ts (wire messages). Do not edit: run `npm run generate`.
import { CloneType, Type, type Static } from '@sinclair/typebox';
import { I32, I64, Timestamp, U64 } from '../schema/typebox.js';
import { EventCategory, EventAction, EventComponent, EventVersion, RebuildStatus, SwitchOverStatus } from './enums.js';

/** Any known EventCategory number. */
export const KnownCategory = Type.Union([Type.Literal(EventCategory.UnknownCategory), Type.Literal(EventCategory.Pool), Type.Literal(EventCategory.Volume), Type.Literal(EventCategory.Nexus), Type.Literal(EventCategory.Replica), Type.Literal(EventCategory.Node), Type.Literal(EventCategory.HighAvailability), Type.Literal(EventCategory.NvmePath), Type.Literal(EventCategory.HostInitiator), Type.Literal(EventCategory.IoEngineCategory), Type.Literal(EventCategory.Snapshot), Type.Literal(EventCategory.Clone)]);

/** Any known EventAction number. */
export const KnownAction = Type.Union([Type.Literal(EventAction.UnknownAction), Type.Literal(EventAction.Create), Type.Literal(EventAction.Delete), Type.Literal(EventAction.StateChange), Type.Literal(EventAction.RebuildBegin), Type.Literal(EventAction.RebuildEnd), Type.Literal(EventAction.SwitchOver), Type.Literal(EventAction.AddChild), Type.Literal(EventAction.RemoveChild), Type.Literal(EventAction.NvmePathSuspect), Type.Literal(EventAction.NvmePathFail), Type.Literal(EventAction.NvmePathFix), Type.Literal(EventAction.OnlineChild), Type.Literal(EventAction.NvmeConnect), Type.Literal(EventAction.NvmeDisconnect), Type.Literal(EventAction.NvmeKeepAliveTimeout), Type.Literal(EventAction.ReactorFreeze), Type.Literal(EventAction.ReactorUnfreeze), Type.Literal(EventAction.Shutdown), Type.Literal(EventAction.Start), Type.Literal(EventAction.Stop), Type.Literal(EventAction.SubsystemPause), Type.Literal(EventAction.SubsystemResume), Type.Literal(EventAction.Init), Type.Literal(EventAction.Reconfiguring), Type.Literal(EventAction.NvmePathDeleting)]);

/** Any known EventComponent number. */
export const KnownComponent = Type.Union([Type.Literal(EventComponent.UnknownComponent), Type.Literal(EventComponent.CoreAgent), Type.Literal(EventComponent.IoEngine), Type.Literal(EventComponent.HaClusterAgent), Type.Literal(EventComponent.HaNodeAgent)]);

/** Any known EventVersion number. */
export const KnownVersion = Type.Union([Type.Literal(EventVersion.UnknownVersion), Type.Literal(EventVersion.V1)]);

/** Any known RebuildStatus number. */
export const KnownRebuildStatus = Type.Union([Type.Literal(RebuildStatus.Unknown), Type.Literal(RebuildStatus.Started), Type.Literal(RebuildStatus.Completed), Type.Literal(RebuildStatus.Stopped), Type.Literal(RebuildStatus.Failed)]);

/** Any known SwitchOverStatus number. */
export const KnownSwitchOverStatus = Type.Union([Type.Literal(SwitchOverStatus.UnknownSwitchOverStatus), Type.Literal(SwitchOverStatus.SwitchOverStarted), Type.Literal(SwitchOverStatus.SwitchOverCompleted), Type.Literal(SwitchOverStatus.SwitchOverFailed)]);

/** A nexus child rebuild. */
export const RebuildEventDetails = Type.Object(
  {
    /** Progress of the rebuild. */
    rebuild_status: KnownRebuildStatus,
    /** URI of the healthy child the data is copied from. */
    source_replica: Type.String(),
    /** URI of the child being rebuilt. */
    destination_replica: Type.String(),
    /** Why the rebuild failed, when it did. */
    error: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false, title: "RebuildEventDetails" },
);
/** A nexus child rebuild. */
export type RebuildEventDetails = Static<typeof RebuildEventDetails>;

/** A nexus child rebuild. (any enum number, as read from the bus) */
export const OpenRebuildEventDetails = Type.Object(
  {
    /** Progress of the rebuild. */
    rebuild_status: I32,
    /** URI of the healthy child the data is copied from. */
    source_replica: Type.String(),
    /** URI of the child being rebuilt. */
    destination_replica: Type.String(),
    /** Why the rebuild failed, when it did. */
    error: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false, title: "OpenRebuildEventDetails" },
);
/** A nexus child rebuild. (any enum number, as read from the bus) */
export type OpenRebuildEventDetails = Static<typeof OpenRebuildEventDetails>;

/** The pool a replica lives in. */
export const ReplicaEventDetails = Type.Object(
  {
    /** Name of the pool. */
    pool_name: Type.String(),
    /** UUID of the pool. */
    pool_uuid: Type.String(),
    /** Name of the replica (not always a uuid). */
    replica_name: Type.String(),
  },
  { additionalProperties: false, title: "ReplicaEventDetails" },
);
/** The pool a replica lives in. */
export type ReplicaEventDetails = Static<typeof ReplicaEventDetails>;

/** A high-availability switch-over of a volume's target. */
export const SwitchOverEventDetails = Type.Object(
  {
    /** Progress of the switch-over. */
    switch_over_status: KnownSwitchOverStatus,
    /** When the switch-over started. */
    start_time: Type.Union([Timestamp, Type.Null()]),
    /** NQN of the failed path. */
    existing_nqn: Type.String(),
    /** The new path, once known. */
    new_path: Type.Union([Type.String(), Type.Null()]),
    /** How many times the switch-over was retried. */
    retry_count: U64,
  },
  { additionalProperties: false, title: "SwitchOverEventDetails" },
);
/** A high-availability switch-over of a volume's target. */
export type SwitchOverEventDetails = Static<typeof SwitchOverEventDetails>;

/** A high-availability switch-over of a volume's target. (any enum number, as read from the bus) */
export const OpenSwitchOverEventDetails = Type.Object(
  {
    /** Progress of the switch-over. */
    switch_over_status: I32,
    /** When the switch-over started. */
    start_time: Type.Union([Timestamp, Type.Null()]),
    /** NQN of the failed path. */
    existing_nqn: Type.String(),
    /** The new path, once known. */
    new_path: Type.Union([Type.String(), Type.Null()]),
    /** How many times the switch-over was retried. */
    retry_count: U64,
  },
  { additionalProperties: false, title: "OpenSwitchOverEventDetails" },
);
/** A high-availability switch-over of a volume's target. (any enum number, as read from the bus) */
export type OpenSwitchOverEventDetails = Static<typeof OpenSwitchOverEventDetails>;

/** A nexus child. */
export const NexusChildEventDetails = Type.Object(
  {
    /** URI of the child (nvmf:// or bdev://). */
    uri: Type.String(),
  },
  { additionalProperties: false, title: "NexusChildEventDetails" },
);
/** A nexus child. */
export type NexusChildEventDetails = Static<typeof NexusChildEventDetails>;

/** An NVMe path on a front-end node. */
export const NvmePathEventDetails = Type.Object(
  {
    /** NVMe qualified name of the volume's subsystem. */
    nqn: Type.String(),
    /** The controller path (sysfs) or the new nvmf:// uri. */
    path: Type.String(),
  },
  { additionalProperties: false, title: "NvmePathEventDetails" },
);
/** An NVMe path on a front-end node. */
export type NvmePathEventDetails = Static<typeof NvmePathEventDetails>;

/** A host connected to an NVMe-oF subsystem of the io-engine. */
export const HostInitiatorEventDetails = Type.Object(
  {
    /** NQN of the host initiator. */
    host_nqn: Type.String(),
    /** NQN of the subsystem it connected to. */
    subsystem_nqn: Type.String(),
    /** "nexus" or "replica", or "" when the NQN matches neither. */
    target: Type.String(),
    /** UUID of that nexus or replica, or "". */
    uuid: Type.String(),
  },
  { additionalProperties: false, title: "HostInitiatorEventDetails" },
);
/** A host connected to an NVMe-oF subsystem of the io-engine. */
export type HostInitiatorEventDetails = Static<typeof HostInitiatorEventDetails>;

/** An io-engine reactor (a polling thread on one core). */
export const ReactorEventDetails = Type.Object(
  {
    /** The logical core the reactor runs on. */
    lcore: U64,
    /** The reactor's state. */
    state: Type.String(),
  },
  { additionalProperties: false, title: "ReactorEventDetails" },
);
/** An io-engine reactor (a polling thread on one core). */
export type ReactorEventDetails = Static<typeof ReactorEventDetails>;

/** A change of state. */
export const StateChangeEventDetails = Type.Object(
  {
    /** The state before. */
    previous: Type.String(),
    /** The state after. */
    next: Type.String(),
  },
  { additionalProperties: false, title: "StateChangeEventDetails" },
);
/** A change of state. */
export type StateChangeEventDetails = Static<typeof StateChangeEventDetails>;

/** A protobuf Duration: whole seconds and nanoseconds. */
export const Duration = Type.Object(
  {
    /** Whole seconds. */
    seconds: CloneType(I64, { default: 0 }),
    /** Nanoseconds of the second. */
    nanos: CloneType(I32, { default: 0 }),
  },
  { additionalProperties: false, title: "Duration" },
);
/** A protobuf Duration: whole seconds and nanoseconds. */
export type Duration = Static<typeof Duration>;

/** How long an action took. */
export const EventActionDuration = Type.Object(
  {
    /** The time the action took. */
    time_taken: Type.Union([Duration, Type.Null()]),
  },
  { additionalProperties: false, title: "EventActionDuration" },
);
/** How long an action took. */
export type EventActionDuration = Static<typeof EventActionDuration>;

/** A replica snapshot. */
export const SnapshotEventDetails = Type.Object(
  {
    /** The replica the snapshot was taken of. */
    replica_id: Type.String(),
    /** When it was created, in chrono display form ("2024-10-23 16:26:38.123456789 UTC"). */
    create_time: Type.String(),
    /** The volume the replica belongs to. */
    volume_id: Type.String(),
  },
  { additionalProperties: false, title: "SnapshotEventDetails" },
);
/** A replica snapshot. */
export type SnapshotEventDetails = Static<typeof SnapshotEventDetails>;

/** A clone of a snapshot. */
export const CloneEventDetails = Type.Object(
  {
    /** The snapshot the clone was made from. */
    source_uuid: Type.String(),
    /** When it was created, in chrono display form ("2024-10-23 16:26:38.123456789 UTC"). */
    create_time: Type.String(),
  },
  { additionalProperties: false, title: "CloneEventDetails" },
);
/** A clone of a snapshot. */
export type CloneEventDetails = Static<typeof CloneEventDetails>;

/** An error. */
export const ErrorDetails = Type.Object(
  {
    /** The error message. */
    error: Type.String(),
  },
  { additionalProperties: false, title: "ErrorDetails" },
);
/** An error. */
export type ErrorDetails = Static<typeof ErrorDetails>;

/** The pause state of a nexus' NVMe subsystem. */
export const SubsystemPauseDetails = Type.Object(
  {
    /** The pause state (may be empty). */
    nexus_pause_state: Type.String(),
  },
  { additionalProperties: false, title: "SubsystemPauseDetails" },
);
/** The pause state of a nexus' NVMe subsystem. */
export type SubsystemPauseDetails = Static<typeof SubsystemPauseDetails>;

/** The details an event carries; every member is present and null unless the event carries it. */
export const EventDetails = Type.Object(
  {
    rebuild_details: Type.Union([OpenRebuildEventDetails, Type.Null()]),
    replica_details: Type.Union([ReplicaEventDetails, Type.Null()]),
    switch_over_details: Type.Union([OpenSwitchOverEventDetails, Type.Null()]),
    nexus_child_details: Type.Union([NexusChildEventDetails, Type.Null()]),
    nvme_path_details: Type.Union([NvmePathEventDetails, Type.Null()]),
    host_initiator_details: Type.Union([HostInitiatorEventDetails, Type.Null()]),
    reactor_details: Type.Union([ReactorEventDetails, Type.Null()]),
    state_change_details: Type.Union([StateChangeEventDetails, Type.Null()]),
    action_duration_details: Type.Union([EventActionDuration, Type.Null()]),
    snapshot_details: Type.Union([SnapshotEventDetails, Type.Null()]),
    clone_details: Type.Union([CloneEventDetails, Type.Null()]),
    error_details: Type.Union([ErrorDetails, Type.Null()]),
    subsystem_pause_details: Type.Union([SubsystemPauseDetails, Type.Null()]),
  },
  { additionalProperties: false, title: "EventDetails" },
);
/** The details an event carries; every member is present and null unless the event carries it. */
export type EventDetails = Static<typeof EventDetails>;

/** The component and node that emitted the event, with the event's details. */
export const EventSource = Type.Object(
  {
    /** The emitting component. */
    component: I32,
    /** The node the component runs on (may be empty). */
    node: Type.String(),
    /** Details that depend on the kind of event. */
    event_details: Type.Union([EventDetails, Type.Null()]),
  },
  { additionalProperties: false, title: "EventSource" },
);
/** The component and node that emitted the event, with the event's details. */
export type EventSource = Static<typeof EventSource>;

/** Identity, origin and time of an event. */
export const EventMeta = Type.Object(
  {
    /** Unique id of this event (a UUID v4). */
    id: Type.String(),
    /** The component and node that emitted the event. */
    source: Type.Union([EventSource, Type.Null()]),
    /** When the event happened (RFC 3339, UTC). */
    timestamp: Type.Union([Timestamp, Type.Null()]),
    /** Version of the message format. */
    version: I32,
  },
  { additionalProperties: false, title: "EventMeta" },
);
/** Identity, origin and time of an event. */
export type EventMeta = Static<typeof EventMeta>;

/** One Mayastor event as it travels on the bus. */
export const EventMessage = Type.Object(
  {
    /** The kind of resource the event is about. */
    category: I32,
    /** What happened to it. */
    action: I32,
    /** The resource's id: a uuid, a pool or node name, a reactor thread id, or empty. */
    target: Type.String(),
    /** Where and when the event happened. */
    metadata: Type.Union([EventMeta, Type.Null()]),
  },
  { additionalProperties: false, title: "EventMessage" },
);
/** One Mayastor event as it travels on the bus. */
export type EventMessage = Static<typeof EventMessage>;
