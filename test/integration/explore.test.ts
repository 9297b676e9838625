// `mayastor-events explore` in a real browser: headless Chromium (Debian's `chromium`, driven by
// playwright-core; nothing downloaded) against a real nats-server. One browser for the file, a
// few pages. The live explorer runs in this process; the file mode runs the built bin.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connect, type NatsConnection } from 'nats';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectEventBus, encodeToString, type CatalogEvent, type NatsEventBus } from 'mayastor-events';
import { createFabricator, scenarios } from 'mayastor-events/testing';
import { startExplorer, type Explorer } from '../../src/cli/explore/command.js';
import { fileRecords } from '../../src/cli/explore/file.js';
import { freePort, startNatsServer, type NatsServer } from '../support/nats-server.js';

const CHROMIUM = process.env['CHROMIUM'] ?? '/usr/bin/chromium';
const inCi = (process.env['CI'] ?? '') !== '' && process.env['CI'] !== 'false';
// Skipped only on a developer's machine without Chromium; CI installs it (.ci/run) and must run this.
const skip = !existsSync(CHROMIUM) && !inCi;
if (skip) console.warn(`test/integration/explore.test.ts skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM)`);

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'dist/cli.js');

const HOSTILE_TARGET = '<img src=x onerror="window.injected=1;alert(1)">';
const HOSTILE_NODE = '</script><script>window.injected=2;alert(2)</script>';

const fabricator = createFabricator({ seed: 12, now: '2024-05-01T10:20:30Z' });
const lifecycle = scenarios.volumeLifecycle(fabricator);
const outage = scenarios.nodeFailure(fabricator);
const rebuildBegin = lifecycle.find((event) => event.category === 3 && event.action === 4)!;
const nexusUuid = rebuildBegin.target;
const failedRebuild = fabricator.fabricate('nexus.rebuildEnd', {
  target: nexusUuid,
  metadata: { source: { event_details: { rebuild_details: { rebuild_status: 4, error: 'I/O error' } } } },
});
const hostile = fabricator.fabricate('volume.create', { target: HOSTILE_TARGET, metadata: { source: { node: HOSTILE_NODE } } });

/** The rows of the list as text, newest first: [category, action, target, node]. */
async function rowCells(page: Page): Promise<string[][]> {
  return page.$$eval('#rows tr', (trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent ?? '')));
}

async function waitForRows(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => document.querySelectorAll('#rows tr').length >= n, count, { timeout: 15_000 });
}

describe.skipIf(skip)('explore - the event bus in a real browser', () => {
  let server: NatsServer;
  let browser: Browser;
  let explorer: Explorer;
  let bus: NatsEventBus | undefined;
  let nc: NatsConnection;
  let page: Page;
  const dialogs: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    server = await startNatsServer();
    nc = await connect({ servers: server.url });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      chromiumSandbox: false, // --no-sandbox: CI runs as root
      args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    // Started before the stream exists: it must wait for it, not create it.
    explorer = await startExplorer({ listen: { host: '127.0.0.1', port: 0 }, live: { connection: { servers: server.url }, deliver: { policy: 'all' }, from: 'all' } });
    page = await browser.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await explorer?.close();
    await bus?.close();
    await nc?.close();
    await server?.dispose();
  });

  it('says the stream is missing and waits for it, without creating it', async () => {
    const response = await page.goto(explorer.url);
    await page.locator('#status.waiting').waitFor({ timeout: 15_000 });
    expect(await page.textContent('#status')).toContain('events-stream does not exist');
    const jsm = await nc.jetstreamManager();
    expect((await jsm.streams.names().next()).length).toBe(0);
    // Served under a strict policy: only this server's own script and style run.
    const headers = response!.headers();
    expect(headers['content-security-policy']).toContain("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'");
    expect(headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(headers['x-content-type-options']).toBe('nosniff');

    bus = await connectEventBus({ servers: server.url }); // the publisher creates the stream, as the services do
    await page.locator('#status.live').waitFor({ timeout: 15_000 });
    expect(await page.textContent('#status')).toContain('following events-stream');
  });

  it('shows events published while it is open, newest first, with the catalog summary', async () => {
    for (const event of [...lifecycle, ...outage]) await bus!.publish(event);
    await waitForRows(page, lifecycle.length + outage.length);
    const rows = await rowCells(page);
    const last = outage[outage.length - 1]!;
    expect(rows[0]![3]).toBe(last.target); // newest first
    const rebuild = rows.find((cells) => cells[2] === 'RebuildBegin')!;
    expect(rebuild.slice(1, 6)).toEqual(['Nexus', 'RebuildBegin', nexusUuid, rebuildBegin.metadata.source!.node, 'IoEngine']);
    expect(rebuild[6]).toContain('A rebuild of a nexus child began.');
    // The full event on click.
    await page.click(`#rows tr:has(td.action:text-is("RebuildBegin"))`);
    expect(JSON.parse((await page.textContent('#detail-decoded'))!)).toEqual(JSON.parse(encodeToString(rebuildBegin)));
    expect(JSON.parse((await page.textContent('#detail-raw'))!)).toEqual(JSON.parse(encodeToString(rebuildBegin)));
  });

  it('shows unknown and invalid messages distinctly, with their reason', async () => {
    const js = nc.jetstream();
    const unknown = JSON.parse(encodeToString(fabricator.fabricate('volume.create'))) as Record<string, unknown>;
    unknown['category'] = 99;
    await js.publish('events.99.unknown-1', JSON.stringify(unknown));
    await js.publish('events.2.invalid-1', '{"category":2,"action":1,"target":"x","metadata":{}}');
    await page.locator('#rows tr.invalid').waitFor({ timeout: 15_000 });
    await page.locator('#rows tr.unknown').waitFor({ timeout: 15_000 });
    expect(await page.textContent('#rows tr.invalid .badge.invalid')).toBe('invalid');
    expect(await page.textContent('#rows tr.invalid .reason')).toBe('missing field `id` at /metadata/id');
    expect(await page.textContent('#rows tr.unknown .badge.unknown')).toBe('unknown');
    expect(await page.textContent('#rows tr.unknown .reason')).not.toBe('');
  });

  it('keeps hostile event content as text: nothing injected, no dialog', async () => {
    await bus!.publish(hostile);
    await page.waitForFunction((target) => Array.from(document.querySelectorAll('#rows td.target')).some((td) => td.textContent === target), HOSTILE_TARGET, { timeout: 15_000 });
    // In the detail, and drawn on its timeline (SVG text and titles).
    await page.click('#rows tr:first-child');
    await page.click('#detail-timeline');
    await page.waitForFunction(() => document.querySelector('#timeline-info')?.textContent === '1 event', undefined, { timeout: 15_000 });
    expect(await page.$$eval('#timeline title', (titles) => titles.map((title) => title.textContent ?? '').join(' '))).toContain('A volume was successfully created.');
    expect(await page.textContent('#rows tr:first-child td.node')).toBe(HOSTILE_NODE);
    expect(await page.textContent('#detail-decoded')).toContain('window.injected=2');
    expect(await page.evaluate(() => ({ images: document.images.length, scripts: document.scripts.length, injected: (window as { injected?: unknown }).injected }))).toEqual({
      images: 0,
      scripts: 1,
      injected: undefined,
    });
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('filters by pattern, target and node, kept in the URL and restored from it', async () => {
    await page.goto(`${explorer.url}?pattern=nexus.*`);
    await waitForRows(page, 1);
    expect(await page.inputValue('input[name=pattern]')).toBe('nexus.*');
    // Invalid messages have no subject key to filter on: they stay in every pattern's view.
    const nexusRows = (await rowCells(page)).filter((cells) => cells[1] !== 'invalid');
    expect(nexusRows.length).toBe([...lifecycle, ...outage].filter((event) => event.category === 3).length);
    expect(new Set(nexusRows.map((cells) => cells[1]))).toEqual(new Set(['Nexus']));

    // Typed in the form: the URL follows, and a page opened on it shows the same view.
    await page.fill('input[name=pattern]', '');
    await page.fill('input[name=target]', nexusUuid);
    await page.click('button[type=submit]');
    await page.waitForURL((url) => url.searchParams.get('target') === nexusUuid);
    // The new view replaces the rows once its stream starts: until then the nexus view's rows stay,
    // and their number may be the one awaited. The host connect (not a nexus event) is only in the new view.
    const targetCount = lifecycle.filter((e) => encodeToString(e).includes(nexusUuid)).length;
    await expect
      .poll(async () => {
        const cells = await rowCells(page);
        return cells.length === targetCount && cells.some((row) => row[2] === 'NvmeConnect');
      }, { timeout: 15_000 })
      .toBe(true);
    const byTarget = await rowCells(page);
    // Found anywhere in the event: the nexus's own events and the host connect naming it in its details.
    expect(byTarget.map((cells) => cells[2])).toContain('NvmeConnect');

    const node = outage[0]!.metadata.source!.node;
    const second = await browser.newPage();
    await second.goto(`${explorer.url}?node=${encodeURIComponent(node)}&pattern=nvmePath.*`);
    await waitForRows(second, 1);
    expect(await second.inputValue('input[name=node]')).toBe(node);
    const byNode = await rowCells(second);
    expect(byNode.length).toBe([...lifecycle, ...outage].filter((e) => e.category === 7 && e.metadata.source!.node === node).length);
    expect(new Set(byNode.map((cells) => `${cells[1]} ${cells[4]}`))).toEqual(new Set([`NvmePath ${node}`]));

    // A pattern that is not one is said, not ignored.
    await second.goto(`${explorer.url}?pattern=nexus.nope`);
    await second.locator('#filter-error').waitFor({ state: 'visible' });
    expect(await second.textContent('#filter-error')).toContain('is not a subject key pattern');
    await second.close();
  });

  it('draws the timeline of a target with the rebuild duration, a failed rebuild in red, and counts', async () => {
    await bus!.publish(failedRebuild);
    await page.goto(`${explorer.url}?timeline=${nexusUuid}`);
    await page.waitForFunction(() => Array.from(document.querySelectorAll('#timeline text.duration')).length >= 2, undefined, { timeout: 15_000 });
    const durations = await page.$$eval('#timeline text.duration', (texts) => texts.map((text) => text.textContent ?? ''));
    expect(durations.some((text) => /^rebuild \d+(\.\d+)? (ms|s)$/u.test(text))).toBe(true);
    expect(durations.some((text) => text.startsWith('rebuild') && text.endsWith('(failed)'))).toBe(true);
    expect(await page.locator('#timeline rect.span.failed').count()).toBe(1);
    // A volume's timeline takes in its nexus (a host connection names both): the rebuild is there too.
    const volume = lifecycle.find((event) => event.category === 2)!.target;
    await page.fill('#timeline-target', volume);
    await page.press('#timeline-target', 'Enter');
    await page.waitForURL((url) => url.searchParams.get('timeline') === volume);
    await page.waitForFunction((nexus) => (document.querySelector('#timeline-info')?.textContent ?? '').includes(nexus), nexusUuid, { timeout: 15_000 });
    const volumeDurations = await page.$$eval('#timeline text.duration', (texts) => texts.map((text) => text.textContent ?? ''));
    expect(volumeDurations.some((text) => /^rebuild \d+(\.\d+)? (ms|s)$/u.test(text))).toBe(true);

    const counts = await page.$$eval('#counts text.count-label', (texts) => texts.map((text) => text.textContent));
    expect(counts).toContain('Nexus × RebuildBegin');
    expect(counts).toContain('invalid');
  });

  it('says when the stream went away in a nats-server restart, and follows the new one', async () => {
    await page.goto(explorer.url);
    await page.locator('#status.live').waitFor({ timeout: 15_000 });
    await server.restart(); // a memory stream: lost
    await page.locator('#status.waiting').waitFor({ timeout: 30_000 });
    expect(await page.textContent('#status')).toContain('the stream events-stream went away (deleted, or lost in a server restart)');
    await bus!.publish(fabricator.fabricate('volume.create', { target: 'after-restart' })); // the publisher makes the stream again
    await page.waitForFunction(() => Array.from(document.querySelectorAll('#rows td.target')).some((td) => td.textContent === 'after-restart'), undefined, { timeout: 30_000 });
    expect(await page.textContent('#status')).toContain('following events-stream on nats://127.0.0.1');
    expect(await page.textContent('#status')).toContain('from the first event of the new stream');
  }, 120_000);

  it('says when NATS is out of reach while it reads, and stops saying so when NATS is back', async () => {
    await page.goto(explorer.url);
    await page.locator('#status.live').waitFor({ timeout: 15_000 });
    await server.stop();
    try {
      await page.locator('#status.down').waitFor({ timeout: 15_000 });
      expect(await page.textContent('#status')).toMatch(/^lost the connection to NATS \(.*\); reconnecting \(nats:\/\/127\.0\.0\.1:\d+\): no events arrive until it is back$/u);
    } finally {
      await server.start();
    }
    // Back: the memory stream was lost with the server, which the page says next.
    await page.waitForFunction(() => !document.querySelector('#status')!.classList.contains('down'), undefined, { timeout: 30_000 });
    await bus!.publish(fabricator.fabricate('volume.create', { target: 'after-outage' }));
    await page.waitForFunction(() => Array.from(document.querySelectorAll('#rows td.target')).some((td) => td.textContent === 'after-outage'), undefined, { timeout: 30_000 });
    await page.locator('#status.live').waitFor({ timeout: 15_000 });
  }, 120_000); // an outage and a reconnection, each waited for up to 30 s on a loaded machine

  it('serves a JSON lines file (text before the first { skipped) from the built bin, and the page reconnects after a restart', async () => {
    expect(existsSync(bin), 'dist/cli.js: run npm run build').toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'explore-'));
    const file = join(dir, 'events.jsonl');
    const lines = [...lifecycle.slice(0, 3)].map((event: CatalogEvent) => `2024-05-01T10:20:30Z stdout F ${encodeToString(event)}`);
    writeFileSync(file, [...lines, '', 'no json here', '{"category":2}'].join('\n'));
    const port = await freePort();
    const run = (): Promise<ChildProcess> =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [bin, 'explore', '--file', file, '--listen', `127.0.0.1:${port}`, '--max-events', '4'], { stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        child.stdout!.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('serving')) resolve(child);
        });
        child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
        child.once('exit', (code) => reject(new Error(`explore exited with ${code}: ${out}`)));
      });
    const stop = (child: ChildProcess): Promise<void> =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    let child = await run();
    const filePage = await browser.newPage();
    try {
      await filePage.goto(`http://127.0.0.1:${port}/`);
      await waitForRows(filePage, 4);
      // 5 messages on 6 lines, the newest 4 kept (--max-events).
      expect(await filePage.textContent('#status')).toBe('events.jsonl: 6 lines read, the last 4 messages kept (offline: no bus)');
      const rows = await rowCells(filePage);
      expect(rows.map((cells) => cells[1])).toEqual(['invalid', 'invalid', 'Replica', 'Replica']);
      expect(await filePage.$$eval('#rows tr.invalid .reason', (els) => els.map((el) => el.textContent))).toEqual([
        expect.stringContaining('missing field'),
        'no JSON object on this line (no `{`)',
      ]);

      await stop(child);
      await filePage.locator('#connection.lost').waitFor({ timeout: 15_000 });
      child = await run();
      await filePage.locator('#connection.ok').waitFor({ timeout: 15_000 });
      expect(await filePage.textContent('#connection')).toContain('the explorer server restarted');
      expect(await filePage.locator('#rows tr').count()).toBe(4);
    } finally {
      await filePage.close();
      await stop(child);
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('takes a burst of events without freezing: the newest 500 rows listed, the rest counted', async () => {
    await page.goto(`${explorer.url}?pattern=volume.create`);
    await waitForRows(page, 1);
    const before = await page.locator('#rows tr').count();
    const burst = Array.from({ length: 1200 }, (_, i) => fabricator.fabricate('volume.create', { target: `burst-${i}` }));
    for (const record of fileRecords(burst.map((event) => encodeToString(event)).join('\n'))) explorer.server.add(record);
    await page.waitForFunction((n) => (document.querySelector('#count')?.textContent ?? '').startsWith(`${n} `), before + 1200, { timeout: 15_000 });
    expect(await page.textContent('#count')).toBe(`${before + 1200} (the newest 500 listed)`);
    expect(await page.locator('#rows tr').count()).toBe(500);
    expect(await page.textContent('#rows tr:first-child td.target')).toBe('burst-1199');
    expect(errors).toEqual([]);
  });
});
