// The `mayastor-events` command run in-process, as a user runs it, for tests of what it says.
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main.js';

/** What a stream received, as text. */
function captured(stream: PassThrough): () => string {
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return () => text;
}

/**
 * `main(args)` with `env` (over a NATS_URL that is never reached: a usage error is found before
 * connecting): its status and what it wrote on standard output and standard error.
 */
export async function runMain(args: string[], env: Record<string, string> = {}): Promise<{ status: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out = captured(stdout);
  const err = captured(stderr);
  const status = await main(args, { stdin: new PassThrough(), stdout, stderr, env: { NATS_URL: 'nats://127.0.0.1:1', ...env } });
  return { status, stdout: out(), stderr: err() };
}
