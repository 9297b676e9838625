// The HTTP side of the stats service: GET /metrics (where Prometheus scrapes) and /stats (where
// the call-home reporter reads, as upstream) serve the same text; /healthz and /readyz.
import { createServer, maxHeaderSize, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { StatsOptionsError } from './errors.js';
import { PROMETHEUS_CONTENT_TYPE } from './prometheus.js';

/** Where the service listens by default: every interface, port 9090, as upstream. */
export const DEFAULT_STATS_LISTEN = '0.0.0.0:9090';

/** A `host:port` to listen on. */
export interface ListenAddress {
  readonly host: string;
  readonly port: number;
}

/** Parses `host:port`, `[v6]:port` or `:port` (every interface); port 0 picks a free one. */
export function parseListen(value: string): ListenAddress {
  const match = /^(?:\[([^\]]+)\]|([^:[\]]*)):(\d{1,5})$/.exec(value.trim());
  const port = match === null ? NaN : Number(match[3]);
  if (match === null || !(port >= 0 && port <= 65535)) {
    throw new StatsOptionsError('listen', `expected host:port such as 0.0.0.0:9090, got ${JSON.stringify(value)}`);
  }
  const host = match[1] ?? match[2] ?? '';
  return { host: host === '' ? '0.0.0.0' : host, port };
}

/** What the HTTP side asks the service. */
export interface StatsEndpoints {
  /** The Prometheus text of `/metrics` and `/stats`; undefined while there are no counts to serve yet (503, with `notReady()`). */
  metrics(): Promise<string | undefined>;
  /** Undefined when ready, otherwise why not (the body of `/readyz`'s 503). */
  notReady(): string | undefined;
}

/** A listening HTTP server. */
export interface StatsHttpServer {
  readonly address: ListenAddress;
  close(): Promise<void>;
}

// The characters RFC 3986 calls unreserved: percent-encoded, they mean themselves (§6.2.2.2).
const UNRESERVED = /^[A-Za-z0-9\-._~]$/;

/**
 * The path of a request target, or undefined when it has none: origin-form (`/metrics?x`) and
 * absolute-form (`http://host:9090/metrics`, which RFC 9112 §3.2.2 says a server must accept, and
 * which a client configured with an HTTP proxy sends), without query or fragment, percent-encoded
 * unreserved characters read as themselves (`/%6Detrics` is `/metrics`).
 */
export function requestPath(target: string): string | undefined {
  const absolute = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*/.exec(target);
  const rest = absolute === null ? target : target.slice(absolute[0].length);
  const path = rest.split(/[?#]/, 1)[0]!;
  if (absolute !== null && path === '') return '/';
  if (!path.startsWith('/')) return undefined;
  return path.replace(/%([0-9A-Fa-f]{2})/g, (escaped, hex: string) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return UNRESERVED.test(char) ? char : escaped;
  });
}

function reply(response: ServerResponse, status: number, body: string, contentType = 'text/plain; charset=utf-8', headOnly = false): void {
  response.writeHead(status, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(body) });
  response.end(headOnly ? undefined : body);
}

/**
 * One rendering of the metrics at a time, shared by the scrapes that arrive while it is under way:
 * each rendering asks NATS for the consumer's lag, and a flood of scrapes (the port is open to the
 * cluster, without authentication) must not become a flood of JetStream API requests. A scrape
 * that joins gets counts no older than itself: the service reads them once the lag is known.
 */
class SharedRendering {
  readonly #render: () => Promise<string | undefined>;
  readonly #onError: (error: unknown) => void;
  #current: Promise<string | undefined> | undefined;

  constructor(render: () => Promise<string | undefined>, onError: (error: unknown) => void) {
    this.#render = render;
    this.#onError = onError;
  }

  /** The text under way, or a new rendering; a failure is reported once, however many scrapes share it. */
  next(): Promise<string | undefined> {
    this.#current ??= new Promise<string | undefined>((resolve) => resolve(this.#render()))
      .catch((error: unknown) => {
        this.#onError(error);
        throw error;
      })
      .finally(() => (this.#current = undefined));
    return this.#current;
  }
}

/** A parse error of node's HTTP parser (llhttp), whose `reason` is one of its fixed sentences. */
type ClientError = Error & { code?: string; reason?: string };

/**
 * The whole response to a request node cannot parse: node's own answers carry no body, these say
 * what was wrong. Only llhttp's fixed words are quoted, never the request's bytes.
 */
export function clientErrorResponse(error: ClientError): string {
  const reason = (error.reason ?? error.code ?? 'malformed request').replace(/[^\x20-\x7e]/g, '?').slice(0, 200);
  const [status, text, body]: [number, string, string] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', `request headers too large: the request line and headers may take ${maxHeaderSize} bytes`]
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', 'request timeout: the request did not arrive in time']
        : error.code === 'HPE_INVALID_METHOD'
          ? [501, 'Not Implemented', 'method not implemented: this server answers GET and HEAD']
          : error.code === 'HPE_PAUSED_H2_UPGRADE'
            ? [505, 'HTTP Version Not Supported', 'HTTP/2 is not served here: use HTTP/1.1']
            : [400, 'Bad Request', `bad request: ${reason}`];
  return `HTTP/1.1 ${status} ${text}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${body.length + 1}\r\nConnection: close\r\n\r\n${body}\n`;
}

/**
 * The responses not finished yet on each connection, so that the answer to a malformed request
 * pipelined behind good ones comes after theirs instead of cutting into them or dropping them.
 */
class UnfinishedResponses {
  readonly #count = new WeakMap<Socket, number>();
  readonly #then = new WeakMap<Socket, () => void>();

  /** Counts `response` on `socket` until it closes (finished, or its connection gone); returns how many are unfinished there now. */
  add(socket: Socket, response: ServerResponse): number {
    const count = (this.#count.get(socket) ?? 0) + 1;
    this.#count.set(socket, count);
    response.once('close', () => {
      const left = (this.#count.get(socket) ?? 1) - 1;
      this.#count.set(socket, left);
      if (left > 0) return;
      const then = this.#then.get(socket);
      this.#then.delete(socket);
      then?.();
    });
    return count;
  }

  /** Runs `then` once every response on `socket` so far is finished (at once when none is pending). */
  whenFinished(socket: Socket, then: () => void): void {
    if ((this.#count.get(socket) ?? 0) === 0) then();
    else this.#then.set(socket, then);
  }
}

/**
 * Requests a connection may have unanswered at once. Node reads pipelined requests ahead of the
 * answers, each with its own request and response objects: a client that writes requests without
 * reading the answers held hundreds of megabytes per connection and stalled every other scraper.
 * No scraper or probe pipelines (Prometheus sends one request at a time); beyond this the
 * connection is closed.
 */
const MAX_UNANSWERED = 16;

/** Starts the HTTP server; resolves once it listens, rejects when it cannot (port in use). */
export async function listenStats(address: ListenAddress, endpoints: StatsEndpoints, onError: (error: unknown) => void): Promise<StatsHttpServer> {
  const rendering = new SharedRendering(() => endpoints.metrics(), onError);
  const unfinished = new UnfinishedResponses();
  // The Host check is ours, to say why (node's own 400 has no body).
  const server: Server = createServer({ requireHostHeader: false }, (request: IncomingMessage, response: ServerResponse) => {
    if (unfinished.add(request.socket, response) > MAX_UNANSWERED) return void request.socket.destroy();
    if (request.httpVersionMajor === 1 && request.httpVersionMinor >= 1 && request.headers.host === undefined) {
      response.setHeader('Connection', 'close');
      return reply(response, 400, 'bad request: an HTTP/1.1 request needs a Host header\n');
    }
    const path = requestPath(request.url ?? '/');
    const known = path === '/metrics' || path === '/stats' || path === '/healthz' || path === '/readyz';
    if (!known) return reply(response, 404, 'not found: try /metrics, /stats, /healthz or /readyz\n');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      return reply(response, 405, 'method not allowed\n');
    }
    const head = request.method === 'HEAD';
    if (path === '/healthz') return reply(response, 200, 'ok\n', undefined, head);
    if (path === '/readyz') {
      const why = endpoints.notReady();
      return why === undefined ? reply(response, 200, 'ready\n', undefined, head) : reply(response, 503, `not ready: ${why}\n`, undefined, head);
    }
    rendering.next().then(
      // No counts yet (waiting for NATS): a 503 that Prometheus records as a failed scrape, rather
      // than zeros it would take for a counter reset.
      (text) => (text === undefined ? reply(response, 503, `not ready: ${endpoints.notReady() ?? 'starting'}\n`, undefined, head) : reply(response, 200, text, PROMETHEUS_CONTENT_TYPE, head)),
      (error: unknown) => reply(response, 500, `cannot render the stats: ${error instanceof Error ? error.message : String(error)}\n`, undefined, head),
    );
  });
  // Node reports a connection's parse error again for each chunk read after it: the first one is answered.
  const answered = new WeakSet<Socket>();
  server.on('clientError', (error: ClientError, socket: Socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    if (answered.has(socket)) return;
    answered.add(socket);
    socket.pause();
    unfinished.whenFinished(socket, () => (socket.writable ? socket.end(clientErrorResponse(error), () => socket.destroy()) : socket.destroy()));
  });
  // Node's own words do not say what was being done (`getaddrinfo ENOTFOUND a b`): they follow
  // ours, and its code (EADDRINUSE, EACCES, ENOTFOUND) stays on the error.
  const shown = `${address.host.includes(':') ? `[${address.host}]` : address.host}:${address.port}`;
  const cannotListen = (error: NodeJS.ErrnoException) => Object.assign(new Error(`cannot serve HTTP on ${shown}: ${error.message}`, { cause: error }), { code: error.code });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => reject(cannotListen(error)));
    server.listen(address.port, address.host, () => {
      server.removeAllListeners('error');
      resolve();
    });
  });
  server.on('error', onError);
  const bound = server.address() as AddressInfo;
  return {
    address: { host: address.host, port: bound.port },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
