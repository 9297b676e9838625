// Where the counts are kept between runs: a compare-and-set store of one document, the counts
// with the last stream sequence they include and the durable consumer that counts them. The NATS key-value bucket is the real one; the
// in-memory twin is for unit tests and for running without a server.
import { parseCounts, serializeCounts, type CounterSnapshot } from './counters.js';
import { CounterConflictError } from './errors.js';

/** Counts as loaded, with the revision to compare against when saving. */
export interface StoredCounts {
  readonly counts: CounterSnapshot;
  readonly revision: number;
}

/** Keeps the counts; every save is a compare-and-set on the revision, so two writers cannot both win. */
export interface CounterStore {
  /** The stored counts, or undefined when nothing was saved yet. */
  load(): Promise<StoredCounts | undefined>;
  /**
   * Saves `counts` when the stored revision is still `revision` (undefined: nothing stored yet)
   * and resolves with the new revision; rejects with a `CounterConflictError` otherwise.
   */
  save(counts: CounterSnapshot, revision: number | undefined): Promise<number>;
  /** Releases the store (its connection, for the NATS store). */
  close(): Promise<void>;
}

/** The in-memory store: a `CounterStore` plus a way to look at and fail it in tests. */
export interface MemoryCounterStore extends CounterStore {
  /** The stored document's bytes, or undefined. */
  readonly stored: Uint8Array | undefined;
  /** Makes the next `n` saves reject (as an unreachable server would). */
  failNextSaves(n: number): void;
}

/**
 * Creates an in-memory counter store, empty or with counts already saved. Several services can
 * share one to test compare-and-set.
 */
export function createMemoryCounterStore(initial?: CounterSnapshot): MemoryCounterStore {
  let stored = initial === undefined ? undefined : serializeCounts(initial);
  let revision = initial === undefined ? 0 : 1;
  let failures = 0;
  return {
    get stored() {
      return stored;
    },
    failNextSaves(n) {
      failures = n;
    },
    async load() {
      await Promise.resolve();
      return stored === undefined ? undefined : { counts: parseCounts(stored), revision };
    },
    async save(counts, expected) {
      await Promise.resolve();
      if (failures > 0) {
        failures--;
        throw new Error('memory counter store: simulated failure');
      }
      const current = stored === undefined ? undefined : revision;
      if (current !== expected) {
        throw new CounterConflictError(`the counts were changed by another writer (revision ${String(current)}, expected ${String(expected)})`);
      }
      stored = serializeCounts(counts);
      return ++revision;
    },
    async close() {},
  };
}
