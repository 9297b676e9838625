// Realistic values of the kind the Mayastor services put in their events: NVMe qualified names,
// child URIs, sysfs controller paths, the state strings they print, and a small seeded cluster
// of nodes and pools that fabricated events refer to.
import { normalizeTimestamp, timestampFromEpochNanos, timestampToEpochNanos } from 'mayastor-events';
import type { Random } from './random.js';

/** The NVMe-oF port the io-engine listens on. */
export const NVMF_PORT = 8420;

/** One io-engine node of a fabricated cluster, with its pool. */
export interface ClusterNode {
  /** The node name, e.g. `io-engine-1` or `worker-2`. */
  readonly name: string;
  /** The node's NVMe-oF address, e.g. `10.1.0.11`. */
  readonly ip: string;
  /** The disk pool on the node. */
  readonly pool: { readonly name: string; readonly uuid: string };
  /** How many cores (reactors) its io-engine runs. */
  readonly cores: number;
}

/** The nodes a fabricator's events refer to. */
export interface Cluster {
  /** Three to six io-engine nodes, which are also the nodes applications run on. */
  readonly nodes: readonly ClusterNode[];
}

/**
 * The NQN of a nexus' or replica's NVMe-oF subsystem: the volume uuid for a nexus, the replica uuid for a replica.
 *
 * @example
 * subsystemNqn('ec4e66fd-3b33-4439-b504-d49aba53da26'); // 'nqn.2019-05.io.openebs:ec4e66fd-3b33-4439-b504-d49aba53da26'
 */
export function subsystemNqn(uuid: string): string {
  return `nqn.2019-05.io.openebs:${uuid}`;
}

/**
 * The NQN of a kernel NVMe host (an application node's initiator).
 *
 * @example
 * hostNqn(hostUuid); // 'nqn.2014-08.org.nvmexpress:uuid:…'
 */
export function hostNqn(uuid: string): string {
  return `nqn.2014-08.org.nvmexpress:uuid:${uuid}`;
}

/**
 * The NQN an io-engine connects to replicas with (a nexus is the host of its remote children).
 *
 * @example
 * ioEngineHostNqn('io-engine-1'); // 'nqn.2019-05.io.openebs:node-name:io-engine-1'
 */
export function ioEngineHostNqn(node: string): string {
  return `nqn.2019-05.io.openebs:node-name:${node}`;
}

/**
 * The URI of an NVMe-oF target: a remote nexus child, or the new path of a volume after a switch-over.
 *
 * @example
 * nvmfUri('10.1.0.12', replicaUuid); // 'nvmf://10.1.0.12:8420/nqn.2019-05.io.openebs:<uuid>?uuid=<uuid>'
 */
export function nvmfUri(ip: string, uuid: string): string {
  return `nvmf://${ip}:${NVMF_PORT}/${subsystemNqn(uuid)}?uuid=${uuid}`;
}

/**
 * The URI of a nexus child that lives on the nexus' own node.
 *
 * @example
 * bdevUri(replicaUuid); // 'bdev:///<uuid>?uuid=<uuid>'
 */
export function bdevUri(uuid: string): string {
  return `bdev:///${uuid}?uuid=${uuid}`;
}

/** The URI a nexus on `nexusNode` has for the replica `uuid` on `replicaNode`: local `bdev:///`, remote `nvmf://`. */
export function childUri(nexusNode: ClusterNode, replicaNode: ClusterNode, uuid: string): string {
  return nexusNode.name === replicaNode.name ? bdevUri(uuid) : nvmfUri(replicaNode.ip, uuid);
}

/**
 * The sysfs path of an NVMe-oF controller on an application node.
 *
 * @example
 * controllerPath(3); // '/sys/devices/virtual/nvme-fabrics/ctl/nvme3'
 */
export function controllerPath(controller: number): string {
  return `/sys/devices/virtual/nvme-fabrics/ctl/nvme${controller}`;
}

/**
 * An instant in chrono's display form, as snapshot and clone `create_time` carry it. Takes a
 * timestamp in any form the reader accepts (it is converted to UTC first); throws a
 * `TimestampError` on anything else.
 *
 * @example
 * chronoDisplayTime('2024-10-23T16:26:38.123456789Z'); // '2024-10-23 16:26:38.123456789 UTC'
 * chronoDisplayTime('2024-10-23T18:26:38.5+02:00');    // '2024-10-23 16:26:38.500 UTC'
 */
export function chronoDisplayTime(timestamp: string): string {
  // The canonical form has chrono's fraction digits and a final `Z`; what the reader rejects (or
  // the Rust writer could not write) makes timestampToEpochNanos/timestampFromEpochNanos say why.
  const canonical = normalizeTimestamp(timestamp) ?? timestampFromEpochNanos(timestampToEpochNanos(timestamp));
  return `${canonical.slice(0, -1).replace('T', ' ')} UTC`;
}

// State strings as the services print them (io-engine Display impls, control-plane enums).

/** `NexusState` of the io-engine, which nexus state-change events carry. */
export const NEXUS_STATE_CHANGES = [
  ['init', 'open'],
  ['open', 'reconfiguring'],
  ['reconfiguring', 'open'],
  ['open', 'shutting_down'],
  ['shutting_down', 'shutdown'],
  ['open', 'closed'],
  ['closed', 'open'],
] as const;

/** Why the io-engine faulted a child (`faulted (<reason>)`). */
export const CHILD_FAULT_REASONS = [
  'unknown',
  'no space',
  'timed out',
  'cannot open',
  'rebuild failed',
  'io error',
  'by client',
  'admin command failed',
] as const;

/** Node states of the core agent. */
export const NODE_STATE_CHANGES = [
  ['Online', 'Offline'],
  ['Offline', 'Online'],
  ['Unknown', 'Online'],
  ['Online', 'Unknown'],
] as const;

/** `ReactorState` of the io-engine as reactor events print it. */
export const REACTOR_STATES = ['Running', 'Delayed', 'Init', 'Shutdown'] as const;

/** What the io-engine says when a rebuild fails. */
export const REBUILD_ERRORS = [
  'Failed to read a segment of the source replica',
  'Failed to write a segment of the destination replica',
  'Rebuild job was terminated: the source child faulted',
  'Failed to get an I/O handle for the destination replica',
] as const;

/** A child state change of a replica (`Display` of the io-engine's `ChildState`). */
export function childStateChange(random: Random): readonly [string, string] {
  const faulted = `faulted (${random.pick(CHILD_FAULT_REASONS)})`;
  return random.pick([
    ['init', 'open'],
    ['open', faulted],
    [faulted, 'open'],
    ['open', 'closed'],
    ['closed', 'open'],
    ['open', 'destroying'],
    ['init', 'config invalid'],
  ] as const);
}

const NODE_PREFIXES = ['io-engine-', 'worker-', 'node-', 'ksnode-'] as const;

/** A cluster of three to six nodes in one naming style, each with an address and a pool. */
export function createCluster(random: Random): Cluster {
  const prefix = random.pick(NODE_PREFIXES);
  const poolStyle = random.int(0, 2);
  const subnet = `10.${random.int(0, 254)}.${random.int(0, 255)}`;
  const count = random.int(3, 6);
  const nodes: ClusterNode[] = [];
  for (let i = 1; i <= count; i++) {
    const name = `${prefix}${i}`;
    const poolName = poolStyle === 0 ? `pool-${name}` : poolStyle === 1 ? `pool-${i}` : `${name}-disk-pool`;
    nodes.push({ name, ip: `${subnet}.${10 + i}`, pool: { name: poolName, uuid: random.uuid() }, cores: random.pick([1, 2, 4, 8]) });
  }
  return { nodes };
}
