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
    `ack floor ${consumer.ack_floor}`,
    `redeliveries ${consumer.redelivered}`,
    bound,
    `last delivery ${ago(consumer.last_delivered, now)}`,
    `last ack ${ago(consumer.last_acked, now)}`,
  ];
  let line = `  ${mark} ${escapeUnprintable(consumer.name)}: ${facts.join(', ')}`;
  if (consumer.stats_role === 'upstream') line += `\n      upstream's call-home stats consumer (push, deliver all, max_ack_pending 1)`;
  if (consumer.stats_role === 'mayastor-events-stats') {
    line += `\n      the pull consumer of \`mayastor-events stats\`; upstream's call-home stats (a push consumer of the same name) cannot run beside it`;
  }
  return line;
}

/** The report as text, ending with a summary line. */
export function renderHuman(report: DoctorReport): string {
  const of = (check: DoctorCheck): DoctorProblem[] => report.problems.filter((problem) => problem.check === check);
  const now = report.server.now;
  const parts: string[] = [`mayastor-events doctor: ${report.server.url} (nats-server ${report.server.version})\n`];
  if (report.stream === null) {
    parts.push(section('JetStream', [], of('jetstream')));
  } else {
    const stream = report.stream;
    const lines: string[] = [];
    if (stream.exists) {
      const { state, config } = stream;
      lines.push(
        `  ${OK} exists (created ${stream.created}): ${state.messages} message(s), ${state.bytes} bytes, sequences ${state.first_seq}-${state.last_seq}, ${state.consumer_count} consumer(s)`,
      );
      const wrong = of('stream').length > 0;
      lines.push(
        `  ${wrong ? INFO : OK} storage ${config.storage}, subjects ${escapeUnprintable(config.subjects.join(', ')) || '(none)'}, max_bytes ${config.max_bytes}, max_msgs_per_subject ${config.max_msgs_per_subject}` +
          (wrong ? '' : ': as the Mayastor services create it'),
      );
      lines.push(`  ${INFO} replicas ${config.replicas} (upstream runs 3; 1 suits a single server)`);
      if (stream.cluster !== null) {
        const peers = stream.cluster.replicas.map(
          (peer) => `${showValue(peer.name)} ${peer.offline ? 'offline' : peer.current ? 'current' : 'not current'} (heard from ${formatDuration(peer.last_seen_seconds)} ago)`,
        );
        lines.push(`  ${INFO} cluster ${showValue(stream.cluster.name ?? '-')}: leader ${showValue(stream.cluster.leader ?? 'none')}${peers.length === 0 ? '' : `; replicas ${peers.join(', ')}`}`);
      }
    }
    parts.push(section(`Stream ${stream.name}`, lines, of('stream')));
  }
  if (report.consumers !== null) {
    const lines =
      report.consumers.length === 0
        ? [`  ${INFO} no consumers`]
        : report.consumers.map((consumer) => consumerLine(consumer, report.problems, now));
    lines.push(
      `  ${INFO} stalled means: messages wait (pending + ack pending > 0) and the ack floor has not moved for ${formatDuration(report.settings.stalled_after_seconds)} (--stalled-after)`,
    );
    parts.push(section(`Consumers (${report.consumers.length})`, lines, of('consumers')));
  }
  if (report.messages !== null) {
    const m = report.messages;
    const range = m.first_sequence === null ? '' : `, sequences ${m.first_sequence}-${m.last_sequence}`;
    const lines = [
      `  ${m.unknown + m.invalid === 0 ? OK : INFO} ${m.sampled} newest message(s) read${range}: ${m.events} event(s), ${m.unknown} unknown, ${m.invalid} invalid`,
      ...[...m.first_invalid.map((x) => ({ ...x, kind: 'invalid' })), ...m.first_unknown.map((x) => ({ ...x, kind: 'unknown' }))].map(
        (x) => `    ${x.kind} sequence ${x.sequence} (${showValue(x.subject)})${x.path ? ` at ${escapeUnprintable(x.path)}` : ''}: ${escapeUnprintable(x.reason)}`,
      ),
    ];
    parts.push(section(`Stored messages (--sample ${report.settings.sample})`, lines, of('messages')));
  }
  if (report.clock !== null) {
    const c = report.clock;
    const limit = formatDuration(report.settings.max_skew_seconds);
    const lines: string[] = [];
    if (c.newest === null) lines.push(`  ${INFO} no sampled event carries a timestamp`);
    else {
      const problem = of('clock').length > 0;
      lines.push(
        `  ${INFO} newest event: sequence ${c.newest.sequence}, node ${showValue(c.newest.node)}, stamped ${escapeUnprintable(c.newest.timestamp)}, stored by the server ${c.newest.stored}: skew ${signed(c.newest.skew_seconds)}`,
      );
      lines.push(`  ${problem ? INFO : OK} largest skew over ${c.compared} event(s): ${signed(c.max_skew_seconds)} (limit ${limit}, --max-skew)`);
      for (const node of c.nodes.slice(0, 10)) lines.push(`    node ${showValue(node.node)}: ${node.events} event(s), largest skew ${signed(node.max_skew_seconds)}`);
      if (c.nodes.length > 10) lines.push(`    … ${c.nodes.length - 10} more node(s) (--json lists them)`);
    }
    parts.push(section('Clocks (server time of storing minus event timestamp)', lines, of('clock')));
  }
  if (report.stats !== null) {
    const s = report.stats;
    const lines: string[] = [];
    if (!s.exists) lines.push(`  ${INFO} no bucket ${s.bucket}: \`mayastor-events stats\` has not run against this server and account (nothing to compare)`);
    else if (s.counts === null) {
      if (of('stats').length === 0) lines.push(`  ${INFO} bucket ${s.bucket} holds no counts under ${s.key} yet`);
    } else {
      const c = s.counts;
      const saved = `saved ${ago(c.saved, now)}`;
      const totals = `${c.events} event(s), ${c.unknown} unknown, ${c.invalid} invalid`;
      const state = s.behind === null ? 'no stream to compare with' : s.behind === 0 ? 'up to date' : `${s.behind} behind`;
      const mark = of('stats').length > 0 ? INFO : OK;
      lines.push(`  ${mark} counts include sequence ${c.sequence}: ${state} (${totals}), ${saved}`);
      if (s.behind !== null && s.behind > 0 && mark === OK) lines.push(`    still saving recently: catching up (a problem after ${formatDuration(report.settings.stalled_after_seconds)} without a save)`);
    }
    parts.push(section(`Stats counts (bucket ${s.bucket}, key ${s.key}, consumer ${DEFAULT_STATS_CONSUMER})`, lines, of('stats')));
  }
  const n = report.problems.length;
  const named = report.problems.map((problem) => (problem.about === undefined ? problem.code : `${problem.code} (${showValue(problem.about)})`));
  parts.push(n === 0 ? `${OK} healthy: no problems found\n` : `${PROBLEM} ${n} problem(s) found: ${named.join(', ')}\n`);
  return parts.join('\n');
}
