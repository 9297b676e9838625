// The explorer page's program (tsconfig.client.json) has no Node types: its script runs in a
// browser, where `process` or `Buffer` would be a ReferenceError. This file is checked in that
// program alone (tsconfig.json excludes it) by `npm run typecheck`. Globals are global to a
// program: were Node's types back in it (`"types": ["node"]`, or client.ts importing a module that
// imports Node's), `process` would type-check in client.ts too, these expected errors would be
// missing, and the check would fail.

// @ts-expect-error no Node types in the page's program
export type NodeProcess = typeof process;
// @ts-expect-error no Node types in the page's program
export type NodeBuffer = Buffer;

// The DOM is there, as the page's script needs.
export type PageDocument = typeof document;
