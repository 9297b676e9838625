// `mayastor-events doctor` against a real nats-server: a healthy bus (the stream as the Rust
// services create it, a stats consumer, events published with the SDK's bus) and each broken
// state it detects, in human output and in --json, with the exit status a script sees.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { AckPolicy, DeliverPolicy, StorageType, connect, createInbox, type NatsConnection, type StreamConfig } from 'nats';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_STREAM_MAX_BYTES, DEFAULT_STREAM_NAME, connectEventBus, encodeToString, wireSubject, type CatalogEvent, type NatsEventBus } from 'mayastor-events';
import { DEFAULT_STATS_BUCKET, DEFAULT_STATS_CONSUMER, emptyCounts, openNatsCounterStore, serializeCounts, startStatsService } from 'mayastor-events/stats';
import { createFabricator, fabricate } from 'mayastor-events/testing';
import { main } from '../../src/cli/main.js';
import { formatDuration, secondsBetween } from '../../src/cli/doctor/durations.js';
import type { DoctorReport, ProblemCode } from '../../src/cli/doctor/report.js';
import { freePort, startNatsServer, type NatsServer } from '../support/nats-server.js';

interface Run {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

const root = fileURLToPath(new URL('../..', import.meta.url));

let server: NatsServer;
let nc: NatsConnection;
let bus: NatsEventBus | undefined;

/** A stream whose text is kept. */
function capture(): { readonly stream: PassThrough; text(): string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return { stream, text: () => Buffer.concat(chunks).toString() };
}

/** Runs the CLI in this process against the test server (NATS_URL). */
async function cli(args: string[], env: Record<string, string> = { NATS_URL: server.url }): Promise<Run> {
  const stdout = capture();
  const stderr = capture();
  const status = await main(args, { stdin: Readable.from([]), stdout: stdout.stream, stderr: stderr.stream, env });
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}

/** Doctor twice, human and --json (same flags); the report parsed. */
async function doctor(...flags: string[]): Promise<{ human: Run; json: Run; report: DoctorReport }> {
  return doctorWith({ NATS_URL: server.url }, ...flags);
}

/** Doctor twice, human and --json, with the environment `env` (another server, credentials). */
async function doctorWith(env: Record<string, string>, ...flags: string[]): Promise<{ human: Run; json: Run; report: DoctorReport }> {
  const human = await cli(['doctor', ...flags], env);
  const json = await cli(['doctor', '--json', ...flags], env);
  return { human, json, report: JSON.parse(json.stdout) as DoctorReport };
}

/** `text` with durations (`0.1s`, `2m 5s`) made alike. */
const anyAge = (text: string): string => text.replace(/\b\d+(?:\.\d+)?[smhd](?: \d+[smh])?\b/g, '<age>');

/** Asserts that both outputs report problem `code` (with its fix) and exit 1; returns the problem. */
function expectProblem(result: Awaited<ReturnType<typeof doctor>>, code: ProblemCode, about?: string): DoctorReport['problems'][number] {
  const { human, json, report } = result;
  expect(human.status, human.stdout + human.stderr).toBe(1);
  expect(json.status).toBe(1);
  expect(report.healthy).toBe(false);
  const problem = report.problems.find((candidate) => candidate.code === code && (about === undefined || candidate.about === about));
  expect(problem, JSON.stringify(report.problems, null, 2)).toBeDefined();
  expect(problem!.fix).not.toBe('');
  // The human output shows the same problem, a ✗ line followed by its fix (ages aside: the two
  // runs are moments apart).
  expect(anyAge(human.stdout)).toContain(anyAge(`✗ ${problem!.message}\n    fix: ${problem!.fix}\n`));
  expect(human.stdout).toMatch(/✗ \d+ problem\(s\) found: /);
  expect(human.stdout).toContain(about === undefined ? code : `${code} (${about})`);
  return problem!;
}

function expectHealthy(result: Awaited<ReturnType<typeof doctor>>): void {
  const { human, json, report } = result;
  expect(report.problems).toEqual([]);
  expect(human.status, human.stdout).toBe(0);
  expect(json.status).toBe(0);
  expect(report.healthy).toBe(true);
  expect(human.stdout).not.toContain('✗');
  expect(human.stdout).toContain('✓ healthy: no problems found');
}

/** The stream as the Rust services create it on a single server. */
const RUST_STREAM: Partial<StreamConfig> = {
  name: DEFAULT_STREAM_NAME,
  subjects: ['events.>'],
  storage: StorageType.Memory,
  max_bytes: DEFAULT_STREAM_MAX_BYTES,
  max_msgs_per_subject: 1,
  num_replicas: 1,
};

async function createStream(changes: Partial<StreamConfig> = {}): Promise<void> {
  const jsm = await nc.jetstreamManager();
  await jsm.streams.add({ ...RUST_STREAM, ...changes });
}

/** Publishes events with the SDK's bus (the stream exists already: the bus uses it as it is). */
async function publishEvents(events: readonly CatalogEvent[]): Promise<void> {
  bus ??= await connectEventBus({ servers: server.url });
  for (const event of events) await bus.publish(event);
}

/** Stores `bytes` on `subject` with a core NATS publish, as a broken producer would. */
async function publishRaw(subject: string, text: string): Promise<void> {
  const js = nc.jetstream();
  await js.publish(subject, new TextEncoder().encode(text));
}

/** Upstream's stats consumer (durable push, deliver all, max_ack_pending 1) with a subscriber acking every message, as upstream's does. */
async function upstreamStatsConsumer(): Promise<void> {
  const jsm = await nc.jetstreamManager();
  const deliver = createInbox();
  nc.subscribe(deliver, { callback: (_error, msg) => msg.respond() });
  await jsm.consumers.add(DEFAULT_STREAM_NAME, {
    durable_name: DEFAULT_STATS_CONSUMER,
    deliver_subject: deliver,
    deliver_policy: DeliverPolicy.All,
    ack_policy: AckPolicy.Explicit,
    max_ack_pending: 1,
  });
}

/** Waits until consumer `name` has nothing pending or unacknowledged. */
async function drained(name: string): Promise<void> {
  const jsm = await nc.jetstreamManager();
  for (;;) {
    const info = await jsm.consumers.info(DEFAULT_STREAM_NAME, name);
    if (info.num_pending + info.num_ack_pending === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Streams on the server (the events stream, KV buckets): doctor must leave them as they are. */
async function serverState(): Promise<{ streams: string[]; consumers: string[] }> {
  const jsm = await nc.jetstreamManager();
  const streams: string[] = [];
  for await (const name of jsm.streams.names()) streams.push(name);
  const consumers: string[] = [];
  if (streams.includes(DEFAULT_STREAM_NAME)) for await (const info of jsm.consumers.list(DEFAULT_STREAM_NAME)) consumers.push(info.name);
  return { streams: streams.sort(), consumers: consumers.sort() };
}

const someEvents = (): CatalogEvent[] => [fabricate('volume.create'), fabricate('pool.create'), fabricate('nexus.create'), fabricate('replica.create')];

beforeAll(async () => {
  server = await startNatsServer();
  nc = await connect({ servers: server.url });
});

afterAll(async () => {
  await nc?.close();
  await server?.dispose();
});

beforeEach(async () => {
  // Each state starts from an empty server.
  const jsm = await nc.jetstreamManager();
  for await (const name of jsm.streams.names()) await jsm.streams.delete(name);
});

afterEach(async () => {
  await bus?.close();
  bus = undefined;
});

describe('doctor - healthy', () => {
  it("reports healthy, exit 0, for the stream as Rust makes it, upstream's stats consumer keeping up and SDK-published events", async () => {
    await createStream();
    await upstreamStatsConsumer();
    await publishEvents(someEvents());
    await drained(DEFAULT_STATS_CONSUMER);
    const before = await serverState();
    const result = await doctor();
    expectHealthy(result);
    const { report, human } = result;
    expect(report.stream).toMatchObject({ exists: true, config: { storage: 'memory', subjects: ['events.>'], max_bytes: 3145728, max_msgs_per_subject: 1, replicas: 1 } });
    expect(report.consumers).toEqual([
      expect.objectContaining({ name: DEFAULT_STATS_CONSUMER, kind: 'push', durable: true, pending: 0, ack_pending: 0, ack_floor: 4, stalled: false, stats_role: 'upstream' }),
    ]);
    expect(report.messages).toMatchObject({ sampled: 4, events: 4, unknown: 0, invalid: 0 });
    expect(report.clock?.compared).toBe(4);
    expect(report.stats).toEqual({ bucket: DEFAULT_STATS_BUCKET, key: DEFAULT_STATS_CONSUMER, consumer: DEFAULT_STATS_CONSUMER, exists: false });
    expect(human.stdout).toContain('✓ storage memory, subjects events.>, max_bytes 3145728, max_msgs_per_subject 1: as the Mayastor services create it');
    expect(human.stdout).toContain('- replicas 1 (upstream runs 3; 1 suits a single server)');
    expect(human.stdout).toContain("upstream's call-home stats consumer");
    // Only read: nothing was created (no consumer, no bucket) and nothing removed.
    expect(await serverState()).toEqual(before);
  });

  it('reports healthy with `mayastor-events stats` counting (its pull consumer and its counts up to date)', async () => {
    await createStream();
    await publishEvents(someEvents());
    const statsBus = await connectEventBus({ servers: server.url });
    const store = await openNatsCounterStore({ servers: server.url });
    const service = await startStatsService({ bus: statsBus, store, listen: false, streamIdentity: () => store.streamIdentity(DEFAULT_STREAM_NAME), logger: {} });
    try {
      while (service.counts().sequence < 4) await new Promise((resolve) => setTimeout(resolve, 20));
      await drained(DEFAULT_STATS_CONSUMER);
      const result = await doctor();
      expectHealthy(result);
      expect(result.report.consumers).toEqual([expect.objectContaining({ name: DEFAULT_STATS_CONSUMER, kind: 'pull', stats_role: 'mayastor-events-stats', stalled: false })]);
      expect(result.report.stats).toMatchObject({ exists: true, counts: { sequence: 4, events: 4, unknown: 0, invalid: 0 }, behind: 0 });
      expect(result.human.stdout).toContain('counts include sequence 4: up to date (4 event(s), 0 unknown, 0 invalid)');
    } finally {
      await service.stop();
      await Promise.all([statsBus.close(), store.close()]);
    }
  });
});

describe('doctor --durable: `mayastor-events stats` under another name, beside upstream', () => {
  it("checks the consumer the stats service runs as: healthy beside upstream's push consumer; once it stops, that consumer is the stalled one and the counts' consumer", async () => {
    await createStream();
    await upstreamStatsConsumer();
    await publishEvents(someEvents());
    const statsBus = await connectEventBus({ servers: server.url });
    const store = await openNatsCounterStore({ servers: server.url });
    const service = await startStatsService({ bus: statsBus, store, durable: 'stats-beside', listen: false, streamIdentity: () => store.streamIdentity(DEFAULT_STREAM_NAME), logger: {} });
    try {
      while (service.counts().sequence < 4) await new Promise((resolve) => setTimeout(resolve, 20));
      await drained('stats-beside');
      await drained(DEFAULT_STATS_CONSUMER);
      const result = await doctor('--durable', 'stats-beside');
      expectHealthy(result);
      expect(result.report.consumers).toEqual([
        expect.objectContaining({ name: 'stats-beside', kind: 'pull', stats_role: 'mayastor-events-stats', stalled: false }),
        expect.objectContaining({ name: DEFAULT_STATS_CONSUMER, kind: 'push', stats_role: 'upstream' }),
      ]);
      expect(result.report.stats).toMatchObject({ bucket: DEFAULT_STATS_BUCKET, key: DEFAULT_STATS_CONSUMER, consumer: 'stats-beside', behind: 0 });
      expect(result.human.stdout).toContain('the pull consumer of `mayastor-events stats --durable stats-beside`');
      expect(result.human.stdout).toContain(`Stats counts (bucket ${DEFAULT_STATS_BUCKET}, key ${DEFAULT_STATS_CONSUMER}, consumer stats-beside)`);
    } finally {
      await service.stop();
      await Promise.all([statsBus.close(), store.close()]);
    }
    // The stats service is gone; events keep coming, and upstream's consumer keeps up.
    await publishEvents(someEvents());
    await drained(DEFAULT_STATS_CONSUMER);
    for (const run of [await doctor('--durable', 'stats-beside', '--stalled-after', '0'), await doctorWith({ NATS_URL: server.url, STATS_DURABLE: 'stats-beside' }, '--stalled-after', '0')]) {
      const stalled = expectProblem(run, 'consumer-stalled', 'stats-beside');
      expect(stalled.fix).toContain('start or restart `mayastor-events stats --durable stats-beside`');
      const behind = expectProblem(run, 'stats-behind');
      expect(behind.message).toContain('its consumer stats-beside (above)');
      expect(behind.fix).toContain('consumer stats-beside makes progress');
      expect(run.report.problems.map((problem) => problem.code).sort()).toEqual(['consumer-stalled', 'stats-behind']);
    }
  });

  it('a push consumer under the --durable name collides: the stats service would refuse it', async () => {
    await createStream();
    const jsm = await nc.jetstreamManager();
    await jsm.consumers.add(DEFAULT_STREAM_NAME, { durable_name: 'stats-beside', ack_policy: AckPolicy.Explicit, deliver_policy: DeliverPolicy.All, max_ack_pending: 1, deliver_subject: 'deliver.beside' });
    const result = await doctor('--durable', 'stats-beside');
    const problem = expectProblem(result, 'stats-consumer-collision', 'stats-beside');
    expect(problem.message).toContain('push (`mayastor-events stats` consumes with a pull consumer, and refuses a push consumer under its --durable name)');
    expect(problem.fix).toContain('nats consumer rm events-stream stats-beside');
    // Without --durable it is any other consumer.
    expectHealthy(await doctor());
  });

  it('--durable takes a consumer name only: exit 2 otherwise', async () => {
    const run = await cli(['doctor', '--durable', 'stats.*']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--durable: "stats.*" is not a consumer name');
  });
});

describe('doctor - the stream', () => {
  it('no stream: stream-missing, exit 1, and doctor does not create it', async () => {
    const result = await doctor();
    const problem = expectProblem(result, 'stream-missing');
    expect(problem.fix).toContain('nats stream add events-stream --subjects "events.>" --storage memory --max-bytes 3145728 --max-msgs-per-subject 1');
    expect(result.report.stream).toEqual({ exists: false, name: DEFAULT_STREAM_NAME, overlapping: [] });
    expect(result.report).toMatchObject({ consumers: null, messages: null, clock: null });
    expect((await serverState()).streams).toEqual([]);
  });

  it('no stream, and another stream takes the events subjects: named in the problem', async () => {
    const jsm = await nc.jetstreamManager();
    await jsm.streams.add({ name: 'EVENTS', subjects: ['events.>'], storage: StorageType.Memory });
    const problem = expectProblem(await doctor(), 'stream-missing');
    expect(problem.message).toContain('stream EVENTS takes subjects under events.>');
  });

  it.each([
    ['storage file', { storage: StorageType.File }, 'stream-storage', 'file storage', 'nats stream rm events-stream'],
    ['subjects events.2.>', { subjects: ['events.2.>'] }, 'stream-subjects', 'events on other subjects under events.> are not stored', 'nats stream edit events-stream --subjects "events.>"'],
    ['max_bytes 1 MiB', { max_bytes: 1024 * 1024 }, 'stream-max-bytes', 'max_bytes 1048576, not 3145728', 'nats stream edit events-stream --max-bytes 3145728'],
    ['max_msgs_per_subject 10', { max_msgs_per_subject: 10 }, 'stream-max-msgs-per-subject', 'max_msgs_per_subject 10, not 1', 'nats stream edit events-stream --max-msgs-per-subject 1'],
  ] as const)('a stream with %s: that difference alone, with its fix', async (_name, change, code, message, fix) => {
    await createStream(change as Partial<StreamConfig>);
    const result = await doctor();
    const problem = expectProblem(result, code);
    expect(problem.message).toContain(message);
    expect(problem.fix).toContain(fix);
    expect(result.report.problems.map((p) => p.code)).toEqual([code]);
  });

  it('replicas 1 against upstream 3 is information, not a problem', async () => {
    await createStream();
    const { report } = await doctor();
    expect(report.stream).toMatchObject({ config: { replicas: 1 }, expected: { replicas: 3 } });
    expect(report.healthy).toBe(true);
  });
});

describe('doctor - consumers', () => {
  it('a pull consumer nobody pulls from, with messages waiting: stalled once --stalled-after has passed, not before', async () => {
    await createStream();
    await publishEvents(someEvents());
    const jsm = await nc.jetstreamManager();
    await jsm.consumers.add(DEFAULT_STREAM_NAME, { durable_name: 'aggregator', ack_policy: AckPolicy.Explicit, deliver_policy: DeliverPolicy.All });
    // Created just now: within the default 2 minutes, it is not stalled yet.
    const fresh = await doctor();
    expectHealthy(fresh);
    expect(fresh.report.consumers).toEqual([expect.objectContaining({ name: 'aggregator', kind: 'pull', pending: 4, stalled: false, stats_role: null })]);

    const result = await doctor('--stalled-after', '0');
    const problem = expectProblem(result, 'consumer-stalled', 'aggregator');
    expect(problem.message).toContain('4 not delivered, 0 delivered and not acknowledged');
    expect(problem.message).toContain('no client is pulling from it');
    expect(problem.fix).toContain('nats consumer rm events-stream aggregator');
    expect(result.human.stdout).toContain('stalled means: messages wait (pending + ack pending > 0) and the ack floor has not moved for 0s');
  });

  it('a consumer holding a delivered message without acknowledging it: stalled, with its ack pending and last delivery', async () => {
    await createStream();
    await publishEvents(someEvents());
    const jsm = await nc.jetstreamManager();
    await jsm.consumers.add(DEFAULT_STREAM_NAME, { durable_name: 'aggregator', ack_policy: AckPolicy.Explicit, deliver_policy: DeliverPolicy.All });
    const held = await (await nc.jetstream().consumers.get(DEFAULT_STREAM_NAME, 'aggregator')).next();
    expect(held).not.toBeNull();
    const result = await doctor('--stalled-after', '0');
    const problem = expectProblem(result, 'consumer-stalled', 'aggregator');
    expect(problem.message).toContain('3 not delivered, 1 delivered and not acknowledged');
    const consumer = result.report.consumers!.find((c) => c.name === 'aggregator')!;
    expect(consumer).toMatchObject({ ack_pending: 1, ack_floor: 0, delivered: 1, stalled: true, last_acked: null });
    expect(consumer.last_delivered).not.toBeNull();
  });

  it('a push consumer with no subscriber bound is stalled; the cause is said', async () => {
    await createStream();
    await publishEvents(someEvents());
    const jsm = await nc.jetstreamManager();
    await jsm.consumers.add(DEFAULT_STREAM_NAME, { durable_name: 'aggregator', ack_policy: AckPolicy.Explicit, deliver_subject: createInbox() });
    const problem = expectProblem(await doctor('--stalled-after', '0'), 'consumer-stalled', 'aggregator');
    expect(problem.message).toContain('no subscriber is bound to it');
  });

  it.each([
    [
      'a pull consumer under the name, with no counts of mayastor-events stats',
      { ack_policy: AckPolicy.Explicit, deliver_policy: DeliverPolicy.All, max_ack_pending: 1 },
      "pull (upstream's is a push consumer, and bucket mayastor-events-stats holds no counts",
    ],
    [
      'a push consumer under the name with a different filter',
      { ack_policy: AckPolicy.Explicit, deliver_policy: DeliverPolicy.All, max_ack_pending: 1, deliver_subject: 'deliver.stats', filter_subject: 'events.2.>' },
      "filter events.2.> (upstream's takes every event)",
    ],
    [
      'a push consumer under the name with a deliver group and max_ack_pending 1000',
      { ack_policy: AckPolicy.Explicit, deliver_policy: DeliverPolicy.All, max_ack_pending: 1000, deliver_subject: 'deliver.stats', deliver_group: 'aggregators' },
      "max_ack_pending 1000 (upstream's: 1); deliver group aggregators: several subscribers share it",
    ],
    ['a push consumer under the name delivering only new messages', { ack_policy: AckPolicy.Explicit, deliver_policy: DeliverPolicy.New, max_ack_pending: 1, deliver_subject: 'deliver.stats' }, "deliver policy new (upstream's: all)"],
  ] as const)('%s: stats-consumer-collision', async (_name, config, said) => {
    await createStream();
    const jsm = await nc.jetstreamManager();
    await jsm.consumers.add(DEFAULT_STREAM_NAME, { durable_name: DEFAULT_STATS_CONSUMER, ...config });
    const result = await doctor();
    const problem = expectProblem(result, 'stats-consumer-collision', DEFAULT_STATS_CONSUMER);
    expect(problem.message).toContain(said);
    expect(problem.fix).toContain(`nats consumer rm events-stream ${DEFAULT_STATS_CONSUMER}`);
    expect(result.report.consumers).toEqual([expect.objectContaining({ name: DEFAULT_STATS_CONSUMER, stats_role: 'collision' })]);
  });
});

describe('doctor - the oldest message waiting for a consumer', () => {
  /** A consumer nobody pulls from: its messages wait, its ack floor stays at 0. */
  async function idleConsumer(name: string, filter?: string): Promise<void> {
    const jsm = await nc.jetstreamManager();
    await jsm.consumers.add(DEFAULT_STREAM_NAME, { durable_name: name, ack_policy: AckPolicy.Explicit, deliver_policy: DeliverPolicy.All, ...(filter === undefined ? {} : { filter_subject: filter }) });
  }

  /** Stores `event` on its wire subject (published again, it replaces the one stored there: max_msgs_per_subject 1). */
  const store = (event: CatalogEvent): Promise<void> => publishRaw(wireSubject(event), encodeToString(event));

  /** When the server stored the message at `seq`, as the report prints times. */
  async function storedAt(seq: number): Promise<string> {
    return (await (await nc.jetstreamManager()).streams.getMessage(DEFAULT_STREAM_NAME, { seq })).time.toISOString();
  }

  /** The oldest message waits a while less than the consumer has been idle. */
  const IDLE_BEFORE = 2_000;

  it('the message after the ack floor was replaced on its subject: the age of the next one waiting, not of the idle consumer', async () => {
    await createStream();
    await idleConsumer('aggregator');
    await store(fabricate('nexus.create')); // sequence 1, handled: the ack floor
    const handled = await (await nc.jetstream().consumers.get(DEFAULT_STREAM_NAME, 'aggregator')).next();
    expect(await handled?.ackAck()).toBe(true);
    const volume = fabricate('volume.create');
    await store(volume); // sequence 2
    await new Promise((resolve) => setTimeout(resolve, IDLE_BEFORE));
    await store(fabricate('pool.create')); // sequence 3: the oldest message waiting
    await store(volume); // sequence 4, which replaces sequence 2
    const jsm = await nc.jetstreamManager();
    await expect(jsm.streams.getMessage(DEFAULT_STREAM_NAME, { seq: 2 })).rejects.toThrow('no message found');
    expect((await jsm.streams.info(DEFAULT_STREAM_NAME)).state).toMatchObject({ first_seq: 1, messages: 3 });
    const oldest = await storedAt(3);

    // No ack for 2s, but what waits arrived just now: handled, not stalled.
    const fresh = await doctor('--stalled-after', '2');
    expectHealthy(fresh);
    expect(fresh.report.consumers).toEqual([expect.objectContaining({ name: 'aggregator', pending: 2, ack_floor: 1, oldest_waiting: oldest, stalled: false })]);
    // Not stalled, the age is still on the consumer's line, in the words of the stalled problem.
    expect(anyAge(fresh.human.stdout)).toContain('  ✓ aggregator: pull durable, filter (all subjects), pending 2, ack pending 0, oldest message waiting stored <age> ago, ack floor 1,');

    const result = await doctor('--stalled-after', '0');
    const problem = expectProblem(result, 'consumer-stalled', 'aggregator');
    expect(result.report.consumers).toEqual([expect.objectContaining({ name: 'aggregator', oldest_waiting: oldest, stalled: true })]);
    // In --json too, the problem says the age is an upper bound (oldest_waiting stays the time itself).
    expect(problem.message).toContain(
      `the oldest message waiting for it was stored at most ${formatDuration(secondsBetween(oldest, result.report.server.now))} ago (the age of the first after its ack floor, which acks out of order may have acknowledged already)`,
    );
    expect(result.human.stdout).toContain('the oldest message waiting for it was stored at most ');
  });

  it("a filtered consumer: the age of the first message after its ack floor on its subjects, not of another subject's", async () => {
    await createStream();
    await idleConsumer('pools', 'events.1.>');
    await idleConsumer('nexuses', 'events.3.>');
    await store(fabricate('volume.create')); // sequence 1: neither takes it
    await new Promise((resolve) => setTimeout(resolve, IDLE_BEFORE));
    await store(fabricate('pool.create')); // sequence 2
    await store(fabricate('nexus.create')); // sequence 3
    const { report } = await doctor('--stalled-after', '2');
    expect(report.consumers).toEqual([
      expect.objectContaining({ name: 'nexuses', filter: 'events.3.>', pending: 1, oldest_waiting: await storedAt(3), stalled: false }),
      expect.objectContaining({ name: 'pools', filter: 'events.1.>', pending: 1, oldest_waiting: await storedAt(2), stalled: false }),
    ]);
    expect(report.healthy).toBe(true);
  });
});

describe('doctor - stored messages', () => {
  it('invalid and unknown messages among events: counted, the first named with sequence and reason', async () => {
    await createStream();
    await publishEvents([fabricate('volume.create')]);
    await publishRaw('events.2.x', 'this is not JSON');
    const unknown = JSON.parse(encodeToString(fabricate('volume.create'))) as Record<string, unknown>;
    unknown['category'] = 99;
    await publishRaw(`events.99.${randomUUID()}`, JSON.stringify(unknown));
    await publishRaw('events.2.y', '{"category":"2","action":1,"target":"v","metadata":null}');
    const result = await doctor();
    const invalid = expectProblem(result, 'messages-invalid');
    expect(invalid.message).toContain('2 of 4 sampled messages are not valid events');
    expect(invalid.message).toContain('first at sequence 2 (events.2.x)');
    expect(invalid.fix).toContain('nats stream get events-stream 2');
    const unknownProblem = expectProblem(result, 'messages-unknown');
    expect(unknownProblem.message).toContain('1 of 4 sampled messages are well-formed events this SDK does not catalogue');
    expect(unknownProblem.message).toContain('first at sequence 3');
    expect(result.report.messages).toMatchObject({
      sampled: 4,
      events: 1,
      unknown: 1,
      invalid: 2,
      first_invalid: [
        { sequence: 2, subject: 'events.2.x', code: 'syntax' },
        { sequence: 4, subject: 'events.2.y', code: 'schema', path: '/category' },
      ],
      first_unknown: [{ sequence: 3, code: 'uncatalogued-pair' }],
    });
    expect(result.human.stdout).toMatch(/invalid sequence 2 \(events\.2\.x\): /);
    expect(result.human.stdout).toMatch(/invalid sequence 4 \(events\.2\.y\) at \/category: /);
  });

  it('--sample N reads the newest N messages only', async () => {
    await createStream();
    await publishRaw('events.2.x', 'not JSON');
    await publishEvents(someEvents());
    const { report, json } = await doctor('--sample', '4');
    expect(json.status).toBe(0);
    expect(report.messages).toMatchObject({ sampled: 4, first_sequence: 2, last_sequence: 5, invalid: 0 });
    const all = await doctor('--sample', '5');
    expect(all.report.messages).toMatchObject({ sampled: 5, invalid: 1 });
  });
});

describe('doctor - clocks', () => {
  it('events stamped an hour before the server stored them: clock-skew for their node', async () => {
    await createStream();
    await publishEvents(someEvents());
    const skewed = createFabricator({ now: new Date(Date.now() - 3_600_000) });
    await publishEvents([skewed.fabricate('pool.create', { metadata: { source: { node: 'io-engine-7' } } })]);
    const result = await doctor();
    const problem = expectProblem(result, 'clock-skew', 'io-engine-7');
    expect(problem.message).toMatch(/^node io-engine-7: events stamped up to 1h before the server stored them \(more than 5m\)/);
    expect(result.report.problems.filter((p) => p.code === 'clock-skew')).toHaveLength(1);
    expect(result.report.clock!.newest).toMatchObject({ sequence: 5, node: 'io-engine-7' });
    expect(result.report.clock!.newest!.skew_seconds).toBeGreaterThan(3_500);
    // A wider tolerance accepts it.
    expectHealthy(await doctor('--max-skew', '2h'));
  });

  it('events stamped in the future: the node clock is ahead', async () => {
    await createStream();
    const ahead = createFabricator({ now: new Date(Date.now() + 3_600_000) });
    await publishEvents([ahead.fabricate('pool.create', { metadata: { source: { node: 'io-engine-8' } } })]);
    const problem = expectProblem(await doctor(), 'clock-skew', 'io-engine-8');
    expect(problem.message).toContain('after the server stored them');
    expect(problem.message).toContain("its clock is ahead of the server's");
  });
});

describe('doctor - stats counts', () => {
  async function saveCounts(sequence: number, stream?: string): Promise<void> {
    const kv = await nc.jetstream().views.kv(DEFAULT_STATS_BUCKET, { history: 1 });
    await kv.put(DEFAULT_STATS_CONSUMER, serializeCounts({ ...emptyCounts(stream), sequence }));
  }

  it('counts behind the stream and not saved for --stalled-after: stats-behind; saved recently: catching up', async () => {
    await createStream();
    await publishEvents(someEvents());
    const created = (await (await nc.jetstreamManager()).streams.info(DEFAULT_STREAM_NAME)).created;
    await saveCounts(1, created);
    const recent = await doctor();
    expectHealthy(recent);
    expect(recent.report.stats).toMatchObject({ exists: true, counts: { sequence: 1 }, behind: 3 });
    expect(recent.human.stdout).toContain('catching up');

    const result = await doctor('--stalled-after', '0');
    const problem = expectProblem(result, 'stats-behind');
    expect(problem.message).toContain('include stream sequence 1, events-stream ends at 4: up to 3 message(s) not counted');
    expect(problem.message).toContain(`there is no consumer ${DEFAULT_STATS_CONSUMER}`);
    expect(problem.fix).toContain('mayastor-events stats');
  });

  it('counts of an earlier stream count as none of this one', async () => {
    await createStream();
    await publishEvents(someEvents());
    await saveCounts(4, '2020-01-01T00:00:00Z');
    const problem = expectProblem(await doctor('--stalled-after', '0'), 'stats-behind');
    expect(problem.message).toContain('include stream sequence 4 of an earlier stream (created 2020-01-01T00:00:00Z), events-stream ends at 4: up to 4 message(s) not counted');
  });

  it('counts ahead of the stream: stats-ahead', async () => {
    await createStream();
    await publishEvents(someEvents());
    await saveCounts(50);
    const problem = expectProblem(await doctor(), 'stats-ahead');
    expect(problem.message).toContain('include stream sequence 50, but events-stream ends at 4');
  });

  it('counts that cannot be read: stats-unreadable', async () => {
    await createStream();
    const kv = await nc.jetstream().views.kv(DEFAULT_STATS_BUCKET, { history: 1 });
    await kv.put(DEFAULT_STATS_CONSUMER, new TextEncoder().encode('{"version":7}'));
    const problem = expectProblem(await doctor(), 'stats-unreadable');
    expect(problem.fix).toContain(`nats kv del ${DEFAULT_STATS_BUCKET} ${DEFAULT_STATS_CONSUMER}`);
  });
});

describe('doctor - JetStream', () => {
  it('an account without JetStream: jetstream-unavailable, exit 1, and nothing else checked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'doctor-accounts-'));
    const config = join(dir, 'accounts.conf');
    writeFileSync(config, 'accounts {\n  PLAIN: { users: [ { user: plain, password: plain } ] }\n  EVENTS: { jetstream: enabled, users: [ { user: events, password: events } ] }\n}\n');
    const accounts = await startNatsServer({ args: () => ['-c', config], probe: { user: 'events', pass: 'events' } });
    try {
      const result = await doctorWith({ NATS_URL: accounts.url, NATS_USER: 'plain', NATS_PASSWORD: 'plain' });
      const { report } = result;
      const problem = expectProblem(result, 'jetstream-unavailable');
      expect(problem.message).toContain('JetStream is not enabled for this account');
      expect(report).toMatchObject({ stream: null, consumers: null, messages: null, clock: null, stats: null });
    } finally {
      await accounts.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('doctor - a 3-server cluster, the stream at 3 replicas as upstream runs it', () => {
  const members: NatsServer[] = [];

  beforeAll(async () => {
    const routes = [await freePort(), await freePort(), await freePort()];
    const started = await Promise.all(
      routes.map((route, i) =>
        startNatsServer({
          waitForJetStream: false,
          args: () => ['-n', `s${i + 1}`, '--cluster_name', 'events', '--cluster', `nats://127.0.0.1:${route}`, '--routes', routes.filter((other) => other !== route).map((other) => `nats://127.0.0.1:${other}`).join(',')],
        }),
      ),
    );
    members.push(...started);
  }, 60_000);

  afterAll(async () => {
    await Promise.all(members.map((member) => member.dispose()));
  });

  it('a replica whose server stops: stream-replica-not-current, once its leader notices', async () => {
    const cluster = await connect({ servers: members.map((member) => member.url) });
    let leader: string | undefined;
    try {
      // The cluster elects its JetStream meta leader after the servers start: retried until it takes the stream.
      for (;;) {
        try {
          const jsm = await cluster.jetstreamManager({ timeout: 2_000 });
          await jsm.streams.add({ ...RUST_STREAM, num_replicas: 3 });
          leader = (await jsm.streams.info(DEFAULT_STREAM_NAME)).cluster?.leader;
          if (leader !== undefined) break;
        } catch {
          // not ready yet
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    } finally {
      await cluster.close();
    }
    const env = { NATS_URL: members[Number(leader.slice(1)) - 1]!.url };
    const before = await doctorWith(env);
    expect(before.report.stream).toMatchObject({ config: { replicas: 3 }, cluster: { name: 'events', leader } });
    expect(before.human.stdout).toContain(`- cluster events: leader ${leader}; replicas `);

    const victim = members.find((_member, i) => `s${i + 1}` !== leader)!;
    const victimName = `s${members.indexOf(victim) + 1}`;
    await victim.stop({ hard: true });
    // The leader marks the replica not current after some seconds without hearing from it: until
    // both runs of a round (human, then --json) saw it, the first may have come just before.
    const noticed = (result: Awaited<ReturnType<typeof doctorWith>>): boolean =>
      result.human.stdout.includes('stream-replica-not-current') && result.report.problems.some((problem) => problem.code === 'stream-replica-not-current');
    let reported = await doctorWith(env);
    while (!noticed(reported)) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      reported = await doctorWith(env);
    }
    const problem = expectProblem(reported, 'stream-replica-not-current');
    expect(problem.message).toContain(`the replica of events-stream on server ${victimName} is not current`);
    expect(problem.message).toContain('2 of its 3 replicas are in step, and it stops taking events when fewer than 2 are');
    expect(problem.fix).toContain(`bring server ${victimName} back into the cluster`);
    expect(reported.report.problems.map((p) => p.code)).toEqual(['stream-replica-not-current']);
  }, 90_000);
});

describe('doctor - exit statuses', () => {
  it('cannot connect: exit 2, the reason on standard error, and the failure document with --json', async () => {
    const url = `nats://127.0.0.1:${await freePort()}`;
    const human = await cli(['doctor', '--nats-url', url]);
    expect(human.status).toBe(2);
    expect(human.stdout).toBe('');
    expect(human.stderr).toContain(`mayastor-events doctor: cannot connect to NATS at ${url}`);
    const json = await cli(['doctor', '--json'], { NATS_URL: url });
    expect(json.status).toBe(2);
    expect(JSON.parse(json.stdout)).toEqual({ version: 1, healthy: false, error: { code: 'cannot-connect', message: expect.stringContaining(url) } });
  });

  it('a password in the URL is not printed', async () => {
    const port = await freePort();
    const run = await cli(['doctor', '--json'], { NATS_URL: `nats://operator:s3cret@127.0.0.1:${port}` });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`cannot connect to NATS at nats://127.0.0.1:${port}`);
    expect(run.stdout + run.stderr).not.toContain('s3cret');
  });

  it.each([
    [['--sample', 'many'], '--sample: expected a number of messages'],
    [['--sample', '10001'], '--sample: expected a number of messages'],
    [['--stalled-after', 'soon'], '--stalled-after: expected a duration'],
    [['--max-skew=-5'], '--max-skew: expected a duration'],
    [['extra'], 'doctor takes no arguments'],
    [['--frobnicate'], "Unknown option '--frobnicate'"],
  ])('usage error %j: exit 2', async (args, said) => {
    const run = await cli(['doctor', ...args]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(said);
    expect(run.stderr).toContain('Usage: mayastor-events doctor');
  });

  it('--help documents the checks, the JSON shape and the exit statuses', async () => {
    const run = await cli(['doctor', '--help']);
    expect(run.status).toBe(0);
    for (const text of ['--json', '--sample N', '--stalled-after', '--max-skew', '--bucket', '--durable NAME', 'STATS_DURABLE', '--nats-url', 'stalled when', 'Exit status: 0 healthy, 1 problems found, 2 cannot connect', 'stats-behind']) {
      expect(run.stdout).toContain(text);
    }
  });

  it('a closed output (`doctor | head -0`) ends it quietly with status 0, problems or not', async () => {
    await createStream({ storage: StorageType.File });
    for (const args of [['doctor'], ['doctor', '--json']]) {
      // The CLI as a process (from source, through tsx) whose standard output is closed by its reader.
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], { cwd: root, env: { ...process.env, NATS_URL: server.url }, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    }
  });
});
