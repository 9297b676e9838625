// A seeded pseudo-random source built on 32-bit integer arithmetic only, so that one seed
// gives the same sequence on every machine and every JS engine.
import { MayastorEventsError } from 'mayastor-events';

/** What a fabricator is seeded with: any finite number or any string. */
export type Seed = number | string;

/** A seeded source of randomness: the same seed gives the same sequence everywhere. */
export interface Random {
  /** The next unsigned 32-bit integer of the sequence. */
  next(): number;
  /** An integer from `min` to `max`, both included (the span must fit in 32 bits). */
  int(min: number, max: number): number;
  /** True with probability `p` (0..1). */
  chance(p: number): boolean;
  /** One of `items`, which must not be empty. */
  pick<T>(items: readonly T[]): T;
  /** One of `items`, chosen with the given relative weights. */
  weighted<T>(items: readonly (readonly [weight: number, item: T])[]): T;
  /** `digits` lowercase hexadecimal digits. */
  hex(digits: number): string;
  /** A UUID v4 (version nibble 4, variant 8–b), e.g. `0b6f5d2e-8f3e-4d1a-9a57-3c2e1f0a9b77`. */
  uuid(): string;
}

const TWO_32 = 0x1_0000_0000;

/** The seed as 32-bit words: FNV-1a over its text, spread by splitmix32 (the seed 1 and "1" are the same seed). */
function seedWords(seed: Seed): [number, number, number, number] {
  if (typeof seed === 'number' ? !Number.isFinite(seed) : typeof seed !== 'string') {
    throw new MayastorEventsError(`a seed must be a finite number or a string, got ${String(seed)}: pass e.g. { seed: 42 }`);
  }
  let hash = 0x811c9dc5;
  for (const ch of String(seed)) hash = Math.imul(hash ^ (ch.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  const words: number[] = [];
  let state = hash;
  for (let i = 0; i < 4; i++) {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    words.push((z ^ (z >>> 16)) >>> 0);
  }
  return words as [number, number, number, number];
}

/**
 * A seeded PRNG (sfc32: small, fast, and passes PractRand). Every step is 32-bit integer
 * arithmetic, so the sequence does not depend on the machine.
 *
 * @example
 * const random = createRandom(42);
 * random.int(1, 6); // the same roll on every machine
 */
export function createRandom(seed: Seed): Random {
  let [a, b, c, d] = seedWords(seed);
  const next = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  // Discard the first outputs: sfc32 mixes its state in a dozen rounds.
  for (let i = 0; i < 12; i++) next();

  const int = (min: number, max: number): number => {
    const span = max - min + 1;
    if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || span < 1 || span > TWO_32) {
      throw new MayastorEventsError(`random.int(${min}, ${max}): expected safe integers with min <= max and a span of at most 2^32`);
    }
    // The product is below 2^64 and exact enough: floor() of it is the same on every IEEE 754 machine.
    return min + Math.floor((next() / TWO_32) * span);
  };
  const hex = (digits: number): string => {
    if (!Number.isSafeInteger(digits) || digits < 0) throw new MayastorEventsError(`random.hex(${digits}): expected a number of digits (an integer, 0 or more)`);
    let out = '';
    while (out.length < digits) out += next().toString(16).padStart(8, '0');
    return out.slice(0, digits);
  };
  return {
    next,
    int,
    chance: (p) => next() / TWO_32 < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new MayastorEventsError('random.pick: expected at least one item');
      return items[int(0, items.length - 1)]!;
    },
    weighted<T>(items: readonly (readonly [number, T])[]): T {
      const total = items.reduce((sum, [weight]) => sum + weight, 0);
      // A negative weight would take from the others; say so rather than pick oddly.
      if (!items.every(([weight]) => Number.isSafeInteger(weight) && weight >= 0) || total < 1) {
        throw new MayastorEventsError('random.weighted: expected integer weights, 0 or more, at least one of them positive');
      }
      let roll = int(1, total);
      for (const [weight, item] of items) {
        roll -= weight;
        if (roll <= 0) return item;
      }
      throw new MayastorEventsError('random.weighted: expected positive integer weights');
    },
    hex,
    uuid(): string {
      const h = hex(32);
      const variant = '89ab'[parseInt(h[16]!, 16) & 3]!;
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
    },
  };
}
