import { afterEach, describe, expect, it, vi } from 'vitest';
import { randomUuid } from '../../src/uuid.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('randomUuid', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('gives UUID v4 ids from crypto.randomUUID', () => {
    const ids = Array.from({ length: 100 }, () => randomUuid());
    for (const id of ids) expect(id).toMatch(UUID_V4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives UUID v4 ids from getRandomValues where randomUUID is missing (a browser page that is not a secure context)', () => {
    const webCrypto = globalThis.crypto;
    const drawn: number[] = [];
    vi.stubGlobal('crypto', {
      getRandomValues: (array: Uint8Array) => {
        webCrypto.getRandomValues(array);
        drawn.push(array.length);
        return array;
      },
    });
    const ids = Array.from({ length: 100 }, () => randomUuid());
    expect(drawn).toHaveLength(100);
    for (const id of ids) expect(id).toMatch(UUID_V4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('sets only the version and variant bits of the random bytes', () => {
    vi.stubGlobal('crypto', { getRandomValues: (array: Uint8Array) => array.fill(0xff) });
    expect(randomUuid()).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    vi.stubGlobal('crypto', { getRandomValues: (array: Uint8Array) => array.fill(0) });
    expect(randomUuid()).toBe('00000000-0000-4000-8000-000000000000');
  });
});
