// Generated from schemas/catalog.yaml by scripts/generate.ts (event checks). Do not edit: run `npm run generate`.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { ValidationIssue } from '../errors.js';
import {
  detailIssues,
  detailText,
  eventForm,
  isI64,
  isInt32,
  isIntIn,
  isObjectLike,
  isTimestampSyntax,
  isU64,
  memberCount,
  memberIssue,
  objectIssues,
  type Check,
  type EventForm,
  type MemberRule,
} from '../codec/check-primitives.js';
import type { EventKey, EventMap } from './registry.js';

// The details messages an event may carry.

function testRebuildEventDetails(v: any): boolean {
  return (
    isObjectLike(v) &&
    isIntIn(v.rebuild_status, 0, 4) &&
    typeof v.source_replica === 'string' &&
    typeof v.destination_replica === 'string' &&
    (v.error === null || typeof v.error === 'string') &&
    memberCount(v) === 4
  );
}

const MEMBERS_RebuildEventDetails: readonly MemberRule[] = [
  ["rebuild_status", "one of 0, 1, 2, 3, 4 (RebuildStatus)"],
  ["source_replica", "a string"],
  ["destination_replica", "a string"],
  ["error", "a string or null"],
];

function issuesRebuildEventDetails(v: any, path: string, what: string, out: ValidationIssue[]): void {
  const m = MEMBERS_RebuildEventDetails;
  if (!objectIssues(v, path, what, m, out)) return;
  memberIssue(v, path, m[0]!, isIntIn(v.rebuild_status, 0, 4), out);
  memberIssue(v, path, m[1]!, typeof v.source_replica === 'string', out);
  memberIssue(v, path, m[2]!, typeof v.destination_replica === 'string', out);
  memberIssue(v, path, m[3]!, (v.error === null || typeof v.error === 'string'), out);
}

function testReplicaEventDetails(v: any): boolean {
  return (
    isObjectLike(v) &&
    typeof v.pool_name === 'string' &&
    typeof v.pool_uuid === 'string' &&
    typeof v.replica_name === 'string' &&
    memberCount(v) === 3
  );
}

const MEMBERS_ReplicaEventDetails: readonly MemberRule[] = [
  ["pool_name", "a string"],
  ["pool_uuid", "a string"],
  ["replica_name", "a string"],
];

function issuesReplicaEventDetails(v: any, path: string, what: string, out: ValidationIssue[]): void {
  const m = MEMBERS_ReplicaEventDetails;
  if (!objectIssues(v, path, what, m, out)) return;
  memberIssue(v, path, m[0]!, typeof v.pool_name === 'string', out);
  memberIssue(v, path, m[1]!, typeof v.pool_uuid === 'string', out);
  memberIssue(v, path, m[2]!, typeof v.replica_name === 'string', out);
}

function testSwitchOverEventDetails(v: any): boolean {
  return (
    isObjectLike(v) &&
    isIntIn(v.switch_over_status, 0, 3) &&
    (v.start_time === null || isTimestampSyntax(v.start_time)) &&
    typeof v.existing_nqn === 'string' &&
    (v.new_path === null || typeof v.new_path === 'string') &&
    isU64(v.retry_count) &&
    memberCount(v) === 5
  );
}

const MEMBERS_SwitchOverEventDetails: readonly MemberRule[] = [
  ["switch_over_status", "one of 0, 1, 2, 3 (SwitchOverStatus)"],
  ["start_time", "an RFC 3339 timestamp such as 2024-05-01T10:20:30.123Z or null"],
  ["existing_nqn", "a string"],
  ["new_path", "a string or null"],
  ["retry_count", "a u64: a safe non-negative integer, or a bigint up to 2^64 − 1"],
];

function issuesSwitchOverEventDetails(v: any, path: string, what: string, out: ValidationIssue[]): void {
  const m = MEMBERS_SwitchOverEventDetails;
  if (!objectIssues(v, path, what, m, out)) return;
  memberIssue(v, path, m[0]!, isIntIn(v.switch_over_status, 0, 3), out);
  memberIssue(v, path, m[1]!, (v.start_time === null || isTimestampSyntax(v.start_time)), out);
  memberIssue(v, path, m[2]!, typeof v.existing_nqn === 'string', out);
  memberIssue(v, path, m[3]!, (v.new_path === null || typeof v.new_path === 'string'), out);
  memberIssue(v, path, m[4]!, isU64(v.retry_count), out);
}

function testNexusChildEventDetails(v: any): boolean {
  return (
    isObjectLike(v) &&
    typeof v.uri === 'string' &&
    memberCount(v) === 1
  );
}

const MEMBERS_NexusChildEventDetails: readonly MemberRule[] = [
  ["uri", "a string"],
];

function issuesNexusChildEventDetails(v: any, path: string, what: string, out: ValidationIssue[]): void {
  const m = MEMBERS_NexusChildEventDetails;
  if (!objectIssues(v, path, what, m, out)) return;
  memberIssue(v, path, m[0]!, typeof v.uri === 'string', out);
}

function testNvmePathEventDetails(v: any): boolean {
  return (
    isObjectLike(v) &&
    typeof v.nqn === 'string' &&
    typeof v.path === 'string' &&
    memberCount(v) === 2
  );
}

const MEMBERS_NvmePathEventDetails: readonly MemberRule[] = [
  ["nqn", "a string"],
  ["path", "a string"],
];

function issuesNvmePathEventDetails(v: any, path: string, what: string, out: ValidationIssue[]): void {
  const m = MEMBERS_NvmePathEventDetails;
  if (!objectIssues(v, path, what, m, out)) return;
  memberIssue(v, path, m[0]!, typeof v.nqn === 'string', out);
  memberIssue(v, path, m[1]!, typeof v.path === 'string', out);
}

function testHostInitiatorEventDetails(v: any): boolean {
  return (
    isObjectLike(v) &&
    typeof v.host_nqn === 'string' &&
    typeof v.subsystem_nqn === 'string' &&
    typeof v.target === 'string' &&
    typeof v.uuid === 'string' &&
    memberCount(v) === 4
  );
}

const MEMBERS_HostInitiatorEventDetails: readonly MemberRule[] = [
  ["host_nqn", "a string"],
  ["subsystem_nqn", "a string"],
  ["target", "a string"],
  ["uuid", "a string"],
];

function issuesHostInitiatorEventDetails(v: any, path: string, what: string, out: ValidationIssue[]): void {
  const m = MEMBERS_HostInitiatorEventDetails;
  if (!objectIssues(v, path, what, m, out)) return;
  memberIssue(v, path, m[0]!, typeof v.host_nqn === 'string', out);
  memberIssue(v, path, m[1]!, typeof v.subsystem_nqn === 'string', out);
  memberIssue(v, path, m[2]!, typeof v.target === 'string', out);
  memberIssue(v, path, m[3]!, typeof v.uuid === 'string', out);
}

function testReactorEventDetails(v: any): boolean {
  return (
    isObjectLike(v) &&
    isU64(v.lcore) &&
    typeof v.state === 'string' &&
    memberCount(v) === 2
  );
}

const MEMBERS_ReactorEventDetails: readonly MemberRule[] = [
  ["lcore", "a u64: a safe non-negative integer, or a bigint up to 2^64 − 1"],
  ["state", "a string"],
];

function issuesReactorEventDetails(v: any, path: string, what: string, out: ValidationIssue[]): void {
  const m = MEMBERS_ReactorEventDetails;
  if (!objectIssues(v, path, what, m, out)) return;
  memberIssue(v, path, m[0]!, isU64(v.lcore), out);
  memberIssue(v, path, m[1]!, typeof v.state === 'string', out);
}

function testStateChangeEventDetails(v: any): boolean {
  return (
    isObjectLike(v) &&
    typeof v.previous === 'string' &&
    typeof v.next === 'string' &&
    memberCount(v) === 2
  );
}

const MEMBERS_StateChangeEventDetails: readonly MemberRule[] = [
  ["previous", "a string"],
  ["next", "a string"],
];

function issuesStateChangeEventDetails(v: any, path: string, what: string, out: ValidationIssue[]): void {
  const m = MEMBERS_StateChangeEventDetails;
  if (!objectIssues(v, path, what, m, out)) return;
  memberIssue(v, path, m[0]!, typeof v.previous === 'string', out);
  memberIssue(v, path, m[1]!, typeof v.next === 'string', out);
}

function testDuration(v: any): boolean {
  return (
    isObjectLike(v) &&
    isI64(v.seconds) &&
    isInt32(v.nanos) &&
    memberCount(v) === 2
  );
}

const MEMBERS_Duration: readonly MemberRule[] = [
  ["seconds", "an i64: a safe integer, or a bigint from −2^63 to 2^63 − 1"],
  ["nanos", "an integer in the i32 range"],
];

function issuesDuration(v: any, path: string, what: string, out: ValidationIssue[]): void {
  const m = MEMBERS_Duration;
  if (!objectIssues(v, path, what, m, out)) return;
  memberIssue(v, path, m[0]!, isI64(v.seconds), out);
  memberIssue(v, path, m[1]!, isInt32(v.nanos), out);
}

function testEventActionDuration(v: any): boolean {
  return (
    isObjectLike(v) &&
    (v.time_taken === null || testDuration(v.time_taken)) &&
    memberCount(v) === 1
  );
}

const MEMBERS_EventActionDuration: readonly MemberRule[] = [
  ["time_taken", "a Duration object or null"],
];

function issuesEventActionDuration(v: any, path: string, what: string, out: ValidationIssue[]): void {
  const m = MEMBERS_EventActionDuration;
  if (!objectIssues(v, path, what, m, out)) return;
  if (Object.hasOwn(v, "time_taken") && v.time_taken !== null) issuesDuration(v.time_taken, path + "/time_taken", m[0]![1], out);
}

function testSnapshotEventDetails(v: any): boolean {
  return (
    isObjectLike(v) &&
    typeof v.replica_id === 'string' &&
    typeof v.create_time === 'string' &&
    typeof v.volume_id === 'string' &&
    memberCount(v) === 3
  );
}

const MEMBERS_SnapshotEventDetails: readonly MemberRule[] = [
  ["replica_id", "a string"],
  ["create_time", "a string"],
  ["volume_id", "a string"],
];

function issuesSnapshotEventDetails(v: any, path: string, what: string, out: ValidationIssue[]): void {
  const m = MEMBERS_SnapshotEventDetails;
  if (!objectIssues(v, path, what, m, out)) return;
  memberIssue(v, path, m[0]!, typeof v.replica_id === 'string', out);
  memberIssue(v, path, m[1]!, typeof v.create_time === 'string', out);
  memberIssue(v, path, m[2]!, typeof v.volume_id === 'string', out);
}

function testCloneEventDetails(v: any): boolean {
  return (
    isObjectLike(v) &&
    typeof v.source_uuid === 'string' &&
    typeof v.create_time === 'string' &&
    memberCount(v) === 2
  );
}

const MEMBERS_CloneEventDetails: readonly MemberRule[] = [
  ["source_uuid", "a string"],
  ["create_time", "a string"],
];

function issuesCloneEventDetails(v: any, path: string, what: string, out: ValidationIssue[]): void {
  const m = MEMBERS_CloneEventDetails;
  if (!objectIssues(v, path, what, m, out)) return;
  memberIssue(v, path, m[0]!, typeof v.source_uuid === 'string', out);
  memberIssue(v, path, m[1]!, typeof v.create_time === 'string', out);
}

function testErrorDetails(v: any): boolean {
  return (
    isObjectLike(v) &&
    typeof v.error === 'string' &&
    memberCount(v) === 1
  );
}

const MEMBERS_ErrorDetails: readonly MemberRule[] = [
  ["error", "a string"],
];

function issuesErrorDetails(v: any, path: string, what: string, out: ValidationIssue[]): void {
  const m = MEMBERS_ErrorDetails;
  if (!objectIssues(v, path, what, m, out)) return;
  memberIssue(v, path, m[0]!, typeof v.error === 'string', out);
}

function testSubsystemPauseDetails(v: any): boolean {
  return (
    isObjectLike(v) &&
    typeof v.nexus_pause_state === 'string' &&
    memberCount(v) === 1
  );
}

const MEMBERS_SubsystemPauseDetails: readonly MemberRule[] = [
  ["nexus_pause_state", "a string"],
];

function issuesSubsystemPauseDetails(v: any, path: string, what: string, out: ValidationIssue[]): void {
  const m = MEMBERS_SubsystemPauseDetails;
  if (!objectIssues(v, path, what, m, out)) return;
  memberIssue(v, path, m[0]!, typeof v.nexus_pause_state === 'string', out);
}

// The envelope, in an event's form (codes of `details`: 0 null, 1 required, 2 optional).

function testEventDetails(v: any, k: EventForm): boolean {
  return (
    isObjectLike(v) &&
    (v.rebuild_details === null ? k.details[0] !== 1 : k.details[0] !== 0 && testRebuildEventDetails(v.rebuild_details)) &&
    (v.replica_details === null ? k.details[1] !== 1 : k.details[1] !== 0 && testReplicaEventDetails(v.replica_details)) &&
    (v.switch_over_details === null ? k.details[2] !== 1 : k.details[2] !== 0 && testSwitchOverEventDetails(v.switch_over_details)) &&
    (v.nexus_child_details === null ? k.details[3] !== 1 : k.details[3] !== 0 && testNexusChildEventDetails(v.nexus_child_details)) &&
    (v.nvme_path_details === null ? k.details[4] !== 1 : k.details[4] !== 0 && testNvmePathEventDetails(v.nvme_path_details)) &&
    (v.host_initiator_details === null ? k.details[5] !== 1 : k.details[5] !== 0 && testHostInitiatorEventDetails(v.host_initiator_details)) &&
    (v.reactor_details === null ? k.details[6] !== 1 : k.details[6] !== 0 && testReactorEventDetails(v.reactor_details)) &&
    (v.state_change_details === null ? k.details[7] !== 1 : k.details[7] !== 0 && testStateChangeEventDetails(v.state_change_details)) &&
    (v.action_duration_details === null ? k.details[8] !== 1 : k.details[8] !== 0 && testEventActionDuration(v.action_duration_details)) &&
    (v.snapshot_details === null ? k.details[9] !== 1 : k.details[9] !== 0 && testSnapshotEventDetails(v.snapshot_details)) &&
    (v.clone_details === null ? k.details[10] !== 1 : k.details[10] !== 0 && testCloneEventDetails(v.clone_details)) &&
    (v.error_details === null ? k.details[11] !== 1 : k.details[11] !== 0 && testErrorDetails(v.error_details)) &&
    (v.subsystem_pause_details === null ? k.details[12] !== 1 : k.details[12] !== 0 && testSubsystemPauseDetails(v.subsystem_pause_details)) &&
    memberCount(v) === 13
  );
}

function issuesEventDetails(v: any, path: string, what: string, k: EventForm, out: ValidationIssue[]): void {
  const m: readonly MemberRule[] = [
    ["rebuild_details", detailText(k.details[0]!, "a RebuildEventDetails object")],
    ["replica_details", detailText(k.details[1]!, "a ReplicaEventDetails object")],
    ["switch_over_details", detailText(k.details[2]!, "a SwitchOverEventDetails object")],
    ["nexus_child_details", detailText(k.details[3]!, "a NexusChildEventDetails object")],
    ["nvme_path_details", detailText(k.details[4]!, "a NvmePathEventDetails object")],
    ["host_initiator_details", detailText(k.details[5]!, "a HostInitiatorEventDetails object")],
    ["reactor_details", detailText(k.details[6]!, "a ReactorEventDetails object")],
    ["state_change_details", detailText(k.details[7]!, "a StateChangeEventDetails object")],
    ["action_duration_details", detailText(k.details[8]!, "an EventActionDuration object")],
    ["snapshot_details", detailText(k.details[9]!, "a SnapshotEventDetails object")],
    ["clone_details", detailText(k.details[10]!, "a CloneEventDetails object")],
    ["error_details", detailText(k.details[11]!, "an ErrorDetails object")],
    ["subsystem_pause_details", detailText(k.details[12]!, "a SubsystemPauseDetails object")],
  ];
  if (!objectIssues(v, path, what, m, out)) return;
  if (Object.hasOwn(v, "rebuild_details")) detailIssues(v.rebuild_details, path + "/rebuild_details", k.details[0]!, m[0]![1], issuesRebuildEventDetails, out);
  if (Object.hasOwn(v, "replica_details")) detailIssues(v.replica_details, path + "/replica_details", k.details[1]!, m[1]![1], issuesReplicaEventDetails, out);
  if (Object.hasOwn(v, "switch_over_details")) detailIssues(v.switch_over_details, path + "/switch_over_details", k.details[2]!, m[2]![1], issuesSwitchOverEventDetails, out);
  if (Object.hasOwn(v, "nexus_child_details")) detailIssues(v.nexus_child_details, path + "/nexus_child_details", k.details[3]!, m[3]![1], issuesNexusChildEventDetails, out);
  if (Object.hasOwn(v, "nvme_path_details")) detailIssues(v.nvme_path_details, path + "/nvme_path_details", k.details[4]!, m[4]![1], issuesNvmePathEventDetails, out);
  if (Object.hasOwn(v, "host_initiator_details")) detailIssues(v.host_initiator_details, path + "/host_initiator_details", k.details[5]!, m[5]![1], issuesHostInitiatorEventDetails, out);
  if (Object.hasOwn(v, "reactor_details")) detailIssues(v.reactor_details, path + "/reactor_details", k.details[6]!, m[6]![1], issuesReactorEventDetails, out);
  if (Object.hasOwn(v, "state_change_details")) detailIssues(v.state_change_details, path + "/state_change_details", k.details[7]!, m[7]![1], issuesStateChangeEventDetails, out);
  if (Object.hasOwn(v, "action_duration_details")) detailIssues(v.action_duration_details, path + "/action_duration_details", k.details[8]!, m[8]![1], issuesEventActionDuration, out);
  if (Object.hasOwn(v, "snapshot_details")) detailIssues(v.snapshot_details, path + "/snapshot_details", k.details[9]!, m[9]![1], issuesSnapshotEventDetails, out);
  if (Object.hasOwn(v, "clone_details")) detailIssues(v.clone_details, path + "/clone_details", k.details[10]!, m[10]![1], issuesCloneEventDetails, out);
  if (Object.hasOwn(v, "error_details")) detailIssues(v.error_details, path + "/error_details", k.details[11]!, m[11]![1], issuesErrorDetails, out);
  if (Object.hasOwn(v, "subsystem_pause_details")) detailIssues(v.subsystem_pause_details, path + "/subsystem_pause_details", k.details[12]!, m[12]![1], issuesSubsystemPauseDetails, out);
}

function testEventSource(v: any, k: EventForm): boolean {
  return (
    isObjectLike(v) &&
    isIntIn(v.component, 0, 4) &&
    typeof v.node === 'string' &&
    (v.event_details === null ? !k.detailsRequired : testEventDetails(v.event_details, k)) &&
    memberCount(v) === 3
  );
}

function issuesEventSource(v: any, path: string, what: string, k: EventForm, out: ValidationIssue[]): void {
  const m: readonly MemberRule[] = [
    ["component", "one of 0, 1, 2, 3, 4 (EventComponent)"],
    ["node", "a string"],
    ["event_details", k.detailsRequired ? "an EventDetails object" : "an EventDetails object or null"],
  ];
  if (!objectIssues(v, path, what, m, out)) return;
  memberIssue(v, path, m[0]!, isIntIn(v.component, 0, 4), out);
  memberIssue(v, path, m[1]!, typeof v.node === 'string', out);
  if (Object.hasOwn(v, "event_details") && !(v.event_details === null && !k.detailsRequired)) issuesEventDetails(v.event_details, path + "/event_details", m[2]![1], k, out);
}

function testEventMeta(v: any, k: EventForm): boolean {
  return (
    isObjectLike(v) &&
    typeof v.id === 'string' &&
    testEventSource(v.source, k) &&
    isTimestampSyntax(v.timestamp) &&
    v.version === 1 &&
    memberCount(v) === 4
  );
}

function issuesEventMeta(v: any, path: string, what: string, k: EventForm, out: ValidationIssue[]): void {
  const m: readonly MemberRule[] = [
    ["id", "a string"],
    ["source", "an EventSource object"],
    ["timestamp", "an RFC 3339 timestamp such as 2024-05-01T10:20:30.123Z"],
    ["version", "1 (V1)"],
  ];
  if (!objectIssues(v, path, what, m, out)) return;
  memberIssue(v, path, m[0]!, typeof v.id === 'string', out);
  if (Object.hasOwn(v, "source")) issuesEventSource(v.source, path + "/source", m[1]![1], k, out);
  memberIssue(v, path, m[2]!, isTimestampSyntax(v.timestamp), out);
  memberIssue(v, path, m[3]!, v.version === 1, out);
}

function testEventMessage(v: any, k: EventForm): boolean {
  return (
    isObjectLike(v) &&
    v.category === k.category &&
    v.action === k.action &&
    typeof v.target === 'string' &&
    testEventMeta(v.metadata, k) &&
    memberCount(v) === 4
  );
}

function issuesEventMessage(v: any, path: string, what: string, k: EventForm, out: ValidationIssue[]): void {
  const m: readonly MemberRule[] = [
    ["category", k.categoryText],
    ["action", k.actionText],
    ["target", "a string"],
    ["metadata", "an EventMeta object"],
  ];
  if (!objectIssues(v, path, what, m, out)) return;
  memberIssue(v, path, m[0]!, v.category === k.category, out);
  memberIssue(v, path, m[1]!, v.action === k.action, out);
  memberIssue(v, path, m[2]!, typeof v.target === 'string', out);
  if (Object.hasOwn(v, "metadata")) issuesEventMeta(v.metadata, path + "/metadata", m[3]![1], k, out);
}

// How each event carries the details members, and each event's form.

const DETAILS_1: readonly number[] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
const DETAILS_2: readonly number[] = [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
const DETAILS_3: readonly number[] = [0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0];
const DETAILS_4: readonly number[] = [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
const DETAILS_5: readonly number[] = [0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0];
const DETAILS_6: readonly number[] = [0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 2, 1];
const DETAILS_7: readonly number[] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0];
const DETAILS_8: readonly number[] = [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
const DETAILS_9: readonly number[] = [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0];
const DETAILS_10: readonly number[] = [0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0];
const DETAILS_11: readonly number[] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0];
const DETAILS_12: readonly number[] = [0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0];
const DETAILS_13: readonly number[] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0];
const DETAILS_14: readonly number[] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0];

const VolumeCreate = eventForm(2, "Volume", 1, "Create", DETAILS_1);
const VolumeDelete = eventForm(2, "Volume", 2, "Delete", DETAILS_1);
const ReplicaCreate = eventForm(4, "Replica", 1, "Create", DETAILS_2);
const ReplicaDelete = eventForm(4, "Replica", 2, "Delete", DETAILS_2);
const ReplicaStateChange = eventForm(4, "Replica", 3, "StateChange", DETAILS_3);
const PoolCreate = eventForm(1, "Pool", 1, "Create", DETAILS_1);
const PoolDelete = eventForm(1, "Pool", 2, "Delete", DETAILS_1);
const NexusCreate = eventForm(3, "Nexus", 1, "Create", DETAILS_1);
const NexusDelete = eventForm(3, "Nexus", 2, "Delete", DETAILS_1);
const NexusStateChange = eventForm(3, "Nexus", 3, "StateChange", DETAILS_3);
const NexusRebuildBegin = eventForm(3, "Nexus", 4, "RebuildBegin", DETAILS_4);
const NexusRebuildEnd = eventForm(3, "Nexus", 5, "RebuildEnd", DETAILS_4);
const NexusAddChild = eventForm(3, "Nexus", 7, "AddChild", DETAILS_5);
const NexusRemoveChild = eventForm(3, "Nexus", 8, "RemoveChild", DETAILS_5);
const NexusOnlineChild = eventForm(3, "Nexus", 12, "OnlineChild", DETAILS_5);
const NexusSubsystemPause = eventForm(3, "Nexus", 21, "SubsystemPause", DETAILS_6);
const NexusSubsystemResume = eventForm(3, "Nexus", 22, "SubsystemResume", DETAILS_1);
const NexusInit = eventForm(3, "Nexus", 23, "Init", DETAILS_1);
const NexusReconfiguring = eventForm(3, "Nexus", 24, "Reconfiguring", DETAILS_1);
const NexusShutdown = eventForm(3, "Nexus", 18, "Shutdown", DETAILS_7);
const NodeStateChange = eventForm(5, "Node", 3, "StateChange", DETAILS_3);
const HighAvailabilitySwitchOver = eventForm(6, "HighAvailability", 6, "SwitchOver", DETAILS_8);
const NvmePathNvmePathSuspect = eventForm(7, "NvmePath", 9, "NvmePathSuspect", DETAILS_9);
const NvmePathNvmePathFail = eventForm(7, "NvmePath", 10, "NvmePathFail", DETAILS_9);
const NvmePathNvmePathFix = eventForm(7, "NvmePath", 11, "NvmePathFix", DETAILS_9);
const NvmePathNvmePathDeleting = eventForm(7, "NvmePath", 25, "NvmePathDeleting", DETAILS_9);
const HostInitiatorNvmeConnect = eventForm(8, "HostInitiator", 13, "NvmeConnect", DETAILS_10);
const HostInitiatorNvmeDisconnect = eventForm(8, "HostInitiator", 14, "NvmeDisconnect", DETAILS_10);
const HostInitiatorNvmeKeepAliveTimeout = eventForm(8, "HostInitiator", 15, "NvmeKeepAliveTimeout", DETAILS_10);
const IoEngineStart = eventForm(9, "IoEngineCategory", 19, "Start", DETAILS_1);
const IoEngineShutdown = eventForm(9, "IoEngineCategory", 18, "Shutdown", DETAILS_1);
const IoEngineStop = eventForm(9, "IoEngineCategory", 20, "Stop", DETAILS_11);
const IoEngineReactorFreeze = eventForm(9, "IoEngineCategory", 16, "ReactorFreeze", DETAILS_12);
const IoEngineReactorUnfreeze = eventForm(9, "IoEngineCategory", 17, "ReactorUnfreeze", DETAILS_12);
const SnapshotCreate = eventForm(10, "Snapshot", 1, "Create", DETAILS_13);
const CloneCreate = eventForm(11, "Clone", 1, "Create", DETAILS_14);

function issuesOf(v: unknown, k: EventForm): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  issuesEventMessage(v, '', "an EventMessage object", k, out);
  return out;
}

/**
 * The check of every catalogued event by its key: the verdict of the event's TypeBox schema
 * (`mayastor-events/schemas`), and the same paths in its issues, as plain code.
 */
export const eventChecks: { readonly [K in EventKey]: Check<EventMap[K]> } = {
  "volume.create": {
    test: (v): v is EventMap["volume.create"] => testEventMessage(v, VolumeCreate),
    issues: (v) => issuesOf(v, VolumeCreate),
  },
  "volume.delete": {
    test: (v): v is EventMap["volume.delete"] => testEventMessage(v, VolumeDelete),
    issues: (v) => issuesOf(v, VolumeDelete),
  },
  "replica.create": {
    test: (v): v is EventMap["replica.create"] => testEventMessage(v, ReplicaCreate),
    issues: (v) => issuesOf(v, ReplicaCreate),
  },
  "replica.delete": {
    test: (v): v is EventMap["replica.delete"] => testEventMessage(v, ReplicaDelete),
    issues: (v) => issuesOf(v, ReplicaDelete),
  },
  "replica.stateChange": {
    test: (v): v is EventMap["replica.stateChange"] => testEventMessage(v, ReplicaStateChange),
    issues: (v) => issuesOf(v, ReplicaStateChange),
  },
  "pool.create": {
    test: (v): v is EventMap["pool.create"] => testEventMessage(v, PoolCreate),
    issues: (v) => issuesOf(v, PoolCreate),
  },
  "pool.delete": {
    test: (v): v is EventMap["pool.delete"] => testEventMessage(v, PoolDelete),
    issues: (v) => issuesOf(v, PoolDelete),
  },
  "nexus.create": {
    test: (v): v is EventMap["nexus.create"] => testEventMessage(v, NexusCreate),
    issues: (v) => issuesOf(v, NexusCreate),
  },
  "nexus.delete": {
    test: (v): v is EventMap["nexus.delete"] => testEventMessage(v, NexusDelete),
    issues: (v) => issuesOf(v, NexusDelete),
  },
  "nexus.stateChange": {
    test: (v): v is EventMap["nexus.stateChange"] => testEventMessage(v, NexusStateChange),
    issues: (v) => issuesOf(v, NexusStateChange),
  },
  "nexus.rebuildBegin": {
    test: (v): v is EventMap["nexus.rebuildBegin"] => testEventMessage(v, NexusRebuildBegin),
    issues: (v) => issuesOf(v, NexusRebuildBegin),
  },
  "nexus.rebuildEnd": {
    test: (v): v is EventMap["nexus.rebuildEnd"] => testEventMessage(v, NexusRebuildEnd),
    issues: (v) => issuesOf(v, NexusRebuildEnd),
  },
  "nexus.addChild": {
    test: (v): v is EventMap["nexus.addChild"] => testEventMessage(v, NexusAddChild),
    issues: (v) => issuesOf(v, NexusAddChild),
  },
  "nexus.removeChild": {
    test: (v): v is EventMap["nexus.removeChild"] => testEventMessage(v, NexusRemoveChild),
    issues: (v) => issuesOf(v, NexusRemoveChild),
  },
  "nexus.onlineChild": {
    test: (v): v is EventMap["nexus.onlineChild"] => testEventMessage(v, NexusOnlineChild),
    issues: (v) => issuesOf(v, NexusOnlineChild),
  },
  "nexus.subsystemPause": {
    test: (v): v is EventMap["nexus.subsystemPause"] => testEventMessage(v, NexusSubsystemPause),
    issues: (v) => issuesOf(v, NexusSubsystemPause),
  },
  "nexus.subsystemResume": {
    test: (v): v is EventMap["nexus.subsystemResume"] => testEventMessage(v, NexusSubsystemResume),
    issues: (v) => issuesOf(v, NexusSubsystemResume),
  },
  "nexus.init": {
    test: (v): v is EventMap["nexus.init"] => testEventMessage(v, NexusInit),
    issues: (v) => issuesOf(v, NexusInit),
  },
  "nexus.reconfiguring": {
    test: (v): v is EventMap["nexus.reconfiguring"] => testEventMessage(v, NexusReconfiguring),
    issues: (v) => issuesOf(v, NexusReconfiguring),
  },
  "nexus.shutdown": {
    test: (v): v is EventMap["nexus.shutdown"] => testEventMessage(v, NexusShutdown),
    issues: (v) => issuesOf(v, NexusShutdown),
  },
  "node.stateChange": {
    test: (v): v is EventMap["node.stateChange"] => testEventMessage(v, NodeStateChange),
    issues: (v) => issuesOf(v, NodeStateChange),
  },
  "highAvailability.switchOver": {
    test: (v): v is EventMap["highAvailability.switchOver"] => testEventMessage(v, HighAvailabilitySwitchOver),
    issues: (v) => issuesOf(v, HighAvailabilitySwitchOver),
  },
  "nvmePath.nvmePathSuspect": {
    test: (v): v is EventMap["nvmePath.nvmePathSuspect"] => testEventMessage(v, NvmePathNvmePathSuspect),
    issues: (v) => issuesOf(v, NvmePathNvmePathSuspect),
  },
  "nvmePath.nvmePathFail": {
    test: (v): v is EventMap["nvmePath.nvmePathFail"] => testEventMessage(v, NvmePathNvmePathFail),
    issues: (v) => issuesOf(v, NvmePathNvmePathFail),
  },
  "nvmePath.nvmePathFix": {
    test: (v): v is EventMap["nvmePath.nvmePathFix"] => testEventMessage(v, NvmePathNvmePathFix),
    issues: (v) => issuesOf(v, NvmePathNvmePathFix),
  },
  "nvmePath.nvmePathDeleting": {
    test: (v): v is EventMap["nvmePath.nvmePathDeleting"] => testEventMessage(v, NvmePathNvmePathDeleting),
    issues: (v) => issuesOf(v, NvmePathNvmePathDeleting),
  },
  "hostInitiator.nvmeConnect": {
    test: (v): v is EventMap["hostInitiator.nvmeConnect"] => testEventMessage(v, HostInitiatorNvmeConnect),
    issues: (v) => issuesOf(v, HostInitiatorNvmeConnect),
  },
  "hostInitiator.nvmeDisconnect": {
    test: (v): v is EventMap["hostInitiator.nvmeDisconnect"] => testEventMessage(v, HostInitiatorNvmeDisconnect),
    issues: (v) => issuesOf(v, HostInitiatorNvmeDisconnect),
  },
  "hostInitiator.nvmeKeepAliveTimeout": {
    test: (v): v is EventMap["hostInitiator.nvmeKeepAliveTimeout"] => testEventMessage(v, HostInitiatorNvmeKeepAliveTimeout),
    issues: (v) => issuesOf(v, HostInitiatorNvmeKeepAliveTimeout),
  },
  "ioEngine.start": {
    test: (v): v is EventMap["ioEngine.start"] => testEventMessage(v, IoEngineStart),
    issues: (v) => issuesOf(v, IoEngineStart),
  },
  "ioEngine.shutdown": {
    test: (v): v is EventMap["ioEngine.shutdown"] => testEventMessage(v, IoEngineShutdown),
    issues: (v) => issuesOf(v, IoEngineShutdown),
  },
  "ioEngine.stop": {
    test: (v): v is EventMap["ioEngine.stop"] => testEventMessage(v, IoEngineStop),
    issues: (v) => issuesOf(v, IoEngineStop),
  },
  "ioEngine.reactorFreeze": {
    test: (v): v is EventMap["ioEngine.reactorFreeze"] => testEventMessage(v, IoEngineReactorFreeze),
    issues: (v) => issuesOf(v, IoEngineReactorFreeze),
  },
  "ioEngine.reactorUnfreeze": {
    test: (v): v is EventMap["ioEngine.reactorUnfreeze"] => testEventMessage(v, IoEngineReactorUnfreeze),
    issues: (v) => issuesOf(v, IoEngineReactorUnfreeze),
  },
  "snapshot.create": {
    test: (v): v is EventMap["snapshot.create"] => testEventMessage(v, SnapshotCreate),
    issues: (v) => issuesOf(v, SnapshotCreate),
  },
  "clone.create": {
    test: (v): v is EventMap["clone.create"] => testEventMessage(v, CloneCreate),
    issues: (v) => issuesOf(v, CloneCreate),
  },
};
