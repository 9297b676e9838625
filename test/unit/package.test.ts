// The built package, as users load it: ESM import and CJS require of the root entry by name.
// `npm test` builds dist/ before vitest runs.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

const script = (load: string): string => `
${load}
const event = m.createEvent('nexus.rebuildBegin', { target: 'n', details: { rebuild_details: {
  rebuild_status: m.RebuildStatus.Started, source_replica: 'a', destination_replica: 'b', error: null } } });
const result = m.decode(m.encode(event));
const invalid = m.decode('{"category":2');
console.log(JSON.stringify({ kind: result.kind, key: result.key, invalid: invalid.error instanceof m.MayastorEventsError,
  catalog: m.catalog.length, schema: typeof m.NexusRebuildBegin, category: m.EventCategory.Volume }));
`;

function run(args: string[]): unknown {
  return JSON.parse(execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' }));
}

describe('package', () => {
  const expected = { kind: 'event', key: 'nexus.rebuildBegin', invalid: true, catalog: 36, schema: 'object', category: 2 };

  it('dist holds ESM, CJS and type declarations for every entry', () => {
    for (const file of ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts', 'testing.js', 'testing.cjs', 'testing.d.ts', 'testing.d.cts', 'cli.js']) {
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
