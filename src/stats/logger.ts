// Where the stats service says what happened: one line per significant thing.
import type { Writable } from 'node:stream';
import { escapeUnprintable } from '../internal/printable.js';

/** A logger of the stats service (the bus's logger shape, so one logger can serve both); every method optional. */
export interface StatsLogger {
  debug?(message: string, details?: Record<string, unknown>): void;
  info?(message: string, details?: Record<string, unknown>): void;
  warn?(message: string, details?: Record<string, unknown>): void;
  error?(message: string, details?: Record<string, unknown>): void;
}

function detail(value: unknown): unknown {
  return value instanceof Error ? value.message : value;
}

/**
 * A logger that writes `<ISO time> <LEVEL> <message> {details}` lines to `stream` (standard
 * error by default), non-printing characters escaped (what a producer wrote, a subject or a reason
 * quoting it, can neither act on the terminal that reads the log nor forge lines); debug lines
 * only when `debug` is set.
 */
export function createLineLogger(options: { stream?: Writable; debug?: boolean } = {}): StatsLogger {
  const stream = options.stream ?? process.stderr;
  const write = (level: string) => (message: string, details?: Record<string, unknown>) => {
    const extra =
      details === undefined || Object.keys(details).length === 0
        ? ''
        : ` ${JSON.stringify(Object.fromEntries(Object.entries(details).map(([key, value]) => [key, detail(value)])))}`;
    stream.write(`${new Date().toISOString()} ${level} ${escapeUnprintable(`${message}${extra}`)}\n`);
  };
  return {
    ...(options.debug ? { debug: write('DEBUG') } : {}),
    info: write('INFO'),
    warn: write('WARN'),
    error: write('ERROR'),
  };
}
