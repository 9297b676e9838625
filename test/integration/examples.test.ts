// The examples as a user runs them (`npx tsx examples/<file>.ts`, NATS_URL set) against a real
// nats-server: what each prints, how it ends, and what lands on the bus.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  RebuildStatus,
  SwitchOverStatus,
  connectEventBus,
  decode,
  encodeToString,
  type CatalogEvent,
  type Delivery,
  type EventMessage,
  type NatsEventBus,
} from 'mayastor-events';
import { createFabricator, scenarios } from 'mayastor-events/testing';
import { waitFor } from '../support/bus-behaviour.js';
import { rawClient, removeStreams, testBusOptions, type RawClient } from '../support/nats-bus.js';
import { freePort, startNatsServer, type NatsServer } from '../support/nats-server.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

interface Run {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

interface Started {
  readonly child: ChildProcess;
  /** What it printed so far. */
  output(): { stdout: string; stderr: string };
  readonly ended: Promise<Run>;
}

/**
 * Starts `npx tsx examples/<file>` with NATS_URL on the test server. `npx` does not pass signals
 * on to the program, so a run that is to be signalled starts `tsx` itself (which does).
 */
function startExample(file: string, env: Record<string, string>, options: { direct?: boolean } = {}): Started {
  const [command, ...args] = options.direct ? ['node_modules/.bin/tsx', `examples/${file}`] : ['npx', 'tsx', `examples/${file}`];
  const child = spawn(command!, args, { cwd: root, env: { ...process.env, NATS_URL: server.url, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  const ended = new Promise<Run>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
  return { child, output: () => ({ stdout, stderr }), ended };
}

/** Runs an example to its end; `stdin` is written and closed. */
function runExample(file: string, env: Record<string, string>, stdin?: Uint8Array): Promise<Run> {
  const started = startExample(file, env);
  started.child.stdin!.end(stdin);
  return started.ended;
}

/** Reads every message of the events stream with the SDK (an ephemeral consumer), as decoded events. */
async function readBack(count: number, raws?: Map<number, string>): Promise<(CatalogEvent | EventMessage)[]> {
  const seen = new Map<number, CatalogEvent | EventMessage>();
  const keep = (delivery: Delivery): void => void raws?.set(delivery.streamSequence, Buffer.from(delivery.raw).toString('utf8'));
  const subscription = await bus.subscribe(
    { '>': (event, delivery) => void (seen.set(delivery.streamSequence, event), keep(delivery)) },
    { onUnknown: (unknown, delivery) => void (seen.set(delivery.streamSequence, unknown.event), keep(delivery)) },
  );
  try {
    await waitFor(() => seen.size >= count, 10_000, `${count} events in the stream`);
  } finally {
    await subscription.stop();
  }
  return [...seen].sort(([a], [b]) => a - b).map(([, event]) => event);
}

const keyOf = (event: CatalogEvent | EventMessage): string => {
  const result = decode(encodeToString(event));
  return result.kind === 'event' ? result.key : `unknown:${event.category}.${event.action}`;
};

let server: NatsServer;
let raw: RawClient;
let bus: NatsEventBus;

beforeAll(async () => {
  server = await startNatsServer();
  raw = await rawClient(server);
});

beforeEach(async () => {
  await removeStreams(raw);
  bus = await connectEventBus(testBusOptions(server));
});

afterEach(async () => {
  await bus.close();
});

afterAll(async () => {
  await raw?.nc.close();
  await server?.dispose();
});

describe('examples/control-plane-publisher.ts', () => {
  it('publishes node and volume events, rides out a full queue, and ends after the last ack', async () => {
    // A queue of 2: the three node events of the first step cannot all wait for the server at once.
    const run = await runExample('control-plane-publisher.ts', { VOLUMES: '3', INTERVAL_MS: '0', MAX_QUEUE: '2' });
    expect(run.stderr).toMatch(/queue full \(2 events waiting\): waiting for acks before retrying node\.stateChange/);
    expect(run.stderr).toMatch(/done: every event stored\n$/);
    expect(run.code).toBe(0);
    const stored = run.stdout.trimEnd().split('\n');
    expect(stored).toHaveLength(10);
    for (const line of stored) expect(line).toMatch(/^(node\.stateChange|volume\.create|volume\.delete) \S+ stored as #\d+$/);

    const events = await readBack(10);
    const keys = events.map(keyOf);
    expect(keys.filter((key) => key === 'node.stateChange')).toHaveLength(4);
    const created = events.filter((event) => keyOf(event) === 'volume.create').map((event) => event.target);
    const deleted = events.filter((event) => keyOf(event) === 'volume.delete').map((event) => event.target);
    expect(created).toHaveLength(3);
    expect(new Set(deleted)).toEqual(new Set(created));
    const offline = events.find((event) => event.metadata?.source?.event_details?.state_change_details?.next === 'Offline');
    expect(offline?.target).toBe('io-engine-3');
    expect(offline?.metadata?.source?.component).toBe(1); // CoreAgent: the catalog's component for node events
  });
});

describe('examples/data-plane-bridge.ts', () => {
  it('forwards every valid line byte for byte, catalogued or not, reports the invalid ones and exits with 1', async () => {
    const fabricator = createFabricator({ seed: 7 });
    const lifecycle = scenarios.volumeLifecycle(fabricator);
    // What a newer io-engine could send: a nexus action this SDK does not know.
    const newer: EventMessage = { ...fabricator.fabricate('nexus.create'), action: 99 };
    // …with a member this SDK does not know, which the bridge must pass on.
    const newerLine = encodeToString(newer).replace('"target":', '"added_later":{"since":"2.10"},"target":');
    const missingVersion = encodeToString(fabricator.fabricate('pool.create')).replace(',"version":1', '');
    const notUtf8 = Buffer.from(encodeToString(fabricator.fabricate('pool.delete')).replace('"target":"', '"target":"\u0000'));
    notUtf8[notUtf8.indexOf(0)] = 0xff;
    const lines: Buffer[] = [
      ...lifecycle.slice(0, 3).map((event) => Buffer.from(encodeToString(event))),
      Buffer.from(missingVersion), // line 4
      Buffer.from(newerLine), // line 5
      notUtf8, // line 6
      Buffer.from(''), // line 7: blank, skipped
      ...lifecycle.slice(3).map((event) => Buffer.from(`${encodeToString(event)}\r`)), // lines 8…, CRLF
    ];
    const input = Buffer.concat(lines.flatMap((line) => [line, Buffer.from('\n')]));

    const run = await runExample('data-plane-bridge.ts', {}, input);
    expect(run.code).toBe(1);
    const reported = run.stderr.split('\n').filter((line) => / invalid \(/.test(line));
    expect(reported).toEqual([
      'data-plane-bridge: line 4: invalid (schema) at /metadata/version: missing field `version`',
      // Invalid UTF-8 in a string the reader reads: its member's path and byte, as serde_json reports it.
      expect.stringMatching(/^data-plane-bridge: line 6: invalid \(utf8\) at \/target: invalid UTF-8 at byte \d+$/),
    ]);
    const valid = lifecycle.length + 1;
    expect(run.stderr).toMatch(new RegExp(`done: ${valid} event\\(s\\) published, 2 invalid line\\(s\\)\\n$`));
    expect(run.stdout).toMatch(/^line 5: unknown event \(.+\) published as #4$/m);
    expect(run.stdout).toMatch(new RegExp(`^line 8: ${keyOf(lifecycle[3]!).replace('.', '\\.')} published as #5$`, 'm'));

    const raws = new Map<number, string>();
    const events = await readBack(valid, raws);
    expect(raws.get(4)).toBe(newerLine);
    expect(events.map((event) => event.metadata?.id)).toEqual([...lifecycle.slice(0, 3), newer, ...lifecycle.slice(3)].map((event) => event.metadata?.id));
    expect(keyOf(events[3]!)).toBe('unknown:3.99');
    expect(events.map(encodeToString)).toEqual([...lifecycle.slice(0, 3), newer, ...lifecycle.slice(3)].map(encodeToString));
  });
});

describe('examples/consumer.ts', () => {
  it('hands each event to its typed handlers, reports unknown and invalid messages, and stops after EXIT_AFTER', async () => {
    const fabricator = createFabricator({ seed: 11 });
    const rebuildEnd = fabricator.fabricate('nexus.rebuildEnd', {
      metadata: { source: { event_details: { rebuild_details: { rebuild_status: RebuildStatus.Failed, error: 'I/O error' } } } },
    });
    const nexusCreate = fabricator.fabricate('nexus.create');
    const volumeCreate = fabricator.fabricate('volume.create');
    const switchOver = fabricator.fabricate('highAvailability.switchOver', {
      metadata: { source: { event_details: { switch_over_details: { switch_over_status: SwitchOverStatus.SwitchOverCompleted } } } },
    });
    const stateChange = fabricator.fabricate('nexus.stateChange');
    const newer: EventMessage = { ...fabricator.fabricate('pool.create'), action: 99 };
    for (const event of [rebuildEnd, nexusCreate, volumeCreate, switchOver, stateChange, newer]) await bus.publish(event);
    await raw.nc.jetstream().publish('events.3.not-an-event', new TextEncoder().encode('{"category":3,'));
    // Handled after EXIT_AFTER: stays in the stream for the durable consumer's next run.
    await bus.publish(fabricator.fabricate('volume.create'));

    const run = await runExample('consumer.ts', { EXIT_AFTER: '7', DURABLE: 'examples-consumer' });
    expect(run.code).toBe(0);
    const details = stateChange.metadata.source.event_details.state_change_details;
    const switched = switchOver.metadata.source.event_details.switch_over_details;
    expect(run.stdout.trimEnd().split('\n')).toEqual([
      // Matched by 'nexus.rebuildEnd' and by 'nexus.*', in the handler map's order.
      `rebuild ended nexus=${rebuildEnd.target} child=${rebuildEnd.metadata.source.event_details.rebuild_details.destination_replica} outcome=failed: I/O error`,
      `nexus RebuildEnd nexus=${rebuildEnd.target} node=${rebuildEnd.metadata.source.node}`,
      `nexus Create nexus=${nexusCreate.target} node=${nexusCreate.metadata.source.node}`,
      `created Nexus ${nexusCreate.target}`,
      `created Volume ${volumeCreate.target}`,
      `switch-over volume=${switchOver.target} status=SwitchOverCompleted new_path=${switched.new_path ?? '(not yet known)'} retries=${String(switched.retry_count)}`,
      `nexus StateChange nexus=${stateChange.target} node=${stateChange.metadata.source.node} ${details.previous}->${details.next}`,
      expect.stringMatching(/^unknown event #6 category=1 action=99: .+/),
    ]);
    expect(run.stderr).toMatch(/^consumer: invalid message #7 on events\.3\.not-an-event: .+ at ""$/m);
    expect(run.stderr).toMatch(/^consumer: 7 message\(s\) handled: stopping$/m);
    expect(run.stderr).toMatch(/stopped after 7 message\(s\)\n$/);

    // The durable consumer kept its place: the next run starts with the eighth message.
    const again = await runExample('consumer.ts', { EXIT_AFTER: '1', DURABLE: 'examples-consumer' });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^created Volume \S+\n$/);
  });
});

describe('examples/stats-embedded.ts', () => {
  it('serves the counts on LISTEN while it runs, counts live events, and stops by itself after EXIT_AFTER_MS', async () => {
    const fabricator = createFabricator({ seed: 3 });
    for (const key of ['volume.create', 'volume.create', 'volume.delete', 'pool.create'] as const) await bus.publish(fabricator.fabricate(key));
    const port = await freePort();
    const running = runExample('stats-embedded.ts', { LISTEN: `127.0.0.1:${port}`, EXIT_AFTER_MS: '8000' });

    let text = '';
    const scrape = async (): Promise<string> => {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/stats`);
        text = response.ok ? await response.text() : '';
      } catch {
        text = ''; // not listening yet
      }
      return text;
    };
    const until = async (pattern: RegExp): Promise<void> => {
      const deadline = Date.now() + 7_000;
      while (!pattern.test(await scrape())) {
        if (Date.now() > deadline) throw new Error(`GET /stats never matched ${pattern}:\n${text}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    await until(/^mayastor_events_last_sequence 4$/m);
    expect(text).toMatch(/^volume\{action="created"\} 2$/m);
    expect(text).toMatch(/^volume\{action="deleted"\} 1$/m);
    expect(text).toMatch(/^pool\{action="created"\} 1$/m);
    expect(text).toMatch(/^mayastor_events_total\{category="volume",action="create"\} 2$/m);
    // An event published while it runs is counted too.
    await bus.publish(fabricator.fabricate('volume.delete'));
    await until(/^volume\{action="deleted"\} 2$/m);

    const run = await running;
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(new RegExp(`INFO app: stats at http://127\\.0\\.0\\.1:${port}/stats\\n`));
    expect(run.stderr).toMatch(/INFO app: EXIT_AFTER_MS \(8000 ms\) elapsed; shutting down\n/);
    expect(run.stderr).toMatch(/INFO stopped with counts at sequence 5 /);
    expect(run.stderr).toMatch(/INFO app: stopped\n$/);
  });
});

describe('the long-running examples', () => {
  it('stop gracefully on SIGTERM: the bridge after publishing what it read, the consumer and the stats service after acking', async () => {
    const line = `${encodeToString(createFabricator({ seed: 5 }).fabricate('volume.create'))}\n`;
    const examples: { file: string; env: Record<string, string>; ready: RegExp; stopped: RegExp }[] = [
      { file: 'data-plane-bridge.ts', env: {}, ready: /^line 1: volume\.create published as #1$/m, stopped: /SIGTERM: reading no more lines\n.*done: 1 event\(s\) published, 0 invalid line\(s\)\n$/s },
      { file: 'consumer.ts', env: { DURABLE: 'examples-sigterm' }, ready: /^created Volume /m, stopped: /SIGTERM: stopping\n.*stopped after 1 message\(s\)\n$/s },
      { file: 'stats-embedded.ts', env: { LISTEN: '127.0.0.1:0' }, ready: /INFO app: stats at /, stopped: /SIGTERM received; shutting down\n.*INFO app: stopped\n$/s },
    ];
    const runs = examples.map((run) => {
      const started = startExample(run.file, run.env, { direct: true });
      // The bridge keeps reading: its standard input stays open, as a pipe from a live log would.
      started.child.stdin!.write(line);
      return { ...run, started };
    });
    await waitFor(
      () => runs.every(({ started, ready }) => ready.test(started.output().stdout + started.output().stderr)),
      20_000,
      'every example to be running',
    );
    for (const { started } of runs) started.child.kill('SIGTERM');
    for (const { file, started, stopped } of runs) {
      const run = await started.ended;
      expect({ file, code: run.code, signal: run.signal }).toEqual({ file, code: 0, signal: null });
      expect(run.stderr).toMatch(stopped);
    }
  });
});
