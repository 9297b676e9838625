// mayastor-events/stats: the call-home stats service on the SDK (named exports only).
export { addMessage, emptyCounts, parseCounts, serializeCounts, type CountedAs, type CounterSnapshot } from './counters.js';
export { CounterConflictError, CounterStoreError, StatsOptionsError } from './errors.js';
export { DEFAULT_STATS_LISTEN, parseListen, type ListenAddress } from './http.js';
export { createLineLogger, type StatsLogger } from './logger.js';
export {
  DEFAULT_STATS_BUCKET,
  DEFAULT_STATS_KEY,
  openNatsCounterStore,
  type NatsCounterStore,
  type NatsCounterStoreOptions,
} from './nats-store.js';
export {
  CONSUMER_PENDING,
  EVENTS_TOTAL,
  INVALID_TOTAL,
  LAST_SEQUENCE,
  PROMETHEUS_CONTENT_TYPE,
  UNKNOWN_TOTAL,
  renderPrometheus,
  type RenderExtras,
} from './prometheus.js';
export {
  DEFAULT_CONNECT_RETRY,
  DEFAULT_SAVE_RETRY,
  DEFAULT_STALL_TIMEOUT,
  DEFAULT_STATS_ACK_WAIT,
  DEFAULT_STATS_CONSUMER,
  DEFAULT_SUMMARY_INTERVAL,
  type StatsServiceOptions,
} from './options.js';
export { startStatsService, type StatsService } from './service.js';
export { createMemoryCounterStore, type CounterStore, type MemoryCounterStore, type StoredCounts } from './store.js';
export { UPSTREAM_COUNTERS, type UpstreamCounter } from './upstream.js';
