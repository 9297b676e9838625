// `npm run bench`: throughput of decode/encode beside plain JSON.parse/JSON.stringify of the same
// messages in the same run, printed as ratios. Not a test: numbers depend on the machine.
import { createEvent, decode, encode, encodeToString, type CatalogEvent } from '../src/index.js';

const uuid = (n: number): string => `${n.toString(16).padStart(8, '0')}-5f1e-4c3a-9d2b-7a6e8f0c1b2d`;
const nqn = (n: number): string => `nqn.2019-05.io.openebs:${uuid(n)}`;

// A mix of real event kinds, weighted towards the chatty data-plane ones.
const events: CatalogEvent[] = [
  createEvent('volume.create', { target: uuid(1) }),
  createEvent('pool.create', { target: 'pool-node-1', node: 'node-1' }),
  createEvent('replica.create', {
    target: uuid(2),
    node: 'node-1',
    details: { replica_details: { pool_name: 'pool-node-1', pool_uuid: uuid(3), replica_name: uuid(2) } },
  }),
  createEvent('nexus.rebuildBegin', {
    target: uuid(4),
    node: 'node-2',
    details: {
      rebuild_details: {
        rebuild_status: 1,
        source_replica: `nvmf://10.1.0.7:8420/${nqn(5)}?uuid=${uuid(5)}`,
        destination_replica: `bdev:///${uuid(6)}?uuid=${uuid(6)}`,
        error: null,
      },
    },
  }),
  createEvent('nexus.stateChange', {
    target: uuid(4),
    node: 'node-2',
    details: { state_change_details: { previous: 'Online', next: 'Degraded' } },
  }),
  createEvent('highAvailability.switchOver', {
    target: uuid(7),
    node: 'node-3',
    details: {
      switch_over_details: {
        switch_over_status: 2,
        start_time: '2024-05-01T10:20:30.123456789Z',
        existing_nqn: nqn(7),
        new_path: `nvmf://10.1.0.8:8420/${nqn(7)}`,
        retry_count: 2,
      },
    },
  }),
  createEvent('hostInitiator.nvmeConnect', {
    target: '',
    node: 'node-2',
    details: {
      host_initiator_details: {
        host_nqn: `nqn.2014-08.org.nvmexpress:uuid:${uuid(8)}`,
        subsystem_nqn: nqn(4),
        target: 'nexus',
        uuid: uuid(4),
      },
    },
  }),
  createEvent('ioEngine.reactorFreeze', {
    target: '140028474128128',
    node: 'node-1',
    details: { reactor_details: { lcore: 3, state: 'frozen' } },
  }),
];

const texts = events.map((event) => encodeToString(event));
// The same messages with a member this SDK does not know (a newer Mayastor): the second proof.
const extended = texts.map((text) => text.replace('"target":', '"future_member":{"since":"2.9"},"target":'));
// Pretty-printed: no proof holds, so they take the careful path (exact parser + serde rules).
const pretty = texts.map((text) => JSON.stringify(JSON.parse(text), null, 1));
const bytes = events.map((event) => encode(event));
const bytesPerRound = bytes.reduce((sum, b) => sum + b.length, 0);

function opsPerSecond(run: () => void, iterations: number): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) run();
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  return (iterations * events.length) / elapsed;
}

/** Median ops/s over interleaved rounds, so that both sides see the same machine state. */
function compare(pairs: Record<string, () => void>, rounds = 7, iterations = 20_000): Record<string, number> {
  const samples: Record<string, number[]> = {};
  for (const name of Object.keys(pairs)) opsPerSecond(pairs[name]!, iterations / 4); // warm-up
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of Object.entries(pairs)) (samples[name] ??= []).push(opsPerSecond(run, iterations));
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, values]) => [name, values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!]),
  );
}

let sink: unknown;
const parsed = texts.map((text) => JSON.parse(text) as CatalogEvent);

const decoding = compare({
  'JSON.parse(text)': () => {
    for (const text of texts) sink = JSON.parse(text);
  },
  'JSON.parse(utf8 bytes)': () => {
    for (const b of bytes) sink = JSON.parse(Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8'));
  },
  'decode(text)': () => {
    for (const text of texts) sink = decode(text);
  },
  'decode(bytes)': () => {
    for (const b of bytes) sink = decode(b);
  },
  'decode(text with unknown member)': () => {
    for (const text of extended) sink = decode(text);
  },
  'decode(pretty-printed text)': () => {
    for (const text of pretty) sink = decode(text);
  },
});
const encoding = compare({
  'JSON.stringify(event)': () => {
    for (const event of parsed) sink = JSON.stringify(event);
  },
  'Buffer.from(JSON.stringify(event))': () => {
    for (const event of parsed) sink = Buffer.from(JSON.stringify(event), 'utf8');
  },
  'encodeToString(event)': () => {
    for (const event of parsed) sink = encodeToString(event);
  },
  'encode(event)': () => {
    for (const event of parsed) sink = encode(event);
  },
});
void sink;

const fmt = (n: number): string => `${Math.round(n).toLocaleString('en-US')}/s`;
const rows: [string, string, string][] = [
  ['decode(text) vs JSON.parse(text)', fmt(decoding['decode(text)']!), (decoding['decode(text)']! / decoding['JSON.parse(text)']!).toFixed(2)],
  ['decode(bytes) vs JSON.parse(text)', fmt(decoding['decode(bytes)']!), (decoding['decode(bytes)']! / decoding['JSON.parse(text)']!).toFixed(2)],
  ['decode(bytes) vs JSON.parse(utf8 bytes)', fmt(decoding['decode(bytes)']!), (decoding['decode(bytes)']! / decoding['JSON.parse(utf8 bytes)']!).toFixed(2)],
  ['unknown member: decode vs JSON.parse(text)', fmt(decoding['decode(text with unknown member)']!), (decoding['decode(text with unknown member)']! / decoding['JSON.parse(text)']!).toFixed(2)],
  ['careful path (pretty-printed): decode vs JSON.parse(text)', fmt(decoding['decode(pretty-printed text)']!), (decoding['decode(pretty-printed text)']! / decoding['JSON.parse(text)']!).toFixed(2)],
  ['encodeToString vs JSON.stringify', fmt(encoding['encodeToString(event)']!), (encoding['encodeToString(event)']! / encoding['JSON.stringify(event)']!).toFixed(2)],
  ['encode vs JSON.stringify', fmt(encoding['encode(event)']!), (encoding['encode(event)']! / encoding['JSON.stringify(event)']!).toFixed(2)],
  ['encode vs Buffer.from(JSON.stringify)', fmt(encoding['encode(event)']!), (encoding['encode(event)']! / encoding['Buffer.from(JSON.stringify(event))']!).toFixed(2)],
];

console.log(`codec benchmark: ${events.length} event kinds, ${Math.round(bytesPerRound / events.length)} bytes each on average, node ${process.version}`);
console.log('baselines:');
for (const [name, value] of [...Object.entries(decoding), ...Object.entries(encoding)]) {
  if (!name.startsWith('decode') && !name.startsWith('encode')) console.log(`  ${name.padEnd(36)} ${fmt(value)}`);
}
console.log('ratios (1.00 = as fast as the baseline):');
for (const [name, rate, ratio] of rows) console.log(`  ${name.padEnd(60)} ${rate.padStart(14)}  ${ratio}x`);
