// The `mayastor-events` command run in-process, as a user runs it, for tests of what it says.
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main.js';

/**
 * `main(args)` with `env` (over a NATS_URL that is never reached: a usage error is found before
 * connecting): its status and what it wrote on standard error.
 */
export async function runMain(args: string[], env: Record<string, string> = {}): Promise<{ status: number; stderr: string }> {
  const stderr = new PassThrough();
  let text = '';
  stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const status = await main(args, { stdin: new PassThrough(), stdout: new PassThrough(), stderr, env: { NATS_URL: 'nats://127.0.0.1:1', ...env } });
  return { status, stderr: text };
}
