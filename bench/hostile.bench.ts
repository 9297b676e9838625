// `npm run bench` (third part): what a hostile producer or a broken bridge can send, and how the
// SDK's time grows with it. Each row times the SDK beside a baseline on the same input in the
// same run (ratio), and at two sizes (growth: 4.0 for 4x the input is linear). Not a test.
import { Readable } from 'node:stream';
import { createEvent, createMemoryBus, decode, encodeToString } from '../src/index.js';
import { byteLines } from '../src/cli/lines.js';

const volume = encodeToString(createEvent('volume.create', { target: '0b6f5d2e-8f3e-4d1a-9a57-3c2e1f0a9b77' }));
const withTarget = (target: string): string => volume.replace(/"target":"[^"]*"/, `"target":${target}`);
const withUnknown = (value: string): string => volume.replace('"target":', `"newer":${value},"target":`);

/** Median milliseconds of `run` over a few rounds (inputs here are megabytes: few rounds suffice). */
function millis(run: () => unknown, rounds = 5): number {
  run(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = process.hrtime.bigint();
    run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
}

async function asyncMillis(run: () => Promise<unknown>, rounds = 3): Promise<number> {
  await run();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = process.hrtime.bigint();
    await run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
}

interface Row {
  readonly what: string;
  readonly size: string;
  readonly sdk: number;
  readonly baseline?: number;
  readonly growth?: number;
}
const rows: Row[] = [];

/** decode of `make(n)` and `make(4n)`, beside JSON.parse of the larger text. */
function codecRow(what: string, make: (n: number) => string, n: number, unit: string, input: (text: string) => Uint8Array | string = (t) => t): void {
  const small = input(make(n));
  const large = input(make(4 * n));
  const largeText = make(4 * n);
  const tSmall = millis(() => decode(small));
  const tLarge = millis(() => decode(large));
  let baseline: number | undefined;
  try {
    JSON.parse(largeText);
    baseline = millis(() => JSON.parse(largeText));
  } catch {
    baseline = undefined; // JSON.parse rejects it: no baseline (e.g. invalid UTF-8 replaced)
  }
  rows.push({ what, size: `${(4 * n).toLocaleString('en-US')} ${unit}`, sdk: tLarge, baseline, growth: tLarge / tSmall });
}

codecRow('unknown member nested deep', (n) => withUnknown('['.repeat(n) + ']'.repeat(n)), 100_000, 'levels');
codecRow('whole document nested deep', (n) => '['.repeat(n) + ']'.repeat(n), 100_000, 'levels');
codecRow('`\\/` escapes in a known member', (n) => withTarget(`"${'\\/'.repeat(n)}"`), 1_000_000, 'escapes');
codecRow('`\\/` escapes in an unknown member', (n) => withUnknown(`"${'\\/'.repeat(n)}"`), 1_000_000, 'escapes');
codecRow('a number of many digits in a known member', (n) => volume.replace('"version":1', `"version":${'9'.repeat(n)}`), 250_000, 'digits');
codecRow('a long string in a known member', (n) => withTarget(`"${'a'.repeat(n)}"`), 4_000_000, 'characters');
{
  // Invalid UTF-8 40 bytes from the end of a large message (bytes in; baseline: JSON.parse of the text).
  const bad = (n: number): Uint8Array => {
    const bytes = new TextEncoder().encode(withTarget(`"${'é'.repeat(n)}"`));
    bytes[bytes.length - 40] = 0xff;
    return bytes;
  };
  const small = bad(1_000_000);
  const large = bad(4_000_000);
  const text = withTarget(`"${'é'.repeat(4_000_000)}"`);
  const tSmall = millis(() => decode(small));
  const tLarge = millis(() => decode(large));
  rows.push({ what: 'invalid UTF-8 late in a large message', size: '8 MB', sdk: tLarge, baseline: millis(() => JSON.parse(text)), growth: tLarge / tSmall });
}

// validate's line splitter: one line of 4n bytes in 64 KiB chunks, beside a plain copy of the chunks.
{
  const chunks = (bytes: number): Buffer[] => {
    const out: Buffer[] = [];
    for (let at = 0; at < bytes; at += 65_536) out.push(Buffer.alloc(Math.min(65_536, bytes - at), 0x61));
    out.push(Buffer.from('\n'));
    return out;
  };
  const split = async (input: Buffer[]): Promise<void> => {
    for await (const line of byteLines(Readable.from(input))) void line;
  };
  const small = chunks(12_500_000);
  const large = chunks(50_000_000);
  const tSmall = await asyncMillis(() => split(small));
  const tLarge = await asyncMillis(() => split(large));
  const copy = await asyncMillis(async () => {
    for await (const chunk of Readable.from(large)) void Buffer.from(chunk as Buffer);
  });
  rows.push({ what: 'validate: splitting one 50 MB line', size: '50 MB', sdk: tLarge, baseline: copy, growth: tLarge / tSmall });
}

// The memory bus at its message cap: publishing past it evicts the oldest message each time.
{
  const fill = async (count: number, maxMessages?: number): Promise<number> => {
    const bus = createMemoryBus(maxMessages === undefined ? {} : { maxMessages });
    const events = Array.from({ length: count }, (_, i) => createEvent('volume.create', { target: `volume-${i}` }));
    const start = process.hrtime.bigint();
    for (let i = 0; i < count; i += 1000) await Promise.all(events.slice(i, i + 1000).map((event) => bus.publish(event)));
    const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    await bus.close();
    return elapsed;
  };
  const smallCap = await fill(300_000, 10_000);
  const defaultCap = await fill(300_000);
  const quarter = await fill(75_000);
  rows.push({ what: 'memory bus: 300k publishes at the default cap vs a cap of 10k', size: '300k events', sdk: defaultCap, baseline: smallCap, growth: defaultCap / quarter });
}

const ms = (n: number | undefined): string => (n === undefined ? '' : `${n.toFixed(1)} ms`);
console.log(`hostile-input benchmark, node ${process.version}`);
console.log('ratio = SDK time / baseline time (lower is better); growth = time at 4x the input / time at 1x (4.0 = linear)');
for (const row of rows) {
  const ratio = row.baseline === undefined ? '' : `${(row.sdk / row.baseline).toFixed(2)}x`;
  console.log(`  ${row.what.padEnd(62)} ${row.size.padStart(20)} ${ms(row.sdk).padStart(11)} ${ms(row.baseline).padStart(11)} ${ratio.padStart(7)}  growth ${row.growth?.toFixed(1)}`);
}
