// The report for people: a section per check, ✓ for what is as expected, ✗ for a problem with
// its `fix:` line under it, - for information. What producers wrote (subjects, nodes, reasons) is
// escaped, so that nothing stored in the stream acts on the terminal.
import { DEFAULT_STATS_CONSUMER } from '../../stats/index.js';
import { escapeUnprintable, showValue } from '../printable.js';
import { formatDuration, secondsBetween } from './durations.js';
import type { ConsumerSection, DoctorCheck, DoctorProblem, DoctorReport } from './report.js';

const OK = '✓';
const PROBLEM = '✗';
const INFO = '-';

/** The lines of one section: what was found, then its problems with their fixes. */
function section(title: string, lines: readonly string[], problems: readonly DoctorProblem[]): string {
  const shown = problems.map((problem) => `  ${PROBLEM} ${escapeUnprintable(problem.message)}\n    fix: ${escapeUnprintable(problem.fix)}`);
  return `${title}\n${[...lines, ...shown].join('\n')}\n`;
}

function ago(when: string | null, now: string): string {
  return when === null ? 'never' : `${formatDuration(secondsBetween(when, now))} ago`;
}

const signed = (seconds: number): string => {
  const text = formatDuration(seconds);
  return seconds > 0 && text !== '0s' ? `+${text}` : text;
};

function consumerLine(consumer: ConsumerSection, problems: readonly DoctorProblem[], now: string): string {
  const mark = problems.some((problem) => problem.about === consumer.name) ? PROBLEM : OK;
  const kind = `${consumer.kind}${consumer.durable ? ' durable' : ' ephemeral'}`;
  const bound = consumer.push_bound === null ? `${consumer.waiting} pull request(s) waiting` : consumer.push_bound ? 'subscriber bound' : 'no subscriber bound';
  const facts = [
    kind,
    `filter ${consumer.filter === null ? '(all subjects)' : escapeUnprintable(consumer.filter)}`,
    `pending ${consumer.pending}`,
    `ack pending ${consumer.ack_pending}`,
    // As the stalled problem says it; an upper bound with acks out of order (the note under the consumers says so).
    ...(consumer.oldest_waiting === null ? [] : [`oldest message waiting stored ${ago(consumer.oldest_waiting, now)}`]),
    `ack floor ${consumer.ack_floor}`,
    `redeliveries ${consumer.redelivered}`,
    bound,
    `last delivery ${ago(consumer.last_delivered, now)}`,
    `last ack ${ago(consumer.last_acked, now)}`,
  ];
  let line = `  ${mark} ${escapeUnprintable(consumer.name)}: ${facts.join(', ')}`;
  if (consumer.stats_role === 'upstream') line += `\n      upstream's call-home stats consumer (push, deliver all, max_ack_pending 1)`;
  if (consumer.stats_role === 'mayastor-events-stats') {
    line +=
      consumer.name === DEFAULT_STATS_CONSUMER
        ? `\n      the pull consumer of \`mayastor-events stats\`; upstream's call-home stats (a push consumer of the same name) cannot run beside it`
        : `\n      the pull consumer of \`mayastor-events stats --durable ${escapeUnprintable(consumer.name)}\` (its name, beside upstream's ${DEFAULT_STATS_CONSUMER})`;
  }
  return line;
}

/** What one section shows; `problems` are the section's own. */
type Lines = (report: DoctorReport, problems: readonly DoctorProblem[]) => string[];

const streamLines: Lines = (report, problems) => {
  const stream = report.stream;
  if (stream === null || !stream.exists) return [];
  const { state, config, cluster } = stream;
  const wrong = problems.some((problem) => problem.code !== 'stream-replica-not-current');
  const lines = [
    `  ${OK} exists (created ${stream.created}): ${state.messages} message(s), ${state.bytes} bytes, sequences ${state.first_seq}-${state.last_seq}, ${state.consumer_count} consumer(s)`,
    `  ${wrong ? INFO : OK} storage ${config.storage}, subjects ${escapeUnprintable(config.subjects.join(', ')) || '(none)'}, max_bytes ${config.max_bytes}, ` +
      `max_msgs_per_subject ${config.max_msgs_per_subject}${wrong ? '' : ': as the Mayastor services create it'}`,
    `  ${INFO} replicas ${config.replicas} (upstream runs 3; 1 suits a single server)`,
  ];
  if (cluster !== null) {
    const peers = cluster.replicas.map(
      (peer) => `${showValue(peer.name)} ${peer.offline ? 'offline' : peer.current ? 'current' : 'not current'} (heard from ${formatDuration(peer.last_seen_seconds)} ago)`,
    );
    lines.push(`  ${INFO} cluster ${showValue(cluster.name ?? '-')}: leader ${showValue(cluster.leader ?? 'none')}${peers.length === 0 ? '' : `; replicas ${peers.join(', ')}`}`);
  }
  return lines;
};

const consumersLines: Lines = (report, problems) => {
  const consumers = report.consumers ?? [];
  const lines = consumers.length === 0 ? [`  ${INFO} no consumers`] : consumers.map((consumer) => consumerLine(consumer, problems, report.server.now));
  lines.push(
    `  ${INFO} stalled means: messages wait (pending + ack pending > 0) and the ack floor has not moved for ${formatDuration(report.settings.stalled_after_seconds)} (--stalled-after), the oldest of them waiting as long`,
  );
  if (consumers.some((consumer) => consumer.oldest_waiting !== null)) {
    lines.push(
      `  ${INFO} oldest message waiting: the first stored after the ack floor on a subject the consumer takes; with acks out of order it may be acked already, so its age is an upper bound`,
    );
  }
  return lines;
};

const messagesLines: Lines = (report) => {
  const m = report.messages!;
  const range = m.first_sequence === null ? '' : `, sequences ${m.first_sequence}-${m.last_sequence}`;
  const named = [...m.first_invalid.map((x) => ({ ...x, kind: 'invalid' })), ...m.first_unknown.map((x) => ({ ...x, kind: 'unknown' }))];
  return [
    `  ${m.unknown + m.invalid === 0 ? OK : INFO} ${m.sampled} newest message(s) read${range}: ${m.events} event(s), ${m.unknown} unknown, ${m.invalid} invalid`,
    ...named.map((x) => `    ${x.kind} sequence ${x.sequence} (${showValue(x.subject)})${x.path ? ` at ${escapeUnprintable(x.path)}` : ''}: ${escapeUnprintable(x.reason)}`),
  ];
};

/** Nodes listed in the human output (all of them in --json). */
const NODES_SHOWN = 10;

const clockLines: Lines = (report, problems) => {
  const c = report.clock!;
  if (c.newest === null) return [`  ${INFO} no sampled event carries a timestamp`];
  const lines = [
    `  ${INFO} newest event: sequence ${c.newest.sequence}, node ${showValue(c.newest.node)}, stamped ${escapeUnprintable(c.newest.timestamp)}, ` +
      `stored by the server ${c.newest.stored}: skew ${signed(c.newest.skew_seconds)}`,
    `  ${problems.length > 0 ? INFO : OK} largest skew over ${c.compared} event(s): ${signed(c.max_skew_seconds)} (limit ${formatDuration(report.settings.max_skew_seconds)}, --max-skew)`,
    ...c.nodes.slice(0, NODES_SHOWN).map((node) => `    node ${showValue(node.node)}: ${node.events} event(s), largest skew ${signed(node.max_skew_seconds)}`),
  ];
  if (c.nodes.length > NODES_SHOWN) lines.push(`    … ${c.nodes.length - NODES_SHOWN} more node(s) (--json lists them)`);
  return lines;
};

// Whose counts they are, when they say: a stats service under another --durable refuses them.
function countedBy(durable: string | null, consumer: string): string {
  if (durable === null) return '';
  const by = ` by consumer ${escapeUnprintable(durable)}`;
  return durable === consumer ? by : `${by} (not ${escapeUnprintable(consumer)}: \`mayastor-events stats --durable ${escapeUnprintable(consumer)}\` would refuse them)`;
}

const statsLines: Lines = (report, problems) => {
  const s = report.stats!;
  if (!s.exists) return [`  ${INFO} no bucket ${s.bucket}: \`mayastor-events stats\` has not run against this server and account (nothing to compare)`];
  if (s.counts === null) return problems.length > 0 ? [] : [`  ${INFO} bucket ${s.bucket} holds no counts under ${s.key} yet`];
  const c = s.counts;
  const state = s.behind === null ? 'no stream to compare with' : s.behind === 0 ? 'up to date' : `${s.behind} behind`;
  const mark = problems.length > 0 ? INFO : OK;
  const lines = [`  ${mark} counts include sequence ${c.sequence}: ${state} (${c.events} event(s), ${c.unknown} unknown, ${c.invalid} invalid), saved ${ago(c.saved, report.server.now)}${countedBy(c.durable, s.consumer)}`];
  if (s.behind !== null && s.behind > 0 && mark === OK) {
    lines.push(`    still saving recently: catching up (a problem after ${formatDuration(report.settings.stalled_after_seconds)} without a save)`);
  }
  return lines;
};

/** The report as text, ending with a summary line. */
export function renderHuman(report: DoctorReport): string {
  const parts: string[] = [`mayastor-events doctor: ${escapeUnprintable(report.server.url)} (nats-server ${escapeUnprintable(report.server.version)})\n`];
  const add = (title: string, check: DoctorCheck, lines: Lines): void => {
    const problems = report.problems.filter((problem) => problem.check === check);
    parts.push(section(title, lines(report, problems), problems));
  };
  if (report.stream === null) add('JetStream', 'jetstream', () => []);
  else add(`Stream ${report.stream.name}`, 'stream', streamLines);
  if (report.consumers !== null) add(`Consumers (${report.consumers.length})`, 'consumers', consumersLines);
  if (report.messages !== null) add(`Stored messages (--sample ${report.settings.sample})`, 'messages', messagesLines);
  if (report.clock !== null) add('Clocks (server time of storing minus event timestamp)', 'clock', clockLines);
  if (report.stats !== null) add(`Stats counts (bucket ${report.stats.bucket}, key ${report.stats.key}, consumer ${escapeUnprintable(report.stats.consumer)})`, 'stats', statsLines);
  const named = report.problems.map((problem) => (problem.about === undefined ? problem.code : `${problem.code} (${showValue(problem.about)})`));
  parts.push(named.length === 0 ? `${OK} healthy: no problems found\n` : `${PROBLEM} ${named.length} problem(s) found: ${named.join(', ')}\n`);
  return parts.join('\n');
}
