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
    for (const file of ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts']) {
      expect(existsSync(`${root}/dist/${file}`), file).toBe(true);
    }
  });

  it('imports from an ES module by package name', () => {
    expect(run(['--input-type=module', '-e', script(`import * as m from 'mayastor-events';`)])).toEqual(expected);
  });

  it('requires from a CommonJS module by package name', () => {
    expect(run(['--input-type=commonjs', '-e', script(`const m = require('mayastor-events');`)])).toEqual(expected);
  });
});
