// Where a command writes: a process stream that may go away under it. A reader that closes its
// end of a pipe (`validate … | head -1`) is a normal end for a Unix filter, not a crash: the
// stream's 'error' is always listened to, a closed reader makes `signal` abort (so the command
// stops reading and writing), and any other write failure is kept for `main` to report.
import type { Writable } from 'node:stream';

/** The error codes that mean the reader closed its end, not that writing failed. */
const CLOSED_BY_READER = new Set(['EPIPE']);

const guards = new WeakMap<Writable, Output>();

/** A process output (standard output or error) that ends quietly when its reader closes it. */
export class Output {
  readonly #stream: Writable;
  readonly #gone = new AbortController();
  #failure: string | undefined;

  /**
   * The one guard of `stream`: `main` and the command it runs see the same state (a command
   * also runs without `main`, in tests, and gets its guard here all the same).
   */
  static of(stream: Writable): Output {
    let output = guards.get(stream);
    if (output === undefined) guards.set(stream, (output = new Output(stream)));
    return output;
  }

  private constructor(stream: Writable) {
    this.#stream = stream;
    // Listened to for the life of the stream: without a listener, an EPIPE is an uncaught
    // 'error' event that kills the process with a stack trace.
    stream.on('error', (error: NodeJS.ErrnoException) => this.#lose(error));
    stream.on('close', () => this.#lose(undefined));
  }

  /** Aborted once nothing more can be written: the reader closed the output, or a write failed. */
  get signal(): AbortSignal {
    return this.#gone.signal;
  }

  /** Why writing failed (one line), when it failed other than by the reader closing the output. */
  get failure(): string | undefined {
    return this.#failure;
  }

  /**
   * Writes `text`, or nothing once the output is gone. Returns a promise when the stream asks
   * the writer to wait (backpressure); it resolves on 'drain', when the output is gone, or when
   * `until` aborts, and never rejects.
   */
  write(text: string, until?: AbortSignal): void | Promise<void> {
    if (this.#gone.signal.aborted) return;
    if (this.#stream.destroyed) return this.#lose(this.#stream.errored ?? undefined);
    if (this.#stream.write(text)) return;
    // A pipe write fails synchronously on Linux: the stream is destroyed at once, while its
    // 'error' event comes on a later tick, after more lines would have been written.
    if (this.#stream.destroyed) return this.#lose(this.#stream.errored ?? undefined);
    if (until?.aborted) return;
    return new Promise<void>((resolve) => {
      const done = (): void => {
        this.#stream.off('drain', done);
        this.#gone.signal.removeEventListener('abort', done);
        until?.removeEventListener('abort', done);
        resolve();
      };
      this.#stream.on('drain', done);
      this.#gone.signal.addEventListener('abort', done);
      until?.addEventListener('abort', done);
    });
  }

  #lose(error: NodeJS.ErrnoException | Error | undefined): void {
    if (this.#gone.signal.aborted) return;
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (error !== undefined && !(code !== undefined && CLOSED_BY_READER.has(code))) this.#failure = error.message.split('\n')[0]!;
    this.#gone.abort();
  }
}
