// Generated from schemas/catalog.yaml by scripts/generate.ts (the decode fast path: canonical length and catalogued form, in one walk). Do not edit: run `npm run generate`.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { measureI32, measureI64, measureString, measureTimestamp, measureU64, measureUnknownMembersNoting } from '../codec/write-primitives.js';
import type { EventKey } from './registry.js';
import { knownMembers } from './wire.js';

/** Length of a string written without escapes (the text holds no backslash), or -1. */
function plainString(x: unknown): number {
  return typeof x === 'string' ? x.length + 2 : -1;
}

/** Set when a measured integer has three characters or more (an exponent could spell it as short). */
export interface WideIntegers {
  seen: boolean;
}

/**
 * Length of the canonical JSON of a parsed value that is this event in its catalogued form, or -1.
 * `plain`: the text it was parsed from holds no backslash and is well-formed (no string needs an escape).
 * `lax`: also count the members this SDK does not know, each as JSON.stringify writes it (the
 * shortest spelling but for exponents: `wide` says whether a number could have one).
 */
export type CanonicalMeasure = (value: any, plain: boolean, lax: boolean, wide: WideIntegers) => number;

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
  m = plain ? plainString(x) : measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.destination_replica;
  m = plain ? plainString(x) : measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.error;
  if (x === null) n += 4;
  else {
    m = plain ? plainString(x) : measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  if (lax && Object.keys(v).length !== 4) {
    m = measureUnknownMembersNoting(v, knownMembers.RebuildEventDetails, wide);
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
  m = plain ? plainString(x) : measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.pool_uuid;
  m = plain ? plainString(x) : measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.replica_name;
  m = plain ? plainString(x) : measureString(x);
  if (m < 0) return -1;
  n += m;
  if (lax && Object.keys(v).length !== 3) {
    m = measureUnknownMembersNoting(v, knownMembers.ReplicaEventDetails, wide);
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
  m = plain ? plainString(x) : measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.new_path;
  if (x === null) n += 4;
  else {
    m = plain ? plainString(x) : measureString(x);
    if (m < 0) return -1;
    n += m;
  }
  x = v.retry_count;
  m = measureU64(x);
  if (m < 0) return -1;
  if (m > 2) wide.seen = true;
  n += m;
  if (lax && Object.keys(v).length !== 5) {
    m = measureUnknownMembersNoting(v, knownMembers.SwitchOverEventDetails, wide);
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
  m = plain ? plainString(x) : measureString(x);
  if (m < 0) return -1;
  n += m;
  if (lax && Object.keys(v).length !== 1) {
    m = measureUnknownMembersNoting(v, knownMembers.NexusChildEventDetails, wide);
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
  m = plain ? plainString(x) : measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.path;
  m = plain ? plainString(x) : measureString(x);
  if (m < 0) return -1;
  n += m;
  if (lax && Object.keys(v).length !== 2) {
    m = measureUnknownMembersNoting(v, knownMembers.NvmePathEventDetails, wide);
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
  m = plain ? plainString(x) : measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.subsystem_nqn;
  m = plain ? plainString(x) : measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.target;
  m = plain ? plainString(x) : measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.uuid;
  m = plain ? plainString(x) : measureString(x);
  if (m < 0) return -1;
  n += m;
  if (lax && Object.keys(v).length !== 4) {
    m = measureUnknownMembersNoting(v, knownMembers.HostInitiatorEventDetails, wide);
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
  m = plain ? plainString(x) : measureString(x);
  if (m < 0) return -1;
  n += m;
  if (lax && Object.keys(v).length !== 2) {
    m = measureUnknownMembersNoting(v, knownMembers.ReactorEventDetails, wide);
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
  m = plain ? plainString(x) : measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.next;
  m = plain ? plainString(x) : measureString(x);
  if (m < 0) return -1;
  n += m;
  if (lax && Object.keys(v).length !== 2) {
    m = measureUnknownMembersNoting(v, knownMembers.StateChangeEventDetails, wide);
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
    m = measureUnknownMembersNoting(v, knownMembers.Duration, wide);
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
    m = measureUnknownMembersNoting(v, knownMembers.EventActionDuration, wide);
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
  m = plain ? plainString(x) : measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.create_time;
  m = plain ? plainString(x) : measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.volume_id;
  m = plain ? plainString(x) : measureString(x);
  if (m < 0) return -1;
  n += m;
  if (lax && Object.keys(v).length !== 3) {
    m = measureUnknownMembersNoting(v, knownMembers.SnapshotEventDetails, wide);
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
  m = plain ? plainString(x) : measureString(x);
  if (m < 0) return -1;
  n += m;
  x = v.create_time;
  m = plain ? plainString(x) : measureString(x);
  if (m < 0) return -1;
  n += m;
  if (lax && Object.keys(v).length !== 2) {
    m = measureUnknownMembersNoting(v, knownMembers.CloneEventDetails, wide);
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
  m = plain ? plainString(x) : measureString(x);
  if (m < 0) return -1;
  n += m;
  if (lax && Object.keys(v).length !== 1) {
    m = measureUnknownMembersNoting(v, knownMembers.ErrorDetails, wide);
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
  m = plain ? plainString(x) : measureString(x);
  if (m < 0) return -1;
  n += m;
  if (lax && Object.keys(v).length !== 1) {
    m = measureUnknownMembersNoting(v, knownMembers.SubsystemPauseDetails, wide);
    if (m < 0) return -1;
    n += m;
  }
  return n;
}

type DetailsMeasure = (details: any, plain: boolean, lax: boolean, wide: WideIntegers) => number;

function canonicalEvent(
  v: any,
  plain: boolean,
  lax: boolean,
  wide: WideIntegers,
  category: number,
  action: number,
  constants: number,
  measureDetails: DetailsMeasure,
  detailsMayBeNull: boolean,
): number {
  if (typeof v !== 'object' || v === null || v.category !== category || v.action !== action) return -1;
  let n = constants + 126;
  let x: any;
  let m: number;
  x = v.target;
  m = plain ? plainString(x) : measureString(x);
  if (m < 0) return -1;
  n += m;
  if (lax && Object.keys(v).length !== 4) {
    m = measureUnknownMembersNoting(v, knownMembers.EventMessage, wide);
    if (m < 0) return -1;
    n += m;
  }
  const meta = v.metadata;
  if (typeof meta !== 'object' || meta === null || meta.version !== 1) return -1;
  x = meta.id;
  m = plain ? plainString(x) : measureString(x);
  if (m < 0) return -1;
  n += m;
  if (lax && Object.keys(meta).length !== 4) {
    m = measureUnknownMembersNoting(meta, knownMembers.EventMeta, wide);
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
  m = plain ? plainString(x) : measureString(x);
  if (m < 0) return -1;
  n += m;
  if (lax && Object.keys(source).length !== 3) {
    m = measureUnknownMembersNoting(source, knownMembers.EventSource, wide);
    if (m < 0) return -1;
    n += m;
  }
  const details = source.event_details;
  if (details === null && detailsMayBeNull) n += 4;
  else {
    m = measureDetails(details, plain, lax, wide);
    if (m < 0) return -1;
    n += m;
  }
  x = meta.timestamp;
  m = measureTimestamp(x);
  if (m < 0) return -1;
  n += m;
  return n;
}

function detailsVolumeCreate(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 283;
  let m: number;
  if (lax && Object.keys(v).length !== 13) {
    m = measureUnknownMembersNoting(v, knownMembers.EventDetails, wide);
    if (m < 0) return -1;
    n += m;
  }
  if (v.rebuild_details !== null || v.replica_details !== null || v.switch_over_details !== null || v.nexus_child_details !== null || v.nvme_path_details !== null || v.host_initiator_details !== null || v.reactor_details !== null || v.state_change_details !== null || v.action_duration_details !== null || v.snapshot_details !== null || v.clone_details !== null || v.error_details !== null || v.subsystem_pause_details !== null) return -1;
  n += 52;
  return n;
}

function canonicalVolumeCreate(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  return canonicalEvent(v, plain, lax, wide, 2, 1, 2, detailsVolumeCreate, true);
}

function detailsVolumeDelete(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 283;
  let m: number;
  if (lax && Object.keys(v).length !== 13) {
    m = measureUnknownMembersNoting(v, knownMembers.EventDetails, wide);
    if (m < 0) return -1;
    n += m;
  }
  if (v.rebuild_details !== null || v.replica_details !== null || v.switch_over_details !== null || v.nexus_child_details !== null || v.nvme_path_details !== null || v.host_initiator_details !== null || v.reactor_details !== null || v.state_change_details !== null || v.action_duration_details !== null || v.snapshot_details !== null || v.clone_details !== null || v.error_details !== null || v.subsystem_pause_details !== null) return -1;
  n += 52;
  return n;
}

function canonicalVolumeDelete(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  return canonicalEvent(v, plain, lax, wide, 2, 2, 2, detailsVolumeDelete, true);
}

function detailsReplicaCreate(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 283;
  let x: any;
  let m: number;
  if (lax && Object.keys(v).length !== 13) {
    m = measureUnknownMembersNoting(v, knownMembers.EventDetails, wide);
    if (m < 0) return -1;
    n += m;
  }
  if (v.rebuild_details !== null || v.switch_over_details !== null || v.nexus_child_details !== null || v.nvme_path_details !== null || v.host_initiator_details !== null || v.reactor_details !== null || v.state_change_details !== null || v.action_duration_details !== null || v.snapshot_details !== null || v.clone_details !== null || v.error_details !== null || v.subsystem_pause_details !== null) return -1;
  n += 48;
  x = v.replica_details;
  m = canonicalReplicaEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalReplicaCreate(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  return canonicalEvent(v, plain, lax, wide, 4, 1, 2, detailsReplicaCreate, false);
}

function detailsReplicaDelete(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 283;
  let x: any;
  let m: number;
  if (lax && Object.keys(v).length !== 13) {
    m = measureUnknownMembersNoting(v, knownMembers.EventDetails, wide);
    if (m < 0) return -1;
    n += m;
  }
  if (v.rebuild_details !== null || v.switch_over_details !== null || v.nexus_child_details !== null || v.nvme_path_details !== null || v.host_initiator_details !== null || v.reactor_details !== null || v.state_change_details !== null || v.action_duration_details !== null || v.snapshot_details !== null || v.clone_details !== null || v.error_details !== null || v.subsystem_pause_details !== null) return -1;
  n += 48;
  x = v.replica_details;
  m = canonicalReplicaEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalReplicaDelete(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  return canonicalEvent(v, plain, lax, wide, 4, 2, 2, detailsReplicaDelete, false);
}

function detailsReplicaStateChange(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 283;
  let x: any;
  let m: number;
  if (lax && Object.keys(v).length !== 13) {
    m = measureUnknownMembersNoting(v, knownMembers.EventDetails, wide);
    if (m < 0) return -1;
    n += m;
  }
  if (v.rebuild_details !== null || v.replica_details !== null || v.switch_over_details !== null || v.nexus_child_details !== null || v.nvme_path_details !== null || v.host_initiator_details !== null || v.reactor_details !== null || v.action_duration_details !== null || v.snapshot_details !== null || v.clone_details !== null || v.error_details !== null || v.subsystem_pause_details !== null) return -1;
  n += 48;
  x = v.state_change_details;
  m = canonicalStateChangeEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalReplicaStateChange(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  return canonicalEvent(v, plain, lax, wide, 4, 3, 2, detailsReplicaStateChange, false);
}

function detailsPoolCreate(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 283;
  let m: number;
  if (lax && Object.keys(v).length !== 13) {
    m = measureUnknownMembersNoting(v, knownMembers.EventDetails, wide);
    if (m < 0) return -1;
    n += m;
  }
  if (v.rebuild_details !== null || v.replica_details !== null || v.switch_over_details !== null || v.nexus_child_details !== null || v.nvme_path_details !== null || v.host_initiator_details !== null || v.reactor_details !== null || v.state_change_details !== null || v.action_duration_details !== null || v.snapshot_details !== null || v.clone_details !== null || v.error_details !== null || v.subsystem_pause_details !== null) return -1;
  n += 52;
  return n;
}

function canonicalPoolCreate(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  return canonicalEvent(v, plain, lax, wide, 1, 1, 2, detailsPoolCreate, true);
}

function detailsPoolDelete(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 283;
  let m: number;
  if (lax && Object.keys(v).length !== 13) {
    m = measureUnknownMembersNoting(v, knownMembers.EventDetails, wide);
    if (m < 0) return -1;
    n += m;
  }
  if (v.rebuild_details !== null || v.replica_details !== null || v.switch_over_details !== null || v.nexus_child_details !== null || v.nvme_path_details !== null || v.host_initiator_details !== null || v.reactor_details !== null || v.state_change_details !== null || v.action_duration_details !== null || v.snapshot_details !== null || v.clone_details !== null || v.error_details !== null || v.subsystem_pause_details !== null) return -1;
  n += 52;
  return n;
}

function canonicalPoolDelete(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  return canonicalEvent(v, plain, lax, wide, 1, 2, 2, detailsPoolDelete, true);
}

function detailsNexusCreate(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 283;
  let m: number;
  if (lax && Object.keys(v).length !== 13) {
    m = measureUnknownMembersNoting(v, knownMembers.EventDetails, wide);
    if (m < 0) return -1;
    n += m;
  }
  if (v.rebuild_details !== null || v.replica_details !== null || v.switch_over_details !== null || v.nexus_child_details !== null || v.nvme_path_details !== null || v.host_initiator_details !== null || v.reactor_details !== null || v.state_change_details !== null || v.action_duration_details !== null || v.snapshot_details !== null || v.clone_details !== null || v.error_details !== null || v.subsystem_pause_details !== null) return -1;
  n += 52;
  return n;
}

function canonicalNexusCreate(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  return canonicalEvent(v, plain, lax, wide, 3, 1, 2, detailsNexusCreate, true);
}

function detailsNexusDelete(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 283;
  let m: number;
  if (lax && Object.keys(v).length !== 13) {
    m = measureUnknownMembersNoting(v, knownMembers.EventDetails, wide);
    if (m < 0) return -1;
    n += m;
  }
  if (v.rebuild_details !== null || v.replica_details !== null || v.switch_over_details !== null || v.nexus_child_details !== null || v.nvme_path_details !== null || v.host_initiator_details !== null || v.reactor_details !== null || v.state_change_details !== null || v.action_duration_details !== null || v.snapshot_details !== null || v.clone_details !== null || v.error_details !== null || v.subsystem_pause_details !== null) return -1;
  n += 52;
  return n;
}

function canonicalNexusDelete(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  return canonicalEvent(v, plain, lax, wide, 3, 2, 2, detailsNexusDelete, true);
}

function detailsNexusStateChange(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 283;
  let x: any;
  let m: number;
  if (lax && Object.keys(v).length !== 13) {
    m = measureUnknownMembersNoting(v, knownMembers.EventDetails, wide);
    if (m < 0) return -1;
    n += m;
  }
  if (v.rebuild_details !== null || v.replica_details !== null || v.switch_over_details !== null || v.nexus_child_details !== null || v.nvme_path_details !== null || v.host_initiator_details !== null || v.reactor_details !== null || v.action_duration_details !== null || v.snapshot_details !== null || v.clone_details !== null || v.error_details !== null || v.subsystem_pause_details !== null) return -1;
  n += 48;
  x = v.state_change_details;
  m = canonicalStateChangeEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalNexusStateChange(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  return canonicalEvent(v, plain, lax, wide, 3, 3, 2, detailsNexusStateChange, false);
}

function detailsNexusRebuildBegin(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 283;
  let x: any;
  let m: number;
  if (lax && Object.keys(v).length !== 13) {
    m = measureUnknownMembersNoting(v, knownMembers.EventDetails, wide);
    if (m < 0) return -1;
    n += m;
  }
  if (v.replica_details !== null || v.switch_over_details !== null || v.nexus_child_details !== null || v.nvme_path_details !== null || v.host_initiator_details !== null || v.reactor_details !== null || v.state_change_details !== null || v.action_duration_details !== null || v.snapshot_details !== null || v.clone_details !== null || v.error_details !== null || v.subsystem_pause_details !== null) return -1;
  n += 48;
  x = v.rebuild_details;
  m = canonicalRebuildEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalNexusRebuildBegin(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  return canonicalEvent(v, plain, lax, wide, 3, 4, 2, detailsNexusRebuildBegin, false);
}

function detailsNexusRebuildEnd(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 283;
  let x: any;
  let m: number;
  if (lax && Object.keys(v).length !== 13) {
    m = measureUnknownMembersNoting(v, knownMembers.EventDetails, wide);
    if (m < 0) return -1;
    n += m;
  }
  if (v.replica_details !== null || v.switch_over_details !== null || v.nexus_child_details !== null || v.nvme_path_details !== null || v.host_initiator_details !== null || v.reactor_details !== null || v.state_change_details !== null || v.action_duration_details !== null || v.snapshot_details !== null || v.clone_details !== null || v.error_details !== null || v.subsystem_pause_details !== null) return -1;
  n += 48;
  x = v.rebuild_details;
  m = canonicalRebuildEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalNexusRebuildEnd(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  return canonicalEvent(v, plain, lax, wide, 3, 5, 2, detailsNexusRebuildEnd, false);
}

function detailsNexusAddChild(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 283;
  let x: any;
  let m: number;
  if (lax && Object.keys(v).length !== 13) {
    m = measureUnknownMembersNoting(v, knownMembers.EventDetails, wide);
    if (m < 0) return -1;
    n += m;
  }
  if (v.rebuild_details !== null || v.replica_details !== null || v.switch_over_details !== null || v.nvme_path_details !== null || v.host_initiator_details !== null || v.reactor_details !== null || v.state_change_details !== null || v.action_duration_details !== null || v.snapshot_details !== null || v.clone_details !== null || v.error_details !== null || v.subsystem_pause_details !== null) return -1;
  n += 48;
  x = v.nexus_child_details;
  m = canonicalNexusChildEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalNexusAddChild(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  return canonicalEvent(v, plain, lax, wide, 3, 7, 2, detailsNexusAddChild, false);
}

function detailsNexusRemoveChild(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 283;
  let x: any;
  let m: number;
  if (lax && Object.keys(v).length !== 13) {
    m = measureUnknownMembersNoting(v, knownMembers.EventDetails, wide);
    if (m < 0) return -1;
    n += m;
  }
  if (v.rebuild_details !== null || v.replica_details !== null || v.switch_over_details !== null || v.nvme_path_details !== null || v.host_initiator_details !== null || v.reactor_details !== null || v.state_change_details !== null || v.action_duration_details !== null || v.snapshot_details !== null || v.clone_details !== null || v.error_details !== null || v.subsystem_pause_details !== null) return -1;
  n += 48;
  x = v.nexus_child_details;
  m = canonicalNexusChildEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalNexusRemoveChild(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  return canonicalEvent(v, plain, lax, wide, 3, 8, 2, detailsNexusRemoveChild, false);
}

function detailsNexusOnlineChild(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 283;
  let x: any;
  let m: number;
  if (lax && Object.keys(v).length !== 13) {
    m = measureUnknownMembersNoting(v, knownMembers.EventDetails, wide);
    if (m < 0) return -1;
    n += m;
  }
  if (v.rebuild_details !== null || v.replica_details !== null || v.switch_over_details !== null || v.nvme_path_details !== null || v.host_initiator_details !== null || v.reactor_details !== null || v.state_change_details !== null || v.action_duration_details !== null || v.snapshot_details !== null || v.clone_details !== null || v.error_details !== null || v.subsystem_pause_details !== null) return -1;
  n += 48;
  x = v.nexus_child_details;
  m = canonicalNexusChildEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalNexusOnlineChild(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  return canonicalEvent(v, plain, lax, wide, 3, 12, 3, detailsNexusOnlineChild, false);
}

function detailsNexusSubsystemPause(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 283;
  let x: any;
  let m: number;
  if (lax && Object.keys(v).length !== 13) {
    m = measureUnknownMembersNoting(v, knownMembers.EventDetails, wide);
    if (m < 0) return -1;
    n += m;
  }
  if (v.rebuild_details !== null || v.replica_details !== null || v.switch_over_details !== null || v.nexus_child_details !== null || v.nvme_path_details !== null || v.host_initiator_details !== null || v.reactor_details !== null || v.state_change_details !== null || v.snapshot_details !== null || v.clone_details !== null) return -1;
  n += 40;
  x = v.action_duration_details;
  if (x === null) n += 4;
  else {
    m = canonicalEventActionDuration(x, plain, lax, wide);
    if (m < 0) return -1;
    n += m;
  }
  x = v.error_details;
  if (x === null) n += 4;
  else {
    m = canonicalErrorDetails(x, plain, lax, wide);
    if (m < 0) return -1;
    n += m;
  }
  x = v.subsystem_pause_details;
  m = canonicalSubsystemPauseDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalNexusSubsystemPause(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  return canonicalEvent(v, plain, lax, wide, 3, 21, 3, detailsNexusSubsystemPause, false);
}

function detailsNexusSubsystemResume(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 283;
  let m: number;
  if (lax && Object.keys(v).length !== 13) {
    m = measureUnknownMembersNoting(v, knownMembers.EventDetails, wide);
    if (m < 0) return -1;
    n += m;
  }
  if (v.rebuild_details !== null || v.replica_details !== null || v.switch_over_details !== null || v.nexus_child_details !== null || v.nvme_path_details !== null || v.host_initiator_details !== null || v.reactor_details !== null || v.state_change_details !== null || v.action_duration_details !== null || v.snapshot_details !== null || v.clone_details !== null || v.error_details !== null || v.subsystem_pause_details !== null) return -1;
  n += 52;
  return n;
}

function canonicalNexusSubsystemResume(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  return canonicalEvent(v, plain, lax, wide, 3, 22, 3, detailsNexusSubsystemResume, true);
}

function detailsNexusInit(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 283;
  let m: number;
  if (lax && Object.keys(v).length !== 13) {
    m = measureUnknownMembersNoting(v, knownMembers.EventDetails, wide);
    if (m < 0) return -1;
    n += m;
  }
  if (v.rebuild_details !== null || v.replica_details !== null || v.switch_over_details !== null || v.nexus_child_details !== null || v.nvme_path_details !== null || v.host_initiator_details !== null || v.reactor_details !== null || v.state_change_details !== null || v.action_duration_details !== null || v.snapshot_details !== null || v.clone_details !== null || v.error_details !== null || v.subsystem_pause_details !== null) return -1;
  n += 52;
  return n;
}

function canonicalNexusInit(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  return canonicalEvent(v, plain, lax, wide, 3, 23, 3, detailsNexusInit, true);
}

function detailsNexusReconfiguring(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 283;
  let m: number;
  if (lax && Object.keys(v).length !== 13) {
    m = measureUnknownMembersNoting(v, knownMembers.EventDetails, wide);
    if (m < 0) return -1;
    n += m;
  }
  if (v.rebuild_details !== null || v.replica_details !== null || v.switch_over_details !== null || v.nexus_child_details !== null || v.nvme_path_details !== null || v.host_initiator_details !== null || v.reactor_details !== null || v.state_change_details !== null || v.action_duration_details !== null || v.snapshot_details !== null || v.clone_details !== null || v.error_details !== null || v.subsystem_pause_details !== null) return -1;
  n += 52;
  return n;
}

function canonicalNexusReconfiguring(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  return canonicalEvent(v, plain, lax, wide, 3, 24, 3, detailsNexusReconfiguring, true);
}

function detailsNexusShutdown(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 283;
  let x: any;
  let m: number;
  if (lax && Object.keys(v).length !== 13) {
    m = measureUnknownMembersNoting(v, knownMembers.EventDetails, wide);
    if (m < 0) return -1;
    n += m;
  }
  if (v.rebuild_details !== null || v.replica_details !== null || v.switch_over_details !== null || v.nexus_child_details !== null || v.nvme_path_details !== null || v.host_initiator_details !== null || v.reactor_details !== null || v.state_change_details !== null || v.action_duration_details !== null || v.snapshot_details !== null || v.clone_details !== null || v.subsystem_pause_details !== null) return -1;
  n += 48;
  x = v.error_details;
  if (x === null) n += 4;
  else {
    m = canonicalErrorDetails(x, plain, lax, wide);
    if (m < 0) return -1;
    n += m;
  }
  return n;
}

function canonicalNexusShutdown(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  return canonicalEvent(v, plain, lax, wide, 3, 18, 3, detailsNexusShutdown, true);
}

function detailsNodeStateChange(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 283;
  let x: any;
  let m: number;
  if (lax && Object.keys(v).length !== 13) {
    m = measureUnknownMembersNoting(v, knownMembers.EventDetails, wide);
    if (m < 0) return -1;
    n += m;
  }
  if (v.rebuild_details !== null || v.replica_details !== null || v.switch_over_details !== null || v.nexus_child_details !== null || v.nvme_path_details !== null || v.host_initiator_details !== null || v.reactor_details !== null || v.action_duration_details !== null || v.snapshot_details !== null || v.clone_details !== null || v.error_details !== null || v.subsystem_pause_details !== null) return -1;
  n += 48;
  x = v.state_change_details;
  m = canonicalStateChangeEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalNodeStateChange(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  return canonicalEvent(v, plain, lax, wide, 5, 3, 2, detailsNodeStateChange, false);
}

function detailsHighAvailabilitySwitchOver(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 283;
  let x: any;
  let m: number;
  if (lax && Object.keys(v).length !== 13) {
    m = measureUnknownMembersNoting(v, knownMembers.EventDetails, wide);
    if (m < 0) return -1;
    n += m;
  }
  if (v.rebuild_details !== null || v.replica_details !== null || v.nexus_child_details !== null || v.nvme_path_details !== null || v.host_initiator_details !== null || v.reactor_details !== null || v.state_change_details !== null || v.action_duration_details !== null || v.snapshot_details !== null || v.clone_details !== null || v.error_details !== null || v.subsystem_pause_details !== null) return -1;
  n += 48;
  x = v.switch_over_details;
  m = canonicalSwitchOverEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalHighAvailabilitySwitchOver(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  return canonicalEvent(v, plain, lax, wide, 6, 6, 2, detailsHighAvailabilitySwitchOver, false);
}

function detailsNvmePathNvmePathSuspect(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 283;
  let x: any;
  let m: number;
  if (lax && Object.keys(v).length !== 13) {
    m = measureUnknownMembersNoting(v, knownMembers.EventDetails, wide);
    if (m < 0) return -1;
    n += m;
  }
  if (v.rebuild_details !== null || v.replica_details !== null || v.switch_over_details !== null || v.nexus_child_details !== null || v.host_initiator_details !== null || v.reactor_details !== null || v.state_change_details !== null || v.action_duration_details !== null || v.snapshot_details !== null || v.clone_details !== null || v.error_details !== null || v.subsystem_pause_details !== null) return -1;
  n += 48;
  x = v.nvme_path_details;
  m = canonicalNvmePathEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalNvmePathNvmePathSuspect(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  return canonicalEvent(v, plain, lax, wide, 7, 9, 2, detailsNvmePathNvmePathSuspect, false);
}

function detailsNvmePathNvmePathFail(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 283;
  let x: any;
  let m: number;
  if (lax && Object.keys(v).length !== 13) {
    m = measureUnknownMembersNoting(v, knownMembers.EventDetails, wide);
    if (m < 0) return -1;
    n += m;
  }
  if (v.rebuild_details !== null || v.replica_details !== null || v.switch_over_details !== null || v.nexus_child_details !== null || v.host_initiator_details !== null || v.reactor_details !== null || v.state_change_details !== null || v.action_duration_details !== null || v.snapshot_details !== null || v.clone_details !== null || v.error_details !== null || v.subsystem_pause_details !== null) return -1;
  n += 48;
  x = v.nvme_path_details;
  m = canonicalNvmePathEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalNvmePathNvmePathFail(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  return canonicalEvent(v, plain, lax, wide, 7, 10, 3, detailsNvmePathNvmePathFail, false);
}

function detailsNvmePathNvmePathFix(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 283;
  let x: any;
  let m: number;
  if (lax && Object.keys(v).length !== 13) {
    m = measureUnknownMembersNoting(v, knownMembers.EventDetails, wide);
    if (m < 0) return -1;
    n += m;
  }
  if (v.rebuild_details !== null || v.replica_details !== null || v.switch_over_details !== null || v.nexus_child_details !== null || v.host_initiator_details !== null || v.reactor_details !== null || v.state_change_details !== null || v.action_duration_details !== null || v.snapshot_details !== null || v.clone_details !== null || v.error_details !== null || v.subsystem_pause_details !== null) return -1;
  n += 48;
  x = v.nvme_path_details;
  m = canonicalNvmePathEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalNvmePathNvmePathFix(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  return canonicalEvent(v, plain, lax, wide, 7, 11, 3, detailsNvmePathNvmePathFix, false);
}

function detailsNvmePathNvmePathDeleting(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 283;
  let x: any;
  let m: number;
  if (lax && Object.keys(v).length !== 13) {
    m = measureUnknownMembersNoting(v, knownMembers.EventDetails, wide);
    if (m < 0) return -1;
    n += m;
  }
  if (v.rebuild_details !== null || v.replica_details !== null || v.switch_over_details !== null || v.nexus_child_details !== null || v.host_initiator_details !== null || v.reactor_details !== null || v.state_change_details !== null || v.action_duration_details !== null || v.snapshot_details !== null || v.clone_details !== null || v.error_details !== null || v.subsystem_pause_details !== null) return -1;
  n += 48;
  x = v.nvme_path_details;
  m = canonicalNvmePathEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalNvmePathNvmePathDeleting(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  return canonicalEvent(v, plain, lax, wide, 7, 25, 3, detailsNvmePathNvmePathDeleting, false);
}

function detailsHostInitiatorNvmeConnect(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 283;
  let x: any;
  let m: number;
  if (lax && Object.keys(v).length !== 13) {
    m = measureUnknownMembersNoting(v, knownMembers.EventDetails, wide);
    if (m < 0) return -1;
    n += m;
  }
  if (v.rebuild_details !== null || v.replica_details !== null || v.switch_over_details !== null || v.nexus_child_details !== null || v.nvme_path_details !== null || v.reactor_details !== null || v.state_change_details !== null || v.action_duration_details !== null || v.snapshot_details !== null || v.clone_details !== null || v.error_details !== null || v.subsystem_pause_details !== null) return -1;
  n += 48;
  x = v.host_initiator_details;
  m = canonicalHostInitiatorEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalHostInitiatorNvmeConnect(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  return canonicalEvent(v, plain, lax, wide, 8, 13, 3, detailsHostInitiatorNvmeConnect, false);
}

function detailsHostInitiatorNvmeDisconnect(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 283;
  let x: any;
  let m: number;
  if (lax && Object.keys(v).length !== 13) {
    m = measureUnknownMembersNoting(v, knownMembers.EventDetails, wide);
    if (m < 0) return -1;
    n += m;
  }
  if (v.rebuild_details !== null || v.replica_details !== null || v.switch_over_details !== null || v.nexus_child_details !== null || v.nvme_path_details !== null || v.reactor_details !== null || v.state_change_details !== null || v.action_duration_details !== null || v.snapshot_details !== null || v.clone_details !== null || v.error_details !== null || v.subsystem_pause_details !== null) return -1;
  n += 48;
  x = v.host_initiator_details;
  m = canonicalHostInitiatorEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalHostInitiatorNvmeDisconnect(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  return canonicalEvent(v, plain, lax, wide, 8, 14, 3, detailsHostInitiatorNvmeDisconnect, false);
}

function detailsHostInitiatorNvmeKeepAliveTimeout(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 283;
  let x: any;
  let m: number;
  if (lax && Object.keys(v).length !== 13) {
    m = measureUnknownMembersNoting(v, knownMembers.EventDetails, wide);
    if (m < 0) return -1;
    n += m;
  }
  if (v.rebuild_details !== null || v.replica_details !== null || v.switch_over_details !== null || v.nexus_child_details !== null || v.nvme_path_details !== null || v.reactor_details !== null || v.state_change_details !== null || v.action_duration_details !== null || v.snapshot_details !== null || v.clone_details !== null || v.error_details !== null || v.subsystem_pause_details !== null) return -1;
  n += 48;
  x = v.host_initiator_details;
  m = canonicalHostInitiatorEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalHostInitiatorNvmeKeepAliveTimeout(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  return canonicalEvent(v, plain, lax, wide, 8, 15, 3, detailsHostInitiatorNvmeKeepAliveTimeout, false);
}

function detailsIoEngineStart(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 283;
  let m: number;
  if (lax && Object.keys(v).length !== 13) {
    m = measureUnknownMembersNoting(v, knownMembers.EventDetails, wide);
    if (m < 0) return -1;
    n += m;
  }
  if (v.rebuild_details !== null || v.replica_details !== null || v.switch_over_details !== null || v.nexus_child_details !== null || v.nvme_path_details !== null || v.host_initiator_details !== null || v.reactor_details !== null || v.state_change_details !== null || v.action_duration_details !== null || v.snapshot_details !== null || v.clone_details !== null || v.error_details !== null || v.subsystem_pause_details !== null) return -1;
  n += 52;
  return n;
}

function canonicalIoEngineStart(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  return canonicalEvent(v, plain, lax, wide, 9, 19, 3, detailsIoEngineStart, true);
}

function detailsIoEngineShutdown(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 283;
  let m: number;
  if (lax && Object.keys(v).length !== 13) {
    m = measureUnknownMembersNoting(v, knownMembers.EventDetails, wide);
    if (m < 0) return -1;
    n += m;
  }
  if (v.rebuild_details !== null || v.replica_details !== null || v.switch_over_details !== null || v.nexus_child_details !== null || v.nvme_path_details !== null || v.host_initiator_details !== null || v.reactor_details !== null || v.state_change_details !== null || v.action_duration_details !== null || v.snapshot_details !== null || v.clone_details !== null || v.error_details !== null || v.subsystem_pause_details !== null) return -1;
  n += 52;
  return n;
}

function canonicalIoEngineShutdown(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  return canonicalEvent(v, plain, lax, wide, 9, 18, 3, detailsIoEngineShutdown, true);
}

function detailsIoEngineStop(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 283;
  let x: any;
  let m: number;
  if (lax && Object.keys(v).length !== 13) {
    m = measureUnknownMembersNoting(v, knownMembers.EventDetails, wide);
    if (m < 0) return -1;
    n += m;
  }
  if (v.rebuild_details !== null || v.replica_details !== null || v.switch_over_details !== null || v.nexus_child_details !== null || v.nvme_path_details !== null || v.host_initiator_details !== null || v.reactor_details !== null || v.state_change_details !== null || v.snapshot_details !== null || v.clone_details !== null || v.error_details !== null || v.subsystem_pause_details !== null) return -1;
  n += 48;
  x = v.action_duration_details;
  m = canonicalEventActionDuration(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalIoEngineStop(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  return canonicalEvent(v, plain, lax, wide, 9, 20, 3, detailsIoEngineStop, false);
}

function detailsIoEngineReactorFreeze(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 283;
  let x: any;
  let m: number;
  if (lax && Object.keys(v).length !== 13) {
    m = measureUnknownMembersNoting(v, knownMembers.EventDetails, wide);
    if (m < 0) return -1;
    n += m;
  }
  if (v.rebuild_details !== null || v.replica_details !== null || v.switch_over_details !== null || v.nexus_child_details !== null || v.nvme_path_details !== null || v.host_initiator_details !== null || v.state_change_details !== null || v.action_duration_details !== null || v.snapshot_details !== null || v.clone_details !== null || v.error_details !== null || v.subsystem_pause_details !== null) return -1;
  n += 48;
  x = v.reactor_details;
  m = canonicalReactorEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalIoEngineReactorFreeze(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  return canonicalEvent(v, plain, lax, wide, 9, 16, 3, detailsIoEngineReactorFreeze, false);
}

function detailsIoEngineReactorUnfreeze(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 283;
  let x: any;
  let m: number;
  if (lax && Object.keys(v).length !== 13) {
    m = measureUnknownMembersNoting(v, knownMembers.EventDetails, wide);
    if (m < 0) return -1;
    n += m;
  }
  if (v.rebuild_details !== null || v.replica_details !== null || v.switch_over_details !== null || v.nexus_child_details !== null || v.nvme_path_details !== null || v.host_initiator_details !== null || v.state_change_details !== null || v.action_duration_details !== null || v.snapshot_details !== null || v.clone_details !== null || v.error_details !== null || v.subsystem_pause_details !== null) return -1;
  n += 48;
  x = v.reactor_details;
  m = canonicalReactorEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalIoEngineReactorUnfreeze(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  return canonicalEvent(v, plain, lax, wide, 9, 17, 3, detailsIoEngineReactorUnfreeze, false);
}

function detailsSnapshotCreate(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 283;
  let x: any;
  let m: number;
  if (lax && Object.keys(v).length !== 13) {
    m = measureUnknownMembersNoting(v, knownMembers.EventDetails, wide);
    if (m < 0) return -1;
    n += m;
  }
  if (v.rebuild_details !== null || v.replica_details !== null || v.switch_over_details !== null || v.nexus_child_details !== null || v.nvme_path_details !== null || v.host_initiator_details !== null || v.reactor_details !== null || v.state_change_details !== null || v.action_duration_details !== null || v.clone_details !== null || v.error_details !== null || v.subsystem_pause_details !== null) return -1;
  n += 48;
  x = v.snapshot_details;
  m = canonicalSnapshotEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalSnapshotCreate(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  return canonicalEvent(v, plain, lax, wide, 10, 1, 3, detailsSnapshotCreate, false);
}

function detailsCloneCreate(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  if (typeof v !== 'object' || v === null) return -1;
  let n = 283;
  let x: any;
  let m: number;
  if (lax && Object.keys(v).length !== 13) {
    m = measureUnknownMembersNoting(v, knownMembers.EventDetails, wide);
    if (m < 0) return -1;
    n += m;
  }
  if (v.rebuild_details !== null || v.replica_details !== null || v.switch_over_details !== null || v.nexus_child_details !== null || v.nvme_path_details !== null || v.host_initiator_details !== null || v.reactor_details !== null || v.state_change_details !== null || v.action_duration_details !== null || v.snapshot_details !== null || v.error_details !== null || v.subsystem_pause_details !== null) return -1;
  n += 48;
  x = v.clone_details;
  m = canonicalCloneEventDetails(x, plain, lax, wide);
  if (m < 0) return -1;
  n += m;
  return n;
}

function canonicalCloneCreate(v: any, plain: boolean, lax: boolean, wide: WideIntegers): number {
  return canonicalEvent(v, plain, lax, wide, 11, 1, 3, detailsCloneCreate, false);
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
