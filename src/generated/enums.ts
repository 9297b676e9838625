// Generated from schemas/catalog.yaml by scripts/generate.ts (enums). Do not edit: run `npm run generate`.

/** The kind of resource an event is about. Open: a newer Mayastor may send numbers not listed here. */
export const EventCategory = {
  UnknownCategory: 0,
  Pool: 1,
  Volume: 2,
  Nexus: 3,
  Replica: 4,
  Node: 5,
  HighAvailability: 6,
  NvmePath: 7,
  HostInitiator: 8,
  IoEngineCategory: 9,
  Snapshot: 10,
  Clone: 11,
} as const;
/** One of the known EventCategory numbers. */
export type EventCategory = (typeof EventCategory)[keyof typeof EventCategory];

/** What happened to the resource. Open: a newer Mayastor may send numbers not listed here. */
export const EventAction = {
  UnknownAction: 0,
  Create: 1,
  Delete: 2,
  StateChange: 3,
  RebuildBegin: 4,
  RebuildEnd: 5,
  SwitchOver: 6,
  AddChild: 7,
  RemoveChild: 8,
  NvmePathSuspect: 9,
  NvmePathFail: 10,
  NvmePathFix: 11,
  OnlineChild: 12,
  NvmeConnect: 13,
  NvmeDisconnect: 14,
  NvmeKeepAliveTimeout: 15,
  ReactorFreeze: 16,
  ReactorUnfreeze: 17,
  Shutdown: 18,
  Start: 19,
  Stop: 20,
  SubsystemPause: 21,
  SubsystemResume: 22,
  Init: 23,
  Reconfiguring: 24,
  NvmePathDeleting: 25,
} as const;
/** One of the known EventAction numbers. */
export type EventAction = (typeof EventAction)[keyof typeof EventAction];

/** The Mayastor component that emitted the event. Open: a newer Mayastor may send numbers not listed here. */
export const EventComponent = {
  UnknownComponent: 0,
  CoreAgent: 1,
  IoEngine: 2,
  HaClusterAgent: 3,
  HaNodeAgent: 4,
} as const;
/** One of the known EventComponent numbers. */
export type EventComponent = (typeof EventComponent)[keyof typeof EventComponent];

/** The version of the event message format. Open: a newer Mayastor may send numbers not listed here. */
export const EventVersion = {
  UnknownVersion: 0,
  V1: 1,
} as const;
/** One of the known EventVersion numbers. */
export type EventVersion = (typeof EventVersion)[keyof typeof EventVersion];

/** Progress of a nexus child rebuild. Open: a newer Mayastor may send numbers not listed here. */
export const RebuildStatus = {
  Unknown: 0,
  Started: 1,
  Completed: 2,
  Stopped: 3,
  Failed: 4,
} as const;
/** One of the known RebuildStatus numbers. */
export type RebuildStatus = (typeof RebuildStatus)[keyof typeof RebuildStatus];

/** Progress of a high-availability volume switch-over. Open: a newer Mayastor may send numbers not listed here. */
export const SwitchOverStatus = {
  UnknownSwitchOverStatus: 0,
  SwitchOverStarted: 1,
  SwitchOverCompleted: 2,
  SwitchOverFailed: 3,
} as const;
/** One of the known SwitchOverStatus numbers. */
export type SwitchOverStatus = (typeof SwitchOverStatus)[keyof typeof SwitchOverStatus];
