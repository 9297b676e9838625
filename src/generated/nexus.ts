// Generated from schemas/catalog.yaml by scripts/generate.ts (Nexus events). Do not edit: run `npm run generate`.
import { Type, type Static } from '@sinclair/typebox';
import { Timestamp } from '../schema/typebox.js';
import { EventAction, EventCategory, EventVersion } from './enums.js';
import { ErrorDetails, EventActionDuration, KnownComponent, NexusChildEventDetails, RebuildEventDetails, StateChangeEventDetails, SubsystemPauseDetails } from './messages.js';

/** `nexus.create`: A nexus was created. */
export const NexusCreate = Type.Object(
  {
    category: Type.Literal(EventCategory.Nexus),
    action: Type.Literal(EventAction.Create),
    /** nexus uuid */
    target: Type.String(),
    metadata: Type.Object(
      {
        id: Type.String(),
        source: Type.Object(
          {
            component: KnownComponent,
            node: Type.String(),
            event_details: Type.Union([
              Type.Object(
                {
                  rebuild_details: Type.Null(),
                  replica_details: Type.Null(),
                  switch_over_details: Type.Null(),
                  nexus_child_details: Type.Null(),
                  nvme_path_details: Type.Null(),
                  host_initiator_details: Type.Null(),
                  reactor_details: Type.Null(),
                  state_change_details: Type.Null(),
                  action_duration_details: Type.Null(),
                  snapshot_details: Type.Null(),
                  clone_details: Type.Null(),
                  error_details: Type.Null(),
                  subsystem_pause_details: Type.Null(),
                },
                { additionalProperties: false },
              ),
              Type.Null(),
            ]),
          },
          { additionalProperties: false },
        ),
        timestamp: Timestamp,
        version: Type.Literal(EventVersion.V1),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false, $id: "nexus.create", title: "NexusCreate", description: "A nexus was created." },
);
/** `nexus.create`: A nexus was created. */
export type NexusCreate = Static<typeof NexusCreate>;

/** `nexus.delete`: A nexus was deleted. */
export const NexusDelete = Type.Object(
  {
    category: Type.Literal(EventCategory.Nexus),
    action: Type.Literal(EventAction.Delete),
    /** nexus uuid */
    target: Type.String(),
    metadata: Type.Object(
      {
        id: Type.String(),
        source: Type.Object(
          {
            component: KnownComponent,
            node: Type.String(),
            event_details: Type.Union([
              Type.Object(
                {
                  rebuild_details: Type.Null(),
                  replica_details: Type.Null(),
                  switch_over_details: Type.Null(),
                  nexus_child_details: Type.Null(),
                  nvme_path_details: Type.Null(),
                  host_initiator_details: Type.Null(),
                  reactor_details: Type.Null(),
                  state_change_details: Type.Null(),
                  action_duration_details: Type.Null(),
                  snapshot_details: Type.Null(),
                  clone_details: Type.Null(),
                  error_details: Type.Null(),
                  subsystem_pause_details: Type.Null(),
                },
                { additionalProperties: false },
              ),
              Type.Null(),
            ]),
          },
          { additionalProperties: false },
        ),
        timestamp: Timestamp,
        version: Type.Literal(EventVersion.V1),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false, $id: "nexus.delete", title: "NexusDelete", description: "A nexus was deleted." },
);
/** `nexus.delete`: A nexus was deleted. */
export type NexusDelete = Static<typeof NexusDelete>;

/** `nexus.stateChange`: A nexus changed state. */
export const NexusStateChange = Type.Object(
  {
    category: Type.Literal(EventCategory.Nexus),
    action: Type.Literal(EventAction.StateChange),
    /** nexus uuid */
    target: Type.String(),
    metadata: Type.Object(
      {
        id: Type.String(),
        source: Type.Object(
          {
            component: KnownComponent,
            node: Type.String(),
            event_details: Type.Object(
                {
                  rebuild_details: Type.Null(),
                  replica_details: Type.Null(),
                  switch_over_details: Type.Null(),
                  nexus_child_details: Type.Null(),
                  nvme_path_details: Type.Null(),
                  host_initiator_details: Type.Null(),
                  reactor_details: Type.Null(),
                  state_change_details: StateChangeEventDetails,
                  action_duration_details: Type.Null(),
                  snapshot_details: Type.Null(),
                  clone_details: Type.Null(),
                  error_details: Type.Null(),
                  subsystem_pause_details: Type.Null(),
                },
                { additionalProperties: false },
              ),
          },
          { additionalProperties: false },
        ),
        timestamp: Timestamp,
        version: Type.Literal(EventVersion.V1),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false, $id: "nexus.stateChange", title: "NexusStateChange", description: "A nexus changed state." },
);
/** `nexus.stateChange`: A nexus changed state. */
export type NexusStateChange = Static<typeof NexusStateChange>;

/** `nexus.rebuildBegin`: A rebuild of a nexus child began. */
export const NexusRebuildBegin = Type.Object(
  {
    category: Type.Literal(EventCategory.Nexus),
    action: Type.Literal(EventAction.RebuildBegin),
    /** nexus uuid */
    target: Type.String(),
    metadata: Type.Object(
      {
        id: Type.String(),
        source: Type.Object(
          {
            component: KnownComponent,
            node: Type.String(),
            event_details: Type.Object(
                {
                  rebuild_details: RebuildEventDetails,
                  replica_details: Type.Null(),
                  switch_over_details: Type.Null(),
                  nexus_child_details: Type.Null(),
                  nvme_path_details: Type.Null(),
                  host_initiator_details: Type.Null(),
                  reactor_details: Type.Null(),
                  state_change_details: Type.Null(),
                  action_duration_details: Type.Null(),
                  snapshot_details: Type.Null(),
                  clone_details: Type.Null(),
                  error_details: Type.Null(),
                  subsystem_pause_details: Type.Null(),
                },
                { additionalProperties: false },
              ),
          },
          { additionalProperties: false },
        ),
        timestamp: Timestamp,
        version: Type.Literal(EventVersion.V1),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false, $id: "nexus.rebuildBegin", title: "NexusRebuildBegin", description: "A rebuild of a nexus child began." },
);
/** `nexus.rebuildBegin`: A rebuild of a nexus child began. */
export type NexusRebuildBegin = Static<typeof NexusRebuildBegin>;

/** `nexus.rebuildEnd`: A rebuild of a nexus child ended (completed, stopped or failed). */
export const NexusRebuildEnd = Type.Object(
  {
    category: Type.Literal(EventCategory.Nexus),
    action: Type.Literal(EventAction.RebuildEnd),
    /** nexus uuid */
    target: Type.String(),
    metadata: Type.Object(
      {
        id: Type.String(),
        source: Type.Object(
          {
            component: KnownComponent,
            node: Type.String(),
            event_details: Type.Object(
                {
                  rebuild_details: RebuildEventDetails,
                  replica_details: Type.Null(),
                  switch_over_details: Type.Null(),
                  nexus_child_details: Type.Null(),
                  nvme_path_details: Type.Null(),
                  host_initiator_details: Type.Null(),
                  reactor_details: Type.Null(),
                  state_change_details: Type.Null(),
                  action_duration_details: Type.Null(),
                  snapshot_details: Type.Null(),
                  clone_details: Type.Null(),
                  error_details: Type.Null(),
                  subsystem_pause_details: Type.Null(),
                },
                { additionalProperties: false },
              ),
          },
          { additionalProperties: false },
        ),
        timestamp: Timestamp,
        version: Type.Literal(EventVersion.V1),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false, $id: "nexus.rebuildEnd", title: "NexusRebuildEnd", description: "A rebuild of a nexus child ended (completed, stopped or failed)." },
);
/** `nexus.rebuildEnd`: A rebuild of a nexus child ended (completed, stopped or failed). */
export type NexusRebuildEnd = Static<typeof NexusRebuildEnd>;

/** `nexus.addChild`: A child device was added to a nexus. */
export const NexusAddChild = Type.Object(
  {
    category: Type.Literal(EventCategory.Nexus),
    action: Type.Literal(EventAction.AddChild),
    /** nexus uuid */
    target: Type.String(),
    metadata: Type.Object(
      {
        id: Type.String(),
        source: Type.Object(
          {
            component: KnownComponent,
            node: Type.String(),
            event_details: Type.Object(
                {
                  rebuild_details: Type.Null(),
                  replica_details: Type.Null(),
                  switch_over_details: Type.Null(),
                  nexus_child_details: NexusChildEventDetails,
                  nvme_path_details: Type.Null(),
                  host_initiator_details: Type.Null(),
                  reactor_details: Type.Null(),
                  state_change_details: Type.Null(),
                  action_duration_details: Type.Null(),
                  snapshot_details: Type.Null(),
                  clone_details: Type.Null(),
                  error_details: Type.Null(),
                  subsystem_pause_details: Type.Null(),
                },
                { additionalProperties: false },
              ),
          },
          { additionalProperties: false },
        ),
        timestamp: Timestamp,
        version: Type.Literal(EventVersion.V1),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false, $id: "nexus.addChild", title: "NexusAddChild", description: "A child device was added to a nexus." },
);
/** `nexus.addChild`: A child device was added to a nexus. */
export type NexusAddChild = Static<typeof NexusAddChild>;

/** `nexus.removeChild`: A child device was removed from a nexus. */
export const NexusRemoveChild = Type.Object(
  {
    category: Type.Literal(EventCategory.Nexus),
    action: Type.Literal(EventAction.RemoveChild),
    /** nexus uuid */
    target: Type.String(),
    metadata: Type.Object(
      {
        id: Type.String(),
        source: Type.Object(
          {
            component: KnownComponent,
            node: Type.String(),
            event_details: Type.Object(
                {
                  rebuild_details: Type.Null(),
                  replica_details: Type.Null(),
                  switch_over_details: Type.Null(),
                  nexus_child_details: NexusChildEventDetails,
                  nvme_path_details: Type.Null(),
                  host_initiator_details: Type.Null(),
                  reactor_details: Type.Null(),
                  state_change_details: Type.Null(),
                  action_duration_details: Type.Null(),
                  snapshot_details: Type.Null(),
                  clone_details: Type.Null(),
                  error_details: Type.Null(),
                  subsystem_pause_details: Type.Null(),
                },
                { additionalProperties: false },
              ),
          },
          { additionalProperties: false },
        ),
        timestamp: Timestamp,
        version: Type.Literal(EventVersion.V1),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false, $id: "nexus.removeChild", title: "NexusRemoveChild", description: "A child device was removed from a nexus." },
);
/** `nexus.removeChild`: A child device was removed from a nexus. */
export type NexusRemoveChild = Static<typeof NexusRemoveChild>;

/** `nexus.onlineChild`: A child device of a nexus came online. */
export const NexusOnlineChild = Type.Object(
  {
    category: Type.Literal(EventCategory.Nexus),
    action: Type.Literal(EventAction.OnlineChild),
    /** nexus uuid */
    target: Type.String(),
    metadata: Type.Object(
      {
        id: Type.String(),
        source: Type.Object(
          {
            component: KnownComponent,
            node: Type.String(),
            event_details: Type.Object(
                {
                  rebuild_details: Type.Null(),
                  replica_details: Type.Null(),
                  switch_over_details: Type.Null(),
                  nexus_child_details: NexusChildEventDetails,
                  nvme_path_details: Type.Null(),
                  host_initiator_details: Type.Null(),
                  reactor_details: Type.Null(),
                  state_change_details: Type.Null(),
                  action_duration_details: Type.Null(),
                  snapshot_details: Type.Null(),
                  clone_details: Type.Null(),
                  error_details: Type.Null(),
                  subsystem_pause_details: Type.Null(),
                },
                { additionalProperties: false },
              ),
          },
          { additionalProperties: false },
        ),
        timestamp: Timestamp,
        version: Type.Literal(EventVersion.V1),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false, $id: "nexus.onlineChild", title: "NexusOnlineChild", description: "A child device of a nexus came online." },
);
/** `nexus.onlineChild`: A child device of a nexus came online. */
export type NexusOnlineChild = Static<typeof NexusOnlineChild>;

/** `nexus.subsystemPause`: A nexus' I/O subsystem was paused; sent again with the time it took, and with the error when the pause failed. */
export const NexusSubsystemPause = Type.Object(
  {
    category: Type.Literal(EventCategory.Nexus),
    action: Type.Literal(EventAction.SubsystemPause),
    /** nexus uuid */
    target: Type.String(),
    metadata: Type.Object(
      {
        id: Type.String(),
        source: Type.Object(
          {
            component: KnownComponent,
            node: Type.String(),
            event_details: Type.Object(
                {
                  rebuild_details: Type.Null(),
                  replica_details: Type.Null(),
                  switch_over_details: Type.Null(),
                  nexus_child_details: Type.Null(),
                  nvme_path_details: Type.Null(),
                  host_initiator_details: Type.Null(),
                  reactor_details: Type.Null(),
                  state_change_details: Type.Null(),
                  action_duration_details: Type.Union([EventActionDuration, Type.Null()]),
                  snapshot_details: Type.Null(),
                  clone_details: Type.Null(),
                  error_details: Type.Union([ErrorDetails, Type.Null()]),
                  subsystem_pause_details: SubsystemPauseDetails,
                },
                { additionalProperties: false },
              ),
          },
          { additionalProperties: false },
        ),
        timestamp: Timestamp,
        version: Type.Literal(EventVersion.V1),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false, $id: "nexus.subsystemPause", title: "NexusSubsystemPause", description: "A nexus' I/O subsystem was paused; sent again with the time it took, and with the error when the pause failed." },
);
/** `nexus.subsystemPause`: A nexus' I/O subsystem was paused; sent again with the time it took, and with the error when the pause failed. */
export type NexusSubsystemPause = Static<typeof NexusSubsystemPause>;

/** `nexus.subsystemResume`: A nexus' I/O subsystem was resumed. */
export const NexusSubsystemResume = Type.Object(
  {
    category: Type.Literal(EventCategory.Nexus),
    action: Type.Literal(EventAction.SubsystemResume),
    /** nexus uuid */
    target: Type.String(),
    metadata: Type.Object(
      {
        id: Type.String(),
        source: Type.Object(
          {
            component: KnownComponent,
            node: Type.String(),
            event_details: Type.Union([
              Type.Object(
                {
                  rebuild_details: Type.Null(),
                  replica_details: Type.Null(),
                  switch_over_details: Type.Null(),
                  nexus_child_details: Type.Null(),
                  nvme_path_details: Type.Null(),
                  host_initiator_details: Type.Null(),
                  reactor_details: Type.Null(),
                  state_change_details: Type.Null(),
                  action_duration_details: Type.Null(),
                  snapshot_details: Type.Null(),
                  clone_details: Type.Null(),
                  error_details: Type.Null(),
                  subsystem_pause_details: Type.Null(),
                },
                { additionalProperties: false },
              ),
              Type.Null(),
            ]),
          },
          { additionalProperties: false },
        ),
        timestamp: Timestamp,
        version: Type.Literal(EventVersion.V1),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false, $id: "nexus.subsystemResume", title: "NexusSubsystemResume", description: "A nexus' I/O subsystem was resumed." },
);
/** `nexus.subsystemResume`: A nexus' I/O subsystem was resumed. */
export type NexusSubsystemResume = Static<typeof NexusSubsystemResume>;

/** `nexus.init`: A nexus entered the initialization state. */
export const NexusInit = Type.Object(
  {
    category: Type.Literal(EventCategory.Nexus),
    action: Type.Literal(EventAction.Init),
    /** nexus uuid */
    target: Type.String(),
    metadata: Type.Object(
      {
        id: Type.String(),
        source: Type.Object(
          {
            component: KnownComponent,
            node: Type.String(),
            event_details: Type.Union([
              Type.Object(
                {
                  rebuild_details: Type.Null(),
                  replica_details: Type.Null(),
                  switch_over_details: Type.Null(),
                  nexus_child_details: Type.Null(),
                  nvme_path_details: Type.Null(),
                  host_initiator_details: Type.Null(),
                  reactor_details: Type.Null(),
                  state_change_details: Type.Null(),
                  action_duration_details: Type.Null(),
                  snapshot_details: Type.Null(),
                  clone_details: Type.Null(),
                  error_details: Type.Null(),
                  subsystem_pause_details: Type.Null(),
                },
                { additionalProperties: false },
              ),
              Type.Null(),
            ]),
          },
          { additionalProperties: false },
        ),
        timestamp: Timestamp,
        version: Type.Literal(EventVersion.V1),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false, $id: "nexus.init", title: "NexusInit", description: "A nexus entered the initialization state." },
);
/** `nexus.init`: A nexus entered the initialization state. */
export type NexusInit = Static<typeof NexusInit>;

/** `nexus.reconfiguring`: A nexus entered the reconfiguring state. */
export const NexusReconfiguring = Type.Object(
  {
    category: Type.Literal(EventCategory.Nexus),
    action: Type.Literal(EventAction.Reconfiguring),
    /** nexus uuid */
    target: Type.String(),
    metadata: Type.Object(
      {
        id: Type.String(),
        source: Type.Object(
          {
            component: KnownComponent,
            node: Type.String(),
            event_details: Type.Union([
              Type.Object(
                {
                  rebuild_details: Type.Null(),
                  replica_details: Type.Null(),
                  switch_over_details: Type.Null(),
                  nexus_child_details: Type.Null(),
                  nvme_path_details: Type.Null(),
                  host_initiator_details: Type.Null(),
                  reactor_details: Type.Null(),
                  state_change_details: Type.Null(),
                  action_duration_details: Type.Null(),
                  snapshot_details: Type.Null(),
                  clone_details: Type.Null(),
                  error_details: Type.Null(),
                  subsystem_pause_details: Type.Null(),
                },
                { additionalProperties: false },
              ),
              Type.Null(),
            ]),
          },
          { additionalProperties: false },
        ),
        timestamp: Timestamp,
        version: Type.Literal(EventVersion.V1),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false, $id: "nexus.reconfiguring", title: "NexusReconfiguring", description: "A nexus entered the reconfiguring state." },
);
/** `nexus.reconfiguring`: A nexus entered the reconfiguring state. */
export type NexusReconfiguring = Static<typeof NexusReconfiguring>;

/** `nexus.shutdown`: A nexus was destroyed (with the error when destroying it failed). */
export const NexusShutdown = Type.Object(
  {
    category: Type.Literal(EventCategory.Nexus),
    action: Type.Literal(EventAction.Shutdown),
    /** nexus uuid */
    target: Type.String(),
    metadata: Type.Object(
      {
        id: Type.String(),
        source: Type.Object(
          {
            component: KnownComponent,
            node: Type.String(),
            event_details: Type.Union([
              Type.Object(
                {
                  rebuild_details: Type.Null(),
                  replica_details: Type.Null(),
                  switch_over_details: Type.Null(),
                  nexus_child_details: Type.Null(),
                  nvme_path_details: Type.Null(),
                  host_initiator_details: Type.Null(),
                  reactor_details: Type.Null(),
                  state_change_details: Type.Null(),
                  action_duration_details: Type.Null(),
                  snapshot_details: Type.Null(),
                  clone_details: Type.Null(),
                  error_details: Type.Union([ErrorDetails, Type.Null()]),
                  subsystem_pause_details: Type.Null(),
                },
                { additionalProperties: false },
              ),
              Type.Null(),
            ]),
          },
          { additionalProperties: false },
        ),
        timestamp: Timestamp,
        version: Type.Literal(EventVersion.V1),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false, $id: "nexus.shutdown", title: "NexusShutdown", description: "A nexus was destroyed (with the error when destroying it failed)." },
);
/** `nexus.shutdown`: A nexus was destroyed (with the error when destroying it failed). */
export type NexusShutdown = Static<typeof NexusShutdown>;
