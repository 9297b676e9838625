// A logger behind a guard: the bus and the stats service report to a logger they are given, and a
// logger that throws (or lacks a method) must never break delivery; its failure has nowhere to go.

/** The logger shape every part of the SDK takes (`BusLogger`, `StatsLogger`); every method optional. */
export interface LoggerLike {
  debug?(message: string, details?: Record<string, unknown>): void;
  info?(message: string, details?: Record<string, unknown>): void;
  warn?(message: string, details?: Record<string, unknown>): void;
  error?(message: string, details?: Record<string, unknown>): void;
}

/** A logger with every method present, each a no-op when `logger` lacks it, none ever throwing. */
export interface GuardedLogger {
  debug(message: string, details?: Record<string, unknown>): void;
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

function guard(logger: LoggerLike, level: keyof LoggerLike): (message: string, details?: Record<string, unknown>) => void {
  return (message, details) => {
    try {
      const returned: unknown = logger[level]?.(message, details);
      // An async logger's failure is a rejected promise: caught here, or Node would end the process.
      if (typeof (returned as PromiseLike<unknown> | null | undefined)?.then === 'function') Promise.resolve(returned).catch(() => undefined);
    } catch {
      // the logger is where failures are reported: there is nowhere left to report its own
    }
  };
}

/** `logger` made safe: every method present and none throwing. A guarded logger is returned as it is. */
export function guardLogger(logger: LoggerLike | undefined): GuardedLogger {
  if (logger instanceof Guarded) return logger;
  return new Guarded(logger ?? {});
}

class Guarded implements GuardedLogger {
  readonly debug: GuardedLogger['debug'];
  readonly info: GuardedLogger['info'];
  readonly warn: GuardedLogger['warn'];
  readonly error: GuardedLogger['error'];

  constructor(logger: LoggerLike) {
    this.debug = guard(logger, 'debug');
    this.info = guard(logger, 'info');
    this.warn = guard(logger, 'warn');
    this.error = guard(logger, 'error');
  }
}
