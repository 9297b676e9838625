// --bucket and --durable (STATS_BUCKET, STATS_DURABLE) as `mayastor-events stats` and `doctor`
// read them: one reading, so that doctor checks the bucket and the consumer stats really uses, and
// a bad value is refused by both with the same words, before anything connects.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

/** The command as a user runs it: its status and what it wrote on standard error. */
async function run(args: string[], env: Record<string, string> = {}): Promise<{ status: number; stderr: string }> {
  const stderr = new PassThrough();
  let text = '';
  stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
  // A server that is never reached: a usage error is found before connecting.
  const status = await main(args, { stdin: new PassThrough(), stdout: new PassThrough(), stderr, env: { NATS_URL: 'nats://127.0.0.1:1', ...env } });
  return { status, stderr: text };
}

/** The first line of a usage error, without the command's name. */
const usageError = (stderr: string): string | undefined => /^mayastor-events \w+: (.*)\nUsage: /.exec(stderr)?.[1];

describe.each(['stats', 'doctor'])('%s - the stats bucket and durable consumer', (command) => {
  it.each([
    ['--bucket a flag', ['--bucket', 'a.b'], {}, '--bucket: "a.b" is not a bucket name (letters, digits, - and _)'],
    ['--bucket from STATS_BUCKET', [], { STATS_BUCKET: 'counts>' }, '--bucket: "counts>" is not a bucket name (letters, digits, - and _)'],
    ['--durable a flag', ['--durable', 'stats.*'], {}, '--durable: "stats.*" is not a consumer name (letters, digits, - and _)'],
    ['--durable from STATS_DURABLE', [], { STATS_DURABLE: 'stats beside' }, '--durable: "stats beside" is not a consumer name (letters, digits, - and _)'],
    ['the flag over the variable', ['--durable', 'a.b'], { STATS_DURABLE: 'stats-beside' }, '--durable: "a.b" is not a consumer name (letters, digits, - and _)'],
    ['the bucket before the durable name', ['--bucket', 'a.b', '--durable', 'c.d'], {}, '--bucket: "a.b" is not a bucket name (letters, digits, - and _)'],
  ])('%s: a bad value is a usage error, status 2', async (_what, args, env, message) => {
    const { status, stderr } = await run([command, ...args], env);
    expect(status).toBe(2);
    expect(usageError(stderr)).toBe(message);
  });

  it('a value with a bidi override or an ESC is quoted with them escaped: one line, nothing acts on the terminal', async () => {
    const { status, stderr } = await run([command], { STATS_BUCKET: 'counts\u202e\u001b[2J' });
    expect(status).toBe(2);
    expect(usageError(stderr)).toBe(String.raw`--bucket: "counts\u202e\u001b[2J" is not a bucket name (letters, digits, - and _)`);
    expect(stderr).not.toMatch(/[\u001b\u202e]/u);
  });
});
