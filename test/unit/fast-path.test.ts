// The fast path (JSON.parse + a length proof) must give the very verdict the careful path
// (exact parser + serde rules) gives, for every spelling of every message.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog, decode, encodeToString, isCanonicalTimestamp, type DecodeResult } from '../../src/index.js';
import { createFabricator } from '../../src/testing/index.js';
import { canonicalMeasures } from '../../src/generated/canonical.js';
import { measureEventMessageJson, measureLaxEventMessageJson } from '../../src/generated/wire.js';
import { measureTimestamp } from '../../src/codec/write-primitives.js';
import { carefully } from '../../src/codec/decode.js';
import { sampleMessage } from '../support/samples.js';

function verdict(result: DecodeResult): unknown {
  if (result.kind === 'invalid') return { kind: 'invalid', path: result.error.path, reason: result.error.reason };
  if (result.kind === 'unknown') return { kind: 'unknown', event: result.event };
  return { kind: 'event', key: result.key, event: result.event };
}

function expectSameVerdict(text: string): void {
  expect(verdict(decode(text)), text).toEqual(verdict(carefully(text, text)));
}

const canonical = catalog.map((entry) => JSON.stringify(sampleMessage(entry.key, { optional: true })));

describe('fast path', () => {
  it('an exponent never hides a duplicate member or whitespace', () => {
    const stop = JSON.stringify(sampleMessage('ioEngine.stop'));
    const freeze = JSON.stringify(sampleMessage('ioEngine.reactorFreeze'));
    const cases = [
      JSON.stringify(sampleMessage('volume.create')).replace('"category":2', '"category":1e2'),
      stop.replace('"nanos":500000000', '"nanos":5e8').replace('"target":', '       "target":'),
      freeze.replace('"lcore":3', '"lcore":9e15').replace('"version":1', '"version":7,"version":1'),
    ];
    for (const text of cases) {
      expect(decode(text).kind, text).toBe('invalid');
      expectSameVerdict(text);
    }
  });

  it('an exponent in a member this SDK does not know never hides a duplicate either', () => {
    // `1e15` is 12 characters shorter than `1000000000000000`, as long as `,"version":1`.
    const volume = JSON.stringify(sampleMessage('volume.create'));
    const text = volume.replace('"target":', '"x":1e15,"target":').replace('"version":1', '"version":1,"version":1');
    expect(text.length).toBe(JSON.stringify(JSON.parse(text)).length); // the length proof alone holds
    expect(decode(text)).toMatchObject({ kind: 'invalid', error: { reason: 'duplicate field `version`' } });
    expectSameVerdict(text);
    // Small integers and strings have no shorter spelling: no scan needed, still exact.
    for (const value of ['99', '-99', '"1e15"', '{"a":[1,2,"x"]}', 'true', 'null']) {
      const ok = volume.replace('"target":', `"x":${value},"target":`);
      expect(decode(ok), value).toMatchObject({ kind: 'event', key: 'volume.create' });
      expectSameVerdict(ok);
    }
  });

  it('agrees with the careful path on respellings of every message', () => {
    const respell = fc.record({
      message: fc.integer({ min: 0, max: canonical.length - 1 }),
      edits: fc.array(
        fc.oneof(
          fc.record({ kind: fc.constant('space' as const), at: fc.nat(), text: fc.constantFrom(' ', '\n', '\t', '  ') }),
          fc.record({ kind: fc.constant('exponent' as const), at: fc.nat(), text: fc.constantFrom('e0', 'E1', 'e-1', '.0', '.00') }),
          fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), text: fc.constant('') }),
          fc.record({ kind: fc.constant('escape' as const), at: fc.nat(), text: fc.constant('') }),
          fc.record({ kind: fc.constant('drop' as const), at: fc.nat(), text: fc.constant('') }),
          fc.record({
            kind: fc.constant('unknown member' as const),
            at: fc.nat(),
            text: fc
              .tuple(
                fc.oneof(fc.constantFrom('future', 'node', 'target', 'version', 'x'), fc.string({ maxLength: 4 })),
                fc.oneof(
                  fc.json({ maxDepth: 2 }),
                  fc.constantFrom('1e2', '1E21', '2.50', '-0', '"\\u0041"', '"\\ud800"', '{"a":1,"a":2}', '[ 1 ]', '123456789012345678901234'),
                ),
              )
              .map(([key, value]) => `${JSON.stringify(key)}:${value},`),
          }),
        ),
        { minLength: 1, maxLength: 3 },
      ),
    });
    fc.assert(
      fc.property(respell, ({ message, edits }) => {
        let text = canonical[message]!;
        for (const edit of edits) {
          if (edit.kind === 'space') {
            const commas = [...text.matchAll(/[,:{]/g)];
            const at = commas[edit.at % commas.length]!.index! + 1;
            text = text.slice(0, at) + edit.text + text.slice(at);
          } else if (edit.kind === 'exponent') {
            const numbers = [...text.matchAll(/:(-?\d+)([,}])/g)];
            if (numbers.length === 0) continue;
            const match = numbers[edit.at % numbers.length]!;
            const start = match.index! + 1 + match[1]!.length;
            text = text.slice(0, start) + edit.text + text.slice(start);
          } else if (edit.kind === 'duplicate') {
            const members = [...text.matchAll(/"([a-z_]+)":(null|-?\d+|"[^"\\]*")/g)];
            const match = members[edit.at % members.length]!;
            text = text.slice(0, match.index!) + match[0] + ',' + text.slice(match.index!);
          } else if (edit.kind === 'escape') {
            const letters = [...text.matchAll(/"[^"\\]*[a-z][^"\\]*"/g)];
            const match = letters[edit.at % letters.length]!;
            const i = match.index! + match[0].search(/[a-z]/);
            text = text.slice(0, i) + `\\u${text.charCodeAt(i).toString(16).padStart(4, '0')}` + text.slice(i + 1);
          } else if (edit.kind === 'unknown member') {
            const objects = [...text.matchAll(/\{"/g)];
            const at = objects[edit.at % objects.length]!.index! + 1;
            text = text.slice(0, at) + edit.text + text.slice(at);
          } else {
            const members = [...text.matchAll(/,"[a-z_]+":null/g)];
            if (members.length === 0) continue;
            const match = members[edit.at % members.length]!;
            text = text.slice(0, match.index!) + text.slice(match.index! + match[0].length);
          }
        }
        expectSameVerdict(text);
      }),
      { numRuns: 4000 },
    );
  });
});

describe('fast path - one walk for what the services send', () => {
  /** Every member of a parsed value, as [parent, name] pairs, parents first. */
  function slots(value: unknown, out: [Record<string, unknown>, string][] = []): [Record<string, unknown>, string][] {
    if (typeof value !== 'object' || value === null) return out;
    for (const name of Object.keys(value)) {
      out.push([value as Record<string, unknown>, name]);
      slots((value as Record<string, unknown>)[name], out);
    }
    return out;
  }
  const replacements = [null, 0, 1, 2, 4, 5, 7, 99, 100, -1, 2 ** 31, 1.5, '', 'x', 'é\n"', '2024-05-01T10:20:30Z', '2024-05-01T10:20:30.000Z', {}, [], true];

  it('its verdict equals the general path (measure, then the catalog check) for every key, valid and mutated', () => {
    const fabricator = createFabricator({ seed: 7 });
    const values: unknown[] = [];
    for (const entry of catalog) {
      for (let i = 0; i < 3; i++) values.push(JSON.parse(encodeToString(fabricator.fabricate(entry.key))));
    }
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.nat(), fc.boolean(), (which, slot, replacement, addMember) => {
        const value = structuredClone(values[which % values.length]) as Record<string, unknown>;
        const all = slots(value);
        const [parent, name] = all[slot % all.length]!;
        // Replace a member's value, or add a member this SDK does not know beside it.
        if (addMember) parent[`${name}_newer`] = structuredClone(replacements[replacement % replacements.length]);
        else parent[name] = structuredClone(replacements[replacement % replacements.length]);
        const text = JSON.stringify(value);
        const general = carefully(text, text);
        const plain = !text.includes('\\');
        // The text is canonical when the general measure of what JSON.parse read is its length.
        const canonical = measureEventMessageJson(JSON.parse(text), { seen: false }) === text.length;
        for (const entry of catalog) {
          const measured = canonicalMeasures[entry.key](JSON.parse(text), plain, false, { seen: false });
          const isThisEvent = general.kind === 'event' && general.key === entry.key;
          // Sound (a match is this event) and complete for what the services write (canonical text).
          expect(measured === text.length, `${entry.key}: ${text}`).toBe(isThisEvent && canonical);
          // Lax: the same, with members this SDK does not know counted as JSON.stringify writes them.
          const lax = canonicalMeasures[entry.key](JSON.parse(text), plain, true, { seen: false });
          const laxCanonical = measureLaxEventMessageJson(JSON.parse(text)) === text.length;
          expect(lax === text.length, `lax ${entry.key}: ${text}`).toBe(isThisEvent && laxCanonical);
        }
        expect(verdict(decode(text))).toEqual(verdict(general));
      }),
      { numRuns: 3000 },
    );
  });

  it('the character-by-character timestamp check agrees with isCanonicalTimestamp', () => {
    const digit = fc.constantFrom(...'0123456789');
    const stamp = fc
      .tuple(fc.array(digit, { minLength: 14, maxLength: 14 }), fc.constantFrom('', '.', '.1', '.123', '.120', '.100', '.000', '.123456', '.123000', '.000001', '.123456789', '.123456000', '.1234567890'))
      .map(([d, fraction]) => `${d.slice(0, 4).join('')}-${d.slice(4, 6).join('')}-${d.slice(6, 8).join('')}T${d.slice(8, 10).join('')}:${d.slice(10, 12).join('')}:${d.slice(12, 14).join('')}${fraction}Z`);
    const mutated = fc.tuple(stamp, fc.nat(), fc.constantFrom('T', 't', ' ', ':', '-', 'Z', 'z', '9', '0', '+', '.', '')).map(([text, at, c]) => {
      const i = at % text.length;
      return text.slice(0, i) + c + text.slice(i + 1);
    });
    const leapDay = fc.constantFrom('2024-02-29T00:00:00Z', '2023-02-29T00:00:00Z', '1900-02-29T00:00:00Z', '2000-02-29T00:00:00Z', '0000-02-29T00:00:00Z', '2024-04-31T00:00:00Z');
    fc.assert(
      fc.property(fc.oneof(stamp, mutated, leapDay), (text) => {
        expect(measureTimestamp(text) >= 0, text).toBe(isCanonicalTimestamp(text));
      }),
      { numRuns: 20000 },
    );
  });
});
