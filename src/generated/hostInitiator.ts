// Generated from schemas/catalog.yaml by scripts/generate.ts (Host initiator events). Do not edit: run `npm run generate`.
import { Type, type Static } from '@sinclair/typebox';
import { Timestamp } from '../schema/typebox.js';
import { EventAction, EventCategory, EventVersion } from './enums.js';
import { HostInitiatorEventDetails, KnownComponent } from './messages.js';

/** `hostInitiator.nvmeConnect`: A host connected to a nexus or replica. */
export const HostInitiatorNvmeConnect = Type.Object(
  {
    category: Type.Literal(EventCategory.HostInitiator),
    action: Type.Literal(EventAction.NvmeConnect),
    /** empty */
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
                  host_initiator_details: HostInitiatorEventDetails,
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
  { additionalProperties: false, $id: "hostInitiator.nvmeConnect", title: "HostInitiatorNvmeConnect", description: "A host connected to a nexus or replica." },
);
/** `hostInitiator.nvmeConnect`: A host connected to a nexus or replica. */
export type HostInitiatorNvmeConnect = Static<typeof HostInitiatorNvmeConnect>;

/** `hostInitiator.nvmeDisconnect`: A host disconnected from a nexus or replica. */
export const HostInitiatorNvmeDisconnect = Type.Object(
  {
    category: Type.Literal(EventCategory.HostInitiator),
    action: Type.Literal(EventAction.NvmeDisconnect),
    /** empty */
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
                  host_initiator_details: HostInitiatorEventDetails,
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
  { additionalProperties: false, $id: "hostInitiator.nvmeDisconnect", title: "HostInitiatorNvmeDisconnect", description: "A host disconnected from a nexus or replica." },
);
/** `hostInitiator.nvmeDisconnect`: A host disconnected from a nexus or replica. */
export type HostInitiatorNvmeDisconnect = Static<typeof HostInitiatorNvmeDisconnect>;

/** `hostInitiator.nvmeKeepAliveTimeout`: A host's keep-alive timed out. */
export const HostInitiatorNvmeKeepAliveTimeout = Type.Object(
  {
    category: Type.Literal(EventCategory.HostInitiator),
    action: Type.Literal(EventAction.NvmeKeepAliveTimeout),
    /** empty */
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
                  host_initiator_details: HostInitiatorEventDetails,
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
  { additionalProperties: false, $id: "hostInitiator.nvmeKeepAliveTimeout", title: "HostInitiatorNvmeKeepAliveTimeout", description: "A host's keep-alive timed out." },
);
/** `hostInitiator.nvmeKeepAliveTimeout`: A host's keep-alive timed out. */
export type HostInitiatorNvmeKeepAliveTimeout = Static<typeof HostInitiatorNvmeKeepAliveTimeout>;
