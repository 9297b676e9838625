// The JSON Schema files other languages get accept and reject the same test messages as the
// runtime decoder: for every catalogued event, every message variant below is checked against
// its own schema, every other event's schema and the envelope schema.
//
// JSON Schema sees what a plain JSON parser sees, so the variants that only an exact reader can
// tell apart (a member given twice, `2.0` for `2`, u64 digits past 2^53, invalid UTF-8, a date
// that does not exist) are left to test/unit/codec.test.ts, as is serde's struct written as an
// array of its members (an oddity no service produces, which the schemas do not describe).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { catalog, decode } from '../../src/index.js';
import { sampleMessage } from '../support/samples.js';
import { membersOf, withParent } from '../support/wire-walk.js';

const ajv = new Ajv2020({ strict: true, allErrors: false });
const schemaDir = new URL('../../schemas/json/', import.meta.url);
const validators = new Map<string, ValidateFunction>(
  ['envelope', ...catalog.map((entry) => entry.key)].map((name) => [
    name,
    ajv.compile(JSON.parse(readFileSync(fileURLToPath(new URL(`${name}.json`, schemaDir)), 'utf8'))),
  ]),
);

/** Variants of one event's message, each with a name saying what was changed. */
function variants(key: string): [string, unknown][] {
  const base = sampleMessage(key, { optional: true });
  const out: [string, unknown][] = [
    ['as written', base],
    ['without optional details', sampleMessage(key)],
  ];
  for (const { path, segments, member, value } of membersOf(base)) {
    out.push([`${path} missing`, withParent(base, segments, (parent, name) => delete parent[name])]);
    out.push([`${path} null`, withParent(base, segments, (parent, name) => (parent[name] = null))]);
    if (value === null) continue;
    // (A struct retyped as an array would be serde's struct-as-array form, which no schema describes.)
    const wrong = typeof value === 'string' ? 7 : typeof value === 'number' ? `${value}` : true;
    out.push([`${path} retyped`, withParent(base, segments, (parent, name) => (parent[name] = wrong))]);
    if (typeof value === 'number') {
      for (const number of [-1, 9, 2_147_483_647, 2_147_483_648, -2_147_483_649, 1.5]) {
        out.push([`${path} = ${number}`, withParent(base, segments, (parent, name) => (parent[name] = number))]);
      }
    }
    if (typeof value === 'object' && !Array.isArray(value)) {
      out.push([`${path} + unknown member`, withParent(base, segments, (parent, name) => ((parent[name] as Record<string, unknown>).zz = [1, { y: 2 }]))]);
    }
    if (member.type === 'timestamp') {
      for (const text of ['2024-05-01T10:20:30', '2024-05-01 10:20:30.5+02:00', 'now', '2024-13-01T00:00:00Z', '2024-05-01T10:20:30.123z']) {
        out.push([`${path} = ${text}`, withParent(base, segments, (parent, name) => (parent[name] = text))]);
      }
    }
  }
  // Every details member the event does not carry, set.
  const details = (base.metadata as { source: { event_details: Record<string, unknown> | null } }).source.event_details;
  for (const other of catalog) {
    const otherDetails = (sampleMessage(other.key).metadata as { source: { event_details: Record<string, unknown> } }).source.event_details;
    for (const [name, value] of Object.entries(otherDetails)) {
      if (value === null || (details && details[name] !== null)) continue;
      out.push([
        `with ${name}`,
        withParent(base, ['metadata', 'source', 'event_details'], (parent, member) => {
          parent[member] = { ...(parent[member] as object), [name]: value };
        }),
      ]);
    }
  }
  out.push(['a scalar', 42], ['an array', []], ['details null', withParent(base, ['metadata', 'source', 'event_details'], (p, n) => (p[n] = null))]);
  return out;
}

describe.each(catalog.map((entry) => [entry.key] as const))('%s', (key) => {
  it('JSON Schema files and decode agree on every variant', () => {
    const disagreements: string[] = [];
    const kinds = new Set<string>();
    for (const [name, message] of variants(key)) {
      const result = decode(JSON.stringify(message));
      kinds.add(result.kind);
      const verdicts: [string, boolean, boolean][] = [['envelope', validators.get('envelope')!(message), result.kind !== 'invalid']];
      for (const entry of catalog) {
        verdicts.push([entry.key, validators.get(entry.key)!(message), result.kind === 'event' && result.key === entry.key]);
      }
      for (const [schema, ajvSays, decodeSays] of verdicts) {
        if (ajvSays !== decodeSays) disagreements.push(`${name}: ${schema}.json says ${ajvSays}, decode says ${decodeSays} (${result.kind})`);
      }
    }
    expect(disagreements).toEqual([]);
    // The variants exercise all three verdicts, so agreement is not agreement on one answer.
    expect([...kinds].sort()).toEqual(['event', 'invalid', 'unknown']);
  });
});
