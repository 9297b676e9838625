// Testing a handler with fabricated events: a node fails, high availability moves the volume,
// and a small handler that tracks each volume's I/O path must follow.
//
// Run it with `npx tsx examples/testing-fabricate.ts`.
import assert from 'node:assert/strict';
import { SwitchOverStatus, decode, encode, type CatalogEvent, type DecodedEvent } from 'mayastor-events';
import { createFabricator, fabricate, scenarios } from 'mayastor-events/testing';

/** The code under test: where each volume's I/O goes, and which paths have failed. */
class PathTracker {
  /** Volume uuid → the sysfs path of its failed NVMe controller. */
  readonly failedPaths = new Map<string, string>();
  /** Volume uuid → the nvmf:// uri its I/O now goes to. */
  readonly currentPaths = new Map<string, string>();
  switchOvers = 0;

  handle(result: DecodedEvent): void {
    switch (result.key) {
      case 'nvmePath.nvmePathFail':
        this.failedPaths.set(result.event.target, result.event.metadata.source.event_details.nvme_path_details.path);
        break;
      case 'highAvailability.switchOver': {
        const details = result.event.metadata.source.event_details.switch_over_details;
        if (details.switch_over_status === SwitchOverStatus.SwitchOverCompleted && details.new_path !== null) {
          this.currentPaths.set(result.event.target, details.new_path);
          this.switchOvers++;
        }
        break;
      }
      case 'nvmePath.nvmePathFix':
        this.failedPaths.delete(result.event.target);
        break;
      default:
        break;
    }
  }
}

/** What a subscriber receives for an event: its bytes on the bus, decoded. */
function deliver(tracker: PathTracker, event: CatalogEvent): void {
  const result = decode(encode(event));
  assert.equal(result.kind, 'event', 'a fabricated event is a catalogued event');
  if (result.kind === 'event') tracker.handle(result);
}

// A seeded fabricator: the same events, byte for byte, on every run and every machine.
const events = scenarios.nodeFailure(createFabricator({ seed: 2024 }));
const tracker = new PathTracker();
for (const event of events) deliver(tracker, event);

const volume = events[0]!.target;
const newPath = tracker.currentPaths.get(volume);
assert.equal(tracker.switchOvers, 1);
assert.equal(tracker.failedPaths.size, 0, 'the fix clears the failed path');
assert.match(newPath ?? '', new RegExp(`^nvmf://[0-9.]+:8420/nqn\\.2019-05\\.io\\.openebs:${volume}\\?uuid=${volume}$`));

// One more event, with overrides: a failed switch-over must not move the volume.
deliver(
  tracker,
  fabricate('highAvailability.switchOver', {
    target: volume,
    metadata: { source: { event_details: { switch_over_details: { switch_over_status: SwitchOverStatus.SwitchOverFailed, new_path: null } } } },
  }),
);
assert.equal(tracker.currentPaths.get(volume), newPath);
assert.equal(tracker.switchOvers, 1);

console.log(`testing-fabricate: ok, ${events.length} events, volume ${volume} now at ${newPath}`);
