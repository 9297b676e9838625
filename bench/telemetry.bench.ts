// `node --expose-gc --import tsx bench/telemetry.bench.ts`: what the bus's OpenTelemetry costs,
// on a nats-server started for the run. Three settings of the same bus, in interleaved rounds
// (the order rotated each round), best of each, printed as ratios to telemetry off:
//   off:  `telemetry: { enabled: false }` (what a program without @opentelemetry/api gets);
//   api:  @opentelemetry/api installed and no SDK registered (the default: the bus takes the
//         global no-op tracer, meter and propagator); goal: within 3% of off;
//   sdk:  a recording SDK (sdk-trace-base with a batch processor and an exporter that drops the
//         spans, sdk-metrics aggregating in memory, the W3C propagator writing trace headers).
// Rows: publish (COUNT events, WINDOW in flight), consume at `concurrency` WINDOW, and consume at
// `concurrency` 1 (each event waits for the previous ack). Not a test: numbers depend on the machine.
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { MeterProvider, MetricReader } from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider, BatchSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { connectEventBus, type EventBusOptions } from '../src/bus/connect.js';
import { createEvent } from '../src/events.js';
import type { CatalogEvent } from '../src/generated/registry.js';
import { rawClient, removeStreams } from '../test/support/nats-bus.js';
import { startNatsServer } from '../test/support/nats-server.js';

const COUNT = Number(process.env['BENCH_EVENTS'] ?? 20_000);
const WINDOW = Number(process.env['BENCH_WINDOW'] ?? 256);
const ONE_BY_ONE = Math.min(COUNT, 5_000);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 5);
const STREAM = { storage: 'memory' as const, maxBytes: 512 * 1024 * 1024 };

class KeptReader extends MetricReader {
  protected override onShutdown(): Promise<void> {
    return Promise.resolve();
  }
  protected override onForceFlush(): Promise<void> {
    return Promise.resolve();
  }
}

// Spans are made, batched and handed to an exporter, which drops them: the SDK's cost, no I/O.
const dropping: SpanExporter = { export: (_spans, done) => done({ code: 0 }), shutdown: () => Promise.resolve() };
const sdk = {
  tracerProvider: new BasicTracerProvider({ spanProcessors: [new BatchSpanProcessor(dropping, { maxQueueSize: 65_536, maxExportBatchSize: 4_096 })] }),
  meterProvider: new MeterProvider({ readers: [new KeptReader()] }),
  propagator: new W3CTraceContextPropagator(),
};

const SETTINGS = {
  off: { enabled: false },
  api: {},
  sdk,
} satisfies Record<string, EventBusOptions['telemetry']>;
type Setting = keyof typeof SETTINGS;

const uuid = (n: number): string => `${n.toString(16).padStart(8, '0')}-5f1e-4c3a-9d2b-7a6e8f0c1b2d`;
let made = 0;
const makeEvents = (count: number): CatalogEvent[] =>
  Array.from({ length: count }, () => {
    const i = made++;
    return createEvent('replica.create', { target: uuid(i), node: 'node-1', details: { replica_details: { pool_name: 'pool-node-1', pool_uuid: uuid(1), replica_name: uuid(i) } } });
  });

async function main(): Promise<void> {
  const server = await startNatsServer();
  const raw = await rawClient(server);
  const best: Record<Setting, { publish: number; consume: number; one: number }> = {
    off: { publish: 0, consume: 0, one: 0 },
    api: { publish: 0, consume: 0, one: 0 },
    sdk: { publish: 0, consume: 0, one: 0 },
  };
  let durable = 0;
  try {
    console.log(`telemetry benchmark: ${COUNT} events, ${WINDOW} in flight, ${ROUNDS} rounds, nats-server ${server.url}\n`);
    const order = Object.keys(SETTINGS) as Setting[];
    for (let round = 0; round < ROUNDS; round++) {
      for (const setting of order.map((_, i) => order[(i + round) % order.length]!)) {
        await removeStreams(raw);
        global.gc?.();
        const bus = await connectEventBus({ servers: server.url, stream: STREAM, maxQueue: WINDOW * 2, maxInFlight: WINDOW, telemetry: SETTINGS[setting] });
        try {
          const events = makeEvents(COUNT);
          let next = 0;
          const started = performance.now();
          await Promise.all(Array.from({ length: WINDOW }, async () => {
            while (next < COUNT) await bus.publish(events[next++]!);
          }));
          const publish = COUNT / ((performance.now() - started) / 1000);
          // Timed from the first delivery to the last, as bus.bench.ts does.
          const consume = async (count: number, concurrency: number): Promise<number> => {
            let seen = 0;
            let first = 0;
            let subscription: { stop(): Promise<void> } | undefined;
            const rate = await new Promise<number>((resolve) => {
              void bus
                .subscribe(
                  {
                    '>': () => {
                      if (++seen === 1) first = performance.now();
                      else if (seen === count) resolve((count - 1) / ((performance.now() - first) / 1000));
                    },
                  },
                  { durable: `bench-telemetry-${durable++}`, concurrency },
                )
                .then((s) => (subscription = s));
            });
            await subscription?.stop();
            return rate;
          };
          global.gc?.();
          const many = await consume(COUNT, WINDOW);
          const one = await consume(ONE_BY_ONE, 1);
          const row = best[setting];
          row.publish = Math.max(row.publish, publish);
          row.consume = Math.max(row.consume, many);
          row.one = Math.max(row.one, one);
        } finally {
          await bus.close();
        }
      }
    }
    const line = (name: string, pick: (row: (typeof best)[Setting]) => number): void => {
      const off = pick(best.off);
      const cells = order.map((setting) => {
        const rate = pick(best[setting]);
        return `${setting} ${Math.round(rate).toString().padStart(6)}/s${setting === 'off' ? '        ' : ` ${(rate / off).toFixed(3)}×`}`;
      });
      console.log(`${name.padEnd(30)} ${cells.join('   ')}`);
    };
    line('publish', (row) => row.publish);
    line(`consume, concurrency ${WINDOW}`, (row) => row.consume);
    line('consume, concurrency 1', (row) => row.one);
    console.log('\n(ratios to telemetry off; goal for api: >= 0.97×)');
  } finally {
    await raw.nc.close();
    await server.dispose();
    await sdk.tracerProvider.shutdown();
    await sdk.meterProvider.shutdown();
  }
  process.exit(0);
}

void main();
