// Generated from schemas/catalog.yaml by scripts/generate.ts (public list of event schemas and types). Do not edit: run `npm run generate`.
export { VolumeCreate, VolumeDelete } from './volume.js';
export { ReplicaCreate, ReplicaDelete, ReplicaStateChange } from './replica.js';
export { PoolCreate, PoolDelete } from './pool.js';
export { NexusCreate, NexusDelete, NexusStateChange, NexusRebuildBegin, NexusRebuildEnd, NexusAddChild, NexusRemoveChild, NexusOnlineChild, NexusSubsystemPause, NexusSubsystemResume, NexusInit, NexusReconfiguring, NexusShutdown } from './nexus.js';
export { NodeStateChange } from './node.js';
export { HighAvailabilitySwitchOver } from './highAvailability.js';
export { NvmePathNvmePathSuspect, NvmePathNvmePathFail, NvmePathNvmePathFix, NvmePathNvmePathDeleting } from './nvmePath.js';
export { HostInitiatorNvmeConnect, HostInitiatorNvmeDisconnect, HostInitiatorNvmeKeepAliveTimeout } from './hostInitiator.js';
export { IoEngineStart, IoEngineShutdown, IoEngineStop, IoEngineReactorFreeze, IoEngineReactorUnfreeze } from './ioEngine.js';
export { SnapshotCreate } from './snapshot.js';
export { CloneCreate } from './clone.js';
