// Generated from schemas/catalog.yaml by scripts/generate.ts (event registry). Do not edit: run `npm run generate`.
import type { VolumeCreate, VolumeDelete, ReplicaCreate, ReplicaDelete, ReplicaStateChange, PoolCreate, PoolDelete, NexusCreate, NexusDelete, NexusStateChange, NexusRebuildBegin, NexusRebuildEnd, NexusAddChild, NexusRemoveChild, NexusOnlineChild, NexusSubsystemPause, NexusSubsystemResume, NexusInit, NexusReconfiguring, NexusShutdown, NodeStateChange, HighAvailabilitySwitchOver, NvmePathNvmePathSuspect, NvmePathNvmePathFail, NvmePathNvmePathFix, NvmePathNvmePathDeleting, HostInitiatorNvmeConnect, HostInitiatorNvmeDisconnect, HostInitiatorNvmeKeepAliveTimeout, IoEngineStart, IoEngineShutdown, IoEngineStop, IoEngineReactorFreeze, IoEngineReactorUnfreeze, SnapshotCreate, CloneCreate } from './types.js';

/** Every catalogued event by its subject key `<category>.<action>`. */
export interface EventMap {
  "volume.create": VolumeCreate;
  "volume.delete": VolumeDelete;
  "replica.create": ReplicaCreate;
  "replica.delete": ReplicaDelete;
  "replica.stateChange": ReplicaStateChange;
  "pool.create": PoolCreate;
  "pool.delete": PoolDelete;
  "nexus.create": NexusCreate;
  "nexus.delete": NexusDelete;
  "nexus.stateChange": NexusStateChange;
  "nexus.rebuildBegin": NexusRebuildBegin;
  "nexus.rebuildEnd": NexusRebuildEnd;
  "nexus.addChild": NexusAddChild;
  "nexus.removeChild": NexusRemoveChild;
  "nexus.onlineChild": NexusOnlineChild;
  "nexus.subsystemPause": NexusSubsystemPause;
  "nexus.subsystemResume": NexusSubsystemResume;
  "nexus.init": NexusInit;
  "nexus.reconfiguring": NexusReconfiguring;
  "nexus.shutdown": NexusShutdown;
  "node.stateChange": NodeStateChange;
  "highAvailability.switchOver": HighAvailabilitySwitchOver;
  "nvmePath.nvmePathSuspect": NvmePathNvmePathSuspect;
  "nvmePath.nvmePathFail": NvmePathNvmePathFail;
  "nvmePath.nvmePathFix": NvmePathNvmePathFix;
  "nvmePath.nvmePathDeleting": NvmePathNvmePathDeleting;
  "hostInitiator.nvmeConnect": HostInitiatorNvmeConnect;
  "hostInitiator.nvmeDisconnect": HostInitiatorNvmeDisconnect;
  "hostInitiator.nvmeKeepAliveTimeout": HostInitiatorNvmeKeepAliveTimeout;
  "ioEngine.start": IoEngineStart;
  "ioEngine.shutdown": IoEngineShutdown;
  "ioEngine.stop": IoEngineStop;
  "ioEngine.reactorFreeze": IoEngineReactorFreeze;
  "ioEngine.reactorUnfreeze": IoEngineReactorUnfreeze;
  "snapshot.create": SnapshotCreate;
  "clone.create": CloneCreate;
}

/** The subject key of a catalogued event, e.g. `volume.create` or `nexus.rebuildBegin`. */
export type EventKey = keyof EventMap;

/** Any catalogued event. */
export type CatalogEvent = EventMap[EventKey];

/** The subject keys of each category segment, e.g. `volume`. */
export interface CategoryKeys {
  volume: "volume.create" | "volume.delete";
  replica: "replica.create" | "replica.delete" | "replica.stateChange";
  pool: "pool.create" | "pool.delete";
  nexus: "nexus.create" | "nexus.delete" | "nexus.stateChange" | "nexus.rebuildBegin" | "nexus.rebuildEnd" | "nexus.addChild" | "nexus.removeChild" | "nexus.onlineChild" | "nexus.subsystemPause" | "nexus.subsystemResume" | "nexus.init" | "nexus.reconfiguring" | "nexus.shutdown";
  node: "node.stateChange";
  highAvailability: "highAvailability.switchOver";
  nvmePath: "nvmePath.nvmePathSuspect" | "nvmePath.nvmePathFail" | "nvmePath.nvmePathFix" | "nvmePath.nvmePathDeleting";
  hostInitiator: "hostInitiator.nvmeConnect" | "hostInitiator.nvmeDisconnect" | "hostInitiator.nvmeKeepAliveTimeout";
  ioEngine: "ioEngine.start" | "ioEngine.shutdown" | "ioEngine.stop" | "ioEngine.reactorFreeze" | "ioEngine.reactorUnfreeze";
  snapshot: "snapshot.create";
  clone: "clone.create";
}

/** The subject keys of each action segment that some catalogued event has, e.g. `create`. */
export interface ActionKeys {
  create: "volume.create" | "replica.create" | "pool.create" | "nexus.create" | "snapshot.create" | "clone.create";
  delete: "volume.delete" | "replica.delete" | "pool.delete" | "nexus.delete";
  stateChange: "replica.stateChange" | "nexus.stateChange" | "node.stateChange";
  rebuildBegin: "nexus.rebuildBegin";
  rebuildEnd: "nexus.rebuildEnd";
  addChild: "nexus.addChild";
  removeChild: "nexus.removeChild";
  onlineChild: "nexus.onlineChild";
  subsystemPause: "nexus.subsystemPause";
  subsystemResume: "nexus.subsystemResume";
  init: "nexus.init";
  reconfiguring: "nexus.reconfiguring";
  shutdown: "nexus.shutdown" | "ioEngine.shutdown";
  switchOver: "highAvailability.switchOver";
  nvmePathSuspect: "nvmePath.nvmePathSuspect";
  nvmePathFail: "nvmePath.nvmePathFail";
  nvmePathFix: "nvmePath.nvmePathFix";
  nvmePathDeleting: "nvmePath.nvmePathDeleting";
  nvmeConnect: "hostInitiator.nvmeConnect";
  nvmeDisconnect: "hostInitiator.nvmeDisconnect";
  nvmeKeepAliveTimeout: "hostInitiator.nvmeKeepAliveTimeout";
  start: "ioEngine.start";
  stop: "ioEngine.stop";
  reactorFreeze: "ioEngine.reactorFreeze";
  reactorUnfreeze: "ioEngine.reactorUnfreeze";
}

/**
 * The subject keys every handler pattern matches: a key itself, `<category>.*` and `<category>.>`,
 * `*.<action>`, `*.*` and `>`. Only patterns that match some catalogued event are here.
 */
export interface PatternKeys {
  "volume.create": "volume.create";
  "volume.delete": "volume.delete";
  "replica.create": "replica.create";
  "replica.delete": "replica.delete";
  "replica.stateChange": "replica.stateChange";
  "pool.create": "pool.create";
  "pool.delete": "pool.delete";
  "nexus.create": "nexus.create";
  "nexus.delete": "nexus.delete";
  "nexus.stateChange": "nexus.stateChange";
  "nexus.rebuildBegin": "nexus.rebuildBegin";
  "nexus.rebuildEnd": "nexus.rebuildEnd";
  "nexus.addChild": "nexus.addChild";
  "nexus.removeChild": "nexus.removeChild";
  "nexus.onlineChild": "nexus.onlineChild";
  "nexus.subsystemPause": "nexus.subsystemPause";
  "nexus.subsystemResume": "nexus.subsystemResume";
  "nexus.init": "nexus.init";
  "nexus.reconfiguring": "nexus.reconfiguring";
  "nexus.shutdown": "nexus.shutdown";
  "node.stateChange": "node.stateChange";
  "highAvailability.switchOver": "highAvailability.switchOver";
  "nvmePath.nvmePathSuspect": "nvmePath.nvmePathSuspect";
  "nvmePath.nvmePathFail": "nvmePath.nvmePathFail";
  "nvmePath.nvmePathFix": "nvmePath.nvmePathFix";
  "nvmePath.nvmePathDeleting": "nvmePath.nvmePathDeleting";
  "hostInitiator.nvmeConnect": "hostInitiator.nvmeConnect";
  "hostInitiator.nvmeDisconnect": "hostInitiator.nvmeDisconnect";
  "hostInitiator.nvmeKeepAliveTimeout": "hostInitiator.nvmeKeepAliveTimeout";
  "ioEngine.start": "ioEngine.start";
  "ioEngine.shutdown": "ioEngine.shutdown";
  "ioEngine.stop": "ioEngine.stop";
  "ioEngine.reactorFreeze": "ioEngine.reactorFreeze";
  "ioEngine.reactorUnfreeze": "ioEngine.reactorUnfreeze";
  "snapshot.create": "snapshot.create";
  "clone.create": "clone.create";
  "volume.*": "volume.create" | "volume.delete";
  "volume.>": "volume.create" | "volume.delete";
  "replica.*": "replica.create" | "replica.delete" | "replica.stateChange";
  "replica.>": "replica.create" | "replica.delete" | "replica.stateChange";
  "pool.*": "pool.create" | "pool.delete";
  "pool.>": "pool.create" | "pool.delete";
  "nexus.*": "nexus.create" | "nexus.delete" | "nexus.stateChange" | "nexus.rebuildBegin" | "nexus.rebuildEnd" | "nexus.addChild" | "nexus.removeChild" | "nexus.onlineChild" | "nexus.subsystemPause" | "nexus.subsystemResume" | "nexus.init" | "nexus.reconfiguring" | "nexus.shutdown";
  "nexus.>": "nexus.create" | "nexus.delete" | "nexus.stateChange" | "nexus.rebuildBegin" | "nexus.rebuildEnd" | "nexus.addChild" | "nexus.removeChild" | "nexus.onlineChild" | "nexus.subsystemPause" | "nexus.subsystemResume" | "nexus.init" | "nexus.reconfiguring" | "nexus.shutdown";
  "node.*": "node.stateChange";
  "node.>": "node.stateChange";
  "highAvailability.*": "highAvailability.switchOver";
  "highAvailability.>": "highAvailability.switchOver";
  "nvmePath.*": "nvmePath.nvmePathSuspect" | "nvmePath.nvmePathFail" | "nvmePath.nvmePathFix" | "nvmePath.nvmePathDeleting";
  "nvmePath.>": "nvmePath.nvmePathSuspect" | "nvmePath.nvmePathFail" | "nvmePath.nvmePathFix" | "nvmePath.nvmePathDeleting";
  "hostInitiator.*": "hostInitiator.nvmeConnect" | "hostInitiator.nvmeDisconnect" | "hostInitiator.nvmeKeepAliveTimeout";
  "hostInitiator.>": "hostInitiator.nvmeConnect" | "hostInitiator.nvmeDisconnect" | "hostInitiator.nvmeKeepAliveTimeout";
  "ioEngine.*": "ioEngine.start" | "ioEngine.shutdown" | "ioEngine.stop" | "ioEngine.reactorFreeze" | "ioEngine.reactorUnfreeze";
  "ioEngine.>": "ioEngine.start" | "ioEngine.shutdown" | "ioEngine.stop" | "ioEngine.reactorFreeze" | "ioEngine.reactorUnfreeze";
  "snapshot.*": "snapshot.create";
  "snapshot.>": "snapshot.create";
  "clone.*": "clone.create";
  "clone.>": "clone.create";
  "*.create": "volume.create" | "replica.create" | "pool.create" | "nexus.create" | "snapshot.create" | "clone.create";
  "*.delete": "volume.delete" | "replica.delete" | "pool.delete" | "nexus.delete";
  "*.stateChange": "replica.stateChange" | "nexus.stateChange" | "node.stateChange";
  "*.rebuildBegin": "nexus.rebuildBegin";
  "*.rebuildEnd": "nexus.rebuildEnd";
  "*.addChild": "nexus.addChild";
  "*.removeChild": "nexus.removeChild";
  "*.onlineChild": "nexus.onlineChild";
  "*.subsystemPause": "nexus.subsystemPause";
  "*.subsystemResume": "nexus.subsystemResume";
  "*.init": "nexus.init";
  "*.reconfiguring": "nexus.reconfiguring";
  "*.shutdown": "nexus.shutdown" | "ioEngine.shutdown";
  "*.switchOver": "highAvailability.switchOver";
  "*.nvmePathSuspect": "nvmePath.nvmePathSuspect";
  "*.nvmePathFail": "nvmePath.nvmePathFail";
  "*.nvmePathFix": "nvmePath.nvmePathFix";
  "*.nvmePathDeleting": "nvmePath.nvmePathDeleting";
  "*.nvmeConnect": "hostInitiator.nvmeConnect";
  "*.nvmeDisconnect": "hostInitiator.nvmeDisconnect";
  "*.nvmeKeepAliveTimeout": "hostInitiator.nvmeKeepAliveTimeout";
  "*.start": "ioEngine.start";
  "*.stop": "ioEngine.stop";
  "*.reactorFreeze": "ioEngine.reactorFreeze";
  "*.reactorUnfreeze": "ioEngine.reactorUnfreeze";
  "*.*": EventKey;
  ">": EventKey;
}

/** What the catalog says of one event, as data. */
export interface CatalogEntryData {
  readonly key: EventKey;
  readonly typeName: string;
  readonly category: number;
  readonly categoryName: string;
  readonly action: number;
  readonly actionName: string;
  readonly plane: 'control' | 'data';
  readonly component: number;
  readonly componentName: string;
  readonly target: string;
  readonly node: string | undefined;
  readonly requiredDetails: readonly string[];
  readonly optionalDetails: readonly string[];
  readonly description: string;
}

/** Every catalogued event, in catalog order. */
export const catalogData: readonly CatalogEntryData[] = [
  {
    key: "volume.create",
    typeName: "VolumeCreate",
    category: 2,
    categoryName: "Volume",
    action: 1,
    actionName: "Create",
    plane: "control",
    component: 1,
    componentName: "CoreAgent",
    target: "volume uuid",
    node: "often empty",
    requiredDetails: [],
    optionalDetails: [],
    description: "A volume was successfully created.",
  },
  {
    key: "volume.delete",
    typeName: "VolumeDelete",
    category: 2,
    categoryName: "Volume",
    action: 2,
    actionName: "Delete",
    plane: "control",
    component: 1,
    componentName: "CoreAgent",
    target: "volume uuid",
    node: "often empty",
    requiredDetails: [],
    optionalDetails: [],
    description: "A volume was successfully deleted.",
  },
  {
    key: "replica.create",
    typeName: "ReplicaCreate",
    category: 4,
    categoryName: "Replica",
    action: 1,
    actionName: "Create",
    plane: "data",
    component: 2,
    componentName: "IoEngine",
    target: "replica uuid",
    node: undefined,
    requiredDetails: ["replica_details"],
    optionalDetails: [],
    description: "A replica was successfully created.",
  },
  {
    key: "replica.delete",
    typeName: "ReplicaDelete",
    category: 4,
    categoryName: "Replica",
    action: 2,
    actionName: "Delete",
    plane: "data",
    component: 2,
    componentName: "IoEngine",
    target: "replica uuid (also fires for snapshot and clone volumes, whose names are not uuids)",
    node: undefined,
    requiredDetails: ["replica_details"],
    optionalDetails: [],
    description: "A replica was successfully deleted.",
  },
  {
    key: "replica.stateChange",
    typeName: "ReplicaStateChange",
    category: 4,
    categoryName: "Replica",
    action: 3,
    actionName: "StateChange",
    plane: "data",
    component: 2,
    componentName: "IoEngine",
    target: "replica uuid, from the child uri's `uuid=` (may be empty)",
    node: undefined,
    requiredDetails: ["state_change_details"],
    optionalDetails: [],
    description: "A replica changed state.",
  },
  {
    key: "pool.create",
    typeName: "PoolCreate",
    category: 1,
    categoryName: "Pool",
    action: 1,
    actionName: "Create",
    plane: "data",
    component: 2,
    componentName: "IoEngine",
    target: "pool name",
    node: undefined,
    requiredDetails: [],
    optionalDetails: [],
    description: "A pool was successfully created.",
  },
  {
    key: "pool.delete",
    typeName: "PoolDelete",
    category: 1,
    categoryName: "Pool",
    action: 2,
    actionName: "Delete",
    plane: "data",
    component: 2,
    componentName: "IoEngine",
    target: "pool name",
    node: undefined,
    requiredDetails: [],
    optionalDetails: [],
    description: "A pool was successfully deleted.",
  },
  {
    key: "nexus.create",
    typeName: "NexusCreate",
    category: 3,
    categoryName: "Nexus",
    action: 1,
    actionName: "Create",
    plane: "data",
    component: 2,
    componentName: "IoEngine",
    target: "nexus uuid",
    node: undefined,
    requiredDetails: [],
    optionalDetails: [],
    description: "A nexus was created.",
  },
  {
    key: "nexus.delete",
    typeName: "NexusDelete",
    category: 3,
    categoryName: "Nexus",
    action: 2,
    actionName: "Delete",
    plane: "data",
    component: 2,
    componentName: "IoEngine",
    target: "nexus uuid",
    node: undefined,
    requiredDetails: [],
    optionalDetails: [],
    description: "A nexus was deleted.",
  },
  {
    key: "nexus.stateChange",
    typeName: "NexusStateChange",
    category: 3,
    categoryName: "Nexus",
    action: 3,
    actionName: "StateChange",
    plane: "data",
    component: 2,
    componentName: "IoEngine",
    target: "nexus uuid",
    node: undefined,
    requiredDetails: ["state_change_details"],
    optionalDetails: [],
    description: "A nexus changed state.",
  },
  {
    key: "nexus.rebuildBegin",
    typeName: "NexusRebuildBegin",
    category: 3,
    categoryName: "Nexus",
    action: 4,
    actionName: "RebuildBegin",
    plane: "data",
    component: 2,
    componentName: "IoEngine",
    target: "nexus uuid",
    node: undefined,
    requiredDetails: ["rebuild_details"],
    optionalDetails: [],
    description: "A rebuild of a nexus child began.",
  },
  {
    key: "nexus.rebuildEnd",
    typeName: "NexusRebuildEnd",
    category: 3,
    categoryName: "Nexus",
    action: 5,
    actionName: "RebuildEnd",
    plane: "data",
    component: 2,
    componentName: "IoEngine",
    target: "nexus uuid",
    node: undefined,
    requiredDetails: ["rebuild_details"],
    optionalDetails: [],
    description: "A rebuild of a nexus child ended (completed, stopped or failed).",
  },
  {
    key: "nexus.addChild",
    typeName: "NexusAddChild",
    category: 3,
    categoryName: "Nexus",
    action: 7,
    actionName: "AddChild",
    plane: "data",
    component: 2,
    componentName: "IoEngine",
    target: "nexus uuid",
    node: undefined,
    requiredDetails: ["nexus_child_details"],
    optionalDetails: [],
    description: "A child device was added to a nexus.",
  },
  {
    key: "nexus.removeChild",
    typeName: "NexusRemoveChild",
    category: 3,
    categoryName: "Nexus",
    action: 8,
    actionName: "RemoveChild",
    plane: "data",
    component: 2,
    componentName: "IoEngine",
    target: "nexus uuid",
    node: undefined,
    requiredDetails: ["nexus_child_details"],
    optionalDetails: [],
    description: "A child device was removed from a nexus.",
  },
  {
    key: "nexus.onlineChild",
    typeName: "NexusOnlineChild",
    category: 3,
    categoryName: "Nexus",
    action: 12,
    actionName: "OnlineChild",
    plane: "data",
    component: 2,
    componentName: "IoEngine",
    target: "nexus uuid",
    node: undefined,
    requiredDetails: ["nexus_child_details"],
    optionalDetails: [],
    description: "A child device of a nexus came online.",
  },
  {
    key: "nexus.subsystemPause",
    typeName: "NexusSubsystemPause",
    category: 3,
    categoryName: "Nexus",
    action: 21,
    actionName: "SubsystemPause",
    plane: "data",
    component: 2,
    componentName: "IoEngine",
    target: "nexus uuid",
    node: undefined,
    requiredDetails: ["subsystem_pause_details"],
    optionalDetails: ["action_duration_details", "error_details"],
    description: "A nexus' I/O subsystem was paused; sent again with the time it took, and with the error when the pause failed.",
  },
  {
    key: "nexus.subsystemResume",
    typeName: "NexusSubsystemResume",
    category: 3,
    categoryName: "Nexus",
    action: 22,
    actionName: "SubsystemResume",
    plane: "data",
    component: 2,
    componentName: "IoEngine",
    target: "nexus uuid",
    node: undefined,
    requiredDetails: [],
    optionalDetails: [],
    description: "A nexus' I/O subsystem was resumed.",
  },
  {
    key: "nexus.init",
    typeName: "NexusInit",
    category: 3,
    categoryName: "Nexus",
    action: 23,
    actionName: "Init",
    plane: "data",
    component: 2,
    componentName: "IoEngine",
    target: "nexus uuid",
    node: undefined,
    requiredDetails: [],
    optionalDetails: [],
    description: "A nexus entered the initialization state.",
  },
  {
    key: "nexus.reconfiguring",
    typeName: "NexusReconfiguring",
    category: 3,
    categoryName: "Nexus",
    action: 24,
    actionName: "Reconfiguring",
    plane: "data",
    component: 2,
    componentName: "IoEngine",
    target: "nexus uuid",
    node: undefined,
    requiredDetails: [],
    optionalDetails: [],
    description: "A nexus entered the reconfiguring state.",
  },
  {
    key: "nexus.shutdown",
    typeName: "NexusShutdown",
    category: 3,
    categoryName: "Nexus",
    action: 18,
    actionName: "Shutdown",
    plane: "data",
    component: 2,
    componentName: "IoEngine",
    target: "nexus uuid",
    node: undefined,
    requiredDetails: [],
    optionalDetails: ["error_details"],
    description: "A nexus was destroyed (with the error when destroying it failed).",
  },
  {
    key: "node.stateChange",
    typeName: "NodeStateChange",
    category: 5,
    categoryName: "Node",
    action: 3,
    actionName: "StateChange",
    plane: "control",
    component: 1,
    componentName: "CoreAgent",
    target: "node id",
    node: undefined,
    requiredDetails: ["state_change_details"],
    optionalDetails: [],
    description: "A node changed state.",
  },
  {
    key: "highAvailability.switchOver",
    typeName: "HighAvailabilitySwitchOver",
    category: 6,
    categoryName: "HighAvailability",
    action: 6,
    actionName: "SwitchOver",
    plane: "control",
    component: 3,
    componentName: "HaClusterAgent",
    target: "volume uuid",
    node: undefined,
    requiredDetails: ["switch_over_details"],
    optionalDetails: [],
    description: "A volume switch-over started, completed or failed (node is the front-end node).",
  },
  {
    key: "nvmePath.nvmePathSuspect",
    typeName: "NvmePathNvmePathSuspect",
    category: 7,
    categoryName: "NvmePath",
    action: 9,
    actionName: "NvmePathSuspect",
    plane: "control",
    component: 4,
    componentName: "HaNodeAgent",
    target: "volume uuid (the last `:` part of the nqn)",
    node: undefined,
    requiredDetails: ["nvme_path_details"],
    optionalDetails: [],
    description: "An NVMe path is suspected of failure.",
  },
  {
    key: "nvmePath.nvmePathFail",
    typeName: "NvmePathNvmePathFail",
    category: 7,
    categoryName: "NvmePath",
    action: 10,
    actionName: "NvmePathFail",
    plane: "control",
    component: 4,
    componentName: "HaNodeAgent",
    target: "volume uuid (the last `:` part of the nqn)",
    node: undefined,
    requiredDetails: ["nvme_path_details"],
    optionalDetails: [],
    description: "An NVMe path was confirmed as failed.",
  },
  {
    key: "nvmePath.nvmePathFix",
    typeName: "NvmePathNvmePathFix",
    category: 7,
    categoryName: "NvmePath",
    action: 11,
    actionName: "NvmePathFix",
    plane: "control",
    component: 4,
    componentName: "HaNodeAgent",
    target: "volume uuid",
    node: "empty",
    requiredDetails: ["nvme_path_details"],
    optionalDetails: [],
    description: "An NVMe controller reconnected to a nexus (path is the new nvmf:// uri).",
  },
  {
    key: "nvmePath.nvmePathDeleting",
    typeName: "NvmePathNvmePathDeleting",
    category: 7,
    categoryName: "NvmePath",
    action: 25,
    actionName: "NvmePathDeleting",
    plane: "control",
    component: 4,
    componentName: "HaNodeAgent",
    target: "volume uuid (the last `:` part of the nqn)",
    node: undefined,
    requiredDetails: ["nvme_path_details"],
    optionalDetails: [],
    description: "A failed NVMe path is being deleted.",
  },
  {
    key: "hostInitiator.nvmeConnect",
    typeName: "HostInitiatorNvmeConnect",
    category: 8,
    categoryName: "HostInitiator",
    action: 13,
    actionName: "NvmeConnect",
    plane: "data",
    component: 2,
    componentName: "IoEngine",
    target: "empty",
    node: undefined,
    requiredDetails: ["host_initiator_details"],
    optionalDetails: [],
    description: "A host connected to a nexus or replica.",
  },
  {
    key: "hostInitiator.nvmeDisconnect",
    typeName: "HostInitiatorNvmeDisconnect",
    category: 8,
    categoryName: "HostInitiator",
    action: 14,
    actionName: "NvmeDisconnect",
    plane: "data",
    component: 2,
    componentName: "IoEngine",
    target: "empty",
    node: undefined,
    requiredDetails: ["host_initiator_details"],
    optionalDetails: [],
    description: "A host disconnected from a nexus or replica.",
  },
  {
    key: "hostInitiator.nvmeKeepAliveTimeout",
    typeName: "HostInitiatorNvmeKeepAliveTimeout",
    category: 8,
    categoryName: "HostInitiator",
    action: 15,
    actionName: "NvmeKeepAliveTimeout",
    plane: "data",
    component: 2,
    componentName: "IoEngine",
    target: "empty",
    node: undefined,
    requiredDetails: ["host_initiator_details"],
    optionalDetails: [],
    description: "A host's keep-alive timed out.",
  },
  {
    key: "ioEngine.start",
    typeName: "IoEngineStart",
    category: 9,
    categoryName: "IoEngineCategory",
    action: 19,
    actionName: "Start",
    plane: "data",
    component: 2,
    componentName: "IoEngine",
    target: "io-engine instance name (`mayastor`)",
    node: undefined,
    requiredDetails: [],
    optionalDetails: [],
    description: "The io-engine initialized.",
  },
  {
    key: "ioEngine.shutdown",
    typeName: "IoEngineShutdown",
    category: 9,
    categoryName: "IoEngineCategory",
    action: 18,
    actionName: "Shutdown",
    plane: "data",
    component: 2,
    componentName: "IoEngine",
    target: "io-engine instance name (`mayastor`)",
    node: undefined,
    requiredDetails: [],
    optionalDetails: [],
    description: "The io-engine began shutting down.",
  },
  {
    key: "ioEngine.stop",
    typeName: "IoEngineStop",
    category: 9,
    categoryName: "IoEngineCategory",
    action: 20,
    actionName: "Stop",
    plane: "data",
    component: 2,
    componentName: "IoEngine",
    target: "io-engine instance name (`mayastor`)",
    node: undefined,
    requiredDetails: ["action_duration_details"],
    optionalDetails: [],
    description: "The io-engine stopped, with the time the shutdown took.",
  },
  {
    key: "ioEngine.reactorFreeze",
    typeName: "IoEngineReactorFreeze",
    category: 9,
    categoryName: "IoEngineCategory",
    action: 16,
    actionName: "ReactorFreeze",
    plane: "data",
    component: 2,
    componentName: "IoEngine",
    target: "reactor thread id",
    node: undefined,
    requiredDetails: ["reactor_details"],
    optionalDetails: [],
    description: "An io-engine reactor froze.",
  },
  {
    key: "ioEngine.reactorUnfreeze",
    typeName: "IoEngineReactorUnfreeze",
    category: 9,
    categoryName: "IoEngineCategory",
    action: 17,
    actionName: "ReactorUnfreeze",
    plane: "data",
    component: 2,
    componentName: "IoEngine",
    target: "reactor thread id",
    node: undefined,
    requiredDetails: ["reactor_details"],
    optionalDetails: [],
    description: "A frozen io-engine reactor became healthy again.",
  },
  {
    key: "snapshot.create",
    typeName: "SnapshotCreate",
    category: 10,
    categoryName: "Snapshot",
    action: 1,
    actionName: "Create",
    plane: "data",
    component: 2,
    componentName: "IoEngine",
    target: "snapshot uuid",
    node: undefined,
    requiredDetails: ["snapshot_details"],
    optionalDetails: [],
    description: "A snapshot was successfully created.",
  },
  {
    key: "clone.create",
    typeName: "CloneCreate",
    category: 11,
    categoryName: "Clone",
    action: 1,
    actionName: "Create",
    plane: "data",
    component: 2,
    componentName: "IoEngine",
    target: "clone uuid",
    node: undefined,
    requiredDetails: ["clone_details"],
    optionalDetails: [],
    description: "A clone was successfully created.",
  },
];

/** Subject key segment of every catalogued category number. */
export const categoryKeys: Readonly<Record<number, string>> = {
  2: "volume",
  4: "replica",
  1: "pool",
  3: "nexus",
  5: "node",
  6: "highAvailability",
  7: "nvmePath",
  8: "hostInitiator",
  9: "ioEngine",
  10: "snapshot",
  11: "clone",
};
