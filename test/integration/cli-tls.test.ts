// The commands reach a NATS that serves TLS with a certificate of the operator's own CA, and one
// that wants client certificates: `--tls-ca`, `--tls-cert`/`--tls-key` (NATS_CA, NATS_CERT,
// NATS_KEY, the nats CLI's names). The built bin, as child processes, against real nats-servers.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connect } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_STREAM_NAME } from 'mayastor-events';
import { startNatsServer, type NatsServer } from '../support/nats-server.js';
import { makeTestCertificates, type TestCertificates } from '../support/nats-tls.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'dist/cli.js');

let certs: TestCertificates;
let secure: NatsServer; // TLS, any client
let mutual: NatsServer; // TLS, client certificates required
let plain: NatsServer;
let emptyDir: string;

beforeAll(async () => {
  certs = makeTestCertificates();
  emptyDir = mkdtempSync(join(tmpdir(), 'mayastor-events-cli-tls-'));
  const tls = ['--tls', '--tlscert', certs.serverCert, '--tlskey', certs.serverKey];
  secure = await startNatsServer({ args: () => tls, probe: { tls: { caFile: certs.ca } } });
  mutual = await startNatsServer({
    args: () => [...tls, '--tlsverify', '--tlscacert', certs.ca],
    probe: { tls: { caFile: certs.ca, certFile: certs.clientCert, keyFile: certs.clientKey } },
  });
  plain = await startNatsServer();
});

afterAll(async () => {
  await secure?.dispose();
  await mutual?.dispose();
  await plain?.dispose();
  certs?.dispose();
  if (emptyDir !== undefined) rmSync(emptyDir, { recursive: true, force: true });
});

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The bin with `args`, its environment without the caller's NATS settings, plus `env`. */
function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('NATS_')));
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: root, env: { ...base, ...env }, timeout: 30_000 }, (error, stdout, stderr) => {
      const status = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
      resolve({ status, stdout, stderr });
    });
  });
}

const url = (server: NatsServer): string => `nats://127.0.0.1:${server.port}`;

/** How many messages the stream on `server` holds (the probe's TLS settings). */
async function stored(server: NatsServer, tls: { caFile: string; certFile?: string; keyFile?: string }): Promise<number> {
  const nc = await connect({ servers: url(server), tls });
  try {
    const jsm = await nc.jetstreamManager();
    return (await jsm.streams.info(DEFAULT_STREAM_NAME)).state.messages;
  } catch {
    return 0;
  } finally {
    await nc.close();
  }
}

describe('CLI - TLS with the operator\'s own CA', () => {
  it('publish - --tls-ca makes a server with a certificate of that CA reachable; without it, the certificate is refused', async () => {
    const refused = await run(['publish', 'volume.create', '--nats-url', url(secure)]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("the server's TLS certificate is not signed by a CA this process trusts: give the CA that signed it");
    expect(refused.stderr).toContain('--tls-ca FILE or NATS_CA');
    expect(await stored(secure, { caFile: certs.ca })).toBe(0);

    const published = await run(['publish', 'volume.create', '--nats-url', url(secure), '--tls-ca', certs.ca]);
    expect(published).toMatchObject({ status: 0 });
    expect(await stored(secure, { caFile: certs.ca })).toBe(1);
  });

  it('tail and doctor, refused a certificate of an unknown CA, say to give it (their own connections)', async () => {
    const tail = await run(['tail', '--nats-url', url(secure)]);
    expect(tail.status).toBe(1);
    expect(tail.stderr).toContain('not signed by a CA this process trusts: give the CA that signed it');
    const doctor = await run(['doctor', '--json', '--nats-url', url(secure)]);
    expect(doctor.status).toBe(2);
    expect((JSON.parse(doctor.stdout) as { error: { message: string } }).error.message).toContain('--tls-ca FILE or NATS_CA');
  });

  it('NATS_CA does what --tls-ca does, for every command (doctor connects and reports)', async () => {
    const doctor = await run(['doctor', '--json'], { NATS_URL: url(secure), NATS_CA: certs.ca });
    expect(doctor.status === 0 || doctor.status === 1).toBe(true); // healthy or problems found: connected
    const report = JSON.parse(doctor.stdout) as { error?: unknown; server?: unknown };
    expect(report.error).toBeUndefined();
    expect(report.server).toBeDefined();
  });

  it('--tls-cert and --tls-key present a client certificate to a server that requires one', async () => {
    const withoutCert = await run(['publish', 'volume.create', '--nats-url', url(mutual), '--tls-ca', certs.ca]);
    expect(withoutCert.status).toBe(1);
    const tls = { caFile: certs.ca, certFile: certs.clientCert, keyFile: certs.clientKey };
    expect(await stored(mutual, tls)).toBe(0);

    const published = await run(['publish', 'volume.create'], { NATS_URL: url(mutual), NATS_CA: certs.ca, NATS_CERT: certs.clientCert, NATS_KEY: certs.clientKey });
    expect(published).toMatchObject({ status: 0 });
    expect(await stored(mutual, tls)).toBe(1);
  });

  it('--tls-ca requires TLS: a server without it is refused, saying so, not talked to in plain text', async () => {
    const result = await run(['publish', 'volume.create', '--nats-url', url(plain), '--tls-ca', certs.ca]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('the server does not offer TLS');
    expect(result.stderr).toContain('--tls-ca');
  });
});

describe('CLI - TLS usage errors name the flag', () => {
  it.each([
    [['--tls-cert', '<client-cert>'], {}, '--tls-cert was given without --tls-key (or NATS_KEY): a client certificate and its key go together'],
    [[], { NATS_KEY: '<client-key>' }, '--tls-key (NATS_KEY) was given without --tls-cert (or NATS_CERT): a client certificate and its key go together'],
    [['--tls-ca', '/nonexistent/ca.pem'], {}, '--tls-ca: cannot read "/nonexistent/ca.pem": no such file'],
    [['--tls-ca', '<empty-dir>'], {}, '--tls-ca: cannot read "<empty-dir>": not a file'],
    [['--tls-ca', '/nonexistent/\u001b[2Jca.pem'], {}, '--tls-ca: cannot read "/nonexistent/\\u001b[2Jca.pem": no such file'],
  ] as const)('%j %j: exit 2, nothing sent', async (args, env, message) => {
    const resolve = (text: string): string => text.replace('<client-cert>', certs.clientCert).replace('<client-key>', certs.clientKey).replace('<empty-dir>', emptyDir);
    const result = await run(['publish', 'volume.create', '--nats-url', url(plain), ...args.map(resolve)], Object.fromEntries(Object.entries(env).map(([k, v]) => [k, resolve(v)])));
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(`mayastor-events publish: ${resolve(message)}`);
  });
});
