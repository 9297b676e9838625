import { defineConfig, type Options } from 'tsup';

const shared: Options = {
  // Maps with the sources inside (esbuild's sourcesContent, on by default; test/unit/package.test.ts
  // checks it): the package ships dist/, not src/, and a stack trace or a debugger in a user's
  // project must still show the TypeScript it came from.
  sourcemap: true,
  target: 'node20',
  platform: 'node',
  // esbuild's own tree shaking only: Rollup's (`treeshake: true`) hoists every require() of the
  // CJS build to the top of the file, the lazy one of nats in connectEventBus included.
  treeshake: false,
  // Subpath entries and the CLI import the root entry by package name, so that every entry
  // shares one copy of the SDK (one DecodeError class, one catalog) instead of bundling its own.
  external: ['mayastor-events'],
};

export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/index.ts', schemas: 'src/schemas.ts', testing: 'src/testing/index.ts', stats: 'src/stats/index.ts' },
    format: ['esm', 'cjs'],
    // Code splitting (tsup's default for ESM only): `await import()` of the NATS bus stays a chunk
    // of its own, loaded by the first connectEventBus (unsplit, esbuild would hoist `import 'nats'`
    // to the top of the entry). In CJS the same import becomes a lazy require() inside the entry.
    dts: true,
  },
  {
    ...shared,
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    dts: false,
  },
]);
