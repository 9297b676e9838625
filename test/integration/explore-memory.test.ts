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
});
