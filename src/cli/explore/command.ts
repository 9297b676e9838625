// `mayastor-events explore`: the event bus as a live web page (a node:http server on loopback).
import { basename } from 'node:path';
import type { DeliverPolicy, NatsConnectionSettings } from 'mayastor-events';
import type { Command } from '../command.js';
import { integerFlag } from '../flags.js';
import { NATS_CONNECTION_FLAGS, NATS_CONNECTION_HELP, firstLine, natsConnectionSettings, shownServers } from '../nats-options.js';
import { Output } from '../output.js';
import { escapeUnprintable } from '../printable.js';
import { nextSignal } from '../signals.js';
import { listenFlag } from '../stats-flags.js';
import { parseFrom } from '../tail.js';
import { readFileRecords } from './file.js';
import { LiveSource } from './live.js';
import { ExploreServer } from './server.js';

/** Where `explore` listens when `--listen` is not given: loopback only. */
export const DEFAULT_EXPLORE_LISTEN = '127.0.0.1:8080';

/** Where `explore` starts reading the stream when `--from` is not given: every stored event. */
export const DEFAULT_EXPLORE_FROM = 'all';

/** How many events `explore` keeps (server and page) when `--max-events` is not given. */
export const DEFAULT_EXPLORE_MAX_EVENTS = 5_000;

/**
 * How many bytes of events `explore` keeps (server and page, each) when `--max-bytes` is not
 * given: 64 MiB, as `recordBytes` counts them. Without it, 5,000 messages of 64 Ki characters
 * each could hold about 640 MiB on the server and as much again in the browser tab.
 */
export const DEFAULT_EXPLORE_MAX_BYTES = 64 * 1024 * 1024;

/** Options of {@link startExplorer}: a live bus or a file. */
export interface ExplorerOptions {
  /** Host and port to serve on (port 0: a free one). */
  readonly listen: { readonly host: string; readonly port: number };
  /**
   * Records kept, on the server and in the page.
   * @default DEFAULT_EXPLORE_MAX_EVENTS (5000)
   */
  readonly maxEvents?: number;
  /**
   * The most bytes of records kept, on the server and in the page (each record counted once, about
   * two bytes a character); the newest record is kept whatever its size.
   * @default DEFAULT_EXPLORE_MAX_BYTES (64 MiB)
   */
  readonly maxBytes?: number;
  /** Follow the bus: connection settings, where to start (and `--from` as given, for the page). */
  readonly live?: { readonly connection: NatsConnectionSettings; readonly deliver: DeliverPolicy; readonly from: string };
  /** Or show the event messages of a JSON lines file. */
  readonly file?: string;
  /**
   * Stops reading the file (a long one takes minutes): the explorer then resolves with what it
   * read, its `stopped` true.
   * @default none: the whole file is read
   */
  readonly signal?: AbortSignal;
}

/** A running explorer. */
export interface Explorer {
  /** The page's address, `http://127.0.0.1:8080/`. */
  readonly url: string;
  readonly server: ExploreServer;
  /** True when `signal` came while the file was read (then the reading stopped there). */
  readonly stopped: boolean;
  /** Stops following the bus and the server. */
  close(): Promise<void>;
}

/** Starts an explorer: the server, then its source (a file is read before this resolves; a bus is followed in the background). */
export async function startExplorer(options: ExplorerOptions): Promise<Explorer> {
  const source = options.file ?? (options.live === undefined ? '' : shownServers(options.live.connection));
  const server = new ExploreServer({ maxEvents: options.maxEvents ?? DEFAULT_EXPLORE_MAX_EVENTS, maxBytes: options.maxBytes ?? DEFAULT_EXPLORE_MAX_BYTES, source });
  const address = await server.listen(options.listen.host, options.listen.port);
  const host = address.host.includes(':') ? `[${address.host}]` : address.host;
  let live: LiveSource | undefined;
  let stopped = false;
  try {
    if (options.file !== undefined) {
      const name = escapeUnprintable(basename(options.file));
      server.setStatus({ state: 'connecting', text: `reading ${name}…` });
      const lines = await readFileRecords(options.file, (record) => server.add(record), options.signal);
      stopped = options.signal?.aborted === true;
      server.setStatus({ state: 'file', text: `${name}: ${lines} lines read${stopped ? ' (stopped before its end)' : ''}, the last ${server.size} messages kept (offline: no bus)` });
    } else if (options.live !== undefined) {
      live = new LiveSource(server, options.live);
      live.start();
    }
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    url: `http://${host}:${address.port}/`,
    server,
    stopped,
    async close() {
      await live?.stop();
      await server.close();
    },
  };
}

/** `mayastor-events explore`: serves a page showing the bus's events live (or a file's). */
export const exploreCommand: Command = {
  name: 'explore',
  summary: 'the event bus as a live web page: list, filters, timelines, counts',
  usage: 'mayastor-events explore [--listen HOST:PORT] [--from all|new|TIME|SEQUENCE] [--file events.jsonl] [--max-events N] [--max-bytes N] [options]',
  help: `Serves one web page showing the events of the events-stream as they arrive, newest first.
It only reads, as tail does: an ordered consumer that the server removes when explore ends; the
stream is never created (while it is missing, or after it went away, the page says so and
explore waits for it; NATS out of reach is shown there too, and tried again).
On the page: filters kept in the URL (?pattern=nexus.*&target=<uuid>&node=…&since=…&until=…),
each event in full on click (decoded and raw), a timeline per target with durations (rebuilds,
switch-overs, subsystem pauses, action durations; failures in red) and counts per category ×
action. Invalid messages have no subject key: a pattern keeps them in view.
Everything the page needs is served by this command: no external network.

Options:
  --listen HOST:PORT    where to serve the page (default ${DEFAULT_EXPLORE_LISTEN}: this host only;
                        anyone who can reach it sees the events)
  --from WHERE          where to start: all (every stored event), new (from now on), an RFC 3339
                        time (2024-05-01T10:20:30Z) or a stream sequence (default ${DEFAULT_EXPLORE_FROM})
  --file FILE           show the event messages of a JSON lines file (what tail --json writes;
                        text before a line's first { is skipped) instead of a live bus
  --max-events N        messages kept, on the server and in the page: the newest N (default ${DEFAULT_EXPLORE_MAX_EVENTS})
  --max-bytes N         and no more than N bytes of them, on the server and again in the page
                        (default ${DEFAULT_EXPLORE_MAX_BYTES}: 64 MiB); a message counts 2 bytes a
                        character of its raw JSON (cut at 64 Ki characters) and of its other
                        texts, plus 1 KiB. The oldest go first, while over either bound; the
                        newest stays, alone, even if it is more than N bytes by itself
${NATS_CONNECTION_HELP}
  --help                show this help

Exit status: 0 when stopped by SIGINT or SIGTERM, 1 when the page cannot be served (the address
is in use, the file cannot be read), 2 on a usage error.`,
  options: {
    listen: { type: 'string' },
    from: { type: 'string' },
    file: { type: 'string' },
    'max-events': { type: 'string' },
    'max-bytes': { type: 'string' },
    ...NATS_CONNECTION_FLAGS,
  },
  async run(context) {
    const { values, env } = context;
    const stdout = Output.of(context.stdout);
    const stderr = Output.of(context.stderr);
    if (context.positionals.length > 0) return { usageError: `unexpected argument ${JSON.stringify(context.positionals[0])}` };
    const listen = listenFlag(typeof values['listen'] === 'string' ? values['listen'] : DEFAULT_EXPLORE_LISTEN);
    if (typeof listen === 'string') return { usageError: listen };
    const maxEvents = integerFlag(values['max-events'], { flag: '--max-events', expected: 'a positive integer', fallback: DEFAULT_EXPLORE_MAX_EVENTS });
    if (typeof maxEvents === 'string') return { usageError: maxEvents };
    const maxBytes = integerFlag(values['max-bytes'], { flag: '--max-bytes', expected: 'a positive number of bytes', fallback: DEFAULT_EXPLORE_MAX_BYTES });
    if (typeof maxBytes === 'string') return { usageError: maxBytes };
    const file = typeof values['file'] === 'string' ? values['file'] : undefined;
    const from = typeof values['from'] === 'string' ? values['from'] : DEFAULT_EXPLORE_FROM;
    let live: ExplorerOptions['live'];
    if (file === undefined) {
      const deliver = parseFrom(from);
      if (typeof deliver === 'string') return { usageError: deliver };
      const connection = natsConnectionSettings(values, env);
      if (typeof connection === 'string') return { usageError: connection };
      live = { connection, deliver, from };
    } else if (values['from'] !== undefined) {
      return { usageError: '--from reads a live bus: it does not go with --file' };
    }
    const signal = nextSignal();
    // Ctrl-C while a long file is read stops the reading, and explore with it.
    const reading = new AbortController();
    void signal.received.then(() => reading.abort());
    let explorer: Explorer;
    try {
      explorer = await startExplorer({ listen, maxEvents, maxBytes, signal: reading.signal, ...(file === undefined ? { live } : { file }) });
    } catch (error) {
      signal.dispose();
      stderr.write(`mayastor-events explore: ${firstLine(error)}\n`); // firstLine escapes
      return { exitCode: 1 };
    }
    if (explorer.stopped) {
      await explorer.close();
      return { exitCode: 0 };
    }
    stdout.write(`mayastor-events explore: serving ${explorer.url} (${file === undefined ? 'live bus' : 'file'}; stop with Ctrl-C)\n`);
    await signal.received;
    await explorer.close();
    return { exitCode: 0 };
  },
};
