// Generated from schemas/catalog.yaml by scripts/generate.ts (event schemas by key). Do not edit: run `npm run generate`.
import type { TObject } from '@sinclair/typebox';
import type { EventKey } from './registry.js';
import { VolumeCreate, VolumeDelete } from './volume.js';
import { ReplicaCreate, ReplicaDelete, ReplicaStateChange } from './replica.js';
import { PoolCreate, PoolDelete } from './pool.js';
import { NexusCreate, NexusDelete, NexusStateChange, NexusRebuildBegin, NexusRebuildEnd, NexusAddChild, NexusRemoveChild, NexusOnlineChild, NexusSubsystemPause, NexusSubsystemResume, NexusInit, NexusReconfiguring, NexusShutdown } from './nexus.js';
import { NodeStateChange } from './node.js';
import { HighAvailabilitySwitchOver } from './highAvailability.js';
import { NvmePathNvmePathSuspect, NvmePathNvmePathFail, NvmePathNvmePathFix, NvmePathNvmePathDeleting } from './nvmePath.js';
import { HostInitiatorNvmeConnect, HostInitiatorNvmeDisconnect, HostInitiatorNvmeKeepAliveTimeout } from './hostInitiator.js';
import { IoEngineStart, IoEngineShutdown, IoEngineStop, IoEngineReactorFreeze, IoEngineReactorUnfreeze } from './ioEngine.js';
import { SnapshotCreate } from './snapshot.js';
import { CloneCreate } from './clone.js';

/** The TypeBox schema of every catalogued event by its key. */
export const eventSchemas = {
  "volume.create": VolumeCreate,
  "volume.delete": VolumeDelete,
  "replica.create": ReplicaCreate,
  "replica.delete": ReplicaDelete,
  "replica.stateChange": ReplicaStateChange,
  "pool.create": PoolCreate,
  "pool.delete": PoolDelete,
  "nexus.create": NexusCreate,
  "nexus.delete": NexusDelete,
  "nexus.stateChange": NexusStateChange,
  "nexus.rebuildBegin": NexusRebuildBegin,
  "nexus.rebuildEnd": NexusRebuildEnd,
  "nexus.addChild": NexusAddChild,
  "nexus.removeChild": NexusRemoveChild,
  "nexus.onlineChild": NexusOnlineChild,
  "nexus.subsystemPause": NexusSubsystemPause,
  "nexus.subsystemResume": NexusSubsystemResume,
  "nexus.init": NexusInit,
  "nexus.reconfiguring": NexusReconfiguring,
  "nexus.shutdown": NexusShutdown,
  "node.stateChange": NodeStateChange,
  "highAvailability.switchOver": HighAvailabilitySwitchOver,
  "nvmePath.nvmePathSuspect": NvmePathNvmePathSuspect,
  "nvmePath.nvmePathFail": NvmePathNvmePathFail,
  "nvmePath.nvmePathFix": NvmePathNvmePathFix,
  "nvmePath.nvmePathDeleting": NvmePathNvmePathDeleting,
  "hostInitiator.nvmeConnect": HostInitiatorNvmeConnect,
  "hostInitiator.nvmeDisconnect": HostInitiatorNvmeDisconnect,
  "hostInitiator.nvmeKeepAliveTimeout": HostInitiatorNvmeKeepAliveTimeout,
  "ioEngine.start": IoEngineStart,
  "ioEngine.shutdown": IoEngineShutdown,
  "ioEngine.stop": IoEngineStop,
  "ioEngine.reactorFreeze": IoEngineReactorFreeze,
  "ioEngine.reactorUnfreeze": IoEngineReactorUnfreeze,
  "snapshot.create": SnapshotCreate,
  "clone.create": CloneCreate,
} as const satisfies { readonly [K in EventKey]: TObject };
