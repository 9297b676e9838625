// What the CLI says when a command fails: the servers as given (--nats-url, NATS_URL) may hold
// anything, so a connection failure, doctor's report and its --json document show them, and a
// usage error refusing one quotes it, with every non-printing character escaped and without the
// credentials a URL may carry; and whatever a command throws, main reports it and resolves.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { DoctorReport } from '../../src/cli/doctor/report.js';
import { renderHuman } from '../../src/cli/doctor/human.js';
import { main } from '../../src/cli/main.js';
import { firstLine } from '../../src/cli/nats-options.js';
import { escapeUnprintable } from '../../src/internal/printable.js';
import { runMain } from '../support/cli.js';

/** Characters that act on a terminal: ESC (clear the screen), CSI as one C1 control, a bidi override, a line separator. */
const HOSTILE = /[\u001b\u009b\u202e\u2028]/u;

/**
 * A server nothing listens on (port 1), named with a bidi override and an ESC sequence in a path
 * (which means nothing to NATS). nats.js alone takes its `[` for an IPv6 literal and dials
 * 127.0.0.1:4222; the SDK hands it 127.0.0.1:1, whether or not a NATS listens on 4222.
 */
const HOSTILE_URL = 'nats://127.0.0.1:1/\u202eevil\u001b[2J';
const SHOWN_URL = String.raw`nats://127.0.0.1:1/\u202eevil\u001b[2J`;

describe('a connection failure - the servers as given, escaped', () => {
  it.each([
    ['tail', ['tail'], 1, SHOWN_URL],
    // publish reports the bus's error, which names the server it dialled: without the path.
    ['publish', ['publish', 'volume.create'], 1, 'nats://127.0.0.1:1'],
    ['doctor', ['doctor'], 2, SHOWN_URL],
  ])('%s: "cannot connect to NATS at" the URL with its bidi override and ESC escaped', async (command, args, code, shown) => {
    const { status, stderr } = await runMain(args, { NATS_URL: HOSTILE_URL });
    expect(status).toBe(code);
    expect(stderr.startsWith(`mayastor-events ${command}: cannot connect to NATS at ${shown}: `)).toBe(true);
    expect(stderr).not.toMatch(HOSTILE);
  });

  it('doctor --json: the failure document holds the line standard error shows (its JSON escapes reading back as the URL given), with nothing raw on standard output', async () => {
    const { status, stdout, stderr } = await runMain(['doctor', '--json'], { NATS_URL: HOSTILE_URL });
    expect(status).toBe(2);
    expect(stdout).not.toMatch(HOSTILE);
    const message = (JSON.parse(stdout) as { error: { message: string } }).error.message;
    expect(message.startsWith(`cannot connect to NATS at ${HOSTILE_URL}: `)).toBe(true);
    expect(stderr).toBe(`mayastor-events doctor: ${escapeUnprintable(message)}\n`);
    expect(stderr.startsWith(`mayastor-events doctor: cannot connect to NATS at ${SHOWN_URL}: `)).toBe(true);
  });

  it('doctor: the user and password in a URL are not shown', async () => {
    const { status, stdout, stderr } = await runMain(['doctor', '--json'], { NATS_URL: 'nats://operator:s3cret@127.0.0.1:1' });
    expect(status).toBe(2);
    expect(stderr.startsWith('mayastor-events doctor: cannot connect to NATS at nats://127.0.0.1:1: ')).toBe(true);
    expect(stdout + stderr).not.toContain('s3cret');
    expect(stdout + stderr).not.toContain('operator');
  });

  it('doctor: a `[` in the password in a URL, the server dialled is the one it names (port 1), not 4222', async () => {
    const { status, stderr } = await runMain(['doctor'], { NATS_URL: 'nats://operator:pa[ss@127.0.0.1:1' });
    expect(status).toBe(2);
    expect(stderr.startsWith('mayastor-events doctor: cannot connect to NATS at nats://127.0.0.1:1: ')).toBe(true);
    expect(stderr).not.toContain('pa[ss');
  });

  it('firstLine: the first line of the message, escaped; a thrown value with no string form is described', () => {
    expect(firstLine(new Error('at nats://h/\u202eevil\u001b[2J\nsecond line'))).toBe(String.raw`at nats://h/\u202eevil\u001b[2J`);
    expect(firstLine(Object.create(null))).toBe('an unprintable error');
  });
});

describe('a server URL the connection would not read - a usage error, quoting it escaped', () => {
  it.each([
    ['tail', ['tail']],
    ['publish', ['publish', 'volume.create']],
    ['doctor', ['doctor', '--json']],
  ])('%s: a websocket URL with a bidi override and ESC is refused, escaped, before connecting', async (command, args) => {
    const { status, stdout, stderr } = await runMain(args, { NATS_URL: 'ws://operator:s3cret@127.0.0.1:1/\u202eevil\u001b[2J' });
    expect(status).toBe(2);
    expect(stdout).toBe(''); // doctor --json too: a usage error has no report
    expect(stderr.startsWith(String.raw`mayastor-events ${command}: --nats-url (NATS_URL): server "ws://127.0.0.1:1/\u202eevil\u001b[2J": ws:// is a websocket server`)).toBe(true);
    expect(stderr).not.toMatch(HOSTILE);
    expect(stderr).not.toMatch(/s3cret|operator/);
  });

  it('an `@` after a `/` (a password with a raw `/`) is refused, naming the flag, the password not shown', async () => {
    const { status, stderr } = await runMain(['doctor', '--nats-url', 'nats://operator:s3/cret@127.0.0.1:1'], {});
    expect(status).toBe(2);
    expect(stderr.startsWith('mayastor-events doctor: --nats-url: server "nats://127.0.0.1:1": an `@` after the host\'s `/`, `?` or `#`')).toBe(true);
    expect(stderr).not.toMatch(/s3|cret|operator/);
  });

  it.each([
    ['nats://operator:s3c,r3t@127.0.0.1:1'], // a password with a `,`: nats://operator:s3c would be a server, host operator
    ['nats://operator:1234,5678@127.0.0.1:1'], // host operator, port 1234, and the token 5678
  ])('a `,` in the password of %j: a usage error saying to write it %2C, no part of the URL shown', async (url) => {
    const { status, stdout, stderr } = await runMain(['doctor', '--json', '--nats-url', url], {});
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^mayastor-events doctor: --nats-url: a server after a `,` holds an `@` without `nats:\/\/` or `tls:\/\/` before it: .*write a `,` in a password as %2C/u);
    expect(stderr).not.toMatch(/s3c|r3t|1234|5678|operator/);
  });

  it('credentials in the URL and --token: one way to authenticate, each named by its source', async () => {
    const { status, stderr } = await runMain(['tail'], { NATS_URL: 'nats://operator:s3cret@127.0.0.1:1', NATS_TOKEN: 't' });
    expect(status).toBe(2);
    expect(stderr.startsWith('mayastor-events tail: give one way to authenticate: --nats-url (NATS_URL) carries a user and password in its URL, and --token (NATS_TOKEN) is given too\n')).toBe(true);
    expect(stderr).not.toMatch(/s3cret|operator/);
  });
});

/** A report of a server without JetStream, from `url`: the header and one section. */
function reportFrom(url: string): DoctorReport {
  return {
    version: 1,
    healthy: false,
    server: { url, version: '2.10.0', now: '2026-01-01T00:00:00.000Z', now_from: 'server' },
    settings: { sample: 100, stalled_after_seconds: 120, max_skew_seconds: 300 },
    problems: [],
    stream: null,
    consumers: null,
    messages: null,
    clock: null,
    stats: null,
  };
}

describe('doctor - the report names its server escaped', () => {
  it('the header line quotes the URL with a bidi override and an ESC escaped', () => {
    const text = renderHuman(reportFrom(HOSTILE_URL));
    expect(text.split('\n')[0]).toBe(`mayastor-events doctor: ${SHOWN_URL} (nats-server 2.10.0)`);
    expect(text).not.toMatch(HOSTILE);
  });
});

describe('main - a command that throws a value with no string form', () => {
  it('is reported on one line, status 2: main resolves', async () => {
    const stderr = new PassThrough();
    let text = '';
    stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    // doctor reads its settings from the environment as it runs: this one throws what String() cannot convert.
    const env = new Proxy(
      {},
      {
        get: () => {
          throw Object.create(null) as unknown;
        },
      },
    );
    const status = await main(['doctor'], { stdin: new PassThrough(), stdout: new PassThrough(), stderr, env });
    expect(status).toBe(2);
    expect(text).toBe('mayastor-events doctor: an unprintable error\n');
  });
});
