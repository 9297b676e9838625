// Generated from schemas/catalog.yaml by scripts/generate.ts (Clone events). Do not edit: run `npm run generate`.
import { Type, type Static } from '@sinclair/typebox';
import { Timestamp } from '../schema/typebox.js';
import { EventAction, EventCategory, EventVersion } from './enums.js';
import { CloneEventDetails, KnownComponent } from './messages.js';

/** `clone.create`: A clone was successfully created. */
export const CloneCreate = Type.Object(
  {
    category: Type.Literal(EventCategory.Clone),
    action: Type.Literal(EventAction.Create),
    /** clone uuid */
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
                  snapshot_details: Type.Null(),
                  clone_details: CloneEventDetails,
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
  { additionalProperties: false, $id: "clone.create", title: "CloneCreate", description: "A clone was successfully created." },
);
/** `clone.create`: A clone was successfully created. */
export type CloneCreate = Static<typeof CloneCreate>;
