// The events stream against what the Rust services create (DESIGN.md §1): they get it or create
// it, and never change the config of one that exists, so a stream someone else made keeps its
// settings until it is fixed by hand.
import { DEFAULT_STREAM_MAX_BYTES, DEFAULT_STREAM_NAME, EVENTS_SUBJECT_FILTER } from 'mayastor-events';
import type { StreamInfo } from 'nats';
import { showValue } from '../printable.js';
import { formatDuration } from './durations.js';
import type { DoctorProblem, StreamSection, StreamSettings } from './report.js';

/** The stream as the Rust services create it (replicas: upstream's 3; 1 on a single server is fine). */
export const EXPECTED_STREAM: StreamSettings = Object.freeze({
  storage: 'memory',
  subjects: Object.freeze([EVENTS_SUBJECT_FILTER]),
  max_bytes: DEFAULT_STREAM_MAX_BYTES,
  max_msgs_per_subject: 1,
  replicas: 3,
});

const S = DEFAULT_STREAM_NAME;
/** The `nats` CLI line that creates the stream as the services do. */
const CREATE = `nats stream add ${S} --subjects "${EVENTS_SUBJECT_FILTER}" --storage memory --max-bytes ${DEFAULT_STREAM_MAX_BYTES} --max-msgs-per-subject 1 --replicas 1 --defaults`;

/** The stream's RAFT group as the section shows it; null on a single server. */
function clusterOf(info: StreamInfo): Extract<StreamSection, { exists: true }>['cluster'] {
  const cluster = info.cluster;
  if (cluster === undefined || (cluster.leader === undefined && (cluster.replicas ?? []).length === 0)) return null;
  return {
    name: cluster.name ?? null,
    leader: cluster.leader ?? null,
    replicas: (cluster.replicas ?? []).map((peer) => ({
      name: peer.name,
      current: peer.current === true,
      offline: peer.offline === true,
      last_seen_seconds: Math.round(Number(peer.active ?? 0) / 1e6) / 1e3,
      lag: typeof peer.lag === 'number' ? peer.lag : null,
    })),
  };
}

/** The stream's section and its problems; `overlapping`: other streams under `events.>` (when it is missing). */
export function judgeStream(info: StreamInfo | undefined, overlapping: readonly string[]): { section: StreamSection; problems: DoctorProblem[] } {
  if (info === undefined) {
    const others = overlapping.length === 0 ? '' : `; stream ${overlapping.join(', ')} takes subjects under ${EVENTS_SUBJECT_FILTER}, so the services cannot create it`;
    return {
      section: { exists: false, name: S, overlapping },
      problems: [
        {
          check: 'stream',
          code: 'stream-missing',
          message: `there is no stream ${S} on this server and account: no event is stored, publishers get no acknowledgement${others}`,
          fix:
            overlapping.length === 0
              ? `check --nats-url and the account; else start a Mayastor service or \`mayastor-events stats\` (each creates it as the services expect), or create it: \`${CREATE}\` (--replicas 3 in a 3-node cluster)`
              : `remove or narrow the subjects of ${overlapping.join(', ')} (\`nats stream info ${overlapping[0]}\`), then start a Mayastor service, which creates ${S}`,
        },
      ],
    };
  }
  const config: StreamSettings = {
    storage: info.config.storage,
    subjects: info.config.subjects ?? [],
    max_bytes: info.config.max_bytes,
    max_msgs_per_subject: info.config.max_msgs_per_subject,
    replicas: info.config.num_replicas,
  };
  const problems: DoctorProblem[] = [];
  const problem = (code: DoctorProblem['code'], message: string, fix: string): void => void problems.push({ check: 'stream', code, message, fix });
  if (config.storage !== EXPECTED_STREAM.storage) {
    problem(
      'stream-storage',
      `${S} keeps its messages in ${config.storage} storage; the Mayastor services create it with memory storage (it was made by something else, with its own settings)`,
      `storage cannot be changed in place: stop the services that use ${S}, \`nats stream rm ${S}\` (its stored events are lost), then start a Mayastor service, which creates it with memory storage`,
    );
  }
  const subjects = config.subjects;
  if (subjects.length !== 1 || subjects[0] !== EVENTS_SUBJECT_FILTER) {
    const covers = subjects.includes(EVENTS_SUBJECT_FILTER) || subjects.includes('>');
    problem(
      'stream-subjects',
      `${S} takes subjects ${subjects.length === 0 ? '(none)' : subjects.join(', ')}, not ${EVENTS_SUBJECT_FILTER}` +
        (covers ? ': it stores messages that are not events too' : `: events on other subjects under ${EVENTS_SUBJECT_FILTER} are not stored (their publishers get no acknowledgement)`),
      `\`nats stream edit ${S} --subjects "${EVENTS_SUBJECT_FILTER}"\``,
    );
  }
  if (config.max_bytes !== EXPECTED_STREAM.max_bytes) {
    problem(
      'stream-max-bytes',
      `${S} has max_bytes ${config.max_bytes === -1 ? 'unlimited (-1)' : String(config.max_bytes)}, not ${EXPECTED_STREAM.max_bytes} (3 MiB)` +
        (config.max_bytes !== -1 && config.max_bytes < EXPECTED_STREAM.max_bytes ? ': old events are discarded sooner, before slow consumers read them' : ': the server keeps more events in memory than the services planned for'),
      `\`nats stream edit ${S} --max-bytes ${EXPECTED_STREAM.max_bytes}\``,
    );
  }
  if (config.max_msgs_per_subject !== EXPECTED_STREAM.max_msgs_per_subject) {
    problem(
      'stream-max-msgs-per-subject',
      `${S} has max_msgs_per_subject ${config.max_msgs_per_subject}, not 1: a message republished on the same subject (a retried event) is stored again instead of replacing the first`,
      `\`nats stream edit ${S} --max-msgs-per-subject 1\``,
    );
  }
  const cluster = clusterOf(info);
  // The leader, and every replica that keeps up with it.
  const inStep = (cluster?.leader === null ? 0 : 1) + (cluster?.replicas ?? []).filter((replica) => replica.current && !replica.offline).length;
  for (const replica of cluster?.replicas ?? []) {
    if (replica.current && !replica.offline) continue;
    problem(
      'stream-replica-not-current',
      `the replica of ${S} on server ${showValue(replica.name)} is ${replica.offline ? 'offline' : 'not current'} (last heard from ${formatDuration(replica.last_seen_seconds)} ago)` +
        `: ${inStep} of its ${config.replicas} replicas are in step, and it stops taking events when fewer than ${Math.floor(config.replicas / 2) + 1} are`,
      `bring server ${showValue(replica.name)} back into the cluster (\`nats server list\`, its log, its routes); its replica catches up once it is back`,
    );
  }
  return {
    section: {
      exists: true,
      name: S,
      created: info.created,
      config,
      expected: EXPECTED_STREAM,
      cluster,
      state: {
        messages: info.state.messages,
        bytes: info.state.bytes,
        first_seq: info.state.first_seq,
        last_seq: info.state.last_seq,
        consumer_count: info.state.consumer_count,
      },
    },
    problems,
  };
}
