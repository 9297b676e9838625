// `node --expose-gc --import tsx bench/handled.bench.ts`: the window of handled events
// (src/bus/handled.ts) alone, as the router drives it for each new message (busy, lookup,
// recording, then ack and end of handling once 256 newer messages are in flight: concurrency
// 256), in CPU µs per message (process.cpuUsage, garbage collection
// included). Two shapes: a window filling up from empty (what each bench/bus.bench.ts
// subscription sees: 20,000 events) and one full at its 100,000 bound (every message forgets the
// oldest). `HANDLED_MODULE=path` measures another copy of handled.ts in the same way, so that two
// versions can be run alternately on a noisy machine. Not a test: numbers depend on the machine.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Handled from '../src/bus/handled.js';

const modulePath = process.env['HANDLED_MODULE'];
const { HandledWindow } = (await import(modulePath === undefined ? '../src/bus/handled.js' : pathToFileURL(resolve(modulePath)).href)) as typeof Handled;
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 7);

const uuid = (n: number): string => `${n.toString(16).padStart(8, '0')}-5f1e-4c3a-9d2b-7a6e8f0c1b2d`;
// Subjects as the buses get them: a new string per message, decoded from the protocol's bytes.
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const subjectBytes = (count: number, from: number): Uint8Array[] => Array.from({ length: count }, (_, i) => encoder.encode(`events.replica.${uuid(from + i)}`));
// A message of the size of a replica.create event (about 660 bytes), different for each subject.
const message = (i: number): Uint8Array => {
  const bytes = new Uint8Array(660).map((_, j) => (j * 31 + 7) & 0xff);
  new DataView(bytes.buffer).setUint32(100, i, true);
  return bytes;
};
const control = { ack(): void {}, nak(): void {}, term(): void {} };

const IN_FLIGHT = 256;
const settle = (recording: Handled.RecordingControl): void => {
  recording.ack();
  recording.abandon();
};

/** CPU µs per message handled through `window` for `count` new subjects from `from`. */
function drive(window: Handled.HandledWindow, count: number, from: number): number {
  const subjects = subjectBytes(count, from).map((bytes) => decoder.decode(bytes));
  const raws = Array.from({ length: 64 }, (_, i) => message(from + i));
  globalThis.gc?.();
  const before = process.cpuUsage();
  const inFlight: Handled.RecordingControl[] = [];
  for (let i = 0; i < count; i++) {
    const subject = subjects[i]!;
    const raw = raws[i & 63]!;
    if (window.busy(subject) !== undefined) throw new Error('busy');
    if (window.lookup(subject, raw) !== 'absent') throw new Error('seen');
    inFlight.push(window.recording(subject, raw, control));
    if (inFlight.length > IN_FLIGHT) settle(inFlight.shift()!);
  }
  for (const recording of inFlight) settle(recording);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / count;
}

function filling(): number {
  return drive(new HandledWindow({ window: 120_000, maxEvents: 100_000 }), 20_000, 0);
}

const full = new HandledWindow({ window: 120_000, maxEvents: 100_000 });
drive(full, 100_000, 0);
let next = 100_000;
function bounded(): number {
  const used = drive(full, 50_000, next);
  next += 50_000;
  return used;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const results = { filling: [] as number[], bounded: [] as number[] };
for (let i = 0; i < ROUNDS; i++) {
  results.filling.push(filling());
  results.bounded.push(bounded());
}
const show = (values: number[]): string => `median ${median(values).toFixed(3)} µs/message (min ${Math.min(...values).toFixed(3)})`;
console.log(`${modulePath ?? 'src/bus/handled.ts'}`);
console.log(`window filling from empty (20,000 events)   ${show(results.filling)}`);
console.log(`window full at 100,000 (forgets one each)   ${show(results.bounded)}`);
