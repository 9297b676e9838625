// Generated from schemas/catalog.yaml by scripts/generate.ts (NVMe path events). Do not edit: run `npm run generate`.
import { Type, type Static } from '@sinclair/typebox';
import { Timestamp } from '../schema/typebox.js';
import { EventAction, EventCategory, EventVersion } from './enums.js';
import { KnownComponent, NvmePathEventDetails } from './messages.js';

/** `nvmePath.nvmePathSuspect`: An NVMe path is suspected of failure. */
export const NvmePathNvmePathSuspect = Type.Object(
  {
    category: Type.Literal(EventCategory.NvmePath),
    action: Type.Literal(EventAction.NvmePathSuspect),
    /** volume uuid (the last `:` part of the nqn) */
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
                  nvme_path_details: NvmePathEventDetails,
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
  { additionalProperties: false, $id: "nvmePath.nvmePathSuspect", title: "NvmePathNvmePathSuspect", description: "An NVMe path is suspected of failure." },
);
/** `nvmePath.nvmePathSuspect`: An NVMe path is suspected of failure. */
export type NvmePathNvmePathSuspect = Static<typeof NvmePathNvmePathSuspect>;

/** `nvmePath.nvmePathFail`: An NVMe path was confirmed as failed. */
export const NvmePathNvmePathFail = Type.Object(
  {
    category: Type.Literal(EventCategory.NvmePath),
    action: Type.Literal(EventAction.NvmePathFail),
    /** volume uuid (the last `:` part of the nqn) */
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
                  nvme_path_details: NvmePathEventDetails,
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
  { additionalProperties: false, $id: "nvmePath.nvmePathFail", title: "NvmePathNvmePathFail", description: "An NVMe path was confirmed as failed." },
);
/** `nvmePath.nvmePathFail`: An NVMe path was confirmed as failed. */
export type NvmePathNvmePathFail = Static<typeof NvmePathNvmePathFail>;

/** `nvmePath.nvmePathFix`: An NVMe controller reconnected to a nexus (path is the new nvmf:// uri). */
export const NvmePathNvmePathFix = Type.Object(
  {
    category: Type.Literal(EventCategory.NvmePath),
    action: Type.Literal(EventAction.NvmePathFix),
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
                  switch_over_details: Type.Null(),
                  nexus_child_details: Type.Null(),
                  nvme_path_details: NvmePathEventDetails,
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
  { additionalProperties: false, $id: "nvmePath.nvmePathFix", title: "NvmePathNvmePathFix", description: "An NVMe controller reconnected to a nexus (path is the new nvmf:// uri)." },
);
/** `nvmePath.nvmePathFix`: An NVMe controller reconnected to a nexus (path is the new nvmf:// uri). */
export type NvmePathNvmePathFix = Static<typeof NvmePathNvmePathFix>;

/** `nvmePath.nvmePathDeleting`: A failed NVMe path is being deleted. */
export const NvmePathNvmePathDeleting = Type.Object(
  {
    category: Type.Literal(EventCategory.NvmePath),
    action: Type.Literal(EventAction.NvmePathDeleting),
    /** volume uuid (the last `:` part of the nqn) */
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
                  nvme_path_details: NvmePathEventDetails,
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
  { additionalProperties: false, $id: "nvmePath.nvmePathDeleting", title: "NvmePathNvmePathDeleting", description: "A failed NVMe path is being deleted." },
);
/** `nvmePath.nvmePathDeleting`: A failed NVMe path is being deleted. */
export type NvmePathNvmePathDeleting = Static<typeof NvmePathNvmePathDeleting>;
