// The stats service's HTTP side against requests nobody planned for, sent as raw bytes: request
// targets in every form, many scrapers at once, broken requests. What a scraper, a proxy or a
// port scanner would notice: the status, the headers, the body, and that the service answers on.
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryBus } from '../../src/bus/memory.js';
import { listenStats, requestPath, type StatsEndpoints, type StatsHttpServer } from '../../src/stats/http.js';
import { createMemoryCounterStore, startStatsService, type StatsService } from '../../src/stats/index.js';

interface RawResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** Sends `request` as it is on one connection; the responses it got when the server closed it. */
function raw(port: number, request: string | Buffer): Promise<RawResponse[]> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    // The method of each request (bodiless ones), to know which responses have no body.
    const methods = [...request.toString('latin1').matchAll(/(?:^|\r\n\r\n)([A-Z]+) /g)].map((match) => match[1]!);
    socket.on('close', () => resolve(parseResponses(Buffer.concat(chunks).toString('latin1'), methods)));
    socket.write(request);
  });
}

/** The responses in `text` (each with Content-Length or Transfer-Encoding: chunked) to requests of `methods`. */
function parseResponses(text: string, methods: readonly string[]): RawResponse[] {
  const responses: RawResponse[] = [];
  for (let rest = text; rest !== ''; ) {
    const end = rest.indexOf('\r\n\r\n');
    if (end < 0) throw new Error(`truncated response: ${JSON.stringify(rest)}`);
    const [statusLine, ...lines] = rest.slice(0, end).split('\r\n');
    const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
    const status = Number(/^HTTP\/1\.1 (\d{3}) /.exec(statusLine!)?.[1]);
    rest = rest.slice(end + 4);
    let body = '';
    if (status === 100) {
      responses.push({ status, headers, body });
      continue;
    }
    if (methods[responses.filter((response) => response.status !== 100).length] === 'HEAD') {
      // No body, whatever Content-Length says.
    } else if (headers['transfer-encoding'] === 'chunked') {
      for (;;) {
        const size = parseInt(rest.slice(0, rest.indexOf('\r\n')), 16);
        rest = rest.slice(rest.indexOf('\r\n') + 2);
        if (size === 0) {
          rest = rest.slice(2);
          break;
        }
        body += rest.slice(0, size);
        rest = rest.slice(size + 2);
      }
    } else {
      const length = Number(headers['content-length'] ?? 0);
      body = rest.slice(0, length);
      rest = rest.slice(length);
    }
    responses.push({ status, headers, body: Buffer.from(body, 'latin1').toString('utf8') });
  }
  return responses;
}

const GET = (target: string, extra = '') => `GET ${target} HTTP/1.1\r\nHost: stats\r\n${extra}Connection: close\r\n\r\n`;

const services: StatsService[] = [];
const servers: StatsHttpServer[] = [];
afterEach(async () => {
  await Promise.all([...services.splice(0).map((service) => service.stop()), ...servers.splice(0).map((server) => server.close())]);
});

async function service(): Promise<{ port: number; service: StatsService }> {
  const started = await startStatsService({ bus: createMemoryBus(), store: createMemoryCounterStore(), listen: '127.0.0.1:0', logger: {} });
  services.push(started);
  return { port: started.address!.port, service: started };
}

describe('stats HTTP - request targets', () => {
  it('absolute-form targets (a client behind an HTTP proxy) and percent-encoded letters reach the endpoint they name', async () => {
    const { port, service: stats } = await service();
    const text = await stats.metrics();
    for (const target of ['http://stats:9090/metrics', 'HTTP://stats/metrics?x=1', 'http://[::1]:9090/stats', '/%6Detrics', '/st%61ts?a#b']) {
      const [response] = await raw(port, GET(target));
      expect({ target, status: response!.status, type: response!.headers['content-type'], body: response!.body }).toEqual({
        target,
        status: 200,
        type: 'text/plain; version=0.0.4; charset=utf-8',
        body: text,
      });
    }
    for (const [target, body] of [['http://stats/healthz', 'ok\n'], ['http://stats/readyz', 'ready\n'], ['/healthz?probe=1', 'ok\n']] as const) {
      const [response] = await raw(port, GET(target));
      expect({ target, status: response!.status, body: response!.body }).toEqual({ target, status: 200, body });
    }
  });

  it('other spellings of a path are 404 naming the endpoints, HEAD included (no body)', async () => {
    const { port } = await service();
    for (const target of ['//metrics', '/metrics/', '/METRICS', '/metrics%2F', '/me%74rics%00', 'http://stats', 'http://stats/', '/', '*', '/stats/../metrics']) {
      const [response] = await raw(port, GET(target));
      expect({ target, status: response!.status, body: response!.body }).toEqual({ target, status: 404, body: 'not found: try /metrics, /stats, /healthz or /readyz\n' });
    }
    const [head] = await raw(port, 'HEAD /nothing HTTP/1.1\r\nHost: stats\r\nConnection: close\r\n\r\n');
    expect(head).toEqual({ status: 404, headers: expect.objectContaining({ 'content-length': '53' }) as unknown, body: '' });
  });

  it('requestPath - the path of each form of target', () => {
    expect(requestPath('/metrics?x#y')).toBe('/metrics');
    expect(requestPath('http://h:1/metrics')).toBe('/metrics');
    expect(requestPath('http://h:1')).toBe('/');
    expect(requestPath('http://h:1?x')).toBe('/');
    expect(requestPath('/%7e%41%2f')).toBe('/~A%2f');
    expect(requestPath('*')).toBeUndefined();
    expect(requestPath('metrics')).toBeUndefined();
  });
});

/** Endpoints whose metrics() hold until released, counting the calls; notReady() runs `onReadyz`. */
function heldEndpoints(onReadyz: () => void = () => undefined) {
  const held: { release: (text: string | Error) => void }[] = [];
  const endpoints: StatsEndpoints = {
    metrics: () =>
      new Promise<string>((resolve, reject) => held.push({ release: (text) => (text instanceof Error ? reject(text) : resolve(text)) })),
    notReady: () => {
      onReadyz();
      return undefined;
    },
  };
  return { endpoints, held };
}

async function listen(endpoints: StatsEndpoints, onError: (error: unknown) => void = () => undefined): Promise<number> {
  const server = await listenStats({ host: '127.0.0.1', port: 0 }, endpoints, onError);
  servers.push(server);
  return server.address.port;
}

describe('stats HTTP - many scrapes at once', () => {
  it('scrapes that arrive while the metrics are being rendered share that rendering: one lag query to NATS, not one per scrape', async () => {
    let renderingsWhenReadyzArrived = -1;
    const { endpoints, held } = heldEndpoints(() => (renderingsWhenReadyzArrived = held.length));
    const port = await listen(endpoints);
    // 15 pipelined scrapes (16 requests is as deep as a connection may pipeline), then /readyz:
    // the server reads them in order, so /readyz is handled after every scrape has asked for the
    // text, and before any text is ready.
    const keepAlive = 'GET /metrics HTTP/1.1\r\nHost: stats\r\n\r\n'.repeat(8) + 'HEAD /stats HTTP/1.1\r\nHost: stats\r\n\r\n'.repeat(7);
    const responses = raw(port, keepAlive + GET('/readyz'));
    await expect.poll(() => renderingsWhenReadyzArrived).toBeGreaterThanOrEqual(0);
    expect(renderingsWhenReadyzArrived).toBe(1);
    held[0]!.release('metric 1\n');
    const all = await responses;
    expect(all.map((r) => r.status)).toEqual(Array<number>(16).fill(200));
    expect(all.slice(0, 8).map((r) => r.body)).toEqual(Array<string>(8).fill('metric 1\n'));
    expect(all.slice(8, 15).map((r) => [r.body, r.headers['content-length']])).toEqual(Array<string[]>(7).fill(['', '9']));
    // The next scrape renders again (nothing is cached).
    const next = raw(port, GET('/metrics'));
    await expect.poll(() => held.length).toBe(2);
    held[1]!.release('metric 2\n');
    expect((await next)[0]!.body).toBe('metric 2\n');
  });

  it('a client that writes requests without reading the answers is cut off after 16 unanswered: nothing more is read or rendered for it', async () => {
    let readyzHandled = false;
    const { endpoints, held } = heldEndpoints(() => {
      readyzHandled = true;
      // Only without the limit: let the 41 answers go, so that the test ends.
      held[0]?.release('metric\n');
    });
    const port = await listen(endpoints);
    const flood = 'GET /metrics HTTP/1.1\r\nHost: stats\r\n\r\n'.repeat(40) + GET('/readyz');
    const responses = await raw(port, flood);
    expect({ responses: responses.length, readyzHandled, renderings: held.length }).toEqual({ responses: 0, readyzHandled: false, renderings: 1 });
    held[0]!.release('metric\n');
    // Another scraper is answered as usual.
    const next = raw(port, GET('/metrics'));
    await expect.poll(() => held.length).toBe(2);
    held[1]!.release('metric 2\n');
    expect((await next).map((r) => [r.status, r.body])).toEqual([[200, 'metric 2\n']]);
  });

  it('a rendering that fails is a 500 for each scrape that shared it, reported once', async () => {
    let renderingsWhenReadyzArrived = -1;
    const { endpoints, held } = heldEndpoints(() => (renderingsWhenReadyzArrived = held.length));
    const errors: unknown[] = [];
    const port = await listen(endpoints, (error) => errors.push(error));
    const responses = raw(port, 'GET /metrics HTTP/1.1\r\nHost: stats\r\n\r\n'.repeat(10) + GET('/readyz'));
    await expect.poll(() => renderingsWhenReadyzArrived).toBeGreaterThanOrEqual(0);
    expect(renderingsWhenReadyzArrived).toBe(1);
    held[0]!.release(new Error('store gone'));
    const all = await responses;
    expect(all.slice(0, 10).map((r) => [r.status, r.body])).toEqual(Array<unknown>(10).fill([500, 'cannot render the stats: store gone\n']));
    expect(errors).toHaveLength(1);
  });
});

describe('stats HTTP - requests it cannot serve', () => {
  /** A clear, bounded answer: a one-line text body of its Content-Length, and the connection closed. */
  function expectClear(response: RawResponse | undefined, status: number, body: RegExp): void {
    expect(response).toBeDefined();
    expect({ status: response!.status, body: response!.body }).toEqual({ status, body: expect.stringMatching(body) as unknown });
    expect(response!.body).toMatch(/^[\x20-\x7e]{1,200}\n$/);
    expect(response!.headers).toMatchObject({ 'content-type': 'text/plain; charset=utf-8', 'content-length': String(response!.body.length), connection: 'close' });
  }

  it('each malformed request is answered with its status and a line saying what was wrong, and the service answers on', async () => {
    const { port, service: stats } = await service();
    const cases: [request: string, status: number, body: RegExp][] = [
      ['FOO /metrics HTTP/1.1\r\nHost: stats\r\n\r\n', 501, /^method not implemented: this server answers GET and HEAD\n$/],
      ['GET /metrics HTTP/1.1\r\n\r\n', 400, /^bad request: an HTTP\/1\.1 request needs a Host header\n$/],
      [`GET /metrics?${'q'.repeat(20_000)} HTTP/1.1\r\nHost: stats\r\n\r\n`, 431, /^request headers too large: the request line and headers may take \d+ bytes\n$/],
      [`GET /metrics HTTP/1.1\r\nHost: stats\r\nX-Big: ${'b'.repeat(20_000)}\r\n\r\n`, 431, /^request headers too large/],
      ['GET /metrics HTTP/1.1\nHost: stats\n\n', 400, /^bad request: \S/],
      ['GET /metrics HTTP/3.0\r\nHost: stats\r\n\r\n', 400, /^bad request: \S/],
      ['GET /st\u0000ats HTTP/1.1\r\nHost: stats\r\n\r\n', 400, /^bad request: \S/],
      ['GET /metrics HTTP/1.1\r\nHost: stats\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n', 400, /^bad request: \S/],
      ['PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', 505, /^HTTP\/2 is not served here: use HTTP\/1\.1\n$/],
    ];
    for (const [request, status, body] of cases) {
      const responses = await raw(port, request);
      expect(responses).toHaveLength(1);
      expectClear(responses[0], status, body);
    }
    // HTTP/1.0 needs no Host.
    expect((await raw(port, 'GET /metrics HTTP/1.0\r\n\r\n'))[0]).toMatchObject({ status: 200, body: await stats.metrics() });
  });

  it('a malformed request pipelined behind good ones is answered after them, not instead of them', async () => {
    const { port, service: stats } = await service();
    const responses = await raw(port, 'GET /metrics HTTP/1.1\r\nHost: stats\r\n\r\nGET /healthz HTTP/1.1\r\nHost: stats\r\n\r\nBAD\u0001 / HTTP/1.1\r\n\r\nGET /healthz HTTP/1.1\r\nHost: stats\r\n\r\n');
    expect(responses.map((r) => r.status)).toEqual([200, 200, 501]);
    expect(responses[0]!.body).toBe(await stats.metrics());
    expect(responses[1]!.body).toBe('ok\n');
    expectClear(responses[2], 501, /^method not implemented/);
  });
});
