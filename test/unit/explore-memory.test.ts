// The explorer's memory bound in bytes: the ring forgets the oldest records while over the count
// or the byte budget (the newest always stays); the server counts each record once and tells the
// page its bounds. --max-bytes on the command line: test/unit/explore.test.ts.
import { describe, expect, it } from 'vitest';
import { encodeToString } from 'mayastor-events';
import { createFabricator, scenarios } from 'mayastor-events/testing';
import { DEFAULT_EXPLORE_MAX_BYTES } from '../../src/cli/explore/command.js';
import { fileRecords } from '../../src/cli/explore/file.js';
import type { ExploreHello, ExploreRecord } from '../../src/cli/explore/protocol.js';
import { MAX_RAW_CHARS, invalidRecord, recordBytes } from '../../src/cli/explore/record.js';
import { Ring } from '../../src/cli/explore/ring.js';
import { ExploreServer } from '../../src/cli/explore/server.js';

/** A ring of items that are their own size in bytes. */
const sized = (maxItems: number, maxBytes: number): Ring<number> => new Ring({ maxItems, maxBytes, sizeOf: (size) => size });

/** What the ring should hold after `pushed`: the longest newest run within both bounds, at least the newest. */
function expectedKept(pushed: number[], maxItems: number, maxBytes: number): number[] {
  const kept: number[] = [];
  let bytes = 0;
  for (let i = pushed.length - 1; i >= 0; i--) {
    if (kept.length > 0 && (kept.length + 1 > maxItems || bytes + pushed[i]! > maxBytes)) break;
    kept.unshift(pushed[i]!);
    bytes += pushed[i]!;
  }
  return kept;
}

describe('explore - the ring bounded by bytes', () => {
  it('many small records: the byte budget bounds them long before the count does', () => {
    const ring = new Ring<{ seq: number; bytes: number }>({ maxItems: 5_000, maxBytes: 1_000, sizeOf: (record) => record.bytes });
    for (let seq = 1; seq <= 5_000; seq++) ring.push({ seq, bytes: 10 });
    expect(ring.size).toBe(100);
    expect(ring.bytes).toBe(1_000);
    expect([...ring].map((record) => record.seq)).toEqual(Array.from({ length: 100 }, (_, i) => 4_901 + i));
  });

  it('a few huge records: one larger than the whole budget stays alone, everything older forgotten, and goes when the next comes', () => {
    const ring = sized(100, 1_000);
    for (let i = 0; i < 5; i++) ring.push(100);
    expect(ring.push(5_000)).toEqual([100, 100, 100, 100, 100]);
    expect([...ring]).toEqual([5_000]);
    expect(ring.bytes).toBe(5_000);
    expect(ring.push(7_000)).toEqual([5_000]);
    expect([...ring]).toEqual([7_000]);
    expect(ring.push(300)).toEqual([7_000]);
    ring.push(400);
    expect([...ring]).toEqual([300, 400]);
    expect(ring.push(600)).toEqual([300]);
    expect([...ring]).toEqual([400, 600]);
  });

  it('a mix of small and huge records: after every push, the newest that fit both bounds, and the bytes they count', () => {
    let state = 42;
    const random = (): number => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const ring = sized(50, 20_000);
    const pushed: number[] = [];
    for (let i = 0; i < 6_000; i++) {
      const size = random() < 0.05 ? 5_000 + Math.floor(random() * 30_000) : 1 + Math.floor(random() * 500);
      pushed.push(size);
      ring.push(size);
      const kept = expectedKept(pushed, 50, 20_000);
      expect([...ring]).toEqual(kept);
      expect(ring.bytes).toBe(kept.reduce((sum, bytes) => sum + bytes, 0));
    }
  });

  it('count and bytes both bound it: small records stop at the count, large ones at the bytes', () => {
    const ring = sized(3, 100);
    for (let i = 1; i <= 10; i++) ring.push(i);
    expect([...ring]).toEqual([8, 9, 10]); // 27 bytes: the count bounds
    for (let i = 0; i < 3; i++) ring.push(40);
    expect([...ring]).toEqual([40, 40]); // 80 bytes: a third would be 120
  });
});

describe('explore - the server keeps records within the byte budget', () => {
  const fabricator = createFabricator({ seed: 3, now: '2024-05-01T10:20:30Z' });
  const events = scenarios.volumeLifecycle(fabricator);

  it('counts a record at two bytes a character of its raw text, and of its other texts', () => {
    const hostile = invalidRecord('not JSON', '', 'x'.repeat(MAX_RAW_CHARS * 2), 'line 1');
    expect(recordBytes(hostile)).toBeGreaterThan(2 * MAX_RAW_CHARS);
    expect(recordBytes(hostile)).toBeLessThan(2 * MAX_RAW_CHARS + 4_096);
    const [event] = fileRecords(encodeToString(events[0]!));
    expect(recordBytes(event!)).toBeGreaterThan(2 * (event!.raw.length + event!.summary.length + event!.target.length));
    expect(recordBytes(event!)).toBeLessThan(16_384);
  });

  it('5,000 messages at the raw bound: the server holds at most --max-bytes of them (the newest), not 5,000 × 64 Ki characters', () => {
    const server = new ExploreServer({ maxEvents: 5_000, maxBytes: DEFAULT_EXPLORE_MAX_BYTES, source: 'test' });
    const raw = '\u00e9'.repeat(MAX_RAW_CHARS);
    let last: ExploreRecord | undefined;
    for (let i = 1; i <= 5_000; i++) last = server.add(invalidRecord('not JSON', '', raw, `line ${i}`));
    const each = last!.bytes;
    expect(each).toBeGreaterThan(2 * MAX_RAW_CHARS);
    expect(server.size).toBe(Math.floor(DEFAULT_EXPLORE_MAX_BYTES / each));
    expect(server.size * each).toBeLessThanOrEqual(DEFAULT_EXPLORE_MAX_BYTES);
  });

  it('tells the page its bounds in the hello, and sends each record with the bytes it counted; a record larger than the budget is sent alone', async () => {
    const server = new ExploreServer({ maxEvents: 100, maxBytes: 100_000, source: 'test' });
    const { port } = await server.listen('127.0.0.1', 0);
    try {
      for (const record of fileRecords(events.map((event) => encodeToString(event)).join('\n'))) server.add(record);
      expect(server.size).toBe(events.length);
      server.add(invalidRecord('not JSON', '', 'y'.repeat(MAX_RAW_CHARS), 'line 99'));
      expect(server.size).toBe(1);
      const controller = new AbortController();
      const response = await fetch(`http://127.0.0.1:${port}/events`, { signal: controller.signal });
      const reader = response.body!.getReader();
      let text = '';
      while (!text.includes('event: ready')) text += new TextDecoder().decode((await reader.read()).value);
      controller.abort();
      const data = (event: string): unknown[] => [...text.matchAll(new RegExp(`event: ${event}\\ndata: (.*)\\n`, 'gu'))].map((match) => JSON.parse(match[1]!) as unknown);
      expect(data('hello')).toEqual([expect.objectContaining<Partial<ExploreHello>>({ maxEvents: 100, maxBytes: 100_000 })]);
      const records = data('record') as ExploreRecord[];
      expect(records.map((record) => record.where)).toEqual(['line 99']);
      expect(records[0]!.bytes).toBe(recordBytes(invalidRecord('not JSON', '', 'y'.repeat(MAX_RAW_CHARS), 'line 99')));
    } finally {
      await server.close();
    }
  });
});
