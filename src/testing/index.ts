// mayastor-events/testing: realistic events for unit tests. Named exports only.
export { eventArbitraries, type EventArbitraries, type FastCheckApi } from './arbitraries.js';
export {
  DEFAULT_WAIT_TIMEOUT,
  WaitTimeoutError,
  eventMatchers,
  expectNotPublished,
  expectPublished,
  recordEvents,
  waitForEvent,
  type CaughtUpOptions,
  type EventKeyMatching,
  type EventMatchers,
  type EventRecorder,
  type MatcherResult,
  type WaitForEventOptions,
  type WaitTimeoutSeen,
} from './bus.js';
export {
  DEFAULT_FABRICATOR_NOW,
  createFabricator,
  fabricate,
  type Fabricator,
  type FabricatorOptions,
} from './fabricate.js';
export { invalidMutations, type InvalidMutation, type MutationKind } from './mutations.js';
export type { DeepPartial, EventOverrides } from './overrides.js';
export { createRandom, type Random, type Seed } from './random.js';
export { scenarios } from './scenarios.js';
export {
  NVMF_PORT,
  bdevUri,
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
