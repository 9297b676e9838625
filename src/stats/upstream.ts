// The counters the upstream call-home stats service exports, as data: which catalogued event
// each upstream (counter, action label) pair counts. The call-home reporter reads these names,
// labels and help texts, so they are kept byte for byte.
import type { EventKey } from 'mayastor-events';

/** One upstream counter family: `# HELP <name> <help>`, one sample per `action` label. */
export interface UpstreamCounter {
  readonly name: string;
  readonly help: string;
  /** The `action` label value and the catalogued subject key of the event it counts (a key the catalog drops or renames is a compile error). */
  readonly actions: readonly { readonly label: string; readonly key: EventKey }[];
}

/** The upstream families (`volume`, `pool`, `nexus`), in the order the upstream exporter writes them. */
export const UPSTREAM_COUNTERS: readonly UpstreamCounter[] = Object.freeze([
  {
    name: 'nexus',
    help: 'Nexus stats',
    actions: [
      { label: 'created', key: 'nexus.create' },
      { label: 'deleted', key: 'nexus.delete' },
      { label: 'rebuild_ended', key: 'nexus.rebuildEnd' },
      { label: 'rebuild_started', key: 'nexus.rebuildBegin' },
    ],
  },
  {
    name: 'pool',
    help: 'Pool stats',
    actions: [
      { label: 'created', key: 'pool.create' },
      { label: 'deleted', key: 'pool.delete' },
    ],
  },
  {
    name: 'volume',
    help: 'Volume stats',
    actions: [
      { label: 'created', key: 'volume.create' },
      { label: 'deleted', key: 'volume.delete' },
    ],
  },
]);
