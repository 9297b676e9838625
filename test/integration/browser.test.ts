// The codec in a real browser: test/browser/page.ts bundled by esbuild for the browser (no Node
// built-ins, no polyfills), served from loopback and run in headless Chromium (Debian's
// `chromium`, driven by playwright-core; nothing is downloaded). The probe's results there must
// equal the same probe's results in Node: same verdicts, same bytes.
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '../../src/index.js';
import { runCodecProbe, type ProbeInput } from '../browser/codec-probe.js';
import { SAMPLE_TIMESTAMP, sampleMessage } from '../support/samples.js';

const CHROMIUM = process.env['CHROMIUM'] ?? '/usr/bin/chromium';
const inCi = (process.env['CI'] ?? '') !== '' && process.env['CI'] !== 'false';
// Skipped only on a developer's machine without Chromium; CI installs it (.ci/run) and must run this.
const skip = !existsSync(CHROMIUM) && !inCi;
if (skip) console.warn(`test/integration/browser.test.ts skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM)`);

const hex = (text: string): string => Buffer.from(text, 'utf8').toString('hex');

// Rust-written messages of every catalogued event (with and without optional details), and the
// forms the reader must take as the Rust services do.
const samples = catalog.flatMap((entry) => {
  const plain = JSON.stringify(sampleMessage(entry.key));
  const optional = JSON.stringify(sampleMessage(entry.key, { optional: true }));
  return optional === plain ? [plain] : [plain, optional];
});
const switchOver = JSON.stringify(sampleMessage('highAvailability.switchOver'));
const volume = JSON.stringify(sampleMessage('volume.create'));
const input: ProbeInput = {
  messages: [
    ...samples,
    volume.replace('"target":', '"future_member":{"since":"2.9","deep":[[[{}]]]},"target":'), // unknown member
    switchOver.replace(/"retry_count":\d+/, '"retry_count":18446744073709551615'), // u64 beyond 2^53
    volume.replace(SAMPLE_TIMESTAMP, '2024-05-01 12:20:30.5+02:00'), // chrono's relaxed form
    volume.replace('"target":"', '"target":"caf\\u00e9 \u2603 '), // escapes and non-ASCII text
    JSON.stringify(JSON.parse(volume), null, 2), // not canonical: the careful path
    volume.replace('"category":2', '"category":99'), // a newer Mayastor's category
    volume.replace('"action":1', '"action":3'), // a pair not in the catalog
    volume.replace('"version":1', '"version":1.0'), // a float where an integer belongs
    volume.replace('"action":1', '"action":1,"action":2'), // a member given twice
    volume.slice(0, -7), // truncated
    '{"category":2}',
    '[]',
  ],
  bytes: [
    [0xff, 0xfe, 0x7b, 0x7d], // invalid UTF-8
    [...Buffer.from(volume.replace('"target":"', '"target":"\u0000'), 'utf8')].map((b) => (b === 0 ? 0xc0 : b)), // an overlong sequence
    [0xef, 0xbb, 0xbf, ...Buffer.from(volume, 'utf8')], // a byte order mark
  ],
  timestamps: [
    SAMPLE_TIMESTAMP,
    '2024-05-01T10:20:30Z',
    '2024-05-01t10:20:30.1234567891z',
    '2016-12-31T23:59:60.5Z',
    '+10000-01-01T00:00:00Z',
    '2024-05-01T10:20:30\u221202:30',
    '\u00a02024-5-1 1:2:3 UTC ',
    '2024-02-30T00:00:00Z',
    '2024-05-01T10:20:30',
    '',
  ],
};

describe.skipIf(skip)('browser - the codec in headless Chromium', () => {
  let server: Server;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    const bundle = await build({
      entryPoints: [fileURLToPath(new URL('../browser/page.ts', import.meta.url))],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      // The NATS bus, which connectEventBus would load, is disabled for browsers (package.json "browser").
      logLevel: 'error',
    });
    const script = bundle.outputFiles[0]!.text;
    server = createServer((request, response) => {
      if (request.url === '/page.js') {
        response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
      } else if (request.url === '/') {
        response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><meta charset="utf-8"><script type="module" src="/page.js"></script>');
      } else {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      chromiumSandbox: false, // --no-sandbox: CI runs as root
      // A fresh profile directory comes with launch(); no network but loopback is wanted.
      args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('decodes, validates, encodes and creates events exactly as Node does', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(origin);
    await page.waitForFunction(() => 'runCodecProbe' in globalThis);
    const inBrowser = await page.evaluate(
      (given) => (globalThis as unknown as { runCodecProbe: typeof runCodecProbe }).runCodecProbe(given),
      input as unknown as Parameters<typeof runCodecProbe>[0],
    );
    const inNode = await runCodecProbe(input);
    expect(errors).toEqual([]);
    expect(inBrowser).toEqual(inNode);

    // What both runtimes agree on is right: every Rust-written sample reads as its event and
    // writes back to the very same bytes; built again by createEvent, an event with details too
    // (one without is written with `event_details: null`, as createEvent always writes it).
    const messages = inNode['messages'] as Record<string, unknown>[];
    samples.forEach((text, i) => {
      expect(messages[i], text).toMatchObject({ kind: 'event', encoded: hex(text), valid: [] });
      const details = (JSON.parse(text) as { metadata: { source: { event_details: Record<string, unknown> } } }).metadata.source.event_details;
      if (Object.values(details).some((value) => value !== null)) expect(messages[i]!['created'], text).toBe(hex(text));
      expect((messages[i]!['mutated'] as unknown[]).length, text).toBeGreaterThan(0);
    });
    const extra = messages.slice(samples.length).map((m) => m['kind']);
    expect(extra).toEqual(['event', 'event', 'event', 'event', 'event', 'unknown', 'unknown', 'invalid', 'invalid', 'invalid', 'invalid', 'invalid']);
    expect(messages[samples.length + 1]!['encoded']).toContain(hex('"retry_count":18446744073709551615'));
    expect((inNode['bytes'] as Record<string, unknown>[]).map((m) => m['kind'])).toEqual(['invalid', 'invalid', 'invalid']);
    expect(inNode['fresh']).toEqual({ ids: [true, true], distinct: true, timestamps: [true, true] });
    expect(inNode['delivered']).toBe('v-1 2');
    await page.close();
  });
});
