// A 3-server cluster on loopback with the stream at 3 replicas, as upstream runs it: the server
// leading the stream is killed while events are published and consumed; none is lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectEventBus, type EventBusOptions, type NatsEventBus } from '../../src/bus/nats.js';
import { createEvent } from '../../src/events.js';
import { waitFor } from '../support/bus-behaviour.js';
import { freePort, startNatsServer, type NatsServer } from '../support/nats-server.js';

const servers: NatsServer[] = [];
const buses: NatsEventBus[] = [];

beforeAll(async () => {
  const clusterPorts = [await freePort(), await freePort(), await freePort()];
  const started = await Promise.all(
    clusterPorts.map((clusterPort, i) =>
      startNatsServer({
        waitForJetStream: false,
        args: () => [
          '-n',
          `s${i + 1}`,
          '--cluster_name',
          'events',
          '--cluster',
          `nats://127.0.0.1:${clusterPort}`,
          '--routes',
          clusterPorts.filter((port) => port !== clusterPort).map((port) => `nats://127.0.0.1:${port}`).join(','),
        ],
      }),
    ),
  );
  servers.push(...started);
}, 60_000);

afterAll(async () => {
  await Promise.all(buses.splice(0).map((bus) => bus.close().catch(() => undefined)));
  await Promise.all(servers.map((server) => server.dispose()));
});

/** Connects once the cluster has elected its JetStream meta leader. */
async function connectWhenReady(options: EventBusOptions): Promise<NatsEventBus> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const bus = await connectEventBus(options);
      buses.push(bus);
      return bus;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

describe('cluster', () => {
  it('cluster - the stream leader is killed while publishing and consuming: no event is lost', async () => {
    const options: EventBusOptions = {
      servers: servers.map((server) => server.url),
      stream: { replicas: 3 },
      ackTimeout: 1_000,
      retryBackoff: [100, 250, 500],
      maxAttempts: 60,
      connection: { reconnectTimeWait: 100 },
    };
    const publisher = await connectWhenReady(options);
    const subscriber = await connectWhenReady(options);
    const info = await publisher.connection.jetstreamManager().then((jsm) => jsm.streams.info('events-stream'));
    expect(info.config.num_replicas).toBe(3);

    const total = 2_000;
    const handled = new Map<string, number>();
    await subscriber.subscribe(
      { '>': (event) => void handled.set(event.target, (handled.get(event.target) ?? 0) + 1) },
      { durable: 'cluster-test', concurrency: 8, ackWait: 2_000 },
    );

    let published = 0;
    const publishing = (async () => {
      for (let start = 0; start < total; start += 100) {
        const batch = Array.from({ length: 100 }, (_, i) => createEvent('volume.create', { target: `v${start + i}` }));
        await Promise.all(batch.map((event) => publisher.publish(event)));
        published += batch.length;
      }
    })();
    await waitFor(() => published >= 600, 30_000, '600 events published');
    const leaderName = (await publisher.connection.jetstreamManager().then((jsm) => jsm.streams.info('events-stream'))).cluster?.leader;
    const leader = servers.find((_server, i) => `s${i + 1}` === leaderName) ?? servers[0]!;
    await leader.stop({ hard: true });
    await publishing;
    await waitFor(() => handled.size === total, 60_000, 'every event handled');
    expect(handled.size).toBe(total);
    expect([...handled.values()].every((count) => count >= 1)).toBe(true);
  }, 90_000);
});
