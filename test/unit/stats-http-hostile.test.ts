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
    socket.on('close', () => resolve(parseResponses(Buffer.concat(chunks).toString('latin1'))));
    socket.write(request);
  });
}

/** The responses in `text` (each with Content-Length or Transfer-Encoding: chunked). */
function parseResponses(text: string): RawResponse[] {
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
    if (headers['transfer-encoding'] === 'chunked') {
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
