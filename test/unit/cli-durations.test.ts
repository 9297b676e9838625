// A duration flag is read the same way by every command (src/cli/flags.ts): a number, an optional
// fraction, then one of the command's units or none for seconds; never more than
// Number.MAX_SAFE_INTEGER milliseconds. Each command keeps its own units and usage error:
// stats --stall-timeout (ms, s, m; whole milliseconds, 1 or more), doctor --stalled-after and
// --max-skew (s, m, h, d; seconds with their fraction, 0 or more).
import { describe, expect, it } from 'vitest';
import { DOCTOR_DURATION_SYNTAX } from '../../src/cli/doctor/command.js';
import { durationFlag, parseDuration } from '../../src/cli/flags.js';
import { STALL_TIMEOUT_SYNTAX } from '../../src/cli/stats.js';
import { runMain as run } from '../support/cli.js';

const MAX = Number.MAX_SAFE_INTEGER;

/** Refused by both commands: no sign, exponent, hex, separator, unit pair, bare fraction, and nothing but ASCII digits. */
const REFUSED_BY_BOTH: readonly [string, string][] = [
  ['', 'empty'],
  [' ', 'only a space'],
  ['soon', 'a word'],
  ['s', 'a unit alone'],
  ['5 m', 'a space before the unit'],
  ['5\u00a0s', 'a no-break space before the unit'],
  ['1e3', 'an exponent'],
  ['1e3s', 'an exponent with a unit'],
  ['0x10', 'hex'],
  ['0x10s', 'hex with a unit'],
  ['-5', 'a sign'],
  ['-5s', 'a sign with a unit'],
  ['+5', "a leading '+'"],
  ['NaN', 'NaN'],
  ['Infinity', 'Infinity'],
  ['.5s', 'a fraction without its whole part'],
  ['5.s', 'a point without a fraction'],
  ['1_000', 'a separator'],
  ['1,5s', 'a decimal comma'],
  ['2m30s', 'two units'],
  ['90S', 'an upper-case unit'],
  ['90sec', 'a unit spelt out'],
  ['١s', 'a non-ASCII digit'],
  ['constructor', "an Object.prototype member's name"],
  ['5constructor', "a number and an Object.prototype member's name"],
  ['\u001b[2J5s', 'an ESC sequence'],
  ['5s\u0000', 'a NUL'],
  ['5\u202es', 'a bidi override'],
  ['9'.repeat(400), 'past what a double holds (Infinity)'],
  ['9'.repeat(300), 'far past the safe-integer bound'],
];

describe('parseDuration - stats --stall-timeout: ms, s or m, whole milliseconds, 1 or more', () => {
  it.each([
    ['90', 90_000],
    ['90s', 90_000],
    ['1.5s', 1_500],
    ['500ms', 500],
    ['2m', 120_000],
    ['0.5m', 30_000],
    ['007s', 7_000],
    ['1.0005s', 1_001],
    ['0.5ms', 1],
    ['0.0005', 1],
    [' 90s ', 90_000],
    ['\t90\n', 90_000],
    ['90s\u2028', 90_000],
    [`${MAX}ms`, MAX],
    ['9007199254740s', 9_007_199_254_740_000],
    ['150119987579m', 9_007_199_254_740_000],
  ])('%j is %d ms', (text, ms) => {
    expect(parseDuration(text, STALL_TIMEOUT_SYNTAX)).toBe(ms);
  });

  it.each<[string, string]>([
    ...REFUSED_BY_BOTH,
    ['0', 'zero'],
    ['0s', 'zero seconds'],
    ['0ms', 'zero milliseconds'],
    ['0.4ms', 'under a millisecond (rounds to 0)'],
    ['0.0004', 'under a millisecond in seconds'],
    ['1h', 'hours (doctor only)'],
    ['1d', 'days (doctor only)'],
    [`${MAX + 1}ms`, 'past the safe-integer bound'],
    ['9007199254741s', 'past the safe-integer bound in milliseconds'],
    ['150119987580m', 'past the safe-integer bound in milliseconds'],
  ])('%j is refused (%s)', (text) => {
    expect(parseDuration(text, STALL_TIMEOUT_SYNTAX)).toBeUndefined();
  });
});

describe('parseDuration - doctor --stalled-after and --max-skew: s, m, h or d, seconds with their fraction, 0 or more', () => {
  it.each([
    ['90', 90],
    ['90s', 90],
    ['2m', 120],
    ['1.5h', 5_400],
    ['1d', 86_400],
    ['1.1', 1.1],
    ['0.0004', 0.0004],
    ['0', 0],
    ['0s', 0],
    ['0.0', 0],
    [' 0 ', 0],
    ['\t2m\n', 120],
    ['9007199254740s', 9_007_199_254_740],
    ['104249991d', 9_007_199_222_400],
  ])('%j is %d s', (text, seconds) => {
    expect(parseDuration(text, DOCTOR_DURATION_SYNTAX)).toBe(seconds);
  });

  it.each<[string, string]>([
    ...REFUSED_BY_BOTH,
    ['5ms', 'milliseconds (stats only)'],
    ['500ms', 'milliseconds (stats only)'],
    ['1H', 'an upper-case unit'],
    ['9007199254741s', 'past the safe-integer bound in milliseconds'],
    ['104249992d', 'past the safe-integer bound in milliseconds'],
    ['99999999999999999999', 'past the safe-integer bound (it would read as 1e20)'],
  ])('%j is refused (%s)', (text) => {
    expect(parseDuration(text, DOCTOR_DURATION_SYNTAX)).toBeUndefined();
  });
});

describe('durationFlag - the fallback when absent, else the duration or the usage error', () => {
  const options = { flag: '--wait', expected: 'a duration such as 5s', fallback: 7, ...STALL_TIMEOUT_SYNTAX } as const;

  it('absent: the fallback; given: the duration, or the flag named with what it expected and the value quoted as JSON', () => {
    expect(durationFlag(undefined, options)).toBe(7);
    expect(durationFlag(true, options)).toBe(7);
    expect(durationFlag(undefined, { ...options, fallback: undefined })).toBeUndefined();
    expect(durationFlag('5s', options)).toBe(5_000);
    expect(durationFlag('5h', options)).toBe('--wait: expected a duration such as 5s, got "5h"');
    expect(durationFlag('\u001b[2J', options)).toBe(String.raw`--wait: expected a duration such as 5s, got "\u001b[2J"`);
  });
});

describe('the commands - duration flags keep their usage errors, quoted and escaped', () => {
  const STATS = 'mayastor-events stats: --stall-timeout: expected a duration such as 60s, 90, 500ms or 2m, got';
  const STATS_ENV = 'mayastor-events stats: --stall-timeout (STATS_STALL_TIMEOUT): expected a duration such as 60s, 90, 500ms or 2m, got';
  const STALLED = 'mayastor-events doctor: --stalled-after: expected a duration such as 90, 90s, 2m or 1h, got';
  const SKEW = 'mayastor-events doctor: --max-skew: expected a duration such as 90, 90s, 2m or 1h, got';

  it.each([
    [['stats', '--stall-timeout', 'soon'], {}, `${STATS} "soon"`],
    [['stats', '--stall-timeout', '0'], {}, `${STATS} "0"`],
    [['stats', '--stall-timeout', '1h'], {}, `${STATS} "1h"`],
    [['stats', '--stall-timeout=-1'], {}, `${STATS} "-1"`],
    [['stats', '--stall-timeout', ''], {}, `${STATS} ""`],
    [['stats', '--stall-timeout', '9007199254741s'], {}, `${STATS} "9007199254741s"`],
    // From the environment (the variable named after the flag), whatever it holds: nothing reaches the terminal raw.
    [['stats'], { STATS_STALL_TIMEOUT: 'soon' }, `${STATS_ENV} "soon"`],
    [['stats'], { STATS_STALL_TIMEOUT: '\u001b[2J\u202e5s' }, String.raw`${STATS_ENV} "\u001b[2J\u202e5s"`],
    [['stats'], { STATS_STALL_TIMEOUT: '5s\u0000\u0007' }, String.raw`${STATS_ENV} "5s\u0000\u0007"`],
    // The flag wins over the variable, and is the one named.
    [['stats', '--stall-timeout', 'soon'], { STATS_STALL_TIMEOUT: '5s' }, `${STATS} "soon"`],
    [['doctor', '--stalled-after', '5ms'], {}, `${STALLED} "5ms"`],
    [['doctor', '--stalled-after', '1e3'], {}, `${STALLED} "1e3"`],
    [['doctor', '--stalled-after', '9'.repeat(30)], {}, `${STALLED} "${'9'.repeat(30)}"`],
    [['doctor', '--max-skew=-5'], {}, `${SKEW} "-5"`],
    [['doctor', '--max-skew', '0x10s'], {}, `${SKEW} "0x10s"`],
    // JSON.stringify leaves C1 controls (CSI), DEL and U+2028 as they are: main escapes them.
    [['doctor', '--max-skew', '\u009b2J\u007f\u2028'], {}, String.raw`${SKEW} "\u009b2J\u007f\u2028"`],
  ] as const)('%j %j: the usage error, status 2', async (args, env, line) => {
    const { status, stderr } = await run([...args], env);
    expect(status).toBe(2);
    expect(stderr.split('\n')[0]).toBe(line);
    expect(stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u202e]/u);
  });
});
