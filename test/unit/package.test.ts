// The built package, as users load it: ESM import and CJS require of the root entry by name;
// what loading it costs (no NATS client until connectEventBus); source maps that work without
// src/. `npm test` builds dist/ before vitest runs.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadedModules, packageOf } from '../../scripts/lib/module-cost.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

const script = (load: string): string => `
${load}
const event = m.createEvent('nexus.rebuildBegin', { target: 'n', details: { rebuild_details: {
  rebuild_status: m.RebuildStatus.Started, source_replica: 'a', destination_replica: 'b', error: null } } });
const result = m.decode(m.encode(event));
const invalid = m.decode('{"category":2');
console.log(JSON.stringify({ kind: result.kind, key: result.key, invalid: invalid.error instanceof m.MayastorEventsError,
  catalog: m.catalog.length, category: m.EventCategory.Volume }));
`;

function run(args: string[]): unknown {
  return JSON.parse(execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' }));
}

describe('package', () => {
  const expected = { kind: 'event', key: 'nexus.rebuildBegin', invalid: true, catalog: 36, category: 2 };

  it('dist holds ESM, CJS and type declarations for every entry', () => {
    for (const entry of ['index', 'schemas', 'testing', 'stats']) {
      for (const ext of ['js', 'cjs', 'd.ts', 'd.cts']) expect(existsSync(`${root}/dist/${entry}.${ext}`), `${entry}.${ext}`).toBe(true);
    }
    for (const file of ['cli.js']) {
      expect(existsSync(`${root}/dist/${file}`), file).toBe(true);
    }
  });

  it('imports from an ES module by package name', () => {
    expect(run(['--input-type=module', '-e', script(`import * as m from 'mayastor-events';`)])).toEqual(expected);
  });

  it('requires from a CommonJS module by package name', () => {
    expect(run(['--input-type=commonjs', '-e', script(`const m = require('mayastor-events');`)])).toEqual(expected);
  });

  const testingScript = (load: string): string => `
${load}
const a = t.createFabricator({ seed: 7 }).fabricate('nexus.rebuildEnd');
const b = t.createFabricator({ seed: 7 }).fabricate('nexus.rebuildEnd');
const result = m.decode(m.encode(a));
console.log(JSON.stringify({ same: Buffer.from(m.encode(a)).equals(Buffer.from(m.encode(b))), kind: result.kind, key: result.key,
  // One copy of the SDK: errors thrown by the testing entry are the root entry's classes.
  shared: (() => { try { t.fabricate('volume.create', { target: 5 }); } catch (e) { return e instanceof m.EventValidationError; } })() }));
`;
  const testingExpected = { same: true, kind: 'event', key: 'nexus.rebuildEnd', shared: true };

  it('mayastor-events/testing imports from an ES module and shares the root entry', () => {
    const load = `import * as m from 'mayastor-events'; import * as t from 'mayastor-events/testing';`;
    expect(run(['--input-type=module', '-e', testingScript(load)])).toEqual(testingExpected);
  });

  it('mayastor-events/testing requires from a CommonJS module and shares the root entry', () => {
    const load = `const m = require('mayastor-events'); const t = require('mayastor-events/testing');`;
    expect(run(['--input-type=commonjs', '-e', testingScript(load)])).toEqual(testingExpected);
  });
});

// The NATS client (nats.js and what it loads) is what a codec user must not pay for.
const NATS_PACKAGES = ['nats', 'nkeys.js', 'tweetnacl'];
const natsModules = (files: string[]): string[] => files.filter((file) => NATS_PACKAGES.includes(packageOf(file) ?? ''));

/** A loopback port nothing listens on (taken from the OS, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('package - what loading it costs', () => {
  it.each([
    ['mayastor-events', 'esm'],
    ['mayastor-events', 'cjs'],
    ['mayastor-events/testing', 'esm'],
    ['mayastor-events/testing', 'cjs'],
  ] as const)('%s (%s) loads no module of nats, nkeys.js or tweetnacl', (specifier, format) => {
    const { files } = loadedModules(root, specifier, format);
    expect(files.some((file) => file.startsWith(`${root}dist/`))).toBe(true); // the probe saw the entry itself
    expect(natsModules(files)).toEqual([]);
  });

  it.each(['esm', 'cjs'] as const)('connectEventBus (%s) loads the NATS client on its first call, and reports a server it cannot reach', async (format) => {
    const port = await closedPort();
    const then = `result = await m.connectEventBus({ servers: '127.0.0.1:${port}', connection: { reconnect: false } }).then(
      () => 'connected', (error) => ({ name: error.name, shared: error instanceof m.BusConnectionError && error instanceof m.MayastorEventsError }));`;
    const { files, result } = loadedModules(root, 'mayastor-events', format, then);
    // One copy of the SDK: the error thrown by the lazily loaded bus is the root entry's class.
    expect(result).toEqual({ name: 'BusConnectionError', shared: true });
    expect(natsModules(files).map((file) => packageOf(file))).toContain('nats');
  });
});

describe('package - source maps', () => {
  const files = readdirSync(`${root}/dist`);
  const maps = files.filter((file) => file.endsWith('.map'));

  it('every script in dist names a source map that exists', () => {
    const scripts = files.filter((file) => /\.(c|m)?js$/.test(file));
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(`${root}/dist/${script}`, 'utf8'))?.[1];
      expect(url, script).toBe(`${script}.map`);
      expect(files, script).toContain(url);
    }
  });

  it('every source map carries the text of each of its sources (the package ships no src/)', () => {
    expect(maps).toContain('index.js.map');
    for (const file of maps) {
      const map = JSON.parse(readFileSync(`${root}/dist/${file}`, 'utf8')) as { sources: string[]; sourcesContent?: (string | null)[] };
      expect(map.sourcesContent?.length, file).toBe(map.sources.length);
      map.sources.forEach((source, i) => expect(typeof map.sourcesContent![i], `${file}: ${source}`).toBe('string'));
    }
  });
});
