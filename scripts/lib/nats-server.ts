// A disposable nats-server: JetStream on, loopback only, a free port and a temporary store
// directory; stopped and restarted by pid, with the same port and store. Used by the integration
// tests (through test/support/nats-server.ts) and by `npm run demo`.
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { connect, type ConnectionOptions } from 'nats';

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Where nats-server is. One rule, the same in .ci/run (which installs the Debian package when
 * the rule finds none): `NATS_SERVER` when it is set (and then only there), else the first
 * `nats-server` on `PATH`, else `/usr/sbin/nats-server` (the Debian package's path, often not on
 * a user's `PATH`).
 */
export function findNatsServer(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const chosen = env['NATS_SERVER'];
  if (chosen !== undefined && chosen !== '') return chosen;
  for (const dir of (env['PATH'] ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, 'nats-server');
    if (isExecutableFile(candidate)) return candidate;
  }
  return '/usr/sbin/nats-server';
}

/** The nats-server the tests and `npm run demo` start (see {@link findNatsServer}). */
export const NATS_SERVER_BIN = findNatsServer();

/** A running test server. */
export interface NatsServer {
  readonly port: number;
  /** `nats://127.0.0.1:<port>`. */
  readonly url: string;
  readonly storeDir: string;
  /** The server's pid (changes on restart). */
  readonly pid: number;
  /** Kills the server (SIGKILL when `hard`), keeping its store. */
  stop(options?: { hard?: boolean }): Promise<void>;
  /** Starts it again on the same port with the same store. */
  start(): Promise<void>;
  /** stop() then start(). */
  restart(options?: { hard?: boolean }): Promise<void>;
  /** Stops the server and removes its store. */
  dispose(): Promise<void>;
}

async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port === 4222 ? findFreePort().then(resolve, reject) : resolve(port)));
    });
  });
}

async function accepting(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Options of {@link startNatsServer}. */
export interface NatsServerOptions {
  /** More command-line arguments (authentication, TLS, cluster). */
  args?: (ports: { port: number }) => string[];
  /** How the readiness probe connects (credentials, TLS). */
  probe?: Partial<ConnectionOptions>;
  /** The port to listen on. @default a free port */
  port?: number;
  /** Wait until the JetStream API answers (a clustered server needs its peers first). @default true */
  waitForJetStream?: boolean;
}

/** A free TCP port on loopback (never 4222). */
export async function freePort(): Promise<number> {
  return findFreePort();
}

/** Starts a nats-server with JetStream on a free loopback port; fails loudly when it is not installed. */
export async function startNatsServer(options: NatsServerOptions = {}): Promise<NatsServer> {
  if (!isExecutableFile(NATS_SERVER_BIN)) {
    throw new Error(
      `nats-server is not installed at ${NATS_SERVER_BIN} (NATS_SERVER, else PATH, else /usr/sbin): install the nats-server package (.ci/run does) or set NATS_SERVER`,
    );
  }
  const port = options.port ?? (await findFreePort());
  const storeDir = mkdtempSync(join(tmpdir(), 'mayastor-events-nats-'));
  let child: ChildProcess | undefined;
  let output = '';

  async function start(): Promise<void> {
    output = '';
    const proc = spawn(NATS_SERVER_BIN, ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', storeDir, ...(options.args?.({ port }) ?? [])], { stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    proc.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    proc.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const deadline = Date.now() + 10_000;
    while (!(await accepting(port))) {
      if (proc.exitCode !== null) throw new Error(`nats-server exited with ${proc.exitCode}:\n${output}`);
      if (Date.now() > deadline) throw new Error(`nats-server did not accept connections on ${port} within 10 s:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // JetStream is ready once the server logs it; connections are accepted slightly before.
    while (!output.includes('Server is ready')) {
      if (Date.now() > deadline) throw new Error(`nats-server did not report ready:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    if (options.waitForJetStream === false) return;
    // And the JetStream API answers (it may lag the log line).
    const nc = await connect({ servers: `127.0.0.1:${port}`, ...options.probe });
    try {
      for (;;) {
        try {
          await nc.request('$JS.API.INFO', undefined, { timeout: 500 });
          break;
        } catch (error) {
          if (Date.now() > deadline) throw new Error(`JetStream did not answer within 10 s: ${(error as Error).message}\n${output}`);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
    } finally {
      await nc.close();
    }
  }

  async function stop(options: { hard?: boolean } = {}): Promise<void> {
    const proc = child;
    child = undefined;
    if (proc === undefined || proc.exitCode !== null || proc.pid === undefined) return;
    const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
    process.kill(proc.pid, options.hard ? 'SIGKILL' : 'SIGTERM');
    await exited;
  }

  await start();
  return {
    port,
    url: `nats://127.0.0.1:${port}`,
    storeDir,
    get pid() {
      return child?.pid ?? -1;
    },
    stop,
    start,
    async restart(options) {
      await stop(options);
      await start();
    },
    async dispose() {
      await stop();
      rmSync(storeDir, { recursive: true, force: true });
    },
  };
}
