// Builds docs/events.md, the event reference for users, from the catalog model.
import type { CatalogModel, EventModel, MemberModel, MemberType } from './model.ts';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const row = (cells: string[]): string => `| ${cells.map(cell).join(' | ')} |\n`;
const table = (head: string[], rows: string[][]): string =>
  row(head) + row(head.map(() => '---')) + rows.map(row).join('');
const anchor = (heading: string): string => `#${heading.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-')}`;

const PLANE: Record<EventModel['plane'], string> = { control: 'Control Plane', data: 'Data Plane' };

function details(event: EventModel): string {
  const parts = [
    ...event.requiredDetails.map((d) => `\`${d}\` (required)`),
    ...event.optionalDetails.map((d) => `\`${d}\` (optional)`),
  ];
  return parts.length > 0 ? parts.join(', ') : 'none';
}

function typeText(type: MemberType): string {
  switch (type.kind) {
    case 'string':
    case 'i32':
    case 'i64':
    case 'u64':
      return type.kind;
    case 'timestamp':
      return '[Timestamp](#timestamp)';
    case 'enum':
      return `i32, enum [${type.enumName}](${anchor(type.enumName)})`;
    case 'message':
      return `[${type.messageName}](${anchor(type.messageName)})`;
  }
}

function memberDescription(member: MemberModel): string {
  const fallback = member.default === undefined ? '' : ` Missing reads as ${member.default} (null does not).`;
  const description = member.description || (member.details ? `The \`${member.details}\` details.` : '');
  return description + fallback;
}

/** How a Timestamp is read and written: chrono 0.4.31's `DateTime<Utc>::from_str`, then prost-extend. */
const TIMESTAMP_RULES =
  '### Timestamps\n\n' +
  'A Timestamp is read as the Rust services read it, with chrono 0.4.31\'s `DateTime::<Utc>::from_str` ' +
  '(`parse_rfc3339_relaxed`), which takes more than RFC 3339:\n\n' +
  '- whitespace in Rust\'s sense (Unicode White_Space: also U+0085 and U+00A0, not U+FEFF) at the start, before ' +
  'every number, around each `-` and `:`, before the offset, between the offset\'s hours and minutes, and at ' +
  'the end; not around the `.`, nor after a sign;\n' +
  '- one `T`, `t` or space right after the day (more whitespace may follow it);\n' +
  '- month, day, hour, minute and second of 1 or 2 digits; a year of 1 to 4 digits, or with a sign (`+`/`-`) of ' +
  'any number of digits;\n' +
  '- a fraction: `.` and one or more digits; the first 9 are kept, the rest dropped (not rounded);\n' +
  '- the offset: `Z`, `z`, `UTC` in any letter case, or `+`, `-` or U+2212 with two-digit hours and two-digit ' +
  'minutes, separated by nothing or by any run of `:` and whitespace (`+0200`, `+02:00`, `+02 00`);\n' +
  '- ranges: a real calendar date in years −262144 to +262143 (before and after the offset is applied), hour ' +
  'under 24, minute under 60, offset under 24 hours; second 60 is a leap second at the end of any minute.\n\n' +
  'A timestamp without an offset is invalid. The decoded event keeps the string as it arrived; `encode` ' +
  'writes what the Rust services write: UTC with `Z`, the fewest of 0, 3, 6 or 9 fraction digits that hold ' +
  'the value, a sign on years outside 0000–9999, and a leap second as the next second (`…23:59:60Z` is ' +
  'written `…00:00:00Z` of the next day, `…:60.5Z` as `….500Z`). `formatTimestamp`, `timestampFromDate` and ' +
  '`timestampFromEpochNanos` write the same form, and throw a `TimestampError` for an instant outside years ' +
  '−262144 to +262143 (a JavaScript `Date` reaches ±275760), which the Rust writer cannot write and the reader ' +
  'rejects.\n\n';

/** The event reference in Markdown. */
export function eventsMarkdown(model: CatalogModel): string {
  const example = model.events.find((e) => e.key === 'nexus.rebuildBegin') ?? model.events[0]!;
  let out = '<!-- Generated from schemas/catalog.yaml by scripts/generate.ts. Do not edit: run `npm run generate`. -->\n\n';
  out += '# Mayastor events\n\n';
  out +=
    'Mayastor (OpenEBS) services publish an event on a NATS JetStream bus whenever something happens to a ' +
    'volume, replica, pool, nexus, node or path. This page lists every event the services emit, and the ' +
    'shape of the messages on the wire.\n\n';
  out += '## On the wire\n\n';
  out += table(
    ['item', 'value'],
    [
      ['stream', '`events-stream` (subjects `events.>`, memory storage, one message kept per subject)'],
      ['subject of one event', '`events.<category number>.<event id>`, e.g. `events.3.0b6f5d2e-8f3e-4d1a-9a57-3c2e1f0a9b77` for a Nexus event'],
      ['payload', 'the UTF-8 JSON of one [EventMessage](#eventmessage), no headers'],
      ['enums', 'integers on the wire; open: a newer Mayastor may send numbers not listed here'],
      ['absent members', 'written as `null` (every member is present); a reader also accepts a nullable member missing'],
    ],
  );
  out += '\n';
  out +=
    'The SDK names each catalogued event by its **subject key** `<category>.<action>` ' +
    `(e.g. \`${example.key}\` for category ${example.category.name}, action ${example.action.name}); ` +
    'handlers take NATS-style wildcards over these keys (`nexus.*`, `*.create`, `>`). The key is not the wire ' +
    'subject: the wire subject carries only the category number and the event id.\n\n';
  out +=
    'Machine-readable forms: `schemas/json/<subject key>.json` (JSON Schema 2020-12, one per event, plus ' +
    '`schemas/json/envelope.json` for any well-formed message) and `schemas/asyncapi.yaml` (AsyncAPI 3.0). ' +
    'They describe what a reader accepts, as the Rust services read it: every member that is not nullable is ' +
    'required; nullable members may be null or missing; unknown members are ignored. A JSON Schema cannot see ' +
    'three things the services also reject: a member given twice, an integer written as a float (`2.0`), and ' +
    'u64 digits that a plain JSON parser rounds (values above 2^53).\n\n';

  out += '## Three verdicts\n\n';
  out +=
    'A reader (the SDK\'s `decode`) sorts every message into one of three kinds:\n\n' +
    '- **a catalogued event**: the (category, action) pair is in the table below, and the message is in its ' +
    'catalogued form: `metadata`, `metadata.source` and `metadata.timestamp` present, version 1 (V1), a known ' +
    'component, known numbers in the details\' enums, and exactly the details the table names for it (the others ' +
    'null or missing).\n' +
    '- **an unknown event**: well-formed (the Rust services accept it) but not catalogued: a pair not in the ' +
    'table (often numbers from a newer Mayastor), or a catalogued pair in another form. Readers keep and count ' +
    'these; they are how a newer Mayastor stays readable.\n' +
    '- **an invalid message**: one the Rust services reject: not JSON, invalid UTF-8 in a string the reader ' +
    'reads (or outside strings), a required member missing or null, a wrong type, an integer out of range or ' +
    'written as a float, a known member given twice, a timestamp without an offset.\n\n' +
    'Values of unknown members are skipped as serde_json\'s `from_slice` skips them: any depth, any escape, ' +
    'even bytes that are not UTF-8 inside their strings (it validates only the strings it reads); values in known ' +
    'positions are read within serde_json\'s limit of 128 nested containers. A Duration\'s `seconds` and ' +
    '`nanos` may be missing (they read as 0; `{}` is zero) but not null. `io_engine_stop_details`, the name of ' +
    '`action_duration_details` before 2024, is an unknown member like any other: the Rust reader has no alias ' +
    'for it, so a message that carries only the old name reads `action_duration_details` as null.\n\n' +
    TIMESTAMP_RULES;

  out += '## Events\n\n';
  out +=
    'Source: the Control Plane (core agent, HA agents) or the Data Plane (io-engine). Details: the members ' +
    'of `event_details` the event carries, always (required) or in some cases (optional); every other ' +
    'details member is null. An event that carries no details may have `event_details: null`.\n\n';
  for (const category of model.categories) {
    out += `### ${category.title} (category ${category.value}, \`${category.name}\`)\n\n`;
    out += table(
      ['Action', 'Subject key', 'Source', 'Component', 'Target', 'Details', 'Description'],
      category.events.map((e) => [
        `${e.action.name} (${e.action.value})`,
        `\`${e.key}\``,
        PLANE[e.plane],
        e.component.name,
        e.node ? `${e.target}; node: ${e.node}` : e.target,
        details(e),
        e.description,
      ]),
    );
    out += '\n';
  }

  out += '## Corrections to the product page\n\n';
  out +=
    'The OpenEBS Eventing page lists the events that the call-home service collects. Where it differs from ' +
    'what the services send, this reference follows the services:\n\n';
  out += '- The Nexus rebuild start action is `RebuildBegin` (4), not `RebuildBegun`.\n';
  out += '- A clone emits `Clone` / `Create` (category 11, action 1), not `Delete`.\n';
  out += '- `NvmePath` / `NvmePathDeleting` (action 25) exists: a failed NVMe path is being deleted.\n';
  out += '- The page\'s Replica descriptions speak of volumes; the Replica events are about replicas.\n\n';

  out += '## Enums\n\n';
  out += 'Integers on the wire (i32). Enums are open: a reader must accept numbers not listed here.\n\n';
  for (const e of model.enums) {
    out += `### ${e.name}\n\n${e.description}\n\n`;
    out += table(['Number', 'Name'], e.values.map((v) => [String(v.value), v.name]));
    out += '\n';
  }

  out += '## Wire messages\n\n';
  out +=
    'Members in the order the services write them. Nullable members are written as `null` when absent; ' +
    'a reader accepts them null or missing. Every other member is required and never null.\n\n';
  for (const message of model.messages) {
    out += `### ${message.name}\n\n${message.description}\n\n`;
    out += table(
      ['Member', 'Type', 'Nullable', 'Description'],
      message.members.map((m) => [`\`${m.name}\``, typeText(m.type), m.nullable ? 'yes' : 'no', memberDescription(m)]),
    );
    out += '\n';
  }
  out += '### Timestamp\n\n';
  out +=
    'A string: RFC 3339 in UTC as Rust chrono prints it, with 0, 3, 6 or 9 fraction digits (the fewest that ' +
    'hold the value) and `Z`: `2024-05-01T10:20:30Z`, `2024-05-01T10:20:30.123456789Z`. Years outside ' +
    '0000–9999 carry a sign. Readers accept what chrono 0.4.31 reads, which is more: see ' +
    '[Timestamps](#timestamps) above.\n\n';
  return out;
}
