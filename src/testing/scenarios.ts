// Scenarios: short, causally ordered stories told in events whose ids refer to each other the
// way the Mayastor services' ids do.
import { MayastorEventsError, RebuildStatus, SwitchOverStatus, type CatalogEvent } from 'mayastor-events';
import { createFabricator, type Fabricator } from './fabricate.js';
import { describeValue } from './describe-value.js';
import { childUri, controllerPath, hostNqn, nvmfUri, subsystemNqn, type ClusterNode } from './values.js';

/** The fabricator a scenario was given, refused clearly when it is something else (e.g. the options of one). */
function fabricatorOf(scenario: string, given: unknown): Fabricator {
  if (given === undefined) return createFabricator();
  const candidate = given as Partial<Fabricator> | null;
  if (typeof candidate?.fabricate !== 'function' || typeof candidate.random?.uuid !== 'function' || !Array.isArray(candidate.cluster?.nodes)) {
    throw new MayastorEventsError(
      `scenarios.${scenario} takes a fabricator, e.g. scenarios.${scenario}(createFabricator({ seed: 1 })), got ${describeValue(given)}`,
    );
  }
  return candidate as Fabricator;
}

/** `count` distinct nodes of the fabricator's cluster, in a seeded order. */
function distinctNodes(fabricator: Fabricator, count: number): ClusterNode[] {
  const pool = [...fabricator.cluster.nodes];
  const chosen: ClusterNode[] = [];
  for (let i = 0; i < count; i++) chosen.push(pool.splice(fabricator.random.int(0, pool.length - 1), 1)[0]!);
  return chosen;
}

/** The `metadata.source` part of an override: the emitting node and, optionally, details. */
function from<D extends object>(node: string, eventDetails?: D): { metadata: { source: { node: string; event_details?: D } } } {
  return { metadata: { source: eventDetails === undefined ? { node } : { node, event_details: eventDetails } } };
}

/**
 * A volume's life with three replicas: the replicas are created on three pools, the volume is
 * created and published (a nexus on the first replica's node, with a host connecting to it), the
 * third replica is added to the nexus and rebuilt from the first, then everything is deleted.
 *
 * Cross-references follow Mayastor: the nexus has its own uuid (a NexusId, owned by the volume)
 * and is named after the volume, so its NQN is `nqn.2019-05.io.openebs:<volume uuid>`; the
 * host-initiator event ties the two (`subsystem_nqn` names the volume, `uuid` is the nexus).
 * Child URIs are `bdev:///` for the replica on the nexus' node and `nvmf://` for the others.
 *
 * @example
 * const events = scenarios.volumeLifecycle(createFabricator({ seed: 1 }));
 * for (const event of events) await handler(event);
 */
function volumeLifecycle(fabricator?: Fabricator): CatalogEvent[] {
  const f = fabricatorOf('volumeLifecycle', fabricator);
  const volume = f.random.uuid();
  const nexus = f.random.uuid();
  const host = f.random.uuid();
  const replicas = distinctNodes(f, 3).map((node) => ({ node, uuid: f.random.uuid() }));
  const nexusNode = replicas[0]!.node;
  const uris = replicas.map((replica) => childUri(nexusNode, replica.node, replica.uuid));
  const rebuild = { source_replica: uris[0]!, destination_replica: uris[2]! };
  const replicaDetails = (replica: (typeof replicas)[number]) => ({
    replica_details: { pool_name: replica.node.pool.name, pool_uuid: replica.node.pool.uuid, replica_name: replica.uuid },
  });

  return [
    ...replicas.map((replica) =>
      f.fabricate('replica.create', { target: replica.uuid, ...from(replica.node.name, replicaDetails(replica)) }),
    ),
    f.fabricate('volume.create', { target: volume, ...from('') }),
    f.fabricate('nexus.create', { target: nexus, ...from(nexusNode.name) }),
    f.fabricate('hostInitiator.nvmeConnect', {
      target: '',
      ...from(nexusNode.name, {
        host_initiator_details: { host_nqn: hostNqn(host), subsystem_nqn: subsystemNqn(volume), target: 'nexus', uuid: nexus },
      }),
    }),
    f.fabricate('nexus.addChild', { target: nexus, ...from(nexusNode.name, { nexus_child_details: { uri: uris[2]! } }) }),
    f.fabricate('nexus.rebuildBegin', {
      target: nexus,
      ...from(nexusNode.name, { rebuild_details: { rebuild_status: RebuildStatus.Started, ...rebuild, error: null } }),
    }),
    f.fabricate('nexus.rebuildEnd', {
      target: nexus,
      ...from(nexusNode.name, { rebuild_details: { rebuild_status: RebuildStatus.Completed, ...rebuild, error: null } }),
    }),
    f.fabricate('hostInitiator.nvmeDisconnect', {
      target: '',
      ...from(nexusNode.name, {
        host_initiator_details: { host_nqn: hostNqn(host), subsystem_nqn: subsystemNqn(volume), target: 'nexus', uuid: nexus },
      }),
    }),
    f.fabricate('nexus.delete', { target: nexus, ...from(nexusNode.name) }),
    ...replicas.map((replica) =>
      f.fabricate('replica.delete', { target: replica.uuid, ...from(replica.node.name, replicaDetails(replica)) }),
    ),
    f.fabricate('volume.delete', { target: volume, ...from('') }),
  ];
}

/**
 * The node that hosts a volume's nexus fails and high availability moves the volume: the
 * application node's NVMe path is suspected then failed, the core agent sees the node go
 * offline, the HA cluster agent starts a switch-over, a new nexus is created on a healthy
 * replica node, the switch-over completes with the new path, the host reconnects, the path is
 * fixed and the failed one deleted.
 *
 * Every NVMe path event and the switch-over target the volume; their NQN ends with the volume
 * uuid; the switch-over's `new_path` is the `nvmf://` URI of the new nexus and is the path the fix
 * reports; both switch-over events carry the same `start_time`.
 *
 * @example
 * const events = scenarios.nodeFailure(createFabricator({ seed: 1 }));
 */
function nodeFailure(fabricator?: Fabricator): CatalogEvent[] {
  const f = fabricatorOf('nodeFailure', fabricator);
  const volume = f.random.uuid();
  const newNexus = f.random.uuid();
  const host = f.random.uuid();
  const [failed, healthy, frontEnd] = distinctNodes(f, 3) as [ClusterNode, ClusterNode, ClusterNode];
  const nqn = subsystemNqn(volume);
  const oldPath = controllerPath(f.random.int(0, 15));
  const newPath = nvmfUri(healthy.ip, volume);

  const oldPathDetails = { nvme_path_details: { nqn, path: oldPath } };
  const suspect = f.fabricate('nvmePath.nvmePathSuspect', { target: volume, ...from(frontEnd.name, oldPathDetails) });
  const offline = f.fabricate('node.stateChange', {
    target: failed.name,
    ...from(failed.name, { state_change_details: { previous: 'Online', next: 'Offline' } }),
  });
  const fail = f.fabricate('nvmePath.nvmePathFail', { target: volume, ...from(frontEnd.name, oldPathDetails) });
  const started = f.fabricate('highAvailability.switchOver', {
    target: volume,
    ...from(frontEnd.name, {
      switch_over_details: {
        switch_over_status: SwitchOverStatus.SwitchOverStarted,
        existing_nqn: nqn,
        new_path: null,
        retry_count: 0,
      },
    }),
  });
  // The switch-over starts when the cluster agent sends its first event.
  const startTime = started.metadata.timestamp;
  started.metadata.source.event_details.switch_over_details.start_time = startTime;
  return [
    suspect,
    offline,
    fail,
    started,
    f.fabricate('nexus.create', { target: newNexus, ...from(healthy.name) }),
    f.fabricate('highAvailability.switchOver', {
      target: volume,
      ...from(frontEnd.name, {
        switch_over_details: {
          switch_over_status: SwitchOverStatus.SwitchOverCompleted,
          start_time: startTime,
          existing_nqn: nqn,
          new_path: newPath,
          retry_count: 0,
        },
      }),
    }),
    f.fabricate('hostInitiator.nvmeConnect', {
      target: '',
      ...from(healthy.name, {
        host_initiator_details: { host_nqn: hostNqn(host), subsystem_nqn: nqn, target: 'nexus', uuid: newNexus },
      }),
    }),
    f.fabricate('nvmePath.nvmePathFix', { target: volume, ...from('', { nvme_path_details: { nqn, path: newPath } }) }),
    f.fabricate('nvmePath.nvmePathDeleting', { target: volume, ...from(frontEnd.name, oldPathDetails) }),
  ];
}

/** Ready-made stories told in events; each takes a fabricator (a fresh random one by default). */
export const scenarios = { volumeLifecycle, nodeFailure } as const;
