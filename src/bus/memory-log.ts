// The in-memory stream's storage: a queue with the oldest entry at index 0, where appending,
// discarding the oldest entry and reading by index are O(1) (amortized). `Array.shift()` is
// O(n), which made a full stream quadratic: every publish beyond the limit moved the whole array.

/** Entries oldest first; the oldest is discarded in O(1) amortized time. */
export class MessageLog<T> {
  #entries: (T | undefined)[] = [];
  /** Index in `#entries` of the oldest entry kept; the slots before it are discarded. */
  #head = 0;

  /** How many entries are kept. */
  get length(): number {
    return this.#entries.length - this.#head;
  }

  /** Appends the newest entry. */
  push(entry: T): void {
    this.#entries.push(entry);
  }

  /** Discards the oldest entry (nothing when empty). */
  dropOldest(): void {
    if (this.length === 0) return;
    this.#entries[this.#head++] = undefined; // no reference kept to a discarded message
    // Compacts once the discarded slots are half of the array: each entry is moved O(1) times.
    if (this.#head >= 1_024 && this.#head * 2 >= this.#entries.length) {
      this.#entries = this.#entries.slice(this.#head);
      this.#head = 0;
    }
  }

  /** The entry at `index` (0 is the oldest kept), or undefined outside the log. */
  at(index: number): T | undefined {
    return index >= 0 && index < this.length ? this.#entries[this.#head + index] : undefined;
  }

  /** The index of the oldest entry that satisfies `predicate`, or -1. */
  findIndex(predicate: (entry: T) => boolean): number {
    for (let i = this.#head; i < this.#entries.length; i++) if (predicate(this.#entries[i] as T)) return i - this.#head;
    return -1;
  }

  /** The entries, oldest first, as a new array. */
  toArray(): T[] {
    return this.#entries.slice(this.#head) as T[];
  }
}
