import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { JSON_MAX_DEPTH, describeSyntaxError, parseJsonExact, type JsonNode, type JsonParseResult } from '../../src/codec/json.js';

/** What JSON.parse would give for the tree (duplicate keys: last wins, as in JSON.parse). */
function toPlain(node: JsonNode): unknown {
  switch (node.t) {
    case 'null':
      return null;
    case 'bool':
    case 'str':
      return node.v;
    case 'num':
      return Number(node.raw);
    case 'arr':
      return node.items.map(toPlain);
    case 'obj': {
      const out: Record<string, unknown> = {};
      node.keys.forEach((key, i) => {
        // defineProperty so that a "__proto__" key is an own member, as JSON.parse makes it.
        Object.defineProperty(out, key, { value: toPlain(node.values[i]!), enumerable: true, writable: true, configurable: true });
      });
      return out;
    }
    case 'deep':
      throw new Error(`no plain value for a deep node at ${node.at}`);
  }
}

function jsonParse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function parsed(text: string): JsonNode {
  const result = parseJsonExact(text);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(text)} to parse: ${result.error.message}`);
  return result.value;
}

const num = (raw: string, at: number, int: boolean): JsonNode => ({ t: 'num', raw, int, at });
const str = (v: string, at: number): JsonNode => ({ t: 'str', v, at });
const LONE = 'lone leading surrogate in hex escape';
const HEX_END = 'unexpected end of hex escape';
const loneStr = (v: string, at: number, message: string, offset: number): JsonNode => ({ t: 'str', v, at, lone: { message, offset } });

/** The arrays down the first item of each: the innermost node and how many arrays enclose it. */
function innermost(node: JsonNode): { node: JsonNode; arrays: number } {
  let arrays = 0;
  while (node.t === 'arr' && node.items[0] !== undefined) {
    node = node.items[0];
    arrays++;
  }
  return { node, arrays };
}

describe('parseJsonExact - accepted documents', () => {
  const cases: ReadonlyArray<readonly [name: string, text: string, tree: JsonNode]> = [
    ['a u64 above 2^53 keeps its digits', '18446744073709551615', num('18446744073709551615', 0, true)],
    ['a number past u64 keeps its digits (range is the caller’s job)', '18446744073709551616', num('18446744073709551616', 0, true)],
    ['a fraction is not an integer even when whole', '2.0', num('2.0', 0, false)],
    ['minus zero is an integer token', '-0', num('-0', 0, true)],
    ['zero is an integer', '0', num('0', 0, true)],
    ['an exponent is not an integer', '1e3', num('1e3', 0, false)],
    ['an upper-case exponent with a sign', '-1.5E+10', num('-1.5E+10', 0, false)],
    ['a negative exponent after zero', '0e-2', num('0e-2', 0, false)],
    ['a float overflowing f64 keeps its token', '1e400', num('1e400', 0, false)],
    ['null after every kind of whitespace', ' \t\n\r null \n', { t: 'null', at: 5 }],
    ['true', 'true', { t: 'bool', v: true, at: 0 }],
    ['false', 'false', { t: 'bool', v: false, at: 0 }],
    ['an empty string', '""', str('', 0)],
    ['every short escape decoded', String.raw`"a\"b\\c\/d\be\ff\ng\rh\ti"`, str('a"b\\c/d\be\ff\ng\rh\ti', 0)],
    ['hex escapes in either case', String.raw`"\u00e9\u00C9\u0000\uFFFF"`, str('éÉ\u0000\uffff', 0)],
    ['an escaped surrogate pair decoded', String.raw`"x\ud83d\uDE00y"`, str('x😀y', 0)],
    ['raw non-ASCII and astral characters kept', '"é😀\u007f"', str('é😀\u007f', 0)],
    // Lone surrogate escapes: kept as JSON.parse keeps them, with the error serde_json reports
    // where it reads the string (offset and message as its validating parse_unicode_escape).
    ['a leading surrogate escape before the quote', String.raw`"\uD800"`, loneStr('\ud800', 0, HEX_END, 7)],
    ['a leading surrogate escape before a letter', String.raw`"\uD800x"`, loneStr('\ud800x', 0, HEX_END, 7)],
    ['a leading surrogate escape before a non-ASCII letter', '"\\uD800é"', loneStr('\ud800é', 0, HEX_END, 7)],
    ['a leading surrogate escape before another escape', String.raw`"\uD800\n"`, loneStr('\ud800\n', 0, HEX_END, 8)],
    ['a leading surrogate escape before a non-surrogate escape', String.raw`"\uD800\u0041"`, loneStr('\ud800A', 0, LONE, 12)],
    ['two leading surrogate escapes', String.raw`"\uD800\uD800"`, loneStr('\ud800\ud800', 0, LONE, 12)],
    ['a lone leading surrogate escape before a pair', String.raw`"\uD800\uD83D\uDE00"`, loneStr('\ud800😀', 0, LONE, 12)],
    ['a lone trailing surrogate escape', String.raw`"\uDC00"`, loneStr('\udc00', 0, LONE, 6)],
    ['a lone trailing surrogate escape after text', String.raw`"ab\udfff"`, loneStr('ab\udfff', 0, LONE, 8)],
    ['only the first lone surrogate escape is recorded', String.raw`"\uDC00\uD800"`, loneStr('\udc00\ud800', 0, LONE, 6)],
    [
      'lone surrogate escapes in values and keys, as in an unknown member of an event',
      String.raw`{"x":"\ud800","a":1,"\udc00":["\udbff"],"\ud800y":2}`,
      {
        t: 'obj',
        at: 0,
        keys: ['x', 'a', '\udc00', '\ud800y'],
        values: [loneStr('\ud800', 5, HEX_END, 12), num('1', 18, true), { t: 'arr', at: 29, items: [loneStr('\udbff', 30, HEX_END, 37)] }, num('2', 50, true)],
        loneKey: { index: 2, message: LONE, offset: 26 },
      },
    ],
    ['an empty array with inner whitespace', ' [ ] ', { t: 'arr', items: [], at: 1 }],
    ['an empty object', '{}', { t: 'obj', keys: [], values: [], at: 0 }],
    [
      'nested containers with value offsets',
      '[1, [true, {}], "x"]',
      {
        t: 'arr',
        at: 0,
        items: [
          num('1', 1, true),
          { t: 'arr', at: 4, items: [{ t: 'bool', v: true, at: 5 }, { t: 'obj', keys: [], values: [], at: 11 }] },
          str('x', 16),
        ],
      },
    ],
    [
      'duplicate keys kept in document order',
      '{"a":1,"b":null,"a":2}',
      { t: 'obj', at: 0, keys: ['a', 'b', 'a'], values: [num('1', 5, true), { t: 'null', at: 11 }, num('2', 20, true)] },
    ],
    [
      'escaped keys decoded',
      String.raw`{ "k\u0031" : "v" }`,
      { t: 'obj', at: 0, keys: ['k1'], values: [str('v', 14)] },
    ],
    [
      'a __proto__ key is an ordinary key',
      '{"__proto__":{"x":1}}',
      { t: 'obj', at: 0, keys: ['__proto__'], values: [{ t: 'obj', at: 13, keys: ['x'], values: [num('1', 18, true)] }] },
    ],
  ];

  it.each(cases)('%s', (_name, text, tree) => {
    expect(parseJsonExact(text)).toEqual({ ok: true, value: tree });
  });
});

describe('parseJsonExact - rejected documents report serde_json’s message and position', () => {
  // [name, text, message, offset, line, column]; line/column as serde_json prints them.
  type Case = readonly [name: string, text: string, message: string, offset: number, line: number, column: number];
  const EOF_VALUE = 'EOF while parsing a value';
  const EOF_STRING = 'EOF while parsing a string';
  const CONTROL = 'control character (\\u0000-\\u001F) found while parsing a string';
  const cases: readonly Case[] = [
    // Empty input and the top level.
    ['empty input', '', EOF_VALUE, 0, 1, 0],
    ['whitespace only', '   ', EOF_VALUE, 3, 1, 3],
    ['whitespace only across lines', ' \n ', EOF_VALUE, 3, 2, 1],
    ['a second value', '1 2', 'trailing characters', 2, 1, 3],
    ['text glued to a literal', 'nulls', 'trailing characters', 4, 1, 5],
    ['a closing bracket too many', '[1]]', 'trailing characters', 3, 1, 4],
    ['a second dot in a number', '1.5.3', 'trailing characters', 3, 1, 4],
    ['a byte order mark', '\ufeff{}', 'expected value', 0, 1, 1],
    ['a no-break space is not whitespace', '\u00a0null', 'expected value', 0, 1, 1],
    ['a form feed is not whitespace', '\fnull', 'expected value', 0, 1, 1],
    ['a single-quoted string', "'a'", 'expected value', 0, 1, 1],
    ['NaN', 'NaN', 'expected value', 0, 1, 1],
    ['a raw lone surrogate outside a string', '\ud800', 'expected value', 0, 1, 1],
    // Numbers.
    ['a leading zero', '01', 'invalid number', 1, 1, 2],
    ['two zeros', '00', 'invalid number', 1, 1, 2],
    ['a negative leading zero', '-01', 'invalid number', 2, 1, 3],
    ['a minus alone', '-', EOF_VALUE, 1, 1, 1],
    ['a minus before a letter', '-a', 'invalid number', 1, 1, 2],
    ['-Infinity', '-Infinity', 'invalid number', 1, 1, 2],
    ['a leading plus', '+1', 'expected value', 0, 1, 1],
    ['a leading dot', '.5', 'expected value', 0, 1, 1],
    ['a trailing dot at the end', '1.', EOF_VALUE, 2, 1, 2],
    ['a dot before an exponent', '1.e3', 'invalid number', 2, 1, 3],
    ['a trailing dot in an array', '[1.]', 'invalid number', 3, 1, 4],
    ['an exponent without digits at the end', '1e', EOF_VALUE, 2, 1, 2],
    ['an exponent sign without digits at the end', '1e+', EOF_VALUE, 3, 1, 3],
    ['an exponent without digits', '1ex', 'invalid number', 2, 1, 3],
    // Literals.
    ['a truncated literal', 'tru', EOF_VALUE, 3, 1, 3],
    ['a literal in the wrong case', 'trUe', 'expected ident', 2, 1, 3],
    ['a literal with a wrong last letter', 'nul!', 'expected ident', 3, 1, 4],
    ['a literal cut by a newline', '{\n  "a": tru\n}', 'expected ident', 12, 3, 0],
    // Strings.
    ['an unterminated string', '"abc', EOF_STRING, 4, 1, 4],
    ['a backslash at the end', '"\\', EOF_STRING, 2, 1, 2],
    ['an unknown escape', String.raw`"a\x"`, 'invalid escape', 3, 1, 4],
    ['an upper-case \\U escape', String.raw`"\U0041"`, 'invalid escape', 2, 1, 3],
    ['an escaped non-ASCII character', '"\\é"', 'invalid escape', 2, 1, 3],
    ['a short hex escape at the end', String.raw`"\u12"`, EOF_STRING, 6, 1, 6],
    ['a bad hex digit', String.raw`"\u12G4"`, 'invalid escape', 6, 1, 7],
    ['a short hex escape followed by 4 more bytes', String.raw`"\u12"}`, 'invalid escape', 6, 1, 7],
    ['a short hex escape counted in UTF-8 bytes', '"\\u1é"', 'invalid escape', 5, 1, 7],
    ['a short hex escape with too few UTF-8 bytes left', '"\\u1é', EOF_STRING, 5, 1, 6],
    ['a hex escape whose 4th byte is inside a character', '"\\u12é"', 'invalid escape', 5, 1, 7],
    ['a raw control character', '"a\u0001b"', CONTROL, 2, 1, 3],
    ['a raw tab', '"\t"', CONTROL, 1, 1, 2],
    ['a raw newline', '"a\nb"', CONTROL, 2, 2, 0],
    ['a raw control character in a key', '{"a\u001f":1}', CONTROL, 3, 1, 4],
    // A lone surrogate escape is not an error (see the accepted documents), but what follows
    // it is read as serde_json's ignore_str reads it.
    ['a leading surrogate escape at the end', String.raw`"\uD800`, EOF_STRING, 7, 1, 7],
    ['a leading surrogate escape and a backslash at the end', '"\\uD800\\', EOF_STRING, 8, 1, 8],
    ['a leading surrogate escape and a short hex escape at the end', String.raw`"\uD800\u12`, EOF_STRING, 11, 1, 11],
    ['a leading surrogate escape before an unknown escape', String.raw`"\uD800\x"`, 'invalid escape', 8, 1, 9],
    ['a leading surrogate escape before a bad hex digit', String.raw`"\uD800\u12G4"`, 'invalid escape', 12, 1, 13],
    ['a leading surrogate escape before a control character', '"\\uD800\u0001"', CONTROL, 7, 1, 8],
    ['a lone trailing surrogate escape before a control character', '"\\uDC00\u0001"', CONTROL, 7, 1, 8],
    ['a leading surrogate escape before a raw trailing surrogate', '"\\uD800\udc00"', 'invalid unicode code point', 8, 1, 11],
    ['a lone surrogate escape in an unterminated key', String.raw`{"\uDC00`, EOF_STRING, 8, 1, 8],
    ['a raw lone leading surrogate (reported at the closing quote)', '"a\ud800b"', 'invalid unicode code point', 4, 1, 7],
    ['a raw lone trailing surrogate', '"\udc00"', 'invalid unicode code point', 2, 1, 5],
    ['a control character after a raw lone surrogate', '"\ud800\u0001"', CONTROL, 2, 1, 5],
    // Arrays.
    ['an unclosed array', '[', 'EOF while parsing a list', 1, 1, 1],
    ['an array cut after an item', '[1', 'EOF while parsing a list', 2, 1, 2],
    ['an array cut after a comma', '[1,', EOF_VALUE, 3, 1, 3],
    ['a trailing comma in an array', '[1,]', 'trailing comma', 3, 1, 4],
    ['a trailing comma on its own line', '[\n  1,\n  ]', 'trailing comma', 9, 3, 3],
    ['a leading comma in an array', '[,1]', 'expected value', 1, 1, 2],
    ['a missing comma in an array', '[1 2]', 'expected `,` or `]`', 3, 1, 4],
    ['a column counted in UTF-8 bytes', '["é", x]', 'expected value', 6, 1, 8],
    ['a column counting an astral character as 4 bytes', '["😀" x]', 'expected `,` or `]`', 6, 1, 9],
    // Objects.
    ['an unclosed object', '{', 'EOF while parsing an object', 1, 1, 1],
    ['an object cut after a key', '{"a"', 'EOF while parsing an object', 4, 1, 4],
    ['an object cut after a colon', '{"a":', EOF_VALUE, 5, 1, 5],
    ['an object cut after a member', '{"a":1', 'EOF while parsing an object', 6, 1, 6],
    ['an object cut after a comma', '{"a":1,', EOF_VALUE, 7, 1, 7],
    ['a trailing comma in an object', '{"a":1,}', 'trailing comma', 7, 1, 8],
    ['a number as key', '{1:2}', 'key must be a string', 1, 1, 2],
    ['a leading comma in an object', '{,}', 'key must be a string', 1, 1, 2],
    ['a bare word as key', '{"a":1,b:2}', 'key must be a string', 7, 1, 8],
    ['a missing colon', '{"a" 1}', 'expected `:`', 5, 1, 6],
    ['a comma for a colon', '{"a",1}', 'expected `:`', 4, 1, 5],
    ['a missing comma in an object', '{"a":1 "b":2}', 'expected `,` or `}`', 7, 1, 8],
  ];

  it.each(cases)('%s', (_name, text, message, offset, line, column) => {
    expect(parseJsonExact(text)).toEqual({ ok: false, error: { message, offset, line, column } });
  });
});

describe('parseJsonExact - nesting beyond JSON_MAX_DEPTH', () => {
  const arrays = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);
  const objects = (depth: number): string => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
  /** `inner` as the only item of JSON_MAX_DEPTH nested arrays, so a container there is deep. */
  const atDepth = (inner: string): string => '['.repeat(JSON_MAX_DEPTH) + inner + ']'.repeat(JSON_MAX_DEPTH);

  it('JSON_MAX_DEPTH is serde_json’s recursion limit of 128 minus one', () => {
    expect(JSON_MAX_DEPTH).toBe(127);
  });

  it('builds arrays nested JSON_MAX_DEPTH deep', () => {
    const { node, arrays: depth } = innermost(parsed(arrays(JSON_MAX_DEPTH)));
    expect(node).toEqual({ t: 'arr', items: [], at: JSON_MAX_DEPTH - 1 });
    expect(depth + 1).toBe(JSON_MAX_DEPTH);
  });

  it('builds objects and arrays mixed JSON_MAX_DEPTH deep', () => {
    const text = '[{"a":'.repeat(JSON_MAX_DEPTH / 2 - 0.5) + '[]' + '}]'.repeat(JSON_MAX_DEPTH / 2 - 0.5);
    expect(JSON.stringify(parsed(text))).not.toContain('deep');
    expect(JSON.stringify(parsed(objects(JSON_MAX_DEPTH)))).not.toContain('deep');
  });

  it('turns an array one level deeper into a deep node at the bracket serde_json would reject', () => {
    const { node, arrays: depth } = innermost(parsed(arrays(JSON_MAX_DEPTH + 1)));
    expect(node).toEqual({ t: 'deep', at: 127 });
    expect(depth).toBe(JSON_MAX_DEPTH);
  });

  it('turns an object one level deeper into a deep node at the brace serde_json would reject', () => {
    let node = parsed(objects(JSON_MAX_DEPTH + 1));
    for (let depth = 1; depth < JSON_MAX_DEPTH; depth++) {
      expect(node).toMatchObject({ t: 'obj', keys: ['a'] });
      node = (node as JsonNode & { t: 'obj' }).values[0]!;
    }
    expect(node).toEqual({ t: 'obj', keys: ['a'], values: [{ t: 'deep', at: 635 }], at: 630 });
  });

  it('keeps the siblings of deep nodes, and scalars at any depth', () => {
    const { node } = innermost(parsed(atDepth('[1] , {"a":[]}, 2, "x"')));
    expect(node).toEqual({ t: 'deep', at: 127 });
    const { node: scalar } = innermost(parsed(atDepth(' 2')));
    expect(scalar).toEqual(num('2', 128, true));
    let at = parsed(atDepth('[1],{"a":[]},2'));
    for (let depth = 1; depth < JSON_MAX_DEPTH && at.t === 'arr'; depth++) at = at.items[0]!;
    expect(at).toEqual({ t: 'arr', at: 126, items: [{ t: 'deep', at: 127 }, { t: 'deep', at: 131 }, num('2', 140, true)] });
  });

  it('counts only open containers, not siblings', () => {
    const text = '['.repeat(JSON_MAX_DEPTH - 1) + '[],'.repeat(1000) + '[]' + ']'.repeat(JSON_MAX_DEPTH - 1);
    expect(JSON.stringify(parsed(text))).not.toContain('deep');
  });

  it('accepts in a deep value what the tree accepts, lone surrogate escapes included (not recorded)', () => {
    const inner = ' [ {"k\\u00e9" : [null, true, false, -1.5e+3, 0, "\\ud800", "\\"\\\\\\/\\b\\f\\n\\r\\t", {}], "\\udc00": {}}, [[]] ] ';
    const { node } = innermost(parsed(atDepth(inner)));
    expect(node).toEqual({ t: 'deep', at: 128 });
    expect(parseJsonExact(inner).ok).toBe(true);
  });

  // How its time grows with depth is measured by bench/hostile.bench.ts, not asserted here.
  it('accepts a million nested arrays without overflowing the stack', () => {
    const { node, arrays: depth } = innermost(parsed(arrays(1_000_000)));
    expect(node).toEqual({ t: 'deep', at: 127 });
    expect(depth).toBe(JSON_MAX_DEPTH);
  });

  it('accepts a million nested objects and mixed containers', () => {
    expect(innermost(parsed(objects(1_000_000))).node).toMatchObject({ t: 'obj' });
    const mixed = '[{"a":'.repeat(500_000) + '"\\ud800"' + '}]'.repeat(500_000);
    expect(parseJsonExact(mixed).ok).toBe(true);
  });

  it('rejects a million unbalanced or mismatched brackets', () => {
    expect(parseJsonExact('['.repeat(1_000_000))).toEqual({
      ok: false,
      error: { message: 'EOF while parsing a list', offset: 1_000_000, line: 1, column: 1_000_000 },
    });
    expect(parseJsonExact('['.repeat(1_000_000) + ']'.repeat(999_999))).toEqual({
      ok: false,
      error: { message: 'EOF while parsing a list', offset: 1_999_999, line: 1, column: 1_999_999 },
    });
    expect(parseJsonExact(arrays(1_000_000) + ']')).toEqual({
      ok: false,
      error: { message: 'trailing characters', offset: 2_000_000, line: 1, column: 2_000_001 },
    });
    expect(parseJsonExact('['.repeat(1_000_000) + '}' + ']'.repeat(1_000_000))).toEqual({
      ok: false,
      error: { message: 'expected value', offset: 1_000_000, line: 1, column: 1_000_001 },
    });
  });

  // [name, inner text, message, offset of the error in the inner text]: the inner text is put
  // inside JSON_MAX_DEPTH arrays (so its first container is deep), the expected offset shifted;
  // for "EOF while …" the text ends with the inner text.
  type DeepCase = readonly [name: string, inner: string, message: string, innerOffset: number];
  const deepCases: readonly DeepCase[] = [
    ['an unclosed array', '[', 'EOF while parsing a list', 1],
    ['an unclosed object', '{', 'EOF while parsing an object', 1],
    ['a trailing comma in an array', '[1,]', 'trailing comma', 3],
    ['a trailing comma in an object', '{"a":1 , }', 'trailing comma', 9],
    ['a leading comma in an array', '[,1]', 'expected value', 1],
    ['a missing comma in an array', '[1 2]', 'expected `,` or `]`', 3],
    ['a missing comma in an object', '{"a":1 "b":2}', 'expected `,` or `}`', 7],
    ['a brace closing an array', '[[1}]', 'expected `,` or `]`', 3],
    ['a bracket closing an object', '{"a":[]]', 'expected `,` or `}`', 7],
    ['a number as key', '{1:2}', 'key must be a string', 1],
    ['a bare word as key after a comma', '{"a":1,b:2}', 'key must be a string', 7],
    ['a missing colon', '{"a" 1}', 'expected `:`', 5],
    ['an object cut after a key', '{"a" ', 'EOF while parsing an object', 5],
    ['an object cut after a colon', '{"a": ', 'EOF while parsing a value', 6],
    ['an array cut after a comma', '[1, ', 'EOF while parsing a value', 4],
    ['an array cut after an item', '[1 ', 'EOF while parsing a list', 3],
    ['an object cut after a member', '{"a":1', 'EOF while parsing an object', 6],
    ['a wrong literal', '[tru]', 'expected ident', 4],
    ['a truncated literal', '[nul', 'EOF while parsing a value', 4],
    ['a leading zero', '[01]', 'invalid number', 2],
    ['a trailing dot', '[1.]', 'invalid number', 3],
    ['an exponent without digits', '{"a":1e}', 'invalid number', 7],
    ['a minus alone at the end', '[-', 'EOF while parsing a value', 2],
    ['a leading plus', '[+1]', 'expected value', 1],
    ['an unterminated string', '["ab', 'EOF while parsing a string', 4],
    ['an unknown escape in a key', '{"a\\x":1}', 'invalid escape', 4],
    ['a bad hex digit', '["\\u12G4"]', 'invalid escape', 7],
    ['a raw control character', '["a\u0001"]', 'control character (\\u0000-\\u001F) found while parsing a string', 3],
    ['a raw lone surrogate (at the closing quote)', '["\ud800"]', 'invalid unicode code point', 3],
    ['an unknown escape after a lone surrogate escape', '["\\ud800\\x"]', 'invalid escape', 9],
  ];

  it.each(deepCases)('a deep value still reports syntax errors: %s', (_name, inner, message, innerOffset) => {
    const cut = message.startsWith('EOF');
    const result = parseJsonExact(cut ? '['.repeat(JSON_MAX_DEPTH) + inner : atDepth(inner));
    expect(result.ok).toBe(false);
    if (!result.ok) expect([result.error.message, result.error.offset]).toEqual([message, JSON_MAX_DEPTH + innerOffset]);
    // The same error as where nodes are built, shifted by the enclosing brackets.
    const shallow = parseJsonExact(cut ? `[${inner}` : `[${inner}]`);
    expect(shallow.ok).toBe(false);
    if (!shallow.ok) expect([shallow.error.message, shallow.error.offset]).toEqual([message, 1 + innerOffset]);
  });

  it('reports a deep error’s line and column as elsewhere', () => {
    expect(parseJsonExact(atDepth('[\n  1,\n  é ]'))).toEqual({
      ok: false,
      error: { message: 'expected value', offset: JSON_MAX_DEPTH + 9, line: 3, column: 3 },
    });
  });
});

describe('parseJsonExact - never throws', () => {
  it('a non-string from an untyped caller gives an error result', () => {
    const result = parseJsonExact(undefined as unknown as string);
    expect(result.ok).toBe(false);
  });
});

describe('parseJsonExact - properties', () => {
  // Where serde_json is stricter than JSON.parse: this is the only message allowed when
  // JSON.parse accepts a text that parseJsonExact rejects (a raw lone surrogate, which UTF-8
  // input cannot hold). Lone surrogate *escapes* and deep nesting are recorded, not rejected.
  const STRICTER_THAN_JSON_PARSE = new Set(['invalid unicode code point']);

  const anyUtf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)) });
  const tokens = [
    '{', '}', '[', ']', ',', ':', '"', '\\', 'u', 'D83D', 'DE00', 'DC00', '00e9', 'n', 't', '/',
    'D800', '"a"', '"\\uD83D\\uDE00"', '0', '1', '9', '-', '.', 'e', 'E', '+', 'true', 'fals', 'null',
    ' ', '\n', '\t', '\r', '\f', '\u0001', 'é', '😀', '\ud800', '\udc00', 'x', '\ufeff',
  ];
  const tokenSoup = fc.array(fc.constantFrom(...tokens), { maxLength: 40 }).map((parts) => parts.join(''));
  const jsonText = fc.json({ maxDepth: 8, stringUnit: 'binary' });
  const truncatedJson = jsonText.chain((text) => fc.nat(text.length).map((n) => text.slice(0, n)));
  const mutatedJson = fc
    .tuple(jsonText, fc.nat(), fc.constantFrom(...tokens))
    .map(([text, i, token]) => text.slice(0, i % (text.length + 1)) + token + text.slice(i % (text.length + 1)));
  const anyText = fc.oneof(anyUtf16, tokenSoup, truncatedJson, mutatedJson, jsonText);

  function checkAgainstJsonParse(text: string): void {
    const result: JsonParseResult = parseJsonExact(text);
    const js = jsonParse(text);
    if (result.ok) {
      expect(js.ok).toBe(true);
      if (js.ok) expect(toPlain(result.value)).toEqual(js.value);
    } else {
      const { offset, line, column } = result.error;
      expect(offset).toBeGreaterThanOrEqual(0);
      expect(offset).toBeLessThanOrEqual(text.length);
      expect(line).toBeGreaterThanOrEqual(1);
      expect(column).toBeGreaterThanOrEqual(0);
      if (js.ok) expect(STRICTER_THAN_JSON_PARSE).toContain(result.error.message);
    }
  }

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        parseJsonExact(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts every fc.json() text and agrees with JSON.parse', () => {
    fc.assert(
      fc.property(jsonText, (text) => {
        const result = parseJsonExact(text);
        expect(result.ok).toBe(true);
        if (result.ok) expect(toPlain(result.value)).toEqual(JSON.parse(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts pretty-printed JSON and agrees with JSON.parse', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), (value) => {
        const text = JSON.stringify(value, null, '\t');
        expect(toPlain(parsed(text))).toEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });

  it('rejects whatever JSON.parse rejects, and accepts only what JSON.parse accepts alike', () => {
    fc.assert(fc.property(anyText, checkAgainstJsonParse), { numRuns: 5000 });
  });

  it('checks a deep value as the tree path checks the same text', () => {
    // `[` + text where nodes are built, and the same text after JSON_MAX_DEPTH more `[`, where
    // the last `[` starts a deep value: the same outcome, offsets shifted.
    fc.assert(
      fc.property(anyText, (text) => {
        const shallow = parseJsonExact(`[${text}`);
        const deepText = '['.repeat(JSON_MAX_DEPTH + 1) + text;
        const deep = parseJsonExact(deepText);
        expect(deep.ok).toBe(false);
        if (deep.ok) return;
        if (shallow.ok) {
          expect(deep.error).toMatchObject({ message: 'EOF while parsing a list', offset: deepText.length });
          expect(innermost(parsed(deepText + ']'.repeat(JSON_MAX_DEPTH))).node).toEqual({ t: 'deep', at: JSON_MAX_DEPTH });
        } else if (shallow.error.message !== 'trailing characters') {
          // (After the array closes, the contexts differ: nothing more at the top level.)
          expect([deep.error.message, deep.error.offset]).toEqual([shallow.error.message, shallow.error.offset + JSON_MAX_DEPTH]);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps every number token as written', () => {
    const numberToken = fc
      .tuple(
        fc.constantFrom('', '-'),
        fc.oneof(fc.constant('0'), fc.stringMatching(/^[1-9][0-9]{0,30}$/)),
        fc.option(fc.stringMatching(/^\.[0-9]{1,20}$/), { nil: '' }),
        fc.option(fc.stringMatching(/^[eE][+-]?[0-9]{1,5}$/), { nil: '' }),
      )
      .map(([sign, whole, fraction, exponent]) => ({ raw: sign + whole + fraction + exponent, int: fraction === '' && exponent === '' }));
    fc.assert(
      fc.property(numberToken, ({ raw, int }) => {
        expect(parsed(`[${raw}]`)).toEqual({ t: 'arr', at: 0, items: [{ t: 'num', raw, int, at: 1 }] });
      }),
    );
  });
});

describe('describeSyntaxError - says it is not JSON, what was found and where, in words', () => {
  const described = (text: string): string => {
    const parsed = parseJsonExact(text);
    if (parsed.ok) throw new Error(`${JSON.stringify(text)} parsed`);
    return describeSyntaxError(text, parsed.error);
  };
  it.each([
    ['a bare word', '{"category": x}', "not JSON: unexpected character 'x' where a value should be, at column 14"],
    ['a literal in the wrong case', '{"a": trUe}', "not JSON: unexpected character 'U' in a literal (expected true, false or null), at column 9"],
    ['a missing colon', '{"a" 1}', "not JSON: expected ':' after a member name, found '1', at column 6"],
    ['a missing comma in a list', '[1 2]', "not JSON: expected ',' or ']' after an item of a list, found '2', at column 4"],
    ['a missing comma in an object', '{"a":1 "b":2}', "not JSON: expected ',' or '}' after a member of an object, found '\"', at column 8"],
    ['an unquoted member name', "{a:1}", "not JSON: expected a member name in double quotes, found 'a', at column 2"],
    ['a trailing comma', '[1,]', "not JSON: a comma before the closing ']', at column 4"],
    ['a second value', '{} {}', "not JSON: unexpected '{' after the end of the JSON value, at column 4"],
    ['a byte order mark', '\ufeff{}', 'not JSON: unexpected character U+FEFF (a byte order mark) where a value should be, at column 1'],
    ['a raw line break in a string', '["a\nb"]', 'not JSON: a line break inside a string (a control character must be written as an escape, e.g. \\n), at the end of line 1'],
    ['an error on the third line', '{\n  "category": 2,\n  x}', "not JSON: expected a member name in double quotes, found 'x', at line 3, column 3"],
    ['an empty message', '', 'not JSON: the message is empty'],
    ['a blank message', ' \r\n', 'not JSON: the message is empty'],
    ['a cut list', '[1, 2', "not JSON: the text ends inside a list (a ']' is missing)"],
    ['a cut object', '{"category":2', "not JSON: the text ends inside an object (a '}' is missing)"],
    ['a cut string', '{"target":"abc', 'not JSON: the text ends inside a string (a closing \'"\' is missing)'],
    ['a cut member', '{"category":', 'not JSON: the text ends where a value should be'],
  ])('%s', (_name, text, expected) => {
    expect(described(text)).toBe(expected);
  });
});
