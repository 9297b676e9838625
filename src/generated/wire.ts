// Generated from schemas/catalog.yaml by scripts/generate.ts (wire tables). Do not edit: run `npm run generate`.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { WireMessage } from '../codec/wire-types.js';
import {
  isI32,
  measureUnknownMembers,
  measureI32,
  measureI64,
  measureString,
  measureTimestamp,
  measureU64,
  writeI64,
  writeString,
  writeTimestamp,
  writeU64,
  type NumberSpellings,
} from '../codec/write-primitives.js';

const RebuildEventDetails: WireMessage = {
  name: 'RebuildEventDetails',
  members: [
    { name: 'rebuild_status', type: 'i32', nullable: false },
    { name: 'source_replica', type: 'string', nullable: false },
    { name: 'destination_replica', type: 'string', nullable: false },
    { name: 'error', type: 'string', nullable: true },
  ],
};

const ReplicaEventDetails: WireMessage = {
  name: 'ReplicaEventDetails',
  members: [
    { name: 'pool_name', type: 'string', nullable: false },
    { name: 'pool_uuid', type: 'string', nullable: false },
    { name: 'replica_name', type: 'string', nullable: false },
  ],
};

const SwitchOverEventDetails: WireMessage = {
  name: 'SwitchOverEventDetails',
  members: [
    { name: 'switch_over_status', type: 'i32', nullable: false },
    { name: 'start_time', type: 'timestamp', nullable: true },
    { name: 'existing_nqn', type: 'string', nullable: false },
    { name: 'new_path', type: 'string', nullable: true },
    { name: 'retry_count', type: 'u64', nullable: false },
  ],
};

const NexusChildEventDetails: WireMessage = {
  name: 'NexusChildEventDetails',
  members: [
    { name: 'uri', type: 'string', nullable: false },
  ],
};

const NvmePathEventDetails: WireMessage = {
  name: 'NvmePathEventDetails',
  members: [
    { name: 'nqn', type: 'string', nullable: false },
    { name: 'path', type: 'string', nullable: false },
  ],
};

const HostInitiatorEventDetails: WireMessage = {
  name: 'HostInitiatorEventDetails',
  members: [
    { name: 'host_nqn', type: 'string', nullable: false },
    { name: 'subsystem_nqn', type: 'string', nullable: false },
    { name: 'target', type: 'string', nullable: false },
    { name: 'uuid', type: 'string', nullable: false },
  ],
};

const ReactorEventDetails: WireMessage = {
  name: 'ReactorEventDetails',
  members: [
    { name: 'lcore', type: 'u64', nullable: false },
    { name: 'state', type: 'string', nullable: false },
  ],
};

const StateChangeEventDetails: WireMessage = {
  name: 'StateChangeEventDetails',
  members: [
    { name: 'previous', type: 'string', nullable: false },
    { name: 'next', type: 'string', nullable: false },
  ],
};

const Duration: WireMessage = {
  name: 'Duration',
  members: [
    { name: 'seconds', type: 'i64', nullable: false, default: 0 },
    { name: 'nanos', type: 'i32', nullable: false, default: 0 },
  ],
};

const EventActionDuration: WireMessage = {
  name: 'EventActionDuration',
  members: [
    { name: 'time_taken', type: Duration, nullable: true },
  ],
};

const SnapshotEventDetails: WireMessage = {
  name: 'SnapshotEventDetails',
  members: [
    { name: 'replica_id', type: 'string', nullable: false },
    { name: 'create_time', type: 'string', nullable: false },
    { name: 'volume_id', type: 'string', nullable: false },
  ],
};

const CloneEventDetails: WireMessage = {
  name: 'CloneEventDetails',
  members: [
    { name: 'source_uuid', type: 'string', nullable: false },
    { name: 'create_time', type: 'string', nullable: false },
  ],
};

const ErrorDetails: WireMessage = {
  name: 'ErrorDetails',
  members: [
    { name: 'error', type: 'string', nullable: false },
  ],
};

const SubsystemPauseDetails: WireMessage = {
  name: 'SubsystemPauseDetails',
  members: [
    { name: 'nexus_pause_state', type: 'string', nullable: false },
  ],
};

const EventDetails: WireMessage = {
  name: 'EventDetails',
  members: [
    { name: 'rebuild_details', type: RebuildEventDetails, nullable: true },
    { name: 'replica_details', type: ReplicaEventDetails, nullable: true },
    { name: 'switch_over_details', type: SwitchOverEventDetails, nullable: true },
    { name: 'nexus_child_details', type: NexusChildEventDetails, nullable: true },
    { name: 'nvme_path_details', type: NvmePathEventDetails, nullable: true },
    { name: 'host_initiator_details', type: HostInitiatorEventDetails, nullable: true },
    { name: 'reactor_details', type: ReactorEventDetails, nullable: true },
    { name: 'state_change_details', type: StateChangeEventDetails, nullable: true },
    { name: 'action_duration_details', type: EventActionDuration, nullable: true },
    { name: 'snapshot_details', type: SnapshotEventDetails, nullable: true },
    { name: 'clone_details', type: CloneEventDetails, nullable: true },
    { name: 'error_details', type: ErrorDetails, nullable: true },
    { name: 'subsystem_pause_details', type: SubsystemPauseDetails, nullable: true },
  ],
};

const EventSource: WireMessage = {
  name: 'EventSource',
  members: [
    { name: 'component', type: 'i32', nullable: false },
    { name: 'node', type: 'string', nullable: false },
    { name: 'event_details', type: EventDetails, nullable: true },
  ],
};

const EventMeta: WireMessage = {
  name: 'EventMeta',
  members: [
    { name: 'id', type: 'string', nullable: false },
    { name: 'source', type: EventSource, nullable: true },
    { name: 'timestamp', type: 'timestamp', nullable: true },
    { name: 'version', type: 'i32', nullable: false },
  ],
};

const EventMessage: WireMessage = {
  name: 'EventMessage',
  members: [
    { name: 'category', type: 'i32', nullable: false },
    { name: 'action', type: 'i32', nullable: false },
    { name: 'target', type: 'string', nullable: false },
    { name: 'metadata', type: EventMeta, nullable: true },
  ],
};

/** Member tables of every wire message, for the careful reader. */
export const wireMessages = { RebuildEventDetails, ReplicaEventDetails, SwitchOverEventDetails, NexusChildEventDetails, NvmePathEventDetails, HostInitiatorEventDetails, ReactorEventDetails, StateChangeEventDetails, Duration, EventActionDuration, SnapshotEventDetails, CloneEventDetails, ErrorDetails, SubsystemPauseDetails, EventDetails, EventSource, EventMeta, EventMessage } as const;

function writeRebuildEventDetails(v: any): string | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  let s = '{';
  let x: any;
  let w: string | undefined;
  s += '"rebuild_status":';
  x = v.rebuild_status;
  if (!isI32(x)) return undefined;
  s += x;
  s += ',"source_replica":';
  x = v.source_replica;
  w = writeString(x);
  if (w === undefined) return undefined;
  s += w;
  s += ',"destination_replica":';
  x = v.destination_replica;
  w = writeString(x);
  if (w === undefined) return undefined;
  s += w;
  s += ',"error":';
  x = v.error;
  if (x === null || x === undefined) s += 'null';
  else {
    w = writeString(x);
    if (w === undefined) return undefined;
    s += w;
  }
  return s + '}';
}

function writeReplicaEventDetails(v: any): string | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  let s = '{';
  let x: any;
  let w: string | undefined;
  s += '"pool_name":';
  x = v.pool_name;
  w = writeString(x);
  if (w === undefined) return undefined;
  s += w;
  s += ',"pool_uuid":';
  x = v.pool_uuid;
  w = writeString(x);
  if (w === undefined) return undefined;
  s += w;
  s += ',"replica_name":';
  x = v.replica_name;
  w = writeString(x);
  if (w === undefined) return undefined;
  s += w;
  return s + '}';
}

function writeSwitchOverEventDetails(v: any): string | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  let s = '{';
  let x: any;
  let w: string | undefined;
  s += '"switch_over_status":';
  x = v.switch_over_status;
  if (!isI32(x)) return undefined;
  s += x;
  s += ',"start_time":';
  x = v.start_time;
  if (x === null || x === undefined) s += 'null';
  else {
    w = writeTimestamp(x);
    if (w === undefined) return undefined;
    s += w;
  }
  s += ',"existing_nqn":';
  x = v.existing_nqn;
  w = writeString(x);
  if (w === undefined) return undefined;
  s += w;
  s += ',"new_path":';
  x = v.new_path;
  if (x === null || x === undefined) s += 'null';
  else {
    w = writeString(x);
    if (w === undefined) return undefined;
    s += w;
  }
  s += ',"retry_count":';
  x = v.retry_count;
  w = writeU64(x);
  if (w === undefined) return undefined;
  s += w;
  return s + '}';
}

function writeNexusChildEventDetails(v: any): string | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  let s = '{';
  let x: any;
  let w: string | undefined;
  s += '"uri":';
  x = v.uri;
  w = writeString(x);
  if (w === undefined) return undefined;
  s += w;
  return s + '}';
}

function writeNvmePathEventDetails(v: any): string | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  let s = '{';
  let x: any;
  let w: string | undefined;
  s += '"nqn":';
  x = v.nqn;
  w = writeString(x);
  if (w === undefined) return undefined;
  s += w;
  s += ',"path":';
  x = v.path;
  w = writeString(x);
  if (w === undefined) return undefined;
  s += w;
  return s + '}';
}

function writeHostInitiatorEventDetails(v: any): string | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  let s = '{';
  let x: any;
  let w: string | undefined;
  s += '"host_nqn":';
  x = v.host_nqn;
  w = writeString(x);
  if (w === undefined) return undefined;
  s += w;
  s += ',"subsystem_nqn":';
  x = v.subsystem_nqn;
  w = writeString(x);
  if (w === undefined) return undefined;
  s += w;
  s += ',"target":';
  x = v.target;
  w = writeString(x);
  if (w === undefined) return undefined;
  s += w;
  s += ',"uuid":';
  x = v.uuid;
  w = writeString(x);
  if (w === undefined) return undefined;
  s += w;
  return s + '}';
}

function writeReactorEventDetails(v: any): string | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  let s = '{';
  let x: any;
  let w: string | undefined;
  s += '"lcore":';
  x = v.lcore;
  w = writeU64(x);
  if (w === undefined) return undefined;
  s += w;
  s += ',"state":';
  x = v.state;
  w = writeString(x);
  if (w === undefined) return undefined;
  s += w;
  return s + '}';
}

function writeStateChangeEventDetails(v: any): string | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  let s = '{';
  let x: any;
  let w: string | undefined;
  s += '"previous":';
  x = v.previous;
  w = writeString(x);
  if (w === undefined) return undefined;
  s += w;
  s += ',"next":';
  x = v.next;
  w = writeString(x);
  if (w === undefined) return undefined;
  s += w;
  return s + '}';
}

function writeDuration(v: any): string | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  let s = '{';
  let x: any;
  let w: string | undefined;
  s += '"seconds":';
  x = v.seconds;
  w = writeI64(x);
  if (w === undefined) return undefined;
  s += w;
  s += ',"nanos":';
  x = v.nanos;
  if (!isI32(x)) return undefined;
  s += x;
  return s + '}';
}

function writeEventActionDuration(v: any): string | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  let s = '{';
  let x: any;
  let w: string | undefined;
  s += '"time_taken":';
  x = v.time_taken;
  if (x === null || x === undefined) s += 'null';
  else {
    w = writeDuration(x);
    if (w === undefined) return undefined;
    s += w;
  }
  return s + '}';
}

function writeSnapshotEventDetails(v: any): string | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  let s = '{';
  let x: any;
  let w: string | undefined;
  s += '"replica_id":';
  x = v.replica_id;
  w = writeString(x);
  if (w === undefined) return undefined;
  s += w;
  s += ',"create_time":';
  x = v.create_time;
  w = writeString(x);
  if (w === undefined) return undefined;
  s += w;
  s += ',"volume_id":';
  x = v.volume_id;
  w = writeString(x);
  if (w === undefined) return undefined;
  s += w;
  return s + '}';
}

function writeCloneEventDetails(v: any): string | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  let s = '{';
  let x: any;
  let w: string | undefined;
  s += '"source_uuid":';
  x = v.source_uuid;
  w = writeString(x);
  if (w === undefined) return undefined;
  s += w;
  s += ',"create_time":';
  x = v.create_time;
  w = writeString(x);
  if (w === undefined) return undefined;
  s += w;
  return s + '}';
}

function writeErrorDetails(v: any): string | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  let s = '{';
  let x: any;
  let w: string | undefined;
  s += '"error":';
  x = v.error;
  w = writeString(x);
  if (w === undefined) return undefined;
  s += w;
  return s + '}';
}

function writeSubsystemPauseDetails(v: any): string | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  let s = '{';
  let x: any;
  let w: string | undefined;
  s += '"nexus_pause_state":';
  x = v.nexus_pause_state;
  w = writeString(x);
  if (w === undefined) return undefined;
  s += w;
  return s + '}';
}

function writeEventDetails(v: any): string | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  let s = '{';
  let x: any;
  let w: string | undefined;
  s += '"rebuild_details":';
  x = v.rebuild_details;
  if (x === null || x === undefined) s += 'null';
  else {
    w = writeRebuildEventDetails(x);
    if (w === undefined) return undefined;
    s += w;
  }
  s += ',"replica_details":';
  x = v.replica_details;
  if (x === null || x === undefined) s += 'null';
  else {
    w = writeReplicaEventDetails(x);
    if (w === undefined) return undefined;
    s += w;
  }
  s += ',"switch_over_details":';
  x = v.switch_over_details;
  if (x === null || x === undefined) s += 'null';
  else {
    w = writeSwitchOverEventDetails(x);
    if (w === undefined) return undefined;
    s += w;
  }
  s += ',"nexus_child_details":';
  x = v.nexus_child_details;
  if (x === null || x === undefined) s += 'null';
  else {
    w = writeNexusChildEventDetails(x);
    if (w === undefined) return undefined;
    s += w;
  }
  s += ',"nvme_path_details":';
  x = v.nvme_path_details;
  if (x === null || x === undefined) s += 'null';
  else {
    w = writeNvmePathEventDetails(x);
    if (w === undefined) return undefined;
    s += w;
  }
  s += ',"host_initiator_details":';
  x = v.host_initiator_details;
  if (x === null || x === undefined) s += 'null';
  else {
    w = writeHostInitiatorEventDetails(x);
    if (w === undefined) return undefined;
    s += w;
  }
  s += ',"reactor_details":';
  x = v.reactor_details;
  if (x === null || x === undefined) s += 'null';
  else {
    w = writeReactorEventDetails(x);
    if (w === undefined) return undefined;
    s += w;
  }
  s += ',"state_change_details":';
  x = v.state_change_details;
  if (x === null || x === undefined) s += 'null';
  else {
    w = writeStateChangeEventDetails(x);
    if (w === undefined) return undefined;
    s += w;
  }
  s += ',"action_duration_details":';
  x = v.action_duration_details;
  if (x === null || x === undefined) s += 'null';
  else {
    w = writeEventActionDuration(x);
    if (w === undefined) return undefined;
    s += w;
  }
  s += ',"snapshot_details":';
  x = v.snapshot_details;
  if (x === null || x === undefined) s += 'null';
  else {
    w = writeSnapshotEventDetails(x);
    if (w === undefined) return undefined;
    s += w;
  }
  s += ',"clone_details":';
  x = v.clone_details;
  if (x === null || x === undefined) s += 'null';
  else {
    w = writeCloneEventDetails(x);
    if (w === undefined) return undefined;
    s += w;
  }
  s += ',"error_details":';
  x = v.error_details;
  if (x === null || x === undefined) s += 'null';
  else {
    w = writeErrorDetails(x);
    if (w === undefined) return undefined;
    s += w;
  }
  s += ',"subsystem_pause_details":';
  x = v.subsystem_pause_details;
  if (x === null || x === undefined) s += 'null';
  else {
    w = writeSubsystemPauseDetails(x);
    if (w === undefined) return undefined;
    s += w;
  }
  return s + '}';
}

function writeEventSource(v: any): string | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  let s = '{';
  let x: any;
  let w: string | undefined;
  s += '"component":';
  x = v.component;
  if (!isI32(x)) return undefined;
  s += x;
  s += ',"node":';
  x = v.node;
  w = writeString(x);
  if (w === undefined) return undefined;
  s += w;
  s += ',"event_details":';
  x = v.event_details;
  if (x === null || x === undefined) s += 'null';
  else {
    w = writeEventDetails(x);
    if (w === undefined) return undefined;
    s += w;
  }
  return s + '}';
}

function writeEventMeta(v: any): string | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  let s = '{';
  let x: any;
  let w: string | undefined;
  s += '"id":';
  x = v.id;
  w = writeString(x);
  if (w === undefined) return undefined;
  s += w;
  s += ',"source":';
  x = v.source;
  if (x === null || x === undefined) s += 'null';
  else {
    w = writeEventSource(x);
    if (w === undefined) return undefined;
    s += w;
  }
  s += ',"timestamp":';
  x = v.timestamp;
  if (x === null || x === undefined) s += 'null';
  else {
    w = writeTimestamp(x);
    if (w === undefined) return undefined;
    s += w;
  }
  s += ',"version":';
  x = v.version;
  if (!isI32(x)) return undefined;
  s += x;
  return s + '}';
}

function writeEventMessage(v: any): string | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  let s = '{';
  let x: any;
  let w: string | undefined;
  s += '"category":';
  x = v.category;
  if (!isI32(x)) return undefined;
  s += x;
  s += ',"action":';
  x = v.action;
  if (!isI32(x)) return undefined;
  s += x;
  s += ',"target":';
  x = v.target;
  w = writeString(x);
  if (w === undefined) return undefined;
  s += w;
  s += ',"metadata":';
  x = v.metadata;
  if (x === null || x === undefined) s += 'null';
  else {
    w = writeEventMeta(x);
    if (w === undefined) return undefined;
    s += w;
  }
  return s + '}';
}

/** Writes an EventMessage in the exact form the Rust services write; undefined when it is not well-formed. */
export const writeEventMessageJson: (event: unknown) => string | undefined = writeEventMessage;

function measureRebuildEventDetails(v: any, wide: NumberSpellings): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 69;
  let x: any;
  let m: number;
  x = v.rebuild_status;
  m = measureI32(x);
  if (m < 0) return -1;
  if (m > 2) wide.seen = true;
  n += m;
  x = v.source_replica;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.destination_replica;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.error;
  if (x === null) n += 4;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  return n;
}

function measureReplicaEventDetails(v: any, wide: NumberSpellings): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 43;
  let x: any;
  let m: number;
  x = v.pool_name;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.pool_uuid;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.replica_name;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function measureSwitchOverEventDetails(v: any, wide: NumberSpellings): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 80;
  let x: any;
  let m: number;
  x = v.switch_over_status;
  m = measureI32(x);
  if (m < 0) return -1;
  if (m > 2) wide.seen = true;
  n += m;
  x = v.start_time;
  if (x === null) n += 4;
  else {
    m = measureTimestamp(x);
    if (m < 0) return -1;
    n += m;
  }
  x = v.existing_nqn;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.new_path;
  if (x === null) n += 4;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  x = v.retry_count;
  m = measureU64(x);
  if (m < 0) return -1;
  if (m > 2) wide.seen = true;
  n += m;
  return n;
}

function measureNexusChildEventDetails(v: any, wide: NumberSpellings): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 8;
  let x: any;
  let m: number;
  x = v.uri;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function measureNvmePathEventDetails(v: any, wide: NumberSpellings): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 16;
  let x: any;
  let m: number;
  x = v.nqn;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.path;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function measureHostInitiatorEventDetails(v: any, wide: NumberSpellings): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 48;
  let x: any;
  let m: number;
  x = v.host_nqn;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.subsystem_nqn;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.target;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.uuid;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function measureReactorEventDetails(v: any, wide: NumberSpellings): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 19;
  let x: any;
  let m: number;
  x = v.lcore;
  m = measureU64(x);
  if (m < 0) return -1;
  if (m > 2) wide.seen = true;
  n += m;
  x = v.state;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function measureStateChangeEventDetails(v: any, wide: NumberSpellings): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 21;
  let x: any;
  let m: number;
  x = v.previous;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.next;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function measureDuration(v: any, wide: NumberSpellings): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 21;
  let x: any;
  let m: number;
  x = v.seconds;
  m = measureI64(x);
  if (m < 0) return -1;
  if (m > 2) wide.seen = true;
  n += m;
  x = v.nanos;
  m = measureI32(x);
  if (m < 0) return -1;
  if (m > 2) wide.seen = true;
  n += m;
  return n;
}

function measureEventActionDuration(v: any, wide: NumberSpellings): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 15;
  let x: any;
  let m: number;
  x = v.time_taken;
  if (x === null) n += 4;
  else {
    m = measureDuration(x, wide);
    if (m < 0) return -1;
    n += m;
  }
  return n;
}

function measureSnapshotEventDetails(v: any, wide: NumberSpellings): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 43;
  let x: any;
  let m: number;
  x = v.replica_id;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.create_time;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.volume_id;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function measureCloneEventDetails(v: any, wide: NumberSpellings): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 31;
  let x: any;
  let m: number;
  x = v.source_uuid;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.create_time;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function measureErrorDetails(v: any, wide: NumberSpellings): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 10;
  let x: any;
  let m: number;
  x = v.error;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function measureSubsystemPauseDetails(v: any, wide: NumberSpellings): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 22;
  let x: any;
  let m: number;
  x = v.nexus_pause_state;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function measureEventDetails(v: any, wide: NumberSpellings): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 283;
  let x: any;
  let m: number;
  x = v.rebuild_details;
  if (x === null) n += 4;
  else {
    m = measureRebuildEventDetails(x, wide);
    if (m < 0) return -1;
    n += m;
  }
  x = v.replica_details;
  if (x === null) n += 4;
  else {
    m = measureReplicaEventDetails(x, wide);
    if (m < 0) return -1;
    n += m;
  }
  x = v.switch_over_details;
  if (x === null) n += 4;
  else {
    m = measureSwitchOverEventDetails(x, wide);
    if (m < 0) return -1;
    n += m;
  }
  x = v.nexus_child_details;
  if (x === null) n += 4;
  else {
    m = measureNexusChildEventDetails(x, wide);
    if (m < 0) return -1;
    n += m;
  }
  x = v.nvme_path_details;
  if (x === null) n += 4;
  else {
    m = measureNvmePathEventDetails(x, wide);
    if (m < 0) return -1;
    n += m;
  }
  x = v.host_initiator_details;
  if (x === null) n += 4;
  else {
    m = measureHostInitiatorEventDetails(x, wide);
    if (m < 0) return -1;
    n += m;
  }
  x = v.reactor_details;
  if (x === null) n += 4;
  else {
    m = measureReactorEventDetails(x, wide);
    if (m < 0) return -1;
    n += m;
  }
  x = v.state_change_details;
  if (x === null) n += 4;
  else {
    m = measureStateChangeEventDetails(x, wide);
    if (m < 0) return -1;
    n += m;
  }
  x = v.action_duration_details;
  if (x === null) n += 4;
  else {
    m = measureEventActionDuration(x, wide);
    if (m < 0) return -1;
    n += m;
  }
  x = v.snapshot_details;
  if (x === null) n += 4;
  else {
    m = measureSnapshotEventDetails(x, wide);
    if (m < 0) return -1;
    n += m;
  }
  x = v.clone_details;
  if (x === null) n += 4;
  else {
    m = measureCloneEventDetails(x, wide);
    if (m < 0) return -1;
    n += m;
  }
  x = v.error_details;
  if (x === null) n += 4;
  else {
    m = measureErrorDetails(x, wide);
    if (m < 0) return -1;
    n += m;
  }
  x = v.subsystem_pause_details;
  if (x === null) n += 4;
  else {
    m = measureSubsystemPauseDetails(x, wide);
    if (m < 0) return -1;
    n += m;
  }
  return n;
}

function measureEventSource(v: any, wide: NumberSpellings): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 39;
  let x: any;
  let m: number;
  x = v.component;
  m = measureI32(x);
  if (m < 0) return -1;
  if (m > 2) wide.seen = true;
  n += m;
  x = v.node;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.event_details;
  if (x === null) n += 4;
  else {
    m = measureEventDetails(x, wide);
    if (m < 0) return -1;
    n += m;
  }
  return n;
}

function measureEventMeta(v: any, wide: NumberSpellings): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 41;
  let x: any;
  let m: number;
  x = v.id;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.source;
  if (x === null) n += 4;
  else {
    m = measureEventSource(x, wide);
    if (m < 0) return -1;
    n += m;
  }
  x = v.timestamp;
  if (x === null) n += 4;
  else {
    m = measureTimestamp(x);
    if (m < 0) return -1;
    n += m;
  }
  x = v.version;
  m = measureI32(x);
  if (m < 0) return -1;
  if (m > 2) wide.seen = true;
  n += m;
  return n;
}

function measureEventMessage(v: any, wide: NumberSpellings): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 45;
  let x: any;
  let m: number;
  x = v.category;
  m = measureI32(x);
  if (m < 0) return -1;
  if (m > 2) wide.seen = true;
  n += m;
  x = v.action;
  m = measureI32(x);
  if (m < 0) return -1;
  if (m > 2) wide.seen = true;
  n += m;
  x = v.target;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.metadata;
  if (x === null) n += 4;
  else {
    m = measureEventMeta(x, wide);
    if (m < 0) return -1;
    n += m;
  }
  return n;
}

/**
 * Length of the canonical JSON of an EventMessage whose members are all present, or -1 when it
 * is not well-formed or holds a value only the careful path reads (bigints, lenient timestamps).
 * Sets `wide.seen` when it measured an integer an exponent could spell as short (three characters or more).
 */
export const measureEventMessageJson: (event: unknown, wide: NumberSpellings) => number = measureEventMessage;

/** The member names of every wire message, for measures that count the other members. */
export const knownMembers = {
  RebuildEventDetails: new Set(['rebuild_status', 'source_replica', 'destination_replica', 'error']) as ReadonlySet<string>,
  ReplicaEventDetails: new Set(['pool_name', 'pool_uuid', 'replica_name']) as ReadonlySet<string>,
  SwitchOverEventDetails: new Set(['switch_over_status', 'start_time', 'existing_nqn', 'new_path', 'retry_count']) as ReadonlySet<string>,
  NexusChildEventDetails: new Set(['uri']) as ReadonlySet<string>,
  NvmePathEventDetails: new Set(['nqn', 'path']) as ReadonlySet<string>,
  HostInitiatorEventDetails: new Set(['host_nqn', 'subsystem_nqn', 'target', 'uuid']) as ReadonlySet<string>,
  ReactorEventDetails: new Set(['lcore', 'state']) as ReadonlySet<string>,
  StateChangeEventDetails: new Set(['previous', 'next']) as ReadonlySet<string>,
  Duration: new Set(['seconds', 'nanos']) as ReadonlySet<string>,
  EventActionDuration: new Set(['time_taken']) as ReadonlySet<string>,
  SnapshotEventDetails: new Set(['replica_id', 'create_time', 'volume_id']) as ReadonlySet<string>,
  CloneEventDetails: new Set(['source_uuid', 'create_time']) as ReadonlySet<string>,
  ErrorDetails: new Set(['error']) as ReadonlySet<string>,
  SubsystemPauseDetails: new Set(['nexus_pause_state']) as ReadonlySet<string>,
  EventDetails: new Set(['rebuild_details', 'replica_details', 'switch_over_details', 'nexus_child_details', 'nvme_path_details', 'host_initiator_details', 'reactor_details', 'state_change_details', 'action_duration_details', 'snapshot_details', 'clone_details', 'error_details', 'subsystem_pause_details']) as ReadonlySet<string>,
  EventSource: new Set(['component', 'node', 'event_details']) as ReadonlySet<string>,
  EventMeta: new Set(['id', 'source', 'timestamp', 'version']) as ReadonlySet<string>,
  EventMessage: new Set(['category', 'action', 'target', 'metadata']) as ReadonlySet<string>,
};

function measureLaxRebuildEventDetails(v: any): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = measureUnknownMembers(v, knownMembers.RebuildEventDetails);
  if (n < 0) return -1;
  n += 69;
  let x: any;
  let m: number;
  x = v.rebuild_status;
  m = measureI32(x);
  if (m < 0) return -1;
  n += m;
  x = v.source_replica;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.destination_replica;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.error;
  if (x === null) n += 4;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  return n;
}

function measureLaxReplicaEventDetails(v: any): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = measureUnknownMembers(v, knownMembers.ReplicaEventDetails);
  if (n < 0) return -1;
  n += 43;
  let x: any;
  let m: number;
  x = v.pool_name;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.pool_uuid;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.replica_name;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function measureLaxSwitchOverEventDetails(v: any): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = measureUnknownMembers(v, knownMembers.SwitchOverEventDetails);
  if (n < 0) return -1;
  n += 80;
  let x: any;
  let m: number;
  x = v.switch_over_status;
  m = measureI32(x);
  if (m < 0) return -1;
  n += m;
  x = v.start_time;
  if (x === null) n += 4;
  else {
    m = measureTimestamp(x);
    if (m < 0) return -1;
    n += m;
  }
  x = v.existing_nqn;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.new_path;
  if (x === null) n += 4;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  x = v.retry_count;
  m = measureU64(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function measureLaxNexusChildEventDetails(v: any): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = measureUnknownMembers(v, knownMembers.NexusChildEventDetails);
  if (n < 0) return -1;
  n += 8;
  let x: any;
  let m: number;
  x = v.uri;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function measureLaxNvmePathEventDetails(v: any): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = measureUnknownMembers(v, knownMembers.NvmePathEventDetails);
  if (n < 0) return -1;
  n += 16;
  let x: any;
  let m: number;
  x = v.nqn;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.path;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function measureLaxHostInitiatorEventDetails(v: any): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = measureUnknownMembers(v, knownMembers.HostInitiatorEventDetails);
  if (n < 0) return -1;
  n += 48;
  let x: any;
  let m: number;
  x = v.host_nqn;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.subsystem_nqn;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.target;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.uuid;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function measureLaxReactorEventDetails(v: any): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = measureUnknownMembers(v, knownMembers.ReactorEventDetails);
  if (n < 0) return -1;
  n += 19;
  let x: any;
  let m: number;
  x = v.lcore;
  m = measureU64(x);
  if (m < 0) return -1;
  n += m;
  x = v.state;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function measureLaxStateChangeEventDetails(v: any): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = measureUnknownMembers(v, knownMembers.StateChangeEventDetails);
  if (n < 0) return -1;
  n += 21;
  let x: any;
  let m: number;
  x = v.previous;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.next;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function measureLaxDuration(v: any): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = measureUnknownMembers(v, knownMembers.Duration);
  if (n < 0) return -1;
  n += 21;
  let x: any;
  let m: number;
  x = v.seconds;
  m = measureI64(x);
  if (m < 0) return -1;
  n += m;
  x = v.nanos;
  m = measureI32(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function measureLaxEventActionDuration(v: any): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = measureUnknownMembers(v, knownMembers.EventActionDuration);
  if (n < 0) return -1;
  n += 15;
  let x: any;
  let m: number;
  x = v.time_taken;
  if (x === null) n += 4;
  else {
    m = measureLaxDuration(x);
    if (m < 0) return -1;
    n += m;
  }
  return n;
}

function measureLaxSnapshotEventDetails(v: any): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = measureUnknownMembers(v, knownMembers.SnapshotEventDetails);
  if (n < 0) return -1;
  n += 43;
  let x: any;
  let m: number;
  x = v.replica_id;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.create_time;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.volume_id;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function measureLaxCloneEventDetails(v: any): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = measureUnknownMembers(v, knownMembers.CloneEventDetails);
  if (n < 0) return -1;
  n += 31;
  let x: any;
  let m: number;
  x = v.source_uuid;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.create_time;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function measureLaxErrorDetails(v: any): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = measureUnknownMembers(v, knownMembers.ErrorDetails);
  if (n < 0) return -1;
  n += 10;
  let x: any;
  let m: number;
  x = v.error;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function measureLaxSubsystemPauseDetails(v: any): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = measureUnknownMembers(v, knownMembers.SubsystemPauseDetails);
  if (n < 0) return -1;
  n += 22;
  let x: any;
  let m: number;
  x = v.nexus_pause_state;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function measureLaxEventDetails(v: any): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = measureUnknownMembers(v, knownMembers.EventDetails);
  if (n < 0) return -1;
  n += 283;
  let x: any;
  let m: number;
  x = v.rebuild_details;
  if (x === null) n += 4;
  else {
    m = measureLaxRebuildEventDetails(x);
    if (m < 0) return -1;
    n += m;
  }
  x = v.replica_details;
  if (x === null) n += 4;
  else {
    m = measureLaxReplicaEventDetails(x);
    if (m < 0) return -1;
    n += m;
  }
  x = v.switch_over_details;
  if (x === null) n += 4;
  else {
    m = measureLaxSwitchOverEventDetails(x);
    if (m < 0) return -1;
    n += m;
  }
  x = v.nexus_child_details;
  if (x === null) n += 4;
  else {
    m = measureLaxNexusChildEventDetails(x);
    if (m < 0) return -1;
    n += m;
  }
  x = v.nvme_path_details;
  if (x === null) n += 4;
  else {
    m = measureLaxNvmePathEventDetails(x);
    if (m < 0) return -1;
    n += m;
  }
  x = v.host_initiator_details;
  if (x === null) n += 4;
  else {
    m = measureLaxHostInitiatorEventDetails(x);
    if (m < 0) return -1;
    n += m;
  }
  x = v.reactor_details;
  if (x === null) n += 4;
  else {
    m = measureLaxReactorEventDetails(x);
    if (m < 0) return -1;
    n += m;
  }
  x = v.state_change_details;
  if (x === null) n += 4;
  else {
    m = measureLaxStateChangeEventDetails(x);
    if (m < 0) return -1;
    n += m;
  }
  x = v.action_duration_details;
  if (x === null) n += 4;
  else {
    m = measureLaxEventActionDuration(x);
    if (m < 0) return -1;
    n += m;
  }
  x = v.snapshot_details;
  if (x === null) n += 4;
  else {
    m = measureLaxSnapshotEventDetails(x);
    if (m < 0) return -1;
    n += m;
  }
  x = v.clone_details;
  if (x === null) n += 4;
  else {
    m = measureLaxCloneEventDetails(x);
    if (m < 0) return -1;
    n += m;
  }
  x = v.error_details;
  if (x === null) n += 4;
  else {
    m = measureLaxErrorDetails(x);
    if (m < 0) return -1;
    n += m;
  }
  x = v.subsystem_pause_details;
  if (x === null) n += 4;
  else {
    m = measureLaxSubsystemPauseDetails(x);
    if (m < 0) return -1;
    n += m;
  }
  return n;
}

function measureLaxEventSource(v: any): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = measureUnknownMembers(v, knownMembers.EventSource);
  if (n < 0) return -1;
  n += 39;
  let x: any;
  let m: number;
  x = v.component;
  m = measureI32(x);
  if (m < 0) return -1;
  n += m;
  x = v.node;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.event_details;
  if (x === null) n += 4;
  else {
    m = measureLaxEventDetails(x);
    if (m < 0) return -1;
    n += m;
  }
  return n;
}

function measureLaxEventMeta(v: any): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = measureUnknownMembers(v, knownMembers.EventMeta);
  if (n < 0) return -1;
  n += 41;
  let x: any;
  let m: number;
  x = v.id;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.source;
  if (x === null) n += 4;
  else {
    m = measureLaxEventSource(x);
    if (m < 0) return -1;
    n += m;
  }
  x = v.timestamp;
  if (x === null) n += 4;
  else {
    m = measureTimestamp(x);
    if (m < 0) return -1;
    n += m;
  }
  x = v.version;
  m = measureI32(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function measureLaxEventMessage(v: any): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = measureUnknownMembers(v, knownMembers.EventMessage);
  if (n < 0) return -1;
  n += 45;
  let x: any;
  let m: number;
  x = v.category;
  m = measureI32(x);
  if (m < 0) return -1;
  n += m;
  x = v.action;
  m = measureI32(x);
  if (m < 0) return -1;
  n += m;
  x = v.target;
  m = measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.metadata;
  if (x === null) n += 4;
  else {
    m = measureLaxEventMeta(x);
    if (m < 0) return -1;
    n += m;
  }
  return n;
}

function pickRebuildEventDetails(v: any): any {
  return {
    rebuild_status: v.rebuild_status,
    source_replica: v.source_replica,
    destination_replica: v.destination_replica,
    error: v.error,
  };
}

function pickReplicaEventDetails(v: any): any {
  return {
    pool_name: v.pool_name,
    pool_uuid: v.pool_uuid,
    replica_name: v.replica_name,
  };
}

function pickSwitchOverEventDetails(v: any): any {
  return {
    switch_over_status: v.switch_over_status,
    start_time: v.start_time,
    existing_nqn: v.existing_nqn,
    new_path: v.new_path,
    retry_count: v.retry_count,
  };
}

function pickNexusChildEventDetails(v: any): any {
  return {
    uri: v.uri,
  };
}

function pickNvmePathEventDetails(v: any): any {
  return {
    nqn: v.nqn,
    path: v.path,
  };
}

function pickHostInitiatorEventDetails(v: any): any {
  return {
    host_nqn: v.host_nqn,
    subsystem_nqn: v.subsystem_nqn,
    target: v.target,
    uuid: v.uuid,
  };
}

function pickReactorEventDetails(v: any): any {
  return {
    lcore: v.lcore,
    state: v.state,
  };
}

function pickStateChangeEventDetails(v: any): any {
  return {
    previous: v.previous,
    next: v.next,
  };
}

function pickDuration(v: any): any {
  return {
    seconds: v.seconds,
    nanos: v.nanos,
  };
}

function pickEventActionDuration(v: any): any {
  return {
    time_taken: v.time_taken === null ? null : pickDuration(v.time_taken),
  };
}

function pickSnapshotEventDetails(v: any): any {
  return {
    replica_id: v.replica_id,
    create_time: v.create_time,
    volume_id: v.volume_id,
  };
}

function pickCloneEventDetails(v: any): any {
  return {
    source_uuid: v.source_uuid,
    create_time: v.create_time,
  };
}

function pickErrorDetails(v: any): any {
  return {
    error: v.error,
  };
}

function pickSubsystemPauseDetails(v: any): any {
  return {
    nexus_pause_state: v.nexus_pause_state,
  };
}

function pickEventDetails(v: any): any {
  return {
    rebuild_details: v.rebuild_details === null ? null : pickRebuildEventDetails(v.rebuild_details),
    replica_details: v.replica_details === null ? null : pickReplicaEventDetails(v.replica_details),
    switch_over_details: v.switch_over_details === null ? null : pickSwitchOverEventDetails(v.switch_over_details),
    nexus_child_details: v.nexus_child_details === null ? null : pickNexusChildEventDetails(v.nexus_child_details),
    nvme_path_details: v.nvme_path_details === null ? null : pickNvmePathEventDetails(v.nvme_path_details),
    host_initiator_details: v.host_initiator_details === null ? null : pickHostInitiatorEventDetails(v.host_initiator_details),
    reactor_details: v.reactor_details === null ? null : pickReactorEventDetails(v.reactor_details),
    state_change_details: v.state_change_details === null ? null : pickStateChangeEventDetails(v.state_change_details),
    action_duration_details: v.action_duration_details === null ? null : pickEventActionDuration(v.action_duration_details),
    snapshot_details: v.snapshot_details === null ? null : pickSnapshotEventDetails(v.snapshot_details),
    clone_details: v.clone_details === null ? null : pickCloneEventDetails(v.clone_details),
    error_details: v.error_details === null ? null : pickErrorDetails(v.error_details),
    subsystem_pause_details: v.subsystem_pause_details === null ? null : pickSubsystemPauseDetails(v.subsystem_pause_details),
  };
}

function pickEventSource(v: any): any {
  return {
    component: v.component,
    node: v.node,
    event_details: v.event_details === null ? null : pickEventDetails(v.event_details),
  };
}

function pickEventMeta(v: any): any {
  return {
    id: v.id,
    source: v.source === null ? null : pickEventSource(v.source),
    timestamp: v.timestamp,
    version: v.version,
  };
}

function pickEventMessage(v: any): any {
  return {
    category: v.category,
    action: v.action,
    target: v.target,
    metadata: v.metadata === null ? null : pickEventMeta(v.metadata),
  };
}

/**
 * Like measureEventMessageJson, plus the length of every unknown member as JSON.stringify writes
 * it (at any level), or -1.
 */
export const measureLaxEventMessageJson: (event: unknown) => number = measureLaxEventMessage;

/** A copy of a measured EventMessage without its unknown members. */
export const pickKnownMembers: (event: unknown) => unknown = pickEventMessage;
