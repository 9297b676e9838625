// decode() against the Rust services' own verdicts: every input of test/fixtures/rust-verdicts.jsonl
// was read by serde_json::from_slice::<EventMessage> with upstream's structs (how: see
// test/fixtures/rust-verdicts.md), which either accepted it and wrote it
// back (`ok <serde_json::to_string>`), accepted it but could not write it back (`okx`), or
// rejected it (`err`). decode must reject exactly what Rust rejects and, where Rust accepts, hold
// the same values: the event written Rust's way (timestamps normalized as prost-extend writes
// them, u64 members with all their digits) must be Rust's text.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode, encodeToString, normalizeTimestamp, type EventMessage } from '../../src/index.js';

interface Case {
  readonly family: string;
  /** The input bytes, base64. */
  readonly in?: string;
  /** A large input as runs: each base64 piece repeated `count` times, in order. */
  readonly parts?: readonly (readonly [piece: string, count: number])[];
  /**
   * `ok <Rust's serialization>`, `okx <why writing failed>` or `err <serde_json's error>`; or
   * just `ok` with `same` (Rust wrote back the input itself) or `sha256` (of a long serialization).
   */
  readonly rust: string;
  readonly same?: true;
  readonly sha256?: string;
}

const cases: Case[] = readFileSync(new URL('../fixtures/rust-verdicts.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('{'))
  .map((line) => JSON.parse(line) as Case);

function bytesOf(c: Case): Uint8Array {
  if (c.in !== undefined) return Buffer.from(c.in, 'base64');
  return Buffer.concat((c.parts ?? []).flatMap(([piece, count]) => Array<Buffer>(count).fill(Buffer.from(piece, 'base64'))));
}

/** The object at `key` of `value`, if there is one. */
function objectAt(value: unknown, key: string): Record<string, unknown> | undefined {
  const member = (value as Record<string, unknown> | null | undefined)?.[key];
  return typeof member === 'object' && member !== null ? (member as Record<string, unknown>) : undefined;
}

/** The event as the Rust services write it back; `okx` when prost-extend's writer would fail. */
function writtenAsRust(event: EventMessage): string {
  const copy = structuredClone(event);
  const metadata = objectAt(copy, 'metadata');
  const switchOver = objectAt(objectAt(objectAt(metadata, 'source'), 'event_details'), 'switch_over_details');
  for (const [holder, key] of [[metadata, 'timestamp'], [switchOver, 'start_time']] as const) {
    const stamp = holder?.[key];
    if (holder === undefined || typeof stamp !== 'string') continue;
    const normalized = normalizeTimestamp(stamp);
    if (normalized === undefined) return 'okx';
    holder[key] = normalized;
  }
  return `ok ${encodeToString(copy)}`;
}

/** Our verdict in the fixture's terms: `err`, `okx`, or `ok <text>`. */
function verdict(input: Uint8Array): string {
  const result = decode(input);
  if (result.kind === 'invalid') return 'err';
  try {
    return writtenAsRust(result.event);
  } catch (error) {
    return `accepted, but not writable: ${String(error)}`;
  }
}

/** Rust's verdict in the same terms, and ours as compared with it (a digest where Rust's is one). */
function compared(c: Case, input: Uint8Array, ours: string): { rust: string; ours: string } {
  if (c.rust.startsWith('err')) return { rust: 'err', ours };
  if (c.rust.startsWith('okx')) return { rust: 'okx', ours };
  if (c.same) return { rust: `ok ${Buffer.from(input).toString('utf8')}`, ours };
  if (c.sha256 !== undefined) {
    const digest = ours.startsWith('ok ') ? `ok sha256:${createHash('sha256').update(ours.slice(3), 'utf8').digest('hex')}` : ours;
    return { rust: `ok sha256:${c.sha256}`, ours: digest };
  }
  return { rust: c.rust, ours };
}

/** The input for a person: at most 300 bytes, every character outside printable ASCII as `\u{…}` (U+FFFD: a byte that is not UTF-8). */
function shown(input: Uint8Array): string {
  const text = Buffer.from(input.subarray(0, 300)).toString('utf8');
  const escaped = text.replace(/[^\x20-\x7e]/gu, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
  return input.length > 300 ? `${escaped}… (${input.length} bytes)` : escaped;
}

const families = [...new Set(cases.map((c) => c.family))];

describe('decode agrees with the Rust services (serde_json 1.0.108, serde 1.0.193, chrono 0.4.31)', () => {
  it('the corpus is there and holds accepted and rejected inputs', () => {
    expect(cases.length).toBeGreaterThan(500);
    expect(cases.some((c) => c.rust.startsWith('ok '))).toBe(true);
    expect(cases.some((c) => c.rust.startsWith('err '))).toBe(true);
  });

  it.each(families)('%s: the same verdict and, when accepted, the same values', (family) => {
    const disagreements: string[] = [];
    for (const c of cases.filter((x) => x.family === family)) {
      const input = bytesOf(c);
      const { rust, ours } = compared(c, input, verdict(input));
      if (ours !== rust) {
        disagreements.push(`input ${shown(input)}\n  rust: ${rust.slice(0, 400)}\n  ours: ${ours.slice(0, 400)}`);
      }
    }
    expect(disagreements.slice(0, 5).join('\n'), `${disagreements.length} disagreements`).toBe('');
  });
});
