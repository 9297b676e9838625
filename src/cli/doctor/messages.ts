// The stored messages read back: decoded as every consumer of this SDK decodes them, and their
// event timestamps set against the server's clock (the time JetStream stored each message).
import { DEFAULT_STREAM_NAME, decode, timestampToDate, type EventMessage } from 'mayastor-events';
import type { StoredMsg } from 'nats';
import { showValue } from '../printable.js';
import { formatDuration } from './durations.js';
import type { ClockSection, DoctorProblem, MessagesSection, NodeSkew, SampledMessage } from './report.js';

/** How many unknown and invalid messages the report names. */
const FIRST_FEW = 5;

/** The stored messages' section and its problems. */
export function judgeMessages(sample: readonly StoredMsg[]): { section: MessagesSection; events: { message: StoredMsg; event: EventMessage }[]; problems: DoctorProblem[] } {
  const events: { message: StoredMsg; event: EventMessage }[] = [];
  const unknown: SampledMessage[] = [];
  const invalid: SampledMessage[] = [];
  let catalogued = 0;
  for (const message of sample) {
    const result = decode(message.data);
    if (result.kind === 'event') {
      catalogued++;
      events.push({ message, event: result.event });
    } else if (result.kind === 'unknown') {
      unknown.push({ sequence: message.seq, subject: message.subject, code: result.code, reason: result.reason });
      events.push({ message, event: result.event });
    } else {
      const { code, reason, path } = result.error;
      invalid.push({ sequence: message.seq, subject: message.subject, code, reason, path });
    }
  }
  const problems: DoctorProblem[] = [];
  const first = (list: readonly SampledMessage[]): string => `first at sequence ${list[0]!.sequence} (${showValue(list[0]!.subject)})${list[0]!.path ? ` at ${list[0]!.path}` : ''}: ${list[0]!.reason}`;
  if (invalid.length > 0) {
    problems.push({
      check: 'messages',
      code: 'messages-invalid',
      message: `${invalid.length} of ${sample.length} sampled messages are not valid events (the Rust services drop them too), ${first(invalid)}`,
      fix:
        `find the producer that wrote them (\`nats stream get ${DEFAULT_STREAM_NAME} ${invalid[0]!.sequence}\` shows the message, its subject names the category) ` +
        'and fix it; `mayastor-events validate` checks a message as the services read it',
    });
  }
  if (unknown.length > 0) {
    const newer = unknown.some((message) => message.code === 'uncatalogued-pair');
    problems.push({
      check: 'messages',
      code: 'messages-unknown',
      message: `${unknown.length} of ${sample.length} sampled messages are well-formed events this SDK does not catalogue (consumers count them as unknown), ${first(unknown)}`,
      fix: newer
        ? 'when a newer Mayastor sends them, upgrade mayastor-events in the consumers (`npm install mayastor-events@latest`); otherwise fix the producer that sends those categories or actions'
        : 'fix the producer: these are catalogued events in another form than the Mayastor services write (`mayastor-events validate` says what differs); a newer Mayastor needs a newer mayastor-events',
    });
  }
  const section: MessagesSection = {
    sampled: sample.length,
    first_sequence: sample[0]?.seq ?? null,
    last_sequence: sample.at(-1)?.seq ?? null,
    events: catalogued,
    unknown: unknown.length,
    invalid: invalid.length,
    first_unknown: unknown.slice(0, FIRST_FEW),
    first_invalid: invalid.slice(0, FIRST_FEW),
  };
  return { section, events, problems };
}

/** Skews in seconds, rounded to milliseconds. */
const seconds = (ms: number): number => Math.round(ms) / 1_000;

/** Event timestamps against the server's time of storing, by node; a node beyond `maxSkew` seconds is a problem. */
export function judgeClock(events: readonly { message: StoredMsg; event: EventMessage }[], maxSkew: number): { section: ClockSection; problems: DoctorProblem[] } {
  const nodes = new Map<string, { events: number; max: number }>();
  let newest: ClockSection['newest'] = null;
  let compared = 0;
  for (const { message, event } of events) {
    const timestamp = event.metadata?.timestamp;
    if (timestamp === null || timestamp === undefined) continue;
    let stamped: number;
    try {
      stamped = timestampToDate(timestamp).getTime();
    } catch {
      continue; // decoded timestamps parse; kept safe for any other
    }
    compared++;
    const skew = message.time.getTime() - stamped;
    const node = event.metadata?.source?.node ?? '';
    const entry = nodes.get(node) ?? { events: 0, max: 0 };
    entry.events++;
    if (Math.abs(skew) > Math.abs(entry.max)) entry.max = skew;
    nodes.set(node, entry);
    if (newest === null || message.seq > newest.sequence) {
      newest = { sequence: message.seq, node, timestamp, stored: message.timestamp, skew_seconds: seconds(skew) };
    }
  }
  const bySkew: NodeSkew[] = [...nodes].map(([node, { events: count, max }]) => ({ node, events: count, max_skew_seconds: seconds(max) }));
  bySkew.sort((a, b) => Math.abs(b.max_skew_seconds) - Math.abs(a.max_skew_seconds) || a.node.localeCompare(b.node));
  const problems: DoctorProblem[] = [];
  for (const node of bySkew) {
    if (Math.abs(node.max_skew_seconds) <= maxSkew) continue;
    const name = node.node === '' ? 'events without a node (control plane)' : `node ${showValue(node.node)}`;
    const size = formatDuration(Math.abs(node.max_skew_seconds));
    problems.push({
      check: 'clock',
      code: 'clock-skew',
      about: node.node,
      message:
        node.max_skew_seconds > 0
          ? `${name}: events stamped up to ${size} before the server stored them (more than ${formatDuration(maxSkew)}): its clock is behind the server's, or it held them that long before publishing`
          : `${name}: events stamped up to ${size} after the server stored them (more than ${formatDuration(maxSkew)}): its clock is ahead of the server's`,
      fix:
        `synchronise the clocks of ${node.node === '' ? 'the control-plane hosts' : showValue(node.node)} and the NATS servers (NTP: \`timedatectl\`, \`chronyc tracking\`); ` +
        'consumers that order or window events by timestamp see them out of place until then',
    });
  }
  const max = bySkew[0]?.max_skew_seconds ?? 0;
  return { section: { compared, newest, nodes: bySkew, max_skew_seconds: max }, problems };
}
