// Generated from schemas/catalog.yaml by scripts/generate.ts (Node events). Do not edit: run `npm run generate`.
import { Type, type Static } from '@sinclair/typebox';
import { Timestamp } from '../schema/typebox.js';
import { EventAction, EventCategory, EventVersion } from './enums.js';
import { KnownComponent, StateChangeEventDetails } from './messages.js';

/** `node.stateChange`: A node changed state. */
export const NodeStateChange = Type.Object(
  {
    category: Type.Literal(EventCategory.Node),
    action: Type.Literal(EventAction.StateChange),
    /** node id */
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
  { additionalProperties: false, $id: "node.stateChange", title: "NodeStateChange", description: "A node changed state." },
);
/** `node.stateChange`: A node changed state. */
export type NodeStateChange = Static<typeof NodeStateChange>;
