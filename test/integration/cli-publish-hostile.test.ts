// `mayastor-events publish --set` against a real nats-server: what is stored is exactly what was
// typed (every digit of a u64), and a value the CLI refuses stores nothing. And `tail` on a
// server that refuses its consumer.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type NatsConnection } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_STREAM_NAME, decode } from 'mayastor-events';
import { runMain } from '../support/cli.js';
import { startNatsServer, type NatsServer } from '../support/nats-server.js';

let server: NatsServer;
let nc: NatsConnection;

beforeAll(async () => {
  server = await startNatsServer();
  nc = await connect({ servers: server.url });
});

afterAll(async () => {
  await nc?.close();
  await server?.dispose();
});

/** The CLI run in this process against the test server. */
const run = (args: string[]): ReturnType<typeof runMain> => runMain(args, { NATS_URL: server.url });

async function lastSequence(): Promise<number> {
  const jsm = await nc.jetstreamManager();
  return (await jsm.streams.info(DEFAULT_STREAM_NAME)).state.last_seq;
}

async function storedText(sequence: number): Promise<string> {
  const jsm = await nc.jetstreamManager();
  return new TextDecoder().decode((await jsm.streams.getMessage(DEFAULT_STREAM_NAME, { seq: sequence })).data);
}

const RETRY = 'metadata.source.event_details.switch_over_details.retry_count';

describe('publish --set (real server)', () => {
  it('a u64 past 2^53 is stored with every digit typed (2^64 − 1), and reads back exact', async () => {
    const published = await run(['publish', 'highAvailability.switchOver', '--json', '--set', `${RETRY}=18446744073709551615`]);
    expect(published.status, published.stderr).toBe(0);
    const { sequence } = JSON.parse(published.stdout) as { sequence: number };
    const text = await storedText(sequence);
    expect(text).toContain('"retry_count":18446744073709551615}');
    expect(published.stdout).toContain('"retry_count":18446744073709551615}');
    const decoded = decode(text);
    expect(decoded.kind).toBe('event');
    if (decoded.kind === 'event') expect(decoded.event.metadata?.source?.event_details?.switch_over_details?.retry_count).toBe(18446744073709551615n);
  });

  it.each([
    [`${RETRY}=1e3`, 'is not an integer'],
    [`${RETRY}=2.0`, 'is not an integer'],
    [`${RETRY}=18446744073709551616`, '18446744073709551616'],
    ['metadata.source={"__proto__":{"node":"x"},"component":3}', '__proto__'],
  ])('--set %s is refused with status 2 and nothing is stored', async (set, says) => {
    // The stream exists after the first publish of this file; a refusal must leave it as it was.
    await run(['publish', 'volume.create']);
    const before = await lastSequence();
    const refused = await run(['publish', 'highAvailability.switchOver', '--set', set]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(says);
    expect(await lastSequence()).toBe(before);
  });
});

describe('tail on a server that refuses its consumer', () => {
  let guarded: NatsServer | undefined;
  afterAll(async () => {
    await guarded?.dispose();
  });

  it('says why and exits 1 (it retried in silence for minutes, and outlived SIGTERM)', async () => {
    // A user that may read the stream but not make a consumer on it.
    const config = join(mkdtempSync(join(tmpdir(), 'cli-hostile-')), 'deny.conf');
    writeFileSync(
      config,
      `authorization { users: [
        { user: w, password: w },
        { user: r, password: r, permissions: { publish: { deny: ["$JS.API.CONSUMER.CREATE.>", "$JS.API.CONSUMER.DURABLE.CREATE.>"] } } },
        { user: n, password: n, permissions: { publish: { deny: ["$JS.API.CONSUMER.CREATE.events-stream"] } } }
      ] }\n`,
    );
    guarded = await startNatsServer({ args: () => ['-c', config], probe: { user: 'w', pass: 'w' } });
    const url = (user: string): string => `nats://${user}:${user}@127.0.0.1:${guarded!.port}`;
    expect((await runMain(['publish', 'volume.create'], { NATS_URL: url('w') })).status).toBe(0);
    const tail = await runMain(['tail', '--from', 'all', '--max', '1'], { NATS_URL: url('r') });
    expect(tail.status).toBe(1);
    expect(tail.stderr).toMatch(/the server refused a consumer on events-stream: .*Permissions Violation/i);
    expect(tail.stderr).not.toContain('r:r@');

    // A user denied only the unnamed create API still reads: the check makes its consumer as the
    // ordered one is made, through the named API subject.
    const named = await runMain(['tail', '--from', 'all', '--max', '1'], { NATS_URL: url('n') });
    expect(named.status, named.stderr).toBe(0);
    expect(named.stdout).toContain('volume.create');
  });
});

describe('tail leaves no consumer behind', () => {
  it('its ordered consumer is deleted when it ends (--max), not kept by the server for its 5-minute inactive threshold', async () => {
    expect((await run(['publish', 'volume.create'])).status).toBe(0);
    const tail = await run(['tail', '--from', 'all', '--max', '1']);
    expect(tail.status, tail.stderr).toBe(0);
    const jsm = await nc.jetstreamManager();
    // The delete goes out as the connection closes; the server handles it soon after.
    // Without it this loop only ends when the test times out.
    for (;;) {
      const left: string[] = [];
      for await (const info of jsm.consumers.list(DEFAULT_STREAM_NAME)) left.push(info.name);
      if (left.length === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
});
