// `node --expose-gc --import tsx bench/telemetry.bench.ts`: what the bus's OpenTelemetry costs,
// on a nats-server started for the run. Three settings of the same bus, in interleaved rounds
// (the order rotated each round), printed as ratios to telemetry off. Two measures: the rate
// (best round), and the bus process's CPU time per event (median round; nats-server's is not
// counted), which other work on a loaded machine disturbs far less than the rate:
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
  type Row = 'publish' | 'consume' | 'one';
  // Per setting and row: the rate and the CPU time per event (µs) of each round.
  const rounds = Object.fromEntries(
    (Object.keys(SETTINGS) as Setting[]).map((setting) => [setting, { publish: [] as [number, number][], consume: [] as [number, number][], one: [] as [number, number][] }]),
  ) as Record<Setting, Record<Row, [number, number][]>>;
  const cpu = (): number => {
    const { user, system } = process.cpuUsage();
    return user + system;
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
          const cpuBefore = cpu();
          await Promise.all(Array.from({ length: WINDOW }, async () => {
            while (next < COUNT) await bus.publish(events[next++]!);
          }));
          const publish: [number, number] = [COUNT / ((performance.now() - started) / 1000), (cpu() - cpuBefore) / COUNT];
          // Timed from the first delivery to the last, as bus.bench.ts does.
          const consume = async (count: number, concurrency: number): Promise<[number, number]> => {
            let seen = 0;
            let first = 0;
            let cpuFirst = 0;
            let cpuLast = 0;
            let subscription: { stop(): Promise<void> } | undefined;
            const rate = await new Promise<number>((resolve) => {
              void bus
                .subscribe(
                  {
                    '>': () => {
                      if (++seen === 1) {
                        first = performance.now();
                        cpuFirst = cpu();
                      } else if (seen === count) {
                        cpuLast = cpu();
                        resolve((count - 1) / ((performance.now() - first) / 1000));
                      }
                    },
                  },
                  { durable: `bench-telemetry-${durable++}`, concurrency },
                )
                .then((s) => (subscription = s));
            });
            await subscription?.stop();
            return [rate, (cpuLast - cpuFirst) / (count - 1)];
          };
          global.gc?.();
          const many = await consume(COUNT, WINDOW);
          const one = await consume(ONE_BY_ONE, 1);
          rounds[setting].publish.push(publish);
          rounds[setting].consume.push(many);
          rounds[setting].one.push(one);
        } finally {
          await bus.close();
        }
      }
    }
    const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const line = (name: string, row: Row): void => {
      const rate = (setting: Setting): number => Math.max(...rounds[setting][row].map(([r]) => r));
      const micros = (setting: Setting): number => median(rounds[setting][row].map(([, us]) => us));
      const cells = order.map((setting) => {
        const ratios = setting === 'off' ? ''.padEnd(22) : ` ${(rate(setting) / rate('off')).toFixed(2)}× rate, ${(micros('off') / micros(setting)).toFixed(2)}× cpu`;
        return `${setting} ${Math.round(rate(setting)).toString().padStart(6)}/s ${micros(setting).toFixed(1).padStart(5)} µs cpu${ratios}`;
      });
      console.log(`${name.padEnd(26)} ${cells.join('   ')}`);
    };
    line('publish', 'publish');
    line(`consume, concurrency ${WINDOW}`, 'consume');
    line('consume, concurrency 1', 'one');
    console.log('\n(rate: best round; cpu: the bus process\'s CPU time per event, median round; ratios to telemetry off, above 1 is faster; goal for api: >= 0.97×)');
  } finally {
    await raw.nc.close();
    await server.dispose();
    await sdk.tracerProvider.shutdown();
    await sdk.meterProvider.shutdown();
  }
  process.exit(0);
}

void main();
