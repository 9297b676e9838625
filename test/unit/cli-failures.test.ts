// What the CLI says when a command fails other than by a usage error: the servers as given
// (--nats-url, NATS_URL) may hold anything, so a connection failure, doctor's report and its
// --json document show them with every non-printing character escaped and without the
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

/** A server nothing listens on (port 1), named with a bidi override and an ESC sequence. */
const HOSTILE_URL = 'nats://127.0.0.1:1/\u202eevil\u001b[2J';
const SHOWN_URL = String.raw`nats://127.0.0.1:1/\u202eevil\u001b[2J`;

describe('a connection failure - the servers as given, escaped', () => {
  it.each([
    ['tail', ['tail'], 1],
    ['publish', ['publish', 'volume.create'], 1],
    ['doctor', ['doctor'], 2],
  ])('%s: "cannot connect to NATS at" the URL with its bidi override and ESC escaped', async (command, args, code) => {
    const { status, stderr } = await runMain(args, { NATS_URL: HOSTILE_URL });
    expect(status).toBe(code);
    expect(stderr.startsWith(`mayastor-events ${command}: cannot connect to NATS at ${SHOWN_URL}: `)).toBe(true);
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

  it('firstLine: the first line of the message, escaped; a thrown value with no string form is described', () => {
    expect(firstLine(new Error('at nats://h/\u202eevil\u001b[2J\nsecond line'))).toBe(String.raw`at nats://h/\u202eevil\u001b[2J`);
    expect(firstLine(Object.create(null))).toBe('an unprintable error');
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
