// The servers as given (--nats-url, NATS_URL) may hold anything, and a URL may carry a user and
// password: against a real server, what tail and doctor say about the server they reach shows
// the URL with every non-printing character escaped and without the credentials, and doctor's
// --json report holds nothing raw that would act on a terminal (a producer's node name included).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_STREAM_NAME, connectEventBus } from 'mayastor-events';
import { fabricate } from 'mayastor-events/testing';
import type { DoctorReport } from '../../src/cli/doctor/report.js';
import { TAIL_NO_STREAM_STATUS } from '../../src/cli/tail.js';
import { runMain } from '../support/cli.js';
import { startNatsServer, type NatsServer } from '../support/nats-server.js';

/** Characters that act on a terminal: ESC (clear the screen), CSI as one C1 control, a bidi override, a line separator. */
const HOSTILE = /[\u001b\u009b\u202e\u2028]/u;

let server: NatsServer;
/** The test server, with credentials (it asks for none), a bidi override and ESC c (reset the terminal; nats.js reads a `[` as an IPv6 address). */
let hostileUrl: string;
/** That URL as a command shows it. */
let shownUrl: string;

beforeAll(async () => {
  server = await startNatsServer();
  hostileUrl = `nats://operator:s3cret@127.0.0.1:${server.port}/\u202eevil\u001bc`;
  shownUrl = String.raw`nats://127.0.0.1:${server.port}/\u202eevil\u001bc`;
});

afterAll(async () => {
  await server?.dispose();
});

describe('a hostile server URL - what the commands say about the server they reach', () => {
  it('tail: "no stream … on" the URL escaped, without the password', async () => {
    const { status, stderr } = await runMain(['tail'], { NATS_URL: hostileUrl });
    expect(status).toBe(TAIL_NO_STREAM_STATUS);
    expect(stderr).toContain(`mayastor-events tail: there is no stream ${DEFAULT_STREAM_NAME} on ${shownUrl} (in the account`);
    expect(stderr).not.toMatch(HOSTILE);
    expect(stderr).not.toContain('s3cret');
  });

  it('doctor: the report names the URL escaped; --json holds the URL and a node name with nothing raw', async () => {
    const bus = await connectEventBus({ servers: server.url });
    try {
      await bus.publish(fabricate('pool.create', { metadata: { source: { node: 'io\u202eengine' } } }));
    } finally {
      await bus.close();
    }
    const human = await runMain(['doctor'], { NATS_URL: hostileUrl });
    expect(human.stdout.startsWith(`mayastor-events doctor: ${shownUrl} (nats-server `), human.stdout).toBe(true);
    const json = await runMain(['doctor', '--json'], { NATS_URL: hostileUrl });
    for (const run of [human, json]) {
      expect(run.stdout + run.stderr).not.toMatch(HOSTILE);
      expect(run.stdout + run.stderr).not.toContain('s3cret');
    }
    const report = JSON.parse(json.stdout) as DoctorReport;
    // JSON escapes read back as the characters given (less the credentials), as the node's do.
    expect(report.server.url).toBe(`nats://127.0.0.1:${server.port}/\u202eevil\u001bc`);
    // The node is data: the JSON escape reads back as the character the producer wrote.
    expect(report.clock!.nodes.map((node) => node.node)).toContain('io\u202eengine');
  });
});
