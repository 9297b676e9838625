// Generated from schemas/catalog.yaml by scripts/generate.ts (High availability events). Do not edit: run `npm run generate`.
import { Type, type Static } from '@sinclair/typebox';
import { Timestamp } from '../schema/typebox.js';
import { EventAction, EventCategory, EventVersion } from './enums.js';
import { KnownComponent, SwitchOverEventDetails } from './messages.js';

/** `highAvailability.switchOver`: A volume switch-over started, completed or failed (node is the front-end node). */
export const HighAvailabilitySwitchOver = Type.Object(
  {
    category: Type.Literal(EventCategory.HighAvailability),
    action: Type.Literal(EventAction.SwitchOver),
    /** volume uuid */
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
                  switch_over_details: SwitchOverEventDetails,
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
  { additionalProperties: false, $id: "highAvailability.switchOver", title: "HighAvailabilitySwitchOver", description: "A volume switch-over started, completed or failed (node is the front-end node)." },
);
/** `highAvailability.switchOver`: A volume switch-over started, completed or failed (node is the front-end node). */
export type HighAvailabilitySwitchOver = Static<typeof HighAvailabilitySwitchOver>;
