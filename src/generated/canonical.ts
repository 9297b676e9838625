// Generated from schemas/catalog.yaml by scripts/generate.ts (the decode fast path: canonical length and catalogued form, in one walk). Do not edit: run `npm run generate`.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { measureI32, measureI64, measureString, measureTimestamp, measureU64, measureUnknownMembers } from '../codec/write-primitives.js';
import type { EventKey } from './registry.js';

/** Set when a measured integer has three characters or more (an exponent could spell it as short). */
export interface WideIntegers {
  seen: boolean;
}

/**
 * Length of the canonical JSON of a parsed value that is this event in its catalogued form, or -1.
 * `plain`: the text it was parsed from holds no backslash and is well-formed (no string needs an escape).
 * `lax`: also count the members this SDK does not know, each as JSON.stringify writes it (the
 * shortest spelling but for exponents, which the caller scans for).
 */
export type CanonicalMeasure = (value: any, plain: boolean, lax: boolean, wide: WideIntegers) => number;

const KNOWN_EventMessage: ReadonlySet<string> = new Set(['category', 'action', 'target', 'metadata']);

const KNOWN_EventMeta: ReadonlySet<string> = new Set(['id', 'source', 'timestamp', 'version']);

const KNOWN_EventSource: ReadonlySet<string> = new Set(['component', 'node', 'event_details']);

const KNOWN_EventDetails: ReadonlySet<string> = new Set(['rebuild_details', 'replica_details', 'switch_over_details', 'nexus_child_details', 'nvme_path_details', 'host_initiator_details', 'reactor_details', 'state_change_details', 'action_duration_details', 'snapshot_details', 'clone_details', 'error_details', 'subsystem_pause_details']);

const KNOWN_RebuildEventDetails: ReadonlySet<string> = new Set(['rebuild_status', 'source_replica', 'destination_replica', 'error']);

const KNOWN_ReplicaEventDetails: ReadonlySet<string> = new Set(['pool_name', 'pool_uuid', 'replica_name']);

const KNOWN_SwitchOverEventDetails: ReadonlySet<string> = new Set(['switch_over_status', 'start_time', 'existing_nqn', 'new_path', 'retry_count']);

const KNOWN_NexusChildEventDetails: ReadonlySet<string> = new Set(['uri']);

const KNOWN_NvmePathEventDetails: ReadonlySet<string> = new Set(['nqn', 'path']);

const KNOWN_HostInitiatorEventDetails: ReadonlySet<string> = new Set(['host_nqn', 'subsystem_nqn', 'target', 'uuid']);

const KNOWN_ReactorEventDetails: ReadonlySet<string> = new Set(['lcore', 'state']);

const KNOWN_StateChangeEventDetails: ReadonlySet<string> = new Set(['previous', 'next']);

const KNOWN_Duration: ReadonlySet<string> = new Set(['seconds', 'nanos']);

const KNOWN_EventActionDuration: ReadonlySet<string> = new Set(['time_taken']);

const KNOWN_SnapshotEventDetails: ReadonlySet<string> = new Set(['replica_id', 'create_time', 'volume_id']);

const KNOWN_CloneEventDetails: ReadonlySet<string> = new Set(['source_uuid', 'create_time']);

const KNOWN_ErrorDetails: ReadonlySet<string> = new Set(['error']);

const KNOWN_SubsystemPauseDetails: ReadonlySet<string> = new Set(['nexus_pause_state']);

function canonicalRebuildEventDetails(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 69;
  let x: any;
  let m: number;
  x = v.rebuild_status;
  switch (x) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
      n += 1;
      break;
    default:
      return -1;
  }
  x = v.source_replica;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  x = v.destination_replica;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  x = v.error;
  if (x === null) n += 4;
  else {
    if (typeof x !== 'string') return -1;
    if (plain) n += x.length + 2;
    else {
      m = measureString(x);
      if (m < 0) return -1;
      n += m;
    }
  }
  if (lax && Object.keys(v).length !== 4) {
    m = measureUnknownMembers(v, KNOWN_RebuildEventDetails);
    if (m < 0) return -1;
    n += m;
  }
  return n;
}

function canonicalReplicaEventDetails(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 43;
  let x: any;
  let m: number;
  x = v.pool_name;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  x = v.pool_uuid;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  x = v.replica_name;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 3) {
    m = measureUnknownMembers(v, KNOWN_ReplicaEventDetails);
    if (m < 0) return -1;
    n += m;
  }
  return n;
}

function canonicalSwitchOverEventDetails(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 80;
  let x: any;
  let m: number;
  x = v.switch_over_status;
  switch (x) {
    case 0:
    case 1:
    case 2:
    case 3:
      n += 1;
      break;
    default:
      return -1;
  }
  x = v.start_time;
  if (x === null) n += 4;
  else {
    m = measureTimestamp(x);
    if (m < 0) return -1;
    n += m;
  }
  x = v.existing_nqn;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  x = v.new_path;
  if (x === null) n += 4;
  else {
    if (typeof x !== 'string') return -1;
    if (plain) n += x.length + 2;
    else {
      m = measureString(x);
      if (m < 0) return -1;
      n += m;
    }
  }
  x = v.retry_count;
  m = measureU64(x);
  if (m < 0) return -1;
  if (m > 2) wide.seen = true;
  n += m;
  if (lax && Object.keys(v).length !== 5) {
    m = measureUnknownMembers(v, KNOWN_SwitchOverEventDetails);
    if (m < 0) return -1;
    n += m;
  }
  return n;
}

function canonicalNexusChildEventDetails(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 8;
  let x: any;
  let m: number;
  x = v.uri;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 1) {
    m = measureUnknownMembers(v, KNOWN_NexusChildEventDetails);
    if (m < 0) return -1;
    n += m;
  }
  return n;
}

function canonicalNvmePathEventDetails(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 16;
  let x: any;
  let m: number;
  x = v.nqn;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  x = v.path;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 2) {
    m = measureUnknownMembers(v, KNOWN_NvmePathEventDetails);
    if (m < 0) return -1;
    n += m;
  }
  return n;
}

function canonicalHostInitiatorEventDetails(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 48;
  let x: any;
  let m: number;
  x = v.host_nqn;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  x = v.subsystem_nqn;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  x = v.target;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  x = v.uuid;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 4) {
    m = measureUnknownMembers(v, KNOWN_HostInitiatorEventDetails);
    if (m < 0) return -1;
    n += m;
  }
  return n;
}

function canonicalReactorEventDetails(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
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
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 2) {
    m = measureUnknownMembers(v, KNOWN_ReactorEventDetails);
    if (m < 0) return -1;
    n += m;
  }
  return n;
}

function canonicalStateChangeEventDetails(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 21;
  let x: any;
  let m: number;
  x = v.previous;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  x = v.next;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 2) {
    m = measureUnknownMembers(v, KNOWN_StateChangeEventDetails);
    if (m < 0) return -1;
    n += m;
  }
  return n;
}

function canonicalDuration(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
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
  if (lax && Object.keys(v).length !== 2) {
    m = measureUnknownMembers(v, KNOWN_Duration);
    if (m < 0) return -1;
    n += m;
  }
  return n;
}

function canonicalEventActionDuration(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 15;
  let x: any;
  let m: number;
  x = v.time_taken;
  if (x === null) n += 4;
  else {
    m = canonicalDuration(x, plain, lax, wide);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 1) {
    m = measureUnknownMembers(v, KNOWN_EventActionDuration);
    if (m < 0) return -1;
    n += m;
  }
  return n;
}

function canonicalSnapshotEventDetails(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 43;
  let x: any;
  let m: number;
  x = v.replica_id;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  x = v.create_time;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  x = v.volume_id;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 3) {
    m = measureUnknownMembers(v, KNOWN_SnapshotEventDetails);
    if (m < 0) return -1;
    n += m;
  }
  return n;
}

function canonicalCloneEventDetails(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 31;
  let x: any;
  let m: number;
  x = v.source_uuid;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  x = v.create_time;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 2) {
    m = measureUnknownMembers(v, KNOWN_CloneEventDetails);
    if (m < 0) return -1;
    n += m;
  }
  return n;
}

function canonicalErrorDetails(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 10;
  let x: any;
  let m: number;
  x = v.error;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 1) {
    m = measureUnknownMembers(v, KNOWN_ErrorDetails);
    if (m < 0) return -1;
    n += m;
  }
  return n;
}

function canonicalSubsystemPauseDetails(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 22;
  let x: any;
  let m: number;
  x = v.nexus_pause_state;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 1) {
    m = measureUnknownMembers(v, KNOWN_SubsystemPauseDetails);
    if (m < 0) return -1;
    n += m;
  }
  return n;
}

function canonicalVolumeCreate(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null || v.category !== 2 || v.action !== 1) return -1;
  let n = 128;
  let x: any;
  let m: number;
  x = v.target;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 4) {
    m = measureUnknownMembers(v, KNOWN_EventMessage);
    if (m < 0) return -1;
    n += m;
  }
  const meta = v.metadata;
  if (typeof meta !== 'object' || meta === null || meta.version !== 1) return -1;
  x = meta.id;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(meta).length !== 4) {
    m = measureUnknownMembers(meta, KNOWN_EventMeta);
    if (m < 0) return -1;
    n += m;
  }
  const source = meta.source;
  if (typeof source !== 'object' || source === null) return -1;
  x = source.component;
  switch (x) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
      n += 1;
      break;
    default:
      return -1;
  }
  x = source.node;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(source).length !== 3) {
    m = measureUnknownMembers(source, KNOWN_EventSource);
    if (m < 0) return -1;
    n += m;
  }
  const details = source.event_details;
  if (details === null) n += 4;
  else if (typeof details !== 'object') return -1;
  else {
    n += 283;
    if (lax && Object.keys(details).length !== 13) {
      m = measureUnknownMembers(details, KNOWN_EventDetails);
      if (m < 0) return -1;
      n += m;
    }
    if (details.rebuild_details !== null) return -1;
    n += 4;
    if (details.replica_details !== null) return -1;
    n += 4;
    if (details.switch_over_details !== null) return -1;
    n += 4;
    if (details.nexus_child_details !== null) return -1;
    n += 4;
    if (details.nvme_path_details !== null) return -1;
    n += 4;
    if (details.host_initiator_details !== null) return -1;
    n += 4;
    if (details.reactor_details !== null) return -1;
    n += 4;
    if (details.state_change_details !== null) return -1;
    n += 4;
    if (details.action_duration_details !== null) return -1;
    n += 4;
    if (details.snapshot_details !== null) return -1;
    n += 4;
    if (details.clone_details !== null) return -1;
    n += 4;
    if (details.error_details !== null) return -1;
    n += 4;
    if (details.subsystem_pause_details !== null) return -1;
    n += 4;
  }
  x = meta.timestamp;
  m = measureTimestamp(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalVolumeDelete(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null || v.category !== 2 || v.action !== 2) return -1;
  let n = 128;
  let x: any;
  let m: number;
  x = v.target;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 4) {
    m = measureUnknownMembers(v, KNOWN_EventMessage);
    if (m < 0) return -1;
    n += m;
  }
  const meta = v.metadata;
  if (typeof meta !== 'object' || meta === null || meta.version !== 1) return -1;
  x = meta.id;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(meta).length !== 4) {
    m = measureUnknownMembers(meta, KNOWN_EventMeta);
    if (m < 0) return -1;
    n += m;
  }
  const source = meta.source;
  if (typeof source !== 'object' || source === null) return -1;
  x = source.component;
  switch (x) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
      n += 1;
      break;
    default:
      return -1;
  }
  x = source.node;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(source).length !== 3) {
    m = measureUnknownMembers(source, KNOWN_EventSource);
    if (m < 0) return -1;
    n += m;
  }
  const details = source.event_details;
  if (details === null) n += 4;
  else if (typeof details !== 'object') return -1;
  else {
    n += 283;
    if (lax && Object.keys(details).length !== 13) {
      m = measureUnknownMembers(details, KNOWN_EventDetails);
      if (m < 0) return -1;
      n += m;
    }
    if (details.rebuild_details !== null) return -1;
    n += 4;
    if (details.replica_details !== null) return -1;
    n += 4;
    if (details.switch_over_details !== null) return -1;
    n += 4;
    if (details.nexus_child_details !== null) return -1;
    n += 4;
    if (details.nvme_path_details !== null) return -1;
    n += 4;
    if (details.host_initiator_details !== null) return -1;
    n += 4;
    if (details.reactor_details !== null) return -1;
    n += 4;
    if (details.state_change_details !== null) return -1;
    n += 4;
    if (details.action_duration_details !== null) return -1;
    n += 4;
    if (details.snapshot_details !== null) return -1;
    n += 4;
    if (details.clone_details !== null) return -1;
    n += 4;
    if (details.error_details !== null) return -1;
    n += 4;
    if (details.subsystem_pause_details !== null) return -1;
    n += 4;
  }
  x = meta.timestamp;
  m = measureTimestamp(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalReplicaCreate(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null || v.category !== 4 || v.action !== 1) return -1;
  let n = 128;
  let x: any;
  let m: number;
  x = v.target;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 4) {
    m = measureUnknownMembers(v, KNOWN_EventMessage);
    if (m < 0) return -1;
    n += m;
  }
  const meta = v.metadata;
  if (typeof meta !== 'object' || meta === null || meta.version !== 1) return -1;
  x = meta.id;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(meta).length !== 4) {
    m = measureUnknownMembers(meta, KNOWN_EventMeta);
    if (m < 0) return -1;
    n += m;
  }
  const source = meta.source;
  if (typeof source !== 'object' || source === null) return -1;
  x = source.component;
  switch (x) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
      n += 1;
      break;
    default:
      return -1;
  }
  x = source.node;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(source).length !== 3) {
    m = measureUnknownMembers(source, KNOWN_EventSource);
    if (m < 0) return -1;
    n += m;
  }
  const details = source.event_details;
  if (typeof details !== 'object' || details === null) return -1;
  n += 283;
  if (lax && Object.keys(details).length !== 13) {
    m = measureUnknownMembers(details, KNOWN_EventDetails);
    if (m < 0) return -1;
    n += m;
  }
  if (details.rebuild_details !== null) return -1;
  n += 4;
  x = details.replica_details;
  m = canonicalReplicaEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  if (details.switch_over_details !== null) return -1;
  n += 4;
  if (details.nexus_child_details !== null) return -1;
  n += 4;
  if (details.nvme_path_details !== null) return -1;
  n += 4;
  if (details.host_initiator_details !== null) return -1;
  n += 4;
  if (details.reactor_details !== null) return -1;
  n += 4;
  if (details.state_change_details !== null) return -1;
  n += 4;
  if (details.action_duration_details !== null) return -1;
  n += 4;
  if (details.snapshot_details !== null) return -1;
  n += 4;
  if (details.clone_details !== null) return -1;
  n += 4;
  if (details.error_details !== null) return -1;
  n += 4;
  if (details.subsystem_pause_details !== null) return -1;
  n += 4;
  x = meta.timestamp;
  m = measureTimestamp(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalReplicaDelete(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null || v.category !== 4 || v.action !== 2) return -1;
  let n = 128;
  let x: any;
  let m: number;
  x = v.target;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 4) {
    m = measureUnknownMembers(v, KNOWN_EventMessage);
    if (m < 0) return -1;
    n += m;
  }
  const meta = v.metadata;
  if (typeof meta !== 'object' || meta === null || meta.version !== 1) return -1;
  x = meta.id;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(meta).length !== 4) {
    m = measureUnknownMembers(meta, KNOWN_EventMeta);
    if (m < 0) return -1;
    n += m;
  }
  const source = meta.source;
  if (typeof source !== 'object' || source === null) return -1;
  x = source.component;
  switch (x) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
      n += 1;
      break;
    default:
      return -1;
  }
  x = source.node;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(source).length !== 3) {
    m = measureUnknownMembers(source, KNOWN_EventSource);
    if (m < 0) return -1;
    n += m;
  }
  const details = source.event_details;
  if (typeof details !== 'object' || details === null) return -1;
  n += 283;
  if (lax && Object.keys(details).length !== 13) {
    m = measureUnknownMembers(details, KNOWN_EventDetails);
    if (m < 0) return -1;
    n += m;
  }
  if (details.rebuild_details !== null) return -1;
  n += 4;
  x = details.replica_details;
  m = canonicalReplicaEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  if (details.switch_over_details !== null) return -1;
  n += 4;
  if (details.nexus_child_details !== null) return -1;
  n += 4;
  if (details.nvme_path_details !== null) return -1;
  n += 4;
  if (details.host_initiator_details !== null) return -1;
  n += 4;
  if (details.reactor_details !== null) return -1;
  n += 4;
  if (details.state_change_details !== null) return -1;
  n += 4;
  if (details.action_duration_details !== null) return -1;
  n += 4;
  if (details.snapshot_details !== null) return -1;
  n += 4;
  if (details.clone_details !== null) return -1;
  n += 4;
  if (details.error_details !== null) return -1;
  n += 4;
  if (details.subsystem_pause_details !== null) return -1;
  n += 4;
  x = meta.timestamp;
  m = measureTimestamp(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalReplicaStateChange(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null || v.category !== 4 || v.action !== 3) return -1;
  let n = 128;
  let x: any;
  let m: number;
  x = v.target;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 4) {
    m = measureUnknownMembers(v, KNOWN_EventMessage);
    if (m < 0) return -1;
    n += m;
  }
  const meta = v.metadata;
  if (typeof meta !== 'object' || meta === null || meta.version !== 1) return -1;
  x = meta.id;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(meta).length !== 4) {
    m = measureUnknownMembers(meta, KNOWN_EventMeta);
    if (m < 0) return -1;
    n += m;
  }
  const source = meta.source;
  if (typeof source !== 'object' || source === null) return -1;
  x = source.component;
  switch (x) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
      n += 1;
      break;
    default:
      return -1;
  }
  x = source.node;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(source).length !== 3) {
    m = measureUnknownMembers(source, KNOWN_EventSource);
    if (m < 0) return -1;
    n += m;
  }
  const details = source.event_details;
  if (typeof details !== 'object' || details === null) return -1;
  n += 283;
  if (lax && Object.keys(details).length !== 13) {
    m = measureUnknownMembers(details, KNOWN_EventDetails);
    if (m < 0) return -1;
    n += m;
  }
  if (details.rebuild_details !== null) return -1;
  n += 4;
  if (details.replica_details !== null) return -1;
  n += 4;
  if (details.switch_over_details !== null) return -1;
  n += 4;
  if (details.nexus_child_details !== null) return -1;
  n += 4;
  if (details.nvme_path_details !== null) return -1;
  n += 4;
  if (details.host_initiator_details !== null) return -1;
  n += 4;
  if (details.reactor_details !== null) return -1;
  n += 4;
  x = details.state_change_details;
  m = canonicalStateChangeEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  if (details.action_duration_details !== null) return -1;
  n += 4;
  if (details.snapshot_details !== null) return -1;
  n += 4;
  if (details.clone_details !== null) return -1;
  n += 4;
  if (details.error_details !== null) return -1;
  n += 4;
  if (details.subsystem_pause_details !== null) return -1;
  n += 4;
  x = meta.timestamp;
  m = measureTimestamp(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalPoolCreate(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null || v.category !== 1 || v.action !== 1) return -1;
  let n = 128;
  let x: any;
  let m: number;
  x = v.target;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 4) {
    m = measureUnknownMembers(v, KNOWN_EventMessage);
    if (m < 0) return -1;
    n += m;
  }
  const meta = v.metadata;
  if (typeof meta !== 'object' || meta === null || meta.version !== 1) return -1;
  x = meta.id;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(meta).length !== 4) {
    m = measureUnknownMembers(meta, KNOWN_EventMeta);
    if (m < 0) return -1;
    n += m;
  }
  const source = meta.source;
  if (typeof source !== 'object' || source === null) return -1;
  x = source.component;
  switch (x) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
      n += 1;
      break;
    default:
      return -1;
  }
  x = source.node;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(source).length !== 3) {
    m = measureUnknownMembers(source, KNOWN_EventSource);
    if (m < 0) return -1;
    n += m;
  }
  const details = source.event_details;
  if (details === null) n += 4;
  else if (typeof details !== 'object') return -1;
  else {
    n += 283;
    if (lax && Object.keys(details).length !== 13) {
      m = measureUnknownMembers(details, KNOWN_EventDetails);
      if (m < 0) return -1;
      n += m;
    }
    if (details.rebuild_details !== null) return -1;
    n += 4;
    if (details.replica_details !== null) return -1;
    n += 4;
    if (details.switch_over_details !== null) return -1;
    n += 4;
    if (details.nexus_child_details !== null) return -1;
    n += 4;
    if (details.nvme_path_details !== null) return -1;
    n += 4;
    if (details.host_initiator_details !== null) return -1;
    n += 4;
    if (details.reactor_details !== null) return -1;
    n += 4;
    if (details.state_change_details !== null) return -1;
    n += 4;
    if (details.action_duration_details !== null) return -1;
    n += 4;
    if (details.snapshot_details !== null) return -1;
    n += 4;
    if (details.clone_details !== null) return -1;
    n += 4;
    if (details.error_details !== null) return -1;
    n += 4;
    if (details.subsystem_pause_details !== null) return -1;
    n += 4;
  }
  x = meta.timestamp;
  m = measureTimestamp(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalPoolDelete(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null || v.category !== 1 || v.action !== 2) return -1;
  let n = 128;
  let x: any;
  let m: number;
  x = v.target;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 4) {
    m = measureUnknownMembers(v, KNOWN_EventMessage);
    if (m < 0) return -1;
    n += m;
  }
  const meta = v.metadata;
  if (typeof meta !== 'object' || meta === null || meta.version !== 1) return -1;
  x = meta.id;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(meta).length !== 4) {
    m = measureUnknownMembers(meta, KNOWN_EventMeta);
    if (m < 0) return -1;
    n += m;
  }
  const source = meta.source;
  if (typeof source !== 'object' || source === null) return -1;
  x = source.component;
  switch (x) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
      n += 1;
      break;
    default:
      return -1;
  }
  x = source.node;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(source).length !== 3) {
    m = measureUnknownMembers(source, KNOWN_EventSource);
    if (m < 0) return -1;
    n += m;
  }
  const details = source.event_details;
  if (details === null) n += 4;
  else if (typeof details !== 'object') return -1;
  else {
    n += 283;
    if (lax && Object.keys(details).length !== 13) {
      m = measureUnknownMembers(details, KNOWN_EventDetails);
      if (m < 0) return -1;
      n += m;
    }
    if (details.rebuild_details !== null) return -1;
    n += 4;
    if (details.replica_details !== null) return -1;
    n += 4;
    if (details.switch_over_details !== null) return -1;
    n += 4;
    if (details.nexus_child_details !== null) return -1;
    n += 4;
    if (details.nvme_path_details !== null) return -1;
    n += 4;
    if (details.host_initiator_details !== null) return -1;
    n += 4;
    if (details.reactor_details !== null) return -1;
    n += 4;
    if (details.state_change_details !== null) return -1;
    n += 4;
    if (details.action_duration_details !== null) return -1;
    n += 4;
    if (details.snapshot_details !== null) return -1;
    n += 4;
    if (details.clone_details !== null) return -1;
    n += 4;
    if (details.error_details !== null) return -1;
    n += 4;
    if (details.subsystem_pause_details !== null) return -1;
    n += 4;
  }
  x = meta.timestamp;
  m = measureTimestamp(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalNexusCreate(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null || v.category !== 3 || v.action !== 1) return -1;
  let n = 128;
  let x: any;
  let m: number;
  x = v.target;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 4) {
    m = measureUnknownMembers(v, KNOWN_EventMessage);
    if (m < 0) return -1;
    n += m;
  }
  const meta = v.metadata;
  if (typeof meta !== 'object' || meta === null || meta.version !== 1) return -1;
  x = meta.id;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(meta).length !== 4) {
    m = measureUnknownMembers(meta, KNOWN_EventMeta);
    if (m < 0) return -1;
    n += m;
  }
  const source = meta.source;
  if (typeof source !== 'object' || source === null) return -1;
  x = source.component;
  switch (x) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
      n += 1;
      break;
    default:
      return -1;
  }
  x = source.node;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(source).length !== 3) {
    m = measureUnknownMembers(source, KNOWN_EventSource);
    if (m < 0) return -1;
    n += m;
  }
  const details = source.event_details;
  if (details === null) n += 4;
  else if (typeof details !== 'object') return -1;
  else {
    n += 283;
    if (lax && Object.keys(details).length !== 13) {
      m = measureUnknownMembers(details, KNOWN_EventDetails);
      if (m < 0) return -1;
      n += m;
    }
    if (details.rebuild_details !== null) return -1;
    n += 4;
    if (details.replica_details !== null) return -1;
    n += 4;
    if (details.switch_over_details !== null) return -1;
    n += 4;
    if (details.nexus_child_details !== null) return -1;
    n += 4;
    if (details.nvme_path_details !== null) return -1;
    n += 4;
    if (details.host_initiator_details !== null) return -1;
    n += 4;
    if (details.reactor_details !== null) return -1;
    n += 4;
    if (details.state_change_details !== null) return -1;
    n += 4;
    if (details.action_duration_details !== null) return -1;
    n += 4;
    if (details.snapshot_details !== null) return -1;
    n += 4;
    if (details.clone_details !== null) return -1;
    n += 4;
    if (details.error_details !== null) return -1;
    n += 4;
    if (details.subsystem_pause_details !== null) return -1;
    n += 4;
  }
  x = meta.timestamp;
  m = measureTimestamp(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalNexusDelete(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null || v.category !== 3 || v.action !== 2) return -1;
  let n = 128;
  let x: any;
  let m: number;
  x = v.target;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 4) {
    m = measureUnknownMembers(v, KNOWN_EventMessage);
    if (m < 0) return -1;
    n += m;
  }
  const meta = v.metadata;
  if (typeof meta !== 'object' || meta === null || meta.version !== 1) return -1;
  x = meta.id;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(meta).length !== 4) {
    m = measureUnknownMembers(meta, KNOWN_EventMeta);
    if (m < 0) return -1;
    n += m;
  }
  const source = meta.source;
  if (typeof source !== 'object' || source === null) return -1;
  x = source.component;
  switch (x) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
      n += 1;
      break;
    default:
      return -1;
  }
  x = source.node;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(source).length !== 3) {
    m = measureUnknownMembers(source, KNOWN_EventSource);
    if (m < 0) return -1;
    n += m;
  }
  const details = source.event_details;
  if (details === null) n += 4;
  else if (typeof details !== 'object') return -1;
  else {
    n += 283;
    if (lax && Object.keys(details).length !== 13) {
      m = measureUnknownMembers(details, KNOWN_EventDetails);
      if (m < 0) return -1;
      n += m;
    }
    if (details.rebuild_details !== null) return -1;
    n += 4;
    if (details.replica_details !== null) return -1;
    n += 4;
    if (details.switch_over_details !== null) return -1;
    n += 4;
    if (details.nexus_child_details !== null) return -1;
    n += 4;
    if (details.nvme_path_details !== null) return -1;
    n += 4;
    if (details.host_initiator_details !== null) return -1;
    n += 4;
    if (details.reactor_details !== null) return -1;
    n += 4;
    if (details.state_change_details !== null) return -1;
    n += 4;
    if (details.action_duration_details !== null) return -1;
    n += 4;
    if (details.snapshot_details !== null) return -1;
    n += 4;
    if (details.clone_details !== null) return -1;
    n += 4;
    if (details.error_details !== null) return -1;
    n += 4;
    if (details.subsystem_pause_details !== null) return -1;
    n += 4;
  }
  x = meta.timestamp;
  m = measureTimestamp(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalNexusStateChange(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null || v.category !== 3 || v.action !== 3) return -1;
  let n = 128;
  let x: any;
  let m: number;
  x = v.target;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 4) {
    m = measureUnknownMembers(v, KNOWN_EventMessage);
    if (m < 0) return -1;
    n += m;
  }
  const meta = v.metadata;
  if (typeof meta !== 'object' || meta === null || meta.version !== 1) return -1;
  x = meta.id;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(meta).length !== 4) {
    m = measureUnknownMembers(meta, KNOWN_EventMeta);
    if (m < 0) return -1;
    n += m;
  }
  const source = meta.source;
  if (typeof source !== 'object' || source === null) return -1;
  x = source.component;
  switch (x) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
      n += 1;
      break;
    default:
      return -1;
  }
  x = source.node;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(source).length !== 3) {
    m = measureUnknownMembers(source, KNOWN_EventSource);
    if (m < 0) return -1;
    n += m;
  }
  const details = source.event_details;
  if (typeof details !== 'object' || details === null) return -1;
  n += 283;
  if (lax && Object.keys(details).length !== 13) {
    m = measureUnknownMembers(details, KNOWN_EventDetails);
    if (m < 0) return -1;
    n += m;
  }
  if (details.rebuild_details !== null) return -1;
  n += 4;
  if (details.replica_details !== null) return -1;
  n += 4;
  if (details.switch_over_details !== null) return -1;
  n += 4;
  if (details.nexus_child_details !== null) return -1;
  n += 4;
  if (details.nvme_path_details !== null) return -1;
  n += 4;
  if (details.host_initiator_details !== null) return -1;
  n += 4;
  if (details.reactor_details !== null) return -1;
  n += 4;
  x = details.state_change_details;
  m = canonicalStateChangeEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  if (details.action_duration_details !== null) return -1;
  n += 4;
  if (details.snapshot_details !== null) return -1;
  n += 4;
  if (details.clone_details !== null) return -1;
  n += 4;
  if (details.error_details !== null) return -1;
  n += 4;
  if (details.subsystem_pause_details !== null) return -1;
  n += 4;
  x = meta.timestamp;
  m = measureTimestamp(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalNexusRebuildBegin(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null || v.category !== 3 || v.action !== 4) return -1;
  let n = 128;
  let x: any;
  let m: number;
  x = v.target;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 4) {
    m = measureUnknownMembers(v, KNOWN_EventMessage);
    if (m < 0) return -1;
    n += m;
  }
  const meta = v.metadata;
  if (typeof meta !== 'object' || meta === null || meta.version !== 1) return -1;
  x = meta.id;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(meta).length !== 4) {
    m = measureUnknownMembers(meta, KNOWN_EventMeta);
    if (m < 0) return -1;
    n += m;
  }
  const source = meta.source;
  if (typeof source !== 'object' || source === null) return -1;
  x = source.component;
  switch (x) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
      n += 1;
      break;
    default:
      return -1;
  }
  x = source.node;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(source).length !== 3) {
    m = measureUnknownMembers(source, KNOWN_EventSource);
    if (m < 0) return -1;
    n += m;
  }
  const details = source.event_details;
  if (typeof details !== 'object' || details === null) return -1;
  n += 283;
  if (lax && Object.keys(details).length !== 13) {
    m = measureUnknownMembers(details, KNOWN_EventDetails);
    if (m < 0) return -1;
    n += m;
  }
  x = details.rebuild_details;
  m = canonicalRebuildEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  if (details.replica_details !== null) return -1;
  n += 4;
  if (details.switch_over_details !== null) return -1;
  n += 4;
  if (details.nexus_child_details !== null) return -1;
  n += 4;
  if (details.nvme_path_details !== null) return -1;
  n += 4;
  if (details.host_initiator_details !== null) return -1;
  n += 4;
  if (details.reactor_details !== null) return -1;
  n += 4;
  if (details.state_change_details !== null) return -1;
  n += 4;
  if (details.action_duration_details !== null) return -1;
  n += 4;
  if (details.snapshot_details !== null) return -1;
  n += 4;
  if (details.clone_details !== null) return -1;
  n += 4;
  if (details.error_details !== null) return -1;
  n += 4;
  if (details.subsystem_pause_details !== null) return -1;
  n += 4;
  x = meta.timestamp;
  m = measureTimestamp(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalNexusRebuildEnd(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null || v.category !== 3 || v.action !== 5) return -1;
  let n = 128;
  let x: any;
  let m: number;
  x = v.target;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 4) {
    m = measureUnknownMembers(v, KNOWN_EventMessage);
    if (m < 0) return -1;
    n += m;
  }
  const meta = v.metadata;
  if (typeof meta !== 'object' || meta === null || meta.version !== 1) return -1;
  x = meta.id;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(meta).length !== 4) {
    m = measureUnknownMembers(meta, KNOWN_EventMeta);
    if (m < 0) return -1;
    n += m;
  }
  const source = meta.source;
  if (typeof source !== 'object' || source === null) return -1;
  x = source.component;
  switch (x) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
      n += 1;
      break;
    default:
      return -1;
  }
  x = source.node;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(source).length !== 3) {
    m = measureUnknownMembers(source, KNOWN_EventSource);
    if (m < 0) return -1;
    n += m;
  }
  const details = source.event_details;
  if (typeof details !== 'object' || details === null) return -1;
  n += 283;
  if (lax && Object.keys(details).length !== 13) {
    m = measureUnknownMembers(details, KNOWN_EventDetails);
    if (m < 0) return -1;
    n += m;
  }
  x = details.rebuild_details;
  m = canonicalRebuildEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  if (details.replica_details !== null) return -1;
  n += 4;
  if (details.switch_over_details !== null) return -1;
  n += 4;
  if (details.nexus_child_details !== null) return -1;
  n += 4;
  if (details.nvme_path_details !== null) return -1;
  n += 4;
  if (details.host_initiator_details !== null) return -1;
  n += 4;
  if (details.reactor_details !== null) return -1;
  n += 4;
  if (details.state_change_details !== null) return -1;
  n += 4;
  if (details.action_duration_details !== null) return -1;
  n += 4;
  if (details.snapshot_details !== null) return -1;
  n += 4;
  if (details.clone_details !== null) return -1;
  n += 4;
  if (details.error_details !== null) return -1;
  n += 4;
  if (details.subsystem_pause_details !== null) return -1;
  n += 4;
  x = meta.timestamp;
  m = measureTimestamp(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalNexusAddChild(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null || v.category !== 3 || v.action !== 7) return -1;
  let n = 128;
  let x: any;
  let m: number;
  x = v.target;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 4) {
    m = measureUnknownMembers(v, KNOWN_EventMessage);
    if (m < 0) return -1;
    n += m;
  }
  const meta = v.metadata;
  if (typeof meta !== 'object' || meta === null || meta.version !== 1) return -1;
  x = meta.id;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(meta).length !== 4) {
    m = measureUnknownMembers(meta, KNOWN_EventMeta);
    if (m < 0) return -1;
    n += m;
  }
  const source = meta.source;
  if (typeof source !== 'object' || source === null) return -1;
  x = source.component;
  switch (x) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
      n += 1;
      break;
    default:
      return -1;
  }
  x = source.node;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(source).length !== 3) {
    m = measureUnknownMembers(source, KNOWN_EventSource);
    if (m < 0) return -1;
    n += m;
  }
  const details = source.event_details;
  if (typeof details !== 'object' || details === null) return -1;
  n += 283;
  if (lax && Object.keys(details).length !== 13) {
    m = measureUnknownMembers(details, KNOWN_EventDetails);
    if (m < 0) return -1;
    n += m;
  }
  if (details.rebuild_details !== null) return -1;
  n += 4;
  if (details.replica_details !== null) return -1;
  n += 4;
  if (details.switch_over_details !== null) return -1;
  n += 4;
  x = details.nexus_child_details;
  m = canonicalNexusChildEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  if (details.nvme_path_details !== null) return -1;
  n += 4;
  if (details.host_initiator_details !== null) return -1;
  n += 4;
  if (details.reactor_details !== null) return -1;
  n += 4;
  if (details.state_change_details !== null) return -1;
  n += 4;
  if (details.action_duration_details !== null) return -1;
  n += 4;
  if (details.snapshot_details !== null) return -1;
  n += 4;
  if (details.clone_details !== null) return -1;
  n += 4;
  if (details.error_details !== null) return -1;
  n += 4;
  if (details.subsystem_pause_details !== null) return -1;
  n += 4;
  x = meta.timestamp;
  m = measureTimestamp(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalNexusRemoveChild(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null || v.category !== 3 || v.action !== 8) return -1;
  let n = 128;
  let x: any;
  let m: number;
  x = v.target;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 4) {
    m = measureUnknownMembers(v, KNOWN_EventMessage);
    if (m < 0) return -1;
    n += m;
  }
  const meta = v.metadata;
  if (typeof meta !== 'object' || meta === null || meta.version !== 1) return -1;
  x = meta.id;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(meta).length !== 4) {
    m = measureUnknownMembers(meta, KNOWN_EventMeta);
    if (m < 0) return -1;
    n += m;
  }
  const source = meta.source;
  if (typeof source !== 'object' || source === null) return -1;
  x = source.component;
  switch (x) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
      n += 1;
      break;
    default:
      return -1;
  }
  x = source.node;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(source).length !== 3) {
    m = measureUnknownMembers(source, KNOWN_EventSource);
    if (m < 0) return -1;
    n += m;
  }
  const details = source.event_details;
  if (typeof details !== 'object' || details === null) return -1;
  n += 283;
  if (lax && Object.keys(details).length !== 13) {
    m = measureUnknownMembers(details, KNOWN_EventDetails);
    if (m < 0) return -1;
    n += m;
  }
  if (details.rebuild_details !== null) return -1;
  n += 4;
  if (details.replica_details !== null) return -1;
  n += 4;
  if (details.switch_over_details !== null) return -1;
  n += 4;
  x = details.nexus_child_details;
  m = canonicalNexusChildEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  if (details.nvme_path_details !== null) return -1;
  n += 4;
  if (details.host_initiator_details !== null) return -1;
  n += 4;
  if (details.reactor_details !== null) return -1;
  n += 4;
  if (details.state_change_details !== null) return -1;
  n += 4;
  if (details.action_duration_details !== null) return -1;
  n += 4;
  if (details.snapshot_details !== null) return -1;
  n += 4;
  if (details.clone_details !== null) return -1;
  n += 4;
  if (details.error_details !== null) return -1;
  n += 4;
  if (details.subsystem_pause_details !== null) return -1;
  n += 4;
  x = meta.timestamp;
  m = measureTimestamp(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalNexusOnlineChild(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null || v.category !== 3 || v.action !== 12) return -1;
  let n = 129;
  let x: any;
  let m: number;
  x = v.target;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 4) {
    m = measureUnknownMembers(v, KNOWN_EventMessage);
    if (m < 0) return -1;
    n += m;
  }
  const meta = v.metadata;
  if (typeof meta !== 'object' || meta === null || meta.version !== 1) return -1;
  x = meta.id;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(meta).length !== 4) {
    m = measureUnknownMembers(meta, KNOWN_EventMeta);
    if (m < 0) return -1;
    n += m;
  }
  const source = meta.source;
  if (typeof source !== 'object' || source === null) return -1;
  x = source.component;
  switch (x) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
      n += 1;
      break;
    default:
      return -1;
  }
  x = source.node;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(source).length !== 3) {
    m = measureUnknownMembers(source, KNOWN_EventSource);
    if (m < 0) return -1;
    n += m;
  }
  const details = source.event_details;
  if (typeof details !== 'object' || details === null) return -1;
  n += 283;
  if (lax && Object.keys(details).length !== 13) {
    m = measureUnknownMembers(details, KNOWN_EventDetails);
    if (m < 0) return -1;
    n += m;
  }
  if (details.rebuild_details !== null) return -1;
  n += 4;
  if (details.replica_details !== null) return -1;
  n += 4;
  if (details.switch_over_details !== null) return -1;
  n += 4;
  x = details.nexus_child_details;
  m = canonicalNexusChildEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  if (details.nvme_path_details !== null) return -1;
  n += 4;
  if (details.host_initiator_details !== null) return -1;
  n += 4;
  if (details.reactor_details !== null) return -1;
  n += 4;
  if (details.state_change_details !== null) return -1;
  n += 4;
  if (details.action_duration_details !== null) return -1;
  n += 4;
  if (details.snapshot_details !== null) return -1;
  n += 4;
  if (details.clone_details !== null) return -1;
  n += 4;
  if (details.error_details !== null) return -1;
  n += 4;
  if (details.subsystem_pause_details !== null) return -1;
  n += 4;
  x = meta.timestamp;
  m = measureTimestamp(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalNexusSubsystemPause(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null || v.category !== 3 || v.action !== 21) return -1;
  let n = 129;
  let x: any;
  let m: number;
  x = v.target;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 4) {
    m = measureUnknownMembers(v, KNOWN_EventMessage);
    if (m < 0) return -1;
    n += m;
  }
  const meta = v.metadata;
  if (typeof meta !== 'object' || meta === null || meta.version !== 1) return -1;
  x = meta.id;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(meta).length !== 4) {
    m = measureUnknownMembers(meta, KNOWN_EventMeta);
    if (m < 0) return -1;
    n += m;
  }
  const source = meta.source;
  if (typeof source !== 'object' || source === null) return -1;
  x = source.component;
  switch (x) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
      n += 1;
      break;
    default:
      return -1;
  }
  x = source.node;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(source).length !== 3) {
    m = measureUnknownMembers(source, KNOWN_EventSource);
    if (m < 0) return -1;
    n += m;
  }
  const details = source.event_details;
  if (typeof details !== 'object' || details === null) return -1;
  n += 283;
  if (lax && Object.keys(details).length !== 13) {
    m = measureUnknownMembers(details, KNOWN_EventDetails);
    if (m < 0) return -1;
    n += m;
  }
  if (details.rebuild_details !== null) return -1;
  n += 4;
  if (details.replica_details !== null) return -1;
  n += 4;
  if (details.switch_over_details !== null) return -1;
  n += 4;
  if (details.nexus_child_details !== null) return -1;
  n += 4;
  if (details.nvme_path_details !== null) return -1;
  n += 4;
  if (details.host_initiator_details !== null) return -1;
  n += 4;
  if (details.reactor_details !== null) return -1;
  n += 4;
  if (details.state_change_details !== null) return -1;
  n += 4;
  x = details.action_duration_details;
  if (x === null) n += 4;
  else {
    m = canonicalEventActionDuration(x, plain, lax, wide);
    if (m < 0) return -1;
    n += m;
  }
  if (details.snapshot_details !== null) return -1;
  n += 4;
  if (details.clone_details !== null) return -1;
  n += 4;
  x = details.error_details;
  if (x === null) n += 4;
  else {
    m = canonicalErrorDetails(x, plain, lax, wide);
    if (m < 0) return -1;
    n += m;
  }
  x = details.subsystem_pause_details;
  m = canonicalSubsystemPauseDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  x = meta.timestamp;
  m = measureTimestamp(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalNexusSubsystemResume(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null || v.category !== 3 || v.action !== 22) return -1;
  let n = 129;
  let x: any;
  let m: number;
  x = v.target;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 4) {
    m = measureUnknownMembers(v, KNOWN_EventMessage);
    if (m < 0) return -1;
    n += m;
  }
  const meta = v.metadata;
  if (typeof meta !== 'object' || meta === null || meta.version !== 1) return -1;
  x = meta.id;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(meta).length !== 4) {
    m = measureUnknownMembers(meta, KNOWN_EventMeta);
    if (m < 0) return -1;
    n += m;
  }
  const source = meta.source;
  if (typeof source !== 'object' || source === null) return -1;
  x = source.component;
  switch (x) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
      n += 1;
      break;
    default:
      return -1;
  }
  x = source.node;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(source).length !== 3) {
    m = measureUnknownMembers(source, KNOWN_EventSource);
    if (m < 0) return -1;
    n += m;
  }
  const details = source.event_details;
  if (details === null) n += 4;
  else if (typeof details !== 'object') return -1;
  else {
    n += 283;
    if (lax && Object.keys(details).length !== 13) {
      m = measureUnknownMembers(details, KNOWN_EventDetails);
      if (m < 0) return -1;
      n += m;
    }
    if (details.rebuild_details !== null) return -1;
    n += 4;
    if (details.replica_details !== null) return -1;
    n += 4;
    if (details.switch_over_details !== null) return -1;
    n += 4;
    if (details.nexus_child_details !== null) return -1;
    n += 4;
    if (details.nvme_path_details !== null) return -1;
    n += 4;
    if (details.host_initiator_details !== null) return -1;
    n += 4;
    if (details.reactor_details !== null) return -1;
    n += 4;
    if (details.state_change_details !== null) return -1;
    n += 4;
    if (details.action_duration_details !== null) return -1;
    n += 4;
    if (details.snapshot_details !== null) return -1;
    n += 4;
    if (details.clone_details !== null) return -1;
    n += 4;
    if (details.error_details !== null) return -1;
    n += 4;
    if (details.subsystem_pause_details !== null) return -1;
    n += 4;
  }
  x = meta.timestamp;
  m = measureTimestamp(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalNexusInit(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null || v.category !== 3 || v.action !== 23) return -1;
  let n = 129;
  let x: any;
  let m: number;
  x = v.target;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 4) {
    m = measureUnknownMembers(v, KNOWN_EventMessage);
    if (m < 0) return -1;
    n += m;
  }
  const meta = v.metadata;
  if (typeof meta !== 'object' || meta === null || meta.version !== 1) return -1;
  x = meta.id;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(meta).length !== 4) {
    m = measureUnknownMembers(meta, KNOWN_EventMeta);
    if (m < 0) return -1;
    n += m;
  }
  const source = meta.source;
  if (typeof source !== 'object' || source === null) return -1;
  x = source.component;
  switch (x) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
      n += 1;
      break;
    default:
      return -1;
  }
  x = source.node;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(source).length !== 3) {
    m = measureUnknownMembers(source, KNOWN_EventSource);
    if (m < 0) return -1;
    n += m;
  }
  const details = source.event_details;
  if (details === null) n += 4;
  else if (typeof details !== 'object') return -1;
  else {
    n += 283;
    if (lax && Object.keys(details).length !== 13) {
      m = measureUnknownMembers(details, KNOWN_EventDetails);
      if (m < 0) return -1;
      n += m;
    }
    if (details.rebuild_details !== null) return -1;
    n += 4;
    if (details.replica_details !== null) return -1;
    n += 4;
    if (details.switch_over_details !== null) return -1;
    n += 4;
    if (details.nexus_child_details !== null) return -1;
    n += 4;
    if (details.nvme_path_details !== null) return -1;
    n += 4;
    if (details.host_initiator_details !== null) return -1;
    n += 4;
    if (details.reactor_details !== null) return -1;
    n += 4;
    if (details.state_change_details !== null) return -1;
    n += 4;
    if (details.action_duration_details !== null) return -1;
    n += 4;
    if (details.snapshot_details !== null) return -1;
    n += 4;
    if (details.clone_details !== null) return -1;
    n += 4;
    if (details.error_details !== null) return -1;
    n += 4;
    if (details.subsystem_pause_details !== null) return -1;
    n += 4;
  }
  x = meta.timestamp;
  m = measureTimestamp(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalNexusReconfiguring(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null || v.category !== 3 || v.action !== 24) return -1;
  let n = 129;
  let x: any;
  let m: number;
  x = v.target;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 4) {
    m = measureUnknownMembers(v, KNOWN_EventMessage);
    if (m < 0) return -1;
    n += m;
  }
  const meta = v.metadata;
  if (typeof meta !== 'object' || meta === null || meta.version !== 1) return -1;
  x = meta.id;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(meta).length !== 4) {
    m = measureUnknownMembers(meta, KNOWN_EventMeta);
    if (m < 0) return -1;
    n += m;
  }
  const source = meta.source;
  if (typeof source !== 'object' || source === null) return -1;
  x = source.component;
  switch (x) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
      n += 1;
      break;
    default:
      return -1;
  }
  x = source.node;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(source).length !== 3) {
    m = measureUnknownMembers(source, KNOWN_EventSource);
    if (m < 0) return -1;
    n += m;
  }
  const details = source.event_details;
  if (details === null) n += 4;
  else if (typeof details !== 'object') return -1;
  else {
    n += 283;
    if (lax && Object.keys(details).length !== 13) {
      m = measureUnknownMembers(details, KNOWN_EventDetails);
      if (m < 0) return -1;
      n += m;
    }
    if (details.rebuild_details !== null) return -1;
    n += 4;
    if (details.replica_details !== null) return -1;
    n += 4;
    if (details.switch_over_details !== null) return -1;
    n += 4;
    if (details.nexus_child_details !== null) return -1;
    n += 4;
    if (details.nvme_path_details !== null) return -1;
    n += 4;
    if (details.host_initiator_details !== null) return -1;
    n += 4;
    if (details.reactor_details !== null) return -1;
    n += 4;
    if (details.state_change_details !== null) return -1;
    n += 4;
    if (details.action_duration_details !== null) return -1;
    n += 4;
    if (details.snapshot_details !== null) return -1;
    n += 4;
    if (details.clone_details !== null) return -1;
    n += 4;
    if (details.error_details !== null) return -1;
    n += 4;
    if (details.subsystem_pause_details !== null) return -1;
    n += 4;
  }
  x = meta.timestamp;
  m = measureTimestamp(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalNexusShutdown(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null || v.category !== 3 || v.action !== 18) return -1;
  let n = 129;
  let x: any;
  let m: number;
  x = v.target;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 4) {
    m = measureUnknownMembers(v, KNOWN_EventMessage);
    if (m < 0) return -1;
    n += m;
  }
  const meta = v.metadata;
  if (typeof meta !== 'object' || meta === null || meta.version !== 1) return -1;
  x = meta.id;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(meta).length !== 4) {
    m = measureUnknownMembers(meta, KNOWN_EventMeta);
    if (m < 0) return -1;
    n += m;
  }
  const source = meta.source;
  if (typeof source !== 'object' || source === null) return -1;
  x = source.component;
  switch (x) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
      n += 1;
      break;
    default:
      return -1;
  }
  x = source.node;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(source).length !== 3) {
    m = measureUnknownMembers(source, KNOWN_EventSource);
    if (m < 0) return -1;
    n += m;
  }
  const details = source.event_details;
  if (details === null) n += 4;
  else if (typeof details !== 'object') return -1;
  else {
    n += 283;
    if (lax && Object.keys(details).length !== 13) {
      m = measureUnknownMembers(details, KNOWN_EventDetails);
      if (m < 0) return -1;
      n += m;
    }
    if (details.rebuild_details !== null) return -1;
    n += 4;
    if (details.replica_details !== null) return -1;
    n += 4;
    if (details.switch_over_details !== null) return -1;
    n += 4;
    if (details.nexus_child_details !== null) return -1;
    n += 4;
    if (details.nvme_path_details !== null) return -1;
    n += 4;
    if (details.host_initiator_details !== null) return -1;
    n += 4;
    if (details.reactor_details !== null) return -1;
    n += 4;
    if (details.state_change_details !== null) return -1;
    n += 4;
    if (details.action_duration_details !== null) return -1;
    n += 4;
    if (details.snapshot_details !== null) return -1;
    n += 4;
    if (details.clone_details !== null) return -1;
    n += 4;
    x = details.error_details;
    if (x === null) n += 4;
    else {
      m = canonicalErrorDetails(x, plain, lax, wide);
      if (m < 0) return -1;
      n += m;
    }
    if (details.subsystem_pause_details !== null) return -1;
    n += 4;
  }
  x = meta.timestamp;
  m = measureTimestamp(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalNodeStateChange(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null || v.category !== 5 || v.action !== 3) return -1;
  let n = 128;
  let x: any;
  let m: number;
  x = v.target;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 4) {
    m = measureUnknownMembers(v, KNOWN_EventMessage);
    if (m < 0) return -1;
    n += m;
  }
  const meta = v.metadata;
  if (typeof meta !== 'object' || meta === null || meta.version !== 1) return -1;
  x = meta.id;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(meta).length !== 4) {
    m = measureUnknownMembers(meta, KNOWN_EventMeta);
    if (m < 0) return -1;
    n += m;
  }
  const source = meta.source;
  if (typeof source !== 'object' || source === null) return -1;
  x = source.component;
  switch (x) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
      n += 1;
      break;
    default:
      return -1;
  }
  x = source.node;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(source).length !== 3) {
    m = measureUnknownMembers(source, KNOWN_EventSource);
    if (m < 0) return -1;
    n += m;
  }
  const details = source.event_details;
  if (typeof details !== 'object' || details === null) return -1;
  n += 283;
  if (lax && Object.keys(details).length !== 13) {
    m = measureUnknownMembers(details, KNOWN_EventDetails);
    if (m < 0) return -1;
    n += m;
  }
  if (details.rebuild_details !== null) return -1;
  n += 4;
  if (details.replica_details !== null) return -1;
  n += 4;
  if (details.switch_over_details !== null) return -1;
  n += 4;
  if (details.nexus_child_details !== null) return -1;
  n += 4;
  if (details.nvme_path_details !== null) return -1;
  n += 4;
  if (details.host_initiator_details !== null) return -1;
  n += 4;
  if (details.reactor_details !== null) return -1;
  n += 4;
  x = details.state_change_details;
  m = canonicalStateChangeEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  if (details.action_duration_details !== null) return -1;
  n += 4;
  if (details.snapshot_details !== null) return -1;
  n += 4;
  if (details.clone_details !== null) return -1;
  n += 4;
  if (details.error_details !== null) return -1;
  n += 4;
  if (details.subsystem_pause_details !== null) return -1;
  n += 4;
  x = meta.timestamp;
  m = measureTimestamp(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalHighAvailabilitySwitchOver(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null || v.category !== 6 || v.action !== 6) return -1;
  let n = 128;
  let x: any;
  let m: number;
  x = v.target;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 4) {
    m = measureUnknownMembers(v, KNOWN_EventMessage);
    if (m < 0) return -1;
    n += m;
  }
  const meta = v.metadata;
  if (typeof meta !== 'object' || meta === null || meta.version !== 1) return -1;
  x = meta.id;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(meta).length !== 4) {
    m = measureUnknownMembers(meta, KNOWN_EventMeta);
    if (m < 0) return -1;
    n += m;
  }
  const source = meta.source;
  if (typeof source !== 'object' || source === null) return -1;
  x = source.component;
  switch (x) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
      n += 1;
      break;
    default:
      return -1;
  }
  x = source.node;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(source).length !== 3) {
    m = measureUnknownMembers(source, KNOWN_EventSource);
    if (m < 0) return -1;
    n += m;
  }
  const details = source.event_details;
  if (typeof details !== 'object' || details === null) return -1;
  n += 283;
  if (lax && Object.keys(details).length !== 13) {
    m = measureUnknownMembers(details, KNOWN_EventDetails);
    if (m < 0) return -1;
    n += m;
  }
  if (details.rebuild_details !== null) return -1;
  n += 4;
  if (details.replica_details !== null) return -1;
  n += 4;
  x = details.switch_over_details;
  m = canonicalSwitchOverEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  if (details.nexus_child_details !== null) return -1;
  n += 4;
  if (details.nvme_path_details !== null) return -1;
  n += 4;
  if (details.host_initiator_details !== null) return -1;
  n += 4;
  if (details.reactor_details !== null) return -1;
  n += 4;
  if (details.state_change_details !== null) return -1;
  n += 4;
  if (details.action_duration_details !== null) return -1;
  n += 4;
  if (details.snapshot_details !== null) return -1;
  n += 4;
  if (details.clone_details !== null) return -1;
  n += 4;
  if (details.error_details !== null) return -1;
  n += 4;
  if (details.subsystem_pause_details !== null) return -1;
  n += 4;
  x = meta.timestamp;
  m = measureTimestamp(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalNvmePathNvmePathSuspect(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null || v.category !== 7 || v.action !== 9) return -1;
  let n = 128;
  let x: any;
  let m: number;
  x = v.target;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 4) {
    m = measureUnknownMembers(v, KNOWN_EventMessage);
    if (m < 0) return -1;
    n += m;
  }
  const meta = v.metadata;
  if (typeof meta !== 'object' || meta === null || meta.version !== 1) return -1;
  x = meta.id;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(meta).length !== 4) {
    m = measureUnknownMembers(meta, KNOWN_EventMeta);
    if (m < 0) return -1;
    n += m;
  }
  const source = meta.source;
  if (typeof source !== 'object' || source === null) return -1;
  x = source.component;
  switch (x) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
      n += 1;
      break;
    default:
      return -1;
  }
  x = source.node;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(source).length !== 3) {
    m = measureUnknownMembers(source, KNOWN_EventSource);
    if (m < 0) return -1;
    n += m;
  }
  const details = source.event_details;
  if (typeof details !== 'object' || details === null) return -1;
  n += 283;
  if (lax && Object.keys(details).length !== 13) {
    m = measureUnknownMembers(details, KNOWN_EventDetails);
    if (m < 0) return -1;
    n += m;
  }
  if (details.rebuild_details !== null) return -1;
  n += 4;
  if (details.replica_details !== null) return -1;
  n += 4;
  if (details.switch_over_details !== null) return -1;
  n += 4;
  if (details.nexus_child_details !== null) return -1;
  n += 4;
  x = details.nvme_path_details;
  m = canonicalNvmePathEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  if (details.host_initiator_details !== null) return -1;
  n += 4;
  if (details.reactor_details !== null) return -1;
  n += 4;
  if (details.state_change_details !== null) return -1;
  n += 4;
  if (details.action_duration_details !== null) return -1;
  n += 4;
  if (details.snapshot_details !== null) return -1;
  n += 4;
  if (details.clone_details !== null) return -1;
  n += 4;
  if (details.error_details !== null) return -1;
  n += 4;
  if (details.subsystem_pause_details !== null) return -1;
  n += 4;
  x = meta.timestamp;
  m = measureTimestamp(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalNvmePathNvmePathFail(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null || v.category !== 7 || v.action !== 10) return -1;
  let n = 129;
  let x: any;
  let m: number;
  x = v.target;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 4) {
    m = measureUnknownMembers(v, KNOWN_EventMessage);
    if (m < 0) return -1;
    n += m;
  }
  const meta = v.metadata;
  if (typeof meta !== 'object' || meta === null || meta.version !== 1) return -1;
  x = meta.id;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(meta).length !== 4) {
    m = measureUnknownMembers(meta, KNOWN_EventMeta);
    if (m < 0) return -1;
    n += m;
  }
  const source = meta.source;
  if (typeof source !== 'object' || source === null) return -1;
  x = source.component;
  switch (x) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
      n += 1;
      break;
    default:
      return -1;
  }
  x = source.node;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(source).length !== 3) {
    m = measureUnknownMembers(source, KNOWN_EventSource);
    if (m < 0) return -1;
    n += m;
  }
  const details = source.event_details;
  if (typeof details !== 'object' || details === null) return -1;
  n += 283;
  if (lax && Object.keys(details).length !== 13) {
    m = measureUnknownMembers(details, KNOWN_EventDetails);
    if (m < 0) return -1;
    n += m;
  }
  if (details.rebuild_details !== null) return -1;
  n += 4;
  if (details.replica_details !== null) return -1;
  n += 4;
  if (details.switch_over_details !== null) return -1;
  n += 4;
  if (details.nexus_child_details !== null) return -1;
  n += 4;
  x = details.nvme_path_details;
  m = canonicalNvmePathEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  if (details.host_initiator_details !== null) return -1;
  n += 4;
  if (details.reactor_details !== null) return -1;
  n += 4;
  if (details.state_change_details !== null) return -1;
  n += 4;
  if (details.action_duration_details !== null) return -1;
  n += 4;
  if (details.snapshot_details !== null) return -1;
  n += 4;
  if (details.clone_details !== null) return -1;
  n += 4;
  if (details.error_details !== null) return -1;
  n += 4;
  if (details.subsystem_pause_details !== null) return -1;
  n += 4;
  x = meta.timestamp;
  m = measureTimestamp(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalNvmePathNvmePathFix(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null || v.category !== 7 || v.action !== 11) return -1;
  let n = 129;
  let x: any;
  let m: number;
  x = v.target;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 4) {
    m = measureUnknownMembers(v, KNOWN_EventMessage);
    if (m < 0) return -1;
    n += m;
  }
  const meta = v.metadata;
  if (typeof meta !== 'object' || meta === null || meta.version !== 1) return -1;
  x = meta.id;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(meta).length !== 4) {
    m = measureUnknownMembers(meta, KNOWN_EventMeta);
    if (m < 0) return -1;
    n += m;
  }
  const source = meta.source;
  if (typeof source !== 'object' || source === null) return -1;
  x = source.component;
  switch (x) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
      n += 1;
      break;
    default:
      return -1;
  }
  x = source.node;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(source).length !== 3) {
    m = measureUnknownMembers(source, KNOWN_EventSource);
    if (m < 0) return -1;
    n += m;
  }
  const details = source.event_details;
  if (typeof details !== 'object' || details === null) return -1;
  n += 283;
  if (lax && Object.keys(details).length !== 13) {
    m = measureUnknownMembers(details, KNOWN_EventDetails);
    if (m < 0) return -1;
    n += m;
  }
  if (details.rebuild_details !== null) return -1;
  n += 4;
  if (details.replica_details !== null) return -1;
  n += 4;
  if (details.switch_over_details !== null) return -1;
  n += 4;
  if (details.nexus_child_details !== null) return -1;
  n += 4;
  x = details.nvme_path_details;
  m = canonicalNvmePathEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  if (details.host_initiator_details !== null) return -1;
  n += 4;
  if (details.reactor_details !== null) return -1;
  n += 4;
  if (details.state_change_details !== null) return -1;
  n += 4;
  if (details.action_duration_details !== null) return -1;
  n += 4;
  if (details.snapshot_details !== null) return -1;
  n += 4;
  if (details.clone_details !== null) return -1;
  n += 4;
  if (details.error_details !== null) return -1;
  n += 4;
  if (details.subsystem_pause_details !== null) return -1;
  n += 4;
  x = meta.timestamp;
  m = measureTimestamp(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalNvmePathNvmePathDeleting(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null || v.category !== 7 || v.action !== 25) return -1;
  let n = 129;
  let x: any;
  let m: number;
  x = v.target;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 4) {
    m = measureUnknownMembers(v, KNOWN_EventMessage);
    if (m < 0) return -1;
    n += m;
  }
  const meta = v.metadata;
  if (typeof meta !== 'object' || meta === null || meta.version !== 1) return -1;
  x = meta.id;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(meta).length !== 4) {
    m = measureUnknownMembers(meta, KNOWN_EventMeta);
    if (m < 0) return -1;
    n += m;
  }
  const source = meta.source;
  if (typeof source !== 'object' || source === null) return -1;
  x = source.component;
  switch (x) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
      n += 1;
      break;
    default:
      return -1;
  }
  x = source.node;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(source).length !== 3) {
    m = measureUnknownMembers(source, KNOWN_EventSource);
    if (m < 0) return -1;
    n += m;
  }
  const details = source.event_details;
  if (typeof details !== 'object' || details === null) return -1;
  n += 283;
  if (lax && Object.keys(details).length !== 13) {
    m = measureUnknownMembers(details, KNOWN_EventDetails);
    if (m < 0) return -1;
    n += m;
  }
  if (details.rebuild_details !== null) return -1;
  n += 4;
  if (details.replica_details !== null) return -1;
  n += 4;
  if (details.switch_over_details !== null) return -1;
  n += 4;
  if (details.nexus_child_details !== null) return -1;
  n += 4;
  x = details.nvme_path_details;
  m = canonicalNvmePathEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  if (details.host_initiator_details !== null) return -1;
  n += 4;
  if (details.reactor_details !== null) return -1;
  n += 4;
  if (details.state_change_details !== null) return -1;
  n += 4;
  if (details.action_duration_details !== null) return -1;
  n += 4;
  if (details.snapshot_details !== null) return -1;
  n += 4;
  if (details.clone_details !== null) return -1;
  n += 4;
  if (details.error_details !== null) return -1;
  n += 4;
  if (details.subsystem_pause_details !== null) return -1;
  n += 4;
  x = meta.timestamp;
  m = measureTimestamp(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalHostInitiatorNvmeConnect(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null || v.category !== 8 || v.action !== 13) return -1;
  let n = 129;
  let x: any;
  let m: number;
  x = v.target;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 4) {
    m = measureUnknownMembers(v, KNOWN_EventMessage);
    if (m < 0) return -1;
    n += m;
  }
  const meta = v.metadata;
  if (typeof meta !== 'object' || meta === null || meta.version !== 1) return -1;
  x = meta.id;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(meta).length !== 4) {
    m = measureUnknownMembers(meta, KNOWN_EventMeta);
    if (m < 0) return -1;
    n += m;
  }
  const source = meta.source;
  if (typeof source !== 'object' || source === null) return -1;
  x = source.component;
  switch (x) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
      n += 1;
      break;
    default:
      return -1;
  }
  x = source.node;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(source).length !== 3) {
    m = measureUnknownMembers(source, KNOWN_EventSource);
    if (m < 0) return -1;
    n += m;
  }
  const details = source.event_details;
  if (typeof details !== 'object' || details === null) return -1;
  n += 283;
  if (lax && Object.keys(details).length !== 13) {
    m = measureUnknownMembers(details, KNOWN_EventDetails);
    if (m < 0) return -1;
    n += m;
  }
  if (details.rebuild_details !== null) return -1;
  n += 4;
  if (details.replica_details !== null) return -1;
  n += 4;
  if (details.switch_over_details !== null) return -1;
  n += 4;
  if (details.nexus_child_details !== null) return -1;
  n += 4;
  if (details.nvme_path_details !== null) return -1;
  n += 4;
  x = details.host_initiator_details;
  m = canonicalHostInitiatorEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  if (details.reactor_details !== null) return -1;
  n += 4;
  if (details.state_change_details !== null) return -1;
  n += 4;
  if (details.action_duration_details !== null) return -1;
  n += 4;
  if (details.snapshot_details !== null) return -1;
  n += 4;
  if (details.clone_details !== null) return -1;
  n += 4;
  if (details.error_details !== null) return -1;
  n += 4;
  if (details.subsystem_pause_details !== null) return -1;
  n += 4;
  x = meta.timestamp;
  m = measureTimestamp(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalHostInitiatorNvmeDisconnect(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null || v.category !== 8 || v.action !== 14) return -1;
  let n = 129;
  let x: any;
  let m: number;
  x = v.target;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 4) {
    m = measureUnknownMembers(v, KNOWN_EventMessage);
    if (m < 0) return -1;
    n += m;
  }
  const meta = v.metadata;
  if (typeof meta !== 'object' || meta === null || meta.version !== 1) return -1;
  x = meta.id;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(meta).length !== 4) {
    m = measureUnknownMembers(meta, KNOWN_EventMeta);
    if (m < 0) return -1;
    n += m;
  }
  const source = meta.source;
  if (typeof source !== 'object' || source === null) return -1;
  x = source.component;
  switch (x) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
      n += 1;
      break;
    default:
      return -1;
  }
  x = source.node;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(source).length !== 3) {
    m = measureUnknownMembers(source, KNOWN_EventSource);
    if (m < 0) return -1;
    n += m;
  }
  const details = source.event_details;
  if (typeof details !== 'object' || details === null) return -1;
  n += 283;
  if (lax && Object.keys(details).length !== 13) {
    m = measureUnknownMembers(details, KNOWN_EventDetails);
    if (m < 0) return -1;
    n += m;
  }
  if (details.rebuild_details !== null) return -1;
  n += 4;
  if (details.replica_details !== null) return -1;
  n += 4;
  if (details.switch_over_details !== null) return -1;
  n += 4;
  if (details.nexus_child_details !== null) return -1;
  n += 4;
  if (details.nvme_path_details !== null) return -1;
  n += 4;
  x = details.host_initiator_details;
  m = canonicalHostInitiatorEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  if (details.reactor_details !== null) return -1;
  n += 4;
  if (details.state_change_details !== null) return -1;
  n += 4;
  if (details.action_duration_details !== null) return -1;
  n += 4;
  if (details.snapshot_details !== null) return -1;
  n += 4;
  if (details.clone_details !== null) return -1;
  n += 4;
  if (details.error_details !== null) return -1;
  n += 4;
  if (details.subsystem_pause_details !== null) return -1;
  n += 4;
  x = meta.timestamp;
  m = measureTimestamp(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalHostInitiatorNvmeKeepAliveTimeout(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null || v.category !== 8 || v.action !== 15) return -1;
  let n = 129;
  let x: any;
  let m: number;
  x = v.target;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 4) {
    m = measureUnknownMembers(v, KNOWN_EventMessage);
    if (m < 0) return -1;
    n += m;
  }
  const meta = v.metadata;
  if (typeof meta !== 'object' || meta === null || meta.version !== 1) return -1;
  x = meta.id;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(meta).length !== 4) {
    m = measureUnknownMembers(meta, KNOWN_EventMeta);
    if (m < 0) return -1;
    n += m;
  }
  const source = meta.source;
  if (typeof source !== 'object' || source === null) return -1;
  x = source.component;
  switch (x) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
      n += 1;
      break;
    default:
      return -1;
  }
  x = source.node;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(source).length !== 3) {
    m = measureUnknownMembers(source, KNOWN_EventSource);
    if (m < 0) return -1;
    n += m;
  }
  const details = source.event_details;
  if (typeof details !== 'object' || details === null) return -1;
  n += 283;
  if (lax && Object.keys(details).length !== 13) {
    m = measureUnknownMembers(details, KNOWN_EventDetails);
    if (m < 0) return -1;
    n += m;
  }
  if (details.rebuild_details !== null) return -1;
  n += 4;
  if (details.replica_details !== null) return -1;
  n += 4;
  if (details.switch_over_details !== null) return -1;
  n += 4;
  if (details.nexus_child_details !== null) return -1;
  n += 4;
  if (details.nvme_path_details !== null) return -1;
  n += 4;
  x = details.host_initiator_details;
  m = canonicalHostInitiatorEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  if (details.reactor_details !== null) return -1;
  n += 4;
  if (details.state_change_details !== null) return -1;
  n += 4;
  if (details.action_duration_details !== null) return -1;
  n += 4;
  if (details.snapshot_details !== null) return -1;
  n += 4;
  if (details.clone_details !== null) return -1;
  n += 4;
  if (details.error_details !== null) return -1;
  n += 4;
  if (details.subsystem_pause_details !== null) return -1;
  n += 4;
  x = meta.timestamp;
  m = measureTimestamp(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalIoEngineStart(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null || v.category !== 9 || v.action !== 19) return -1;
  let n = 129;
  let x: any;
  let m: number;
  x = v.target;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 4) {
    m = measureUnknownMembers(v, KNOWN_EventMessage);
    if (m < 0) return -1;
    n += m;
  }
  const meta = v.metadata;
  if (typeof meta !== 'object' || meta === null || meta.version !== 1) return -1;
  x = meta.id;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(meta).length !== 4) {
    m = measureUnknownMembers(meta, KNOWN_EventMeta);
    if (m < 0) return -1;
    n += m;
  }
  const source = meta.source;
  if (typeof source !== 'object' || source === null) return -1;
  x = source.component;
  switch (x) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
      n += 1;
      break;
    default:
      return -1;
  }
  x = source.node;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(source).length !== 3) {
    m = measureUnknownMembers(source, KNOWN_EventSource);
    if (m < 0) return -1;
    n += m;
  }
  const details = source.event_details;
  if (details === null) n += 4;
  else if (typeof details !== 'object') return -1;
  else {
    n += 283;
    if (lax && Object.keys(details).length !== 13) {
      m = measureUnknownMembers(details, KNOWN_EventDetails);
      if (m < 0) return -1;
      n += m;
    }
    if (details.rebuild_details !== null) return -1;
    n += 4;
    if (details.replica_details !== null) return -1;
    n += 4;
    if (details.switch_over_details !== null) return -1;
    n += 4;
    if (details.nexus_child_details !== null) return -1;
    n += 4;
    if (details.nvme_path_details !== null) return -1;
    n += 4;
    if (details.host_initiator_details !== null) return -1;
    n += 4;
    if (details.reactor_details !== null) return -1;
    n += 4;
    if (details.state_change_details !== null) return -1;
    n += 4;
    if (details.action_duration_details !== null) return -1;
    n += 4;
    if (details.snapshot_details !== null) return -1;
    n += 4;
    if (details.clone_details !== null) return -1;
    n += 4;
    if (details.error_details !== null) return -1;
    n += 4;
    if (details.subsystem_pause_details !== null) return -1;
    n += 4;
  }
  x = meta.timestamp;
  m = measureTimestamp(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalIoEngineShutdown(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null || v.category !== 9 || v.action !== 18) return -1;
  let n = 129;
  let x: any;
  let m: number;
  x = v.target;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 4) {
    m = measureUnknownMembers(v, KNOWN_EventMessage);
    if (m < 0) return -1;
    n += m;
  }
  const meta = v.metadata;
  if (typeof meta !== 'object' || meta === null || meta.version !== 1) return -1;
  x = meta.id;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(meta).length !== 4) {
    m = measureUnknownMembers(meta, KNOWN_EventMeta);
    if (m < 0) return -1;
    n += m;
  }
  const source = meta.source;
  if (typeof source !== 'object' || source === null) return -1;
  x = source.component;
  switch (x) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
      n += 1;
      break;
    default:
      return -1;
  }
  x = source.node;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(source).length !== 3) {
    m = measureUnknownMembers(source, KNOWN_EventSource);
    if (m < 0) return -1;
    n += m;
  }
  const details = source.event_details;
  if (details === null) n += 4;
  else if (typeof details !== 'object') return -1;
  else {
    n += 283;
    if (lax && Object.keys(details).length !== 13) {
      m = measureUnknownMembers(details, KNOWN_EventDetails);
      if (m < 0) return -1;
      n += m;
    }
    if (details.rebuild_details !== null) return -1;
    n += 4;
    if (details.replica_details !== null) return -1;
    n += 4;
    if (details.switch_over_details !== null) return -1;
    n += 4;
    if (details.nexus_child_details !== null) return -1;
    n += 4;
    if (details.nvme_path_details !== null) return -1;
    n += 4;
    if (details.host_initiator_details !== null) return -1;
    n += 4;
    if (details.reactor_details !== null) return -1;
    n += 4;
    if (details.state_change_details !== null) return -1;
    n += 4;
    if (details.action_duration_details !== null) return -1;
    n += 4;
    if (details.snapshot_details !== null) return -1;
    n += 4;
    if (details.clone_details !== null) return -1;
    n += 4;
    if (details.error_details !== null) return -1;
    n += 4;
    if (details.subsystem_pause_details !== null) return -1;
    n += 4;
  }
  x = meta.timestamp;
  m = measureTimestamp(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalIoEngineStop(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null || v.category !== 9 || v.action !== 20) return -1;
  let n = 129;
  let x: any;
  let m: number;
  x = v.target;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 4) {
    m = measureUnknownMembers(v, KNOWN_EventMessage);
    if (m < 0) return -1;
    n += m;
  }
  const meta = v.metadata;
  if (typeof meta !== 'object' || meta === null || meta.version !== 1) return -1;
  x = meta.id;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(meta).length !== 4) {
    m = measureUnknownMembers(meta, KNOWN_EventMeta);
    if (m < 0) return -1;
    n += m;
  }
  const source = meta.source;
  if (typeof source !== 'object' || source === null) return -1;
  x = source.component;
  switch (x) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
      n += 1;
      break;
    default:
      return -1;
  }
  x = source.node;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(source).length !== 3) {
    m = measureUnknownMembers(source, KNOWN_EventSource);
    if (m < 0) return -1;
    n += m;
  }
  const details = source.event_details;
  if (typeof details !== 'object' || details === null) return -1;
  n += 283;
  if (lax && Object.keys(details).length !== 13) {
    m = measureUnknownMembers(details, KNOWN_EventDetails);
    if (m < 0) return -1;
    n += m;
  }
  if (details.rebuild_details !== null) return -1;
  n += 4;
  if (details.replica_details !== null) return -1;
  n += 4;
  if (details.switch_over_details !== null) return -1;
  n += 4;
  if (details.nexus_child_details !== null) return -1;
  n += 4;
  if (details.nvme_path_details !== null) return -1;
  n += 4;
  if (details.host_initiator_details !== null) return -1;
  n += 4;
  if (details.reactor_details !== null) return -1;
  n += 4;
  if (details.state_change_details !== null) return -1;
  n += 4;
  x = details.action_duration_details;
  m = canonicalEventActionDuration(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  if (details.snapshot_details !== null) return -1;
  n += 4;
  if (details.clone_details !== null) return -1;
  n += 4;
  if (details.error_details !== null) return -1;
  n += 4;
  if (details.subsystem_pause_details !== null) return -1;
  n += 4;
  x = meta.timestamp;
  m = measureTimestamp(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalIoEngineReactorFreeze(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null || v.category !== 9 || v.action !== 16) return -1;
  let n = 129;
  let x: any;
  let m: number;
  x = v.target;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 4) {
    m = measureUnknownMembers(v, KNOWN_EventMessage);
    if (m < 0) return -1;
    n += m;
  }
  const meta = v.metadata;
  if (typeof meta !== 'object' || meta === null || meta.version !== 1) return -1;
  x = meta.id;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(meta).length !== 4) {
    m = measureUnknownMembers(meta, KNOWN_EventMeta);
    if (m < 0) return -1;
    n += m;
  }
  const source = meta.source;
  if (typeof source !== 'object' || source === null) return -1;
  x = source.component;
  switch (x) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
      n += 1;
      break;
    default:
      return -1;
  }
  x = source.node;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(source).length !== 3) {
    m = measureUnknownMembers(source, KNOWN_EventSource);
    if (m < 0) return -1;
    n += m;
  }
  const details = source.event_details;
  if (typeof details !== 'object' || details === null) return -1;
  n += 283;
  if (lax && Object.keys(details).length !== 13) {
    m = measureUnknownMembers(details, KNOWN_EventDetails);
    if (m < 0) return -1;
    n += m;
  }
  if (details.rebuild_details !== null) return -1;
  n += 4;
  if (details.replica_details !== null) return -1;
  n += 4;
  if (details.switch_over_details !== null) return -1;
  n += 4;
  if (details.nexus_child_details !== null) return -1;
  n += 4;
  if (details.nvme_path_details !== null) return -1;
  n += 4;
  if (details.host_initiator_details !== null) return -1;
  n += 4;
  x = details.reactor_details;
  m = canonicalReactorEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  if (details.state_change_details !== null) return -1;
  n += 4;
  if (details.action_duration_details !== null) return -1;
  n += 4;
  if (details.snapshot_details !== null) return -1;
  n += 4;
  if (details.clone_details !== null) return -1;
  n += 4;
  if (details.error_details !== null) return -1;
  n += 4;
  if (details.subsystem_pause_details !== null) return -1;
  n += 4;
  x = meta.timestamp;
  m = measureTimestamp(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalIoEngineReactorUnfreeze(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null || v.category !== 9 || v.action !== 17) return -1;
  let n = 129;
  let x: any;
  let m: number;
  x = v.target;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 4) {
    m = measureUnknownMembers(v, KNOWN_EventMessage);
    if (m < 0) return -1;
    n += m;
  }
  const meta = v.metadata;
  if (typeof meta !== 'object' || meta === null || meta.version !== 1) return -1;
  x = meta.id;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(meta).length !== 4) {
    m = measureUnknownMembers(meta, KNOWN_EventMeta);
    if (m < 0) return -1;
    n += m;
  }
  const source = meta.source;
  if (typeof source !== 'object' || source === null) return -1;
  x = source.component;
  switch (x) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
      n += 1;
      break;
    default:
      return -1;
  }
  x = source.node;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(source).length !== 3) {
    m = measureUnknownMembers(source, KNOWN_EventSource);
    if (m < 0) return -1;
    n += m;
  }
  const details = source.event_details;
  if (typeof details !== 'object' || details === null) return -1;
  n += 283;
  if (lax && Object.keys(details).length !== 13) {
    m = measureUnknownMembers(details, KNOWN_EventDetails);
    if (m < 0) return -1;
    n += m;
  }
  if (details.rebuild_details !== null) return -1;
  n += 4;
  if (details.replica_details !== null) return -1;
  n += 4;
  if (details.switch_over_details !== null) return -1;
  n += 4;
  if (details.nexus_child_details !== null) return -1;
  n += 4;
  if (details.nvme_path_details !== null) return -1;
  n += 4;
  if (details.host_initiator_details !== null) return -1;
  n += 4;
  x = details.reactor_details;
  m = canonicalReactorEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  if (details.state_change_details !== null) return -1;
  n += 4;
  if (details.action_duration_details !== null) return -1;
  n += 4;
  if (details.snapshot_details !== null) return -1;
  n += 4;
  if (details.clone_details !== null) return -1;
  n += 4;
  if (details.error_details !== null) return -1;
  n += 4;
  if (details.subsystem_pause_details !== null) return -1;
  n += 4;
  x = meta.timestamp;
  m = measureTimestamp(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalSnapshotCreate(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null || v.category !== 10 || v.action !== 1) return -1;
  let n = 129;
  let x: any;
  let m: number;
  x = v.target;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 4) {
    m = measureUnknownMembers(v, KNOWN_EventMessage);
    if (m < 0) return -1;
    n += m;
  }
  const meta = v.metadata;
  if (typeof meta !== 'object' || meta === null || meta.version !== 1) return -1;
  x = meta.id;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(meta).length !== 4) {
    m = measureUnknownMembers(meta, KNOWN_EventMeta);
    if (m < 0) return -1;
    n += m;
  }
  const source = meta.source;
  if (typeof source !== 'object' || source === null) return -1;
  x = source.component;
  switch (x) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
      n += 1;
      break;
    default:
      return -1;
  }
  x = source.node;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(source).length !== 3) {
    m = measureUnknownMembers(source, KNOWN_EventSource);
    if (m < 0) return -1;
    n += m;
  }
  const details = source.event_details;
  if (typeof details !== 'object' || details === null) return -1;
  n += 283;
  if (lax && Object.keys(details).length !== 13) {
    m = measureUnknownMembers(details, KNOWN_EventDetails);
    if (m < 0) return -1;
    n += m;
  }
  if (details.rebuild_details !== null) return -1;
  n += 4;
  if (details.replica_details !== null) return -1;
  n += 4;
  if (details.switch_over_details !== null) return -1;
  n += 4;
  if (details.nexus_child_details !== null) return -1;
  n += 4;
  if (details.nvme_path_details !== null) return -1;
  n += 4;
  if (details.host_initiator_details !== null) return -1;
  n += 4;
  if (details.reactor_details !== null) return -1;
  n += 4;
  if (details.state_change_details !== null) return -1;
  n += 4;
  if (details.action_duration_details !== null) return -1;
  n += 4;
  x = details.snapshot_details;
  m = canonicalSnapshotEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  if (details.clone_details !== null) return -1;
  n += 4;
  if (details.error_details !== null) return -1;
  n += 4;
  if (details.subsystem_pause_details !== null) return -1;
  n += 4;
  x = meta.timestamp;
  m = measureTimestamp(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalCloneCreate(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null || v.category !== 11 || v.action !== 1) return -1;
  let n = 129;
  let x: any;
  let m: number;
  x = v.target;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 4) {
    m = measureUnknownMembers(v, KNOWN_EventMessage);
    if (m < 0) return -1;
    n += m;
  }
  const meta = v.metadata;
  if (typeof meta !== 'object' || meta === null || meta.version !== 1) return -1;
  x = meta.id;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(meta).length !== 4) {
    m = measureUnknownMembers(meta, KNOWN_EventMeta);
    if (m < 0) return -1;
    n += m;
  }
  const source = meta.source;
  if (typeof source !== 'object' || source === null) return -1;
  x = source.component;
  switch (x) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
      n += 1;
      break;
    default:
      return -1;
  }
  x = source.node;
  if (typeof x !== 'string') return -1;
  if (plain) n += x.length + 2;
  else {
    m = measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(source).length !== 3) {
    m = measureUnknownMembers(source, KNOWN_EventSource);
    if (m < 0) return -1;
    n += m;
  }
  const details = source.event_details;
  if (typeof details !== 'object' || details === null) return -1;
  n += 283;
  if (lax && Object.keys(details).length !== 13) {
    m = measureUnknownMembers(details, KNOWN_EventDetails);
    if (m < 0) return -1;
    n += m;
  }
  if (details.rebuild_details !== null) return -1;
  n += 4;
  if (details.replica_details !== null) return -1;
  n += 4;
  if (details.switch_over_details !== null) return -1;
  n += 4;
  if (details.nexus_child_details !== null) return -1;
  n += 4;
  if (details.nvme_path_details !== null) return -1;
  n += 4;
  if (details.host_initiator_details !== null) return -1;
  n += 4;
  if (details.reactor_details !== null) return -1;
  n += 4;
  if (details.state_change_details !== null) return -1;
  n += 4;
  if (details.action_duration_details !== null) return -1;
  n += 4;
  if (details.snapshot_details !== null) return -1;
  n += 4;
  x = details.clone_details;
  m = canonicalCloneEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  if (details.error_details !== null) return -1;
  n += 4;
  if (details.subsystem_pause_details !== null) return -1;
  n += 4;
  x = meta.timestamp;
  m = measureTimestamp(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

/** The canonical measure of every catalogued event, by subject key. */
export const canonicalMeasures: Readonly<Record<EventKey, CanonicalMeasure>> = {
  'volume.create': canonicalVolumeCreate,
  'volume.delete': canonicalVolumeDelete,
  'replica.create': canonicalReplicaCreate,
  'replica.delete': canonicalReplicaDelete,
  'replica.stateChange': canonicalReplicaStateChange,
  'pool.create': canonicalPoolCreate,
  'pool.delete': canonicalPoolDelete,
  'nexus.create': canonicalNexusCreate,
  'nexus.delete': canonicalNexusDelete,
  'nexus.stateChange': canonicalNexusStateChange,
  'nexus.rebuildBegin': canonicalNexusRebuildBegin,
  'nexus.rebuildEnd': canonicalNexusRebuildEnd,
  'nexus.addChild': canonicalNexusAddChild,
  'nexus.removeChild': canonicalNexusRemoveChild,
  'nexus.onlineChild': canonicalNexusOnlineChild,
  'nexus.subsystemPause': canonicalNexusSubsystemPause,
  'nexus.subsystemResume': canonicalNexusSubsystemResume,
  'nexus.init': canonicalNexusInit,
  'nexus.reconfiguring': canonicalNexusReconfiguring,
  'nexus.shutdown': canonicalNexusShutdown,
  'node.stateChange': canonicalNodeStateChange,
  'highAvailability.switchOver': canonicalHighAvailabilitySwitchOver,
  'nvmePath.nvmePathSuspect': canonicalNvmePathNvmePathSuspect,
  'nvmePath.nvmePathFail': canonicalNvmePathNvmePathFail,
  'nvmePath.nvmePathFix': canonicalNvmePathNvmePathFix,
  'nvmePath.nvmePathDeleting': canonicalNvmePathNvmePathDeleting,
  'hostInitiator.nvmeConnect': canonicalHostInitiatorNvmeConnect,
  'hostInitiator.nvmeDisconnect': canonicalHostInitiatorNvmeDisconnect,
  'hostInitiator.nvmeKeepAliveTimeout': canonicalHostInitiatorNvmeKeepAliveTimeout,
  'ioEngine.start': canonicalIoEngineStart,
  'ioEngine.shutdown': canonicalIoEngineShutdown,
  'ioEngine.stop': canonicalIoEngineStop,
  'ioEngine.reactorFreeze': canonicalIoEngineReactorFreeze,
  'ioEngine.reactorUnfreeze': canonicalIoEngineReactorUnfreeze,
  'snapshot.create': canonicalSnapshotCreate,
  'clone.create': canonicalCloneCreate,
};
