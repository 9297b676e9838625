// A usage error quotes what the user gave (a flag's value, an argument, an environment variable),
// and that may hold anything: main writes it with every non-printing character escaped, whatever
// the command, so that an ESC sequence, a C1 control or a bidi override never acts on the terminal.
import { describe, expect, it } from 'vitest';
import { runMain as run } from '../support/cli.js';

/** Characters that act on a terminal: ESC (clear the screen), CSI as one C1 control, a bidi override, a line separator. */
const HOSTILE = /[\u001b\u009b\u202e\u2028]/u;

describe('main - a usage error quoting a hostile value', () => {
  it.each([
    [
      'tail --from',
      ['tail', '--from', 'x\u202e\u009b2J'],
      String.raw`mayastor-events tail: --from: expected all, new, an RFC 3339 time (2024-05-01T10:20:30Z) or a stream sequence, got "x\u202e\u009b2J"`,
    ],
    ['explore, an unexpected argument', ['explore', 'extra\u202e\u001b[2J'], String.raw`mayastor-events explore: unexpected argument "extra\u202e\u001b[2J"`],
    ['doctor --sample', ['doctor', '--sample', '1\u20282'], String.raw`mayastor-events doctor: --sample: expected a number of messages from 0 to 10000, got "1\u20282"`],
  ])('%s: escaped on one line, status 2', async (_what, args, line) => {
    const { status, stderr } = await run(args);
    expect(status).toBe(2);
    expect(stderr.split('\n')[0]).toBe(line);
    expect(stderr).not.toMatch(HOSTILE);
  });

  it("an unknown option: node:util's message quotes it, escaped", async () => {
    const { status, stderr } = await run(['tail', '--from\u202e', 'all']);
    expect(status).toBe(2);
    // The rest of the line is Node's wording, which its versions change.
    expect(stderr.split('\n')[0]).toMatch(/^mayastor-events tail: Unknown option '--from\\u202e'/u);
    expect(stderr).not.toMatch(HOSTILE);
  });

  it('an unknown command: its name escaped', async () => {
    const { status, stderr } = await run(['tail\u202e']);
    expect(status).toBe(2);
    expect(stderr.split('\n')[0]).toBe(String.raw`mayastor-events: unknown command "tail\u202e"`);
  });

  it('a backslash sequence the user typed stays apart from an escaped character', async () => {
    // `a\u202e` typed as six characters, then a real U+202E: JSON doubles the typed backslash, the real one becomes \u202e, once.
    const { status, stderr } = await run(['stats'], { STATS_BUCKET: 'a\\u202e\u202e' });
    expect(status).toBe(2);
    expect(stderr.split('\n')[0]).toBe(String.raw`mayastor-events stats: --bucket (STATS_BUCKET): "a\\u202e\u202e" is not a bucket name (letters, digits, - and _)`);
  });
});

describe('main - a usage error names where a value came from', () => {
  it.each([
    ['an empty server list from the flag', ['--nats-url', ','], {}, '--nats-url: expected a server URL such as nats://127.0.0.1:4222'],
    ['an empty server list from NATS_URL', [], { NATS_URL: ' , ' }, '--nats-url (NATS_URL): expected a server URL such as nats://127.0.0.1:4222'],
    // Half of the user/password pair: the half given by its source, the half missing.
    ['--user alone', ['--user', 'u'], {}, '--user was given without --password (or NATS_PASSWORD): the two go together'],
    ['NATS_USER alone', [], { NATS_USER: 'u' }, '--user (NATS_USER) was given without --password (or NATS_PASSWORD): the two go together'],
    ['--password alone', ['--password', 'p'], {}, '--password was given without --user (or NATS_USER): the two go together'],
    ['NATS_PASSWORD alone', [], { NATS_PASSWORD: 'p' }, '--password (NATS_PASSWORD) was given without --user (or NATS_USER): the two go together'],
  ])('%s', async (_what, args, env, message) => {
    const { status, stderr } = await run(['tail', ...args], env);
    expect(status).toBe(2);
    expect(stderr.split('\n')[0]).toBe(`mayastor-events tail: ${message}`);
  });
});

describe('publish - an invalid override quoting a hostile value', () => {
  it('the id that no subject can hold and the schema problems are written escaped, status 2', async () => {
    const bad = await run(['publish', 'volume.create', '--set', 'metadata.id=a.\u202eb']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(String.raw`a.\u202eb`);
    expect(bad.stderr).toContain('nothing was published');
    expect(bad.stderr).not.toMatch(HOSTILE);
    const invalid = await run(['publish', 'volume.create', '--set', 'metadata.source.node=\u001b[2J\u202e']);
    expect(invalid.stderr).not.toMatch(HOSTILE);
  });
});
