// Generated from schemas/catalog.yaml by scripts/generate.ts (Snapshot events). Do not edit: run `npm run generate`.
import { Type, type Static } from '@sinclair/typebox';
import { Timestamp } from '../schema/typebox.js';
import { EventAction, EventCategory, EventVersion } from './enums.js';
import { KnownComponent, SnapshotEventDetails } from './messages.js';

/** `snapshot.create`: A snapshot was successfully created. */
export const SnapshotCreate = Type.Object(
  {
    category: Type.Literal(EventCategory.Snapshot),
    action: Type.Literal(EventAction.Create),
    /** snapshot uuid */
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
                  action_duration_details: Type.Null(),
                  snapshot_details: SnapshotEventDetails,
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
  { additionalProperties: false, $id: "snapshot.create", title: "SnapshotCreate", description: "A snapshot was successfully created." },
);
/** `snapshot.create`: A snapshot was successfully created. */
export type SnapshotCreate = Static<typeof SnapshotCreate>;
