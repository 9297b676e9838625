// Generated from schemas/catalog.yaml by scripts/generate.ts (event schemas as plain data, for the testing kit). Do not edit: run `npm run generate`.
// The JSON of every event's TypeBox schema (./<category>.ts), bigints kept: object literals that
// load no TypeBox, for `mayastor-events/testing`, which walks them.
import type { SchemaNode } from '../schema/node.js';
import type { EventKey } from './registry.js';

/** A protobuf int32. */
const I32: SchemaNode = { minimum: -2147483648, maximum: 2147483647, type: "integer" };
/** A u64: a number up to 2^53 − 1, a bigint above. */
const U64: SchemaNode = { anyOf: [{ minimum: 0, maximum: 9007199254740991, type: "integer" }, { minimum: 0n, maximum: 18446744073709551615n, type: "bigint" }] };
/** An i64: a number within ±(2^53 − 1), a bigint beyond. */
const I64: SchemaNode = { anyOf: [{ minimum: -9007199254740991, maximum: 9007199254740991, type: "integer" }, { minimum: -9223372036854775808n, maximum: 9223372036854775807n, type: "bigint" }] };
/** A protobuf Timestamp as the string it travels as. */
const Timestamp: SchemaNode = { pattern: "^[\\t-\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*(?:[+-][0-9]+|[0-9]{1,4})[\\t-\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*-[\\t-\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*(?:0?[1-9]|1[0-2])[\\t-\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*-[\\t-\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*(?:0?[1-9]|[12][0-9]|3[01])[Tt ][\\t-\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*(?:[01]?[0-9]|2[0-3])[\\t-\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*:[\\t-\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[0-5]?[0-9][\\t-\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*:[\\t-\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*(?:[0-5]?[0-9]|60)(?:\\.[0-9]+)?[\\t-\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*(?:[Uu][Tt][Cc]|[Zz]|[+\\u2212-](?:[01][0-9]|2[0-3])[:\\t-\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[0-5][0-9])[\\t-\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$", type: "string" };

/** Any known EventComponent number. */
const KnownComponent: SchemaNode = { anyOf: [{ const: 0, type: "number" }, { const: 1, type: "number" }, { const: 2, type: "number" }, { const: 3, type: "number" }, { const: 4, type: "number" }] };

/** Any known RebuildStatus number. */
const KnownRebuildStatus: SchemaNode = { anyOf: [{ const: 0, type: "number" }, { const: 1, type: "number" }, { const: 2, type: "number" }, { const: 3, type: "number" }, { const: 4, type: "number" }] };

/** Any known SwitchOverStatus number. */
const KnownSwitchOverStatus: SchemaNode = { anyOf: [{ const: 0, type: "number" }, { const: 1, type: "number" }, { const: 2, type: "number" }, { const: 3, type: "number" }] };

/** A nexus child rebuild. */
const RebuildEventDetails: SchemaNode = {
  additionalProperties: false,
  title: "RebuildEventDetails",
  type: "object",
  required: ["rebuild_status", "source_replica", "destination_replica", "error"],
  properties: {
    rebuild_status: KnownRebuildStatus,
    source_replica: { type: "string" },
    destination_replica: { type: "string" },
    error: { anyOf: [{ type: "string" }, { type: "null" }] },
  },
};

/** The pool a replica lives in. */
const ReplicaEventDetails: SchemaNode = {
  additionalProperties: false,
  title: "ReplicaEventDetails",
  type: "object",
  required: ["pool_name", "pool_uuid", "replica_name"],
  properties: {
    pool_name: { type: "string" },
    pool_uuid: { type: "string" },
    replica_name: { type: "string" },
  },
};

/** A high-availability switch-over of a volume's target. */
const SwitchOverEventDetails: SchemaNode = {
  additionalProperties: false,
  title: "SwitchOverEventDetails",
  type: "object",
  required: ["switch_over_status", "start_time", "existing_nqn", "new_path", "retry_count"],
  properties: {
    switch_over_status: KnownSwitchOverStatus,
    start_time: { anyOf: [Timestamp, { type: "null" }] },
    existing_nqn: { type: "string" },
    new_path: { anyOf: [{ type: "string" }, { type: "null" }] },
    retry_count: U64,
  },
};

/** A nexus child. */
const NexusChildEventDetails: SchemaNode = {
  additionalProperties: false,
  title: "NexusChildEventDetails",
  type: "object",
  required: ["uri"],
  properties: {
    uri: { type: "string" },
  },
};

/** An NVMe path on a front-end node. */
const NvmePathEventDetails: SchemaNode = {
  additionalProperties: false,
  title: "NvmePathEventDetails",
  type: "object",
  required: ["nqn", "path"],
  properties: {
    nqn: { type: "string" },
    path: { type: "string" },
  },
};

/** A host connected to an NVMe-oF subsystem of the io-engine. */
const HostInitiatorEventDetails: SchemaNode = {
  additionalProperties: false,
  title: "HostInitiatorEventDetails",
  type: "object",
  required: ["host_nqn", "subsystem_nqn", "target", "uuid"],
  properties: {
    host_nqn: { type: "string" },
    subsystem_nqn: { type: "string" },
    target: { type: "string" },
    uuid: { type: "string" },
  },
};

/** An io-engine reactor (a polling thread on one core). */
const ReactorEventDetails: SchemaNode = {
  additionalProperties: false,
  title: "ReactorEventDetails",
  type: "object",
  required: ["lcore", "state"],
  properties: {
    lcore: U64,
    state: { type: "string" },
  },
};

/** A change of state. */
const StateChangeEventDetails: SchemaNode = {
  additionalProperties: false,
  title: "StateChangeEventDetails",
  type: "object",
  required: ["previous", "next"],
  properties: {
    previous: { type: "string" },
    next: { type: "string" },
  },
};

/** A protobuf Duration: whole seconds and nanoseconds. */
const Duration: SchemaNode = {
  additionalProperties: false,
  title: "Duration",
  type: "object",
  required: ["seconds", "nanos"],
  properties: {
    seconds: { default: 0, ...I64 },
    nanos: { default: 0, ...I32 },
  },
};

/** How long an action took. */
const EventActionDuration: SchemaNode = {
  additionalProperties: false,
  title: "EventActionDuration",
  type: "object",
  required: ["time_taken"],
  properties: {
    time_taken: { anyOf: [Duration, { type: "null" }] },
  },
};

/** A replica snapshot. */
const SnapshotEventDetails: SchemaNode = {
  additionalProperties: false,
  title: "SnapshotEventDetails",
  type: "object",
  required: ["replica_id", "create_time", "volume_id"],
  properties: {
    replica_id: { type: "string" },
    create_time: { type: "string" },
    volume_id: { type: "string" },
  },
};

/** A clone of a snapshot. */
const CloneEventDetails: SchemaNode = {
  additionalProperties: false,
  title: "CloneEventDetails",
  type: "object",
  required: ["source_uuid", "create_time"],
  properties: {
    source_uuid: { type: "string" },
    create_time: { type: "string" },
  },
};

/** An error. */
const ErrorDetails: SchemaNode = {
  additionalProperties: false,
  title: "ErrorDetails",
  type: "object",
  required: ["error"],
  properties: {
    error: { type: "string" },
  },
};

/** The pause state of a nexus' NVMe subsystem. */
const SubsystemPauseDetails: SchemaNode = {
  additionalProperties: false,
  title: "SubsystemPauseDetails",
  type: "object",
  required: ["nexus_pause_state"],
  properties: {
    nexus_pause_state: { type: "string" },
  },
};

/** `volume.create`: A volume was successfully created. */
const VolumeCreate: SchemaNode = {
  additionalProperties: false,
  $id: "volume.create",
  title: "VolumeCreate",
  description: "A volume was successfully created.",
  type: "object",
  required: ["category", "action", "target", "metadata"],
  properties: {
    category: { const: 2, type: "number" },
    action: { const: 1, type: "number" },
    target: { type: "string" },
    metadata: {
      additionalProperties: false,
      type: "object",
      required: ["id", "source", "timestamp", "version"],
      properties: {
        id: { type: "string" },
        source: {
          additionalProperties: false,
          type: "object",
          required: ["component", "node", "event_details"],
          properties: {
            component: KnownComponent,
            node: { type: "string" },
            event_details: {
              anyOf: [
                {
                  additionalProperties: false,
                  type: "object",
                  required: ["rebuild_details", "replica_details", "switch_over_details", "nexus_child_details", "nvme_path_details", "host_initiator_details", "reactor_details", "state_change_details", "action_duration_details", "snapshot_details", "clone_details", "error_details", "subsystem_pause_details"],
                  properties: {
                    rebuild_details: { type: "null" },
                    replica_details: { type: "null" },
                    switch_over_details: { type: "null" },
                    nexus_child_details: { type: "null" },
                    nvme_path_details: { type: "null" },
                    host_initiator_details: { type: "null" },
                    reactor_details: { type: "null" },
                    state_change_details: { type: "null" },
                    action_duration_details: { type: "null" },
                    snapshot_details: { type: "null" },
                    clone_details: { type: "null" },
                    error_details: { type: "null" },
                    subsystem_pause_details: { type: "null" },
                  },
                },
                { type: "null" },
              ],
            },
          },
        },
        timestamp: Timestamp,
        version: { const: 1, type: "number" },
      },
    },
  },
};

/** `volume.delete`: A volume was successfully deleted. */
const VolumeDelete: SchemaNode = {
  additionalProperties: false,
  $id: "volume.delete",
  title: "VolumeDelete",
  description: "A volume was successfully deleted.",
  type: "object",
  required: ["category", "action", "target", "metadata"],
  properties: {
    category: { const: 2, type: "number" },
    action: { const: 2, type: "number" },
    target: { type: "string" },
    metadata: {
      additionalProperties: false,
      type: "object",
      required: ["id", "source", "timestamp", "version"],
      properties: {
        id: { type: "string" },
        source: {
          additionalProperties: false,
          type: "object",
          required: ["component", "node", "event_details"],
          properties: {
            component: KnownComponent,
            node: { type: "string" },
            event_details: {
              anyOf: [
                {
                  additionalProperties: false,
                  type: "object",
                  required: ["rebuild_details", "replica_details", "switch_over_details", "nexus_child_details", "nvme_path_details", "host_initiator_details", "reactor_details", "state_change_details", "action_duration_details", "snapshot_details", "clone_details", "error_details", "subsystem_pause_details"],
                  properties: {
                    rebuild_details: { type: "null" },
                    replica_details: { type: "null" },
                    switch_over_details: { type: "null" },
                    nexus_child_details: { type: "null" },
                    nvme_path_details: { type: "null" },
                    host_initiator_details: { type: "null" },
                    reactor_details: { type: "null" },
                    state_change_details: { type: "null" },
                    action_duration_details: { type: "null" },
                    snapshot_details: { type: "null" },
                    clone_details: { type: "null" },
                    error_details: { type: "null" },
                    subsystem_pause_details: { type: "null" },
                  },
                },
                { type: "null" },
              ],
            },
          },
        },
        timestamp: Timestamp,
        version: { const: 1, type: "number" },
      },
    },
  },
};

/** `replica.create`: A replica was successfully created. */
const ReplicaCreate: SchemaNode = {
  additionalProperties: false,
  $id: "replica.create",
  title: "ReplicaCreate",
  description: "A replica was successfully created.",
  type: "object",
  required: ["category", "action", "target", "metadata"],
  properties: {
    category: { const: 4, type: "number" },
    action: { const: 1, type: "number" },
    target: { type: "string" },
    metadata: {
      additionalProperties: false,
      type: "object",
      required: ["id", "source", "timestamp", "version"],
      properties: {
        id: { type: "string" },
        source: {
          additionalProperties: false,
          type: "object",
          required: ["component", "node", "event_details"],
          properties: {
            component: KnownComponent,
            node: { type: "string" },
            event_details: {
              additionalProperties: false,
              type: "object",
              required: ["rebuild_details", "replica_details", "switch_over_details", "nexus_child_details", "nvme_path_details", "host_initiator_details", "reactor_details", "state_change_details", "action_duration_details", "snapshot_details", "clone_details", "error_details", "subsystem_pause_details"],
              properties: {
                rebuild_details: { type: "null" },
                replica_details: ReplicaEventDetails,
                switch_over_details: { type: "null" },
                nexus_child_details: { type: "null" },
                nvme_path_details: { type: "null" },
                host_initiator_details: { type: "null" },
                reactor_details: { type: "null" },
                state_change_details: { type: "null" },
                action_duration_details: { type: "null" },
                snapshot_details: { type: "null" },
                clone_details: { type: "null" },
                error_details: { type: "null" },
                subsystem_pause_details: { type: "null" },
              },
            },
          },
        },
        timestamp: Timestamp,
        version: { const: 1, type: "number" },
      },
    },
  },
};

/** `replica.delete`: A replica was successfully deleted. */
const ReplicaDelete: SchemaNode = {
  additionalProperties: false,
  $id: "replica.delete",
  title: "ReplicaDelete",
  description: "A replica was successfully deleted.",
  type: "object",
  required: ["category", "action", "target", "metadata"],
  properties: {
    category: { const: 4, type: "number" },
    action: { const: 2, type: "number" },
    target: { type: "string" },
    metadata: {
      additionalProperties: false,
      type: "object",
      required: ["id", "source", "timestamp", "version"],
      properties: {
        id: { type: "string" },
        source: {
          additionalProperties: false,
          type: "object",
          required: ["component", "node", "event_details"],
          properties: {
            component: KnownComponent,
            node: { type: "string" },
            event_details: {
              additionalProperties: false,
              type: "object",
              required: ["rebuild_details", "replica_details", "switch_over_details", "nexus_child_details", "nvme_path_details", "host_initiator_details", "reactor_details", "state_change_details", "action_duration_details", "snapshot_details", "clone_details", "error_details", "subsystem_pause_details"],
              properties: {
                rebuild_details: { type: "null" },
                replica_details: ReplicaEventDetails,
                switch_over_details: { type: "null" },
                nexus_child_details: { type: "null" },
                nvme_path_details: { type: "null" },
                host_initiator_details: { type: "null" },
                reactor_details: { type: "null" },
                state_change_details: { type: "null" },
                action_duration_details: { type: "null" },
                snapshot_details: { type: "null" },
                clone_details: { type: "null" },
                error_details: { type: "null" },
                subsystem_pause_details: { type: "null" },
              },
            },
          },
        },
        timestamp: Timestamp,
        version: { const: 1, type: "number" },
      },
    },
  },
};

/** `replica.stateChange`: A replica changed state. */
const ReplicaStateChange: SchemaNode = {
  additionalProperties: false,
  $id: "replica.stateChange",
  title: "ReplicaStateChange",
  description: "A replica changed state.",
  type: "object",
  required: ["category", "action", "target", "metadata"],
  properties: {
    category: { const: 4, type: "number" },
    action: { const: 3, type: "number" },
    target: { type: "string" },
    metadata: {
      additionalProperties: false,
      type: "object",
      required: ["id", "source", "timestamp", "version"],
      properties: {
        id: { type: "string" },
        source: {
          additionalProperties: false,
          type: "object",
          required: ["component", "node", "event_details"],
          properties: {
            component: KnownComponent,
            node: { type: "string" },
            event_details: {
              additionalProperties: false,
              type: "object",
              required: ["rebuild_details", "replica_details", "switch_over_details", "nexus_child_details", "nvme_path_details", "host_initiator_details", "reactor_details", "state_change_details", "action_duration_details", "snapshot_details", "clone_details", "error_details", "subsystem_pause_details"],
              properties: {
                rebuild_details: { type: "null" },
                replica_details: { type: "null" },
                switch_over_details: { type: "null" },
                nexus_child_details: { type: "null" },
                nvme_path_details: { type: "null" },
                host_initiator_details: { type: "null" },
                reactor_details: { type: "null" },
                state_change_details: StateChangeEventDetails,
                action_duration_details: { type: "null" },
                snapshot_details: { type: "null" },
                clone_details: { type: "null" },
                error_details: { type: "null" },
                subsystem_pause_details: { type: "null" },
              },
            },
          },
        },
        timestamp: Timestamp,
        version: { const: 1, type: "number" },
      },
    },
  },
};

/** `pool.create`: A pool was successfully created. */
const PoolCreate: SchemaNode = {
  additionalProperties: false,
  $id: "pool.create",
  title: "PoolCreate",
  description: "A pool was successfully created.",
  type: "object",
  required: ["category", "action", "target", "metadata"],
  properties: {
    category: { const: 1, type: "number" },
    action: { const: 1, type: "number" },
    target: { type: "string" },
    metadata: {
      additionalProperties: false,
      type: "object",
      required: ["id", "source", "timestamp", "version"],
      properties: {
        id: { type: "string" },
        source: {
          additionalProperties: false,
          type: "object",
          required: ["component", "node", "event_details"],
          properties: {
            component: KnownComponent,
            node: { type: "string" },
            event_details: {
              anyOf: [
                {
                  additionalProperties: false,
                  type: "object",
                  required: ["rebuild_details", "replica_details", "switch_over_details", "nexus_child_details", "nvme_path_details", "host_initiator_details", "reactor_details", "state_change_details", "action_duration_details", "snapshot_details", "clone_details", "error_details", "subsystem_pause_details"],
                  properties: {
                    rebuild_details: { type: "null" },
                    replica_details: { type: "null" },
                    switch_over_details: { type: "null" },
                    nexus_child_details: { type: "null" },
                    nvme_path_details: { type: "null" },
                    host_initiator_details: { type: "null" },
                    reactor_details: { type: "null" },
                    state_change_details: { type: "null" },
                    action_duration_details: { type: "null" },
                    snapshot_details: { type: "null" },
                    clone_details: { type: "null" },
                    error_details: { type: "null" },
                    subsystem_pause_details: { type: "null" },
                  },
                },
                { type: "null" },
              ],
            },
          },
        },
        timestamp: Timestamp,
        version: { const: 1, type: "number" },
      },
    },
  },
};

/** `pool.delete`: A pool was successfully deleted. */
const PoolDelete: SchemaNode = {
  additionalProperties: false,
  $id: "pool.delete",
  title: "PoolDelete",
  description: "A pool was successfully deleted.",
  type: "object",
  required: ["category", "action", "target", "metadata"],
  properties: {
    category: { const: 1, type: "number" },
    action: { const: 2, type: "number" },
    target: { type: "string" },
    metadata: {
      additionalProperties: false,
      type: "object",
      required: ["id", "source", "timestamp", "version"],
      properties: {
        id: { type: "string" },
        source: {
          additionalProperties: false,
          type: "object",
          required: ["component", "node", "event_details"],
          properties: {
            component: KnownComponent,
            node: { type: "string" },
            event_details: {
              anyOf: [
                {
                  additionalProperties: false,
                  type: "object",
                  required: ["rebuild_details", "replica_details", "switch_over_details", "nexus_child_details", "nvme_path_details", "host_initiator_details", "reactor_details", "state_change_details", "action_duration_details", "snapshot_details", "clone_details", "error_details", "subsystem_pause_details"],
                  properties: {
                    rebuild_details: { type: "null" },
                    replica_details: { type: "null" },
                    switch_over_details: { type: "null" },
                    nexus_child_details: { type: "null" },
                    nvme_path_details: { type: "null" },
                    host_initiator_details: { type: "null" },
                    reactor_details: { type: "null" },
                    state_change_details: { type: "null" },
                    action_duration_details: { type: "null" },
                    snapshot_details: { type: "null" },
                    clone_details: { type: "null" },
                    error_details: { type: "null" },
                    subsystem_pause_details: { type: "null" },
                  },
                },
                { type: "null" },
              ],
            },
          },
        },
        timestamp: Timestamp,
        version: { const: 1, type: "number" },
      },
    },
  },
};

/** `nexus.create`: A nexus was created. */
const NexusCreate: SchemaNode = {
  additionalProperties: false,
  $id: "nexus.create",
  title: "NexusCreate",
  description: "A nexus was created.",
  type: "object",
  required: ["category", "action", "target", "metadata"],
  properties: {
    category: { const: 3, type: "number" },
    action: { const: 1, type: "number" },
    target: { type: "string" },
    metadata: {
      additionalProperties: false,
      type: "object",
      required: ["id", "source", "timestamp", "version"],
      properties: {
        id: { type: "string" },
        source: {
          additionalProperties: false,
          type: "object",
          required: ["component", "node", "event_details"],
          properties: {
            component: KnownComponent,
            node: { type: "string" },
            event_details: {
              anyOf: [
                {
                  additionalProperties: false,
                  type: "object",
                  required: ["rebuild_details", "replica_details", "switch_over_details", "nexus_child_details", "nvme_path_details", "host_initiator_details", "reactor_details", "state_change_details", "action_duration_details", "snapshot_details", "clone_details", "error_details", "subsystem_pause_details"],
                  properties: {
                    rebuild_details: { type: "null" },
                    replica_details: { type: "null" },
                    switch_over_details: { type: "null" },
                    nexus_child_details: { type: "null" },
                    nvme_path_details: { type: "null" },
                    host_initiator_details: { type: "null" },
                    reactor_details: { type: "null" },
                    state_change_details: { type: "null" },
                    action_duration_details: { type: "null" },
                    snapshot_details: { type: "null" },
                    clone_details: { type: "null" },
                    error_details: { type: "null" },
                    subsystem_pause_details: { type: "null" },
                  },
                },
                { type: "null" },
              ],
            },
          },
        },
        timestamp: Timestamp,
        version: { const: 1, type: "number" },
      },
    },
  },
};

/** `nexus.delete`: A nexus was deleted. */
const NexusDelete: SchemaNode = {
  additionalProperties: false,
  $id: "nexus.delete",
  title: "NexusDelete",
  description: "A nexus was deleted.",
  type: "object",
  required: ["category", "action", "target", "metadata"],
  properties: {
    category: { const: 3, type: "number" },
    action: { const: 2, type: "number" },
    target: { type: "string" },
    metadata: {
      additionalProperties: false,
      type: "object",
      required: ["id", "source", "timestamp", "version"],
      properties: {
        id: { type: "string" },
        source: {
          additionalProperties: false,
          type: "object",
          required: ["component", "node", "event_details"],
          properties: {
            component: KnownComponent,
            node: { type: "string" },
            event_details: {
              anyOf: [
                {
                  additionalProperties: false,
                  type: "object",
                  required: ["rebuild_details", "replica_details", "switch_over_details", "nexus_child_details", "nvme_path_details", "host_initiator_details", "reactor_details", "state_change_details", "action_duration_details", "snapshot_details", "clone_details", "error_details", "subsystem_pause_details"],
                  properties: {
                    rebuild_details: { type: "null" },
                    replica_details: { type: "null" },
                    switch_over_details: { type: "null" },
                    nexus_child_details: { type: "null" },
                    nvme_path_details: { type: "null" },
                    host_initiator_details: { type: "null" },
                    reactor_details: { type: "null" },
                    state_change_details: { type: "null" },
                    action_duration_details: { type: "null" },
                    snapshot_details: { type: "null" },
                    clone_details: { type: "null" },
                    error_details: { type: "null" },
                    subsystem_pause_details: { type: "null" },
                  },
                },
                { type: "null" },
              ],
            },
          },
        },
        timestamp: Timestamp,
        version: { const: 1, type: "number" },
      },
    },
  },
};

/** `nexus.stateChange`: A nexus changed state. */
const NexusStateChange: SchemaNode = {
  additionalProperties: false,
  $id: "nexus.stateChange",
  title: "NexusStateChange",
  description: "A nexus changed state.",
  type: "object",
  required: ["category", "action", "target", "metadata"],
  properties: {
    category: { const: 3, type: "number" },
    action: { const: 3, type: "number" },
    target: { type: "string" },
    metadata: {
      additionalProperties: false,
      type: "object",
      required: ["id", "source", "timestamp", "version"],
      properties: {
        id: { type: "string" },
        source: {
          additionalProperties: false,
          type: "object",
          required: ["component", "node", "event_details"],
          properties: {
            component: KnownComponent,
            node: { type: "string" },
            event_details: {
              additionalProperties: false,
              type: "object",
              required: ["rebuild_details", "replica_details", "switch_over_details", "nexus_child_details", "nvme_path_details", "host_initiator_details", "reactor_details", "state_change_details", "action_duration_details", "snapshot_details", "clone_details", "error_details", "subsystem_pause_details"],
              properties: {
                rebuild_details: { type: "null" },
                replica_details: { type: "null" },
                switch_over_details: { type: "null" },
                nexus_child_details: { type: "null" },
                nvme_path_details: { type: "null" },
                host_initiator_details: { type: "null" },
                reactor_details: { type: "null" },
                state_change_details: StateChangeEventDetails,
                action_duration_details: { type: "null" },
                snapshot_details: { type: "null" },
                clone_details: { type: "null" },
                error_details: { type: "null" },
                subsystem_pause_details: { type: "null" },
              },
            },
          },
        },
        timestamp: Timestamp,
        version: { const: 1, type: "number" },
      },
    },
  },
};

/** `nexus.rebuildBegin`: A rebuild of a nexus child began. */
const NexusRebuildBegin: SchemaNode = {
  additionalProperties: false,
  $id: "nexus.rebuildBegin",
  title: "NexusRebuildBegin",
  description: "A rebuild of a nexus child began.",
  type: "object",
  required: ["category", "action", "target", "metadata"],
  properties: {
    category: { const: 3, type: "number" },
    action: { const: 4, type: "number" },
    target: { type: "string" },
    metadata: {
      additionalProperties: false,
      type: "object",
      required: ["id", "source", "timestamp", "version"],
      properties: {
        id: { type: "string" },
        source: {
          additionalProperties: false,
          type: "object",
          required: ["component", "node", "event_details"],
          properties: {
            component: KnownComponent,
            node: { type: "string" },
            event_details: {
              additionalProperties: false,
              type: "object",
              required: ["rebuild_details", "replica_details", "switch_over_details", "nexus_child_details", "nvme_path_details", "host_initiator_details", "reactor_details", "state_change_details", "action_duration_details", "snapshot_details", "clone_details", "error_details", "subsystem_pause_details"],
              properties: {
                rebuild_details: RebuildEventDetails,
                replica_details: { type: "null" },
                switch_over_details: { type: "null" },
                nexus_child_details: { type: "null" },
                nvme_path_details: { type: "null" },
                host_initiator_details: { type: "null" },
                reactor_details: { type: "null" },
                state_change_details: { type: "null" },
                action_duration_details: { type: "null" },
                snapshot_details: { type: "null" },
                clone_details: { type: "null" },
                error_details: { type: "null" },
                subsystem_pause_details: { type: "null" },
              },
            },
          },
        },
        timestamp: Timestamp,
        version: { const: 1, type: "number" },
      },
    },
  },
};

/** `nexus.rebuildEnd`: A rebuild of a nexus child ended (completed, stopped or failed). */
const NexusRebuildEnd: SchemaNode = {
  additionalProperties: false,
  $id: "nexus.rebuildEnd",
  title: "NexusRebuildEnd",
  description: "A rebuild of a nexus child ended (completed, stopped or failed).",
  type: "object",
  required: ["category", "action", "target", "metadata"],
  properties: {
    category: { const: 3, type: "number" },
    action: { const: 5, type: "number" },
    target: { type: "string" },
    metadata: {
      additionalProperties: false,
      type: "object",
      required: ["id", "source", "timestamp", "version"],
      properties: {
        id: { type: "string" },
        source: {
          additionalProperties: false,
          type: "object",
          required: ["component", "node", "event_details"],
          properties: {
            component: KnownComponent,
            node: { type: "string" },
            event_details: {
              additionalProperties: false,
              type: "object",
              required: ["rebuild_details", "replica_details", "switch_over_details", "nexus_child_details", "nvme_path_details", "host_initiator_details", "reactor_details", "state_change_details", "action_duration_details", "snapshot_details", "clone_details", "error_details", "subsystem_pause_details"],
              properties: {
                rebuild_details: RebuildEventDetails,
                replica_details: { type: "null" },
                switch_over_details: { type: "null" },
                nexus_child_details: { type: "null" },
                nvme_path_details: { type: "null" },
                host_initiator_details: { type: "null" },
                reactor_details: { type: "null" },
                state_change_details: { type: "null" },
                action_duration_details: { type: "null" },
                snapshot_details: { type: "null" },
                clone_details: { type: "null" },
                error_details: { type: "null" },
                subsystem_pause_details: { type: "null" },
              },
            },
          },
        },
        timestamp: Timestamp,
        version: { const: 1, type: "number" },
      },
    },
  },
};

/** `nexus.addChild`: A child device was added to a nexus. */
const NexusAddChild: SchemaNode = {
  additionalProperties: false,
  $id: "nexus.addChild",
  title: "NexusAddChild",
  description: "A child device was added to a nexus.",
  type: "object",
  required: ["category", "action", "target", "metadata"],
  properties: {
    category: { const: 3, type: "number" },
    action: { const: 7, type: "number" },
    target: { type: "string" },
    metadata: {
      additionalProperties: false,
      type: "object",
      required: ["id", "source", "timestamp", "version"],
      properties: {
        id: { type: "string" },
        source: {
          additionalProperties: false,
          type: "object",
          required: ["component", "node", "event_details"],
          properties: {
            component: KnownComponent,
            node: { type: "string" },
            event_details: {
              additionalProperties: false,
              type: "object",
              required: ["rebuild_details", "replica_details", "switch_over_details", "nexus_child_details", "nvme_path_details", "host_initiator_details", "reactor_details", "state_change_details", "action_duration_details", "snapshot_details", "clone_details", "error_details", "subsystem_pause_details"],
              properties: {
                rebuild_details: { type: "null" },
                replica_details: { type: "null" },
                switch_over_details: { type: "null" },
                nexus_child_details: NexusChildEventDetails,
                nvme_path_details: { type: "null" },
                host_initiator_details: { type: "null" },
                reactor_details: { type: "null" },
                state_change_details: { type: "null" },
                action_duration_details: { type: "null" },
                snapshot_details: { type: "null" },
                clone_details: { type: "null" },
                error_details: { type: "null" },
                subsystem_pause_details: { type: "null" },
              },
            },
          },
        },
        timestamp: Timestamp,
        version: { const: 1, type: "number" },
      },
    },
  },
};

/** `nexus.removeChild`: A child device was removed from a nexus. */
const NexusRemoveChild: SchemaNode = {
  additionalProperties: false,
  $id: "nexus.removeChild",
  title: "NexusRemoveChild",
  description: "A child device was removed from a nexus.",
  type: "object",
  required: ["category", "action", "target", "metadata"],
  properties: {
    category: { const: 3, type: "number" },
    action: { const: 8, type: "number" },
    target: { type: "string" },
    metadata: {
      additionalProperties: false,
      type: "object",
      required: ["id", "source", "timestamp", "version"],
      properties: {
        id: { type: "string" },
        source: {
          additionalProperties: false,
          type: "object",
          required: ["component", "node", "event_details"],
          properties: {
            component: KnownComponent,
            node: { type: "string" },
            event_details: {
              additionalProperties: false,
              type: "object",
              required: ["rebuild_details", "replica_details", "switch_over_details", "nexus_child_details", "nvme_path_details", "host_initiator_details", "reactor_details", "state_change_details", "action_duration_details", "snapshot_details", "clone_details", "error_details", "subsystem_pause_details"],
              properties: {
                rebuild_details: { type: "null" },
                replica_details: { type: "null" },
                switch_over_details: { type: "null" },
                nexus_child_details: NexusChildEventDetails,
                nvme_path_details: { type: "null" },
                host_initiator_details: { type: "null" },
                reactor_details: { type: "null" },
                state_change_details: { type: "null" },
                action_duration_details: { type: "null" },
                snapshot_details: { type: "null" },
                clone_details: { type: "null" },
                error_details: { type: "null" },
                subsystem_pause_details: { type: "null" },
              },
            },
          },
        },
        timestamp: Timestamp,
        version: { const: 1, type: "number" },
      },
    },
  },
};

/** `nexus.onlineChild`: A child device of a nexus came online. */
const NexusOnlineChild: SchemaNode = {
  additionalProperties: false,
  $id: "nexus.onlineChild",
  title: "NexusOnlineChild",
  description: "A child device of a nexus came online.",
  type: "object",
  required: ["category", "action", "target", "metadata"],
  properties: {
    category: { const: 3, type: "number" },
    action: { const: 12, type: "number" },
    target: { type: "string" },
    metadata: {
      additionalProperties: false,
      type: "object",
      required: ["id", "source", "timestamp", "version"],
      properties: {
        id: { type: "string" },
        source: {
          additionalProperties: false,
          type: "object",
          required: ["component", "node", "event_details"],
          properties: {
            component: KnownComponent,
            node: { type: "string" },
            event_details: {
              additionalProperties: false,
              type: "object",
              required: ["rebuild_details", "replica_details", "switch_over_details", "nexus_child_details", "nvme_path_details", "host_initiator_details", "reactor_details", "state_change_details", "action_duration_details", "snapshot_details", "clone_details", "error_details", "subsystem_pause_details"],
              properties: {
                rebuild_details: { type: "null" },
                replica_details: { type: "null" },
                switch_over_details: { type: "null" },
                nexus_child_details: NexusChildEventDetails,
                nvme_path_details: { type: "null" },
                host_initiator_details: { type: "null" },
                reactor_details: { type: "null" },
                state_change_details: { type: "null" },
                action_duration_details: { type: "null" },
                snapshot_details: { type: "null" },
                clone_details: { type: "null" },
                error_details: { type: "null" },
                subsystem_pause_details: { type: "null" },
              },
            },
          },
        },
        timestamp: Timestamp,
        version: { const: 1, type: "number" },
      },
    },
  },
};

/** `nexus.subsystemPause`: A nexus' I/O subsystem was paused; sent again with the time it took, and with the error when the pause failed. */
const NexusSubsystemPause: SchemaNode = {
  additionalProperties: false,
  $id: "nexus.subsystemPause",
  title: "NexusSubsystemPause",
  description: "A nexus' I/O subsystem was paused; sent again with the time it took, and with the error when the pause failed.",
  type: "object",
  required: ["category", "action", "target", "metadata"],
  properties: {
    category: { const: 3, type: "number" },
    action: { const: 21, type: "number" },
    target: { type: "string" },
    metadata: {
      additionalProperties: false,
      type: "object",
      required: ["id", "source", "timestamp", "version"],
      properties: {
        id: { type: "string" },
        source: {
          additionalProperties: false,
          type: "object",
          required: ["component", "node", "event_details"],
          properties: {
            component: KnownComponent,
            node: { type: "string" },
            event_details: {
              additionalProperties: false,
              type: "object",
              required: ["rebuild_details", "replica_details", "switch_over_details", "nexus_child_details", "nvme_path_details", "host_initiator_details", "reactor_details", "state_change_details", "action_duration_details", "snapshot_details", "clone_details", "error_details", "subsystem_pause_details"],
              properties: {
                rebuild_details: { type: "null" },
                replica_details: { type: "null" },
                switch_over_details: { type: "null" },
                nexus_child_details: { type: "null" },
                nvme_path_details: { type: "null" },
                host_initiator_details: { type: "null" },
                reactor_details: { type: "null" },
                state_change_details: { type: "null" },
                action_duration_details: { anyOf: [EventActionDuration, { type: "null" }] },
                snapshot_details: { type: "null" },
                clone_details: { type: "null" },
                error_details: { anyOf: [ErrorDetails, { type: "null" }] },
                subsystem_pause_details: SubsystemPauseDetails,
              },
            },
          },
        },
        timestamp: Timestamp,
        version: { const: 1, type: "number" },
      },
    },
  },
};

/** `nexus.subsystemResume`: A nexus' I/O subsystem was resumed. */
const NexusSubsystemResume: SchemaNode = {
  additionalProperties: false,
  $id: "nexus.subsystemResume",
  title: "NexusSubsystemResume",
  description: "A nexus' I/O subsystem was resumed.",
  type: "object",
  required: ["category", "action", "target", "metadata"],
  properties: {
    category: { const: 3, type: "number" },
    action: { const: 22, type: "number" },
    target: { type: "string" },
    metadata: {
      additionalProperties: false,
      type: "object",
      required: ["id", "source", "timestamp", "version"],
      properties: {
        id: { type: "string" },
        source: {
          additionalProperties: false,
          type: "object",
          required: ["component", "node", "event_details"],
          properties: {
            component: KnownComponent,
            node: { type: "string" },
            event_details: {
              anyOf: [
                {
                  additionalProperties: false,
                  type: "object",
                  required: ["rebuild_details", "replica_details", "switch_over_details", "nexus_child_details", "nvme_path_details", "host_initiator_details", "reactor_details", "state_change_details", "action_duration_details", "snapshot_details", "clone_details", "error_details", "subsystem_pause_details"],
                  properties: {
                    rebuild_details: { type: "null" },
                    replica_details: { type: "null" },
                    switch_over_details: { type: "null" },
                    nexus_child_details: { type: "null" },
                    nvme_path_details: { type: "null" },
                    host_initiator_details: { type: "null" },
                    reactor_details: { type: "null" },
                    state_change_details: { type: "null" },
                    action_duration_details: { type: "null" },
                    snapshot_details: { type: "null" },
                    clone_details: { type: "null" },
                    error_details: { type: "null" },
                    subsystem_pause_details: { type: "null" },
                  },
                },
                { type: "null" },
              ],
            },
          },
        },
        timestamp: Timestamp,
        version: { const: 1, type: "number" },
      },
    },
  },
};

/** `nexus.init`: A nexus entered the initialization state. */
const NexusInit: SchemaNode = {
  additionalProperties: false,
  $id: "nexus.init",
  title: "NexusInit",
  description: "A nexus entered the initialization state.",
  type: "object",
  required: ["category", "action", "target", "metadata"],
  properties: {
    category: { const: 3, type: "number" },
    action: { const: 23, type: "number" },
    target: { type: "string" },
    metadata: {
      additionalProperties: false,
      type: "object",
      required: ["id", "source", "timestamp", "version"],
      properties: {
        id: { type: "string" },
        source: {
          additionalProperties: false,
          type: "object",
          required: ["component", "node", "event_details"],
          properties: {
            component: KnownComponent,
            node: { type: "string" },
            event_details: {
              anyOf: [
                {
                  additionalProperties: false,
                  type: "object",
                  required: ["rebuild_details", "replica_details", "switch_over_details", "nexus_child_details", "nvme_path_details", "host_initiator_details", "reactor_details", "state_change_details", "action_duration_details", "snapshot_details", "clone_details", "error_details", "subsystem_pause_details"],
                  properties: {
                    rebuild_details: { type: "null" },
                    replica_details: { type: "null" },
                    switch_over_details: { type: "null" },
                    nexus_child_details: { type: "null" },
                    nvme_path_details: { type: "null" },
                    host_initiator_details: { type: "null" },
                    reactor_details: { type: "null" },
                    state_change_details: { type: "null" },
                    action_duration_details: { type: "null" },
                    snapshot_details: { type: "null" },
                    clone_details: { type: "null" },
                    error_details: { type: "null" },
                    subsystem_pause_details: { type: "null" },
                  },
                },
                { type: "null" },
              ],
            },
          },
        },
        timestamp: Timestamp,
        version: { const: 1, type: "number" },
      },
    },
  },
};

/** `nexus.reconfiguring`: A nexus entered the reconfiguring state. */
const NexusReconfiguring: SchemaNode = {
  additionalProperties: false,
  $id: "nexus.reconfiguring",
  title: "NexusReconfiguring",
  description: "A nexus entered the reconfiguring state.",
  type: "object",
  required: ["category", "action", "target", "metadata"],
  properties: {
    category: { const: 3, type: "number" },
    action: { const: 24, type: "number" },
    target: { type: "string" },
    metadata: {
      additionalProperties: false,
      type: "object",
      required: ["id", "source", "timestamp", "version"],
      properties: {
        id: { type: "string" },
        source: {
          additionalProperties: false,
          type: "object",
          required: ["component", "node", "event_details"],
          properties: {
            component: KnownComponent,
            node: { type: "string" },
            event_details: {
              anyOf: [
                {
                  additionalProperties: false,
                  type: "object",
                  required: ["rebuild_details", "replica_details", "switch_over_details", "nexus_child_details", "nvme_path_details", "host_initiator_details", "reactor_details", "state_change_details", "action_duration_details", "snapshot_details", "clone_details", "error_details", "subsystem_pause_details"],
                  properties: {
                    rebuild_details: { type: "null" },
                    replica_details: { type: "null" },
                    switch_over_details: { type: "null" },
                    nexus_child_details: { type: "null" },
                    nvme_path_details: { type: "null" },
                    host_initiator_details: { type: "null" },
                    reactor_details: { type: "null" },
                    state_change_details: { type: "null" },
                    action_duration_details: { type: "null" },
                    snapshot_details: { type: "null" },
                    clone_details: { type: "null" },
                    error_details: { type: "null" },
                    subsystem_pause_details: { type: "null" },
                  },
                },
                { type: "null" },
              ],
            },
          },
        },
        timestamp: Timestamp,
        version: { const: 1, type: "number" },
      },
    },
  },
};

/** `nexus.shutdown`: A nexus was destroyed (with the error when destroying it failed). */
const NexusShutdown: SchemaNode = {
  additionalProperties: false,
  $id: "nexus.shutdown",
  title: "NexusShutdown",
  description: "A nexus was destroyed (with the error when destroying it failed).",
  type: "object",
  required: ["category", "action", "target", "metadata"],
  properties: {
    category: { const: 3, type: "number" },
    action: { const: 18, type: "number" },
    target: { type: "string" },
    metadata: {
      additionalProperties: false,
      type: "object",
      required: ["id", "source", "timestamp", "version"],
      properties: {
        id: { type: "string" },
        source: {
          additionalProperties: false,
          type: "object",
          required: ["component", "node", "event_details"],
          properties: {
            component: KnownComponent,
            node: { type: "string" },
            event_details: {
              anyOf: [
                {
                  additionalProperties: false,
                  type: "object",
                  required: ["rebuild_details", "replica_details", "switch_over_details", "nexus_child_details", "nvme_path_details", "host_initiator_details", "reactor_details", "state_change_details", "action_duration_details", "snapshot_details", "clone_details", "error_details", "subsystem_pause_details"],
                  properties: {
                    rebuild_details: { type: "null" },
                    replica_details: { type: "null" },
                    switch_over_details: { type: "null" },
                    nexus_child_details: { type: "null" },
                    nvme_path_details: { type: "null" },
                    host_initiator_details: { type: "null" },
                    reactor_details: { type: "null" },
                    state_change_details: { type: "null" },
                    action_duration_details: { type: "null" },
                    snapshot_details: { type: "null" },
                    clone_details: { type: "null" },
                    error_details: { anyOf: [ErrorDetails, { type: "null" }] },
                    subsystem_pause_details: { type: "null" },
                  },
                },
                { type: "null" },
              ],
            },
          },
        },
        timestamp: Timestamp,
        version: { const: 1, type: "number" },
      },
    },
  },
};

/** `node.stateChange`: A node changed state. */
const NodeStateChange: SchemaNode = {
  additionalProperties: false,
  $id: "node.stateChange",
  title: "NodeStateChange",
  description: "A node changed state.",
  type: "object",
  required: ["category", "action", "target", "metadata"],
  properties: {
    category: { const: 5, type: "number" },
    action: { const: 3, type: "number" },
    target: { type: "string" },
    metadata: {
      additionalProperties: false,
      type: "object",
      required: ["id", "source", "timestamp", "version"],
      properties: {
        id: { type: "string" },
        source: {
          additionalProperties: false,
          type: "object",
          required: ["component", "node", "event_details"],
          properties: {
            component: KnownComponent,
            node: { type: "string" },
            event_details: {
              additionalProperties: false,
              type: "object",
              required: ["rebuild_details", "replica_details", "switch_over_details", "nexus_child_details", "nvme_path_details", "host_initiator_details", "reactor_details", "state_change_details", "action_duration_details", "snapshot_details", "clone_details", "error_details", "subsystem_pause_details"],
              properties: {
                rebuild_details: { type: "null" },
                replica_details: { type: "null" },
                switch_over_details: { type: "null" },
                nexus_child_details: { type: "null" },
                nvme_path_details: { type: "null" },
                host_initiator_details: { type: "null" },
                reactor_details: { type: "null" },
                state_change_details: StateChangeEventDetails,
                action_duration_details: { type: "null" },
                snapshot_details: { type: "null" },
                clone_details: { type: "null" },
                error_details: { type: "null" },
                subsystem_pause_details: { type: "null" },
              },
            },
          },
        },
        timestamp: Timestamp,
        version: { const: 1, type: "number" },
      },
    },
  },
};

/** `highAvailability.switchOver`: A volume switch-over started, completed or failed (node is the front-end node). */
const HighAvailabilitySwitchOver: SchemaNode = {
  additionalProperties: false,
  $id: "highAvailability.switchOver",
  title: "HighAvailabilitySwitchOver",
  description: "A volume switch-over started, completed or failed (node is the front-end node).",
  type: "object",
  required: ["category", "action", "target", "metadata"],
  properties: {
    category: { const: 6, type: "number" },
    action: { const: 6, type: "number" },
    target: { type: "string" },
    metadata: {
      additionalProperties: false,
      type: "object",
      required: ["id", "source", "timestamp", "version"],
      properties: {
        id: { type: "string" },
        source: {
          additionalProperties: false,
          type: "object",
          required: ["component", "node", "event_details"],
          properties: {
            component: KnownComponent,
            node: { type: "string" },
            event_details: {
              additionalProperties: false,
              type: "object",
              required: ["rebuild_details", "replica_details", "switch_over_details", "nexus_child_details", "nvme_path_details", "host_initiator_details", "reactor_details", "state_change_details", "action_duration_details", "snapshot_details", "clone_details", "error_details", "subsystem_pause_details"],
              properties: {
                rebuild_details: { type: "null" },
                replica_details: { type: "null" },
                switch_over_details: SwitchOverEventDetails,
                nexus_child_details: { type: "null" },
                nvme_path_details: { type: "null" },
                host_initiator_details: { type: "null" },
                reactor_details: { type: "null" },
                state_change_details: { type: "null" },
                action_duration_details: { type: "null" },
                snapshot_details: { type: "null" },
                clone_details: { type: "null" },
                error_details: { type: "null" },
                subsystem_pause_details: { type: "null" },
              },
            },
          },
        },
        timestamp: Timestamp,
        version: { const: 1, type: "number" },
      },
    },
  },
};

/** `nvmePath.nvmePathSuspect`: An NVMe path is suspected of failure. */
const NvmePathNvmePathSuspect: SchemaNode = {
  additionalProperties: false,
  $id: "nvmePath.nvmePathSuspect",
  title: "NvmePathNvmePathSuspect",
  description: "An NVMe path is suspected of failure.",
  type: "object",
  required: ["category", "action", "target", "metadata"],
  properties: {
    category: { const: 7, type: "number" },
    action: { const: 9, type: "number" },
    target: { type: "string" },
    metadata: {
      additionalProperties: false,
      type: "object",
      required: ["id", "source", "timestamp", "version"],
      properties: {
        id: { type: "string" },
        source: {
          additionalProperties: false,
          type: "object",
          required: ["component", "node", "event_details"],
          properties: {
            component: KnownComponent,
            node: { type: "string" },
            event_details: {
              additionalProperties: false,
              type: "object",
              required: ["rebuild_details", "replica_details", "switch_over_details", "nexus_child_details", "nvme_path_details", "host_initiator_details", "reactor_details", "state_change_details", "action_duration_details", "snapshot_details", "clone_details", "error_details", "subsystem_pause_details"],
              properties: {
                rebuild_details: { type: "null" },
                replica_details: { type: "null" },
                switch_over_details: { type: "null" },
                nexus_child_details: { type: "null" },
                nvme_path_details: NvmePathEventDetails,
                host_initiator_details: { type: "null" },
                reactor_details: { type: "null" },
                state_change_details: { type: "null" },
                action_duration_details: { type: "null" },
                snapshot_details: { type: "null" },
                clone_details: { type: "null" },
                error_details: { type: "null" },
                subsystem_pause_details: { type: "null" },
              },
            },
          },
        },
        timestamp: Timestamp,
        version: { const: 1, type: "number" },
      },
    },
  },
};

/** `nvmePath.nvmePathFail`: An NVMe path was confirmed as failed. */
const NvmePathNvmePathFail: SchemaNode = {
  additionalProperties: false,
  $id: "nvmePath.nvmePathFail",
  title: "NvmePathNvmePathFail",
  description: "An NVMe path was confirmed as failed.",
  type: "object",
  required: ["category", "action", "target", "metadata"],
  properties: {
    category: { const: 7, type: "number" },
    action: { const: 10, type: "number" },
    target: { type: "string" },
    metadata: {
      additionalProperties: false,
      type: "object",
      required: ["id", "source", "timestamp", "version"],
      properties: {
        id: { type: "string" },
        source: {
          additionalProperties: false,
          type: "object",
          required: ["component", "node", "event_details"],
          properties: {
            component: KnownComponent,
            node: { type: "string" },
            event_details: {
              additionalProperties: false,
              type: "object",
              required: ["rebuild_details", "replica_details", "switch_over_details", "nexus_child_details", "nvme_path_details", "host_initiator_details", "reactor_details", "state_change_details", "action_duration_details", "snapshot_details", "clone_details", "error_details", "subsystem_pause_details"],
              properties: {
                rebuild_details: { type: "null" },
                replica_details: { type: "null" },
                switch_over_details: { type: "null" },
                nexus_child_details: { type: "null" },
                nvme_path_details: NvmePathEventDetails,
                host_initiator_details: { type: "null" },
                reactor_details: { type: "null" },
                state_change_details: { type: "null" },
                action_duration_details: { type: "null" },
                snapshot_details: { type: "null" },
                clone_details: { type: "null" },
                error_details: { type: "null" },
                subsystem_pause_details: { type: "null" },
              },
            },
          },
        },
        timestamp: Timestamp,
        version: { const: 1, type: "number" },
      },
    },
  },
};

/** `nvmePath.nvmePathFix`: An NVMe controller reconnected to a nexus (path is the new nvmf:// uri). */
const NvmePathNvmePathFix: SchemaNode = {
  additionalProperties: false,
  $id: "nvmePath.nvmePathFix",
  title: "NvmePathNvmePathFix",
  description: "An NVMe controller reconnected to a nexus (path is the new nvmf:// uri).",
  type: "object",
  required: ["category", "action", "target", "metadata"],
  properties: {
    category: { const: 7, type: "number" },
    action: { const: 11, type: "number" },
    target: { type: "string" },
    metadata: {
      additionalProperties: false,
      type: "object",
      required: ["id", "source", "timestamp", "version"],
      properties: {
        id: { type: "string" },
        source: {
          additionalProperties: false,
          type: "object",
          required: ["component", "node", "event_details"],
          properties: {
            component: KnownComponent,
            node: { type: "string" },
            event_details: {
              additionalProperties: false,
              type: "object",
              required: ["rebuild_details", "replica_details", "switch_over_details", "nexus_child_details", "nvme_path_details", "host_initiator_details", "reactor_details", "state_change_details", "action_duration_details", "snapshot_details", "clone_details", "error_details", "subsystem_pause_details"],
              properties: {
                rebuild_details: { type: "null" },
                replica_details: { type: "null" },
                switch_over_details: { type: "null" },
                nexus_child_details: { type: "null" },
                nvme_path_details: NvmePathEventDetails,
                host_initiator_details: { type: "null" },
                reactor_details: { type: "null" },
                state_change_details: { type: "null" },
                action_duration_details: { type: "null" },
                snapshot_details: { type: "null" },
                clone_details: { type: "null" },
                error_details: { type: "null" },
                subsystem_pause_details: { type: "null" },
              },
            },
          },
        },
        timestamp: Timestamp,
        version: { const: 1, type: "number" },
      },
    },
  },
};

/** `nvmePath.nvmePathDeleting`: A failed NVMe path is being deleted. */
const NvmePathNvmePathDeleting: SchemaNode = {
  additionalProperties: false,
  $id: "nvmePath.nvmePathDeleting",
  title: "NvmePathNvmePathDeleting",
  description: "A failed NVMe path is being deleted.",
  type: "object",
  required: ["category", "action", "target", "metadata"],
  properties: {
    category: { const: 7, type: "number" },
    action: { const: 25, type: "number" },
    target: { type: "string" },
    metadata: {
      additionalProperties: false,
      type: "object",
      required: ["id", "source", "timestamp", "version"],
      properties: {
        id: { type: "string" },
        source: {
          additionalProperties: false,
          type: "object",
          required: ["component", "node", "event_details"],
          properties: {
            component: KnownComponent,
            node: { type: "string" },
            event_details: {
              additionalProperties: false,
              type: "object",
              required: ["rebuild_details", "replica_details", "switch_over_details", "nexus_child_details", "nvme_path_details", "host_initiator_details", "reactor_details", "state_change_details", "action_duration_details", "snapshot_details", "clone_details", "error_details", "subsystem_pause_details"],
              properties: {
                rebuild_details: { type: "null" },
                replica_details: { type: "null" },
                switch_over_details: { type: "null" },
                nexus_child_details: { type: "null" },
                nvme_path_details: NvmePathEventDetails,
                host_initiator_details: { type: "null" },
                reactor_details: { type: "null" },
                state_change_details: { type: "null" },
                action_duration_details: { type: "null" },
                snapshot_details: { type: "null" },
                clone_details: { type: "null" },
                error_details: { type: "null" },
                subsystem_pause_details: { type: "null" },
              },
            },
          },
        },
        timestamp: Timestamp,
        version: { const: 1, type: "number" },
      },
    },
  },
};

/** `hostInitiator.nvmeConnect`: A host connected to a nexus or replica. */
const HostInitiatorNvmeConnect: SchemaNode = {
  additionalProperties: false,
  $id: "hostInitiator.nvmeConnect",
  title: "HostInitiatorNvmeConnect",
  description: "A host connected to a nexus or replica.",
  type: "object",
  required: ["category", "action", "target", "metadata"],
  properties: {
    category: { const: 8, type: "number" },
    action: { const: 13, type: "number" },
    target: { type: "string" },
    metadata: {
      additionalProperties: false,
      type: "object",
      required: ["id", "source", "timestamp", "version"],
      properties: {
        id: { type: "string" },
        source: {
          additionalProperties: false,
          type: "object",
          required: ["component", "node", "event_details"],
          properties: {
            component: KnownComponent,
            node: { type: "string" },
            event_details: {
              additionalProperties: false,
              type: "object",
              required: ["rebuild_details", "replica_details", "switch_over_details", "nexus_child_details", "nvme_path_details", "host_initiator_details", "reactor_details", "state_change_details", "action_duration_details", "snapshot_details", "clone_details", "error_details", "subsystem_pause_details"],
              properties: {
                rebuild_details: { type: "null" },
                replica_details: { type: "null" },
                switch_over_details: { type: "null" },
                nexus_child_details: { type: "null" },
                nvme_path_details: { type: "null" },
                host_initiator_details: HostInitiatorEventDetails,
                reactor_details: { type: "null" },
                state_change_details: { type: "null" },
                action_duration_details: { type: "null" },
                snapshot_details: { type: "null" },
                clone_details: { type: "null" },
                error_details: { type: "null" },
                subsystem_pause_details: { type: "null" },
              },
            },
          },
        },
        timestamp: Timestamp,
        version: { const: 1, type: "number" },
      },
    },
  },
};

/** `hostInitiator.nvmeDisconnect`: A host disconnected from a nexus or replica. */
const HostInitiatorNvmeDisconnect: SchemaNode = {
  additionalProperties: false,
  $id: "hostInitiator.nvmeDisconnect",
  title: "HostInitiatorNvmeDisconnect",
  description: "A host disconnected from a nexus or replica.",
  type: "object",
  required: ["category", "action", "target", "metadata"],
  properties: {
    category: { const: 8, type: "number" },
    action: { const: 14, type: "number" },
    target: { type: "string" },
    metadata: {
      additionalProperties: false,
      type: "object",
      required: ["id", "source", "timestamp", "version"],
      properties: {
        id: { type: "string" },
        source: {
          additionalProperties: false,
          type: "object",
          required: ["component", "node", "event_details"],
          properties: {
            component: KnownComponent,
            node: { type: "string" },
            event_details: {
              additionalProperties: false,
              type: "object",
              required: ["rebuild_details", "replica_details", "switch_over_details", "nexus_child_details", "nvme_path_details", "host_initiator_details", "reactor_details", "state_change_details", "action_duration_details", "snapshot_details", "clone_details", "error_details", "subsystem_pause_details"],
              properties: {
                rebuild_details: { type: "null" },
                replica_details: { type: "null" },
                switch_over_details: { type: "null" },
                nexus_child_details: { type: "null" },
                nvme_path_details: { type: "null" },
                host_initiator_details: HostInitiatorEventDetails,
                reactor_details: { type: "null" },
                state_change_details: { type: "null" },
                action_duration_details: { type: "null" },
                snapshot_details: { type: "null" },
                clone_details: { type: "null" },
                error_details: { type: "null" },
                subsystem_pause_details: { type: "null" },
              },
            },
          },
        },
        timestamp: Timestamp,
        version: { const: 1, type: "number" },
      },
    },
  },
};

/** `hostInitiator.nvmeKeepAliveTimeout`: A host's keep-alive timed out. */
const HostInitiatorNvmeKeepAliveTimeout: SchemaNode = {
  additionalProperties: false,
  $id: "hostInitiator.nvmeKeepAliveTimeout",
  title: "HostInitiatorNvmeKeepAliveTimeout",
  description: "A host's keep-alive timed out.",
  type: "object",
  required: ["category", "action", "target", "metadata"],
  properties: {
    category: { const: 8, type: "number" },
    action: { const: 15, type: "number" },
    target: { type: "string" },
    metadata: {
      additionalProperties: false,
      type: "object",
      required: ["id", "source", "timestamp", "version"],
      properties: {
        id: { type: "string" },
        source: {
          additionalProperties: false,
          type: "object",
          required: ["component", "node", "event_details"],
          properties: {
            component: KnownComponent,
            node: { type: "string" },
            event_details: {
              additionalProperties: false,
              type: "object",
              required: ["rebuild_details", "replica_details", "switch_over_details", "nexus_child_details", "nvme_path_details", "host_initiator_details", "reactor_details", "state_change_details", "action_duration_details", "snapshot_details", "clone_details", "error_details", "subsystem_pause_details"],
              properties: {
                rebuild_details: { type: "null" },
                replica_details: { type: "null" },
                switch_over_details: { type: "null" },
                nexus_child_details: { type: "null" },
                nvme_path_details: { type: "null" },
                host_initiator_details: HostInitiatorEventDetails,
                reactor_details: { type: "null" },
                state_change_details: { type: "null" },
                action_duration_details: { type: "null" },
                snapshot_details: { type: "null" },
                clone_details: { type: "null" },
                error_details: { type: "null" },
                subsystem_pause_details: { type: "null" },
              },
            },
          },
        },
        timestamp: Timestamp,
        version: { const: 1, type: "number" },
      },
    },
  },
};

/** `ioEngine.start`: The io-engine initialized. */
const IoEngineStart: SchemaNode = {
  additionalProperties: false,
  $id: "ioEngine.start",
  title: "IoEngineStart",
  description: "The io-engine initialized.",
  type: "object",
  required: ["category", "action", "target", "metadata"],
  properties: {
    category: { const: 9, type: "number" },
    action: { const: 19, type: "number" },
    target: { type: "string" },
    metadata: {
      additionalProperties: false,
      type: "object",
      required: ["id", "source", "timestamp", "version"],
      properties: {
        id: { type: "string" },
        source: {
          additionalProperties: false,
          type: "object",
          required: ["component", "node", "event_details"],
          properties: {
            component: KnownComponent,
            node: { type: "string" },
            event_details: {
              anyOf: [
                {
                  additionalProperties: false,
                  type: "object",
                  required: ["rebuild_details", "replica_details", "switch_over_details", "nexus_child_details", "nvme_path_details", "host_initiator_details", "reactor_details", "state_change_details", "action_duration_details", "snapshot_details", "clone_details", "error_details", "subsystem_pause_details"],
                  properties: {
                    rebuild_details: { type: "null" },
                    replica_details: { type: "null" },
                    switch_over_details: { type: "null" },
                    nexus_child_details: { type: "null" },
                    nvme_path_details: { type: "null" },
                    host_initiator_details: { type: "null" },
                    reactor_details: { type: "null" },
                    state_change_details: { type: "null" },
                    action_duration_details: { type: "null" },
                    snapshot_details: { type: "null" },
                    clone_details: { type: "null" },
                    error_details: { type: "null" },
                    subsystem_pause_details: { type: "null" },
                  },
                },
                { type: "null" },
              ],
            },
          },
        },
        timestamp: Timestamp,
        version: { const: 1, type: "number" },
      },
    },
  },
};

/** `ioEngine.shutdown`: The io-engine began shutting down. */
const IoEngineShutdown: SchemaNode = {
  additionalProperties: false,
  $id: "ioEngine.shutdown",
  title: "IoEngineShutdown",
  description: "The io-engine began shutting down.",
  type: "object",
  required: ["category", "action", "target", "metadata"],
  properties: {
    category: { const: 9, type: "number" },
    action: { const: 18, type: "number" },
    target: { type: "string" },
    metadata: {
      additionalProperties: false,
      type: "object",
      required: ["id", "source", "timestamp", "version"],
      properties: {
        id: { type: "string" },
        source: {
          additionalProperties: false,
          type: "object",
          required: ["component", "node", "event_details"],
          properties: {
            component: KnownComponent,
            node: { type: "string" },
            event_details: {
              anyOf: [
                {
                  additionalProperties: false,
                  type: "object",
                  required: ["rebuild_details", "replica_details", "switch_over_details", "nexus_child_details", "nvme_path_details", "host_initiator_details", "reactor_details", "state_change_details", "action_duration_details", "snapshot_details", "clone_details", "error_details", "subsystem_pause_details"],
                  properties: {
                    rebuild_details: { type: "null" },
                    replica_details: { type: "null" },
                    switch_over_details: { type: "null" },
                    nexus_child_details: { type: "null" },
                    nvme_path_details: { type: "null" },
                    host_initiator_details: { type: "null" },
                    reactor_details: { type: "null" },
                    state_change_details: { type: "null" },
                    action_duration_details: { type: "null" },
                    snapshot_details: { type: "null" },
                    clone_details: { type: "null" },
                    error_details: { type: "null" },
                    subsystem_pause_details: { type: "null" },
                  },
                },
                { type: "null" },
              ],
            },
          },
        },
        timestamp: Timestamp,
        version: { const: 1, type: "number" },
      },
    },
  },
};

/** `ioEngine.stop`: The io-engine stopped, with the time the shutdown took. */
const IoEngineStop: SchemaNode = {
  additionalProperties: false,
  $id: "ioEngine.stop",
  title: "IoEngineStop",
  description: "The io-engine stopped, with the time the shutdown took.",
  type: "object",
  required: ["category", "action", "target", "metadata"],
  properties: {
    category: { const: 9, type: "number" },
    action: { const: 20, type: "number" },
    target: { type: "string" },
    metadata: {
      additionalProperties: false,
      type: "object",
      required: ["id", "source", "timestamp", "version"],
      properties: {
        id: { type: "string" },
        source: {
          additionalProperties: false,
          type: "object",
          required: ["component", "node", "event_details"],
          properties: {
            component: KnownComponent,
            node: { type: "string" },
            event_details: {
              additionalProperties: false,
              type: "object",
              required: ["rebuild_details", "replica_details", "switch_over_details", "nexus_child_details", "nvme_path_details", "host_initiator_details", "reactor_details", "state_change_details", "action_duration_details", "snapshot_details", "clone_details", "error_details", "subsystem_pause_details"],
              properties: {
                rebuild_details: { type: "null" },
                replica_details: { type: "null" },
                switch_over_details: { type: "null" },
                nexus_child_details: { type: "null" },
                nvme_path_details: { type: "null" },
                host_initiator_details: { type: "null" },
                reactor_details: { type: "null" },
                state_change_details: { type: "null" },
                action_duration_details: EventActionDuration,
                snapshot_details: { type: "null" },
                clone_details: { type: "null" },
                error_details: { type: "null" },
                subsystem_pause_details: { type: "null" },
              },
            },
          },
        },
        timestamp: Timestamp,
        version: { const: 1, type: "number" },
      },
    },
  },
};

/** `ioEngine.reactorFreeze`: An io-engine reactor froze. */
const IoEngineReactorFreeze: SchemaNode = {
  additionalProperties: false,
  $id: "ioEngine.reactorFreeze",
  title: "IoEngineReactorFreeze",
  description: "An io-engine reactor froze.",
  type: "object",
  required: ["category", "action", "target", "metadata"],
  properties: {
    category: { const: 9, type: "number" },
    action: { const: 16, type: "number" },
    target: { type: "string" },
    metadata: {
      additionalProperties: false,
      type: "object",
      required: ["id", "source", "timestamp", "version"],
      properties: {
        id: { type: "string" },
        source: {
          additionalProperties: false,
          type: "object",
          required: ["component", "node", "event_details"],
          properties: {
            component: KnownComponent,
            node: { type: "string" },
            event_details: {
              additionalProperties: false,
              type: "object",
              required: ["rebuild_details", "replica_details", "switch_over_details", "nexus_child_details", "nvme_path_details", "host_initiator_details", "reactor_details", "state_change_details", "action_duration_details", "snapshot_details", "clone_details", "error_details", "subsystem_pause_details"],
              properties: {
                rebuild_details: { type: "null" },
                replica_details: { type: "null" },
                switch_over_details: { type: "null" },
                nexus_child_details: { type: "null" },
                nvme_path_details: { type: "null" },
                host_initiator_details: { type: "null" },
                reactor_details: ReactorEventDetails,
                state_change_details: { type: "null" },
                action_duration_details: { type: "null" },
                snapshot_details: { type: "null" },
                clone_details: { type: "null" },
                error_details: { type: "null" },
                subsystem_pause_details: { type: "null" },
              },
            },
          },
        },
        timestamp: Timestamp,
        version: { const: 1, type: "number" },
      },
    },
  },
};

/** `ioEngine.reactorUnfreeze`: A frozen io-engine reactor became healthy again. */
const IoEngineReactorUnfreeze: SchemaNode = {
  additionalProperties: false,
  $id: "ioEngine.reactorUnfreeze",
  title: "IoEngineReactorUnfreeze",
  description: "A frozen io-engine reactor became healthy again.",
  type: "object",
  required: ["category", "action", "target", "metadata"],
  properties: {
    category: { const: 9, type: "number" },
    action: { const: 17, type: "number" },
    target: { type: "string" },
    metadata: {
      additionalProperties: false,
      type: "object",
      required: ["id", "source", "timestamp", "version"],
      properties: {
        id: { type: "string" },
        source: {
          additionalProperties: false,
          type: "object",
          required: ["component", "node", "event_details"],
          properties: {
            component: KnownComponent,
            node: { type: "string" },
            event_details: {
              additionalProperties: false,
              type: "object",
              required: ["rebuild_details", "replica_details", "switch_over_details", "nexus_child_details", "nvme_path_details", "host_initiator_details", "reactor_details", "state_change_details", "action_duration_details", "snapshot_details", "clone_details", "error_details", "subsystem_pause_details"],
              properties: {
                rebuild_details: { type: "null" },
                replica_details: { type: "null" },
                switch_over_details: { type: "null" },
                nexus_child_details: { type: "null" },
                nvme_path_details: { type: "null" },
                host_initiator_details: { type: "null" },
                reactor_details: ReactorEventDetails,
                state_change_details: { type: "null" },
                action_duration_details: { type: "null" },
                snapshot_details: { type: "null" },
                clone_details: { type: "null" },
                error_details: { type: "null" },
                subsystem_pause_details: { type: "null" },
              },
            },
          },
        },
        timestamp: Timestamp,
        version: { const: 1, type: "number" },
      },
    },
  },
};

/** `snapshot.create`: A snapshot was successfully created. */
const SnapshotCreate: SchemaNode = {
  additionalProperties: false,
  $id: "snapshot.create",
  title: "SnapshotCreate",
  description: "A snapshot was successfully created.",
  type: "object",
  required: ["category", "action", "target", "metadata"],
  properties: {
    category: { const: 10, type: "number" },
    action: { const: 1, type: "number" },
    target: { type: "string" },
    metadata: {
      additionalProperties: false,
      type: "object",
      required: ["id", "source", "timestamp", "version"],
      properties: {
        id: { type: "string" },
        source: {
          additionalProperties: false,
          type: "object",
          required: ["component", "node", "event_details"],
          properties: {
            component: KnownComponent,
            node: { type: "string" },
            event_details: {
              additionalProperties: false,
              type: "object",
              required: ["rebuild_details", "replica_details", "switch_over_details", "nexus_child_details", "nvme_path_details", "host_initiator_details", "reactor_details", "state_change_details", "action_duration_details", "snapshot_details", "clone_details", "error_details", "subsystem_pause_details"],
              properties: {
                rebuild_details: { type: "null" },
                replica_details: { type: "null" },
                switch_over_details: { type: "null" },
                nexus_child_details: { type: "null" },
                nvme_path_details: { type: "null" },
                host_initiator_details: { type: "null" },
                reactor_details: { type: "null" },
                state_change_details: { type: "null" },
                action_duration_details: { type: "null" },
                snapshot_details: SnapshotEventDetails,
                clone_details: { type: "null" },
                error_details: { type: "null" },
                subsystem_pause_details: { type: "null" },
              },
            },
          },
        },
        timestamp: Timestamp,
        version: { const: 1, type: "number" },
      },
    },
  },
};

/** `clone.create`: A clone was successfully created. */
const CloneCreate: SchemaNode = {
  additionalProperties: false,
  $id: "clone.create",
  title: "CloneCreate",
  description: "A clone was successfully created.",
  type: "object",
  required: ["category", "action", "target", "metadata"],
  properties: {
    category: { const: 11, type: "number" },
    action: { const: 1, type: "number" },
    target: { type: "string" },
    metadata: {
      additionalProperties: false,
      type: "object",
      required: ["id", "source", "timestamp", "version"],
      properties: {
        id: { type: "string" },
        source: {
          additionalProperties: false,
          type: "object",
          required: ["component", "node", "event_details"],
          properties: {
            component: KnownComponent,
            node: { type: "string" },
            event_details: {
              additionalProperties: false,
              type: "object",
              required: ["rebuild_details", "replica_details", "switch_over_details", "nexus_child_details", "nvme_path_details", "host_initiator_details", "reactor_details", "state_change_details", "action_duration_details", "snapshot_details", "clone_details", "error_details", "subsystem_pause_details"],
              properties: {
                rebuild_details: { type: "null" },
                replica_details: { type: "null" },
                switch_over_details: { type: "null" },
                nexus_child_details: { type: "null" },
                nvme_path_details: { type: "null" },
                host_initiator_details: { type: "null" },
                reactor_details: { type: "null" },
                state_change_details: { type: "null" },
                action_duration_details: { type: "null" },
                snapshot_details: { type: "null" },
                clone_details: CloneEventDetails,
                error_details: { type: "null" },
                subsystem_pause_details: { type: "null" },
              },
            },
          },
        },
        timestamp: Timestamp,
        version: { const: 1, type: "number" },
      },
    },
  },
};

/** The schema of every catalogued event by its key, as the JSON of its TypeBox twin. */
export const eventShapes: { readonly [K in EventKey]: SchemaNode } = {
  "volume.create": VolumeCreate,
  "volume.delete": VolumeDelete,
  "replica.create": ReplicaCreate,
  "replica.delete": ReplicaDelete,
  "replica.stateChange": ReplicaStateChange,
  "pool.create": PoolCreate,
  "pool.delete": PoolDelete,
  "nexus.create": NexusCreate,
  "nexus.delete": NexusDelete,
  "nexus.stateChange": NexusStateChange,
  "nexus.rebuildBegin": NexusRebuildBegin,
  "nexus.rebuildEnd": NexusRebuildEnd,
  "nexus.addChild": NexusAddChild,
  "nexus.removeChild": NexusRemoveChild,
  "nexus.onlineChild": NexusOnlineChild,
  "nexus.subsystemPause": NexusSubsystemPause,
  "nexus.subsystemResume": NexusSubsystemResume,
  "nexus.init": NexusInit,
  "nexus.reconfiguring": NexusReconfiguring,
  "nexus.shutdown": NexusShutdown,
  "node.stateChange": NodeStateChange,
  "highAvailability.switchOver": HighAvailabilitySwitchOver,
  "nvmePath.nvmePathSuspect": NvmePathNvmePathSuspect,
  "nvmePath.nvmePathFail": NvmePathNvmePathFail,
  "nvmePath.nvmePathFix": NvmePathNvmePathFix,
  "nvmePath.nvmePathDeleting": NvmePathNvmePathDeleting,
  "hostInitiator.nvmeConnect": HostInitiatorNvmeConnect,
  "hostInitiator.nvmeDisconnect": HostInitiatorNvmeDisconnect,
  "hostInitiator.nvmeKeepAliveTimeout": HostInitiatorNvmeKeepAliveTimeout,
  "ioEngine.start": IoEngineStart,
  "ioEngine.shutdown": IoEngineShutdown,
  "ioEngine.stop": IoEngineStop,
  "ioEngine.reactorFreeze": IoEngineReactorFreeze,
  "ioEngine.reactorUnfreeze": IoEngineReactorUnfreeze,
  "snapshot.create": SnapshotCreate,
  "clone.create": CloneCreate,
};
