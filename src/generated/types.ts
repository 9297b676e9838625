// Generated from schemas/catalog.yaml by scripts/generate.ts (plain interfaces of the wire messages and events). Do not edit: run `npm run generate`.
import type { EventComponent, RebuildStatus, SwitchOverStatus } from './enums.js';

/** One Mayastor event as it travels on the bus. */
export interface EventMessage {
  /** The kind of resource the event is about. */
  category: number;
  /** What happened to it. */
  action: number;
  /** The resource's id: a uuid, a pool or node name, a reactor thread id, or empty. */
  target: string;
  /** Where and when the event happened. */
  metadata: EventMeta | null;
}

/** Identity, origin and time of an event. */
export interface EventMeta {
  /** Unique id of this event (a UUID v4). */
  id: string;
  /** The component and node that emitted the event. */
  source: EventSource | null;
  /** When the event happened (RFC 3339, UTC). */
  timestamp: string | null;
  /** Version of the message format. */
  version: number;
}

/** The component and node that emitted the event, with the event's details. */
export interface EventSource {
  /** The emitting component. */
  component: number;
  /** The node the component runs on (may be empty). */
  node: string;
  /** Details that depend on the kind of event. */
  event_details: EventDetails | null;
}

/** The details an event carries; every member is present and null unless the event carries it. */
export interface EventDetails {
  rebuild_details: OpenRebuildEventDetails | null;
  replica_details: ReplicaEventDetails | null;
  switch_over_details: OpenSwitchOverEventDetails | null;
  nexus_child_details: NexusChildEventDetails | null;
  nvme_path_details: NvmePathEventDetails | null;
  host_initiator_details: HostInitiatorEventDetails | null;
  reactor_details: ReactorEventDetails | null;
  state_change_details: StateChangeEventDetails | null;
  action_duration_details: EventActionDuration | null;
  snapshot_details: SnapshotEventDetails | null;
  clone_details: CloneEventDetails | null;
  error_details: ErrorDetails | null;
  subsystem_pause_details: SubsystemPauseDetails | null;
}

/** A nexus child rebuild. */
export interface RebuildEventDetails {
  /** Progress of the rebuild. */
  rebuild_status: RebuildStatus;
  /** URI of the healthy child the data is copied from. */
  source_replica: string;
  /** URI of the child being rebuilt. */
  destination_replica: string;
  /** Why the rebuild failed, when it did. */
  error: string | null;
}

/** A nexus child rebuild. (any enum number, as read from the bus) */
export interface OpenRebuildEventDetails {
  /** Progress of the rebuild. */
  rebuild_status: number;
  /** URI of the healthy child the data is copied from. */
  source_replica: string;
  /** URI of the child being rebuilt. */
  destination_replica: string;
  /** Why the rebuild failed, when it did. */
  error: string | null;
}

/** The pool a replica lives in. */
export interface ReplicaEventDetails {
  /** Name of the pool. */
  pool_name: string;
  /** UUID of the pool. */
  pool_uuid: string;
  /** Name of the replica (not always a uuid). */
  replica_name: string;
}

/** A high-availability switch-over of a volume's target. */
export interface SwitchOverEventDetails {
  /** Progress of the switch-over. */
  switch_over_status: SwitchOverStatus;
  /** When the switch-over started. */
  start_time: string | null;
  /** NQN of the failed path. */
  existing_nqn: string;
  /** The new path, once known. */
  new_path: string | null;
  /** How many times the switch-over was retried. */
  retry_count: number | bigint;
}

/** A high-availability switch-over of a volume's target. (any enum number, as read from the bus) */
export interface OpenSwitchOverEventDetails {
  /** Progress of the switch-over. */
  switch_over_status: number;
  /** When the switch-over started. */
  start_time: string | null;
  /** NQN of the failed path. */
  existing_nqn: string;
  /** The new path, once known. */
  new_path: string | null;
  /** How many times the switch-over was retried. */
  retry_count: number | bigint;
}

/** A nexus child. */
export interface NexusChildEventDetails {
  /** URI of the child (nvmf:// or bdev://). */
  uri: string;
}

/** An NVMe path on a front-end node. */
export interface NvmePathEventDetails {
  /** NVMe qualified name of the volume's subsystem. */
  nqn: string;
  /** The controller path (sysfs) or the new nvmf:// uri. */
  path: string;
}

/** A host connected to an NVMe-oF subsystem of the io-engine. */
export interface HostInitiatorEventDetails {
  /** NQN of the host initiator. */
  host_nqn: string;
  /** NQN of the subsystem it connected to. */
  subsystem_nqn: string;
  /** "nexus" or "replica", or "" when the NQN matches neither. */
  target: string;
  /** UUID of that nexus or replica, or "". */
  uuid: string;
}

/** An io-engine reactor (a polling thread on one core). */
export interface ReactorEventDetails {
  /** The logical core the reactor runs on. */
  lcore: number | bigint;
  /** The reactor's state. */
  state: string;
}

/** A change of state. */
export interface StateChangeEventDetails {
  /** The state before. */
  previous: string;
  /** The state after. */
  next: string;
}

/** How long an action took. */
export interface EventActionDuration {
  /** The time the action took. */
  time_taken: Duration | null;
}

/** An error. */
export interface ErrorDetails {
  /** The error message. */
  error: string;
}

/** The pause state of a nexus' NVMe subsystem. */
export interface SubsystemPauseDetails {
  /** The pause state (may be empty). */
  nexus_pause_state: string;
}

/** A replica snapshot. */
export interface SnapshotEventDetails {
  /** The replica the snapshot was taken of. */
  replica_id: string;
  /** When it was created, in chrono display form ("2024-10-23 16:26:38.123456789 UTC"). */
  create_time: string;
  /** The volume the replica belongs to. */
  volume_id: string;
}

/** A protobuf Duration: whole seconds and nanoseconds. */
export interface Duration {
  /** Whole seconds. */
  seconds: number | bigint;
  /** Nanoseconds of the second. */
  nanos: number;
}

/** A clone of a snapshot. */
export interface CloneEventDetails {
  /** The snapshot the clone was made from. */
  source_uuid: string;
  /** When it was created, in chrono display form ("2024-10-23 16:26:38.123456789 UTC"). */
  create_time: string;
}

/** Every wire message's interface by name (the `Open…` forms too). */
export interface WireMessageTypes {
  EventMessage: EventMessage;
  EventMeta: EventMeta;
  EventSource: EventSource;
  EventDetails: EventDetails;
  RebuildEventDetails: RebuildEventDetails;
  OpenRebuildEventDetails: OpenRebuildEventDetails;
  ReplicaEventDetails: ReplicaEventDetails;
  SwitchOverEventDetails: SwitchOverEventDetails;
  OpenSwitchOverEventDetails: OpenSwitchOverEventDetails;
  NexusChildEventDetails: NexusChildEventDetails;
  NvmePathEventDetails: NvmePathEventDetails;
  HostInitiatorEventDetails: HostInitiatorEventDetails;
  ReactorEventDetails: ReactorEventDetails;
  StateChangeEventDetails: StateChangeEventDetails;
  EventActionDuration: EventActionDuration;
  ErrorDetails: ErrorDetails;
  SubsystemPauseDetails: SubsystemPauseDetails;
  SnapshotEventDetails: SnapshotEventDetails;
  Duration: Duration;
  CloneEventDetails: CloneEventDetails;
}

/** `volume.create`: A volume was successfully created. */
export interface VolumeCreate {
  category: 2;
  action: 1;
  /** volume uuid */
  target: string;
  metadata: {
    id: string;
    source: {
      component: EventComponent;
      node: string;
      event_details: {
        rebuild_details: null;
        replica_details: null;
        switch_over_details: null;
        nexus_child_details: null;
        nvme_path_details: null;
        host_initiator_details: null;
        reactor_details: null;
        state_change_details: null;
        action_duration_details: null;
        snapshot_details: null;
        clone_details: null;
        error_details: null;
        subsystem_pause_details: null;
      } | null;
    };
    timestamp: string;
    version: 1;
  };
}

/** `volume.delete`: A volume was successfully deleted. */
export interface VolumeDelete {
  category: 2;
  action: 2;
  /** volume uuid */
  target: string;
  metadata: {
    id: string;
    source: {
      component: EventComponent;
      node: string;
      event_details: {
        rebuild_details: null;
        replica_details: null;
        switch_over_details: null;
        nexus_child_details: null;
        nvme_path_details: null;
        host_initiator_details: null;
        reactor_details: null;
        state_change_details: null;
        action_duration_details: null;
        snapshot_details: null;
        clone_details: null;
        error_details: null;
        subsystem_pause_details: null;
      } | null;
    };
    timestamp: string;
    version: 1;
  };
}

/** `replica.create`: A replica was successfully created. */
export interface ReplicaCreate {
  category: 4;
  action: 1;
  /** replica uuid */
  target: string;
  metadata: {
    id: string;
    source: {
      component: EventComponent;
      node: string;
      event_details: {
        rebuild_details: null;
        replica_details: ReplicaEventDetails;
        switch_over_details: null;
        nexus_child_details: null;
        nvme_path_details: null;
        host_initiator_details: null;
        reactor_details: null;
        state_change_details: null;
        action_duration_details: null;
        snapshot_details: null;
        clone_details: null;
        error_details: null;
        subsystem_pause_details: null;
      };
    };
    timestamp: string;
    version: 1;
  };
}

/** `replica.delete`: A replica was successfully deleted. */
export interface ReplicaDelete {
  category: 4;
  action: 2;
  /** replica uuid (also fires for snapshot and clone volumes, whose names are not uuids) */
  target: string;
  metadata: {
    id: string;
    source: {
      component: EventComponent;
      node: string;
      event_details: {
        rebuild_details: null;
        replica_details: ReplicaEventDetails;
        switch_over_details: null;
        nexus_child_details: null;
        nvme_path_details: null;
        host_initiator_details: null;
        reactor_details: null;
        state_change_details: null;
        action_duration_details: null;
        snapshot_details: null;
        clone_details: null;
        error_details: null;
        subsystem_pause_details: null;
      };
    };
    timestamp: string;
    version: 1;
  };
}

/** `replica.stateChange`: A replica changed state. */
export interface ReplicaStateChange {
  category: 4;
  action: 3;
  /** replica uuid, from the child uri's `uuid=` (may be empty) */
  target: string;
  metadata: {
    id: string;
    source: {
      component: EventComponent;
      node: string;
      event_details: {
        rebuild_details: null;
        replica_details: null;
        switch_over_details: null;
        nexus_child_details: null;
        nvme_path_details: null;
        host_initiator_details: null;
        reactor_details: null;
        state_change_details: StateChangeEventDetails;
        action_duration_details: null;
        snapshot_details: null;
        clone_details: null;
        error_details: null;
        subsystem_pause_details: null;
      };
    };
    timestamp: string;
    version: 1;
  };
}

/** `pool.create`: A pool was successfully created. */
export interface PoolCreate {
  category: 1;
  action: 1;
  /** pool name */
  target: string;
  metadata: {
    id: string;
    source: {
      component: EventComponent;
      node: string;
      event_details: {
        rebuild_details: null;
        replica_details: null;
        switch_over_details: null;
        nexus_child_details: null;
        nvme_path_details: null;
        host_initiator_details: null;
        reactor_details: null;
        state_change_details: null;
        action_duration_details: null;
        snapshot_details: null;
        clone_details: null;
        error_details: null;
        subsystem_pause_details: null;
      } | null;
    };
    timestamp: string;
    version: 1;
  };
}

/** `pool.delete`: A pool was successfully deleted. */
export interface PoolDelete {
  category: 1;
  action: 2;
  /** pool name */
  target: string;
  metadata: {
    id: string;
    source: {
      component: EventComponent;
      node: string;
      event_details: {
        rebuild_details: null;
        replica_details: null;
        switch_over_details: null;
        nexus_child_details: null;
        nvme_path_details: null;
        host_initiator_details: null;
        reactor_details: null;
        state_change_details: null;
        action_duration_details: null;
        snapshot_details: null;
        clone_details: null;
        error_details: null;
        subsystem_pause_details: null;
      } | null;
    };
    timestamp: string;
    version: 1;
  };
}

/** `nexus.create`: A nexus was created. */
export interface NexusCreate {
  category: 3;
  action: 1;
  /** nexus uuid */
  target: string;
  metadata: {
    id: string;
    source: {
      component: EventComponent;
      node: string;
      event_details: {
        rebuild_details: null;
        replica_details: null;
        switch_over_details: null;
        nexus_child_details: null;
        nvme_path_details: null;
        host_initiator_details: null;
        reactor_details: null;
        state_change_details: null;
        action_duration_details: null;
        snapshot_details: null;
        clone_details: null;
        error_details: null;
        subsystem_pause_details: null;
      } | null;
    };
    timestamp: string;
    version: 1;
  };
}

/** `nexus.delete`: A nexus was deleted. */
export interface NexusDelete {
  category: 3;
  action: 2;
  /** nexus uuid */
  target: string;
  metadata: {
    id: string;
    source: {
      component: EventComponent;
      node: string;
      event_details: {
        rebuild_details: null;
        replica_details: null;
        switch_over_details: null;
        nexus_child_details: null;
        nvme_path_details: null;
        host_initiator_details: null;
        reactor_details: null;
        state_change_details: null;
        action_duration_details: null;
        snapshot_details: null;
        clone_details: null;
        error_details: null;
        subsystem_pause_details: null;
      } | null;
    };
    timestamp: string;
    version: 1;
  };
}

/** `nexus.stateChange`: A nexus changed state. */
export interface NexusStateChange {
  category: 3;
  action: 3;
  /** nexus uuid */
  target: string;
  metadata: {
    id: string;
    source: {
      component: EventComponent;
      node: string;
      event_details: {
        rebuild_details: null;
        replica_details: null;
        switch_over_details: null;
        nexus_child_details: null;
        nvme_path_details: null;
        host_initiator_details: null;
        reactor_details: null;
        state_change_details: StateChangeEventDetails;
        action_duration_details: null;
        snapshot_details: null;
        clone_details: null;
        error_details: null;
        subsystem_pause_details: null;
      };
    };
    timestamp: string;
    version: 1;
  };
}

/** `nexus.rebuildBegin`: A rebuild of a nexus child began. */
export interface NexusRebuildBegin {
  category: 3;
  action: 4;
  /** nexus uuid */
  target: string;
  metadata: {
    id: string;
    source: {
      component: EventComponent;
      node: string;
      event_details: {
        rebuild_details: RebuildEventDetails;
        replica_details: null;
        switch_over_details: null;
        nexus_child_details: null;
        nvme_path_details: null;
        host_initiator_details: null;
        reactor_details: null;
        state_change_details: null;
        action_duration_details: null;
        snapshot_details: null;
        clone_details: null;
        error_details: null;
        subsystem_pause_details: null;
      };
    };
    timestamp: string;
    version: 1;
  };
}

/** `nexus.rebuildEnd`: A rebuild of a nexus child ended (completed, stopped or failed). */
export interface NexusRebuildEnd {
  category: 3;
  action: 5;
  /** nexus uuid */
  target: string;
  metadata: {
    id: string;
    source: {
      component: EventComponent;
      node: string;
      event_details: {
        rebuild_details: RebuildEventDetails;
        replica_details: null;
        switch_over_details: null;
        nexus_child_details: null;
        nvme_path_details: null;
        host_initiator_details: null;
        reactor_details: null;
        state_change_details: null;
        action_duration_details: null;
        snapshot_details: null;
        clone_details: null;
        error_details: null;
        subsystem_pause_details: null;
      };
    };
    timestamp: string;
    version: 1;
  };
}

/** `nexus.addChild`: A child device was added to a nexus. */
export interface NexusAddChild {
  category: 3;
  action: 7;
  /** nexus uuid */
  target: string;
  metadata: {
    id: string;
    source: {
      component: EventComponent;
      node: string;
      event_details: {
        rebuild_details: null;
        replica_details: null;
        switch_over_details: null;
        nexus_child_details: NexusChildEventDetails;
        nvme_path_details: null;
        host_initiator_details: null;
        reactor_details: null;
        state_change_details: null;
        action_duration_details: null;
        snapshot_details: null;
        clone_details: null;
        error_details: null;
        subsystem_pause_details: null;
      };
    };
    timestamp: string;
    version: 1;
  };
}

/** `nexus.removeChild`: A child device was removed from a nexus. */
export interface NexusRemoveChild {
  category: 3;
  action: 8;
  /** nexus uuid */
  target: string;
  metadata: {
    id: string;
    source: {
      component: EventComponent;
      node: string;
      event_details: {
        rebuild_details: null;
        replica_details: null;
        switch_over_details: null;
        nexus_child_details: NexusChildEventDetails;
        nvme_path_details: null;
        host_initiator_details: null;
        reactor_details: null;
        state_change_details: null;
        action_duration_details: null;
        snapshot_details: null;
        clone_details: null;
        error_details: null;
        subsystem_pause_details: null;
      };
    };
    timestamp: string;
    version: 1;
  };
}

/** `nexus.onlineChild`: A child device of a nexus came online. */
export interface NexusOnlineChild {
  category: 3;
  action: 12;
  /** nexus uuid */
  target: string;
  metadata: {
    id: string;
    source: {
      component: EventComponent;
      node: string;
      event_details: {
        rebuild_details: null;
        replica_details: null;
        switch_over_details: null;
        nexus_child_details: NexusChildEventDetails;
        nvme_path_details: null;
        host_initiator_details: null;
        reactor_details: null;
        state_change_details: null;
        action_duration_details: null;
        snapshot_details: null;
        clone_details: null;
        error_details: null;
        subsystem_pause_details: null;
      };
    };
    timestamp: string;
    version: 1;
  };
}

/** `nexus.subsystemPause`: A nexus' I/O subsystem was paused; sent again with the time it took, and with the error when the pause failed. */
export interface NexusSubsystemPause {
  category: 3;
  action: 21;
  /** nexus uuid */
  target: string;
  metadata: {
    id: string;
    source: {
      component: EventComponent;
      node: string;
      event_details: {
        rebuild_details: null;
        replica_details: null;
        switch_over_details: null;
        nexus_child_details: null;
        nvme_path_details: null;
        host_initiator_details: null;
        reactor_details: null;
        state_change_details: null;
        action_duration_details: EventActionDuration | null;
        snapshot_details: null;
        clone_details: null;
        error_details: ErrorDetails | null;
        subsystem_pause_details: SubsystemPauseDetails;
      };
    };
    timestamp: string;
    version: 1;
  };
}

/** `nexus.subsystemResume`: A nexus' I/O subsystem was resumed. */
export interface NexusSubsystemResume {
  category: 3;
  action: 22;
  /** nexus uuid */
  target: string;
  metadata: {
    id: string;
    source: {
      component: EventComponent;
      node: string;
      event_details: {
        rebuild_details: null;
        replica_details: null;
        switch_over_details: null;
        nexus_child_details: null;
        nvme_path_details: null;
        host_initiator_details: null;
        reactor_details: null;
        state_change_details: null;
        action_duration_details: null;
        snapshot_details: null;
        clone_details: null;
        error_details: null;
        subsystem_pause_details: null;
      } | null;
    };
    timestamp: string;
    version: 1;
  };
}

/** `nexus.init`: A nexus entered the initialization state. */
export interface NexusInit {
  category: 3;
  action: 23;
  /** nexus uuid */
  target: string;
  metadata: {
    id: string;
    source: {
      component: EventComponent;
      node: string;
      event_details: {
        rebuild_details: null;
        replica_details: null;
        switch_over_details: null;
        nexus_child_details: null;
        nvme_path_details: null;
        host_initiator_details: null;
        reactor_details: null;
        state_change_details: null;
        action_duration_details: null;
        snapshot_details: null;
        clone_details: null;
        error_details: null;
        subsystem_pause_details: null;
      } | null;
    };
    timestamp: string;
    version: 1;
  };
}

/** `nexus.reconfiguring`: A nexus entered the reconfiguring state. */
export interface NexusReconfiguring {
  category: 3;
  action: 24;
  /** nexus uuid */
  target: string;
  metadata: {
    id: string;
    source: {
      component: EventComponent;
      node: string;
      event_details: {
        rebuild_details: null;
        replica_details: null;
        switch_over_details: null;
        nexus_child_details: null;
        nvme_path_details: null;
        host_initiator_details: null;
        reactor_details: null;
        state_change_details: null;
        action_duration_details: null;
        snapshot_details: null;
        clone_details: null;
        error_details: null;
        subsystem_pause_details: null;
      } | null;
    };
    timestamp: string;
    version: 1;
  };
}

/** `nexus.shutdown`: A nexus was destroyed (with the error when destroying it failed). */
export interface NexusShutdown {
  category: 3;
  action: 18;
  /** nexus uuid */
  target: string;
  metadata: {
    id: string;
    source: {
      component: EventComponent;
      node: string;
      event_details: {
        rebuild_details: null;
        replica_details: null;
        switch_over_details: null;
        nexus_child_details: null;
        nvme_path_details: null;
        host_initiator_details: null;
        reactor_details: null;
        state_change_details: null;
        action_duration_details: null;
        snapshot_details: null;
        clone_details: null;
        error_details: ErrorDetails | null;
        subsystem_pause_details: null;
      } | null;
    };
    timestamp: string;
    version: 1;
  };
}

/** `node.stateChange`: A node changed state. */
export interface NodeStateChange {
  category: 5;
  action: 3;
  /** node id */
  target: string;
  metadata: {
    id: string;
    source: {
      component: EventComponent;
      node: string;
      event_details: {
        rebuild_details: null;
        replica_details: null;
        switch_over_details: null;
        nexus_child_details: null;
        nvme_path_details: null;
        host_initiator_details: null;
        reactor_details: null;
        state_change_details: StateChangeEventDetails;
        action_duration_details: null;
        snapshot_details: null;
        clone_details: null;
        error_details: null;
        subsystem_pause_details: null;
      };
    };
    timestamp: string;
    version: 1;
  };
}

/** `highAvailability.switchOver`: A volume switch-over started, completed or failed (node is the front-end node). */
export interface HighAvailabilitySwitchOver {
  category: 6;
  action: 6;
  /** volume uuid */
  target: string;
  metadata: {
    id: string;
    source: {
      component: EventComponent;
      node: string;
      event_details: {
        rebuild_details: null;
        replica_details: null;
        switch_over_details: SwitchOverEventDetails;
        nexus_child_details: null;
        nvme_path_details: null;
        host_initiator_details: null;
        reactor_details: null;
        state_change_details: null;
        action_duration_details: null;
        snapshot_details: null;
        clone_details: null;
        error_details: null;
        subsystem_pause_details: null;
      };
    };
    timestamp: string;
    version: 1;
  };
}

/** `nvmePath.nvmePathSuspect`: An NVMe path is suspected of failure. */
export interface NvmePathNvmePathSuspect {
  category: 7;
  action: 9;
  /** volume uuid (the last `:` part of the nqn) */
  target: string;
  metadata: {
    id: string;
    source: {
      component: EventComponent;
      node: string;
      event_details: {
        rebuild_details: null;
        replica_details: null;
        switch_over_details: null;
        nexus_child_details: null;
        nvme_path_details: NvmePathEventDetails;
        host_initiator_details: null;
        reactor_details: null;
        state_change_details: null;
        action_duration_details: null;
        snapshot_details: null;
        clone_details: null;
        error_details: null;
        subsystem_pause_details: null;
      };
    };
    timestamp: string;
    version: 1;
  };
}

/** `nvmePath.nvmePathFail`: An NVMe path was confirmed as failed. */
export interface NvmePathNvmePathFail {
  category: 7;
  action: 10;
  /** volume uuid (the last `:` part of the nqn) */
  target: string;
  metadata: {
    id: string;
    source: {
      component: EventComponent;
      node: string;
      event_details: {
        rebuild_details: null;
        replica_details: null;
        switch_over_details: null;
        nexus_child_details: null;
        nvme_path_details: NvmePathEventDetails;
        host_initiator_details: null;
        reactor_details: null;
        state_change_details: null;
        action_duration_details: null;
        snapshot_details: null;
        clone_details: null;
        error_details: null;
        subsystem_pause_details: null;
      };
    };
    timestamp: string;
    version: 1;
  };
}

/** `nvmePath.nvmePathFix`: An NVMe controller reconnected to a nexus (path is the new nvmf:// uri). */
export interface NvmePathNvmePathFix {
  category: 7;
  action: 11;
  /** volume uuid */
  target: string;
  metadata: {
    id: string;
    source: {
      component: EventComponent;
      node: string;
      event_details: {
        rebuild_details: null;
        replica_details: null;
        switch_over_details: null;
        nexus_child_details: null;
        nvme_path_details: NvmePathEventDetails;
        host_initiator_details: null;
        reactor_details: null;
        state_change_details: null;
        action_duration_details: null;
        snapshot_details: null;
        clone_details: null;
        error_details: null;
        subsystem_pause_details: null;
      };
    };
    timestamp: string;
    version: 1;
  };
}

/** `nvmePath.nvmePathDeleting`: A failed NVMe path is being deleted. */
export interface NvmePathNvmePathDeleting {
  category: 7;
  action: 25;
  /** volume uuid (the last `:` part of the nqn) */
  target: string;
  metadata: {
    id: string;
    source: {
      component: EventComponent;
      node: string;
      event_details: {
        rebuild_details: null;
        replica_details: null;
        switch_over_details: null;
        nexus_child_details: null;
        nvme_path_details: NvmePathEventDetails;
        host_initiator_details: null;
        reactor_details: null;
        state_change_details: null;
        action_duration_details: null;
        snapshot_details: null;
        clone_details: null;
        error_details: null;
        subsystem_pause_details: null;
      };
    };
    timestamp: string;
    version: 1;
  };
}

/** `hostInitiator.nvmeConnect`: A host connected to a nexus or replica. */
export interface HostInitiatorNvmeConnect {
  category: 8;
  action: 13;
  /** empty */
  target: string;
  metadata: {
    id: string;
    source: {
      component: EventComponent;
      node: string;
      event_details: {
        rebuild_details: null;
        replica_details: null;
        switch_over_details: null;
        nexus_child_details: null;
        nvme_path_details: null;
        host_initiator_details: HostInitiatorEventDetails;
        reactor_details: null;
        state_change_details: null;
        action_duration_details: null;
        snapshot_details: null;
        clone_details: null;
        error_details: null;
        subsystem_pause_details: null;
      };
    };
    timestamp: string;
    version: 1;
  };
}

/** `hostInitiator.nvmeDisconnect`: A host disconnected from a nexus or replica. */
export interface HostInitiatorNvmeDisconnect {
  category: 8;
  action: 14;
  /** empty */
  target: string;
  metadata: {
    id: string;
    source: {
      component: EventComponent;
      node: string;
      event_details: {
        rebuild_details: null;
        replica_details: null;
        switch_over_details: null;
        nexus_child_details: null;
        nvme_path_details: null;
        host_initiator_details: HostInitiatorEventDetails;
        reactor_details: null;
        state_change_details: null;
        action_duration_details: null;
        snapshot_details: null;
        clone_details: null;
        error_details: null;
        subsystem_pause_details: null;
      };
    };
    timestamp: string;
    version: 1;
  };
}

/** `hostInitiator.nvmeKeepAliveTimeout`: A host's keep-alive timed out. */
export interface HostInitiatorNvmeKeepAliveTimeout {
  category: 8;
  action: 15;
  /** empty */
  target: string;
  metadata: {
    id: string;
    source: {
      component: EventComponent;
      node: string;
      event_details: {
        rebuild_details: null;
        replica_details: null;
        switch_over_details: null;
        nexus_child_details: null;
        nvme_path_details: null;
        host_initiator_details: HostInitiatorEventDetails;
        reactor_details: null;
        state_change_details: null;
        action_duration_details: null;
        snapshot_details: null;
        clone_details: null;
        error_details: null;
        subsystem_pause_details: null;
      };
    };
    timestamp: string;
    version: 1;
  };
}

/** `ioEngine.start`: The io-engine initialized. */
export interface IoEngineStart {
  category: 9;
  action: 19;
  /** io-engine instance name (`mayastor`) */
  target: string;
  metadata: {
    id: string;
    source: {
      component: EventComponent;
      node: string;
      event_details: {
        rebuild_details: null;
        replica_details: null;
        switch_over_details: null;
        nexus_child_details: null;
        nvme_path_details: null;
        host_initiator_details: null;
        reactor_details: null;
        state_change_details: null;
        action_duration_details: null;
        snapshot_details: null;
        clone_details: null;
        error_details: null;
        subsystem_pause_details: null;
      } | null;
    };
    timestamp: string;
    version: 1;
  };
}

/** `ioEngine.shutdown`: The io-engine began shutting down. */
export interface IoEngineShutdown {
  category: 9;
  action: 18;
  /** io-engine instance name (`mayastor`) */
  target: string;
  metadata: {
    id: string;
    source: {
      component: EventComponent;
      node: string;
      event_details: {
        rebuild_details: null;
        replica_details: null;
        switch_over_details: null;
        nexus_child_details: null;
        nvme_path_details: null;
        host_initiator_details: null;
        reactor_details: null;
        state_change_details: null;
        action_duration_details: null;
        snapshot_details: null;
        clone_details: null;
        error_details: null;
        subsystem_pause_details: null;
      } | null;
    };
    timestamp: string;
    version: 1;
  };
}

/** `ioEngine.stop`: The io-engine stopped, with the time the shutdown took. */
export interface IoEngineStop {
  category: 9;
  action: 20;
  /** io-engine instance name (`mayastor`) */
  target: string;
  metadata: {
    id: string;
    source: {
      component: EventComponent;
      node: string;
      event_details: {
        rebuild_details: null;
        replica_details: null;
        switch_over_details: null;
        nexus_child_details: null;
        nvme_path_details: null;
        host_initiator_details: null;
        reactor_details: null;
        state_change_details: null;
        action_duration_details: EventActionDuration;
        snapshot_details: null;
        clone_details: null;
        error_details: null;
        subsystem_pause_details: null;
      };
    };
    timestamp: string;
    version: 1;
  };
}

/** `ioEngine.reactorFreeze`: An io-engine reactor froze. */
export interface IoEngineReactorFreeze {
  category: 9;
  action: 16;
  /** reactor thread id */
  target: string;
  metadata: {
    id: string;
    source: {
      component: EventComponent;
      node: string;
      event_details: {
        rebuild_details: null;
        replica_details: null;
        switch_over_details: null;
        nexus_child_details: null;
        nvme_path_details: null;
        host_initiator_details: null;
        reactor_details: ReactorEventDetails;
        state_change_details: null;
        action_duration_details: null;
        snapshot_details: null;
        clone_details: null;
        error_details: null;
        subsystem_pause_details: null;
      };
    };
    timestamp: string;
    version: 1;
  };
}

/** `ioEngine.reactorUnfreeze`: A frozen io-engine reactor became healthy again. */
export interface IoEngineReactorUnfreeze {
  category: 9;
  action: 17;
  /** reactor thread id */
  target: string;
  metadata: {
    id: string;
    source: {
      component: EventComponent;
      node: string;
      event_details: {
        rebuild_details: null;
        replica_details: null;
        switch_over_details: null;
        nexus_child_details: null;
        nvme_path_details: null;
        host_initiator_details: null;
        reactor_details: ReactorEventDetails;
        state_change_details: null;
        action_duration_details: null;
        snapshot_details: null;
        clone_details: null;
        error_details: null;
        subsystem_pause_details: null;
      };
    };
    timestamp: string;
    version: 1;
  };
}

/** `snapshot.create`: A snapshot was successfully created. */
export interface SnapshotCreate {
  category: 10;
  action: 1;
  /** snapshot uuid */
  target: string;
  metadata: {
    id: string;
    source: {
      component: EventComponent;
      node: string;
      event_details: {
        rebuild_details: null;
        replica_details: null;
        switch_over_details: null;
        nexus_child_details: null;
        nvme_path_details: null;
        host_initiator_details: null;
        reactor_details: null;
        state_change_details: null;
        action_duration_details: null;
        snapshot_details: SnapshotEventDetails;
        clone_details: null;
        error_details: null;
        subsystem_pause_details: null;
      };
    };
    timestamp: string;
    version: 1;
  };
}

/** `clone.create`: A clone was successfully created. */
export interface CloneCreate {
  category: 11;
  action: 1;
  /** clone uuid */
  target: string;
  metadata: {
    id: string;
    source: {
      component: EventComponent;
      node: string;
      event_details: {
        rebuild_details: null;
        replica_details: null;
        switch_over_details: null;
        nexus_child_details: null;
        nvme_path_details: null;
        host_initiator_details: null;
        reactor_details: null;
        state_change_details: null;
        action_duration_details: null;
        snapshot_details: null;
        clone_details: CloneEventDetails;
        error_details: null;
        subsystem_pause_details: null;
      };
    };
    timestamp: string;
    version: 1;
  };
}
