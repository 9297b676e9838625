import type { Static, TObject } from '@sinclair/typebox';
import { describe, expectTypeOf, it } from 'vitest';
import type { EventKey, EventMap } from '../../src/index.js';
import type { WireMessageTypes } from '../../src/generated/types.js';
import type * as messageSchemas from '../../src/generated/messages.js';
import type { eventSchemas } from '../../src/generated/schemas.js';

// The plain interfaces (src/generated/types.ts) are what users' compilers read; the TypeBox
// schemas are what messages are checked against. Separate emitters write both from the catalog:
// these tests fail as soon as one says something the other does not.

type MessageSchemas = typeof messageSchemas;
/** Every wire message that has a schema (the `Known…` enum unions are not messages). */
type MessageName = { [N in keyof MessageSchemas]: MessageSchemas[N] extends TObject ? N : never }[keyof MessageSchemas];

describe('generated interfaces', () => {
  it('every event interface is its schema’s Static type', () => {
    expectTypeOf<{ [K in EventKey]: EventMap[K] }>().toEqualTypeOf<{ [K in EventKey]: Static<(typeof eventSchemas)[K]> }>();
  });

  it('every wire message has an interface, and only those', () => {
    expectTypeOf<keyof WireMessageTypes>().toEqualTypeOf<MessageName>();
  });

  it('every wire message interface is its schema’s Static type, open and known forms alike', () => {
    expectTypeOf<{ [N in MessageName]: WireMessageTypes[N] }>().toEqualTypeOf<{ [N in MessageName]: Static<MessageSchemas[N]> }>();
  });
});
