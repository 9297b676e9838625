import { describe, it } from 'vitest';

// The library runs on Node (and its codec in browsers) without the DOM's types: tsconfig.json
// has no lib dom, and nothing in its program may bring it in (a `/// <reference lib="dom" />`,
// or an import of the explorer's page script, src/cli/explore/client.ts, whose program is
// tsconfig.client.json). lib dom is global to a program: were it back, `document` would
// type-check in src/ too, and these expected errors would be missing.
describe('the Node program', () => {
  it('knows no DOM globals: document and window are not declared', () => {
    // @ts-expect-error no lib dom in the Node program
    void document;
    // @ts-expect-error no lib dom in the Node program
    void window;
  });
});
