// The testing kit walks src/generated/shapes.ts, plain object literals, instead of the TypeBox
// schemas (so that `mayastor-events/testing` loads no TypeBox). Both are generated from the
// catalog by different emitters: each shape must be its TypeBox schema's JSON, key for key and
// in the same order (the kit walks members in the order of `properties`), bigints kept.
import { describe, expect, it } from 'vitest';
import { catalog } from 'mayastor-events';
import { eventSchemas } from 'mayastor-events/schemas';
import { eventShapes } from '../../src/generated/shapes.js';

/** JSON text of a schema, bigints written as tagged strings (JSON.stringify throws on them) and symbols dropped. */
const jsonOf = (schema: unknown): string =>
  JSON.stringify(schema, (_key, value: unknown) => (typeof value === 'bigint' ? `bigint:${value}` : value), 1);

/** Paths of every value in `node` that is not plain data: a symbol key, a class instance, a function. */
function unplain(node: unknown, path = ''): string[] {
  if (typeof node === 'function' || typeof node === 'symbol' || node === undefined) return [path];
  if (typeof node !== 'object' || node === null) return [];
  const proto = Object.getPrototypeOf(node) as unknown;
  if (proto !== Object.prototype && proto !== Array.prototype) return [path];
  const symbols = Object.getOwnPropertySymbols(node).map((symbol) => `${path}/[${String(symbol)}]`);
  return [...symbols, ...Object.entries(node).flatMap(([name, value]) => unplain(value, `${path}/${name}`))];
}

describe('testing kit - the generated shapes are the TypeBox schemas as data', () => {
  it('has a shape for every catalogued key, and only those', () => {
    expect(Object.keys(eventShapes)).toEqual(catalog.map((entry) => entry.key));
  });

  it.each(catalog.map((entry) => entry.key))('%s - the shape is the JSON of its TypeBox schema, key order and bigints included', (key) => {
    expect(jsonOf(eventShapes[key])).toBe(jsonOf(eventSchemas[key]));
  });

  it.each(catalog.map((entry) => entry.key))('%s - the shape is plain data (no Kind symbols, no TypeBox values)', (key) => {
    expect(unplain(eventShapes[key])).toEqual([]);
  });

  it('the u64 and i64 bounds are bigints, as in TypeBox', () => {
    const retry = eventShapes['highAvailability.switchOver'].properties?.metadata?.properties?.source?.properties?.event_details?.properties
      ?.switch_over_details?.properties?.retry_count;
    expect(retry?.anyOf?.[1]).toEqual({ minimum: 0n, maximum: 18_446_744_073_709_551_615n, type: 'bigint' });
  });
});
