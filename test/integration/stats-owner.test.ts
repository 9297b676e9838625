// Two stats services under different durable names and one bucket, on a real nats-server. Before
// the counts named their durable consumer, the second one started and both counted every message
// into one key: compare-and-set and the saved stream sequence kept the totals right while both ran
// (whichever saved a message first counted it, the other acked it as already counted, with a
// warning at each lost race), but the second service's counts were the first one's, not its own.
// Now the second refuses to start, as `mayastor-events stats` says in one line with exit status 1.
import { spawn } from 'node:child_process';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fabricate } from 'mayastor-events/testing';
import { connectEventBus, type NatsEventBus } from '../../src/bus/connect.js';
import type { DoctorReport } from '../../src/cli/doctor/report.js';
import { main } from '../../src/cli/main.js';
import { DEFAULT_STATS_KEY, StatsOptionsError, emptyCounts, parseCounts, serializeCounts, startStatsService, type StatsService } from '../../src/stats/index.js';
import { waitFor } from '../support/bus-behaviour.js';
import { rawClient, removeStreams, testBusOptions, type RawClient } from '../support/nats-bus.js';
import { startNatsServer, type NatsServer } from '../support/nats-server.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const runner = fileURLToPath(new URL('../support/stats-runner.ts', import.meta.url));

let server: NatsServer;
let raw: RawClient;
let bus: NatsEventBus;
const services: StatsService[] = [];

beforeAll(async () => {
  server = await startNatsServer();
  raw = await rawClient(server);
});

afterEach(async () => {
  for (const service of services.splice(0)) await service.stop();
  await bus?.close();
  await removeStreams(raw); // the buckets too (a bucket is a stream)
});

afterAll(async () => {
  await raw?.nc.close();
  await server?.dispose();
});

async function startService(bucket: string, durable: string): Promise<StatsService> {
  const service = await startStatsService({ servers: server.url, bucket, durable, listen: false, logger: {} });
  services.push(service);
  return service;
}

async function stored(bucket: string) {
  const entry = await (await raw.nc.jetstream().views.kv(bucket, { bindOnly: true })).get(DEFAULT_STATS_KEY);
  return parseCounts(entry!.value);
}

const lastSequence = async () => (await raw.jsm.streams.info(bus.stream)).state.last_seq;

async function eventually(predicate: () => Promise<boolean>, what: string, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** `mayastor-events stats` started in a process of its own with `env`: the process, its standard error so far, its exit status. */
function spawnStats(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', runner], {
    cwd: root,
    env: { ...process.env, NATS_URL: server.url, STATS_LISTEN: '127.0.0.1:0', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const run = { child, log: '', exited: new Promise<number | null>((resolve) => child.once('exit', resolve)) };
  child.stderr!.on('data', (chunk: Buffer) => (run.log += chunk.toString()));
  return run;
}

/** `mayastor-events stats` in a process of its own with `env`; its exit status and standard error. */
async function runStats(env: Record<string, string>): Promise<{ status: number | null; stderr: string }> {
  const run = spawnStats(env);
  const timer = setTimeout(() => run.child.kill('SIGKILL'), 20_000);
  const status = await run.exited;
  clearTimeout(timer);
  return { status, stderr: run.log };
}

describe('stats - two durable names, one bucket', () => {
  it('a second service under another --durable on the same bucket exits 1 with one line saying to give it its own --bucket or the same --durable; the first counts on, its counts untouched', async () => {
    bus = await connectEventBus(testBusOptions(server));
    const first = await startService('stats-shared', 'stats-a');
    for (let i = 0; i < 5; i++) await bus.publish(fabricate('volume.create'));
    await eventually(async () => first.counts().sequence === (await lastSequence()), 'the first service to count');

    // With a password in NATS_URL (this server takes any): the line does not show it.
    const url = new URL(server.url);
    const second = await runStats({ NATS_URL: `nats://operator:s3cret@${url.host}`, STATS_BUCKET: 'stats-shared', STATS_DURABLE: 'stats-b' });
    expect(second.status, second.stderr).toBe(1);
    const refusal = second.stderr.split('\n').filter((line) => line.startsWith('mayastor-events stats: '));
    expect(refusal).toEqual([
      'mayastor-events stats: invalid option `durable`: the counts in bucket stats-shared (key stats-events-consumer) are those of durable consumer stats-a, not stats-b, and two stats services under different durable names cannot share them; ' +
        'give this one a bucket of its own: `mayastor-events stats --bucket NAME` (or STATS_BUCKET=NAME; embedded, the `bucket` option of startStatsService, or a `store` of its own), ' +
        'or the same durable name: `--durable stats-a` (the `durable` option)',
    ]);
    expect(second.stderr).not.toMatch(/s3cret|operator/);
    // Refused before its consumer was made.
    await expect(raw.jsm.consumers.info(bus.stream, 'stats-b')).rejects.toThrow(/consumer not found/);

    for (let i = 0; i < 3; i++) await bus.publish(fabricate('pool.create'));
    await eventually(async () => first.counts().sequence === (await lastSequence()), 'the first service to count on');
    expect(await stored('stats-shared')).toMatchObject({ sequence: 8, durable: 'stats-a', events: expect.objectContaining({ 'volume.create': 5, 'pool.create': 3 }) });

    // As it says: its own bucket, or the same durable name.
    const own = await startService('stats-own', 'stats-b');
    const same = await startService('stats-shared', 'stats-a');
    await eventually(async () => own.counts().sequence === 8 && same.counts().sequence === 8, 'both to count');
    expect(own.counts()).toMatchObject({ durable: 'stats-b', events: expect.objectContaining({ 'volume.create': 5, 'pool.create': 3 }) });
  }, 60_000);

  it('two services under different names started together on a new bucket: the first to save owns it, the other refuses (compare-and-set on the key)', async () => {
    bus = await connectEventBus(testBusOptions(server));
    const outcomes = await Promise.allSettled([startService('stats-race', 'stats-a'), startService('stats-race', 'stats-b')]);
    const refused = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    expect(refused).toHaveLength(1);
    expect(refused[0]!.reason).toBeInstanceOf(StatsOptionsError);
    const owner = (await stored('stats-race')).durable;
    expect(['stats-a', 'stats-b']).toContain(owner);
    expect((refused[0]!.reason as Error).message).toContain(`the counts in bucket stats-race (key stats-events-consumer) are those of durable consumer ${owner}, not `);
  }, 60_000);

  it('counts saved by an earlier version (no durable consumer in them) are taken by the CLI started on them: none lost, its name recorded', async () => {
    bus = await connectEventBus(testBusOptions(server));
    for (let i = 0; i < 4; i++) await bus.publish(fabricate('volume.create'));
    const identity = (await raw.jsm.streams.info(bus.stream)).created;
    // What an earlier version saved after the stream's 4 messages (3 of them volume.create): no `durable` member.
    const doc = JSON.parse(new TextDecoder().decode(serializeCounts({ ...emptyCounts(identity), sequence: 4, invalid: 1, events: { ...emptyCounts().events, 'volume.create': 3 } }))) as Record<string, unknown>;
    delete doc['durable'];
    const kv = await raw.nc.jetstream().views.kv('stats-earlier', { history: 1 });
    await kv.put(DEFAULT_STATS_KEY, JSON.stringify(doc));
    expect((await stored('stats-earlier')).durable).toBeUndefined();

    const run = spawnStats({ STATS_BUCKET: 'stats-earlier', STATS_DURABLE: 'stats-beside' });
    try {
      await waitFor(() => /consuming /.test(run.log) || run.child.exitCode !== null, 20_000, `the stats process to start:\n${run.log}`);
      expect(run.log).toContain('INFO the saved counts name no durable consumer (saved by an earlier version): consumer stats-beside takes them');
      await bus.publish(fabricate('volume.create'));
      await eventually(async () => (await stored('stats-earlier')).sequence === 5, 'the new event counted');
      expect(await stored('stats-earlier')).toMatchObject({ sequence: 5, invalid: 1, stream: identity, durable: 'stats-beside', events: expect.objectContaining({ 'volume.create': 4 }) });
    } finally {
      run.child.kill('SIGTERM');
      await run.exited;
    }
  }, 60_000);

  /** Puts counts of durable consumer `durable` in `bucket` behind the service's back (as a service started on the key after it was deleted would). */
  async function takeCounts(bucket: string, durable: string): Promise<void> {
    const kv = await raw.nc.jetstream().views.kv(bucket, { bindOnly: true });
    const identity = (await raw.jsm.streams.info(bus.stream)).created;
    await kv.put(DEFAULT_STATS_KEY, serializeCounts({ ...emptyCounts(identity), sequence: 1, durable, events: { ...emptyCounts().events, 'pool.create': 1 } }));
  }

  it('counts taken by another durable while the service runs: it stops within two seconds, closed() gives the StatsOptionsError, its message is not acked, the store is not retried', async () => {
    bus = await connectEventBus(testBusOptions(server));
    const lines: string[] = [];
    const line = (level: string) => (message: string) => void lines.push(`${level} ${message}`);
    const service = await startStatsService({ servers: server.url, bucket: 'stats-taken', durable: 'stats-a', listen: false, logger: { info: line('INFO'), warn: line('WARN'), error: line('ERROR') } });
    services.push(service);
    await bus.publish(fabricate('volume.create'));
    await eventually(async () => (await stored('stats-taken')).sequence === 1, 'the first event counted');
    await takeCounts('stats-taken', 'stats-b');
    const taken = await stored('stats-taken');

    const publishedAt = performance.now();
    await bus.publish(fabricate('volume.create'));
    const failure = await Promise.race([service.closed(), new Promise((resolve) => setTimeout(() => resolve('still running'), 5_000))]);
    expect(failure).toBeInstanceOf(StatsOptionsError);
    expect(performance.now() - publishedAt).toBeLessThan(2_000);
    expect((failure as Error).message).toContain('the counts in bucket stats-taken (key stats-events-consumer) are those of durable consumer stats-b, not stats-a');
    expect(service.notReady).toBe(`counting stopped: ${(failure as Error).message}`);
    expect(lines.filter((text) => text.includes('cannot save the counts'))).toEqual([]);
    expect(lines).toContain('ERROR counting stopped: the service stops');
    expect(await stored('stats-taken')).toEqual(taken);
    // Its consumer still holds the message (acked up to the first event only), for whoever runs as stats-a next.
    const info = await raw.jsm.consumers.info(bus.stream, 'stats-a');
    expect(info.ack_floor.stream_seq).toBe(1);
    expect(info.num_pending + info.num_ack_pending).toBe(1);
  }, 60_000);

  it('the CLI whose counts are taken by another durable while it runs exits 1 with the escaped one-line refusal, without a retry line', async () => {
    bus = await connectEventBus(testBusOptions(server));
    await bus.publish(fabricate('volume.create'));
    const run = spawnStats({ STATS_BUCKET: 'stats-taken-cli', STATS_DURABLE: 'stats-a' });
    const timer = setTimeout(() => run.child.kill('SIGKILL'), 30_000);
    try {
      await waitFor(() => /consuming /.test(run.log) || run.child.exitCode !== null, 20_000, `the stats process to start:\n${run.log}`);
      await eventually(async () => (await stored('stats-taken-cli')).sequence === 1, 'the first event counted');
      await takeCounts('stats-taken-cli', 'other\u001b[31m');
      await bus.publish(fabricate('volume.create'));
      const status = await Promise.race([run.exited, new Promise((resolve) => setTimeout(() => resolve('still running'), 10_000))]);
      expect(status, run.log).toBe(1);
      expect(run.log.split('\n').filter((text) => text.startsWith('mayastor-events stats: '))).toEqual([
        'mayastor-events stats: invalid option `durable`: the counts in bucket stats-taken-cli (key stats-events-consumer) are those of durable consumer "other\\u001b[31m", not stats-a, and two stats services under different durable names cannot share them; ' +
          'give this one a bucket of its own: `mayastor-events stats --bucket NAME` (or STATS_BUCKET=NAME; embedded, the `bucket` option of startStatsService, or a `store` of its own), ' +
          'or the same durable name: `--durable "other\\u001b[31m"` (the `durable` option)',
      ]);
      expect(run.log).not.toContain('\u001b');
      expect(run.log).not.toContain('cannot save the counts');
      expect((await raw.jsm.consumers.info(bus.stream, 'stats-a')).ack_floor.stream_seq).toBe(1);
    } finally {
      clearTimeout(timer);
      if (run.child.exitCode === null) run.child.kill('SIGTERM');
      await run.exited;
    }
  }, 60_000);

  it('doctor shows whose counts they are, reads counts of an earlier version as before, and says when they are not the --durable one', async () => {
    bus = await connectEventBus(testBusOptions(server));
    await bus.publish(fabricate('volume.create'));
    const first = await startService('stats-doctor', 'stats-a');
    await eventually(async () => first.counts().sequence === 1, 'the event counted');
    await first.stop();
    const doctor = async (...flags: string[]) => {
      const out = (json: boolean) => {
        const stdout = new PassThrough();
        let text = '';
        stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
        return main(['doctor', ...(json ? ['--json'] : []), '--bucket', 'stats-doctor', ...flags], { stdin: Readable.from([]), stdout, stderr: new PassThrough(), env: { NATS_URL: server.url } }).then(() => text);
      };
      return { human: await out(false), report: JSON.parse(await out(true)) as DoctorReport };
    };
    const own = await doctor('--durable', 'stats-a');
    expect(own.report.stats).toMatchObject({ consumer: 'stats-a', counts: { sequence: 1, events: 1, durable: 'stats-a' } });
    expect(own.human).toMatch(/counts include sequence 1: up to date \(1 event\(s\), 0 unknown, 0 invalid\), saved .* ago by consumer stats-a\n/);
    const other = await doctor('--durable', 'stats-b');
    expect(other.report.stats).toMatchObject({ consumer: 'stats-b', counts: { durable: 'stats-a' } });
    expect(other.human).toMatch(/ago by consumer stats-a \(not stats-b: `mayastor-events stats --durable stats-b` would refuse them\)\n/);

    // Counts saved by an earlier version: read as before, no consumer named.
    const doc = JSON.parse(new TextDecoder().decode(serializeCounts({ ...emptyCounts(), sequence: 1, events: { ...emptyCounts().events, 'volume.create': 1 } }))) as Record<string, unknown>;
    delete doc['durable'];
    await (await raw.nc.jetstream().views.kv('stats-doctor', { bindOnly: true })).put(DEFAULT_STATS_KEY, JSON.stringify(doc));
    const earlier = await doctor('--durable', 'stats-a');
    expect(earlier.report.stats).toMatchObject({ counts: { sequence: 1, events: 1, durable: null } });
    expect(earlier.human).toMatch(/counts include sequence 1: up to date \(1 event\(s\), 0 unknown, 0 invalid\), saved .* ago\n/);
  }, 60_000);
});
