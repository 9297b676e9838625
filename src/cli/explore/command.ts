// `mayastor-events explore`: the event bus as a live web page (a node:http server on loopback).
import type { Command } from '../command.js';
import { NATS_CONNECTION_FLAGS, NATS_CONNECTION_HELP } from '../nats-options.js';

/** Where `explore` listens when `--listen` is not given: loopback only. */
export const DEFAULT_EXPLORE_LISTEN = '127.0.0.1:8080';

/** Where `explore` starts reading the stream when `--from` is not given: every stored event. */
export const DEFAULT_EXPLORE_FROM = 'all';

/** How many events `explore` keeps (server and page) when `--max-events` is not given. */
export const DEFAULT_EXPLORE_MAX_EVENTS = 5_000;

/** `mayastor-events explore`: serves a page showing the bus's events live (or a file's). */
export const exploreCommand: Command = {
  name: 'explore',
  summary: 'the event bus as a live web page: list, filters, timelines, counts',
  usage: 'mayastor-events explore [--listen HOST:PORT] [--from all|new|TIME|SEQUENCE] [--file events.jsonl] [--max-events N] [options]',
  help: `Serves one web page on loopback showing the events of the events-stream as they arrive.
Options:
  --listen HOST:PORT    where to serve the page (default ${DEFAULT_EXPLORE_LISTEN})
  --from WHERE          all, new, an RFC 3339 time or a stream sequence (default ${DEFAULT_EXPLORE_FROM})
  --file FILE           show the event messages of a JSON lines file instead of a live bus
  --max-events N        events kept, on the server and in the page (default ${DEFAULT_EXPLORE_MAX_EVENTS})
${NATS_CONNECTION_HELP}
  --help                show this help`,
  options: {
    listen: { type: 'string' },
    from: { type: 'string' },
    file: { type: 'string' },
    'max-events': { type: 'string' },
    ...NATS_CONNECTION_FLAGS,
  },
  async run() {
    return { usageError: 'not implemented yet' };
  },
};
