import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  catalog,
  createEvent,
  decode,
  encode,
  encodeToString,
  EventValidationError,
  type CatalogEntry,
  type DecodeResult,
  validateEvent,
} from '../../src/index.js';
import { carefully, firstInvalidUtf8 } from '../../src/codec/decode.js';
import { sampleMessage } from '../support/samples.js';
import { membersOf, withParent } from '../support/wire-walk.js';

/** A catalogued event's message exactly as the Rust services write it. */
function rustMessage(entry: CatalogEntry, options: { optional?: boolean } = {}): Record<string, unknown> {
  const message = sampleMessage(entry.key, options);
  // Services build an EventSource without details for events that carry none: `event_details: null`.
  if (entry.requiredDetails.length === 0 && !options.optional) {
    (message.metadata as { source: { event_details: unknown } }).source.event_details = null;
  }
  return message;
}

const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);

function expectInvalid(result: DecodeResult, path: string, reason?: RegExp): void {
  expect(result.kind, JSON.stringify(result.kind === 'invalid' ? result.error.reason : result)).toBe('invalid');
  if (result.kind !== 'invalid') return;
  expect(result.error.path).toBe(path);
  if (reason) expect(result.error.reason).toMatch(reason);
}

describe.each(catalog.map((entry) => [entry.key, entry] as const))('%s', (key, entry) => {
  const canonical = JSON.stringify(rustMessage(entry));
  const withOptional = JSON.stringify(rustMessage(entry, { optional: true }));

  it('decode - the message the Rust services write decodes to its key, and encodes back to the same bytes', () => {
    for (const text of new Set([canonical, withOptional])) {
      const result = decode(bytesOf(text));
      expect(result.kind).toBe('event');
      if (result.kind !== 'event') return;
      expect(result.key).toBe(key);
      expect(result.event).toEqual(JSON.parse(text));
      expect(Buffer.from(encode(result.event)).toString('utf8')).toBe(text);
      expect(decode(text)).toEqual(result);
    }
  });

  it('decode - every required member missing is invalid, with the path of that member (defaulted ones excepted)', () => {
    const message = JSON.parse(withOptional);
    for (const { path, segments, member } of membersOf(message)) {
      if (member.nullable || member.default !== undefined) continue;
      const text = JSON.stringify(withParent(message, segments, (parent, name) => delete parent[name]));
      expectInvalid(decode(text), path, new RegExp(`missing field \`${member.name}\``));
    }
  });

  it('decode - every member of the wrong type is invalid, with its path', () => {
    const message = JSON.parse(withOptional);
    for (const { path, segments, value } of membersOf(message)) {
      if (value === null) continue;
      const wrong = typeof value === 'string' ? 42 : typeof value === 'number' ? String(value) : 'not an object';
      const text = JSON.stringify(withParent(message, segments, (parent, name) => (parent[name] = wrong)));
      expectInvalid(decode(text), path, /invalid type/);
      const asBoolean = JSON.stringify(withParent(message, segments, (parent, name) => (parent[name] = true)));
      expectInvalid(decode(asBoolean), path, /invalid type: boolean/);
    }
  });

  it('decode - integers written as floats or strings are invalid', () => {
    for (const [from, to] of [
      [`"version":1`, `"version":1.0`],
      [`"version":1`, `"version":1e0`],
      [`"version":1`, `"version":"1"`],
      [`"version":1`, `"version":-0`],
      [`"category":${entry.category}`, `"category":${entry.category}.0`],
      [`"action":${entry.action}`, `"action":${entry.action}E0`],
    ] as const) {
      const path = from.startsWith('"version"') ? '/metadata/version' : `/${from.slice(1, from.indexOf('"', 1))}`;
      expectInvalid(decode(canonical.replace(from, to)), path);
    }
  });

  it('decode - a bad timestamp is invalid at /metadata/timestamp', () => {
    for (const bad of ['2024-05-01T10:20:30', '2024-02-30T10:20:30Z', 'yesterday', '', '2024-05-01T25:00:00Z']) {
      const message = withParent(JSON.parse(canonical), ['metadata', 'timestamp'], (parent, name) => (parent[name] = bad));
      expectInvalid(decode(JSON.stringify(message)), '/metadata/timestamp', /timestamp/);
    }
    const asNumber = withParent(JSON.parse(canonical), ['metadata', 'timestamp'], (parent, name) => (parent[name] = 1714558830));
    expectInvalid(decode(JSON.stringify(asNumber)), '/metadata/timestamp', /invalid type: integer/);
  });

  it('decode - a known member given twice is invalid; an unknown one twice is ignored', () => {
    expectInvalid(decode(canonical.replace('"target":', '"target":"x","target":')), '/target', /duplicate field `target`/);
    expectInvalid(
      decode(canonical.replace('"node":', '"node":"x","node":')),
      '/metadata/source/node',
      /duplicate field `node`/,
    );
    const unknownTwice = canonical.replace('"target":', '"extra":1,"extra":2.5,"target":');
    expect(decode(unknownTwice)).toMatchObject({ kind: 'event', key });
  });

  it('decode - truncated JSON is invalid, never an exception', () => {
    for (let length = 0; length < canonical.length; length += 7) {
      const result = decode(bytesOf(canonical.slice(0, length)));
      expect(result.kind).toBe('invalid');
      if (result.kind === 'invalid') expect(result.error.code).toBe('syntax');
    }
  });

  it('decode - invalid UTF-8 is invalid, with the byte offset, and keeps the raw bytes', () => {
    const bytes = bytesOf(canonical);
    const at = canonical.indexOf('"id":"') + 8;
    const broken = Uint8Array.from(bytes);
    broken[at] = 0xff;
    const result = decode(broken);
    expect(result.kind).toBe('invalid');
    if (result.kind !== 'invalid') return;
    expect(result.error.code).toBe('utf8');
    expect(result.error.offset).toBe(at);
    expect(result.error.path).toBe('/metadata/id');
    expect(result.error.raw).toBe(broken);
  });

  it('decode - unknown members at every level are ignored, as the Rust services ignore them', () => {
    const message = JSON.parse(withOptional);
    const objects = [[], ...membersOf(message).filter((m) => m.value !== null && typeof m.value === 'object').map((m) => m.segments)];
    for (const segments of objects) {
      const extended = structuredClone(message);
      let target = extended;
      for (const segment of segments) target = target[segment];
      target.future_member = { nested: [1, 2.5, 'x', null] };
      const result = decode(JSON.stringify(extended));
      expect(result.kind, segments.join('/')).toBe('event');
      if (result.kind !== 'event') return;
      expect(encodeToString(result.event)).toBe(withOptional);
    }
  });

  it('decode - null-able members may be missing, and read as null', () => {
    const message = JSON.parse(withOptional);
    for (const { segments, member, value } of membersOf(message)) {
      if (!member.nullable || value !== null) continue;
      const text = JSON.stringify(withParent(message, segments, (parent, name) => delete parent[name]));
      const result = decode(text);
      expect(result.kind, segments.join('/')).toBe('event');
      if (result.kind === 'event') expect(encodeToString(result.event)).toBe(withOptional);
    }
  });

  it('decode - unknown enum numbers are well-formed events the catalog does not know', () => {
    const message = JSON.parse(canonical);
    for (const [segments, number] of [
      [['category'], 99],
      [['action'], 2_000_000_000],
      [['metadata', 'source', 'component'], 9],
      [['metadata', 'version'], 2],
    ] as const) {
      const text = JSON.stringify(withParent(message, segments, (parent, name) => (parent[name] = number)));
      const result = decode(text);
      expect(result.kind, segments.join('/')).toBe('unknown');
      if (result.kind !== 'unknown') return;
      expect(result.reason).not.toBe('');
      expect(encodeToString(result.event)).toBe(text);
    }
    const outOfRange = JSON.stringify(withParent(message, ['action'], (parent, name) => (parent[name] = 2_147_483_648)));
    expectInvalid(decode(outOfRange), '/action', /expected i32/);
  });

  it('decode - offset timestamps are read as the Rust services read them, kept as they arrived', () => {
    for (const [arrived, utc] of [
      ['2024-05-01T12:20:30.123456789+02:00', '2024-05-01T10:20:30.123456789Z'],
      ['2024-05-01t10:20:30.1z', '2024-05-01T10:20:30.100Z'],
      ['2024-05-01 10:20:30.1234567891234Z', '2024-05-01T10:20:30.123456789Z'],
      ['2024-05-01T00:20:30-10:00', '2024-05-01T10:20:30Z'],
      // chrono 0.4.31's relaxed forms, written back as the Rust writer writes them
      [' 2024-5-1T10:20:30 UTC ', '2024-05-01T10:20:30Z'],
      ['2024-05-01T12:20:30.5 +0200', '2024-05-01T10:20:30.500Z'],
      ['2024 - 05 - 01T10 : 20 : 30\u00a0\u221202 00', '2024-05-01T12:20:30Z'],
      ['2024-05-01T10:20:29.999999999Z', '2024-05-01T10:20:29.999999999Z'],
      ['2024-04-30T23:59:60Z', '2024-05-01T00:00:00Z'],
      ['2024-05-01T10:20:60.5Z', '2024-05-01T10:21:00.500Z'],
    ] as const) {
      const message = withParent(JSON.parse(canonical), ['metadata', 'timestamp'], (parent, name) => (parent[name] = arrived));
      const result = decode(JSON.stringify(message));
      expect(result.kind, arrived).toBe('event');
      if (result.kind !== 'event') return;
      expect(result.event.metadata.timestamp).toBe(arrived);
      expect(encodeToString(result.event)).toBe(canonical.replace('2024-05-01T10:20:30.123456789Z', utc));
    }
  });

  it('decode - a struct written as the array of its members is read, as serde reads it', () => {
    const message = JSON.parse(canonical);
    const asArray = [message.category, message.action, message.target, message.metadata];
    const result = decode(JSON.stringify(asArray));
    expect(result).toMatchObject({ kind: 'event', key });
    expectInvalid(decode(JSON.stringify(asArray.slice(0, 3))), '', /invalid length 3/);
  });
});

describe('decode - u64 members', () => {
  const entry = catalog.find((e) => e.key === 'highAvailability.switchOver')!;
  const canonical = JSON.stringify(sampleMessage(entry.key));

  it('keeps values above 2^53 exact: decode and encode give the same digits', () => {
    for (const digits of ['9007199254740993', '18446744073709551615', '9007199254740991', '9007199254740992']) {
      const text = canonical.replace('"retry_count":0', `"retry_count":${digits}`);
      const result = decode(text);
      expect(result.kind, digits).toBe('event');
      if (result.kind !== 'event' || result.key !== 'highAvailability.switchOver') return;
      const count = result.event.metadata.source.event_details.switch_over_details.retry_count;
      expect(BigInt(count)).toBe(BigInt(digits));
      expect(encodeToString(result.event)).toBe(text);
    }
  });

  it('rejects values beyond u64 and negative values', () => {
    for (const digits of ['18446744073709551616', '-1', '1e3']) {
      const text = canonical.replace('"retry_count":0', `"retry_count":${digits}`);
      expectInvalid(decode(text), '/metadata/source/event_details/switch_over_details/retry_count', /u64/);
    }
  });
});

describe('decode - messages that are not events', () => {
  it.each([
    ['empty input', '', 'syntax'],
    ['a scalar', '42', 'schema'],
    ['a string', '"event"', 'schema'],
    ['null', 'null', 'schema'],
    ['an empty object', '{}', 'schema'],
    ['trailing garbage', '{"category":2} x', 'syntax'],
    ['a lone surrogate escape in a member that is read', '{"category":2,"action":1,"target":"\\ud800","metadata":null}', 'schema'],
    ['a byte order mark', '\ufeff{}', 'syntax'],
  ])('%s is invalid (%s)', (_name, text, code) => {
    const result = decode(text);
    expect(result.kind).toBe('invalid');
    if (result.kind === 'invalid') {
      expect(result.error.code).toBe(code);
      expect(result.error.raw).toBe(text);
      expect(result.error.message).toContain(result.error.reason);
    }
  });

  it('a message with metadata null is a well-formed event the catalog does not know', () => {
    const result = decode('{"category":2,"action":1,"target":"v","metadata":null}');
    expect(result.kind).toBe('unknown');
  });

  it('input that is neither bytes nor a string is invalid, not an exception', () => {
    for (const input of [undefined, null, 42, {}, []]) {
      expect(decode(input as unknown as string)).toMatchObject({ kind: 'invalid', error: { code: 'input' } });
    }
  });
});

describe('decode - values serde skips are only checked as serde checks them', () => {
  const volume = JSON.stringify(sampleMessage('volume.create'));

  it('an unknown member may hold a lone surrogate escape or nesting past the recursion limit', () => {
    const withSurrogate = volume.replace('"target":', '"note":"\\ud800","target":');
    expect(decode(withSurrogate)).toMatchObject({ kind: 'event', key: 'volume.create' });
    const deep = `${'['.repeat(300)}${']'.repeat(300)}`;
    expect(decode(volume.replace('"target":', `"nested":${deep},"target":`))).toMatchObject({ kind: 'event' });
    expect(decode(volume.replace('"target":', `"nested":${deep.slice(0, -1)},"target":`)).kind).toBe('invalid');
  });

  it('a key with a lone surrogate escape is invalid even when its member is unknown', () => {
    const result = decode(volume.replace('"target":', '"\\udc00":1,"target":'));
    expect(result).toMatchObject({ kind: 'invalid', error: { reason: expect.stringMatching(/surrogate/) } });
  });

  it('reports line and column of a bad byte where it is', () => {
    const bytes = Buffer.concat([Buffer.from('{\n"category":\n  "é'), Buffer.from([0xff]), Buffer.from('"}')]);
    const result = decode(bytes);
    expect(result).toMatchObject({ kind: 'invalid', error: { code: 'utf8', line: 3, column: 6 } });
  });
});

describe('decode - never throws', () => {
  const valid = catalog.map((entry) => bytesOf(JSON.stringify(rustMessage(entry, { optional: true }))));

  it('on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => {
        expect(['event', 'unknown', 'invalid']).toContain(decode(bytes).kind);
      }),
      { numRuns: 2000 },
    );
  });

  it('on random mutations of valid messages', () => {
    const mutation = fc.record({
      message: fc.integer({ min: 0, max: valid.length - 1 }),
      edits: fc.array(
        fc.record({
          at: fc.nat(),
          kind: fc.constantFrom('flip', 'delete', 'insert'),
          byte: fc.constantFrom(0x22, 0x2c, 0x3a, 0x5b, 0x5d, 0x7b, 0x7d, 0x30, 0x2e, 0x65, 0x2d, 0x5c, 0x6e, 0xff, 0xc3, 0x00, 0x20),
        }),
        { minLength: 1, maxLength: 4 },
      ),
    });
    fc.assert(
      fc.property(mutation, ({ message, edits }) => {
        let bytes = Array.from(valid[message]!);
        for (const edit of edits) {
          const at = edit.at % (bytes.length + 1);
          if (edit.kind === 'flip') bytes[Math.min(at, bytes.length - 1)] = edit.byte;
          else if (edit.kind === 'delete') bytes.splice(at, 1);
          else bytes.splice(at, 0, edit.byte);
        }
        const result = decode(Uint8Array.from(bytes));
        expect(['event', 'unknown', 'invalid']).toContain(result.kind);
        // Whatever is accepted is written back in the strict form, which decodes to the same verdict.
        if (result.kind !== 'invalid') expect(decode(encode(result.event)).kind).toBe(result.kind);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('decode - what serde reads that RFC-minded readers might not', () => {
  const stop = JSON.stringify(sampleMessage('ioEngine.stop'));
  const timeTaken = /"time_taken":\{[^}]*\}/;
  const TIME_TAKEN = '/metadata/source/event_details/action_duration_details/time_taken';

  it('a Duration with seconds or nanos missing reads them as 0 (serde default), and encode writes both', () => {
    for (const [duration, written] of [
      ['{}', '{"seconds":0,"nanos":0}'],
      ['{"seconds":7}', '{"seconds":7,"nanos":0}'],
      ['{"nanos":5}', '{"seconds":0,"nanos":5}'],
      ['{"nanos":5,"extra":[1]}', '{"seconds":0,"nanos":5}'],
      ['[]', '{"seconds":0,"nanos":0}'],
      ['[3]', '{"seconds":3,"nanos":0}'],
    ] as const) {
      const text = stop.replace(timeTaken, `"time_taken":${duration}`);
      const result = decode(text);
      expect(result, duration).toMatchObject({ kind: 'event', key: 'ioEngine.stop' });
      if (result.kind !== 'event') continue;
      expect(encodeToString(result.event)).toBe(stop.replace(timeTaken, `"time_taken":${written}`));
    }
  });

  it('a Duration member given as null, twice, or out of range is invalid', () => {
    expectInvalid(decode(stop.replace(timeTaken, '"time_taken":{"seconds":null}')), `${TIME_TAKEN}/seconds`, /invalid type: null, expected i64/);
    expectInvalid(decode(stop.replace(timeTaken, '"time_taken":{"nanos":null}')), `${TIME_TAKEN}/nanos`, /invalid type: null, expected i32/);
    expectInvalid(decode(stop.replace(timeTaken, '"time_taken":{"nanos":1,"nanos":1}')), `${TIME_TAKEN}/nanos`, /duplicate field/);
    expectInvalid(decode(stop.replace(timeTaken, '"time_taken":{"nanos":2147483648}')), `${TIME_TAKEN}/nanos`, /i32/);
    expectInvalid(decode(stop.replace(timeTaken, '"time_taken":[1,2,3]')), `${TIME_TAKEN}`, /trailing characters/);
  });

  it('io_engine_stop_details is ignored like any unknown member: no alias, as upstream has none', () => {
    const onlyOld = stop.replace('"action_duration_details":', '"io_engine_stop_details":');
    const result = decode(onlyOld);
    // action_duration_details reads as null, which a catalogued ioEngine.stop never has.
    expect(result).toMatchObject({ kind: 'unknown', code: 'uncatalogued-form', key: 'ioEngine.stop' });
    if (result.kind === 'unknown') {
      expect(result.event.metadata?.source?.event_details?.action_duration_details).toBeNull();
      expect(result.event.metadata?.source?.event_details).not.toHaveProperty('io_engine_stop_details');
    }
    const start = JSON.stringify(sampleMessage('ioEngine.start'));
    for (const old of ['{"time_taken":{"seconds":1,"nanos":0}}', '"not a duration"', '{"time_taken":null}']) {
      const text = start.replace('"action_duration_details":null', `"action_duration_details":null,"io_engine_stop_details":${old}`);
      expect(decode(text), old).toMatchObject({ kind: 'event', key: 'ioEngine.start' });
      expect(carefully(text, text), old).toMatchObject({ kind: 'event', key: 'ioEngine.start' });
    }
  });
});

describe('decode - invalid UTF-8 where serde_json skips a string (from_slice validates only what it reads)', () => {
  const volume = JSON.stringify(sampleMessage('volume.create'));
  const withBytes = (text: string, marker: string, bad: readonly number[]): Uint8Array => {
    // Only the first marker becomes the bad bytes; any other stays plain ASCII.
    const at = text.indexOf(marker);
    return Uint8Array.from([...bytesOf(text.slice(0, at)), ...bad, ...bytesOf(text.slice(at + marker.length))]);
  };
  const BAD = [[0xff], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xf4, 0x90, 0x80, 0x80], [0x80, 0x80, 0x80]];

  it('in the value or the keys of a member this SDK does not know, the message is read', () => {
    for (const bad of BAD) {
      for (const unknown of ['"x":"aXb",', '"x":{"X":1},', '"x":["X",{"k":"X"}],', '"x":{"y":{"aXb":"X"}},']) {
        const bytes = withBytes(volume.replace('"target":', `${unknown}"target":`), 'X', bad);
        const result = decode(bytes);
        expect(result, `${unknown} ${bad.join(' ')}`).toMatchObject({ kind: 'event', key: 'volume.create' });
        if (result.kind === 'event') expect(result.event).toEqual(JSON.parse(volume));
      }
    }
  });

  it('a later problem is placed by its byte column, each bad byte counted as one byte', () => {
    const text = volume.replace('"target":', '"x":"aXb","target":').replace('"version":1', '"version":"1"');
    const bytes = withBytes(text, 'X', [0xff, 0xfe]);
    const column = bytes.length - bytesOf('"1"}}').length + 1;
    expect(decode(bytes)).toMatchObject({ kind: 'invalid', error: { code: 'schema', path: '/metadata/version', line: 1, column } });
  });

  it('in a string the reader reads (a known member, a key of a struct), it is invalid at its byte and path', () => {
    for (const bad of BAD) {
      const inTarget = withBytes(volume.replace(/"target":"[^"]*"/, '"target":"abXc"'), 'X', bad);
      const at = volume.indexOf('"target":') + 12;
      expect(decode(inTarget)).toMatchObject({ kind: 'invalid', error: { code: 'utf8', offset: at, path: '/target', reason: `invalid UTF-8 at byte ${at}` } });
      const inKey = withBytes(volume.replace('"target":', '"nXote":1,"target":'), 'X', bad);
      expect(decode(inKey)).toMatchObject({ kind: 'invalid', error: { code: 'utf8', offset: volume.indexOf('"target":') + 2 } });
      const outside = withBytes(volume.replace('"target":', 'X "target":'), 'X', bad);
      expect(decode(outside)).toMatchObject({ kind: 'invalid', error: { code: 'utf8', offset: volume.indexOf('"target":') } });
    }
  });
});

describe('decode - hostile sizes', () => {
  const volume = JSON.stringify(sampleMessage('volume.create'));

  it('millions of escapes decode to the very string JSON.parse gives', () => {
    for (const escape of ['\\/', '\\u00e9', '\\ud83d\\ude00', '\\n', '\\"']) {
      const target = `a${escape.repeat(1_000_000)}z`;
      const text = volume.replace(/"target":"[^"]*"/, `"target":"${target}"`);
      const result = decode(text);
      expect(result.kind).toBe('event');
      if (result.kind === 'event') expect(result.event.target).toBe(JSON.parse(`"${target}"`));
    }
  });

  it('a number of a million digits is invalid, and the reason quotes only its start', () => {
    const text = volume.replace('"version":1', `"version":${'9'.repeat(1_000_000)}`);
    const result = decode(text);
    expectInvalid(result, '/metadata/version', /invalid type: floating point `9{40}… \(1000000 characters\)`, expected i32/);
    if (result.kind === 'invalid') expect(result.error.message.length).toBeLessThan(200);
    const long = volume.replace(/"target":"[^"]*"/, `"target":${'1'.repeat(100_000)}`);
    expectInvalid(decode(long), '/target', /^invalid type: integer `1{40}… \(100000 characters\)`, expected a string$/);
  });

  it('invalid UTF-8 late in a large message is found at its byte', () => {
    const text = volume.replace(/"target":"[^"]*"/, `"target":"${'é'.repeat(2_000_000)}"`);
    const bytes = bytesOf(text);
    const at = bytes.length - 40;
    bytes[at] = 0xff;
    expect(decode(bytes)).toMatchObject({ kind: 'invalid', error: { code: 'utf8', offset: at } });
  });

  it('the first invalid UTF-8 byte is where a fatal TextDecoder stops, for any bytes', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true });
    /** The longest prefix a fatal decoder takes (slow, but obviously right). */
    const longestValidPrefix = (bytes: Uint8Array): number => {
      for (let end = bytes.length; end > 0; end--) {
        try {
          fatal.decode(bytes.subarray(0, end));
          return end;
        } catch {
          // shorter
        }
      }
      return 0;
    };
    const byte = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x80, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0x9f, 0xa0, 0x8f, 0x90));
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 24 }), (array) => {
        const bytes = Uint8Array.from(array);
        expect(firstInvalidUtf8(bytes)).toBe(longestValidPrefix(bytes));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('decode - any depth, never a throw', () => {
  const volume = JSON.stringify(sampleMessage('volume.create'));
  const rebuild = JSON.stringify(sampleMessage('nexus.rebuildBegin'));
  const nest = (depth: number, open = '[', close = ']', middle = ''): string => open.repeat(depth) + middle + close.repeat(depth);
  const nestObjects = (depth: number): string => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
  const bothPaths = (text: string): DecodeResult[] => [decode(text), decode(bytesOf(text)), carefully(text, text)];

  describe.each([10_000, 100_000, 1_000_000])('%i levels', (depth) => {
    it('an unknown member that deep is skipped, as serde_json skips it, on both paths', () => {
      const shapes = [nest(depth), nestObjects(depth), nest(depth, '[{"x":', '}]', '"deepest"')];
      const places = ['"target":', '"source":', '"event_details":'];
      // Every shape at every level up to 10^5; at 10^6 (megabytes each) one of each.
      for (const [i, deep] of shapes.entries()) {
        for (const where of depth < 1_000_000 ? places : [places[i]!]) {
          const text = volume.replace(where, `"newer":${deep},${where}`);
          for (const result of bothPaths(text)) expect(result).toMatchObject({ kind: 'event', key: 'volume.create' });
        }
      }
    });

    it('an unknown member that deep inside rebuild_details is skipped too', () => {
      const text = rebuild.replace('"rebuild_status":', `"newer":${nest(depth)},"rebuild_status":`);
      for (const result of bothPaths(text)) expect(result).toMatchObject({ kind: 'event', key: 'nexus.rebuildBegin' });
    });

    it('that depth in a known position is invalid, with the Rust reason and path', () => {
      const text = rebuild.replace(/"rebuild_details":\{[^}]*\}/, `"rebuild_details":${nest(depth)}`);
      for (const result of bothPaths(text)) {
        expectInvalid(result, '/metadata/source/event_details/rebuild_details/0', /invalid type: sequence, expected i32/);
      }
      const inTarget = volume.replace(/"target":"[^"]*"/, `"target":${nestObjects(depth)}`);
      for (const result of bothPaths(inTarget)) expectInvalid(result, '/target', /invalid type: map, expected a string/);
    });

    it('a whole document that deep is invalid, not an exception', () => {
      for (const result of bothPaths(nest(depth))) expectInvalid(result, '/0', /invalid type: sequence, expected i32/);
      for (const result of bothPaths(nestObjects(depth))) expectInvalid(result, '/category', /missing field `category`/);
      // Unclosed: a syntax error at the end, found without recursion.
      for (const result of bothPaths('['.repeat(depth))) expect(result).toMatchObject({ kind: 'invalid', error: { code: 'syntax' } });
    });
  });

  it('a struct as an array is read element by element: the first bad one, or trailing ones, are the error', () => {
    const message = JSON.parse(volume);
    const asArray = [message.category, message.action, message.target, message.metadata];
    expectInvalid(decode(JSON.stringify([...asArray, 1])), '', /trailing characters/);
    expectInvalid(decode(JSON.stringify(['2', ...asArray.slice(1)])), '/0', /invalid type: string "2", expected i32/);
    expectInvalid(decode(JSON.stringify(asArray.slice(0, 2))), '', /invalid length 2, expected struct EventMessage with 4 elements/);
  });

  it('on random nesting of brackets, braces, members and scalars around a valid message', () => {
    const piece = fc.constantFrom('[', ']', '{', '}', '"k":', ',', '1', '"s"', 'null', ' ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.integer({ min: 0, max: 5000 }), (pieces, depth) => {
        const junk = '['.repeat(depth) + pieces.join('') + ']'.repeat(depth);
        for (const text of [junk, volume.replace('"target":', `"x":${junk},"target":`)]) {
          for (const result of bothPaths(text)) expect(['event', 'unknown', 'invalid']).toContain(result.kind);
          expect(decode(text).kind).toBe(carefully(text, text).kind);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('encode', () => {
  it('refuses an event that is not well-formed, listing every problem by path', () => {
    const event = JSON.parse(JSON.stringify(sampleMessage('replica.create')));
    event.target = 7;
    event.metadata.version = 1.5;
    event.metadata.source.event_details.replica_details.pool_name = null;
    let error: unknown;
    try {
      encode(event);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EventValidationError);
    expect((error as EventValidationError).issues.map((issue) => issue.path)).toEqual([
      '/target',
      '/metadata/source/event_details/replica_details/pool_name',
      '/metadata/version',
    ]);
  });

  it('refuses u64 values a JS number cannot hold exactly, and strings UTF-8 cannot carry', () => {
    const event = JSON.parse(JSON.stringify(sampleMessage('ioEngine.reactorFreeze')));
    event.metadata.source.event_details.reactor_details.lcore = 2 ** 60;
    expect(() => encode(event)).toThrow(/reactor_details\/lcore/);
    event.metadata.source.event_details.reactor_details.lcore = 2n ** 60n;
    expect(encodeToString(event)).toContain(`"lcore":${2n ** 60n}`);
    event.target = 'bad \ud800';
    expect(() => encode(event)).toThrow(/\/target: .*surrogate/);
  });

  it('escapes strings exactly as serde_json does', () => {
    const event = createEvent('volume.create', { target: 'quote " backslash \\ newline \n tab \t nul \u0000 del \u007f é 🚀 /' });
    const text = encodeToString(event);
    expect(text).toContain('"target":"quote \\" backslash \\\\ newline \\n tab \\t nul \\u0000 del \u007f é 🚀 /"');
    expect(decode(text)).toMatchObject({ kind: 'event', event: { target: event.target } });
  });
});

describe('validateEvent', () => {
  it('is empty for a valid event, and lists every problem by path otherwise', () => {
    const event = JSON.parse(JSON.stringify(sampleMessage('nexus.rebuildEnd')));
    expect(validateEvent('nexus.rebuildEnd', event)).toEqual([]);
    event.metadata.source.event_details.replica_details = { pool_name: 'p' };
    event.metadata.timestamp = '2024-02-30T10:20:30Z';
    expect(validateEvent('nexus.rebuildEnd', event)).toEqual([
      // The member the event must not carry, not what that member lacks.
      { path: '/metadata/source/event_details/replica_details', message: 'must be null for this event, got an object' },
      { path: '/metadata/timestamp', message: expect.stringMatching(/RFC 3339/) },
    ]);
    expect(validateEvent('volume.explode' as 'volume.create', event)[0]?.message).toMatch(/unknown event key/);
  });
});

describe('createEvent', () => {
  it('builds a complete event: fresh UUID v4, current chrono timestamp, version 1, catalog component', () => {
    const before = Date.now();
    const event = createEvent('nexus.onlineChild', {
      target: 'n',
      node: 'io-engine-1',
      details: { nexus_child_details: { uri: 'bdev:///x' } },
    });
    expect(event.metadata.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(event.metadata.version).toBe(1);
    expect(event.metadata.source.component).toBe(2);
    expect(Date.parse(event.metadata.timestamp)).toBeGreaterThanOrEqual(before - 1);
    expect(event.metadata.timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3}|\.\d{6}|\.\d{9})?Z$/);
    expect(createEvent('volume.create', { target: 'v' }).metadata.source.event_details).toBeNull();
  });

  it('writes a given timestamp in chrono form, and keeps given ids and components', () => {
    const id = '0b6f5d2e-8f3e-4d1a-9a57-3c2e1f0a9b77';
    const event = createEvent('volume.delete', { target: 'v', id, component: 2, timestamp: '2024-05-01T12:20:30.5+02:00' });
    expect(event.metadata).toMatchObject({ id, timestamp: '2024-05-01T10:20:30.500Z', source: { component: 2 } });
    expect(() => createEvent('volume.delete', { target: 'v', id: 'events.>' })).toThrow(/\/metadata\/id: expected a UUID/);
  });

  it('throws an EventValidationError listing every problem by path', () => {
    let error: unknown;
    try {
      createEvent('replica.create', {
        target: 42 as unknown as string,
        timestamp: 'soon',
        details: { replica_details: { pool_name: 'p', pool_uuid: 7 as unknown as string, replica_name: 'r' } },
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EventValidationError);
    const paths = (error as EventValidationError).issues.map((issue) => issue.path);
    expect(paths).toContain('/target');
    expect(paths).toContain('/metadata/timestamp');
    expect(paths).toContain('/metadata/source/event_details/replica_details/pool_uuid');
    expect((error as Error).message).toMatch(/replica\.create/);
  });

  it('refuses details the event does not carry, and unknown keys', () => {
    expect(() =>
      createEvent('volume.create', { target: 'v', details: { error_details: { error: 'x' } } as never }),
    ).toThrow(/volume\.create does not carry error_details/);
    expect(() => createEvent('volume.explode' as 'volume.create', { target: 'v' })).toThrow(/unknown event key "volume\.explode"/);
  });
});

describe('decode - reasons a person reads', () => {
  const volume = sampleMessage('volume.create') as { metadata: Record<string, unknown> } & Record<string, unknown>;
  const withTimestamp = (timestamp: string): string => JSON.stringify({ ...volume, metadata: { ...volume.metadata, timestamp } });

  it('a message that is not JSON says so, with what was found and its column (line too on a text of several lines)', () => {
    const bare = decode('{"category": x}');
    expectInvalid(bare, '', /^not JSON: unexpected character 'x' where a value should be, at column 14$/);
    if (bare.kind === 'invalid') {
      expect(bare.error).toMatchObject({ code: 'syntax', line: 1, column: 14 });
      expect(bare.error.message).toBe("cannot decode event: not JSON: unexpected character 'x' where a value should be, at column 14");
    }
    expectInvalid(decode('{\n  "category": 2,\n  x}'), '', /^not JSON: expected a member name in double quotes, found 'x', at line 3, column 3$/);
    expectInvalid(decode(bytesOf('{"category":2')), '', /^not JSON: the text ends inside an object \(a '}' is missing\)$/);
    expectInvalid(decode(''), '', /^not JSON: the message is empty$/);
  });

  it('a timestamp out of range names the field; one without an offset says so', () => {
    expectInvalid(decode(withTimestamp('2024-13-01T10:20:30Z')), '/metadata/timestamp', /^invalid timestamp "2024-13-01T10:20:30Z": month 13 is out of range \(1-12\)$/);
    expectInvalid(decode(withTimestamp('2023-02-29T10:20:30Z')), '/metadata/timestamp', /day 29 is out of range \(February 2023 has 28 days\)$/);
    expectInvalid(decode(withTimestamp('2024-05-01T25:20:30Z')), '/metadata/timestamp', /hour 25 is out of range \(0-23\)$/);
    expectInvalid(decode(withTimestamp('2024-05-01T10:20:30')), '/metadata/timestamp', /no offset after the time: add Z \(UTC\) or \+hh:mm$/);
    expectInvalid(decode(withTimestamp('yesterday')), '/metadata/timestamp', /expected the year .*found "y" at character 1, e\.g\. 2024-05-01T10:20:30Z$/);
  });

  it('an unknown pair is said to be outside the catalog (a newer Mayastor?); a known pair out of form is not called newer', () => {
    const pair = decode(JSON.stringify({ ...volume, category: 12, action: 3 }));
    expect(pair).toMatchObject({
      kind: 'unknown',
      code: 'uncatalogued-pair',
      reason: "category 12 / action 3 (StateChange) is not in this SDK's catalog (from a newer Mayastor?)",
    });
    const noMetadata = decode(JSON.stringify({ ...volume, metadata: null }));
    expect(noMetadata).toMatchObject({ kind: 'unknown', code: 'uncatalogued-form', key: 'volume.create' });
    if (noMetadata.kind === 'unknown') {
      expect(noMetadata.reason).toBe('not in the catalogued form of volume.create: /metadata expected an EventMeta object, got null');
      expect(noMetadata.reason).not.toMatch(/newer/);
    }
  });
});
