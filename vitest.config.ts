import { defineConfig } from 'vitest/config';

import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: {
    alias: {
      'mayastor-events/testing': fileURLToPath(new URL('./src/testing/index.ts', import.meta.url)),
      'mayastor-events/schemas': fileURLToPath(new URL('./src/schemas.ts', import.meta.url)),
      'mayastor-events/stats': fileURLToPath(new URL('./src/stats/index.ts', import.meta.url)),
      'mayastor-events': fileURLToPath(new URL('./src/index.ts', import.meta.url)),
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    typecheck: {
      enabled: true,
      include: ['test/types/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
    testTimeout: 30_000,
    // CI also writes a JSON report, from which .ci/run prints its closing count line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: '.ci/test-results.json' }]] : ['default'],
  },
});
