import { defineConfig, type Options } from 'tsup';

const shared: Options = {
  sourcemap: true,
  target: 'node20',
  platform: 'node',
  splitting: false,
  treeshake: true,
  // Subpath entries and the CLI import the root entry by package name, so that every entry
  // shares one copy of the SDK (one DecodeError class, one catalog) instead of bundling its own.
  external: ['mayastor-events'],
};

export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/index.ts', schemas: 'src/schemas.ts', testing: 'src/testing/index.ts', stats: 'src/stats/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
  },
  {
    ...shared,
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    dts: false,
  },
]);
