// `npm run demo`: a small Mayastor cluster's life told through the event bus, counted by the
// call-home stats service, and what its /stats endpoint serves. Ends by itself.
//
// The bus: NATS_URL when set; otherwise a nats-server started here when one is installed;
// otherwise the in-memory bus. Every step says which.
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  connectEventBus,
  createMemoryBus,
  enumName,
  EventAction,
  EventCategory,
  type CatalogEvent,
  type EventBus,
} from 'mayastor-events';
import {
  createMemoryCounterStore,
  openNatsCounterStore,
  startStatsService,
  type CounterStore,
} from 'mayastor-events/stats';
import { createFabricator, scenarios } from 'mayastor-events/testing';
import { NATS_SERVER_BIN, startNatsServer, type NatsServer } from './lib/nats-server.ts';

const say = (line = ''): void => void process.stdout.write(`${line}\n`);

interface Setup {
  bus: EventBus;
  store: CounterStore;
  close(): Promise<void>;
}

async function natsSetup(url: string, server: NatsServer | undefined): Promise<Setup> {
  const bus = await connectEventBus({ servers: url });
  // Its own bucket, so that a demo against a real server leaves the real counts alone.
  const store = await openNatsCounterStore({ servers: url, bucket: 'mayastor-events-demo' });
  return {
    bus,
    store,
    async close() {
      await bus.close();
      await store.close?.();
      await server?.dispose();
    },
  };
}

async function setup(): Promise<Setup> {
  const url = process.env['NATS_URL'];
  if (url) {
    say(`bus: NATS at ${url} (NATS_URL); the demo publishes simulated events to its events-stream`);
    return natsSetup(url, undefined);
  }
  if (existsSync(NATS_SERVER_BIN)) {
    const server = await startNatsServer();
    // However the demo ends (Ctrl-C, a closed pipe, a crash), the server it started goes too.
    process.once('exit', () => {
      if (server.pid > 0) process.kill(server.pid, 'SIGKILL');
    });
    say(`bus: a nats-server started for the demo on ${server.url} (JetStream, store in ${server.storeDir})`);
    try {
      return await natsSetup(server.url, server);
    } catch (error) {
      await server.dispose();
      throw error;
    }
  }
  say(`bus: in memory (NATS_URL is unset and no nats-server at ${NATS_SERVER_BIN}; install the nats-server package to use NATS)`);
  const bus = createMemoryBus();
  return { bus, store: createMemoryCounterStore(), close: () => bus.close() };
}

function describe(event: CatalogEvent): string {
  const category = enumName(EventCategory, event.category) ?? String(event.category);
  const action = enumName(EventAction, event.action) ?? String(event.action);
  const details = event.metadata.source.event_details;
  const carried = details === null ? [] : Object.entries(details).filter(([, value]) => value !== null).map(([name]) => name);
  const node = event.metadata.source.node ? ` on ${event.metadata.source.node}` : '';
  return `${category} ${action} ${event.target || '(no target)'}${node}${carried.length > 0 ? ` [${carried.join(', ')}]` : ''}`;
}

async function main(): Promise<void> {
  const started = Date.now();
  const { bus, store, close } = await setup();
  try {
    const stats = await startStatsService({ bus, store, listen: '127.0.0.1:0', durable: 'mayastor-events-demo', logger: {} });
    const url = `http://${stats.address!.host}:${stats.address!.port}/stats`;
    say(`stats service: consuming the bus, serving ${url}`);
    say();

    // A seeded cluster: the same story on every run.
    const fabricator = createFabricator({ seed: 2024 });
    const nodes = fabricator.cluster.nodes;
    const story: [string, CatalogEvent[]][] = [
      [
        `${nodes.length} io-engines start, each with a disk pool`,
        nodes.flatMap((node) => [
          fabricator.fabricate('ioEngine.start', { metadata: { source: { node: node.name } } }),
          fabricator.fabricate('pool.create', { target: node.pool.name, metadata: { source: { node: node.name } } }),
        ]),
      ],
      ['a volume is created, replicated three ways, rebuilt and deleted', scenarios.volumeLifecycle(fabricator)],
      ['a second volume lives the same life', scenarios.volumeLifecycle(fabricator)],
      ['a node fails: its NVMe paths fail and high availability switches the volume over', scenarios.nodeFailure(fabricator)],
    ];
    let last = 0;
    for (const [chapter, events] of story) {
      say(`${chapter}:`);
      for (const event of events) {
        const ack = await bus.publish(event);
        last = Math.max(last, ack.sequence);
        say(`  ${event.metadata.timestamp}  ${describe(event)}`);
      }
    }
    await bus.flush();

    // The service counts as the events arrive; wait until it has them all.
    const deadline = Date.now() + 15_000;
    while (stats.counts().sequence < last) {
      if (Date.now() > deadline) throw new Error(`the stats service counted up to ${stats.counts().sequence} of ${last} events in 15 s`);
      await sleep(50);
    }
    const response = await fetch(url);
    say();
    say(`GET ${url} → ${response.status} ${response.headers.get('content-type') ?? ''}`);
    say((await response.text()).trimEnd());
    say();
    say(`${last} events published and counted in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    const kept = process.env['NATS_URL'];
    say(`See the story as a web page: ${kept ? `mayastor-events explore --nats-url ${kept}` : 'run the demo with NATS_URL set to a server you keep, then mayastor-events explore --nats-url <that URL>'}, and open http://127.0.0.1:8080/ (a volume's timeline shows its switch-over).`);
    await stats.stop();
  } finally {
    await close();
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

main().catch((error: unknown) => {
  process.stderr.write(`demo failed: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
