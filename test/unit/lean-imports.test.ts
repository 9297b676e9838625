// The root entry of the built package loads no TypeBox: decode, validateEvent and createEvent run
// the generated checks, and the TypeBox schemas are in `mayastor-events/schemas`, which does load
// it. Nor does the testing kit, which SDK users' unit tests import on every run: it walks the
// schemas' plain-data twins (src/generated/shapes.ts); its fast-check arbitraries, built on the
// caller's fast-check, load nothing more than it. `npm test` builds dist/ before vitest runs.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { loadedModules, packageOf, packageRoot } from '../../scripts/lib/module-cost.ts';

const typeboxFiles = (files: string[]): string[] => files.filter((file) => packageOf(file) === '@sinclair/typebox');
const natsFiles = (files: string[]): string[] => files.filter((file) => packageOf(file) === 'nats');
const fastCheckFiles = (files: string[]): string[] => files.filter((file) => packageOf(file) === 'fast-check');
/** The npm packages the files belong to, each once, sorted. */
const packagesOf = (files: string[]): string[] => [...new Set(files.map(packageOf).filter((name) => name !== undefined))].sort();

describe('package - the root entry loads no TypeBox', () => {
  it.each(['js', 'cjs'])('dist/index.%s names no module of @sinclair/typebox', (ext) => {
    expect(readFileSync(`${packageRoot}dist/index.${ext}`, 'utf8')).not.toContain('@sinclair/typebox');
    expect(readFileSync(`${packageRoot}dist/schemas.${ext}`, 'utf8')).toContain('@sinclair/typebox');
  });

  it.each(['esm', 'cjs'] as const)('mayastor-events (%s) decodes, validates and creates events without loading it', (format) => {
    const then = `
      const event = m.createEvent('replica.create', { target: 'r', details: { replica_details: { pool_name: 'p', pool_uuid: 'u', replica_name: 'r' } } });
      const unknown = m.decode(m.encodeToString(event).replace('"target":"r"', '"target":"r","zz":1').replace('"component":2', '"component":9'));
      result = { kind: m.decode(m.encode(event)).kind, unknown: unknown.reason, issues: m.validateEvent('volume.create', event).map((i) => i.path) };`;
    const { files, result } = loadedModules(packageRoot, 'mayastor-events', format, then);
    expect(files.some((file) => file.startsWith(`${packageRoot}dist/`))).toBe(true); // the probe saw the entry itself
    expect(typeboxFiles(files)).toEqual([]);
    expect(result).toEqual({
      kind: 'event',
      unknown: 'not in the catalogued form of replica.create: /metadata/source/component expected one of 0, 1, 2, 3, 4 (EventComponent), got 9',
      // A member the event must not carry comes first (validateEvent's order of clarity).
      issues: ['/metadata/source/event_details/replica_details', '/category'],
    });
  });

  it.each(['esm', 'cjs'] as const)('mayastor-events/schemas (%s) loads it, and holds the schema of every event', (format) => {
    const then = `result = { keys: Object.keys(m.eventSchemas).length, id: m.VolumeCreate.$id, same: m.eventSchemas['volume.create'] === m.VolumeCreate };`;
    const { files, result } = loadedModules(packageRoot, 'mayastor-events/schemas', format, then);
    expect(typeboxFiles(files).length).toBeGreaterThan(0);
    expect(result).toEqual({ keys: 36, id: 'volume.create', same: true });
  });
});

describe('package - the testing kit loads no TypeBox', () => {
  it.each(['js', 'cjs'])('dist/testing.%s names neither @sinclair/typebox nor mayastor-events/schemas', (ext) => {
    const text = readFileSync(`${packageRoot}dist/testing.${ext}`, 'utf8');
    expect(text).not.toContain('@sinclair/typebox');
    expect(text).not.toContain('mayastor-events/schemas');
  });

  it.each(['esm', 'cjs'] as const)('mayastor-events/testing (%s) fabricates, overrides and mutates events without loading it or nats', (format) => {
    // Overrides merged into null details and the mutations both walk the event's schema (a Duration's
    // seconds has a default: it is nulled, never removed).
    const then = `
      const f = m.createFabricator({ seed: 1 });
      const shutdown = f.fabricate('nexus.shutdown', { metadata: { source: { event_details: { error_details: { error: 'x' } } } } });
      const mutations = m.invalidMutations(f.fabricate('ioEngine.stop'));
      result = {
        error: shutdown.metadata.source.event_details.error_details.error,
        defaulted: mutations.filter((x) => x.path === '/metadata/source/event_details/action_duration_details/time_taken/seconds').map((x) => x.kind),
      };`;
    const { files, result } = loadedModules(packageRoot, 'mayastor-events/testing', format, then);
    expect(files.some((file) => file.startsWith(`${packageRoot}dist/testing.`))).toBe(true); // the probe saw the entry itself
    expect(typeboxFiles(files)).toEqual([]);
    expect(natsFiles(files)).toEqual([]);
    expect(fastCheckFiles(files)).toEqual([]); // an optional peer dependency: the arbitraries take the caller's
    expect(result).toEqual({ error: 'x', defaulted: ['nulled', 'retyped', 'retyped', 'outOfRange', 'duplicated'] });
  });

  it.each(['esm', 'cjs'] as const)('its fast-check arbitraries (%s) draw events and invalid messages loading fast-check and nothing else', (format) => {
    // The caller's fast-check, as a user's test imports it; the arbitraries walk the same shapes.
    const fc = format === 'esm' ? "(await import('fast-check')).default" : "require('fast-check')";
    const then = `
      const fc = ${fc};
      const a = m.eventArbitraries(fc);
      const events = fc.sample(a.anyEvent, { numRuns: 50, seed: 1 });
      const volumes = fc.sample(a.event('volume.create'), { numRuns: 5, seed: 1 });
      const mutations = fc.sample(a.invalidMutation(), { numRuns: 50, seed: 1 });
      result = {
        events: events.filter((e) => typeof e.metadata.id === 'string').length,
        volumes: volumes.filter((e) => e.category === volumes[0].category).length,
        mutations: mutations.filter((x) => x.path.startsWith('/') && typeof x.json === 'string').length,
      };`;
    const { files, result } = loadedModules(packageRoot, 'mayastor-events/testing', format, then);
    expect(result).toEqual({ events: 50, volumes: 5, mutations: 50 });
    expect(typeboxFiles(files)).toEqual([]);
    expect(natsFiles(files)).toEqual([]);
    // fast-check itself (with what it depends on), and no other package.
    const fastCheck = JSON.parse(readFileSync(`${packageRoot}node_modules/fast-check/package.json`, 'utf8')) as { dependencies?: Record<string, string> };
    expect(packagesOf(files)).toEqual(['fast-check', ...Object.keys(fastCheck.dependencies ?? {})].sort());
  });

  it('src/testing/index.ts bundles (esbuild, from the sources) without a module of TypeBox or the TypeBox schemas', async () => {
    // From src/, so that this holds without a build; a bundle also takes the root's lazy imports
    // (nats, OpenTelemetry), which the import above shows are not loaded.
    const { metafile } = await build({
      stdin: { contents: "export * from './src/testing/index.ts';", resolveDir: packageRoot, sourcefile: 'testing-entry.ts', loader: 'ts' },
      absWorkingDir: packageRoot,
      tsconfig: 'tsconfig.json',
      bundle: true,
      format: 'esm',
      platform: 'node',
      write: false,
      metafile: true,
      outfile: 'testing-entry.mjs',
      logLevel: 'silent',
    });
    const inputs = Object.keys(metafile.inputs);
    expect(inputs).toContain('src/generated/shapes.ts');
    expect(typeboxFiles(inputs.map((file) => `/${file}`))).toEqual([]);
    expect(inputs.filter((file) => file === 'src/schemas.ts' || file === 'src/schema/typebox.ts')).toEqual([]);
    expect(inputs).toContain('src/testing/arbitraries.ts');
    expect(fastCheckFiles(inputs.map((file) => `/${file}`))).toEqual([]); // its types only: the caller hands fast-check in
  });
});
