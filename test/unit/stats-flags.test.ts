// --bucket and --durable (STATS_BUCKET, STATS_DURABLE) as `mayastor-events stats` and `doctor`
// read them: one reading, so that doctor checks the bucket and the consumer stats really uses, and
// a bad value is refused by both with the same words, before anything connects; and stats'
// --listen (STATS_LISTEN). An error names the variable when the value came from it.
import { describe, expect, it } from 'vitest';
import { runMain as run } from '../support/cli.js';

/** The first line of a usage error, without the command's name. */
const usageError = (stderr: string): string | undefined => /^mayastor-events \w+: (.*)\nUsage: /.exec(stderr)?.[1];

describe.each(['stats', 'doctor'])('%s - the stats bucket and durable consumer', (command) => {
  it.each([
    ['--bucket a flag', ['--bucket', 'a.b'], {}, '--bucket: "a.b" is not a bucket name (letters, digits, - and _)'],
    ['--bucket from STATS_BUCKET', [], { STATS_BUCKET: 'counts>' }, '--bucket (STATS_BUCKET): "counts>" is not a bucket name (letters, digits, - and _)'],
    ['--durable a flag', ['--durable', 'stats.*'], {}, '--durable: "stats.*" is not a consumer name (letters, digits, - and _)'],
    ['--durable from STATS_DURABLE', [], { STATS_DURABLE: 'stats beside' }, '--durable (STATS_DURABLE): "stats beside" is not a consumer name (letters, digits, - and _)'],
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
    expect(usageError(stderr)).toBe(String.raw`--bucket (STATS_BUCKET): "counts\u202e\u001b[2J" is not a bucket name (letters, digits, - and _)`);
    expect(stderr).not.toMatch(/[\u001b\u202e]/u);
  });
});

describe('stats - --listen', () => {
  it.each([
    ['a flag', ['--listen', 'localhost'], {}, '--listen: expected host:port such as 0.0.0.0:9090, got "localhost"'],
    ['from STATS_LISTEN', [], { STATS_LISTEN: 'localhost' }, '--listen (STATS_LISTEN): expected host:port such as 0.0.0.0:9090, got "localhost"'],
    ['the flag over the variable', ['--listen', 'localhost'], { STATS_LISTEN: '0.0.0.0:9090' }, '--listen: expected host:port such as 0.0.0.0:9090, got "localhost"'],
  ])('%s: a bad value is a usage error, status 2', async (_what, args, env, message) => {
    const { status, stderr } = await run(['stats', ...args], env);
    expect(status).toBe(2);
    expect(usageError(stderr)).toBe(message);
  });

  it('a value with a bidi override or an ESC is quoted with them escaped', async () => {
    const { status, stderr } = await run(['stats'], { STATS_LISTEN: '\u202eevil\u001b[2J' });
    expect(status).toBe(2);
    expect(usageError(stderr)).toBe(String.raw`--listen (STATS_LISTEN): expected host:port such as 0.0.0.0:9090, got "\u202eevil\u001b[2J"`);
    expect(stderr).not.toMatch(/[\u001b\u202e]/u);
  });
});
