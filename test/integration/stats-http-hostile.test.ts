// The stats service on a real nats-server when its counts are deleted behind its back
// (`nats kv del mayastor-events-stats stats-events-consumer`, or a purge of the key).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fabricate } from 'mayastor-events/testing';
import { connectEventBus, type NatsEventBus } from '../../src/bus/connect.js';
import { DEFAULT_STATS_KEY, parseCounts, startStatsService, type StatsService } from '../../src/stats/index.js';
import { rawClient, removeStreams, testBusOptions, type RawClient } from '../support/nats-bus.js';
import { startNatsServer, type NatsServer } from '../support/nats-server.js';

let server: NatsServer;
let raw: RawClient;
let bus: NatsEventBus | undefined;
const services: StatsService[] = [];

beforeAll(async () => {
  server = await startNatsServer();
  raw = await rawClient(server);
});

afterEach(async () => {
  for (const service of services.splice(0)) await service.stop();
  await bus?.close();
  await removeStreams(raw);
});

afterAll(async () => {
  await raw?.nc.close();
  await server?.dispose();
});

describe('stats - counts deleted from the bucket while it runs', () => {
  for (const how of ['delete', 'purge'] as const) {
    it(`after a ${how} of the key, the next count saves the service's own counts again: counting goes on, none lost, /readyz 200`, async () => {
      bus = await connectEventBus(testBusOptions(server));
      const warnings: string[] = [];
      const service = await startStatsService({ servers: server.url, bucket: 'stats-deleted', durable: 'stats-a', listen: '127.0.0.1:0', saveRetry: [20], logger: { warn: (message) => warnings.push(message) } });
      services.push(service);
      const kv = await raw.nc.jetstream().views.kv('stats-deleted', { bindOnly: true });
      for (let i = 0; i < 3; i++) await bus.publish(fabricate('volume.create'));
      await expect.poll(() => service.counts().sequence, { timeout: 10_000 }).toBe(3);
      await kv[how](DEFAULT_STATS_KEY);
      for (let i = 0; i < 2; i++) await bus.publish(fabricate('pool.create'));
      await expect.poll(() => service.counts().sequence, { timeout: 10_000 }).toBe(5);
      const entry = await kv.get(DEFAULT_STATS_KEY);
      expect(entry?.operation).toBe('PUT');
      expect(parseCounts(entry!.value)).toMatchObject({ sequence: 5, durable: 'stats-a', events: expect.objectContaining({ 'volume.create': 3, 'pool.create': 2 }) as unknown });
      expect(warnings.filter((line) => line.startsWith('the saved counts were deleted from bucket stats-deleted'))).toHaveLength(1);
      expect((await fetch(`http://127.0.0.1:${service.address!.port}/readyz`)).status).toBe(200);
    }, 60_000);
  }
});
