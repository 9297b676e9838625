// One row of the explorer: what the page shows of a message (an event, an unknown event or an
// invalid message), built once on the server so that filtering and the page read the same facts.
import {
  RebuildStatus,
  SwitchOverStatus,
  catalog,
  catalogEntryFor,
  enumName,
  EventComponent,
  timestampToDate,
  type CatalogEvent,
  type DecodeResult,
  type EventMessage,
  type UnknownEvent,
} from 'mayastor-events';
import { keyOfUnknown } from '../tail.js';
import type { ExploreRecord, RecordKind, RecordSpan } from './protocol.js';


/** A record before the server numbers it (and counts its bytes). */
export type RecordInput = Omit<ExploreRecord, 'seq' | 'bytes'>;

// What a record costs beside its texts: the object and its numbers, the page's map entry and row.
const RECORD_OVERHEAD_BYTES = 1024;

/**
 * About how much memory a record takes: two bytes a character (V8 holds a string with any
 * character past U+00FF that way) of its raw text and of the rest as JSON (the decoded event's
 * member names included), plus a fixed overhead. One JSON.stringify of a record whose texts are
 * all bounded: cheap enough to run once per record.
 */
export function recordBytes(input: RecordInput): number {
  return RECORD_OVERHEAD_BYTES + 2 * (input.raw.length + JSON.stringify({ ...input, raw: '' }).length);
}

/** The most characters of a raw message a record keeps: bounded memory whatever a producer sends. */
export const MAX_RAW_CHARS = 64 * 1024;

const textDecoder = new TextDecoder();

/** The raw text of a message, cut at `MAX_RAW_CHARS` (saying so); cut, a string of its own (see ownCopy), not a view of the longer text. */
export function rawText(raw: Uint8Array | string): string {
  const text = typeof raw === 'string' ? raw : textDecoder.decode(raw.length > MAX_RAW_CHARS * 4 ? raw.subarray(0, MAX_RAW_CHARS * 4) : raw);
  if (text.length <= MAX_RAW_CHARS) return text;
  return JSON.parse(JSON.stringify(`${text.slice(0, MAX_RAW_CHARS)}… (cut at ${MAX_RAW_CHARS} characters)`)) as string;
}

const categoryNames = new Map<number, string>();
const actionNames = new Map<number, string>();
for (const entry of catalog) {
  categoryNames.set(entry.category, entry.categoryName);
  actionNames.set(entry.action, entry.actionName);
}

/** Epoch ms of a timestamp, or null when it cannot be read. */
function epochMs(time: string | null | undefined): number | null {
  if (typeof time !== 'string') return null;
  try {
    return timestampToDate(time).getTime();
  } catch {
    return null;
  }
}

/** A Duration `{ seconds, nanos }` in ms, or null. */
function durationMs(duration: unknown): number | null {
  if (duration === null || typeof duration !== 'object') return null;
  const { seconds, nanos } = duration as { seconds?: unknown; nanos?: unknown };
  return Number(seconds ?? 0) * 1000 + Number(nanos ?? 0) / 1e6;
}

type Details = Record<string, Record<string, unknown> | null | undefined>;

// Enum members of the details shown by name: what a person reads, the number kept in the JSON.
const DETAIL_ENUMS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  rebuild_status: RebuildStatus,
  switch_over_status: SwitchOverStatus,
};

const MAX_SUMMARY_DETAILS = 200;

/** The details as `name=value` words, enums by name, cut to a line. */
function detailWords(details: Details | null | undefined): string {
  if (details === null || details === undefined) return '';
  const words: string[] = [];
  for (const member of Object.values(details)) {
    if (member === null || typeof member !== 'object') continue;
    for (const [name, value] of Object.entries(member)) {
      if (value === null || value === undefined || value === '') continue;
      const names = DETAIL_ENUMS[name];
      let shown: string;
      if (names !== undefined && typeof value === 'number') shown = enumName(names, value) ?? String(value);
      else if (typeof value === 'object') shown = name === 'time_taken' ? `${durationMs(value)} ms` : JSON.stringify(value, jsonSafe);
      else shown = String(value);
      words.push(`${name}=${shown}`);
    }
  }
  const line = words.join(' ');
  return line.length > MAX_SUMMARY_DETAILS ? `${line.slice(0, MAX_SUMMARY_DETAILS)}…` : line;
}

/** JSON.stringify's replacer for decoded events: u64 members above 2^53 arrive as bigint. */
export function jsonSafe(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}

/**
 * The record as plain JSON (bigint as string), every text in it a string of its own. V8 keeps a
 * string cut out of a longer one (`slice`, and the decoder's strings, cut out of the message) as a
 * view that holds the whole longer one: a kept record's 36-character target would hold its
 * megabyte message, which recordBytes does not count. JSON.parse makes new strings.
 */
function ownCopy(record: RecordInput): RecordInput {
  return JSON.parse(JSON.stringify(record, jsonSafe)) as RecordInput;
}

/**
 * Which span an event starts or ends, read from the details it carries: rebuilds (begin → end,
 * by nexus and destination replica), switch-overs (started → completed or failed, by volume;
 * the end carries its start time), subsystem pause → resume and reactor freeze → unfreeze (by
 * target), and any `action_duration_details` (a whole span ending at the event).
 */
function spanOf(key: string, event: EventMessage): RecordSpan | null {
  const details = (event.metadata?.source?.event_details ?? null) as Details | null;
  const took = details?.['action_duration_details'];
  if (took !== null && took !== undefined) {
    const duration = durationMs(took['time_taken']);
    if (duration !== null) return { id: `took ${key} ${event.target}`, label: `${key} took`, phase: 'whole', startMs: null, durationMs: duration };
  }
  const rebuild = details?.['rebuild_details'];
  if (rebuild !== null && rebuild !== undefined) {
    const id = `rebuild ${event.target} → ${String(rebuild['destination_replica'])}`;
    return { id, label: 'rebuild', phase: rebuild['rebuild_status'] === RebuildStatus.Started ? 'start' : 'end', startMs: null, durationMs: null };
  }
  const switchOver = details?.['switch_over_details'];
  if (switchOver !== null && switchOver !== undefined) {
    const started = switchOver['switch_over_status'] === SwitchOverStatus.SwitchOverStarted;
    return {
      id: `switch-over ${event.target}`,
      label: 'switch-over',
      phase: started ? 'start' : 'end',
      startMs: started ? null : epochMs(switchOver['start_time'] as string | null),
      durationMs: null,
    };
  }
  const paired = PAIRED_KEYS[key];
  if (paired !== undefined) return { id: `${paired.label} ${event.target}`, label: paired.label, phase: paired.phase, startMs: null, durationMs: null };
  return null;
}

// Events without details that start or end a span of their target.
const PAIRED_KEYS: Readonly<Record<string, { label: string; phase: 'start' | 'end' }>> = {
  'nexus.subsystemPause': { label: 'subsystem pause', phase: 'start' },
  'nexus.subsystemResume': { label: 'subsystem pause', phase: 'end' },
  'ioEngine.reactorFreeze': { label: 'reactor frozen', phase: 'start' },
  'ioEngine.reactorUnfreeze': { label: 'reactor frozen', phase: 'end' },
};

/** True when the event reports a failure: an error, a failed rebuild or a failed switch-over. */
function failedOf(event: EventMessage): boolean {
  const details = (event.metadata?.source?.event_details ?? null) as Details | null;
  if (details === null) return false;
  if (details['error_details'] !== null && details['error_details'] !== undefined) return true;
  if (details['rebuild_details']?.['rebuild_status'] === RebuildStatus.Failed) return true;
  if (typeof details['rebuild_details']?.['error'] === 'string') return true;
  return details['switch_over_details']?.['switch_over_status'] === SwitchOverStatus.SwitchOverFailed;
}

function common(event: EventMessage): Pick<RecordInput, 'component' | 'target' | 'node' | 'time' | 'ms'> {
  const source = event.metadata?.source ?? null;
  const component = source === null ? '' : (enumName(EventComponent, source.component) ?? String(source.component));
  const time = event.metadata?.timestamp ?? null;
  return { component, target: event.target, node: source?.node ?? '', time, ms: epochMs(time) };
}

/** The record of a catalogued event. */
function eventRecord(key: string, event: CatalogEvent, raw: Uint8Array | string, where: string): RecordInput {
  const entry = catalogEntryFor(event.category, event.action);
  const words = detailWords(event.metadata.source?.event_details as Details | null | undefined);
  const description = entry?.description ?? key;
  return {
    kind: 'event',
    key,
    category: entry?.categoryName ?? String(event.category),
    action: entry?.actionName ?? String(event.action),
    ...common(event),
    summary: words === '' ? description : `${description} ${words}`,
    reason: '',
    where,
    failed: failedOf(event),
    span: spanOf(key, event),
    event,
    raw: rawText(raw),
  };
}

/** The record of a well-formed event the catalog does not know (a newer Mayastor's, or an unusual form). */
function unknownRecord(key: string, unknown: UnknownEvent, raw: Uint8Array | string, where: string): RecordInput {
  const { event } = unknown;
  return {
    kind: 'unknown',
    key,
    category: categoryNames.get(event.category) ?? String(event.category),
    action: actionNames.get(event.action) ?? String(event.action),
    ...common(event),
    summary: `unknown event (category ${event.category}, action ${event.action})`,
    reason: unknown.reason,
    where,
    failed: failedOf(event),
    span: null,
    event,
    raw: rawText(raw),
  };
}

/** The record of a message that is not an event, with the reason and the member's path. */
export function invalidRecord(reason: string, path: string, raw: Uint8Array | string, where: string): RecordInput {
  return {
    kind: 'invalid',
    key: '',
    category: '',
    action: '',
    component: '',
    target: '',
    node: '',
    time: null,
    ms: null,
    summary: 'not a valid event message',
    reason: path === '' ? reason : `${reason} at ${path}`,
    where,
    failed: false,
    span: null,
    event: null,
    raw: rawText(raw),
  };
}

/**
 * The most characters of any one text a record keeps beside its raw message (target, node, each
 * string of the decoded event): a producer's megabyte-long target must not make each record, and
 * the ring the page receives at once, megabytes long.
 */
export const MAX_FIELD_CHARS = 1024;

/** `value` with every string longer than `MAX_FIELD_CHARS` cut (saying so); JSON values (and bigint) only. */
function capStrings(value: unknown): unknown {
  if (typeof value === 'string') return value.length > MAX_FIELD_CHARS ? `${value.slice(0, MAX_FIELD_CHARS)}… (cut at ${MAX_FIELD_CHARS} characters)` : value;
  if (Array.isArray(value)) return value.map(capStrings);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, member]) => [key, capStrings(member)]));
  return value;
}

/** The record of any decode result: an event, an unknown event or an invalid message; every text in it bounded, and holding nothing more. */
export function recordOf(result: DecodeResult, raw: Uint8Array | string, where: string): RecordInput {
  const record = uncappedRecordOf(result, raw, where);
  // The raw text has its own, larger bound (`MAX_RAW_CHARS`).
  return ownCopy({ ...(capStrings({ ...record, raw: '' }) as RecordInput), raw: record.raw });
}

function uncappedRecordOf(result: DecodeResult, raw: Uint8Array | string, where: string): RecordInput {
  switch (result.kind) {
    case 'event':
      return eventRecord(result.key, result.event, raw, where);
    case 'unknown':
      return unknownRecord(keyOfUnknown(result), result, raw, where);
    case 'invalid':
      return invalidRecord(result.error.reason, result.error.path, raw, where);
  }
}
