// The stats service's HTTP side against requests nobody planned for, sent as raw bytes: request
// targets in every form, many scrapers at once, broken requests. What a scraper, a proxy or a
// port scanner would notice: the status, the headers, the body, and that the service answers on.
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryBus } from '../../src/bus/memory.js';
import { clientErrorResponse, listenStats, requestPath, type StatsEndpoints, type StatsHttpServer } from '../../src/stats/http.js';
import { catalog, type EventKey } from 'mayastor-events';
import { fabricate } from 'mayastor-events/testing';
import {
  CounterConflictError,
  createMemoryCounterStore,
  emptyCounts,
  parseCounts,
  renderPrometheus,
  serializeCounts,
  startStatsService,
  type CounterSnapshot,
  type CounterStore,
  type StatsService,
} from '../../src/stats/index.js';

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

describe('stats HTTP - listening', () => {
  it('a port that is taken: the error says what could not be done, where, and keeps node\'s code', async () => {
    const port = await listen(heldEndpoints().endpoints);
    const error = await listenStats({ host: '127.0.0.1', port }, heldEndpoints().endpoints, () => undefined).then(
      () => undefined,
      (failure: unknown) => failure as Error & { code?: string },
    );
    expect(error?.message).toMatch(new RegExp(`^cannot serve HTTP on 127\\.0\\.0\\.1:${port}: listen EADDRINUSE`));
    expect(error?.code).toBe('EADDRINUSE');
    const embedded = await startStatsService({ bus: createMemoryBus(), store: createMemoryCounterStore(), listen: `127.0.0.1:${port}`, logger: {} }).then(
      () => undefined,
      (failure: unknown) => failure as Error,
    );
    expect(embedded?.message).toMatch(/^cannot serve HTTP on 127\.0\.0\.1:\d+: listen EADDRINUSE/);
  });
});

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

  it('clientErrorResponse - a request that timed out is a 408; a reason is quoted as one printable line', () => {
    const timeout = Object.assign(new Error('timeout'), { code: 'ERR_HTTP_REQUEST_TIMEOUT' });
    expect(clientErrorResponse(timeout)).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n[^]*\r\n\r\nrequest timeout: the request did not arrive in time\n$/);
    const odd = Object.assign(new Error('x'), { code: 'HPE_SOMETHING', reason: `bad\r\nX-Injected: 1\u001b[2J${'r'.repeat(500)}` });
    const [head, body] = clientErrorResponse(odd).split('\r\n\r\n') as [string, string];
    expect(head.split('\r\n')).toEqual(['HTTP/1.1 400 Bad Request', 'Content-Type: text/plain; charset=utf-8', `Content-Length: ${body.length}`, 'Connection: close']);
    expect(body).toMatch(/^bad request: bad\?\?X-Injected: 1\?\[2Jr+\n$/);
    expect(body.length).toBeLessThanOrEqual(220);
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

/**
 * A strict reader of the Prometheus text format 0.0.4 (the rules of prometheus/docs
 * exposition_formats.md and expfmt's text parser): every line a HELP, a TYPE or a sample; names and
 * label names of their alphabets; label values with only \\, \" and \n escaped; values Go's
 * ParseFloat reads in the spec's spelling (+Inf, -Inf, NaN); HELP and TYPE at most once per family
 * and before its samples; a family's samples together; no series twice. Returns the problems.
 */
function exposition(text: string): { problems: string[]; series: Map<string, number> } {
  const problems: string[] = [];
  const series = new Map<string, number>();
  const seen = { help: new Set<string>(), type: new Set<string>(), closed: new Set<string>(), sampled: new Set<string>() };
  let current: string | undefined;
  const NAME = '[a-zA-Z_:][a-zA-Z0-9_:]*';
  const LABEL = String.raw`[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\[\\"n])*"`;
  const VALUE = /^(?:[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|[+-]Inf|NaN)$/;
  const enter = (name: string, line: number) => {
    if (name === current) return;
    if (seen.closed.has(name)) problems.push(`line ${line}: family ${name} appears again after another`);
    if (current !== undefined) seen.closed.add(current);
    current = name;
  };
  if (!text.endsWith('\n')) problems.push('the text does not end with a line feed');
  text.slice(0, -1).split('\n').forEach((line, index) => {
    const at = index + 1;
    const comment = new RegExp(`^# (HELP|TYPE) (${NAME}) (.*)$`).exec(line);
    if (comment !== null) {
      const [, kind, name, rest] = comment as unknown as [string, 'HELP' | 'TYPE', string, string];
      enter(name, at);
      const set = kind === 'HELP' ? seen.help : seen.type;
      if (set.has(name)) problems.push(`line ${at}: a second ${kind} for ${name}`);
      set.add(name);
      if (kind === 'TYPE' && !/^(counter|gauge|histogram|summary|untyped)$/.test(rest)) problems.push(`line ${at}: type ${rest}`);
      if (kind === 'TYPE' && seen.sampled.has(name)) problems.push(`line ${at}: TYPE after samples of ${name}`);
      if (kind === 'HELP' && /\\[^\\n]/.test(rest.replace(/\\\\/g, ''))) problems.push(`line ${at}: HELP escapes other than \\\\ and \\n`);
      return;
    }
    if (line.startsWith('#')) return problems.push(`line ${at}: a comment that is neither HELP nor TYPE: ${line}`) && undefined;
    const sample = new RegExp(String.raw`^(${NAME})(?:\{(${LABEL}(?:,${LABEL})*,?)?\})? (\S+)$`).exec(line);
    if (sample === null) return problems.push(`line ${at}: not a sample: ${JSON.stringify(line)}`) && undefined;
    const [, name, labelText = '', value] = sample as unknown as [string, string, string | undefined, string];
    enter(name, at);
    seen.sampled.add(name);
    if (!VALUE.test(value)) problems.push(`line ${at}: value ${value}`);
    const labels = [...labelText.matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)].map(([, key, v]) => [key!, v!.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c))] as const);
    const names = labels.map(([key]) => key);
    if (new Set(names).size !== names.length) problems.push(`line ${at}: a label twice`);
    if (names.some((key) => key.startsWith('__'))) problems.push(`line ${at}: a reserved label name`);
    // An empty label value is the same series as the label absent.
    const key = `${name}{${labels.filter(([, v]) => v !== '').map(([k, v]) => `${k}=${JSON.stringify(v)}`).sort().join(',')}}`;
    if (series.has(key)) problems.push(`line ${at}: series ${key} twice`);
    series.set(key, value === '+Inf' ? Infinity : value === '-Inf' ? -Infinity : Number(value));
  });
  return { problems, series };
}

describe('stats text - the Prometheus text format 0.0.4, strictly', () => {
  it('the strict reader finds what is wrong in texts that break the format (it is not blind)', () => {
    const bad: [string, RegExp][] = [
      ['# HELP a x\n# HELP a y\na 1\n', /a second HELP/],
      ['a 1\n# TYPE a counter\n', /TYPE after samples/],
      ['a{x="1"} 1\na{x="1"} 2\n', /twice/],
      ['a{x=""} 1\na 2\n', /twice/],
      ['a Infinity\n', /value Infinity/],
      ['a{x="\n"} 1\n', /not a sample/],
      ['a{x="\\t"} 1\n', /not a sample/],
      ['a{x="1"y="2"} 1\n', /not a sample/],
      ['a 1\nb 1\na 2\n', /appears again/],
      ['a 1', /line feed/],
    ];
    for (const [text, problem] of bad) expect(exposition(text).problems.join('; ')).toMatch(problem);
    expect(exposition('# HELP a x \\\\ \\n\n# TYPE a gauge\na{x="\\"\\\\\\n",y="ü"} -Inf\nb NaN\nc 1e+21\n').problems).toEqual([]);
  });

  it('the text of any counts is valid: every catalogued key, keys a stored state brings along, any lag', () => {
    const stored = ['widget.create', 'a"b\\c.d\ne', 'ünï.cødé\u2028', 'nodot', 'nodo.nodot', '.x', 'x.', 'x', '', 'a.b.c', 'a.b.c.'];
    const events = Object.fromEntries([...catalog.map((entry) => entry.key), ...stored].map((key, index) => [key, index + 1]));
    const counts: CounterSnapshot = { ...emptyCounts('s'), sequence: 2 ** 53 - 1, events, unknown: 5, invalid: 6 };
    for (const pending of [undefined, 0, 7, -1, 0.5, NaN, Infinity, -Infinity, 2 ** 53 - 1, 1e21]) {
      const text = renderPrometheus(counts, { pending });
      const { problems, series } = exposition(text);
      expect({ pending, problems }).toEqual({ pending, problems: [] });
      for (const entry of catalog) {
        const [category, action] = entry.key.split('.') as [string, string];
        expect(series.get(`mayastor_events_total{action=${JSON.stringify(action)},category=${JSON.stringify(category)}}`)).toBe(events[entry.key]);
      }
      // Stored keys of two parts are shown, escaped; the others (no SDK writes them) are left out.
      for (const key of ['widget.create', 'a"b\\c.d\ne', 'ünï.cødé\u2028', 'nodo.nodot', 'a.b.c', 'a.b.c.']) {
        const dot = key.indexOf('.');
        expect(series.get(`mayastor_events_total{action=${JSON.stringify(key.slice(dot + 1))},category=${JSON.stringify(key.slice(0, dot))}}`)).toBe(events[key]);
      }
      expect([...series.keys()].filter((name) => name.startsWith('mayastor_events_total'))).toHaveLength(catalog.length + 6);
      expect(series.get('mayastor_events_last_sequence{}')).toBe(2 ** 53 - 1);
      expect(series.get('mayastor_events_consumer_pending{}')).toBe(pending);
    }
  });
});

describe('stats text - served', () => {
  it('GET /metrics after every kind of message (new enum numbers, negative and extreme i32, invalid bytes) is strictly valid, and no counter goes back across a restart', async () => {
    const bus = createMemoryBus();
    const store = createMemoryCounterStore();
    const first = await startStatsService({ bus, store, listen: '127.0.0.1:0', logger: {}, pending: async () => 0 });
    services.push(first);
    const send = async () => {
      for (const entry of catalog) await bus.publish(fabricate(entry.key as EventKey));
      const event = JSON.stringify(fabricate('nexus.create'));
      for (const [category, action] of [[-5, 1], [3, 2147483647], [-2147483648, -2147483648], [42, 0]]) {
        await bus.publishRaw(`events.${category}.x`, event.replace('"category":3', `"category":${category}`).replace('"action":1', `"action":${action}`));
      }
      await bus.publishRaw('events.2.y', new Uint8Array([0xff, 0xfe, 0x22]));
      await bus.publishRaw('events.2.z', '{"category":"2\\u0000\\"\\n"}');
    };
    const scrape = async (port: number) => {
      const [response] = await raw(port, GET('/metrics'));
      expect(response!.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
      const { problems, series } = exposition(response!.body);
      expect(problems).toEqual([]);
      return series;
    };
    await send();
    await expect.poll(() => first.counts().sequence).toBe(bus.messages().at(-1)!.sequence);
    const before = await scrape(first.address!.port);
    expect(before.get('mayastor_events_unknown_total{}')).toBe(4);
    expect(before.get('mayastor_events_invalid_total{}')).toBe(2);
    expect(before.get('volume{action="created"}')).toBe(1);
    await first.stop();
    const second = await startStatsService({ bus, store, listen: '127.0.0.1:0', logger: {}, pending: async () => 0 });
    services.push(second);
    const restarted = await scrape(second.address!.port);
    await send();
    await expect.poll(() => second.counts().sequence).toBe(bus.messages().at(-1)!.sequence);
    const after = await scrape(second.address!.port);
    for (const [name, value] of before) {
      if (/^(mayastor_events_total|mayastor_events_(unknown|invalid)_total|nexus|pool|volume)\{/.test(name)) {
        expect({ name, restarted: restarted.get(name)! >= value, after: after.get(name)! >= value }).toEqual({ name, restarted: true, after: true });
      }
    }
    expect(after.get('mayastor_events_unknown_total{}')).toBe(8);
  });
});

describe('stats counts - stored keys', () => {
  it('a stored key named like an Object.prototype member (__proto__, constructor) survives a round trip', () => {
    const stored = { ...JSON.parse(new TextDecoder().decode(serializeCounts(emptyCounts()))), events: JSON.parse('{"__proto__":5,"constructor":6,"volume.create":7}') as unknown };
    const counts = parseCounts(new TextEncoder().encode(JSON.stringify(stored)));
    expect(Object.getPrototypeOf(counts.events)).toBe(Object.prototype);
    expect(Object.entries(counts.events).filter(([key]) => ['__proto__', 'constructor', 'volume.create'].includes(key))).toEqual([
      ['volume.create', 7],
      ['__proto__', 5],
      ['constructor', 6],
    ]);
    const again = parseCounts(serializeCounts(counts));
    expect(Object.getOwnPropertyDescriptor(again.events, '__proto__')?.value).toBe(5);
  });
});

describe('stats counts - deleted from the store', () => {
  it('counts deleted from the store while the service runs (and taken by no one) are saved again from its own: counting goes on, nothing acked is lost', async () => {
    // A store whose key can be deleted, as `nats kv del` does: loading finds nothing, a save
    // against the old revision conflicts, a save that creates succeeds.
    const inner = createMemoryCounterStore();
    let deleted = false;
    const store: CounterStore = {
      load: async () => (deleted ? undefined : inner.load()),
      close: () => inner.close(),
      save: async (counts, revision) => {
        if (!deleted) return inner.save(counts, revision);
        if (revision !== undefined) throw new CounterConflictError('the key was deleted');
        deleted = false;
        const stored = await inner.load();
        return inner.save(counts, stored?.revision);
      },
    };
    const bus = createMemoryBus();
    const warnings: string[] = [];
    const stats = await startStatsService({ bus, store, listen: false, saveRetry: [10], durable: 'stats-a', logger: { warn: (message) => warnings.push(message) } });
    services.push(stats);
    await bus.publish(fabricate('volume.create'));
    await expect.poll(() => stats.counts().sequence).toBe(1);
    deleted = true;
    await bus.publish(fabricate('volume.create'));
    await bus.publish(fabricate('pool.create'));
    await expect.poll(() => stats.counts().sequence).toBe(3);
    expect(deleted).toBe(false);
    const saved = parseCounts(inner.stored!);
    expect(saved).toMatchObject({ sequence: 3, durable: 'stats-a', events: expect.objectContaining({ 'volume.create': 2, 'pool.create': 1 }) as unknown });
    expect(warnings.filter((line) => line.startsWith('the saved counts were deleted from'))).toHaveLength(1);
    expect(stats.ready).toBe(true);
  });
});
