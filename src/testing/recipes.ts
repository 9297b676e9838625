// One recipe per catalogued event: the target, node and details a real service would send,
// drawn from a seeded source. Typed over the registry, so a key without a recipe does not compile.
import {
  RebuildStatus,
  SwitchOverStatus,
  timestampFromEpochNanos,
  timestampToEpochNanos,
  type EventDetailsInput,
  type EventKey,
  type RebuildEventDetails,
} from 'mayastor-events';
import type { Instant } from './clock.js';
import type { Random } from './random.js';
import {
  REACTOR_STATES,
  REBUILD_ERRORS,
  NEXUS_STATE_CHANGES,
  NODE_STATE_CHANGES,
  childStateChange,
  childUri,
  chronoDisplayTime,
  controllerPath,
  hostNqn,
  ioEngineHostNqn,
  nvmfUri,
  subsystemNqn,
  type Cluster,
  type ClusterNode,
} from './values.js';

/** What a recipe draws from: the seeded source, the cluster, the event's instant and the caller's hints. */
export interface RecipeContext {
  readonly random: Random;
  readonly cluster: Cluster;
  /** When the event happens. */
  readonly at: Instant;
  /** The target the caller's overrides set, if any, so that details can refer to it. */
  readonly targetHint: string | undefined;
  /** The node the caller's overrides set, if any. */
  readonly nodeHint: string | undefined;
}

/** What a recipe returns: the event's target, node and details. */
export interface Fabricated<K extends EventKey> {
  readonly target: string;
  readonly node: string;
  readonly details?: EventDetailsInput<K>;
}

type Recipe<K extends EventKey> = (ctx: RecipeContext) => Fabricated<K>;

/** A freshly drawn uuid, or the caller's target. Always draws, so hints never shift the sequence. */
function targetUuid(ctx: RecipeContext): string {
  const drawn = ctx.random.uuid();
  return ctx.targetHint ?? drawn;
}

/** A node of the cluster (renamed to the caller's node, if one was given). Always draws once. */
function someNode(ctx: RecipeContext): ClusterNode {
  const node = ctx.random.pick(ctx.cluster.nodes);
  return ctx.nodeHint === undefined || ctx.nodeHint === '' ? node : { ...node, name: ctx.nodeHint };
}

/** Another node than `node` (the cluster has at least three). Always draws once. */
function otherNode(ctx: RecipeContext, node: ClusterNode): ClusterNode {
  const others = ctx.cluster.nodes.filter((candidate) => candidate.name !== node.name && candidate.ip !== node.ip);
  return ctx.random.pick(others);
}

/** The first instant the Rust services can write, in nanoseconds since the epoch. */
const FIRST_INSTANT = /* @__PURE__ */ timestampToEpochNanos('-262144-01-01T00:00:00Z');

/** An instant shortly (up to `maxMillis`) before the event, in canonical form with its own precision. */
function shortlyBefore(ctx: RecipeContext, maxMillis: number): string {
  const back = BigInt(ctx.random.int(0, maxMillis)) * 1_000_000n + BigInt(ctx.random.int(0, 999_999));
  const unit = ctx.random.pick([1_000_000_000n, 1_000_000n, 1_000n, 1n]);
  const nanos = ctx.at.nanos - back;
  const rounded = nanos - (((nanos % unit) + unit) % unit);
  // Never before the first instant chrono writes (a `now` at the very start of its years).
  return timestampFromEpochNanos(rounded < FIRST_INSTANT ? ctx.at.nanos : rounded);
}

/** A volume event: the core agent often leaves the node empty. */
function volumeEvent(ctx: RecipeContext): Fabricated<'volume.create'> {
  const target = targetUuid(ctx);
  const node = someNode(ctx);
  const empty = ctx.random.chance(0.7);
  return { target, node: ctx.nodeHint ?? (empty ? '' : node.name) };
}

function replicaEvent(ctx: RecipeContext): Fabricated<'replica.create'> {
  const target = targetUuid(ctx);
  const node = someNode(ctx);
  return {
    target,
    node: node.name,
    details: { replica_details: { pool_name: node.pool.name, pool_uuid: node.pool.uuid, replica_name: target } },
  };
}

function poolEvent(ctx: RecipeContext): Fabricated<'pool.create'> {
  const node = someNode(ctx);
  return { target: ctx.targetHint ?? node.pool.name, node: node.name };
}

/** A nexus event without details. */
function nexusEvent(ctx: RecipeContext): Fabricated<'nexus.create'> {
  const target = targetUuid(ctx);
  return { target, node: someNode(ctx).name };
}

/** A child of a nexus on `nexusNode`: a replica on some node, local (`bdev:///`) or remote (`nvmf://`). */
function someChild(ctx: RecipeContext, nexusNode: ClusterNode): string {
  const replicaNode = ctx.random.pick(ctx.cluster.nodes);
  return childUri(nexusNode, replicaNode, ctx.random.uuid());
}

function nexusChildEvent(ctx: RecipeContext): Fabricated<'nexus.addChild'> {
  const target = targetUuid(ctx);
  const node = someNode(ctx);
  return { target, node: node.name, details: { nexus_child_details: { uri: someChild(ctx, node) } } };
}

/** A rebuild of one child of a nexus from another; `status` and `error` as the io-engine reports them. */
function rebuildEvent(
  ctx: RecipeContext,
  status: RebuildEventDetails['rebuild_status'],
  error: string | null,
): Fabricated<'nexus.rebuildBegin'> {
  const target = targetUuid(ctx);
  const node = someNode(ctx);
  const source = someChild(ctx, node);
  const destination = someChild(ctx, node);
  return {
    target,
    node: node.name,
    details: {
      rebuild_details: { rebuild_status: status, source_replica: source, destination_replica: destination, error },
    },
  };
}

function nvmePathEvent(ctx: RecipeContext): Fabricated<'nvmePath.nvmePathSuspect'> {
  const volume = targetUuid(ctx);
  const node = someNode(ctx);
  const controller = ctx.random.int(0, 15);
  const details = { nvme_path_details: { nqn: subsystemNqn(volume), path: controllerPath(controller) } };
  return { target: volume, node: node.name, details };
}

/** A host connected to a nexus (a kernel initiator) or to a replica (a nexus on another io-engine). */
function hostInitiatorEvent(ctx: RecipeContext): Fabricated<'hostInitiator.nvmeConnect'> {
  const node = someNode(ctx);
  const host = otherNode(ctx, node);
  const uuid = ctx.random.uuid();
  const hostUuid = ctx.random.uuid();
  const kind = ctx.random.weighted([
    [6, 'nexus'],
    [3, 'replica'],
    [1, ''],
  ] as const);
  return {
    target: ctx.targetHint ?? '',
    node: node.name,
    details: {
      host_initiator_details: {
        host_nqn: kind === 'replica' ? ioEngineHostNqn(host.name) : hostNqn(hostUuid),
        subsystem_nqn: subsystemNqn(uuid),
        target: kind,
        uuid: kind === '' ? '' : uuid,
      },
    },
  };
}

function ioEngineEvent(ctx: RecipeContext): Fabricated<'ioEngine.start'> {
  return { target: ctx.targetHint ?? 'mayastor', node: someNode(ctx).name };
}

function reactorEvent(ctx: RecipeContext, state: string): Fabricated<'ioEngine.reactorFreeze'> {
  const node = someNode(ctx);
  const lcore = ctx.random.int(0, node.cores - 1);
  return { target: ctx.targetHint ?? String(lcore + 1), node: node.name, details: { reactor_details: { lcore, state } } };
}

/** The recipe of every catalogued event. */
export const recipes: { readonly [K in EventKey]: Recipe<K> } = {
  'volume.create': volumeEvent,
  'volume.delete': volumeEvent,
  'replica.create': replicaEvent,
  'replica.delete': replicaEvent,
  'replica.stateChange': (ctx) => {
    const drawn = targetUuid(ctx);
    const node = someNode(ctx);
    const [previous, next] = childStateChange(ctx.random);
    // The io-engine reads the target from the child's uri; a uri without `uuid=` gives "".
    const target = ctx.random.chance(0.1) && ctx.targetHint === undefined ? '' : drawn;
    return { target, node: node.name, details: { state_change_details: { previous, next } } };
  },
  'pool.create': poolEvent,
  'pool.delete': poolEvent,
  'nexus.create': nexusEvent,
  'nexus.delete': nexusEvent,
  'nexus.stateChange': (ctx) => {
    const { target, node } = nexusEvent(ctx);
    const [previous, next] = ctx.random.pick(NEXUS_STATE_CHANGES);
    return { target, node, details: { state_change_details: { previous, next } } };
  },
  'nexus.rebuildBegin': (ctx) => rebuildEvent(ctx, RebuildStatus.Started, null),
  'nexus.rebuildEnd': (ctx) => {
    const status = ctx.random.weighted<RebuildEventDetails['rebuild_status']>([
      [7, RebuildStatus.Completed],
      [2, RebuildStatus.Stopped],
      [2, RebuildStatus.Failed],
    ]);
    const error = ctx.random.pick(REBUILD_ERRORS);
    return rebuildEvent(ctx, status, status === RebuildStatus.Failed ? error : null);
  },
  'nexus.addChild': nexusChildEvent,
  'nexus.removeChild': nexusChildEvent,
  'nexus.onlineChild': nexusChildEvent,
  'nexus.subsystemPause': (ctx) => {
    const { target, node } = nexusEvent(ctx);
    const state = ctx.random.pick(['Pausing', 'Paused', 'Frozen', ''] as const);
    // Sent when the pause starts, again with the time it took, or with the error when it failed.
    const stage = ctx.random.weighted([
      [2, 'started'],
      [2, 'done'],
      [1, 'failed'],
    ] as const);
    const timeTaken = { seconds: ctx.random.int(0, 2), nanos: ctx.random.int(0, 999_999_999) };
    const error = ctx.random.pick(['failed to pause the NVMe subsystem', 'subsystem pause timed out', 'nexus is shutting down']);
    return {
      target,
      node,
      details: {
        subsystem_pause_details: { nexus_pause_state: state },
        ...(stage === 'started' ? {} : { action_duration_details: { time_taken: timeTaken } }),
        ...(stage === 'failed' ? { error_details: { error } } : {}),
      },
    };
  },
  'nexus.subsystemResume': nexusEvent,
  'nexus.init': nexusEvent,
  'nexus.reconfiguring': nexusEvent,
  'nexus.shutdown': (ctx) => {
    const { target, node } = nexusEvent(ctx);
    const failed = ctx.random.chance(0.2);
    const error = ctx.random.pick(['failed to destroy nexus: device busy', 'failed to unshare the nexus', 'failed to close a child']);
    return failed ? { target, node, details: { error_details: { error } } } : { target, node };
  },
  'node.stateChange': (ctx) => {
    const node = someNode(ctx);
    const [previous, next] = ctx.random.pick(NODE_STATE_CHANGES);
    const target = ctx.targetHint ?? node.name;
    // The core agent reports a node's state as coming from that node.
    return { target, node: ctx.nodeHint ?? target, details: { state_change_details: { previous, next } } };
  },
  'highAvailability.switchOver': (ctx) => {
    const volume = targetUuid(ctx);
    const frontEnd = someNode(ctx);
    const nexusNode = otherNode(ctx, frontEnd);
    const status = ctx.random.weighted([
      [2, SwitchOverStatus.SwitchOverStarted],
      [2, SwitchOverStatus.SwitchOverCompleted],
      [1, SwitchOverStatus.SwitchOverFailed],
    ]);
    const startTime = shortlyBefore(ctx, 30_000);
    const retries = ctx.random.int(0, 4);
    return {
      target: volume,
      node: frontEnd.name,
      details: {
        switch_over_details: {
          switch_over_status: status,
          start_time: status === SwitchOverStatus.SwitchOverStarted ? ctx.at.timestamp : startTime,
          existing_nqn: subsystemNqn(volume),
          new_path: status === SwitchOverStatus.SwitchOverCompleted ? nvmfUri(nexusNode.ip, volume) : null,
          retry_count: status === SwitchOverStatus.SwitchOverStarted ? 0 : retries,
        },
      },
    };
  },
  'nvmePath.nvmePathSuspect': nvmePathEvent,
  'nvmePath.nvmePathFail': nvmePathEvent,
  'nvmePath.nvmePathFix': (ctx) => {
    const volume = targetUuid(ctx);
    const nexusNode = someNode(ctx);
    return {
      target: volume,
      node: ctx.nodeHint ?? '',
      details: { nvme_path_details: { nqn: subsystemNqn(volume), path: nvmfUri(nexusNode.ip, volume) } },
    };
  },
  'nvmePath.nvmePathDeleting': nvmePathEvent,
  'hostInitiator.nvmeConnect': hostInitiatorEvent,
  'hostInitiator.nvmeDisconnect': hostInitiatorEvent,
  'hostInitiator.nvmeKeepAliveTimeout': hostInitiatorEvent,
  'ioEngine.start': ioEngineEvent,
  'ioEngine.shutdown': ioEngineEvent,
  'ioEngine.stop': (ctx) => {
    const { target, node } = ioEngineEvent(ctx);
    const timeTaken = { seconds: ctx.random.int(0, 9), nanos: ctx.random.int(0, 999_999_999) };
    return { target, node, details: { action_duration_details: { time_taken: timeTaken } } };
  },
  'ioEngine.reactorFreeze': (ctx) => reactorEvent(ctx, ctx.random.pick(REACTOR_STATES.slice(0, 2))),
  'ioEngine.reactorUnfreeze': (ctx) => reactorEvent(ctx, REACTOR_STATES[0]),
  'snapshot.create': (ctx) => {
    const snapshot = targetUuid(ctx);
    const node = someNode(ctx);
    const replica = ctx.random.uuid();
    const volume = ctx.random.uuid();
    const created = chronoDisplayTime(shortlyBefore(ctx, 50));
    const details = { snapshot_details: { replica_id: replica, create_time: created, volume_id: volume } };
    return { target: snapshot, node: node.name, details };
  },
  'clone.create': (ctx) => {
    const clone = targetUuid(ctx);
    const node = someNode(ctx);
    const snapshot = ctx.random.uuid();
    const created = chronoDisplayTime(shortlyBefore(ctx, 50));
    return { target: clone, node: node.name, details: { clone_details: { source_uuid: snapshot, create_time: created } } };
  },
};
