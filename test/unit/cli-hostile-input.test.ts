// validate, publish, schema and tail given input their README promises must survive: line ends,
// limits, numbers past 2^53, member names that are not members, times nats-server cannot read.
import { constants } from 'node:buffer';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { byteLines, type ByteLine } from '../../src/cli/lines.js';
import { overridesFromSets } from '../../src/cli/publish.js';
import { parseFrom } from '../../src/cli/tail.js';
import { validateLines } from '../../src/cli/validate.js';
import { runMain } from '../support/cli.js';
import { sampleMessage } from '../support/samples.js';

const valid = JSON.stringify(sampleMessage('volume.create'));

async function lines(text: string, maxLineBytes: number): Promise<ByteLine[]> {
  const out: ByteLine[] = [];
  // One byte a chunk: a `\r` and its `\n` never arrive together.
  for await (const line of byteLines(oneByteChunks(Buffer.from(text)), { maxLineBytes })) out.push(line);
  return out;
}

async function* oneByteChunks(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at++) yield bytes.subarray(at, at + 1);
}

async function validateText(text: string, maxLineBytes: number): Promise<string[]> {
  let printed = '';
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      printed += chunk.toString();
      done();
    },
  });
  await validateLines(oneByteChunks(Buffer.from(text)), { output, maxLineBytes });
  return printed.trim().split('\n');
}

describe('validate - line ends', () => {
  it('a CRLF line of exactly --max-line-bytes is checked, as the same line ended by LF is; its \\r is not counted in a longer one', async () => {
    const limit = Buffer.byteLength(valid);
    const lf = await validateText(`${valid}\n${valid}x\n`, limit);
    const crlf = await validateText(`${valid}\r\n${valid}x\r\n`, limit);
    expect(crlf).toEqual(lf);
    expect(crlf).toEqual([
      'line 1: volume.create',
      `line 2: not checked: the line has ${limit + 1} bytes, more than the limit of ${limit} (--max-line-bytes)`,
      '2 message(s), 0 invalid, 1 not checked',
    ]);
  });

  it('byteLines - a \\r\\n line is held to the limit as its \\n twin; a lone \\r at the limit is not an end', async () => {
    expect(await lines('abc\r\nabcd\r\n', 3)).toEqual([
      { kind: 'line', line: 1, bytes: Buffer.from('abc') },
      { kind: 'too-long', line: 2, length: 4 },
    ]);
    expect(await lines('abc\rd\nab\r', 3)).toEqual([
      { kind: 'too-long', line: 1, length: 5 },
      { kind: 'line', line: 2, bytes: Buffer.from('ab') },
    ]);
  });
});

describe('validate --max-line-bytes - at most what the decoder can read', () => {
  it('above the longest string Node.js holds is a usage error (a longer line was read, then "not checked … please report it")', async () => {
    const max = constants.MAX_STRING_LENGTH;
    const refused = await runMain(['validate', '--max-line-bytes', String(max + 1), '/nonexistent']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(`--max-line-bytes: at most ${max}`);
    const file = join(mkdtempSync(join(tmpdir(), 'validate-')), 'one.jsonl');
    writeFileSync(file, `${valid}\n`);
    expect(await runMain(['validate', '--max-line-bytes', String(max), file])).toMatchObject({ status: 0, stdout: 'line 1: volume.create\n1 message(s), 0 invalid\n' });
  });
});

describe('publish --set - values read as typed', () => {
  const retry = 'metadata.source.event_details.switch_over_details.retry_count';

  it('an integer past 2^53 keeps every digit (a bigint): 2^64 − 1 and 2^53 + 1 are not rounded', () => {
    expect(overridesFromSets([`${retry}=18446744073709551615`])).toEqual({
      metadata: { source: { event_details: { switch_over_details: { retry_count: 18446744073709551615n } } } },
    });
    const nested = overridesFromSets(['metadata.source.event_details.reactor_details={"lcore":9007199254740993,"state":"frozen"}']);
    expect(nested).toEqual({ metadata: { source: { event_details: { reactor_details: { lcore: 9007199254740993n, state: 'frozen' } } } } });
    expect(overridesFromSets([`${retry}=7`])).toEqual({ metadata: { source: { event_details: { switch_over_details: { retry_count: 7 } } } } });
  });

  it('2^64 is refused quoting the digits typed, not a rounded number; nothing published (status 2)', async () => {
    const run = await runMain(['publish', 'highAvailability.switchOver', '--set', `${retry}=18446744073709551616`]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('18446744073709551616');
    expect(run.stderr).not.toContain('18446744073709552000');
    expect(run.stderr).toContain('nothing was published');
  });

  it.each(['1e3', '1.0', '-0', '{"lcore":2.5,"state":"x"}'])('a number with a fraction or an exponent (%s) is a usage error, not the integer it rounds to', async (value) => {
    const run = await runMain(['publish', 'ioEngine.reactorFreeze', '--set', `metadata.source.event_details.reactor_details${value.startsWith('{') ? '' : '.lcore'}=${value}`]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('is not an integer');
    expect(run.stdout).toBe('');
  });

  it.each(['{"__proto__":{"node":"x"},"component":1}', '{"node":"n","__proto__":null}'])(
    'a JSON value with a member named __proto__ (%s) is refused at its path, not dropped silently (an own member, as JSON.parse makes it)',
    async (value) => {
      const run = await runMain(['publish', 'volume.create', '--set', `metadata.source=${value}`]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/metadata\.source\.__proto__: not a member of this event/);
    },
  );

  it('a refused --set is quoted with its controls escaped as \\uXXXX (a guard: held before these fixes too)', async () => {
    const refused = await runMain(['publish', 'volume.create', '--set', '\u001b[2Jtarget=1.5']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('\\u001b[2Jtarget');
    expect(refused.stderr).not.toContain('\u001b');
  });
});

describe('tail --from - times nats-server cannot hold', () => {
  it.each(['2263-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '+10000-01-01T00:00:00Z', '1600-01-01T00:00:00Z', '0000-01-01T00:00:00Z'])(
    '%s is a usage error (nats-server compares int64 nanoseconds: it would start anywhere, or retry for minutes)',
    async (from) => {
      const run = await runMain(['tail', '--from', from]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('nats-server takes a time from 1677-09-21T00:12:44Z to 2262-04-11T23:47:16Z');
    },
  );

  it('--help says the range', async () => {
    expect((await runMain(['tail', '--help'])).stdout).toMatch(/from 1677-09-21 to 2262-04-11, the times\s+nats-server can compare/);
  });

  it('--help does not promise the stored bytes for --json: a message in another accepted form is re-written', async () => {
    const help = (await runMain(['tail', '--help'])).stdout;
    expect(help).not.toContain("exact JSON");
    expect(help).toMatch(/with unknown members or a relaxed timestamp, is shown\s+without them/);
  });

  it('times inside that range are taken, in chrono’s relaxed forms too', () => {
    expect(parseFrom('2262-04-11T23:47:16Z')).toMatchObject({ policy: 'startTime' });
    expect(parseFrom('1677-09-21T00:12:44Z')).toMatchObject({ policy: 'startTime' });
    expect(parseFrom('2024-05-01 12:20:30+02:00')).toEqual({ policy: 'startTime', startTime: new Date('2024-05-01T10:20:30Z') });
  });
});

describe('schema - arguments', () => {
  it('--list with an argument is a usage error (status 2), as --asyncapi with one is', async () => {
    const run = await runMain(['schema', '--list', 'volume.create']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('--list takes no argument');
  });
});
