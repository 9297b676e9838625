// The `mayastor-events` command as users run it: the built bin, with real processes and streams.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
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
    expect(lines[1]).toMatch(/^line 2: unknown: no catalogued event has category 3 \(Nexus\) and action 99/);
    expect(lines[2]).toBe('line 4: invalid at /metadata/version: invalid type: floating point `1.0`, expected i32');
    expect(lines[3]).toMatch(/^line 5: invalid: invalid UTF-8 at byte 40/);
    expect(lines[4]).toMatch(/^line 6: invalid: EOF while parsing/);
    expect(lines[5]).toBe('5 message(s), 3 invalid');
  });

  it('validate --json - reads a file and prints machine-readable verdicts; exit 0 when none is invalid', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mayastor-events-cli-'));
    const file = join(dir, 'events.jsonl');
    writeFileSync(file, `${valid}\n${unknown}\n`);
    const result = cli(['validate', file, '--json']);
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n').map((line) => JSON.parse(line))).toEqual([
      { line: 1, kind: 'event', key: 'nexus.rebuildBegin' },
      { line: 2, kind: 'unknown', reason: expect.stringContaining('action 99') },
    ]);
  });

  it('validate - a missing file is a clear error', () => {
    const result = cli(['validate', '/nonexistent/events.jsonl']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/validate: .*no such file.*nonexistent/i);
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
