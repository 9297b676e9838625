// The root entry of the built package loads no TypeBox: decode, validateEvent and createEvent run
// the generated checks, and the TypeBox schemas are in `mayastor-events/schemas`, which does load
// it. `npm test` builds dist/ before vitest runs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadedModules, packageOf, packageRoot } from '../../scripts/lib/module-cost.ts';

const typeboxFiles = (files: string[]): string[] => files.filter((file) => packageOf(file) === '@sinclair/typebox');

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
