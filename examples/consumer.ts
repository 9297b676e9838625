// A consumer with typed handlers: each handler is keyed by a subject key or pattern and gets
// exactly the events that key matches, typed, so their details are read without casts. A
// durable consumer: stopped and started again, it resumes where it stopped. Hooks report
// invalid messages, events this SDK does not know (from a newer Mayastor) and events given up
// on after failing delivery after delivery. Traced with OpenTelemetry: each handled event is a
// `process events.<category>.*` span, the child of the publisher's `publish` span when the
// message carries its `traceparent` header (events from the Rust services start a trace), and
// what a handler does is traced inside it (the OpenTelemetry packages it imports: npm install
// @opentelemetry/api @opentelemetry/sdk-trace-base @opentelemetry/core
// @opentelemetry/context-async-hooks). The bus is closed by `await using`.
//
// Run it against a NATS server with JetStream (`nats-server -js`):
//   NATS_URL=nats://127.0.0.1:4222 npx tsx examples/consumer.ts
// Environment:
//   NATS_URL    the server(s), comma-separated (default nats://127.0.0.1:4222)
//   DURABLE     the durable consumer's name (default example-consumer)
//   EXIT_AFTER  stop after this many messages were handled (default: run until SIGINT/SIGTERM)
//   OTEL_TRACES_EXPORTER=console  print each span (OpenTelemetry's console exporter, on standard output)
// Prints one line per handled event on standard output, problems on standard error.
import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { BasicTracerProvider, ConsoleSpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import {
  EventAction,
  EventCategory,
  RebuildStatus,
  SwitchOverStatus,
  connectEventBus,
  enumName,
  type Delivery,
  type EventBus,
} from 'mayastor-events';

const servers = (process.env['NATS_URL'] || 'nats://127.0.0.1:4222').split(',').map((url) => url.trim());
const durable = process.env['DURABLE'] || 'example-consumer';
const exitAfter = process.env['EXIT_AFTER'] ? Number(process.env['EXIT_AFTER']) : undefined;
if (exitAfter !== undefined && !(Number.isSafeInteger(exitAfter) && exitAfter > 0)) {
  console.error(`consumer: EXIT_AFTER must be a positive integer, got ${JSON.stringify(process.env['EXIT_AFTER'])}`);
  process.exit(2);
}

// The bus takes the globally registered tracer provider and propagator, as OpenTelemetry's own
// instrumentations do: registering them before connecting is all it needs (NodeSDK's start()
// registers the same three). The context manager lets a handler's spans nest in its event's span.
const tracerProvider = new BasicTracerProvider({
  spanProcessors: process.env['OTEL_TRACES_EXPORTER'] === 'console' ? [new SimpleSpanProcessor(new ConsoleSpanExporter())] : [],
});
trace.setGlobalTracerProvider(tracerProvider);
propagation.setGlobalPropagator(new W3CTraceContextPropagator());
context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
const tracer = trace.getTracer('consumer-example');

const log = (line: string): void => void process.stderr.write(`consumer: ${line}\n`);
const say = (line: string): void => void process.stdout.write(`${line}\n`);

// Resolves on the first SIGINT/SIGTERM, or once EXIT_AFTER messages were handled.
let finish!: (why: string) => void;
const finished = new Promise<string>((resolve) => (finish = resolve));
process.once('SIGINT', () => finish('SIGINT'));
process.once('SIGTERM', () => finish('SIGTERM'));

// Messages handled so far, by stream sequence: one event matched by two keys counts once.
const handled = new Set<number>();
function done(delivery: Delivery): void {
  handled.add(delivery.streamSequence);
  if (exitAfter !== undefined && handled.size >= exitAfter) finish(`${exitAfter} message(s) handled`);
}

const name = (names: Readonly<Record<string, number>>, value: number): string => enumName(names, value) ?? `#${value}`;

async function main(): Promise<void> {
  // `await using`: the bus is closed (Symbol.asyncDispose) when main returns or throws.
  await using bus = await connectEventBus({ servers, logger: { warn: (message, details) => log(`${message} ${JSON.stringify(details ?? {})}`) } });
  await consume(bus);
}

async function consume(bus: EventBus): Promise<void> {
  const subscription = await bus.subscribe(
    {
      // One event: its details are typed as RebuildEventDetails.
      'nexus.rebuildEnd': (event, delivery) => {
        const rebuild = event.metadata.source.event_details.rebuild_details;
        // A span of the handler's own work: a child of this event's `process` span.
        tracer.startActiveSpan('report rebuild', (span) => {
          span.setAttribute('mayastor.nexus', event.target);
          const outcome = rebuild.rebuild_status === RebuildStatus.Failed ? `failed: ${rebuild.error ?? 'no reason given'}` : name(RebuildStatus, rebuild.rebuild_status);
          say(`rebuild ended nexus=${event.target} child=${rebuild.destination_replica} outcome=${outcome}`);
          span.end();
        });
        done(delivery);
      },
      // Every nexus event: a union, narrowed by its action.
      'nexus.*': (event, delivery) => {
        let detail = '';
        if (event.action === EventAction.StateChange) {
          const change = event.metadata.source.event_details.state_change_details;
          detail = ` ${change.previous}->${change.next}`;
        } else if (event.action === EventAction.AddChild || event.action === EventAction.RemoveChild) {
          detail = ` child=${event.metadata.source.event_details.nexus_child_details.uri}`;
        }
        say(`nexus ${name(EventAction, event.action)} nexus=${event.target} node=${event.metadata.source.node}${detail}`);
        done(delivery);
      },
      // Every create, whatever the resource.
      '*.create': (event, delivery) => {
        say(`created ${name(EventCategory, event.category)} ${event.target}`);
        done(delivery);
      },
      'highAvailability.switchOver': (event, delivery) => {
        const switchOver = event.metadata.source.event_details.switch_over_details;
        const path = switchOver.new_path ?? '(not yet known)';
        say(
          `switch-over volume=${event.target} status=${name(SwitchOverStatus, switchOver.switch_over_status)} new_path=${path} retries=${String(switchOver.retry_count)}`,
        );
        done(delivery);
      },
    },
    {
      durable,
      onInvalid: (error, delivery) => {
        log(`invalid message #${delivery.streamSequence} on ${delivery.subject}: ${error.reason} at ${JSON.stringify(error.path)}`);
        done(delivery);
      },
      onUnknown: (unknown, delivery) => {
        say(`unknown event #${delivery.streamSequence} category=${unknown.event.category} action=${unknown.event.action}: ${unknown.reason}`);
        done(delivery);
      },
      onDeadLetter: (letter) => log(`gave up on #${letter.streamSequence} after ${letter.deliveries} deliveries: ${letter.reason}`),
    },
  );
  log(`consuming ${subscription.filter} as durable consumer ${subscription.name}`);

  const why = await finished;
  log(`${why}: stopping`);
  await subscription.stop(); // the events in hand are finished and acked; the rest wait for the next run
  log(`stopped after ${handled.size} message(s)`);
}

main()
  .catch((error: unknown) => {
    log(`failed: ${(error as Error).message}`);
    process.exitCode = 1;
  })
  .finally(() => tracerProvider.shutdown()); // the last spans are exported
