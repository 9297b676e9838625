// The codec's round trip as a user's code runs it, written once and run twice: in Node by
// test/integration/browser.test.ts, and in headless Chromium from an esbuild bundle
// (test/browser/page.ts). Results are plain JSON (bytes as hex, bigints as strings), so the two
// runs can be compared member for member.
import {
  createEvent,
  createMemoryBus,
  decode,
  encode,
  isCanonicalTimestamp,
  normalizeTimestamp,
  parseTimestamp,
  timestampToEpochNanos,
  validateEvent,
  type CatalogEvent,
  type EventKey,
} from '../../src/index.js';

/** What the probe is given: Rust-written messages, raw byte strings and timestamp texts. */
export interface ProbeInput {
  readonly messages: readonly string[];
  /** Messages as bytes (e.g. invalid UTF-8), one number per byte. */
  readonly bytes: readonly (readonly number[])[];
  readonly timestamps: readonly string[];
}

const hex = (bytes: Uint8Array): string => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

function verdict(bytes: Uint8Array): Record<string, unknown> {
  const result = decode(bytes);
  if (result.kind === 'invalid') {
    const { code, path, reason } = result.error;
    return { kind: 'invalid', code, path, reason };
  }
  const out: Record<string, unknown> = { kind: result.kind, key: result.key ?? null, encoded: hex(encode(result.event)) };
  if (result.kind === 'unknown') out['code'] = result.code;
  if (result.kind === 'event') {
    const event = result.event as CatalogEvent;
    out['valid'] = validateEvent(result.key, event);
    out['mutated'] = validateEvent(result.key, { ...event, target: 7, metadata: { ...event.metadata, version: 2 } });
    // The same event built again from its parts, as a service would build it.
    const { id, source, timestamp } = event.metadata;
    const details = Object.fromEntries(Object.entries(source.event_details ?? {}).filter(([, value]) => value !== null));
    const input = { target: event.target, node: source.node, component: source.component, id, timestamp, details };
    out['created'] = hex(encode(createEvent(result.key, input as never)));
  }
  return out;
}

function timestampVerdict(text: string): Record<string, unknown> {
  const parts = parseTimestamp(text);
  return {
    parts: parts === undefined ? null : { seconds: String(parts.seconds), nanos: parts.nanos },
    normalized: normalizeTimestamp(text) ?? null,
    canonical: isCanonicalTimestamp(text),
    epochNanos: parts === undefined ? null : String(timestampToEpochNanos(text)),
  };
}

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Runs the codec over the input; the same input gives the same result in every runtime. */
export async function runCodecProbe(input: ProbeInput): Promise<Record<string, unknown>> {
  const utf8 = new TextEncoder();
  // Fresh ids and clock readings differ from run to run: only their form is compared.
  const fresh = [createEvent('volume.create', { target: 'v' }), createEvent('volume.create', { target: 'v' })];
  // The in-memory bus, as a browser test of an application would use it.
  const bus = createMemoryBus();
  const received = new Promise<string>((resolve) => void bus.subscribe({ 'volume.*': (event) => resolve(`${event.target} ${event.action}`) }));
  await bus.publish(createEvent('volume.delete', { target: 'v-1' }));
  const delivered = await received;
  await bus.close();
  return {
    messages: input.messages.map((text) => verdict(utf8.encode(text))),
    bytes: input.bytes.map((bytes) => verdict(new Uint8Array(bytes))),
    timestamps: input.timestamps.map(timestampVerdict),
    fresh: {
      ids: fresh.map((event) => UUID_V4.test(event.metadata.id)),
      distinct: fresh[0]!.metadata.id !== fresh[1]!.metadata.id,
      timestamps: fresh.map((event) => isCanonicalTimestamp(event.metadata.timestamp)),
    },
    delivered,
  };
}
