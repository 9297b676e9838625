// The `mayastor-events` command as users run it: the built bin, with real processes and streams.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { DecodeError, decode, type EventMessage } from 'mayastor-events';
import { findNatsServer } from '../../scripts/lib/nats-server.ts';
import { byteLines } from '../../src/cli/lines.js';
import { main } from '../../src/cli/main.js';
import { formatEventLine } from '../../src/cli/tail.js';
import { validateLines } from '../../src/cli/validate.js';
import { sampleMessage } from '../support/samples.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'dist/cli.js');

function cli(args: string[], input?: string | Uint8Array): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const valid = JSON.stringify(sampleMessage('nexus.rebuildBegin'));
const unknown = valid.replace('"action":4', '"action":99');
const invalid = valid.replace('"version":1', '"version":1.0');

/** `valid` with an unknown member `extra` holding `value` (the Rust services ignore it). */
const withExtra = (value: string): string => `{"extra":${value},${valid.slice(1)}`;

/** `bytes` cut into pieces of `size` bytes, as a stream delivers them. */
async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

/** A Writable that keeps what is written to it. */
function collector(): { stream: Writable; text(): string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return { stream, text: () => text };
}


/**
 * The bin with a real pipe as standard output whose reader closes it, as `… | head` does:
 * before the bin writes anything, or (`afterFirstChunk`) once it has read the first chunk.
 * Standard input gets `input`, and stays open unless `endInput`.
 */
function cliClosedOutput(
  args: string[],
  { input = '', endInput = true, afterFirstChunk = false }: { input?: string | Uint8Array; endInput?: boolean; afterFirstChunk?: boolean } = {},
): Promise<{ status: number | null; signal: NodeJS.Signals | null; firstChunk: string; stderr: string }> {
  const child = spawn(process.execPath, [bin, ...args], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
  let firstChunk = '';
  let stderr = '';
  if (afterFirstChunk) {
    child.stdout.once('data', (chunk: Buffer) => {
      firstChunk = chunk.toString();
      child.stdout.destroy();
    });
  } else {
    child.stdout.destroy();
  }
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.on('error', () => undefined); // the bin may exit before it reads all of its input
  child.stdin.write(input);
  if (endInput) child.stdin.end();
  // Only for a bin that never exits (the test fails on its status): not a timed assertion.
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  return new Promise((resolve) =>
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      child.stdin.destroy();
      resolve({ status, signal, firstChunk, stderr });
    }),
  );
}

/** Writes `text` to a new file `name` in a fresh temporary folder; returns its path. */
function writeTemp(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'mayastor-events-cli-')), name);
  writeFileSync(file, text);
  return file;
}

/** The characters that act on a terminal or break a line: C0/C1 controls, DEL, bidi controls, line and paragraph separators. */
const HOSTILE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;

/** What a hostile producer writes: screen clear, colour, hidden text, window title, BEL, bidi override, separators. */
const HOSTILE_TARGET = '\u001b[2J\u001b[1;31mPWNED\u001b]0;title\u0007\u202e';
const HOSTILE_NODE = 'n\u001b[8m';
const HOSTILE_TIMESTAMP = '2024-05-01T10:20:30Z\r\n\n\u000b';
const HOSTILE_TEXT = 'a\u2028b\u2029c\u0085d\u007fe\u2066f\u200eg\u061ch';

describe('cli', () => {
  it('--help lists the commands; no command is a usage error', () => {
    const help = cli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/validate .*\n.*schema/s);
    expect(cli([]).status).toBe(2);
  });

  it('an unknown command or option is a usage error that says what is wrong', () => {
    const command = cli(['explode']);
    expect(command.status).toBe(2);
    expect(command.stderr).toContain('unknown command "explode"');
    const option = cli(['validate', '--bogus']);
    expect(option.status).toBe(2);
    expect(option.stderr).toMatch(/Unknown option '--bogus'.*\nUsage: mayastor-events validate/s);
  });

  it('validate - prints one verdict per line and exits 1 when any is invalid', () => {
    const brokenUtf8 = Buffer.concat([Buffer.from(valid.slice(0, 40)), Buffer.from([0xff]), Buffer.from(valid.slice(40))]);
    const input = Buffer.concat([Buffer.from(`${valid}\n${unknown}\r\n\n${invalid}\n`), brokenUtf8, Buffer.from('\n{"category"')]);
    const result = cli(['validate'], input);
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('line 1: nexus.rebuildBegin');
    expect(lines[1]).toBe("line 2: unknown: category 3 (Nexus) / action 99 is not in this SDK's catalog (from a newer Mayastor?)");
    expect(lines[2]).toBe('line 4: invalid at /metadata/version: invalid type: floating point `1.0`, expected i32');
    expect(lines[3]).toMatch(/^line 5: invalid at \/target: invalid UTF-8 at byte 40/);
    expect(lines[4]).toBe("line 6: invalid: not JSON: the text ends inside an object (a '}' is missing)");
    expect(lines[5]).toBe('5 message(s), 3 invalid');
  });

  it('--version and -V print the version in package.json, status 0', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      expect(cli([flag])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
    }
    expect(cli(['--help']).stdout).toContain('-V, --version');
  });

  it('validate - says in words what is wrong and where: not JSON with the column, the timestamp field out of range', () => {
    const message = JSON.parse(valid) as { metadata: { timestamp: string } };
    message.metadata.timestamp = '2024-13-01T10:20:30Z';
    const result = cli(['validate'], `{"category": x}\n${JSON.stringify(message)}\n`);
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n').slice(0, 2)).toEqual([
      "line 1: invalid: not JSON: unexpected character 'x' where a value should be, at column 14",
      'line 2: invalid at /metadata/timestamp: invalid timestamp "2024-13-01T10:20:30Z": month 13 is out of range (1-12)',
    ]);
  });

  it('validate - a known pair out of its catalogued form (no metadata) is not called unknown; an unknown pair is, as maybe newer', () => {
    const noMetadata = JSON.stringify({ ...(JSON.parse(valid) as object), metadata: null });
    const result = cli(['validate'], `${noMetadata}\n${unknown}\n`);
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('line 1: not in the catalogued form of nexus.rebuildBegin: /metadata expected an EventMeta object, got null');
    expect(lines[0]).not.toMatch(/unknown|newer/);
    expect(lines[1]).toMatch(/^line 2: unknown: category 3 \(Nexus\) \/ action 99 is not in this SDK's catalog \(from a newer Mayastor\?\)$/);
    const json = cli(['validate', '--json'], `${noMetadata}\n`);
    expect(JSON.parse(json.stdout)).toMatchObject({ line: 1, kind: 'unknown', code: 'uncatalogued-form' });
  });

  it('publish --set metadata.id=x.y is a bad override like any other: status 2, the path named, found before connecting', () => {
    // No server listens on port 1: the status says the event was refused before any connection.
    const result = spawnSync(process.execPath, [bin, 'publish', 'volume.create', '--set', 'metadata.id=x.y'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NATS_URL: 'nats://127.0.0.1:1' },
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^mayastor-events publish: metadata\.id: invalid event id "x\.y": .*\n.*nothing was published\n$/);
  });

  it('--help of each command states its exit statuses; tail documents --wait and the status when there is no stream', () => {
    expect(cli(['tail', '--help']).stdout).toMatch(/--wait .*\n[\s\S]*Exit status: 0 when stopped .*1 when NATS cannot be\nreached.*2 on a usage error, 3 when there is no events-stream/);
    expect(cli(['publish', '--help']).stdout).toMatch(/Exit status: 0 when published, 1 when NATS cannot be reached .*\n.*2 on a usage error or an invalid event/);
    expect(cli(['validate', '--help']).stdout).toMatch(/Exit status: 0 when every line is an event .*1 when any line is invalid or\nnot checked, 2 on a usage error or when the input cannot be read/);
    expect(cli(['schema', '--help']).stdout).toContain('Exit status: 0, or 2 on a usage error.');
  });

  it('validate --json - reads a file and prints machine-readable verdicts; exit 0 when none is invalid', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mayastor-events-cli-'));
    const file = join(dir, 'events.jsonl');
    writeFileSync(file, `${valid}\n${unknown}\n`);
    const result = cli(['validate', file, '--json']);
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n').map((line) => JSON.parse(line))).toEqual([
      { line: 1, kind: 'event', key: 'nexus.rebuildBegin' },
      { line: 2, kind: 'unknown', code: 'uncatalogued-pair', reason: expect.stringContaining('action 99') },
    ]);
  });

  it('validate - a missing file is a clear error', () => {
    const result = cli(['validate', '/nonexistent/events.jsonl']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/validate: .*no such file.*nonexistent/i);
  });

  it('validate - a multi-megabyte line fed in small chunks gets its verdict, and so do the lines around it', () => {
    const big = withExtra(JSON.stringify('x'.repeat(6 * 1024 * 1024)));
    const result = cli(['validate'], `${valid}\n${big}\r\n${unknown}\n`);
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual([
      'line 1: nexus.rebuildBegin',
      'line 2: nexus.rebuildBegin',
      expect.stringMatching(/^line 3: unknown: /),
      '3 message(s), 0 invalid',
    ]);
  });

  it('byteLines - returns every line byte for byte, however the chunks cut them (a multi-megabyte line across hundreds of chunks)', async () => {
    const big = Buffer.alloc(5 * 1024 * 1024 + 3);
    for (let i = 0; i < big.length; i++) big[i] = 0x20 + ((i * 7) % 90); // no \n, no \r
    const lines = [Buffer.from('first'), big, Buffer.from(''), Buffer.from('\u00e9t\u00e9 \r in the middle'), Buffer.from([0xff, 0xfe]), Buffer.from('last, no newline')];
    const input = Buffer.concat([lines[0]!, Buffer.from('\r\n'), lines[1]!, Buffer.from('\n\n'), lines[3]!, Buffer.from('\r\n'), lines[4]!, Buffer.from('\n'), lines[5]!]);
    // 65,536 is a stream's chunk; 8,191 and 4,099 put the cuts everywhere, a `\r\n` cut in two included.
    for (const size of [65_536, 8_191, 4_099]) {
      const got: { line: number; bytes: Buffer }[] = [];
      for await (const line of byteLines(chunked(input, size))) {
        if (line.kind !== 'line') throw new Error(`line ${line.line} came back as ${line.kind}`);
        got.push({ line: line.line, bytes: Buffer.from(line.bytes) });
      }
      expect(got.map(({ line }) => line)).toEqual([1, 2, 3, 4, 5, 6]);
      for (const [i, { bytes }] of got.entries()) expect(bytes.equals(lines[i]!), `chunks of ${size}, line ${i + 1}`).toBe(true);
    }
    // One byte at a time, on a small input: a `\r` and its `\n` always in different chunks.
    const small: string[] = [];
    for await (const line of byteLines(chunked(Buffer.from('a\r\nbc\n\r\nd'), 1))) small.push(line.kind === 'line' ? Buffer.from(line.bytes).toString() : line.kind);
    expect(small).toEqual(['a', 'bc', '', 'd']);
  });

  it('validate --max-line-bytes - a longer line is "not checked" with its length, without being held; the next line is checked', () => {
    const long = withExtra(JSON.stringify('y'.repeat(100_000)));
    const result = cli(['validate', '--max-line-bytes', String(long.length - 1)], `${long}\n${valid}\n`);
    expect(result.status).toBe(1);
    expect(result.stdout.trim().split('\n')).toEqual([
      `line 1: not checked: the line has ${long.length} bytes, more than the limit of ${long.length - 1} (--max-line-bytes)`,
      'line 2: nexus.rebuildBegin',
      '2 message(s), 0 invalid, 1 not checked',
    ]);
    expect(cli(['validate', '--max-line-bytes', String(long.length)], `${long}\n`).stdout).toBe('line 1: nexus.rebuildBegin\n1 message(s), 0 invalid\n');
    const bad = cli(['validate', '--max-line-bytes', '1MB']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--max-line-bytes: expected a positive number of bytes, got "1MB"');
  });

  it('validate - messages nested hundreds of thousands deep each get the Rust verdict, and the next line is checked', () => {
    const deepUnknown = withExtra(`${'['.repeat(10_000)}${']'.repeat(10_000)}`);
    const deepObjects = withExtra(`${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`);
    const deepDocument = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
    const result = cli(['validate', '--json'], `${deepUnknown}\n${deepDocument}\n${deepObjects}\n${valid}\n`);
    const verdicts = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { line: number; kind: string });
    // serde_json skips an unknown member at any depth, and rejects a document deeper than 128.
    expect(verdicts).toEqual([
      { line: 1, kind: 'event', key: 'nexus.rebuildBegin' },
      expect.objectContaining({ line: 2, kind: 'invalid' }),
      { line: 3, kind: 'event', key: 'nexus.rebuildBegin' },
      { line: 4, kind: 'event', key: 'nexus.rebuildBegin' },
    ]);
    expect(result.status).toBe(1);
  });

  it('validate - a line the decoder throws on is "not checked", with what was thrown; the next line is checked', async () => {
    const input = Buffer.from(`${valid}\nPOISON\n${invalid}\nPROXY\n${valid}\nINTERNAL\n`);
    const internal = 'this SDK failed to read the message (TypeError: x is undefined); please report it';
    const check = (bytes: Uint8Array): ReturnType<typeof decode> => {
      const text = Buffer.from(bytes).toString();
      if (text === 'POISON') throw new RangeError('Maximum call stack size exceeded');
      if (text === 'PROXY') throw Object.create(null) as unknown; // String() of it throws too
      // What decode returns when it caught its own failure.
      if (text === 'INTERNAL') return { kind: 'invalid', error: new DecodeError({ code: 'internal', reason: internal, path: '', offset: 0, line: 1, column: 1, raw: bytes }) };
      return decode(bytes);
    };
    const out = collector();
    const summary = await validateLines(chunked(input, 7), { output: out.stream, check });
    expect(out.text().trim().split('\n')).toEqual([
      'line 1: nexus.rebuildBegin',
      'line 2: not checked: the decoder failed (RangeError: Maximum call stack size exceeded)',
      'line 3: invalid at /metadata/version: invalid type: floating point `1.0`, expected i32',
      'line 4: not checked: the decoder failed (an unprintable error)',
      'line 5: nexus.rebuildBegin',
      `line 6: not checked: ${internal}`,
      '6 message(s), 1 invalid, 3 not checked',
    ]);
    expect(summary).toEqual({ total: 6, invalid: 1, unchecked: 3 });

    const json = collector();
    await validateLines(chunked(Buffer.from('POISON\n'), 3), { output: json.stream, json: true, check });
    expect(JSON.parse(json.text())).toEqual({ line: 1, kind: 'unchecked', reason: 'not checked: the decoder failed (RangeError: Maximum call stack size exceeded)' });
  });

  it('every command ends quietly with status 0 when its output pipe is closed: validate, schema, --help, --version', async () => {
    const lines = `${valid}\n${invalid}\n`.repeat(2_000);
    const runs = {
      'validate (file)': await cliClosedOutput(['validate', writeTemp('many.jsonl', lines)]),
      'validate (stdin), read until the first chunk, as head -1': await cliClosedOutput(['validate'], { input: lines, afterFirstChunk: true }),
      'validate --json': await cliClosedOutput(['validate', '--json'], { input: lines }),
      'schema --asyncapi': await cliClosedOutput(['schema', '--asyncapi']),
      'schema --list': await cliClosedOutput(['schema', '--list']),
      'schema --json-schema': await cliClosedOutput(['schema', '--json-schema', 'nexus.rebuildBegin']),
      '--help': await cliClosedOutput(['--help']),
      '--version': await cliClosedOutput(['--version']),
      'validate --help': await cliClosedOutput(['validate', '--help']),
      'tail --help': await cliClosedOutput(['tail', '--help']),
      'publish --help': await cliClosedOutput(['publish', '--help']),
      'stats --help': await cliClosedOutput(['stats', '--help']),
      'schema --help': await cliClosedOutput(['schema', '--help']),
    };
    for (const [name, run] of Object.entries(runs)) {
      expect({ name, status: run.status, signal: run.signal, stderr: run.stderr }).toEqual({ name, status: 0, signal: null, stderr: '' });
    }
    expect(runs['validate (stdin), read until the first chunk, as head -1'].firstChunk).toMatch(/^line 1: nexus\.rebuildBegin\n/);
  });

  it('validate stops reading its input once its output is closed (the input never ends here)', async () => {
    const run = await cliClosedOutput(['validate'], { input: `${valid}\n${valid}\n`, endInput: false });
    expect(run).toMatchObject({ status: 0, signal: null, stderr: '' });
  });

  it('a failed write of the output (not a closed pipe) is reported on one line, status 1', async () => {
    let stderr = '';
    const failing = new Writable({
      write(_chunk, _encoding, done) {
        done(Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' }));
      },
    });
    const errors = new Writable({
      write(chunk: Buffer, _encoding, done) {
        stderr += chunk.toString();
        done();
      },
    });
    const status = await main(['validate'], { stdin: Readable.from([`${valid}\n${valid}\n`]), stdout: failing, stderr: errors, env: {} });
    expect(status).toBe(1);
    expect(stderr).toBe('mayastor-events validate: cannot write the output: EIO: i/o error, write\n');
  });

  it('formatEventLine - a hostile target, node, timestamp or detail is quoted with its controls escaped: one line, nothing raw', () => {
    const event = JSON.parse(valid) as EventMessage & { metadata: { source: { event_details: { rebuild_details: Record<string, unknown> } } } };
    event.target = HOSTILE_TARGET;
    event.metadata.source.node = HOSTILE_NODE;
    event.metadata.timestamp = HOSTILE_TIMESTAMP;
    event.metadata.source.event_details.rebuild_details['source_replica'] = `${HOSTILE_TEXT}\ud800`; // and a lone surrogate
    const line = formatEventLine('nexus.rebuildBegin', event);
    expect(line).not.toMatch(HOSTILE);
    expect(line).not.toContain('\n');
    expect(line).toContain(String.raw`"2024-05-01T10:20:30Z\r\n\n\u000b" nexus.rebuildBegin target="\u001b[2J\u001b[1;31mPWNED\u001b]0;title\u0007\u202e" node="n\u001b[8m"`);
    // Each quoted value is a JSON string: it reads back as exactly what the producer wrote.
    const replica = /source_replica=("(?:[^"\\]|\\.)*")/.exec(line)?.[1];
    expect(JSON.parse(replica!)).toBe(`${HOSTILE_TEXT}\ud800`);
    // A plain value stays a plain word.
    expect(formatEventLine('nexus.rebuildBegin', JSON.parse(valid) as EventMessage)).toMatch(/ target=[0-9a-f-]+ node=[^" ]+ /);
  });

  it('validate - reasons that quote a hostile line are printed escaped, one line per verdict; --json too', () => {
    const message = JSON.parse(valid) as { metadata: { timestamp: string; source: { event_details: { rebuild_details: { rebuild_status: unknown } } } } };
    message.metadata.timestamp = `x${HOSTILE_TARGET}\u0085\u2028${HOSTILE_NODE}`;
    const badTimestamp = JSON.stringify(message);
    message.metadata.timestamp = JSON.parse(valid).metadata.timestamp;
    message.metadata.source.event_details.rebuild_details.rebuild_status = `\u202e${HOSTILE_TEXT}`;
    const badStatus = JSON.stringify(message);
    // A line that is not JSON, with raw controls serde_json quotes back in its reason.
    const notJson = `{"category":\u001b[2J\u202e}`;
    const input = `${badTimestamp}\n${badStatus}\n${notJson}\n`;

    const human = cli(['validate'], input);
    expect(human.status).toBe(1);
    const lines = human.stdout.split('\n');
    expect(lines).toHaveLength(5); // three verdicts, the summary, and the end of the last line
    expect(lines[0]).toMatch(/^line 1: invalid at \/metadata\/timestamp: invalid timestamp "x\\u001b\[2J/);
    expect(lines[0]).toContain('\\u202e');
    expect(lines[1]).toMatch(/^line 2: invalid at \/metadata\/source\/event_details\/rebuild_details\/rebuild_status: invalid type: string "\\u202ea\\u2028b/);
    expect(lines[2]).toMatch(/^line 3: invalid: /);
    expect(lines[3]).toBe('3 message(s), 3 invalid');
    for (const line of lines) expect(line).not.toMatch(HOSTILE);

    const json = cli(['validate', '--json'], input);
    const verdicts = json.stdout.trim().split('\n');
    expect(verdicts).toHaveLength(3);
    for (const verdict of verdicts) {
      expect(verdict).not.toMatch(HOSTILE);
      // The escapes mean the same characters: the reason reads back as the decoder wrote it.
      const parsed = JSON.parse(verdict) as { line: number; reason: string };
      expect(parsed.reason).toBe((decode(input.split('\n')[parsed.line - 1]!) as { error: DecodeError }).error.reason);
    }
  });

  it('schema - prints the shipped JSON Schema and AsyncAPI documents', () => {
    const event = cli(['schema', '--json-schema', 'nexus.rebuildBegin']);
    expect(event.status).toBe(0);
    expect(JSON.parse(event.stdout)).toEqual(JSON.parse(readFileSync(join(root, 'schemas/json/nexus.rebuildBegin.json'), 'utf8')));
    expect(JSON.parse(cli(['schema']).stdout).title).toBe('EventMessage');
    expect(cli(['schema', '--asyncapi']).stdout).toMatch(/^asyncapi: 3\.0\.0/m);
    expect(cli(['schema', '--list']).stdout.trim().split('\n')).toHaveLength(36);
    const bad = cli(['schema', '--json-schema', 'nexus.rebuildBegun']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('"nexus.rebuildBegun" is not a catalogued event key');
  });
});

// The rule .ci/run applies too when it decides whether to install nats-server.
describe('findNatsServer', () => {
  it('takes NATS_SERVER when set, else the first executable nats-server on PATH, else /usr/sbin/nats-server', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mayastor-events-path-'));
    const [notExecutable, first, second] = ['a', 'b', 'c'].map((name) => join(dir, name));
    for (const folder of [notExecutable!, first!, second!]) {
      mkdirSync(folder);
      writeFileSync(join(folder, 'nats-server'), '#!/bin/sh\n');
    }
    chmodSync(join(first!, 'nats-server'), 0o755);
    chmodSync(join(second!, 'nats-server'), 0o755);
    const PATH = [join(dir, 'missing'), notExecutable, first, second].join(':');
    expect(findNatsServer({ PATH })).toBe(join(first!, 'nats-server'));
    expect(findNatsServer({ PATH, NATS_SERVER: '/opt/nats/nats-server' })).toBe('/opt/nats/nats-server');
    expect(findNatsServer({ PATH, NATS_SERVER: '' })).toBe(join(first!, 'nats-server'));
    expect(findNatsServer({ PATH: notExecutable })).toBe('/usr/sbin/nats-server');
    expect(findNatsServer({})).toBe('/usr/sbin/nats-server');
  });
});
