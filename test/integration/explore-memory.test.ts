// The explorer page keeps what the server keeps: the newest records within the count and the byte
// budget the server's hello gives, each counted as the server counted it. In headless Chromium
// (Debian's `chromium`, as test/integration/explore.test.ts), against a server in this process;
// no NATS. Only Playwright's locators: nothing here needs lib dom, so the Node program checks it.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeToString } from 'mayastor-events';
import { createFabricator, scenarios } from 'mayastor-events/testing';
import { fileRecords } from '../../src/cli/explore/file.js';
import { MAX_RAW_CHARS, invalidRecord } from '../../src/cli/explore/record.js';
import { ExploreServer } from '../../src/cli/explore/server.js';
import { sse } from '../../src/cli/explore/sse.js';

const CHROMIUM = process.env['CHROMIUM'] ?? '/usr/bin/chromium';
const inCi = (process.env['CI'] ?? '') !== '' && process.env['CI'] !== 'false';
const skip = !existsSync(CHROMIUM) && !inCi;
if (skip) console.warn(`test/integration/explore-memory.test.ts skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM)`);

const fabricator = createFabricator({ seed: 5, now: '2024-05-01T10:20:30Z' });
const small = () => fileRecords(scenarios.volumeLifecycle(fabricator).map((event) => encodeToString(event)).join('\n'));
const huge = (where: string) => invalidRecord('not JSON', '', 'z'.repeat(MAX_RAW_CHARS), where);

describe.skipIf(skip)('explore - the page within the byte budget', () => {
  let browser: Browser;
  let server: ExploreServer;
  let page: Page;

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      chromiumSandbox: false, // --no-sandbox: CI runs as root
      args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);

  afterAll(async () => {
    await page?.close();
    await browser?.close();
    await server?.close();
  });

  /** The page's rows and count line once it lists `rows` records. */
  async function listed(rows: number): Promise<{ rows: string[]; count: string | null }> {
    await expect.poll(() => page.locator('#rows tr').count(), { timeout: 15_000 }).toBe(rows);
    return { rows: await page.locator('#rows tr td.summary').allTextContents(), count: await page.textContent('#count') };
  }

  it('forgets the oldest records as the server does when large ones come, keeps a record larger than the budget alone, and lists only what it keeps', async () => {
    // About 133 KB a huge record: one fits beside the small ones, two do not.
    server = new ExploreServer({ maxEvents: 1_000, maxBytes: 200_000, source: 'test' });
    const { port } = await server.listen('127.0.0.1', 0);
    const first = small();
    for (const record of first) server.add(record);
    page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    expect((await listed(first.length)).count).toBe(String(first.length));

    server.add(huge('huge 1'));
    expect(server.size).toBe(first.length + 1);
    expect((await listed(first.length + 1)).count).toBe(String(first.length + 1));

    // Over the budget with both huge ones: everything older than the newest goes, on the server and in the page.
    server.add(huge('huge 2'));
    expect(server.size).toBe(1);
    expect(await listed(1)).toEqual({ rows: [expect.stringContaining('not a valid event message')], count: '1' });

    const after = small().slice(0, 3);
    for (const record of after) server.add(record);
    expect(server.size).toBe(4);
    expect((await listed(4)).count).toBe('4');
    // The oldest listed is the huge record, still kept: its detail opens.
    await page.locator('#rows tr').last().click();
    expect(await page.textContent('#detail-where')).toBe('huge 2');
  });

  it('says how many events are missing where the server let them go before the page read them, until the next reset', async () => {
    // A slow page's stream as the server writes it (test/unit/explore-stream.test.ts): a record, a
    // gap of 7, two more, a gap of 1. Served by the route, then a retry far off: nothing resets it.
    const [first, ...rest] = small();
    const numbered = [first!, ...rest.slice(0, 3)].map((input, i) => ({ seq: i + 1, ...input, bytes: 0 }));
    const body =
      'retry: 600000\n\n' +
      sse('hello', { instance: 'gap test', maxEvents: 20, maxBytes: 1_000_000, source: 'test' }) +
      sse('status', { state: 'live', text: 'live' }) +
      sse('reset', { error: null }) +
      sse('record', numbered[0]!) +
      sse('gap', { missed: 7 }) +
      sse('record', { ...numbered[1]!, seq: 9 }) +
      sse('record', { ...numbered[2]!, seq: 10 }) +
      sse('gap', { missed: 1 });
    const gapServer = new ExploreServer({ maxEvents: 20, maxBytes: 1_000_000, source: 'test' });
    const { port } = await gapServer.listen('127.0.0.1', 0);
    const gapPage = await browser.newPage();
    try {
      await gapPage.route('**/events*', (route) => route.fulfill({ status: 200, contentType: 'text/event-stream; charset=utf-8', body }));
      await gapPage.goto(`http://127.0.0.1:${port}/`);
      await expect.poll(() => gapPage.locator('#rows tr').count(), { timeout: 15_000 }).toBe(3);
      await expect.poll(() => gapPage.locator('#gap').isVisible()).toBe(true);
      expect(await gapPage.textContent('#gap')).toBe(
        '8 events missing from this view: this page read slower than they came, and the server had let them go (it keeps 20 events, within 1000000 bytes)',
      );
      // The view again, from the server itself (which has nothing): its reset clears the notice.
      await gapPage.unrouteAll();
      await gapPage.click('#filters button[type=submit]');
      await expect.poll(() => gapPage.locator('#gap').isVisible(), { timeout: 15_000 }).toBe(false);
      expect(await gapPage.locator('#rows tr').count()).toBe(0);
    } finally {
      await gapPage.close();
      await gapServer.close();
    }
  });
});
