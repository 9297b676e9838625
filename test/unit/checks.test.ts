// The generated checks (src/generated/checks.ts) give the verdicts of the TypeBox schemas
// (`mayastor-events/schemas`) they replace at run time: for every key, on valid events, on the
// testing kit's invalid mutations, on every other key's events and on random structural
// mutations; and their issues name the same paths as TypeBox's errors, said as well or better.
import type { TObject } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { ValueErrorType, type ValueError } from '@sinclair/typebox/errors';
import { Value } from '@sinclair/typebox/value';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog, type CatalogEvent, type EventKey } from '../../src/index.js';
import { eventChecks } from '../../src/generated/checks.js';
import { eventSchemas } from '../../src/schemas.js';
import { createFabricator, eventArbitraries, invalidMutations } from '../../src/testing/index.js';
import { sampleMessage } from '../support/samples.js';

const keys = catalog.map((entry) => entry.key);
const schemaOf = (key: EventKey): TObject => eventSchemas[key] as TObject;

/**
 * The paths of TypeBox's errors as the catalog listed them before the checks were generated: a
 * union is explained by its one non-null branch, and a path is named once.
 */
function typeboxPaths(key: EventKey, value: unknown): string[] {
  const explain = (error: ValueError): string[] => {
    const schema = error.schema as { anyOf?: { const?: unknown; type?: string }[] };
    if (error.type === ValueErrorType.Union && Array.isArray(schema.anyOf) && error.value !== null) {
      const branches = schema.anyOf.map((branch, i) => ({ branch, errors: error.errors[i] })).filter((b) => b.branch.type !== 'null');
      if (!schema.anyOf.every((branch) => 'const' in branch) && branches.length === 1 && branches[0]!.errors !== undefined) {
        const nested = [...branches[0]!.errors].flatMap(explain);
        if (nested.length > 0) return nested;
      }
    }
    return [error.path];
  };
  return [...new Set([...Value.Errors(schemaOf(key), value)].flatMap(explain))];
}

/** Asserts that the generated check of `key` and its schema agree on `value`; returns the verdict. */
function agree(key: EventKey, value: unknown, what: string): boolean {
  // Value.Check, not a TypeCompiler check: see 'follow the schema where TypeCompiler rounds'.
  const verdict = Value.Check(schemaOf(key), value);
  const check = eventChecks[key];
  const issues = check.issues(value);
  const paths = issues.map((issue) => issue.path);
  const expected = verdict ? [] : typeboxPaths(key, value);
  // expect() only on a difference: the sweeps below make hundreds of thousands of comparisons.
  if (check.test(value) !== verdict || paths.join('\n') !== expected.join('\n')) {
    expect(check.test(value), `${key} test, ${what}`).toBe(verdict);
    expect(paths, `${key} issue paths, ${what}`).toEqual(expected);
  }
  for (const issue of issues) {
    if (!/^(expected |must be null for this event, got |not a member of this event$)/.test(issue.message)) {
      expect.fail(`${key} ${issue.path}: ${issue.message}`);
    }
  }
  return verdict;
}

const copy = <T>(value: T): T => structuredClone(value);

/** Every [parent, name] of a member of `value` (depth first), so that a mutation can reach it. */
function members(value: unknown, out: [Record<string, unknown>, string][] = []): [Record<string, unknown>, string][] {
  if (typeof value !== 'object' || value === null) return out;
  for (const name of Object.keys(value)) {
    out.push([value as Record<string, unknown>, name]);
    members((value as Record<string, unknown>)[name], out);
  }
  return out;
}

/** Every object within `value`, itself included. */
function objects(value: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return out;
  out.push(value as Record<string, unknown>);
  for (const member of Object.values(value)) objects(member, out);
  return out;
}

const oddTimestamps = [
  '2024-05-01T10:20:30Z',
  '2024-05-01t10:20:30.5z',
  ' 2024 - 5 - 1 T10 : 20 : 30 UTC ',
  '2024-05-01 12:20:30+02:00',
  '2024-05-01T10:20:30\u22120200',
  '2016-12-31T23:59:60Z',
  '+10000-01-01T00:00:00Z',
  '2024-02-30T10:20:30Z',
  '2024-05-01T24:00:00Z',
  '2024-05-01T10:20:30',
  '2024-05-01T10:20:30.Z',
  '2024-05-01T10:20:30Z\ufeff',
  '2024-05-01T10:20:30Z\u0085',
  '1714558830',
  '',
];

/** Values put in every member in turn: each type, the edges of every integer range and enum, odd timestamps. */
const sweepValues: unknown[] = [
  undefined, null, true, '', 'x', [], {}, -0, 1.5, NaN, Infinity,
  -1, 0, 1, 2, 3, 4, 5, 6, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, 2 ** 53 - 1, 2 ** 53, -(2 ** 53) + 1, -(2 ** 53),
  -1n, 0n, 3n, 2n ** 63n - 1n, 2n ** 63n, -(2n ** 63n), -(2n ** 63n) - 1n, 2n ** 64n - 1n, 2n ** 64n,
  ...oddTimestamps,
];

/** A value to put where a member was: the wrong type, out of range, odd numbers and timestamps. */
const replacement = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, true, 0, -0, 1, 2, 4, 5, 6, 9, -1, 1.5, NaN, Infinity, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER - 1),
  fc.constantFrom<unknown>(0n, 1n, -1n, 2n ** 53n, 2n ** 63n - 1n, 2n ** 63n, -(2n ** 63n), -(2n ** 63n) - 1n, 2n ** 64n - 1n, 2n ** 64n),
  fc.constantFrom<unknown>([], [1], {}, { seconds: 1 }, { seconds: 1, nanos: 2 }, { uri: 'x' }, { error: 'e' }, { nexus_pause_state: '' }),
  fc.constantFrom<unknown>(...oddTimestamps),
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.bigInt(),
);

/** One structural mutation: drop, replace or null a member, or add one to an object. */
const mutation = fc.tuple(fc.constantFrom('drop', 'replace', 'null', 'add'), fc.nat(), replacement, fc.constantFrom('zz', 'io_engine_stop_details', 'a/b~c', '0', '__proto__x'));

function mutate(event: unknown, edits: readonly (readonly [string, number, unknown, string])[]): unknown {
  const value = copy(event);
  for (const [op, index, replacement, name] of edits) {
    if (op === 'add') {
      const all = objects(value);
      all[index % all.length]![name] = copy(replacement);
      continue;
    }
    const all = members(value);
    if (all.length === 0) return value;
    const [parent, member] = all[index % all.length]!;
    if (op === 'drop') delete parent[member];
    else parent[member] = op === 'null' ? null : copy(replacement);
  }
  return value;
}

const seeds = Array.from({ length: 40 }, (_, i) => i + 1);

describe('generated checks - the verdicts of the TypeBox schemas', () => {
  it('accept every fabricated event of their key, and no event of another key', () => {
    for (const seed of seeds) {
      const fabricator = createFabricator({ seed });
      const events = keys.map((key) => [key, fabricator.fabricate(key)] as const);
      for (const [key, event] of events) {
        expect(agree(key, event, `seed ${seed}`)).toBe(true);
        for (const [other, otherEvent] of events) {
          if (other !== key) expect(agree(key, otherEvent, `a ${other} event, seed ${seed}`)).toBe(false);
        }
      }
    }
  });

  it("agree on the testing kit's invalid mutations", () => {
    let checked = 0;
    for (const seed of seeds.slice(0, 10)) {
      const fabricator = createFabricator({ seed });
      for (const key of keys) {
        for (const m of invalidMutations(fabricator.fabricate(key))) {
          // JSON.parse is what decode's fast path and createEvent's users hand the check.
          agree(key, JSON.parse(m.json), m.description);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('agree on every member of every event dropped, nulled, or given each sweep value, and on unknown members', () => {
    let checked = 0;
    for (const key of keys) {
      for (const base of [sampleMessage(key), sampleMessage(key, { optional: true })]) {
        for (let i = 0; i < members(base).length; i++) {
          for (const op of ['drop', ...sweepValues.keys()]) {
            const value = copy(base);
            const [parent, name] = members(value)[i]!;
            if (op === 'drop') delete parent[name];
            else parent[name] = sweepValues[op as number];
            agree(key, value, `${name} ${op === 'drop' ? 'dropped' : `= ${String(sweepValues[op as number])}`}`);
            checked++;
          }
        }
        for (let i = 0; i < objects(base).length; i++) {
          const value = copy(base);
          objects(value)[i]!.io_engine_stop_details = null;
          agree(key, value, `an unknown member in object #${i}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(50_000);
  });

  it('agree on random events of every key, with random structural mutations', () => {
    const arbitraries = eventArbitraries(fc);
    const keyed = fc.constantFrom(...keys).chain((key) => fc.tuple(fc.constant(key), arbitraries.event(key), fc.constantFrom(...keys)));
    fc.assert(
      fc.property(keyed, fc.array(mutation, { minLength: 0, maxLength: 3 }), ([key, event, other], edits) => {
        const value = mutate(event, edits);
        const what = JSON.stringify(edits, (_, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
        agree(key, value, what);
        agree(other, value, what);
      }),
      { numRuns: 5000 },
    );
  });

  it('follow the schema where TypeCompiler rounds bigint bounds (2^63 as an i64, 2^64 as a u64)', () => {
    // TypeCompiler writes `value <= BigInt(9223372036854775807)`: the number literal is 2^63.
    const stop = copy(sampleMessage('ioEngine.stop')) as any;
    const freeze = copy(sampleMessage('ioEngine.reactorFreeze')) as any;
    for (const [key, event, edit] of [
      ['ioEngine.stop', stop, () => (stop.metadata.source.event_details.action_duration_details.time_taken.seconds = 2n ** 63n)],
      ['ioEngine.reactorFreeze', freeze, () => (freeze.metadata.source.event_details.reactor_details.lcore = 2n ** 64n)],
    ] as const) {
      edit();
      expect(TypeCompiler.Compile(schemaOf(key)).Check(event)).toBe(true);
      expect(Value.Check(schemaOf(key), event)).toBe(false);
      expect(eventChecks[key].test(event)).toBe(false);
    }
  });

  it('agree on values that are not events at all', () => {
    const values: unknown[] = [undefined, null, 0, 'event', [], [1, 2], {}, { category: 2 }, new Date(0), Object.create(null)];
    values.forEach((value, i) => {
      for (const key of keys) expect(agree(key, value, `value #${i}`)).toBe(false);
    });
  });
});

describe('generated checks - issues', () => {
  const fabricator = createFabricator({ seed: 7 });
  const issuesOf = (key: EventKey, edit: (event: Record<string, any>) => void): { path: string; message: string }[] => {
    const event = copy(fabricator.fabricate(key)) as unknown as Record<string, any>;
    edit(event);
    return eventChecks[key].issues(event);
  };

  it('say what a member must hold, and what it held', () => {
    expect(issuesOf('nexus.rebuildEnd', (e) => (e.category = 3.5))).toEqual([{ path: '/category', message: 'expected 3 (Nexus), got 3.5' }]);
    expect(issuesOf('nexus.rebuildEnd', (e) => (e.metadata.source.component = 9))).toEqual([
      { path: '/metadata/source/component', message: 'expected one of 0, 1, 2, 3, 4 (EventComponent), got 9' },
    ]);
    expect(issuesOf('nexus.rebuildEnd', (e) => (e.metadata.timestamp = 'soon'))).toEqual([
      { path: '/metadata/timestamp', message: 'expected an RFC 3339 timestamp such as 2024-05-01T10:20:30.123Z, got "soon"' },
    ]);
    expect(issuesOf('highAvailability.switchOver', (e) => (e.metadata.source.event_details.switch_over_details.retry_count = -1n))).toEqual([
      {
        path: '/metadata/source/event_details/switch_over_details/retry_count',
        message: 'expected a u64: a safe non-negative integer, or a bigint up to 2^64 − 1, got -1n',
      },
    ]);
    expect(issuesOf('volume.create', (e) => (e.metadata = null))).toEqual([{ path: '/metadata', message: 'expected an EventMeta object, got null' }]);
  });

  it('name a member the event must not carry, a missing member and an unknown one', () => {
    expect(
      issuesOf('nexus.rebuildEnd', (e) => {
        e.metadata.source.event_details.replica_details = { pool_name: 'p' };
        delete e.metadata.version;
        e.metadata.extra = 1;
      }),
    ).toEqual([
      { path: '/metadata/version', message: 'expected 1 (V1), got nothing' },
      { path: '/metadata/extra', message: 'not a member of this event' },
      { path: '/metadata/source/event_details/replica_details', message: 'must be null for this event, got an object' },
    ]);
    expect(issuesOf('replica.create', (e) => (e.metadata.source.event_details = null))).toEqual([
      { path: '/metadata/source/event_details', message: 'expected an EventDetails object, got null' },
    ]);
    expect(issuesOf('nexus.shutdown', (e) => (e.metadata.source.event_details = { error_details: { error: 4 } }))[0]).toEqual({
      path: '/metadata/source/event_details/rebuild_details',
      message: 'expected null, got nothing',
    });
  });
});
