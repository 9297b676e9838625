// Generated from schemas/catalog.yaml by scripts/generate.ts (Replica events). Do not edit: run `npm run generate`.
import { Type, type Static } from '@sinclair/typebox';
import { Timestamp } from '../schema/typebox.js';
import { EventAction, EventCategory, EventVersion } from './enums.js';
import { KnownComponent, ReplicaEventDetails, StateChangeEventDetails } from './messages.js';

/** `replica.create`: A replica was successfully created. */
export const ReplicaCreate = Type.Object(
  {
    category: Type.Literal(EventCategory.Replica),
    action: Type.Literal(EventAction.Create),
    /** replica uuid */
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
                  replica_details: ReplicaEventDetails,
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
  { additionalProperties: false, $id: "replica.create", title: "ReplicaCreate", description: "A replica was successfully created." },
);
/** `replica.create`: A replica was successfully created. */
export type ReplicaCreate = Static<typeof ReplicaCreate>;

/** `replica.delete`: A replica was successfully deleted. */
export const ReplicaDelete = Type.Object(
  {
    category: Type.Literal(EventCategory.Replica),
    action: Type.Literal(EventAction.Delete),
    /** replica uuid (also fires for snapshot and clone volumes, whose names are not uuids) */
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
                  replica_details: ReplicaEventDetails,
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
  { additionalProperties: false, $id: "replica.delete", title: "ReplicaDelete", description: "A replica was successfully deleted." },
);
/** `replica.delete`: A replica was successfully deleted. */
export type ReplicaDelete = Static<typeof ReplicaDelete>;

/** `replica.stateChange`: A replica changed state. */
export const ReplicaStateChange = Type.Object(
  {
    category: Type.Literal(EventCategory.Replica),
    action: Type.Literal(EventAction.StateChange),
    /** replica uuid, from the child uri's `uuid=` (may be empty) */
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
  { additionalProperties: false, $id: "replica.stateChange", title: "ReplicaStateChange", description: "A replica changed state." },
);
/** `replica.stateChange`: A replica changed state. */
export type ReplicaStateChange = Static<typeof ReplicaStateChange>;
