// What a caller passed, in a few words, for the errors that refuse it: the testing kit is also
// called from plain JavaScript, where the types do not stop a wrong argument.

/**
 * A value in a few words: `null`, `undefined`, `an array`, `a Map`, `a Patch` (a class
 * instance), `an object`, `a string`, `a function`, `number 5`.
 */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') {
    const name = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)?.constructor?.name;
    return typeof name === 'string' && name !== 'Object' && name !== '' ? `a ${name}` : 'an object';
  }
  if (typeof value === 'string' || typeof value === 'function') return `a ${typeof value}`;
  return `${typeof value} ${String(value)}`;
}
