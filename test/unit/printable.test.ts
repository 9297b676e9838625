// The one escaping of unprintable text (src/internal/printable.ts) that the CLI's output and the
// stats service's log both use: what a producer wrote can neither act on a terminal nor break a
// line, and reads back as the same text once the escapes are decoded.
import fc from 'fast-check';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { escapeUnprintable } from '../../src/internal/printable.js';
import { printableJson, showValue } from '../../src/cli/printable.js';
import { createLineLogger } from '../../src/stats/logger.js';

/** Every character a terminal could act on, or that breaks or hides a line. */
const HOSTILE = /[\u0000-\u001f\u007f-\u009f\u00a0\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ud800-\udfff\ue000-\uf8ff\ufeff]/u;

describe('escapeUnprintable', () => {
  it.each([
    ['C0 controls, DEL and C1 controls', 'a\u0000b\u0007c\u001b[2Jd\u007fe\u0085f\u009b', String.raw`a\u0000b\u0007c\u001b[2Jd\u007fe\u0085f\u009b`],
    ['line breaks and tabs', 'one\ntwo\r\nthree\tfour\u000b', String.raw`one\u000atwo\u000d\u000athree\u0009four\u000b`],
    ['bidi controls', '\u202aa\u202bb\u202cc\u202dd\u202ee\u2066f\u2067g\u2068h\u2069i\u200ej\u200fk\u061cl', String.raw`\u202aa\u202bb\u202cc\u202dd\u202ee\u2066f\u2067g\u2068h\u2069i\u200ej\u200fk\u061cl`],
    ['line and paragraph separators', 'a\u2028b\u2029c', String.raw`a\u2028b\u2029c`],
    ['every space but U+0020', 'a b\u00a0c\u3000d\u2009e', String.raw`a b\u00a0c\u3000d\u2009e`],
    ['zero-width and format characters', 'a\u200bb\u200dc\ufeffd\u00ade', String.raw`a\u200bb\u200dc\ufeffd\u00ade`],
    ['lone surrogates, high and low, each unit', 'a\ud800b\udc00c\udbff', String.raw`a\ud800b\udc00c\udbff`],
    ['private use, in the BMP and beyond (both units of a pair)', 'a\ue000b\u{f0000}c', String.raw`a\ue000b\udb80\udc00c`],
  ])('%s are written as JSON escapes', (_what, text, shown) => {
    expect(escapeUnprintable(text)).toBe(shown);
  });

  it('printable text is kept as it is: letters of any script, a paired surrogate (emoji), quotes, backslashes', () => {
    const text = 'volume "pvc-1" \\ nœud é ü 日本 עברית 🚀 𝔘';
    expect(escapeUnprintable(text)).toBe(text);
  });

  it('any string: no unprintable character is left, and JSON reads the escapes back as the same text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(escapeUnprintable(text)).not.toMatch(HOSTILE);
        // Quotes and backslashes are printable and kept as they are: without them the escaped text is a JSON string's body.
        const plain = text.replace(/["\\]/g, '');
        expect(JSON.parse(`"${escapeUnprintable(plain)}"`)).toBe(plain);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('escapeUnprintable - its users', () => {
  const text = 'events.2.\u001b]0;pwned\u0007\u202eevil\u2028\ud800';
  const shown = String.raw`events.2.\u001b]0;pwned\u0007\u202eevil\u2028\ud800`;

  it('the CLI shows a value and JSON with it', () => {
    expect(showValue(text)).toBe(`"${shown}"`);
    expect(printableJson(JSON.stringify({ subject: text }))).toBe(`{"subject":"${String.raw`events.2.\u001b]0;pwned\u0007\u202eevil`}\\u2028\\ud800"}`);
  });

  it('the stats log writes it in a line, the details included', () => {
    const stream = new PassThrough();
    let log = '';
    stream.on('data', (chunk: Buffer) => (log += chunk.toString()));
    createLineLogger({ stream }).warn!(`on ${text}`, { reason: text });
    expect(log).toMatch(/^\S+ WARN on /);
    expect(log.endsWith(`on ${shown} {"reason":"${shown}"}\n`)).toBe(true);
    expect(log.split('\n')).toHaveLength(2);
  });
});
