// Testing code that publishes events: a small volume service runs against the in-memory bus, and
// the test records what it published, asserts on it and waits for an event.
//
// Run it with `npx tsx examples/testing-bus.ts`. In a vitest test file the same assertions read:
//
//   import { expect } from 'vitest';
//   import { eventMatchers, type EventMatchers } from 'mayastor-events/testing';
//   declare module 'vitest' { interface Matchers<T = any> extends EventMatchers<T> {} } // types toHavePublished
//   expect.extend(eventMatchers);
//   …
//   await recorder.caughtUp();
//   expect(recorder).toHavePublished('volume.create', { target: volume });
//   expect(recorder).not.toHavePublished('volume.delete');
import assert from 'node:assert/strict';
import { createEvent, createMemoryBus, type EventBus } from 'mayastor-events';
import { expectNotPublished, expectPublished, recordEvents, waitForEvent } from 'mayastor-events/testing';

/** The code under test: creates and deletes volumes, and tells the cluster through events. */
class VolumeService {
  readonly #volumes = new Set<string>();

  constructor(
    private readonly bus: EventBus,
    private readonly node: string,
  ) {}

  /** Creates a volume; creating it again changes nothing and publishes nothing. */
  async create(uuid: string): Promise<void> {
    if (this.#volumes.has(uuid)) return;
    this.#volumes.add(uuid);
    await this.bus.publish(createEvent('volume.create', { target: uuid, node: this.node }));
  }

  /** Deletes a volume; false (and no event) when there is no such volume. */
  async delete(uuid: string): Promise<boolean> {
    if (!this.#volumes.delete(uuid)) return false;
    await this.bus.publish(createEvent('volume.delete', { target: uuid, node: this.node }));
    return true;
  }
}

const volume = '5f9b2c1e-3d4a-4b6c-8e7f-0a1b2c3d4e5f';
const stranger = 'a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d';

const bus = createMemoryBus();
const service = new VolumeService(bus, 'core-agent-1');
// Records every volume event on the bus, from the start of the stream.
const recorder = await recordEvents(bus, 'volume.*');

// Creating twice publishes one event, from the service's node.
await service.create(volume);
await service.create(volume);
await recorder.caughtUp(); // delivery is asynchronous: let the recorder see everything first
expectPublished(recorder, 'volume.create', { target: volume, metadata: { source: { node: 'core-agent-1' } } });
assert.equal(recorder.ofKey('volume.create').length, 1, 'an idempotent create publishes once');

// Deleting a volume that does not exist publishes nothing.
assert.equal(await service.delete(stranger), false);
await recorder.caughtUp();
expectNotPublished(recorder, 'volume.delete');

// Another component waits for the delete: start waiting, then act.
const deleted = waitForEvent(bus, 'volume.delete', { where: (event) => event.target === volume, timeout: 1_000 });
assert.equal(await service.delete(volume), true);
assert.equal((await deleted).metadata.source.node, 'core-agent-1');

// A failing assertion says what was published instead.
await recorder.caughtUp();
assert.throws(() => expectPublished(recorder, 'volume.delete', { target: stranger }), /none of the 1 volume\.delete event\(s\) matches/);

await recorder.stop();
await bus.close();
console.log(`testing-bus: ok, ${recorder.events.length} events recorded, volume ${volume} created and deleted`);
