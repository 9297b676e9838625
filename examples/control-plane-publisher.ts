// A control-plane service publishing its events: nodes come online, volumes are created and
// deleted, a node goes offline. Each event is built with `createEvent` (checked, with a fresh id
// and timestamp) and its ack awaited; a full publish queue is waited out and the event retried,
// an event the server never acknowledged is logged and the service keeps going. At the end (or
// on SIGINT/SIGTERM) it waits for every ack (`flush`) and closes the bus.
//
// Run it against a NATS server with JetStream (`nats-server -js`):
//   NATS_URL=nats://127.0.0.1:4222 npx tsx examples/control-plane-publisher.ts
// Environment:
//   NATS_URL     the server(s), comma-separated (default nats://127.0.0.1:4222)
//   VOLUMES      how many volumes to create and delete (default 3)
//   INTERVAL_MS  pause between two steps of the simulated control plane (default 250)
//   MAX_QUEUE    events waiting for the server before `publish` refuses more (default 500)
// Prints one line per stored event on standard output; exits with 1 when an event was lost.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  BusClosedError,
  DEFAULT_MAX_QUEUE,
  PublishError,
  QueueFullError,
  connectEventBus,
  createEvent,
  type CatalogEvent,
  type EventBus,
} from 'mayastor-events';

const servers = (process.env['NATS_URL'] || 'nats://127.0.0.1:4222').split(',').map((url) => url.trim());
const volumes = positiveInteger('VOLUMES', 3);
const intervalMs = positiveInteger('INTERVAL_MS', 250, { zero: true });
const maxQueue = positiveInteger('MAX_QUEUE', DEFAULT_MAX_QUEUE);
const nodes = ['io-engine-1', 'io-engine-2', 'io-engine-3'];

function positiveInteger(name: string, fallback: number, options: { zero?: boolean } = {}): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < (options.zero ? 0 : 1)) {
    console.error(`control-plane-publisher: ${name} must be an integer >= ${options.zero ? 0 : 1}, got ${JSON.stringify(text)}`);
    process.exit(2);
  }
  return value;
}

const log = (line: string): void => void process.stderr.write(`control-plane-publisher: ${line}\n`);

/**
 * Publishes one event and waits for the server to store it; true once stored. A full queue
 * means the server is slower than we are: wait for the queued events to be acked, then retry.
 * A `PublishError` (the bus's retries ran out) loses this one event: log it and carry on.
 */
async function emit(bus: EventBus, key: string, event: CatalogEvent): Promise<boolean> {
  for (;;) {
    try {
      const ack = await bus.publish(event);
      process.stdout.write(`${key} ${event.target} stored as #${ack.sequence}${ack.duplicate ? ' (duplicate)' : ''}\n`);
      return true;
    } catch (error) {
      if (error instanceof QueueFullError) {
        log(`queue full (${error.limit} events waiting): waiting for acks before retrying ${key} ${event.target}`);
        await bus.flush();
        continue;
      }
      if (error instanceof PublishError || error instanceof BusClosedError) {
        log(`${key} ${event.target} not published: ${error.message}`);
        return false;
      }
      throw error; // an EventValidationError is a bug in this program, not a condition to ride out
    }
  }
}

async function main(): Promise<number> {
  const bus = await connectEventBus({
    servers,
    maxQueue,
    logger: { warn: (message, details) => log(`${message} ${JSON.stringify(details ?? {})}`) },
  });
  log(`connected to ${servers.join(',')}, stream ${bus.stream}`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    log(`${signal}: publishing no more events, waiting for the acks`);
    stopping = true;
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  // The events of one step go out together, as a control plane's reconcilers would emit them;
  // their acks are awaited in the background while the next step is prepared.
  const inFlight = new Set<Promise<boolean>>();
  let lost = 0;
  const send = (key: string, event: CatalogEvent): void => {
    const sent = emit(bus, key, event).then((stored) => {
      if (!stored) lost++;
      return stored;
    });
    inFlight.add(sent);
    void sent.finally(() => inFlight.delete(sent));
  };
  const step = async (): Promise<boolean> => {
    if (intervalMs > 0 && !stopping) await sleep(intervalMs);
    return !stopping;
  };

  const nodeState = (node: string, previous: string, next: string): CatalogEvent =>
    createEvent('node.stateChange', { target: node, details: { state_change_details: { previous, next } } });

  try {
    for (const node of nodes) send('node.stateChange', nodeState(node, 'Unknown', 'Online'));
    const created: string[] = [];
    for (let i = 0; i < volumes && (await step()); i++) {
      const volume = randomUUID();
      created.push(volume);
      send('volume.create', createEvent('volume.create', { target: volume }));
    }
    if (await step()) send('node.stateChange', nodeState(nodes[2]!, 'Online', 'Offline'));
    for (const volume of created) {
      if (!(await step())) break;
      send('volume.delete', createEvent('volume.delete', { target: volume }));
    }
    await Promise.all(inFlight);
  } finally {
    await bus.flush();
    await bus.close();
  }
  log(lost === 0 ? 'done: every event stored' : `done: ${lost} event(s) not stored`);
  return lost === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    log(`failed: ${(error as Error).message}`);
    process.exitCode = 1;
  },
);
