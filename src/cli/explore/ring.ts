// The explorer's bounded memory: the newest items within a count and a byte budget. The server
// keeps its records in one and the page (client.ts, bundled into the browser) in another, within
// the same bounds (the page holds the records that pass its filter, so it may keep some the
// server forgot: never more than the bounds). It imports nothing: the page's program takes it.

const NOTHING: readonly never[] = Object.freeze([]);

/** Options of {@link Ring}. */
export interface RingOptions<T> {
  /** The most items kept. */
  readonly maxItems: number;
  /**
   * The most bytes kept, as `sizeOf` counts them. The newest item is kept whatever its size: one
   * larger than the whole budget is kept alone.
   * @default Infinity
   */
  readonly maxBytes?: number;
  /**
   * An item's size in bytes, read once when it is pushed.
   * @default () => 0
   */
  readonly sizeOf?: (item: T) => number;
}

/** Keeps the newest items pushed, oldest first: at most `maxItems`, and at most `maxBytes` unless the newest alone is larger. */
export class Ring<T> {
  readonly maxItems: number;
  readonly maxBytes: number;
  readonly #sizeOf: (item: T) => number;
  // A queue: items from #head on are kept; the slots before it are emptied, and cut off once they
  // are half of the array (so each push costs O(1) on average, and nothing is allocated up front).
  #items: (T | undefined)[] = [];
  #sizes: number[] = [];
  #head = 0;
  #bytes = 0;

  constructor(options: RingOptions<T>) {
    this.maxItems = options.maxItems;
    this.maxBytes = options.maxBytes ?? Infinity;
    this.#sizeOf = options.sizeOf ?? (() => 0);
  }

  /** Adds an item, then forgets the oldest ones while over either bound (never the new one); returns those forgotten, oldest first. */
  push(item: T): readonly T[] {
    const size = this.#sizeOf(item);
    this.#items.push(item);
    this.#sizes.push(size);
    this.#bytes += size;
    let forgotten: T[] | undefined; // made only when something is forgotten: most pushes forget nothing
    while (this.size > 1 && (this.size > this.maxItems || this.#bytes > this.maxBytes)) {
      (forgotten ??= []).push(this.#items[this.#head]!);
      this.#items[this.#head] = undefined;
      this.#bytes -= this.#sizes[this.#head]!;
      this.#head++;
    }
    if (this.#head >= 1024 && this.#head * 2 >= this.#items.length) {
      this.#items = this.#items.slice(this.#head);
      this.#sizes = this.#sizes.slice(this.#head);
      this.#head = 0;
    }
    return forgotten ?? NOTHING;
  }

  /** How many items it holds. */
  get size(): number {
    return this.#items.length - this.#head;
  }

  /** The bytes it holds, as `sizeOf` counted them. */
  get bytes(): number {
    return this.#bytes;
  }

  /** The item `index` places after the oldest (0: the oldest), or undefined past the newest. */
  at(index: number): T | undefined {
    return index >= 0 && index < this.size ? this.#items[this.#head + index] : undefined;
  }

  /** The items, oldest first. */
  *[Symbol.iterator](): IterableIterator<T> {
    for (let i = this.#head; i < this.#items.length; i++) yield this.#items[i]!;
  }
}
