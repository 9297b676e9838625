// AbortSignal and Symbol.asyncDispose helpers for the parts that offer cancellation and
// `await using`. Node 20 has `Symbol.asyncDispose` (as `Symbol.for('nodejs.asyncDispose')`);
// runtimes without it get that same registered symbol, so that Node's own `await using` finds it.

/** `Symbol.asyncDispose`, or on a runtime without it the symbol Node uses for it. */
export const asyncDispose: typeof Symbol.asyncDispose = (Symbol.asyncDispose ?? Symbol.for('nodejs.asyncDispose')) as typeof Symbol.asyncDispose;

/** Whether `value` can serve as an AbortSignal (an `aborted` flag and event listeners). */
export function isAbortSignal(value: unknown): value is AbortSignal {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as AbortSignal).aborted === 'boolean' &&
    typeof (value as AbortSignal).addEventListener === 'function' &&
    typeof (value as AbortSignal).removeEventListener === 'function'
  );
}

/** Resolves after `ms`, or at once when `signal` aborts (a back-off that stop() does not wait out). */
export function sleepUnlessAborted(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * Calls `onAbort` once when `signal` aborts (at once, synchronously, when it has already);
 * returns the function that stops listening. No signal: nothing to listen to.
 */
export function whenAborted(signal: AbortSignal | undefined, onAbort: () => void): () => void {
  if (signal === undefined) return () => undefined;
  if (signal.aborted) {
    onAbort();
    return () => undefined;
  }
  const listener = (): void => onAbort();
  signal.addEventListener('abort', listener, { once: true });
  return () => signal.removeEventListener('abort', listener);
}

/**
 * `work`, or a rejection with `aborted()` as soon as `signal` aborts; what `work` resolves to
 * after that is handed to `cleanUp` (e.g. a connection made too late, closed).
 */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined, aborted: () => Error, cleanUp?: (late: T) => void): Promise<T> {
  if (signal === undefined) return work;
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const stop = whenAborted(signal, () => {
      settled = true;
      reject(aborted());
    });
    work.then(
      (value) => {
        stop();
        if (settled) cleanUp?.(value);
        else resolve(value);
      },
      (error: unknown) => {
        stop();
        if (!settled) reject(error);
      },
    );
  });
}
