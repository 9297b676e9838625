// `tsx bench/bus.bench.ts`: the bus against raw nats.js on a nats-server started for the run,
// printed as ratios measured in the same run. Not a test: numbers depend on the machine.
//   publish: bus.publish (validate, encode, de-duplicate, acked) vs raw `js.publish` of the same
//            pre-encoded bytes with the same number in flight, and vs the raw reply-inbox floor;
//   consume: bus.subscribe (decode, validate, route, ack) vs a raw `consume()` callback that only
//            JSON.parses (decoded as nats.js's `msg.json()` does, without a copy) and acks the
//            same messages; both timed from their first delivery to the last, best of five
//            rounds taken alternately (BENCH_ROUNDS) after one warm-up round of each. The row
//            with `dedupe: false` shows what the window of handled events (src/bus/handled.ts) costs.
import { AckPolicy, createInbox, DeliverPolicy, headers, type NatsConnection } from 'nats';
import { QueueFullError } from '../src/bus/errors.js';
import { connectEventBus } from '../src/bus/connect.js';
import { createEvent } from '../src/events.js';
import { encode } from '../src/codec/encode.js';
import type { CatalogEvent } from '../src/generated/registry.js';
import { wireSubject } from '../src/subject.js';
import { rawClient, removeStreams } from '../test/support/nats-bus.js';
import { startNatsServer } from '../test/support/nats-server.js';

const COUNT = Number(process.env['BENCH_EVENTS'] ?? 20_000);
const WINDOW = Number(process.env['BENCH_WINDOW'] ?? 256);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 5);
const STREAM = { storage: 'memory' as const, maxBytes: 512 * 1024 * 1024 };

const uuid = (n: number): string => `${n.toString(16).padStart(8, '0')}-5f1e-4c3a-9d2b-7a6e8f0c1b2d`;

function makeOne(i: number): CatalogEvent {
  return createEvent('replica.create', {
    target: uuid(i),
    node: 'node-1',
    details: { replica_details: { pool_name: 'pool-node-1', pool_uuid: uuid(1), replica_name: uuid(i) } },
  });
}

function makeEvents(): CatalogEvent[] {
  return Array.from({ length: COUNT }, (_, i) => makeOne(i));
}

/** Runs `one(i)` for i in 0..COUNT with at most WINDOW in flight; returns events per second. */
async function windowed(one: (i: number) => Promise<unknown>): Promise<number> {
  const started = performance.now();
  let next = 0;
  const workers = Array.from({ length: WINDOW }, async () => {
    while (next < COUNT) await one(next++);
  });
  await Promise.all(workers);
  return COUNT / ((performance.now() - started) / 1000);
}

/** The floor: core publishes with a reply inbox, acks matched by the client. */
async function inboxFloor(nc: NatsConnection, payloads: { subject: string; id: string; bytes: Uint8Array }[]): Promise<number> {
  const prefix = createInbox();
  const waiting = new Map<string, () => void>();
  const sub = nc.subscribe(`${prefix}.*`, {
    callback: (_error, msg) => {
      const token = msg.subject.slice(prefix.length + 1);
      waiting.get(token)?.();
      waiting.delete(token);
    },
  });
  const rate = await windowed(
    (i) =>
      new Promise<void>((resolve) => {
        const token = String(i);
        waiting.set(token, resolve);
        const h = headers();
        h.set('Nats-Msg-Id', payloads[i]!.id);
        nc.publish(payloads[i]!.subject, payloads[i]!.bytes, { reply: `${prefix}.${token}`, headers: h });
      }),
  );
  sub.unsubscribe();
  return rate;
}

function line(name: string, rate: number, reference?: { name: string; rate: number }): void {
  const ratio = reference ? `  ${(rate / reference.rate).toFixed(2)}× ${reference.name}` : '';
  console.log(`${name.padEnd(44)} ${Math.round(rate).toString().padStart(8)} events/s${ratio}`);
}

async function main(): Promise<void> {
  const server = await startNatsServer();
  const raw = await rawClient(server);
  try {
    console.log(`${COUNT} events, ${WINDOW} in flight, nats-server ${server.url}\n`);
    const js = raw.nc.jetstream();

    // Publishing.
    await removeStreams(raw);
    const bus = await connectEventBus({ servers: server.url, stream: STREAM, maxQueue: WINDOW * 2, maxInFlight: WINDOW });
    const rawEvents = makeEvents();
    const payloads = rawEvents.map((event) => ({ subject: wireSubject(event), id: event.metadata.id, bytes: encode(event) }));
    const rawPublish = await windowed((i) => js.publish(payloads[i]!.subject, payloads[i]!.bytes, { msgID: payloads[i]!.id }));
    await removeStreams(raw);
    await bus.close();
    const bus2 = await connectEventBus({ servers: server.url, stream: STREAM, maxQueue: WINDOW * 2, maxInFlight: WINDOW });
    const floor = await inboxFloor(raw.nc, makeEvents().map((event) => ({ subject: wireSubject(event), id: event.metadata.id, bytes: encode(event) })));
    await removeStreams(raw);
    await bus2.close();
    const bus3 = await connectEventBus({ servers: server.url, stream: STREAM, maxQueue: WINDOW * 2, maxInFlight: WINDOW });
    const events = makeEvents();
    const busPublish = await windowed((i) => bus3.publish(events[i]!));
    line('raw js.publish (pre-encoded)', rawPublish);
    line('raw core publish + reply inbox (floor)', floor);
    line('bus.publish (validate, encode, dedupe, ack)', busPublish, { name: 'raw js.publish', rate: rawPublish });
    console.log(`${''.padEnd(44)} ${''.padStart(8)}          ${(busPublish / floor).toFixed(2)}× the floor\n`);

    // Consuming the COUNT events bus3 just stored: raw and bus alternately, ROUNDS times each, best of each.
    const jsm = raw.jsm;
    let round = 0;
    const rawConsume = async (count: number, pending: number): Promise<number> => {
      const durable = `bench-raw-${round++}`;
      await jsm.consumers.add('events-stream', {
        durable_name: durable,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        max_ack_pending: pending,
      });
      const consumer = await js.consumers.get('events-stream', durable);
      let seen = 0;
      let started = 0;
      let messages: { stop(): void } | undefined;
      const text = new TextDecoder();
      const rate = await new Promise<number>((resolve) => {
        void consumer
          .consume({
            max_messages: WINDOW,
            callback: (msg) => {
              JSON.parse(text.decode(msg.data));
              msg.ack();
              // Timed from the first delivery to the last on both sides, so that neither pays
              // for setting its consumer up.
              if (++seen === 1) started = performance.now();
              else if (seen === count) resolve((count - 1) / ((performance.now() - started) / 1000));
            },
          })
          .then((m) => (messages = m));
      });
      messages?.stop();
      return rate;
    };
    const busConsume = async (count: number, concurrency: number, dedupe?: false): Promise<number> => {
      let seen = 0;
      let started = 0;
      let subscription: { stop(): Promise<void> } | undefined;
      const rate = await new Promise<number>((resolve) => {
        void bus3
          .subscribe(
            {
              '>': () => {
                if (++seen === 1) started = performance.now();
                else if (seen === count) resolve((count - 1) / ((performance.now() - started) / 1000));
              },
            },
            { durable: `bench-bus-${round++}`, concurrency, dedupe },
          )
          .then((s) => (subscription = s));
      });
      await subscription?.stop();
      return rate;
    };
    let rawRate = 0;
    let busRate = 0;
    let bareRate = 0;
    // One round of each first, not counted: both sides' code is compiled by then (the bus has
    // more of it), so the rounds that count compare steady states.
    await rawConsume(COUNT, WINDOW);
    await busConsume(COUNT, WINDOW);
    await busConsume(COUNT, WINDOW, false);
    for (let i = 0; i < ROUNDS; i++) {
      rawRate = Math.max(rawRate, await rawConsume(COUNT, WINDOW));
      busRate = Math.max(busRate, await busConsume(COUNT, WINDOW));
      bareRate = Math.max(bareRate, await busConsume(COUNT, WINDOW, false));
    }
    line('raw consume() + JSON.parse + ack', rawRate);
    line('bus.subscribe (decode, validate, route, ack)', busRate, { name: 'raw consume()', rate: rawRate });
    line('bus.subscribe, dedupe: false', bareRate, { name: 'raw consume()', rate: rawRate });
    // One at a time (max_ack_pending 1, the stats service's setting): each event waits for the
    // previous one's ack, so this row shows what the ack path costs per event.
    const oneByOne = Math.min(COUNT, 5_000);
    let rawOne = 0;
    let busOne = 0;
    for (let i = 0; i < ROUNDS; i++) {
      rawOne = Math.max(rawOne, await rawConsume(oneByOne, 1));
      busOne = Math.max(busOne, await busConsume(oneByOne, 1));
    }
    line('raw consume(), max_ack_pending 1', rawOne);
    line('bus.subscribe, concurrency 1', busOne, { name: 'raw consume()', rate: rawOne });

    // Memory while a publisher outruns a stopped server: the queue limit holds.
    const limited = await connectEventBus({ servers: server.url, stream: STREAM, maxQueue: 500, ackTimeout: 1_000, retryBackoff: [200], maxAttempts: 1_000 });
    await server.stop();
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    let attempts = 0;
    let refused = 0;
    const spamUntil = Date.now() + 3_000;
    while (Date.now() < spamUntil) {
      for (let i = 0; i < 1_000; i++) {
        limited.publish(makeOne(attempts++)).catch((error: unknown) => {
          if (error instanceof QueueFullError) refused++;
        });
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    global.gc?.();
    const growth = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
    console.log(
      `\npublisher outrunning a stopped server for 3 s: ${attempts} publishes, ${refused} refused with QueueFullError, ` +
        `${attempts - refused} queued; heap growth ${growth.toFixed(1)} MiB`,
    );
    await server.start();
    await limited.close();
    await bus3.close();
  } finally {
    await raw.nc.close();
    await server.dispose();
  }
  process.exit(0);
}

void main();
