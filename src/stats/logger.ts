// Where the stats service says what happened: one line per significant thing.
import type { Writable } from 'node:stream';

/** A logger of the stats service (the bus's logger shape, so one logger can serve both); every method optional. */
export interface StatsLogger {
  debug?(message: string, details?: Record<string, unknown>): void;
  info?(message: string, details?: Record<string, unknown>): void;
  warn?(message: string, details?: Record<string, unknown>): void;
  error?(message: string, details?: Record<string, unknown>): void;
}

// What a producer wrote (a subject, a reason quoting it) reaches the log: an ESC sequence, a bidi
// override or a line break in it would act on the terminal that reads the log, or forge lines.
// Every non-printing character but the space is written as its JSON escape (`\u001b`) instead.
const UNPRINTABLE = /(?! )[\p{C}\p{Z}]/gu;

function printable(line: string): string {
  return line.replace(UNPRINTABLE, (character) => [...Array(character.length).keys()].map((i) => `\\u${character.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''));
}

function detail(value: unknown): unknown {
  return value instanceof Error ? value.message : value;
}

/**
 * A logger that writes `<ISO time> <LEVEL> <message> {details}` lines to `stream` (standard
 * error by default), non-printing characters escaped; debug lines only when `debug` is set.
 */
export function createLineLogger(options: { stream?: Writable; debug?: boolean } = {}): StatsLogger {
  const stream = options.stream ?? process.stderr;
  const write = (level: string) => (message: string, details?: Record<string, unknown>) => {
    const extra =
      details === undefined || Object.keys(details).length === 0
        ? ''
        : ` ${JSON.stringify(Object.fromEntries(Object.entries(details).map(([key, value]) => [key, detail(value)])))}`;
    stream.write(`${new Date().toISOString()} ${level} ${printable(`${message}${extra}`)}\n`);
  };
  return {
    ...(options.debug ? { debug: write('DEBUG') } : {}),
    info: write('INFO'),
    warn: write('WARN'),
    error: write('ERROR'),
  };
}
