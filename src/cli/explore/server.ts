// The explorer's HTTP server: one page, its script and style as separate same-origin resources
// (so the Content-Security-Policy needs no 'unsafe-inline'), and `/events`, a Server-Sent Events
// stream of the records the page's filter lets through: the ring first, then each new record,
// written as the page reads (stream.ts), so that what waits for a page stays small and fixed.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import { parseFilter } from './filter.js';
import { KeptRecords } from './kept.js';
import { PAGE_CSS, PAGE_HTML, pageScript } from './page.js';
import type { ExploreRecord, ExploreStatus } from './protocol.js';
import type { RecordInput } from './record.js';
import { sse } from './sse.js';
import { PageStream } from './stream.js';

/** Options of {@link ExploreServer}. */
export interface ExploreServerOptions {
  /** How many records are kept (the page keeps as many). */
  readonly maxEvents: number;
  /** The most bytes of records kept, as {@link recordBytes} counts them (the page keeps as many); the newest is kept whatever its size. */
  readonly maxBytes: number;
  /** Where the events come from, for the page's title line, e.g. `nats://127.0.0.1:4222` or `events.jsonl`. */
  readonly source: string;
}

/**
 * The headers of every response: a Content-Security-Policy under which only this server's own
 * script and style run (nothing inline, nothing from elsewhere), no MIME sniffing, no framing.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

// The headers of `/events`, for GET and HEAD alike.
const EVENTS_HEADERS: Readonly<Record<string, string>> = { ...SECURITY_HEADERS, 'content-type': 'text/event-stream; charset=utf-8' };

// A comment line this often keeps proxies and the browser from closing an idle stream.
const KEEP_ALIVE_MS = 15_000;

/**
 * Serves the page and streams records to every open page; holds the newest records within
 * `maxEvents` and `maxBytes`. Each page is sent them as it reads ({@link PageStream}): beside the
 * records, a page costs about 64 Ki characters and one record's frame, however slowly it reads; one
 * so slow that records were forgotten before it was sent them gets a `gap` event saying how many.
 */
export class ExploreServer {
  readonly #options: ExploreServerOptions;
  readonly #records: KeptRecords;
  readonly #pages = new Set<PageStream>();
  // Tells the page a restarted server from a reconnection to the same one.
  readonly #instance = randomUUID();
  readonly #http: Server;
  #status: ExploreStatus = { state: 'connecting', text: 'connecting…' };
  #keepAlive: NodeJS.Timeout | undefined;
  #loopback = true;

  constructor(options: ExploreServerOptions) {
    this.#options = options;
    this.#records = new KeptRecords(options);
    this.#http = createServer((request, response) => this.#handle(request, response));
  }

  /** Starts listening; resolves to the address (port 0 picks a free one). */
  async listen(host: string, port: number): Promise<{ host: string; port: number }> {
    await new Promise<void>((resolve, reject) => {
      this.#http.once('error', reject);
      this.#http.listen(port, host, () => {
        this.#http.off('error', reject);
        resolve();
      });
    });
    const address = this.#http.address() as { address: string; port: number };
    // What it is bound to, not how --listen named it: `127.1`, `LOCALHOST` or a name in /etc/hosts are loopback too.
    this.#loopback = isLoopbackAddress(address.address);
    this.#keepAlive = setInterval(() => {
      for (const page of this.#pages) page.keepAlive();
    }, KEEP_ALIVE_MS);
    this.#keepAlive.unref();
    return { host: address.address, port: address.port };
  }

  /** Keeps a record and sends it to every page whose filter it passes. */
  add(input: RecordInput): ExploreRecord {
    const { record, forgotten } = this.#records.add(input);
    for (const page of this.#pages) {
      if (forgotten.length > 0) page.forgot(forgotten);
      page.pump();
    }
    return record;
  }

  /** Sets the status every page shows. */
  setStatus(status: ExploreStatus): void {
    this.#status = status;
    for (const page of this.#pages) page.status(status);
  }

  /** The status every page shows now. */
  get status(): ExploreStatus {
    return this.#status;
  }

  /** How many records are kept now. */
  get size(): number {
    return this.#records.size;
  }

  /** Ends every stream and stops listening. */
  async close(): Promise<void> {
    clearInterval(this.#keepAlive);
    for (const page of this.#pages) page.end();
    this.#pages.clear();
    this.#http.closeAllConnections();
    await new Promise<void>((resolve) => this.#http.close(() => resolve()));
  }

  #handle(request: IncomingMessage, response: ServerResponse): void {
    const target = requestTarget(request);
    if (target === undefined) {
      plain(response, 400, 'bad request: one Host header, and a target that is a path (/…) or an http:// URL\n');
      return;
    }
    if (this.#loopback && !isLocalHost(target.host)) {
      // A page elsewhere that points a name of its own at 127.0.0.1 (DNS rebinding) must not read the events.
      plain(response, 421, 'open the explorer as localhost or by its IP address\n');
      return;
    }
    const { url } = target;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...SECURITY_HEADERS, allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('method not allowed\n');
      return;
    }
    switch (url.pathname) {
      case '/':
        return reply(response, 'text/html; charset=utf-8', PAGE_HTML);
      case '/explore.js':
        return reply(response, 'text/javascript; charset=utf-8', pageScript());
      case '/explore.css':
        return reply(response, 'text/css; charset=utf-8', PAGE_CSS);
      case '/events':
        // HEAD: the headers only. A stream would replay the ring into nothing (Node drops a HEAD's
        // body, so every write succeeds) and stay open as a page.
        if (request.method === 'HEAD') {
          response.writeHead(200, EVENTS_HEADERS).end();
          return;
        }
        return this.#stream(url, response);
      case '/favicon.ico':
        // No icon: an empty answer, so that the browser logs no failed request.
        response.writeHead(204, SECURITY_HEADERS).end();
        return;
      default:
        plain(response, 404, 'not found\n');
    }
  }

  #stream(url: URL, response: ServerResponse): void {
    const parsed = parseFilter(url.search);
    response.writeHead(200, { ...EVENTS_HEADERS, connection: 'keep-alive' });
    response.socket?.setNoDelay(true);
    const opening =
      'retry: 1000\n\n' +
      sse('hello', { instance: this.#instance, maxEvents: this.#options.maxEvents, maxBytes: this.#options.maxBytes, source: this.#options.source }) +
      sse('status', this.#status) +
      sse('reset', { error: typeof parsed === 'string' ? parsed : null });
    const page = new PageStream(response, { records: this.#records, filter: typeof parsed === 'string' ? null : parsed, opening });
    this.#pages.add(page);
    response.on('close', () => this.#pages.delete(page));
    page.pump();
  }
}

function reply(response: ServerResponse, type: string, body: string): void {
  response.writeHead(200, { ...SECURITY_HEADERS, 'content-type': type }).end(body);
}

function plain(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' }).end(body);
}

/**
 * What a request asks for: its URL, and the host it names (the Host header, or the authority of
 * an absolute-form target, which RFC 9112 puts first); undefined when either cannot be read (two
 * Host headers, or a target that is neither a path nor an http URL). Never throws: `//[` is a
 * path a browser sends as is, and `new URL('//[', base)` would throw in the request listener.
 */
function requestTarget(request: IncomingMessage): { readonly host: string | undefined; readonly url: URL } | undefined {
  if ((request.headersDistinct.host?.length ?? 0) > 1) return undefined;
  const target = request.url ?? '/';
  try {
    // A path is read under a fixed origin, so that `//name/events` stays the path `//name/events`.
    if (target.startsWith('/')) return { host: request.headers.host, url: new URL(`http://explore.invalid${target}`) };
    if (/^https?:\/\//iu.test(target)) {
      const url = new URL(target);
      return { host: url.host, url };
    }
  } catch {
    // Not a URL: a bad request.
  }
  return undefined;
}

/** True for an address the server is bound to that only this host reaches: 127.0.0.0/8 (IPv4-mapped too) or ::1. */
function isLoopbackAddress(address: string): boolean {
  const v4 = address.toLowerCase().startsWith('::ffff:') ? address.slice(7) : address;
  return address === '::1' || (isIP(v4) === 4 && v4.startsWith('127.'));
}

// A Host as a browser writes it: a name of letters, digits, `.`, `-`, `_` or an IPv6 address in
// brackets, and a port. Nothing a URL parser would decode or cut (`%`, `@`, `/`, non-ASCII).
const HOST_SYNTAX = /^(?:\[[0-9a-f:.]+\]|[a-z0-9._-]+)(?::\d*)?$/iu;

/**
 * True when a request's Host names this machine as a user types it: `localhost` (any letter case,
 * `localhost.` too) or an IP address in any form a browser reads as one (`127.1`, `[::1]`); not a
 * name whose DNS a page's owner controls. Read with the URL parser browsers follow, so that what
 * counts as an address here is what a browser would never resolve as a name.
 */
export function isLocalHost(header: string | undefined): boolean {
  if (header === undefined || !HOST_SYNTAX.test(header)) return false;
  let name: string;
  try {
    name = new URL(`http://${header}/`).hostname;
  } catch {
    return false;
  }
  if (name.startsWith('[')) name = name.slice(1, -1);
  return name === 'localhost' || name === 'localhost.' || isIP(name) !== 0;
}
