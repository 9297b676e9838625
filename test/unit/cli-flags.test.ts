// A whole-number flag is read the same way by every command (src/cli/flags.ts): decimal digits
// only, a safe integer, within the flag's bounds; each command keeps its own usage error.
import { describe, expect, it } from 'vitest';
import { integerFlag, parseWholeNumber } from '../../src/cli/flags.js';
import { runMain as run } from '../support/cli.js';

describe('parseWholeNumber - digits only, a safe integer, within bounds', () => {
  it.each([
    ['1', 1],
    ['42', 42],
    ['007', 7],
    [String(Number.MAX_SAFE_INTEGER), Number.MAX_SAFE_INTEGER],
  ])('%j is %d', (text, number) => {
    expect(parseWholeNumber(text)).toBe(number);
  });

  it.each([
    ['', 'empty'],
    ['-1', 'a sign'],
    ['+1', "a leading '+'"],
    ['1e3', 'an exponent'],
    ['0x10', 'hex'],
    ['1.5', 'a fraction'],
    ['1.0', 'a decimal point'],
    [' 1', 'a leading space'],
    ['1\n', 'a trailing newline'],
    ['1_000', 'a separator'],
    ['١', 'a non-ASCII digit'],
    ['Infinity', 'a word'],
    [String(Number.MAX_SAFE_INTEGER + 1), 'past the safe-integer bound'],
    ['99999999999999999999', 'far past the safe-integer bound'],
  ])('%j is refused (%s)', (text) => {
    expect(parseWholeNumber(text)).toBeUndefined();
  });

  it('the minimum is 1 unless given; the bounds are included', () => {
    expect(parseWholeNumber('0')).toBeUndefined();
    expect(parseWholeNumber('0', { min: 0 })).toBe(0);
    expect(parseWholeNumber('4', { min: 5 })).toBeUndefined();
    expect(parseWholeNumber('5', { min: 5 })).toBe(5);
    expect(parseWholeNumber('10', { min: 0, max: 10 })).toBe(10);
    expect(parseWholeNumber('11', { min: 0, max: 10 })).toBeUndefined();
  });
});

describe('integerFlag - the fallback when absent, else the number or the usage error', () => {
  const options = { flag: '--max', expected: 'a positive integer', fallback: 9 } as const;

  it('absent: the fallback', () => {
    expect(integerFlag(undefined, options)).toBe(9);
    expect(integerFlag(undefined, { ...options, fallback: undefined })).toBeUndefined();
  });

  it('given: the number, or the flag named with what it expected and the value quoted', () => {
    expect(integerFlag('3', options)).toBe(3);
    expect(integerFlag('+3', options)).toBe('--max: expected a positive integer, got "+3"');
    expect(integerFlag('0', options)).toBe('--max: expected a positive integer, got "0"');
    expect(integerFlag('0', { ...options, min: 0 })).toBe(0);
  });
});

describe('the commands - whole-number flags keep their usage errors', () => {
  it.each([
    [['validate', '--max-line-bytes', '0'], 'mayastor-events validate: --max-line-bytes: expected a positive number of bytes, got "0"'],
    [['validate', '--max-line-bytes', '1e6'], 'mayastor-events validate: --max-line-bytes: expected a positive number of bytes, got "1e6"'],
    [['tail', '--max', '0'], 'mayastor-events tail: --max: expected a positive integer, got "0"'],
    [['tail', '--max', '+2'], 'mayastor-events tail: --max: expected a positive integer, got "+2"'],
    [['tail', '--from', '0'], 'mayastor-events tail: --from: a stream sequence is a positive integer, got 0'],
    [['tail', '--from', '99999999999999999999'], 'mayastor-events tail: --from: a stream sequence is a positive integer, got 99999999999999999999'],
    [['explore', '--max-events=-1'], 'mayastor-events explore: --max-events: expected a positive integer, got "-1"'],
    [['explore', '--max-bytes', '0x10'], 'mayastor-events explore: --max-bytes: expected a positive number of bytes, got "0x10"'],
    [['doctor', '--sample', '10001'], 'mayastor-events doctor: --sample: expected a number of messages from 0 to 10000, got "10001"'],
    [['doctor', '--sample=-1'], 'mayastor-events doctor: --sample: expected a number of messages from 0 to 10000, got "-1"'],
  ])('%j: %s, status 2', async (args, line) => {
    const { status, stderr } = await run(args);
    expect(status).toBe(2);
    expect(stderr.split('\n')[0]).toBe(line);
  });
});
