// Generated from schemas/catalog.yaml by scripts/generate.ts (Volume events). Do not edit: run `npm run generate`.
import { Type, type Static } from '@sinclair/typebox';
import { Timestamp } from '../schema/typebox.js';
import { EventAction, EventCategory, EventVersion } from './enums.js';
import { KnownComponent } from './messages.js';

/** `volume.create`: A volume was successfully created. */
export const VolumeCreate = Type.Object(
  {
    category: Type.Literal(EventCategory.Volume),
    action: Type.Literal(EventAction.Create),
    /** volume uuid */
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
  { additionalProperties: false, $id: "volume.create", title: "VolumeCreate", description: "A volume was successfully created." },
);
/** `volume.create`: A volume was successfully created. */
export type VolumeCreate = Static<typeof VolumeCreate>;

/** `volume.delete`: A volume was successfully deleted. */
export const VolumeDelete = Type.Object(
  {
    category: Type.Literal(EventCategory.Volume),
    action: Type.Literal(EventAction.Delete),
    /** volume uuid */
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
  { additionalProperties: false, $id: "volume.delete", title: "VolumeDelete", description: "A volume was successfully deleted." },
);
/** `volume.delete`: A volume was successfully deleted. */
export type VolumeDelete = Static<typeof VolumeDelete>;
